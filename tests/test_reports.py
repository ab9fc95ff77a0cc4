"""Annual reports: composed from the year's data, adopted, exported, published."""

import io
from datetime import date, datetime

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone
from docx import Document
from pypdf import PdfReader

from nosam.models import Group, Meeting
from plans.models import Activity, ActivityPlan, FollowUp
from reports.models import Report, Section
from reports.services import report_adopt, report_create
from tests.factories import SectionFactory
from tests.helpers import assert_queries_do_not_grow, squash


def _client(username):
    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    return client


def _pdf_text(content: bytes) -> str:
    reader = PdfReader(io.BytesIO(content))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


@pytest.mark.django_db
def test_a_new_report_fills_its_sections_from_the_years_data(year_2025):
    report = report_create(area=year_2025, group=None, year=2025)
    html = _client("processledare").get(report.get_absolute_url()).content.decode()
    assert "UTKAST" in html
    assert "SIP-utbildning 2025" in html and "Två utbildningar hölls" in html
    assert '<td>NOSAM Alingsås</td><td class="text-end">2</td>' in html
    assert "registrerade avvikelser i samverkan 2025" in html
    assert "Exempeldata" in html
    assert [s.kind for s in report.sections.all()] == [
        "text",
        "struktur",
        "moten",
        "aktiviteter",
        "maluppfyllelse",
        "avvikelser",
        "ekonomi",
    ]


@pytest.mark.django_db
def test_an_adopted_report_does_not_change_when_a_plan_is_edited(year_2025):
    report = report_create(area=year_2025, group=None, year=2025)
    report_adopt(report=report, adopted_by="Samordningsgruppen", adopted_on=date(2026, 3, 20))
    client = _client("processledare")
    before = client.get(report.get_absolute_url()).content.decode()
    activity = Activity.objects.get(what="SIP-utbildning 2025")
    activity.what = "Ändrad efter fastställandet"
    activity.save()
    FollowUp.objects.create(activity=activity, date=date(2025, 12, 1), text="Sen uppföljning")
    after = client.get(report.get_absolute_url()).content.decode()
    assert "SIP-utbildning 2025" in after
    assert "Ändrad efter fastställandet" not in after and "Sen uppföljning" not in after
    assert before.count("<tr>") == after.count("<tr>")
    # A draft follows the data (one report per area and year: the adopted one goes first).
    report.delete()
    draft = report_create(area=year_2025, group=None, year=2025)
    assert "Ändrad efter fastställandet" in client.get(draft.get_absolute_url()).content.decode()


@pytest.mark.django_db
def test_pdf_holds_headings_figures_page_numbers_and_the_draft_mark(year_2025):
    report = report_create(area=year_2025, group=None, year=2025)
    client = _client("processledare")
    response = client.get(report.get_absolute_url() + "rapport.pdf")
    reader = PdfReader(io.BytesIO(response.content))
    assert reader.trailer["/Root"]["/Lang"] == "sv"
    assert "/StructTreeRoot" in reader.trailer["/Root"]
    text = _pdf_text(response.content)
    for heading in [
        "Innehåll",
        "Möten under året",
        "Mål, aktivitet och uppföljning",
        "Avvikelser i samverkan",
        "Ekonomi",
    ]:
        assert heading in text, heading
    assert "SIP-utbildning 2025" in text
    assert "UTKAST" in text
    pages = len(reader.pages)
    assert f"Sida 1 av {pages}" in text and f"Sida {pages} av {pages}" in text


@pytest.mark.django_db
def test_demo_report_pdf_has_the_2024_figures(demo):
    report = Report.objects.get(area__slug="samla", year=2024)
    text = _pdf_text(Client().get(report.get_absolute_url() + "rapport.pdf").content)
    assert "Årsrapport 2024" in text and "UTKAST" not in text
    assert "4,8" in text and "5,4" in text and "8,0" in text
    assert "Socialmedicinsk mottagning 2023–" in text
    assert "Fastställd av Samordningsgruppen 2025-03-21" in text


@pytest.mark.django_db
def test_docx_opens_with_real_headings_and_tables(year_2025):
    report = report_create(area=year_2025, group=None, year=2025)
    content = _client("processledare").get(report.get_absolute_url() + "rapport.docx").content
    document = Document(io.BytesIO(content))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert "Möten under året" in headings and "Ekonomi" in headings
    assert document.sections[0].header.paragraphs[0].text == "UTKAST"
    tables = [[cell.text for cell in table.rows[0].cells] for table in document.tables]
    assert ["Mål", "Aktivitet", "Uppföljning"] in tables
    assert ["Grupp", "Möten", "Varav gemensamma"] in tables
    outcome = next(t for t in document.tables if t.rows[0].cells[0].text == "Mål")
    assert outcome.rows[1].cells[1].text == "SIP-utbildning 2025"


