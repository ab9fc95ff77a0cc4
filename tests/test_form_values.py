"""500s found by posting hostile values to every form (tests/test_forms_fuzz.py),
each kept as a regression test."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from nosam.models import Group, Meeting
from plans.models import Activity, ActivityPlan, FollowUp
from samla.forms import MAX_FORMSET_ROWS

HUGE = "99999999999999999999"
PLAN = "/samla/grupper/nosam-alingsas-och-lerum/aktivitetsplaner/psykisk-halsa-och-missbruk-2026/"


@pytest.fixture
def admin(demo):
    client = Client(raise_request_exception=False)
    client.force_login(get_user_model().objects.get(username="admin"))
    return client


@pytest.mark.django_db
def test_an_id_larger_than_the_database_holds_matches_nothing():
    assert list(Group.objects.filter(pk__in=[int(HUGE)])) == []
    assert list(Group.objects.filter(pk__in=[-int(HUGE)])) == []


@pytest.mark.django_db
def test_a_huge_id_among_the_plans_goals_is_a_form_error(admin):
    plan = ActivityPlan.objects.get(slug="psykisk-halsa-och-missbruk-2026")
    response = admin.post(
        PLAN + "redigera/", {"title": plan.title, "shifts": [HUGE], "goals": [HUGE]}
    )
    assert response.status_code == 200
    assert "giltigt" in response.content.decode()  # "Välj ett giltigt alternativ"


@pytest.mark.django_db
def test_a_huge_group_id_for_a_meeting_is_a_form_error(admin):
    before = Meeting.objects.count()
    response = admin.post(
        "/samla/grupper/nosam-alingsas/moten/nytt/",
        {"groups": [HUGE], "starts_at": "2026-12-01T13:00", "dagordning-TOTAL_FORMS": "0"},
    )
    assert response.status_code == 200
    assert Meeting.objects.count() == before


@pytest.mark.django_db
@pytest.mark.parametrize("board", ["abc", "\x00", HUGE, "-1"])
def test_a_follow_up_from_an_unknown_board_is_refused_before_anything_is_saved(admin, board):
    activity = Activity.objects.filter(plan__slug="psykisk-halsa-och-missbruk-2026").first()
    before = FollowUp.objects.count()
    response = admin.post(
        f"/aktiviteter/{activity.pk}/uppfoljning/",
        {"date": "2026-06-01", "text": "Klart", "new_status": "-", "tavla": board},
    )
    assert response.status_code == 404
    assert FollowUp.objects.count() == before


@pytest.mark.django_db
@pytest.mark.parametrize("board", ["abc", "\x00", HUGE])
def test_a_status_change_from_an_unknown_board_is_refused_before_it_is_saved(admin, board):
    activity = Activity.objects.filter(plan__slug="psykisk-halsa-och-missbruk-2026").first()
    old = activity.status
    new = "avbruten" if old != "avbruten" else "pagar"
    response = admin.post(f"/aktiviteter/{activity.pk}/status/", {"status": new, "tavla": board})
    assert response.status_code == 404
    activity.refresh_from_db()
    assert activity.status == old


@pytest.mark.django_db
@pytest.mark.parametrize("total", [HUGE, "3000000000", "5000"])
def test_a_formset_claiming_thousands_of_rows_is_refused_quickly(admin, total):
    """TOTAL_FORMS=99999999999999999999 made Django build and render 2 000 forms (38 s).

    Asserted by what is built (at most MAX_FORMSET_ROWS forms), not by the clock.
    """
    from nosam.models import AgendaItem
    from reports.models import EconomyItem
    from reports.services import report_create

    report = report_create(
        area=Group.objects.get(slug="nosam-alingsas").area, group=None, year=2025
    )
    posts = [
        (
            report.get_absolute_url() + "ekonomi/",
            {"ekonomi-TOTAL_FORMS": total, "ekonomi-INITIAL_FORMS": "0"},
            EconomyItem,
        ),
        (
            "/samla/grupper/nosam-alingsas/moten/nytt/",
            {
                "groups": [Group.objects.get(slug="nosam-alingsas").pk],
                "starts_at": "2026-12-01T13:00",
                "dagordning-TOTAL_FORMS": total,
                "dagordning-INITIAL_FORMS": "0",
            },
            AgendaItem,
        ),
    ]
    for url, data, model in posts:
        before = (model.objects.count(), Meeting.objects.count())
        response = admin.post(url, data)
        assert response.status_code == 200
        assert "formulär" in response.content.decode()  # "Skicka högst … formulär"
        rows = set(re.findall(r'name="(?:ekonomi|dagordning)-(\d+)-', response.content.decode()))
        assert len(rows) <= MAX_FORMSET_ROWS
        assert (model.objects.count(), Meeting.objects.count()) == before


@pytest.mark.django_db
@pytest.mark.parametrize("target", ["abc", "٣", "plans:board", "https://example.com/"])
def test_a_board_update_with_a_strange_next_address_goes_back_to_the_board(admin, target):
    activity = Activity.objects.filter(plan__slug="psykisk-halsa-och-missbruk-2026").first()
    group = activity.plan.group
    response = admin.post(
        f"/aktiviteter/{activity.pk}/status/",
        {"status": "pagar", "tavla": group.pk, "next": target},
    )
    assert response.status_code == 302
    board = f"/{group.area.slug}/grupper/{group.slug}/motesvy/"
    assert response["Location"] == f"{board}#rad-{activity.pk}"
