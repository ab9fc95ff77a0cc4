"""A request for a Host that is not ours (tests.settings allows only
testserver, localhost and 127.0.0.1) gets the 400 page, never a 500, wherever
it is refused: in the page cache (anonymous GET) or in CommonMiddleware
(signed in, or a POST); the log gets one line, no traceback."""

import logging
import sys

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import DisallowedHost
from django.test import Client

import samla.settings
from samla.logs import WithoutTraceback

BAD_HOST = "evil.example"


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/samla/", "/stil/", "/finns-inte/", "/konto/"])
def test_a_bad_host_gets_the_400_page_on_any_path(client, path):
    response = client.get(path, HTTP_HOST=BAD_HOST)
    assert response.status_code == 400
    page = response.content.decode()
    assert "Felaktig adress" in page and "Ett fel uppstod" not in page


@pytest.mark.django_db
def test_a_bad_host_gets_a_400_when_signed_in_and_on_a_post(demo):
    client = Client(raise_request_exception=True)
    client.force_login(get_user_model().objects.get(username="ledamot"))
    assert client.get("/samla/", HTTP_HOST=BAD_HOST).status_code == 400
    assert client.post("/konto/logga-ut/", HTTP_HOST=BAD_HOST).status_code == 400
    assert client.get("/samla/").status_code == 200  # the right host still works


def test_the_refused_host_is_logged_without_a_traceback():
    # tests.settings replaces LOGGING with a quiet one: read the production one.
    logger = samla.settings.LOGGING["loggers"]["django.security.DisallowedHost"]
    assert logger["filters"] == ["without_traceback"]
    try:
        raise DisallowedHost("Invalid HTTP_HOST header: 'evil.example'.")
    except DisallowedHost:
        record = logging.LogRecord(
            "django.security.DisallowedHost",
            logging.ERROR,
            __file__,
            1,
            "Ogiltig",
            (),
            sys.exc_info(),
        )
    assert WithoutTraceback().filter(record) is True
    assert logging.Formatter().format(record) == "Ogiltig"
