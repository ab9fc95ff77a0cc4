from django.db import migrations, models

from website.text import fold, plain_text


def fill(apps, schema_editor):
    """Rows indexed before: their text without Markdown, and folded."""
    SearchDocument = apps.get_model("website", "SearchDocument")
    rows = []
    for row in SearchDocument.objects.only("title", "body").iterator(chunk_size=500):
        row.body = plain_text(row.body)
        row.search_title = fold(row.title)
        row.search_body = fold(row.body)
        rows.append(row)
    SearchDocument.objects.bulk_update(
        rows, ["body", "search_title", "search_body"], batch_size=500
    )


class Migration(migrations.Migration):
    dependencies = [
        ("website", "0001_search_index"),
    ]

    operations = [
        migrations.AddField(
            model_name="searchdocument",
            name="search_title",
            field=models.CharField(
                default="", editable=False, max_length=400, verbose_name="rubrik för sökning"
            ),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="searchdocument",
            name="search_body",
            field=models.TextField(default="", editable=False, verbose_name="text för sökning"),
            preserve_default=False,
        ),
        migrations.AlterField(
            model_name="searchdocument",
            name="body",
            field=models.TextField(
                help_text="Som läsaren ser den: utan Markdown.", verbose_name="text"
            ),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