@pytest.mark.django_db
def test_docx_is_a4_portrait_with_sensible_margins(year_2025):
    report = report_create(area=year_2025, group=None, year=2025)
    content = _client("processledare").get(report.get_absolute_url() + "rapport.docx").content
    section = Document(io.BytesIO(content)).sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    for margin in (section.left_margin, section.right_margin):
        assert 20 <= round(margin.mm) <= 30
    # The text is as wide as on a printed A4 page, not Letter's.
    text_width = section.page_width.mm - section.left_margin.mm - section.right_margin.mm
    assert round(text_width) == 160


@pytest.mark.django_db
def test_demo_reproduces_samla_2024(demo, client):
    report = Report.objects.get(area__slug="samla", year=2024)
    assert report.is_published
    assert (report.adopted_by, report.adopted_on) == ("Samordningsgruppen", date(2025, 3, 21))
    assert report.content_owner_email == "lena.arvidsson@vgregion.se"
    titles = [s.title for s in report.sections.all()]
    for title in [
        "Övergripande mål",
        "Konferens tema barn och unga november 2024",
        "Socialmedicinsk mottagning",
        "Avvikelser i samverkan",
        "Politiska samrådsgruppen",
        "NOSAM Barn och unga",
        "NOSAM Psykisk hälsa och missbruk",
        "NOSAM Äldre",
        "Medarbetare i SAMLA",
        "Ekonomi 2024",
    ]:
        assert title in titles, title
    html = squash(client.get(report.get_absolute_url()).content)
    assert "sju möten där ett av mötena var ett Stor NOSAM" in html
    assert "2024 genomfördes sex utbildningstillfällen med totalt 105 deltagare" in html
    assert '<td>NOSAM Alingsås</td><td class="text-end">7</td><td class="text-end">1</td>' in html
    assert "Intäkter totalt" in html and "4,8" in html


@pytest.mark.django_db
def test_demo_reproduces_the_molndal_draft(demo):
    report = Report.objects.get(area__slug="nosam-molndal")
    assert report.is_draft and report.report_date == date(2024, 12, 12)
    client = Client()
    from tests.conftest import member_user

    client.force_login(member_user(report.group))
    html = client.get(report.get_absolute_url()).content.decode()
    assert "UTKAST" in html
    assert "Ledamöterna har träffats vid sex NOSAM-möten" in html
    assert "Fortsätta att utveckla projekt gällande mobil hemsjukvårdsläkare." in html
    assert html.count('class="table table-sm table-bordered outcome-table plan-table"') == 1
    assert "Närvaroteam har varit i gång i drygt ett år" in html
    assert "TG Äldre: Öka den proaktiva bedömningen av den enskilde" in html
    assert '<td>NOSAM Mölndal</td><td class="text-end">6</td>' in html


@pytest.mark.django_db
def test_processledare_writes_arranges_adopts_and_publishes(year_2025):
    client = _client("processledare")
    response = client.post("/samla/rapporter/ny/", {"year": 2025})
    report = Report.objects.get(year=2025)
    assert response["Location"] == report.get_absolute_url()
    summary = report.sections.get(title="Sammanfattning")
    base = report.get_absolute_url()
    client.post(
        f"{base}avsnitt/{summary.pk}/",
        {"title": "Sammanfattning", "body": "### Året\n\nEtt bra år."},
    )
    client.post(f"{base}avsnitt/{summary.pk}/flytta/", {"riktning": "ner"})
    assert [s.title for s in report.sections.all()][:2] == [
        "Samverkansstruktur och representation",
        "Sammanfattning",
    ]
    economy = report.sections.get(kind=Section.Kind.ECONOMY)
    client.post(f"{base}avsnitt/{economy.pk}/ta-bort/")
    assert not report.sections.filter(kind=Section.Kind.ECONOMY).exists()
    refused = client.post(f"{base}publicera/")
    report.refresh_from_db()
    assert report.is_draft and refused.status_code == 302
    client.post(
        f"{base}faststall/", {"adopted_by": "Samordningsgruppen", "adopted_on": "2026-03-20"}
    )
    client.post(f"{base}publicera/")
    report.refresh_from_db()
    assert report.is_published
    assert client.get(f"{base}avsnitt/{summary.pk}/").status_code == 403  # adopted: locked
    public = Client().get(base).content.decode()
    assert "Ett bra år." in public and "UTKAST" not in public
    assert "Årsrapport 2025" in Client().get("/samla/rapporter/").content.decode()
    assert "Årsrapport" in Client().get("/samla/flode.atom").content.decode()
    hits = Client().get("/samla/sok/", {"q": "bra år"}).context["hits"]
    assert any(hit.url == base for hit in hits)


