"""Guards that hold at runtime: views without a rule, existence leaks, CSRF."""

import pytest
from django.http import HttpResponse
from django.test import Client
from django.urls import include, path

from samla.access import public


def undeclared(request):
    return HttpResponse("hemligt")


@public
def declared(request):
    return HttpResponse("öppet")


urlpatterns = [
    path("utan-regel/", undeclared),
    path("med-regel/", declared),
    path("", include("samla.urls")),
]


@pytest.mark.urls("tests.test_deny_by_default")
@pytest.mark.django_db
def test_a_view_without_a_rule_is_refused_at_runtime(client, world):
    for user in (None, world.users["member"], world.users["admin"]):
        if user:
            client.force_login(user)
        response = client.get("/utan-regel/")
        assert response.status_code == 403
        assert b"hemligt" not in response.content
        assert client.post("/utan-regel/").status_code == 403
    assert client.get("/med-regel/").content.decode() == "öppet"


@pytest.mark.urls("tests.test_deny_by_default")
@pytest.mark.django_db
def test_the_admin_is_exempt_and_guards_itself(client, world):
    assert client.get("/admin/").status_code == 302  # to the admin's login
    client.force_login(world.users["admin"])
    assert client.get("/admin/").status_code == 200


# --- Anonymous visitors cannot tell which ids exist ------------------------------


def _same_answer(client, existing: str, missing: str):
    first, second = client.get(existing), client.get(missing)
    assert first.status_code == second.status_code, (existing, missing)
    assert first.get("Location", "").split("?")[0] == second.get("Location", "").split("?")[0]
    return first


@pytest.mark.django_db
def test_anonymous_gets_the_same_answer_for_an_internal_meeting_and_a_missing_one(world):
    area = world.area.slug
    for page in ("", "redigera/", "narvaro/", "minnesanteckningar/"):
        response = _same_answer(
            Client(), f"/{area}/moten/{world.meeting.pk}/{page}", f"/{area}/moten/999999/{page}"
        )
        assert response.status_code == 302
        assert response["Location"].startswith("/konto/logga-in/")


@pytest.mark.django_db
def test_anonymous_gets_the_same_answer_for_a_draft_plan_and_a_missing_one(world):
    plan = world.unpublished_plan
    existing = plan.url("plans:plan_draft")
    missing = existing.replace(plan.slug, "finns-inte")
    assert _same_answer(Client(), existing, missing).status_code == 302
    activity = world.unpublished_plan.activities.first()
    assert _same_answer(Client(), f"/aktiviteter/{activity.pk}/", "/aktiviteter/999999/")


@pytest.mark.django_db
def test_anonymous_gets_the_same_answer_for_a_draft_report_and_a_missing_one(world):
    from reports.services import report_create

    report = report_create(area=world.area, group=None, year=2025)
    area = world.area.slug
    response = _same_answer(
        Client(), f"/{area}/rapporter/{report.pk}/", f"/{area}/rapporter/999999/"
    )
    assert response.status_code == 302


# --- CSRF ------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_failed_csrf_check_answers_in_swedish_in_the_sites_layout(world):
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.users["member"])
    response = client.post(
        f"/{world.area.slug}/moten/{world.meeting.pk}/minnesanteckningar/", {"minutes": "x"}
    )
    assert response.status_code == 403
    html = response.content.decode()
    assert '<html lang="sv">' in html
    assert "Hoppa till innehållet" in html  # base.html's skip link
    assert "Formuläret kunde inte skickas" in html
    assert "CSRF verification failed" not in html
    world.meeting.refresh_from_db()
    assert world.meeting.minutes == "Internt"
