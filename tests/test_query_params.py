"""Every query parameter is validated: a page or a 400 with a Swedish message,
never a 500."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client

from tests.site_urls import demo_values, routes, url_of

# For the sweep over every page; the views that read a query get more below.
HOSTILE = ["-1", "²", "x" * 5000, "\x00", "99999999999999999999"]
PARAMS = [
    "ar",
    "period",
    "baseline",
    "q",
    "fran",
    "till",
    "visning",
    "target_group",
    "goal",
    "status",
    "responsible",
]
# Rendering a document per hostile value would be slow; their views read no query.
DOCUMENTS = (".pdf", ".docx", ".xlsx")
REPRESENTATION = "/samla/grupper/nosam-alingsas/representation/"
PLAN = "/samla/grupper/nosam-alingsas-och-lerum/aktivitetsplaner/psykisk-halsa-och-missbruk-2026/"


@pytest.fixture
def admin_client(demo):
    client = Client(raise_request_exception=False)
    client.force_login(get_user_model().objects.get(username="admin"))
    return client


@pytest.mark.django_db
def test_representation_refuses_a_year_it_cannot_show_with_a_400(admin_client):
    for value in ["-1", "0", "10000", "abc", "²", "x" * 5000, "\x00", "1e3", "٢٠٢٥"]:
        response = admin_client.get(REPRESENTATION, {"ar": value})
        assert response.status_code == 400, value
        html = response.content.decode()
        assert "Adressen innehåller ett värde som inte kan användas" in html
        assert "År: " in html


@pytest.mark.django_db
def test_representation_shows_a_year_in_range(admin_client):
    assert admin_client.get(REPRESENTATION, {"ar": "2025"}).status_code == 200
    assert admin_client.get(REPRESENTATION).status_code == 200


INVALID_QUERIES = [
    ("/samla/avvikelser/", {"period": "2025-3"}),
    ("/samla/avvikelser/", {"period": "abc"}),
    ("/samla/avvikelser/", {"period": "1999-1"}),
    ("/samla/avvikelser/export.csv", {"period": "²"}),
    ("/samla/avvikelser/mal/", {"period": "2025", "baseline": "\x00"}),
    ("/samla/avvikelser/mal/", {"period": "٢٠٢٥"}),
    ("/samla/grupper/nosam-alingsas/motesvy/", {"visning": "rosa"}),
    ("/samla/grupper/nosam-alingsas/motesvy/", {"target_group": "abc"}),
    ("/samla/grupper/nosam-alingsas/motesvy/", {"goal": "99999999999999999999"}),
    ("/samla/grupper/nosam-alingsas/motesvy/", {"responsible": "a\x00b"}),
    ("/samla/sok/", {"q": "sip\x00vård"}),
    ("/samla/avvikelser/statistik/", {"period": "2025-9"}),
    (PLAN + "jamfor/", {"fran": "1" * 5000}),
]


@pytest.mark.django_db
def test_invalid_query_values_get_a_400_with_a_message(admin_client):
    for url, query in INVALID_QUERIES:
        response = admin_client.get(url, query)
        assert response.status_code == 400, (url, query)
        assert "Adressen innehåller ett värde som inte kan användas" in response.content.decode()


@pytest.mark.django_db
def test_valid_query_values_still_work(admin_client):
    assert admin_client.get("/samla/avvikelser/", {"period": "2025-1"}).status_code == 200
    assert admin_client.get("/samla/avvikelser/mal/", {"period": "2025", "baseline": "2023"})
    board = "/samla/grupper/nosam-alingsas/motesvy/"
    assert admin_client.get(board, {"visning": "storbild"}).status_code == 200
    assert admin_client.get(board, {"status": "pagar", "responsible": "NOSAM"}).status_code == 200
    response = admin_client.get("/samla/sok/", {"q": "x" * 5000})
    assert response.status_code == 200  # long queries are cut, not refused


@pytest.mark.django_db
def test_no_page_answers_a_hostile_query_with_a_500(admin_client):
    values = demo_values()
    checked = 0
    for route in routes():
        url = url_of(route, values)
        hostile = HOSTILE[:1] if url.endswith(DOCUMENTS) else HOSTILE
        for value in hostile:
            response = admin_client.get(url, dict.fromkeys(PARAMS, value))
            assert response.status_code < 500, (route.name, url, value[:20])
            checked += 1
    assert checked > 250


PROJECT = Path(settings.BASE_DIR)
# Where request.GET may be read: the shared reader, and the board's django-filter
# FilterSet (a form of its own) with the links that keep its filters.
ALLOWED_READERS = {"samla/query.py": None, "plans/views/board.py": 2}


def test_query_parameters_are_read_only_through_the_shared_helper():
    found = {}
    for app in ("samla", "nosam", "plans", "deviations", "reports", "website"):
        for path in (PROJECT / app).rglob("*.py"):
            count = len(re.findall(r"request\.GET\b", path.read_text()))
            if count:
                found[str(path.relative_to(PROJECT))] = count
    unexpected = {
        path: count
        for path, count in found.items()
        if path not in ALLOWED_READERS
        or (ALLOWED_READERS[path] is not None and count > ALLOWED_READERS[path])
    }
    assert not unexpected, f"request.GET läses utanför samla.query: {unexpected}"
