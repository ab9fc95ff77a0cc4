"""Public pages for anonymous readers come from the page cache, compressed,
before sessions, users and CSRF are looked at; any change makes them stale."""

import gzip

import brotli
import pytest
from django.contrib.sessions.middleware import SessionMiddleware
from django.test import Client

from samla import pagecache
from tests.factories import publish

PLAN = "/samla/grupper/nosam-alingsas-och-lerum/aktivitetsplaner/psykisk-halsa-och-missbruk-2026/"


@pytest.mark.django_db
def test_a_repeated_anonymous_visit_is_answered_without_a_query_or_a_session(
    demo, client, django_assert_num_queries, monkeypatch
):
    first = client.get(PLAN)
    assert first["X-Page-Cache"] == "miss"

    def no_session(*args, **kwargs):
        raise AssertionError("the session middleware ran")

    monkeypatch.setattr(SessionMiddleware, "process_request", no_session)
    with django_assert_num_queries(0):
        again = client.get(PLAN)
    assert again["X-Page-Cache"] == "hit"
    assert again.content == first.content
    assert again["Content-Security-Policy"] and again["X-Frame-Options"] == "DENY"
    with django_assert_num_queries(0):
        assert client.get(PLAN, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304


@pytest.mark.django_db
def test_pages_are_sent_compressed_as_the_browser_asks(demo, client):
    plain = client.get(PLAN).content
    as_brotli = client.get(PLAN, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert as_brotli["Content-Encoding"] == "br"
    assert brotli.decompress(as_brotli.content) == plain
    assert len(as_brotli.content) < len(plain) / 3
    as_gzip = client.get(PLAN, HTTP_ACCEPT_ENCODING="gzip")
    assert as_gzip["Content-Encoding"] == "gzip"
    assert gzip.decompress(as_gzip.content) == plain
    assert "Accept-Encoding" in as_gzip["Vary"] and "Cookie" in as_gzip["Vary"]
    assert "Content-Encoding" not in client.get(PLAN)


@pytest.mark.django_db
def test_pages_with_a_csrf_token_or_for_signed_in_users_are_never_cached(world, as_user):
    anonymous = Client()
    for _ in range(2):
        login = anonymous.get("/konto/logga-in/")
        assert "X-Page-Cache" not in login and "Content-Encoding" not in login
    member = as_user(world.users["member"])
    url = world.plan.get_absolute_url()
    Client().get(url)  # cached for anonymous readers
    page = member.get(url, HTTP_ACCEPT_ENCODING="br")
    assert "X-Page-Cache" not in page and "Content-Encoding" not in page


@pytest.mark.django_db
def test_a_publication_is_seen_by_the_next_anonymous_request(world, client):
    url = world.plan.get_absolute_url()
    assert client.get(url)["X-Page-Cache"] == "miss"
    assert client.get(url)["X-Page-Cache"] == "hit"
    world.activity.what = "Ett nytt namn på aktiviteten"
    world.activity.save()
    publish(world.plan, step="minor")
    fresh = client.get(url)
    assert fresh["X-Page-Cache"] == "miss"
    assert "Ett nytt namn på aktiviteten" in fresh.content.decode()


@pytest.mark.django_db
def test_the_generation_moves_on_with_every_change(settings, tmp_path):
    settings.PAGE_CACHE_GENERATION_FILE = tmp_path / "pages.generation"
    before = pagecache.generation()
    pagecache.content_changed()
    after = pagecache.generation()
    pagecache.content_changed()
    assert before != after != pagecache.generation()


@pytest.mark.django_db
def test_a_visitor_with_a_message_waiting_in_a_cookie_is_not_served_from_the_cache(world):
    url = world.plan.get_absolute_url()
    Client().get(url)
    assert Client().get(url)["X-Page-Cache"] == "hit"
    with_message = Client()
    with_message.cookies["messages"] = "waiting"
    assert with_message.get(url).get("X-Page-Cache") is None


@pytest.mark.django_db
def test_refused_encodings_head_and_a_tag_per_encoding(world, client):
    """Found from outside: "br;q=0" got brotli, the encodings shared one tag,
    and HEAD was refused until the page was cached."""
    url = world.plan.get_absolute_url()
    head = client.head(url)
    assert head.status_code == 200 and head.content == b""
    refused = client.get(url, HTTP_ACCEPT_ENCODING="br;q=0, gzip;q=0")
    assert "Content-Encoding" not in refused
    gzip_only = client.get(url, HTTP_ACCEPT_ENCODING="br;q=0, gzip")
    assert gzip_only["Content-Encoding"] == "gzip"
    as_brotli = client.get(url, HTTP_ACCEPT_ENCODING="br")
    assert len({refused["ETag"], gzip_only["ETag"], as_brotli["ETag"]}) == 3
    assert (
        client.get(url, HTTP_IF_NONE_MATCH=as_brotli["ETag"], HTTP_ACCEPT_ENCODING="br").status_code
        == 304
    )
    assert "no-cache" in refused["Cache-Control"]  # browsers ask again: a 304 is cheap


@pytest.mark.django_db
def test_a_renamed_group_reaches_the_anonymous_plan_page_at_once(world, client):
    """Found from outside: the plan page kept the old name in its breadcrumbs."""
    url = world.plan.get_absolute_url()
    first = client.get(url)
    world.group.name = "Nytt gruppnamn"
    world.group.save()
    again = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 200
    assert "Nytt gruppnamn" in again.content.decode()
