"""Database outage: a Swedish 503 with Retry-After, and health checks that tell.

The app is pointed at a database that cannot be reached for the length of a
test (the ``unreachable_database`` fixture in tests/conftest.py).
"""

import pytest
from django.test import Client, override_settings

from nosam.models import Area
from tests.factories import AreaFactory, UserFactory

UNAVAILABLE = "Tjänsten är tillfälligt otillgänglig"


@pytest.fixture
def signed_in(transactional_db):
    """A client with a session of a real user, made while the database was up."""
    client = Client(raise_request_exception=False)
    client.force_login(UserFactory())
    return client


def _client() -> Client:
    # Django's test client re-raises a view's exception even when a response was
    # made from it; here the response is what is tested.
    return Client(raise_request_exception=False)


def _assert_unavailable(response):
    assert response.status_code == 503
    assert int(response["Retry-After"]) > 0
    html = response.content.decode()
    assert UNAVAILABLE in html
    assert 'lang="sv"' in html and "Hoppa till innehållet" in html  # the site's layout


def test_anonymous_visitors_get_a_swedish_503_page(unreachable_database):
    _assert_unavailable(_client().get("/"))


def test_signed_in_users_get_the_503_page_when_their_session_cannot_be_read(
    signed_in, unreachable_database
):
    _assert_unavailable(signed_in.get("/konto/"))
    _assert_unavailable(signed_in.get("/"))


def test_a_form_posted_during_the_outage_gets_the_503_page(signed_in, unreachable_database):
    _assert_unavailable(_client().post("/konto/logga-in/", {"username": "x", "password": "y"}))
    _assert_unavailable(signed_in.post("/konto/logga-ut/"))


def test_liveness_answers_without_the_database(unreachable_database):
    response = _client().get("/helsa/")
    assert response.status_code == 200
    assert response.content == b"ok"
    assert response["Cache-Control"] == "no-store"


def test_readiness_fails_when_the_database_cannot_be_reached(unreachable_database):
    response = _client().get("/helsa/redo/")
    assert response.status_code == 503
    assert "Retry-After" in response
    assert "databas: fel" in response.content.decode()


@pytest.mark.django_db
def test_readiness_is_ok_when_database_and_cache_answer(client):
    response = client.get("/helsa/redo/")
    assert response.status_code == 200
    assert response.content.decode().splitlines() == ["ok", "databas: ok", "cache: ok"]


@pytest.mark.django_db
def test_readiness_fails_when_the_cache_cannot_be_reached(client):
    unreachable = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1",
        }
    }
    with override_settings(CACHES=unreachable):
        response = client.get("/helsa/redo/")
    assert response.status_code == 503
    assert "cache: fel" in response.content.decode()


@pytest.mark.django_db
def test_other_errors_still_get_the_500_page(monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("något annat")

    AreaFactory()
    monkeypatch.setattr(Area.objects, "all", broken)
    response = _client().get("/")
    assert response.status_code == 500
    assert UNAVAILABLE not in response.content.decode()


@pytest.mark.django_db
def test_public_pages_are_served_while_the_cache_is_down(client):
    """The page cache answers before everything else: when it cannot be
    reached the page is served the slow way, not a 500."""
    unreachable = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1",
        }
    }
    AreaFactory(name="Testområdet")
    with override_settings(CACHES=unreachable):
        response = client.get("/")
    assert response.status_code == 200
    assert "Testområdet" in response.content.decode()