@pytest.mark.django_db
def test_drafts_are_for_the_area_only(year_2025):
    report = report_create(area=year_2025, group=None, year=2025)
    url = report.get_absolute_url()
    assert Client().get(url).status_code == 302
    assert Client().get(url + "rapport.pdf").status_code == 302
    assert "Årsrapport 2025" not in Client().get("/samla/rapporter/").content.decode()
    member = _client("ledamot")
    assert member.get(url).status_code == 200
    assert member.get(url + "redigera/").status_code == 403


@pytest.mark.django_db
def test_section_text_with_personnummer_is_refused(year_2025):
    report = report_create(area=year_2025, group=None, year=2025)
    section = report.sections.first()
    response = _client("processledare").post(
        f"{report.get_absolute_url()}avsnitt/{section.pk}/",
        {"title": "Sammanfattning", "body": "Ärende 811218-9876"},
    )
    assert "får inte sparas här" in response.content.decode()
    section.refresh_from_db()
    assert section.body == ""


@pytest.mark.django_db
def test_report_page_queries_do_not_grow(year_2025):
    report = report_create(area=year_2025, group=None, year=2025)
    client = _client("processledare")
    plan = ActivityPlan.objects.get(year=2025)

    def grow():
        for i in range(30):
            activity = Activity.objects.create(
                plan=plan, position=i + 2, local_goal="Mål", what=f"Aktivitet {i}"
            )
            FollowUp.objects.create(activity=activity, date=date(2025, 5, 1), text="Klar")
        for i in range(3):
            SectionFactory(report=report, position=20 + i, title=f"Text {i}", body="Hej")

    assert_queries_do_not_grow(lambda: client.get(report.get_absolute_url()), grow)


@pytest.mark.django_db
def test_group_reports_cover_the_group_and_those_under_it(year_2025):
    group = Group.objects.get(slug="nosam-alingsas-och-lerum")
    report = report_create(area=year_2025, group=group, year=2025)
    assert not report.sections.filter(kind__in=["avvikelser", "ekonomi"]).exists()
    html = _client("processledare").get(report.get_absolute_url()).content.decode()
    assert "<td>NOSAM Alingsås</td>" in html and "<td>Samordningsgruppen</td>" not in html


@pytest.mark.django_db
def test_report_page_queries_do_not_grow_with_groups(year_2025):
    from nosam.models import Organisation
    from tests.factories import GroupFactory

    report = report_create(area=year_2025, group=None, year=2025)
    client = _client("processledare")
    region = Organisation.objects.get(name="Alingsås lasarett")

    def grow():
        for i in range(20):
            group = GroupFactory(area=year_2025, name=f"Temagrupp {i}")
            group.expected_organisations.add(region)
            meeting = Meeting.objects.create(
                area=year_2025, starts_at=timezone.make_aware(datetime(2025, 4, 1 + i, 13))
            )
            meeting.groups.add(group)

    assert_queries_do_not_grow(lambda: client.get(report.get_absolute_url()), grow)


@pytest.mark.django_db
def test_an_adopted_report_is_rendered_once_and_served_as_stored_files(
    year_2025, django_capture_on_commit_callbacks, monkeypatch
):
    from reports import tasks
    from reports.views import reading

    report = report_create(area=year_2025, group=None, year=2025)
    with django_capture_on_commit_callbacks(execute=True):
        report_adopt(report=report, adopted_by="Samordningsgruppen", adopted_on=date(2026, 3, 1))
    report.refresh_from_db()
    assert report.pdf_file.name.endswith(".pdf") and report.docx_file.name.endswith(".docx")

    def no_rendering(*args, **kwargs):
        raise AssertionError("rendered again")

    for module in (tasks, reading):
        monkeypatch.setattr(module, "report_docx", no_rendering)
    monkeypatch.setattr(tasks, "pdf_from_html", no_rendering)
    monkeypatch.setattr(reading, "report_pdf_html", no_rendering)
    client = _client("processledare")
    pdf = client.get(report.get_absolute_url() + "rapport.pdf")
    assert pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")
    docx = client.get(report.get_absolute_url() + "rapport.docx")
    assert "attachment" in docx["Content-Disposition"]


