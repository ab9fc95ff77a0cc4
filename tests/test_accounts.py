import re

import pytest
from django.core import mail
from django.test import Client

from tests.factories import UserFactory
from tests.factories.nosam import TEST_PASSWORD


@pytest.mark.django_db
def test_login_and_logout_in_swedish(client):
    user = UserFactory(username="lena")
    page = client.get("/konto/logga-in/").content.decode()
    assert "Logga in" in page and "Användarnamn" in page
    response = client.post("/konto/logga-in/", {"username": "lena", "password": TEST_PASSWORD})
    assert response.status_code == 302 and response["Location"] == "/konto/"
    assert client.get("/konto/").context["user"] == user
    assert client.post("/konto/logga-ut/").status_code == 302
    assert client.get("/konto/").status_code == 302


@pytest.mark.django_db
def test_wrong_password_is_refused_with_a_swedish_message(client):
    UserFactory(username="lena")
    response = client.post("/konto/logga-in/", {"username": "lena", "password": "fel"})
    assert response.status_code == 200
    assert "Ange ett korrekt användarnamn och lösenord" in response.content.decode()


@pytest.mark.django_db
def test_repeated_failures_lock_the_login(client, settings):
    UserFactory(username="lena")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post("/konto/logga-in/", {"username": "lena", "password": "fel"})
    locked = client.post("/konto/logga-in/", {"username": "lena", "password": TEST_PASSWORD})
    assert "För många misslyckade inloggningar" in locked.content.decode()


@pytest.mark.django_db
def test_password_reset_by_e_mail(client):
    UserFactory(username="lena", email="lena@example.se")
    response = client.post("/konto/glomt-losenord/", {"email": "lena@example.se"})
    assert response.status_code == 302
    (message,) = mail.outbox
    assert message.subject == "Nytt lösenord till SAMLA-portalen"
    link = re.search(r"https?://[^/]+(/konto/aterstall/\S+)", message.body)[1]
    form = client.get(link, follow=True)
    assert "Välj nytt lösenord" in form.content.decode()
    done = client.post(
        form.redirect_chain[-1][0],
        {"new_password1": "Ett-nytt-langt-losen-42", "new_password2": "Ett-nytt-langt-losen-42"},
    )
    assert done.status_code == 302
    fresh = Client()
    fresh_response = fresh.post(
        "/konto/logga-in/", {"username": "lena", "password": "Ett-nytt-langt-losen-42"}
    )
    assert fresh_response.status_code == 302


@pytest.mark.django_db
def test_password_change(client):
    user = UserFactory()
    client.force_login(user)
    response = client.post(
        "/konto/losenord/",
        {
            "old_password": TEST_PASSWORD,
            "new_password1": "Helt-annat-losen-99",
            "new_password2": "Helt-annat-losen-99",
        },
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("Helt-annat-losen-99")
