"""Plans in and out of Word, Excel and CSV."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from docx import Document
from docx.enum.section import WD_ORIENT
from openpyxl import load_workbook

from nosam.models import Area, Group
from plans.models import ActionPlan, Activity, ActivityPlan
from plans.word import WordRejected, read_word_plan
from samla.uploads import FileTooLarge
from tests.word_documents import ROWS_000, handlingsplan, plan_2026, without_table

PLAN = "/samla/grupper/nosam-alingsas-och-lerum/aktivitetsplaner/psykisk-halsa-och-missbruk-2026/"


def _upload(content: bytes, name: str = "plan.docx") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content)


@pytest.fixture
def samla(demo):
    return Area.objects.get(slug="samla")


@pytest.fixture
def processledare(demo):
    client = Client()
    client.force_login(get_user_model().objects.get(username="processledare"))
    return client


@pytest.mark.django_db
def test_reads_the_2026_plan_with_merged_and_multi_paragraph_cells(samla):
    plan = read_word_plan(_upload(plan_2026()), area=samla)
    assert plan.kind == "aktivitetsplan"
    assert plan.title == "Aktivitetsplan för Närområdessamverkan NOSAM i Alingsås och Lerum"
    assert plan.target_group_text == "Psykisk ohälsa, skadligt bruk och beroende"
    assert (plan.year, plan.version, plan.version_date) == (2026, "2.9", "2026-05-21")
    assert plan.purpose.startswith("NOSAM ska bereda frågor")
    assert len(plan.shift_ids) == 5 and len(plan.goal_ids) == 2
    rows = plan.activities
    assert len(rows) == 5  # the empty trailing rows are gone
    assert [(r.start, r.deadline) for r in rows] == [
        ("Dec 2024\n\n2024", "2026"),
        ("2026-10-06", "2026-10-06"),
        ("Oktober 2025", "2026"),
        ("2025", "Över tid"),
        ("Våren 2026", "Dec 2026"),
    ]
    # "personcentrerat" in the document is the prioritised goal "personcentrerad".
    assert rows[0].goal_id is not None and rows[0].goal_id == rows[1].goal_id
    assert rows[2].goal_id is None
    assert rows[2].local_goal == "Implementera Läns gemensam riktlinje och rutin SIP."
    assert rows[0].how.count("\n\n") == 2
    assert rows[0].responsible == "Socialtjänst Alingsås\n\nNOSAM Alingsås"
    assert rows[4].what == "Kännedom om utbudet i Alingsås\n\nFysisk aktivitet på recept-FAR"
    assert all(r.status == "" for r in rows)


@pytest.mark.django_db
def test_an_empty_goal_cell_continues_the_goal_above(samla):
    plan = read_word_plan(_upload(plan_2026(merge_goal=False)), area=samla)
    first, second = plan.activities[:2]
    assert second.goal_id == first.goal_id
    assert "målet från raden ovanför" in second.warnings[0]


@pytest.mark.django_db
def test_unreadable_dates_are_kept_and_flagged(samla, processledare):
    rows = [list(r) for r in ROWS_000]
    rows[1][5] = "efter sommaren"
    rows[2][7] = "Pågår"
    plan = read_word_plan(_upload(plan_2026(rows=rows)), area=samla)
    assert plan.activities[1].deadline == "efter sommaren"
    assert "kunde inte tolkas" in plan.activities[1].warnings[-1]
    assert plan.activities[2].status == "pagar"


@pytest.mark.django_db
def test_upload_preview_then_save_as_a_draft_in_one_step(samla, processledare):
    group = Group.objects.get(slug="nosam-lerum")
    before = ActivityPlan.objects.count()
    response = processledare.post(
        "/samla/aktivitetsplaner/importera/",
        {"file": _upload(plan_2026()), "group": group.pk},
    )
    assert response.status_code == 302
    assert ActivityPlan.objects.count() == before  # nothing saved before the preview
    preview = processledare.get(response["Location"]).content.decode()
    assert preview.count('<tr id="aktivitet-') == 5
    for text in ("Dec 2024", "Över tid", "Våren 2026", "Psykiatrins dag i Alingsås"):
        assert text in preview
    assert "målgruppen Psykisk hälsa och missbruk" in preview
    saved = processledare.post(response["Location"])
    plan = ActivityPlan.objects.exclude(versions__isnull=False).get(group=group)
    assert saved["Location"] == plan.url("plans:plan_draft")
    assert plan.target_group.name == "Psykisk hälsa och missbruk"
    assert plan.activities.count() == 5
    assert plan.goals.count() == 2 and plan.shifts.count() == 5
    assert not plan.versions.exists()


@pytest.mark.django_db
def test_a_handlingsplan_comes_in_with_its_timetable(samla, processledare):
    group = Group.objects.get(slug="samordningsgruppen")
    response = processledare.post(
        "/samla/aktivitetsplaner/importera/",
        {"file": _upload(handlingsplan(), "handlingsplan.docx"), "group": group.pk},
    )
    preview = processledare.get(response["Location"]).content.decode()
    assert "tidpunkten ”någon gång i vår” kunde inte tolkas" in preview
    demo_plan = ActionPlan.objects.get()
    processledare.post(response["Location"])
    plan = ActionPlan.objects.exclude(pk=demo_plan.pk).get()  # a new one beside the demo
    assert plan.end_year == 2022
    assert [row.when.text for row in plan.timetable.all()] == [
        "Januari 2021",
        "Januari & Februari 2021",
        "någon gång i vår",
    ]
    assert plan.method_question_list == ["Dokumentation", "Målgrupp"]
    assert plan.closing_label.text == "december 2022"
    assert (str(plan.starts_on), str(plan.ends_on)) == ("2021-01-01", "2022-12-31")


def _zip_bomb() -> bytes:
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"0" * (120 * 1024 * 1024))
    return buffer.getvalue()


def _with_macros() -> bytes:
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(plan_2026()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for item in source.infolist():
            archive.writestr(item, source.read(item))
        archive.writestr("word/vbaProject.bin", b"macro")
    return buffer.getvalue()


def _with_personnummer() -> bytes:
    rows = [list(r) for r in ROWS_000]
    rows[0][6] = "Uppföljning av 19811218-9876"
    return plan_2026(rows=rows)


BAD = [
    ("plan.txt", b"text", "måste vara ett Word-dokument (.docx)"),
    ("plan.doc", b"\xd0\xcf\x11\xe0" + b"\x00" * 100, "Äldre Word-filer (.doc)"),
    ("plan.docm", b"PK\x03\x04", "Dokument med makron (.docm)"),
    ("plan.docx", b"", "Filen är tom"),
    ("plan.docx", b"PK\x03\x04 broken", "skadad eller lösenordsskyddad"),
    ("plan.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "lösenordsskyddad"),
    ("plan.docx", _zip_bomb(), "orimligt mycket data"),
    ("plan.docx", without_table(), "ingen aktivitetstabell"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content", "message"),
    BAD,
    ids=["txt", "doc", "docm", "empty", "corrupt", "password", "zip-bomb", "no-table"],
)
def test_bad_files_are_refused_and_nothing_is_saved(samla, processledare, name, content, message):
    before = (ActivityPlan.objects.count(), ActionPlan.objects.count(), Activity.objects.count())
    response = processledare.post(
        "/samla/aktivitetsplaner/importera/",
        {"file": _upload(content, name), "group": samla.groups.first().pk},
    )
    assert response.status_code == 400
    assert message in response.content.decode()
    assert (
        ActivityPlan.objects.count(),
        ActionPlan.objects.count(),
        Activity.objects.count(),
    ) == before


@pytest.mark.django_db
def test_macros_size_and_patient_data_are_refused(samla, settings):
    with pytest.raises(WordRejected, match="makron"):
        read_word_plan(_upload(_with_macros()), area=samla)
    with pytest.raises(WordRejected, match="personnummer"):
        read_word_plan(_upload(_with_personnummer()), area=samla)
    settings.WORD_MAX_UPLOAD_BYTES = 1000
    with pytest.raises(FileTooLarge, match="för stor"):
        read_word_plan(_upload(plan_2026()), area=samla)


@pytest.mark.django_db
def test_members_may_not_import(demo):
    client = Client()
    client.force_login(get_user_model().objects.get(username="ledamot"))
    assert client.get("/samla/aktivitetsplaner/importera/").status_code == 403


@pytest.mark.django_db
def test_exported_docx_imports_back_into_the_same_activities(samla, client):
    content = client.get(PLAN + "plan.docx").content
    document = Document(io.BytesIO(content))
    assert document.tables[0].rows[0].cells[1].text == "Vad"
    imported = read_word_plan(_upload(content), area=samla)
    plan = ActivityPlan.objects.get(slug="psykisk-halsa-och-missbruk-2026")
    originals = list(plan.activities.select_related("goal"))
    assert len(imported.activities) == len(originals) == 5
    for row, activity in zip(imported.activities, originals, strict=True):
        assert row.goal_id == activity.goal_id
        assert row.local_goal == activity.local_goal
        assert row.what == activity.what
        assert row.how == activity.how
        assert row.responsible == activity.responsible
        assert row.start == activity.start.text and row.deadline == activity.deadline.text
        assert row.measure == activity.measure and row.status == activity.status
    assert (imported.year, imported.version) == (2026, "2.9")


@pytest.mark.django_db
def test_exported_plan_docx_is_a4_landscape_with_margins(demo, client):
    document = Document(io.BytesIO(client.get(PLAN + "plan.docx").content))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (297, 210)
    assert section.orientation == WD_ORIENT.LANDSCAPE
    margins = [section.left_margin, section.right_margin, section.top_margin]
    assert all(10 <= round(margin.mm) <= 25 for margin in margins + [section.bottom_margin])


@pytest.mark.django_db
def test_xlsx_has_a_header_row_filters_and_one_row_per_activity(demo, client):
    workbook = load_workbook(io.BytesIO(client.get(PLAN + "plan.xlsx").content))
    sheet = workbook.active
    assert [c.value for c in sheet[1]][:4] == ["Ordning", "Mål", "Prioriterat mål", "Vad"]
    assert sheet.max_row == 6
    assert sheet.auto_filter.ref == sheet.dimensions
    assert sheet.cell(row=2, column=7).value == "Dec 2024\n2024"


@pytest.mark.django_db
def test_the_draft_can_be_exported_by_its_readers_only(demo, processledare):
    activity = Activity.objects.get(what="Psykiatrins dag i Alingsås")
    activity.what = "Ny rubrik i utkastet"
    activity.save()
    draft_csv = processledare.get(PLAN + "utkast/plan.csv").content.decode("utf-8-sig")
    assert "Ny rubrik i utkastet" in draft_csv
    assert "Ny rubrik i utkastet" not in Client().get(PLAN + "plan.csv").content.decode("utf-8-sig")
    assert Client().get(PLAN + "utkast/plan.xlsx").status_code == 302
    docx = processledare.get(PLAN + "utkast/plan.docx")
    assert Document(io.BytesIO(docx.content)).paragraphs[0].text.startswith("Aktivitetsplan")


@pytest.mark.django_db
def test_fifty_rows_are_saved_in_a_few_queries_with_their_history(
    samla, django_assert_max_num_queries
):
    from plans.services import plan_import
    from tests.word_documents import plan_with_rows

    group = Group.objects.get(slug="nosam-alingsas-och-lerum")
    imported = read_word_plan(SimpleUploadedFile("plan.docx", plan_with_rows(50)), area=samla)
    with django_assert_max_num_queries(20):
        plan = plan_import(imported=imported, group=group, target_group=None)
    assert plan.activities.count() == 50
    assert Activity.history.filter(plan_id=plan.pk, history_type="+").count() == 50
    assert plan.goals.exists() or not imported.goal_ids


def _preview(client, group):
    response = client.post(
        "/samla/aktivitetsplaner/importera/", {"file": _upload(plan_2026()), "group": group.pk}
    )
    assert response.status_code == 302
    return response["Location"]


@pytest.mark.django_db
def test_a_title_naming_another_group_is_warned_about(samla, processledare):
    preview = processledare.get(_preview(processledare, Group.objects.get(slug="nosam-lerum")))
    text = preview.content.decode()
    assert "Kontrollera gruppen" in text
    assert "<strong>NOSAM Alingsås och Lerum</strong>" in text
    own = processledare.get(
        _preview(processledare, Group.objects.get(slug="nosam-alingsas-och-lerum"))
    )
    assert "Kontrollera gruppen" not in own.content.decode()


@pytest.mark.django_db
def test_an_import_for_a_year_with_a_plan_never_makes_a_second_plan(samla, processledare):
    group = Group.objects.get(slug="nosam-alingsas-och-lerum")
    existing = ActivityPlan.objects.get(group=group, year=2026)
    versions = existing.versions.count()
    before = ActivityPlan.objects.count()
    url = _preview(processledare, group)
    page = processledare.get(url).content.decode()
    assert 'name="val" id="val-ersatt"' in page and existing.url_draft in page

    refused = processledare.post(url)  # no choice made: refused, nothing saved
    assert refused.status_code == 400
    assert "Det finns redan en plan" in refused.content.decode()
    assert ActivityPlan.objects.count() == before

    url = _preview(processledare, group)
    saved = processledare.post(url, {"val": "ersatt"})
    assert saved["Location"] == existing.url_draft
    assert ActivityPlan.objects.count() == before
    existing.refresh_from_db()
    assert existing.activities.count() == 5 and existing.versions.count() == versions
    assert not ActivityPlan.objects.filter(slug__endswith="-2").exists()

    url = _preview(processledare, group)
    published = processledare.post(url, {"val": "version"})
    assert published.status_code == 302
    assert existing.versions.count() == versions + 1
    assert "Importerad från Word" in existing.versions.latest("published_at").note


@pytest.mark.django_db
def test_the_group_picker_is_in_swedish_alphabetical_order(samla, processledare):
    import re

    from samla.collation import swedish_sort_key

    page = processledare.get("/samla/aktivitetsplaner/importera/").content.decode()
    picker = page[page.index('name="group"') : page.index("</select>", page.index('name="group"'))]
    names = [n.strip() for n in re.findall(r'<option value="\d+"[^>]*>([^<]+)</option>', picker)]
    assert len(names) == samla.groups.count() > 5
    assert names == sorted(names, key=swedish_sort_key)
