"""The public search and the Atom feed: Swedish capitals match in any case on
either database, snippets are plain text, labels are not doubled; the feed
and "Senast publicerat" date a plan version by its own date, and feed ids are
tag URIs (RFC 4151) that stay the same."""

import re
from datetime import date
from xml.etree import ElementTree

import pytest
from django.utils import timezone
from django.utils.html import strip_tags

from nosam.services import minutes_save
from plans.models import PlanVersion
from tests.factories import publish
from website.models import SearchDocument

ATOM = "{http://www.w3.org/2005/Atom}"
# RFC 4151: "tag:" authorityName "," date ":" specific, specific = *(pchar / "/" / "?").
TAG_URI = re.compile(
    r"tag:(?P<domain>[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?),(?P<date>\d{4}-\d{2}-\d{2})"
    r":(?P<specific>(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)"
)
ACTIVITY = "Trygg och säker hemgång"  # "… Möte mellan SÄS, Alingsås kommun och ÖVM"


def _hits(client, area_slug, query):
    response = client.get(f"/{area_slug}/sok/", {"q": query})
    assert response.status_code == 200
    return response.context["hits"]


def _labels(html: str) -> list[str]:
    found = re.findall(r'<p class="small mb-1 text-body-secondary">(.*?)</p>', html, re.S)
    return [" ".join(label.split()) for label in found]


@pytest.mark.django_db
def test_search_finds_text_written_with_markdown_and_shows_it_plain(world, client):
    minutes_save(
        meeting=world.meeting,
        text="# Beslut\n\n**Trygghetsvandring** i [Alingsås](https://alingsas.se) "
        "ska *planeras*\n\n- första punkten\n- andra punkten\n\n1. tredje punkten\n\n> ett citat",
        publish=True,
    )
    hits = _hits(client, world.area.slug, "trygghetsvandring")
    minutes = next(hit for hit in hits if hit.kind == "Minnesanteckningar")
    text = " ".join(strip_tags(minutes.snippet).split())
    assert "Trygghetsvandring i Alingsås ska planeras" in text
    assert "<mark>Trygghetsvandring</mark>" in minutes.snippet
    for syntax in ("**", "#", "](", "- ", "1. ", "*", ">", "https://"):
        assert syntax not in text, syntax


@pytest.mark.django_db
def test_search_matches_swedish_capitals_in_any_case(world, client):
    world.activity.how = "Samordning med ÅSA-teamet och Äldrecentrum"
    world.activity.save()
    publish(world.plan)
    for query in ("åsa-teamet", "ÅSA", "äldrecentrum", "ÄLDRECENTRUM"):
        hits = _hits(client, world.area.slug, query)
        assert "Psykiatrins dag" in [hit.title for hit in hits], query


@pytest.mark.django_db
def test_rows_indexed_before_the_folded_columns_are_filled_by_the_migration(world, client):
    from importlib import import_module

    from django.apps import apps

    migration = import_module("website.migrations.0002_search_folded_text")
    SearchDocument.objects.create(
        area=world.area,
        source="gammal:1",
        kind=SearchDocument.Kind.MINUTES,
        title="Gamla anteckningar",
        where="Minnesanteckningar från förr",
        body="**Öppen** mottagning",
        url="/gammal/",
        published_at=timezone.now(),
    )
    migration.fill(apps, None)
    row = SearchDocument.objects.get(source="gammal:1")
    assert (row.body, row.search_body) == ("Öppen mottagning", "öppen mottagning")
    assert [hit.url for hit in _hits(client, world.area.slug, "ÖPPEN")] == ["/gammal/"]


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["ÖVM", "övm", "Övm", "SÄS", "säs"])
def test_search_finds_ovm_and_sas_in_any_case(demo, client, query):
    hits = _hits(client, "samla", query)
    activity = next(hit for hit in hits if hit.title.startswith(ACTIVITY))
    assert f"<mark>{query.upper()}" in activity.snippet
    kinds = {hit.kind for hit in hits}
    assert {"Aktivitet", "Grupp", "Årsrapport"} <= kinds


@pytest.mark.django_db
def test_search_finds_the_same_in_capitals_and_in_small_letters(demo, client):
    for upper, lower in (("ÖVM", "övm"), ("SÄS", "säs"), ("Älvsborgs", "älvsborgs")):
        found = [hit.url for hit in _hits(client, "samla", upper)]
        assert found and found == [hit.url for hit in _hits(client, "samla", lower)], upper


@pytest.mark.django_db
def test_report_snippets_have_no_list_markers(demo, client):
    hits = _hits(client, "samla", "ÖVM")
    reports = [hit for hit in hits if hit.kind == "Årsrapport"]
    assert reports
    for hit in reports:
        text = strip_tags(hit.snippet)
        assert not re.search(r"(^|\s)[-*+] ", text), text
        assert "**" not in text and "](" not in text


