"""Sum the statistics imported before StatisticSummary existed."""

from django.db import migrations
from django.db.models import Sum

FIELDS = ("reporting_id", "receiving_id", "category_id", "target_group_id")


def summarise(apps, schema_editor):
    StatisticRow = apps.get_model("deviations", "StatisticRow")
    StatisticSummary = apps.get_model("deviations", "StatisticSummary")
    grouped = (
        StatisticRow.objects.values("area_id", "year", "half", *FIELDS)
        .annotate(total=Sum("count"))
        .order_by()
    )
    StatisticSummary.objects.bulk_create(
        (StatisticSummary(count=group.pop("total"), **group) for group in grouped),
        batch_size=5000,
    )


def forget(apps, schema_editor):
    apps.get_model("deviations", "StatisticSummary").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("deviations", "0005_statistic_summary")]

    operations = [migrations.RunPython(summarise, forget)]
