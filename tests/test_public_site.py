"""The public site: search, feed, open data, PDF, caching, accessibility statement."""

import csv
import io
import json
from datetime import date

import pytest
from pypdf import PdfReader

from nosam.models import Meeting
from plans import services
from tests.factories import ActivityFactory, publish
from tests.helpers import assert_queries_do_not_grow
from website.indexing import reindex_all
from website.models import SearchDocument

PLAN = "/samla/grupper/nosam-alingsas-och-lerum/aktivitetsplaner/psykisk-halsa-och-missbruk-2026/"


@pytest.mark.django_db
def test_search_finds_the_sip_activity_and_says_where(demo, client):
    response = client.get("/samla/sok/", {"q": "SIP"})
    hits = response.context["hits"]
    activity = next(hit for hit in hits if hit.title == "Förbättra arbetet kring SIP")
    assert activity.url.startswith(PLAN + "#aktivitet-")
    assert "version 2.9" in activity.where
    assert "<mark>SIP" in activity.snippet


@pytest.mark.django_db
def test_search_understands_swedish_word_forms_on_postgresql(demo, client):
    from django.db import connection

    hits = client.get("/samla/sok/", {"q": "avvikelser"}).context["hits"]
    titles = [hit.title for hit in hits]
    assert "Avvikelse i samverkan" in titles or connection.vendor == "sqlite"
    if connection.vendor == "postgresql":  # stemming: "avvikelser" finds "Avvikelse"
        assert "Avvikelse i samverkan" in titles


@pytest.mark.django_db
def test_search_snippets_cannot_inject_html(world, client):
    activity = world.activity
    activity.how = "Använd <script>alert('x')</script> Trygghetsplan"
    activity.save()
    publish(world.plan)
    response = client.get(f"/{world.area.slug}/sok/", {"q": "Trygghetsplan"})
    html = response.content.decode()
    assert "<script>alert" not in html
    assert any("<mark>Trygghetsplan" in hit.snippet for hit in response.context["hits"])


@pytest.mark.django_db
def test_search_index_holds_only_the_latest_published_version(world):
    world.activity.what = "Utkastets hemliga rubrik"
    world.activity.save()
    assert not SearchDocument.objects.filter(title__contains="hemliga").exists()
    publish(world.plan)
    assert SearchDocument.objects.filter(title="Utkastets hemliga rubrik").count() == 1
    assert not SearchDocument.objects.filter(title="Psykiatrins dag").exists()


@pytest.mark.django_db
def test_minutes_enter_and_leave_the_index_with_publication(world):
    from nosam.services import minutes_save

    meeting = world.meeting
    minutes_save(meeting=meeting, text="Beslut om Trygghetsvandring", publish=True)
    assert SearchDocument.objects.filter(body__contains="Trygghetsvandring").exists()
    minutes_save(meeting=meeting, text="Beslut om Trygghetsvandring", publish=False)
    assert not SearchDocument.objects.filter(body__contains="Trygghetsvandring").exists()


@pytest.mark.django_db
def test_atom_feed_lists_new_publications(demo, client):
    response = client.get("/samla/flode.atom")
    assert response["Content-Type"].startswith("application/atom+xml")
    body = response.content.decode()
    assert "version 2.9" in body
    assert "Minnesanteckningar" in body


@pytest.mark.django_db
def test_plan_as_json_and_csv(demo, client):
    data = json.loads(client.get(PLAN + "plan.json").content)
    assert data["plan"]["version"] == "2.9"
    assert len(data["activities"]) == 5
    first = data["activities"][0]
    assert first["start"] == {"text": "Dec 2024\n2024", "from": "2024-01-01", "to": "2024-12-31"}
    assert data["activities"][3]["deadline"] == {"text": "Över tid", "from": None, "to": None}

    raw = client.get(PLAN + "plan.csv").content
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:4] == ["Ordning", "Mål", "Prioriterat mål", "Vad"]
    assert len(rows) == 6
    assert rows[5][3] == "Kännedom om utbudet i Alingsås\nFysisk aktivitet på recept-FAR"


@pytest.mark.django_db
def test_plan_pdf_is_tagged_pdf_ua_with_language_and_title(demo, client):
    response = client.get(PLAN + "plan.pdf")
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "sv"
    assert root["/MarkInfo"]["/Marked"]
    assert "/StructTreeRoot" in root
    assert reader.metadata.title.startswith("Aktivitetsplan för Närområdessamverkan")
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "Psykiatrins dag i Alingsås" in text
    assert f"Sida 1 av {len(reader.pages)}" in text and len(reader.pages) >= 2