@pytest.mark.django_db
def test_search_results_do_not_repeat_their_kind(demo, client):
    html = client.get("/samla/sok/", {"q": "socialmedicinska"}).content.decode()
    labels = _labels(html)
    assert "Handlingsplan" in labels
    html += client.get("/samla/sok/", {"q": "samverkan"}).content.decode()
    labels = _labels(html)
    assert len(labels) > 5
    for label in labels:
        kind, _, where = label.partition(" · ")
        assert not where.casefold().startswith(kind.casefold()), label
    assert "Handlingsplan · Handlingsplan" not in html and "Grupp · Gruppen" not in html


@pytest.mark.django_db
def test_latest_publications_date_a_version_by_its_own_date(demo, client):
    version = PlanVersion.objects.get(plan__slug="psykisk-halsa-och-missbruk-2026")
    assert timezone.localdate(version.published_at) != version.version_date  # saved later
    html = client.get("/samla/").content.decode()
    entry = re.search(
        r'<time datetime="([\d-]+)">([\d-]+)</time>\s*· Aktivitetsplan: <a[^>]*>[^<]*version 2\.9',
        html,
    )
    assert entry, "version 2.9 is listed"
    assert entry.groups() == (version.version_date.isoformat(),) * 2


@pytest.mark.django_db
def test_versions_are_listed_in_the_order_of_their_own_dates(world, client):
    from plans.services import plan_publish

    later = publish(world.plan)  # version date 2026-01-01
    earlier = plan_publish(
        plan=world.plan, step="minor", note="Inläst", user=None, version_date=date(2025, 3, 1)
    )
    assert earlier.published_at > later.published_at
    html = client.get(world.area.get_absolute_url()).content.decode()
    assert html.index(f"version {later.label}") < html.index(f"version {earlier.label}")
    assert '<time datetime="2025-03-01">' in html


def _feed(client, url="/samla/flode.atom", **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200
    return ElementTree.fromstring(response.content)


def _entry_ids(feed) -> list[str]:
    return [entry.findtext(f"{ATOM}id") for entry in feed.iter(f"{ATOM}entry")]


@pytest.mark.django_db
def test_feed_dates_a_version_by_its_own_date(demo, client):
    version = PlanVersion.objects.get(plan__slug="psykisk-halsa-och-missbruk-2026")
    feed = _feed(client)
    entry = next(
        e for e in feed.iter(f"{ATOM}entry") if "version 2.9" in e.findtext(f"{ATOM}title")
    )
    day = version.version_date.isoformat()
    assert entry.findtext(f"{ATOM}published").startswith(day)
    assert entry.findtext(f"{ATOM}updated").startswith(day)


@pytest.mark.django_db
def test_feed_ids_are_tag_uris_of_the_host_and_a_fixed_date(demo, client):
    feed = _feed(client)
    ids = [feed.findtext(f"{ATOM}id")] + _entry_ids(feed)
    assert len(ids) > 3 and len(set(ids)) == len(ids)
    for tag in ids:
        match = TAG_URI.fullmatch(tag)
        assert match, tag
        assert match["domain"] == "testserver"
        date.fromisoformat(match["date"])  # a real day
        assert match["date"] <= timezone.localdate().isoformat()
    assert len({TAG_URI.fullmatch(tag)["date"] for tag in ids}) == 1


@pytest.mark.django_db
def test_feed_ids_stay_the_same_when_the_feed_is_rendered_again(demo, client):
    from nosam.models import Meeting

    before = _entry_ids(_feed(client))
    meeting = Meeting.objects.filter(
        area__slug="samla", minutes_published=False, starts_at__lt=timezone.now()
    ).first()
    minutes_save(meeting=meeting, text="Nya anteckningar", publish=True)  # a new page generation
    response = client.get("/samla/flode.atom")
    assert response["X-Page-Cache"] == "miss"
    after = _entry_ids(ElementTree.fromstring(response.content))
    assert len(after) == len(before) + 1 or len(after) == len(before) == 30
    assert set(before) - set(after) <= {before[-1]}  # at most the oldest fell off


@pytest.mark.django_db
def test_feed_tag_domain_comes_from_a_setting_or_the_host_without_its_port(demo, client, settings):
    feed = _feed(client, HTTP_HOST="localhost:8000")
    assert feed.findtext(f"{ATOM}id").startswith("tag:localhost,")
    settings.FEED_TAG_DOMAIN = "samla.example.se"
    settings.FEED_TAG_DATE = "2026-12-01"
    feed = _feed(client, "/samla/flode.atom?ny=1")  # another address: not the cached page
    for entry in feed.iter(f"{ATOM}entry"):
        assert entry.findtext(f"{ATOM}id").startswith("tag:samla.example.se,2026-12-01:/")