@pytest.mark.django_db
def test_a_file_still_being_rendered_says_so(year_2025, settings):
    # No worker has run yet: the tasks wait (django-tasks' dummy backend keeps them).
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    report = report_create(area=year_2025, group=None, year=2025)
    report_adopt(report=report, adopted_by="Samordningsgruppen", adopted_on=date(2026, 3, 1))
    response = _client("processledare").get(report.get_absolute_url() + "rapport.pdf")
    assert response.status_code == 503 and response["Retry-After"]
    assert "förbereds" in response.content.decode()


@pytest.mark.django_db
def test_a_draft_pdf_is_laid_out_once_per_content_in_the_background(year_2025, settings):
    from django.core.cache import cache

    from reports.documents import ReportDocument
    from reports.exports import report_pdf_html
    from reports.tasks import draft_pdf_key

    report = report_create(area=year_2025, group=None, year=2025)
    url = report.get_absolute_url() + "rapport.pdf"
    client = _client("processledare")
    # No worker yet: the reader is told it is being prepared.
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    waiting = client.get(url)
    assert waiting.status_code == 503 and "förbereds" in waiting.content.decode()
    # A worker that runs at once (as in development): the PDF is there.
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    cache.clear()
    assert client.get(url).content.startswith(b"%PDF")
    key = draft_pdf_key(report_pdf_html(ReportDocument.from_report(report)))
    assert cache.get(key).startswith(b"%PDF")
    # An edit makes a new PDF.
    SectionFactory(report=report, title="Nytt avsnitt", body="Ny text")
    new_key = draft_pdf_key(report_pdf_html(ReportDocument.from_report(report)))
    assert new_key != key and cache.get(new_key) is None
    assert client.get(url).content.startswith(b"%PDF")


@pytest.mark.django_db
def test_next_years_report_starts_from_last_years_texts_with_the_new_years_figures(year_2025):
    previous = Report.objects.get(area=year_2025, group=None, year=2024)
    client = _client("processledare")
    page = squash(client.get(previous.get_absolute_url()).content)
    assert "Starta årsrapport 2025 från den här" in page
    response = client.post(previous.get_absolute_url() + "nasta-ar/")
    report = Report.objects.get(area=year_2025, group=None, year=2025)
    assert response["Location"] == report.get_absolute_url()
    assert report.is_draft and report.title == "Årsrapport 2025"
    assert (report.subtitle, report.content_owner) == (previous.subtitle, previous.content_owner)
    old, new = list(previous.sections.all()), list(report.sections.all())
    assert [(s.kind, s.body) for s in new] == [(s.kind, s.body) for s in old]
    titles = [s.title for s in new]
    assert "Ekonomi 2025" in titles and "Samverkansstruktur och representation 2025" in titles
    assert "Konferens tema barn och unga november 2024" in titles  # a text keeps its title
    assert all(s.frozen_data is None for s in new)
    assert not report.economy.exists()  # the new year's amounts are still to come
    html = squash(client.get(report.get_absolute_url()).content)
    assert "sju möten där ett av mötena var ett Stor NOSAM" in html  # last year's text
    assert "Möten 2025 per grupp</caption>" in html
    assert '<td>NOSAM Alingsås</td><td class="text-end">2</td>' in html  # 2025's meetings
    assert "registrerade avvikelser i samverkan 2025" in html
    assert '<td>NOSAM Alingsås</td><td class="text-end">7</td>' not in html  # 2024's


@pytest.mark.django_db
def test_next_years_report_is_started_once_and_only_by_those_who_may_create_reports(year_2025):
    previous = Report.objects.get(area=year_2025, group=None, year=2024)
    url = previous.get_absolute_url() + "nasta-ar/"
    assert _client("ledamot").post(url).status_code == 403
    assert Client().post(url)["Location"].startswith("/konto/logga-in/")
    assert "Starta årsrapport" not in Client().get(previous.get_absolute_url()).content.decode()
    client = _client("processledare")
    client.post(url)
    again = client.post(url, follow=True)
    assert again.redirect_chain[-1][0] == previous.get_absolute_url()
    assert "Det finns redan en årsrapport för området det året." in again.content.decode()
    assert Report.objects.filter(area=year_2025, group=None, year=2025).count() == 1
    page = squash(again.content)
    assert "Nästa års rapport är påbörjad" in page and "Starta årsrapport" not in page