@pytest.mark.django_db
def test_published_page_answers_304_and_is_served_from_cache(
    demo, client, django_assert_max_num_queries
):
    first = client.get(PLAN)
    assert first["ETag"] and first["Last-Modified"]
    assert "public" in first["Cache-Control"]
    again = client.get(PLAN, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    since = client.get(PLAN, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert since.status_code == 304
    with django_assert_max_num_queries(2):  # plan + latest version; the page itself is cached
        assert client.get(PLAN).content == first.content


@pytest.mark.django_db
def test_a_new_version_replaces_the_cached_page(world, client):
    url = world.plan.get_absolute_url()
    first = client.get(url)
    world.activity.what = "Nytt namn på aktiviteten"
    world.activity.save()
    assert "Nytt namn" not in client.get(url).content.decode()
    publish(world.plan, step="minor")
    fresh = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert fresh.status_code == 200
    assert "Nytt namn på aktiviteten" in fresh.content.decode()


@pytest.mark.django_db
def test_logged_in_readers_are_not_served_the_anonymous_cache(world, as_user):
    client = as_user(world.users["processledare"])
    response = client.get(world.plan.get_absolute_url())
    assert "Utkast" in response.content.decode()  # their toolbar, not the cached page
    assert "ETag" not in response


@pytest.mark.django_db
def test_accessibility_statement_has_what_digg_requires(client):
    html = client.get("/tillganglighet/").content.decode()
    for text in [
        "SAMLA – Vårdsamverkan Lerum Alingsås",
        "delvis förenlig",
        "Innehåll som inte är tillgängligt",
        "Senaste bedömningen gjordes den",
        "uppdaterades senast den",
        "Hur vi testat webbplatsen",
        "mailto:",
        'href="https://www.digg.se/tdosanmalan"',
    ]:
        assert text in html, text


@pytest.mark.django_db
def test_every_page_links_the_accessibility_statement(demo, client):
    for url in ["/", "/samla/", PLAN, "/samla/sok/?q=SIP", "/konto/logga-in/"]:
        assert 'href="/tillganglighet/"' in client.get(url).content.decode(), url


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/samla/",
        "/samla/planer/",
        "/samla/minnesanteckningar/",
        "/samla/sok/?q=samverkan",
        "/samla/flode.atom",
    ],
)
def test_public_listing_queries_do_not_grow(demo, client, url):
    from nosam.models import Group
    from plans.models import ActivityPlan

    group = Group.objects.get(slug="nosam-lerum")
    collaboration_plan = ActivityPlan.objects.first().collaboration_plan

    def grow():
        for year in range(2030, 2040):
            plan = ActivityPlan.objects.create(
                group=group,
                collaboration_plan=collaboration_plan,
                year=year,
                slug=f"plan-{year}",
                title="Samverkan",
                target_group=group.target_group,
            )
            ActivityFactory(plan=plan, what="Samverkan i praktiken")
            publish(plan)
            meeting = Meeting.objects.create(
                area=group.area, starts_at=plan.versions.first().published_at
            )
            meeting.groups.add(group)
            from nosam.services import minutes_save

            minutes_save(meeting=meeting, text="Samverkan diskuterades", publish=True)

    assert_queries_do_not_grow(lambda: client.get(url), grow)


@pytest.mark.django_db
def test_reindex_command_rebuilds_from_what_is_published(demo):
    from reports.models import Report

    before = SearchDocument.objects.count()
    SearchDocument.objects.all().delete()
    assert reindex_all() == before > 10
    draft = Report.objects.get(status=Report.Status.DRAFT)
    assert not SearchDocument.objects.filter(source=f"rapport:{draft.pk}").exists()
    assert SearchDocument.objects.filter(kind=SearchDocument.Kind.REPORT).exists()


@pytest.mark.django_db
def test_health_is_trivial(client):
    response = client.get("/helsa/")
    assert response.content == b"ok"


@pytest.mark.django_db
def test_follow_up_after_publishing_does_not_change_published_json(world, client):
    url = world.plan.get_absolute_url() + "plan.json"
    before = client.get(url).content
    services.follow_up_add(
        activity=world.activity,
        day=date(2026, 6, 1),
        text="Internt",
        new_status="pagar",
        author=None,
    )
    assert client.get(url).content == before


@pytest.mark.django_db
def test_while_another_request_lays_the_pdf_out_a_reader_is_asked_to_come_back(demo, client):
    from unittest import mock

    from django.core.cache import cache

    cache.clear()
    with mock.patch("plans.views.exports.cache.add", return_value=False):  # someone else renders
        busy = client.get(PLAN + "plan.pdf")
    assert busy.status_code == 503 and busy["Retry-After"] == "5"
    html = busy.content.decode()
    assert "förbereds" in html and 'role="status"' in html and "Försök igen" in html
    ready = client.get(PLAN + "plan.pdf")  # nobody else: this request renders it
    assert ready.status_code == 200 and ready["Content-Type"] == "application/pdf"
