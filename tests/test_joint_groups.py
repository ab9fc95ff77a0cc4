"""Membership never flows upward, except through a group flagged as joint."""

from datetime import datetime

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from nosam.models import Group, Meeting
from nosam.roles import roles_of
from plans.models import ActivityPlan
from tests.conftest import member_user
from tests.factories import ActivityFactory, ActivityPlanFactory, GroupFactory

User = get_user_model()


def _draft(plan):
    return plan.url("plans:plan_draft")


@pytest.mark.django_db
def test_ledamot_of_nosam_alingsas_may_not_write_the_minutes_of_the_political_group(demo, client):
    meeting = Meeting.objects.filter(groups__slug="politiska-samradsgruppen").first()
    before = (meeting.minutes, meeting.minutes_published)
    client.force_login(User.objects.get(username="ledamot"))

    response = client.post(
        f"/samla/moten/{meeting.pk}/minnesanteckningar/",
        {"minutes": "Skrivet av en ledamot i NOSAM Alingsås", "minutes_published": "on"},
    )

    assert response.status_code in (403, 404)
    meeting.refresh_from_db()
    assert (meeting.minutes, meeting.minutes_published) == before


@pytest.mark.django_db
def test_ledamot_keeps_the_2026_plan_of_the_joint_nosam_and_its_board(demo, client):
    plan = ActivityPlan.objects.get(slug="psykisk-halsa-och-missbruk-2026")
    assert plan.group.is_joint
    client.force_login(User.objects.get(username="ledamot"))
    assert client.get(_draft(plan)).status_code == 200
    assert client.get(f"/samla/grupper/{plan.group.slug}/motesvy/").status_code == 200
    activity = plan.activities.first()
    response = client.post(
        f"/aktiviteter/{activity.pk}/uppfoljning/", {"date": "2026-03-01", "text": "Följt upp"}
    )
    assert response.status_code == 302


@pytest.mark.django_db
def test_ledamot_may_not_open_the_board_of_the_coordination_group(demo, client):
    client.force_login(User.objects.get(username="ledamot"))
    assert client.get("/samla/grupper/samordningsgruppen/motesvy/").status_code == 403
    assert client.get("/samla/grupper/politiska-samradsgruppen/motesvy/").status_code == 403


@pytest.fixture
def tree(db):
    """top > middle > bottom, none of them joint, with a plan on each."""
    top = GroupFactory(name="Överst")
    middle = GroupFactory(area=top.area, parent=top, name="Mitten")
    bottom = GroupFactory(area=top.area, parent=middle, name="Nederst")
    plans = {group.name: ActivityPlanFactory(group=group) for group in (top, middle, bottom)}
    for plan in plans.values():
        ActivityFactory(plan=plan)
    return top, middle, bottom, plans


def test_a_member_of_a_child_group_has_no_rights_on_its_parent_without_the_flag(tree, client):
    top, middle, bottom, plans = tree
    client.force_login(member_user(bottom))
    assert client.get(_draft(plans["Nederst"])).status_code == 200
    assert client.get(_draft(plans["Mitten"])).status_code in (403, 404)
    assert client.get(_draft(plans["Överst"])).status_code in (403, 404)


def test_the_joint_flag_makes_members_of_the_groups_directly_under_it_members(tree, client):
    top, middle, bottom, plans = tree
    Group.objects.filter(pk=middle.pk).update(is_joint=True)
    client.force_login(member_user(bottom))
    assert client.get(_draft(plans["Mitten"])).status_code == 200
    # The flag reaches one level: top is not joint, so nothing flows further up.
    assert client.get(_draft(plans["Överst"])).status_code in (403, 404)


def test_the_joint_flag_applies_recursively_only_through_flagged_groups(tree):
    top, middle, bottom, _ = tree
    user = member_user(bottom)
    Group.objects.filter(pk=top.pk).update(is_joint=True)
    top.refresh_from_db()
    # middle is not joint, so a member of bottom is not a member of middle or top.
    assert not roles_of(user).is_member_of(top)
    Group.objects.filter(pk=middle.pk).update(is_joint=True)
    user = type(user).objects.get(pk=user.pk)
    assert roles_of(user).is_member_of(middle)
    assert roles_of(user).is_member_of(top)


def test_membership_of_a_joint_group_gives_no_rights_on_the_groups_under_it(tree, client):
    top, middle, bottom, plans = tree
    Group.objects.filter(pk=middle.pk).update(is_joint=True)
    client.force_login(member_user(middle))
    assert client.get(_draft(plans["Nederst"])).status_code in (403, 404)


def test_a_meeting_of_the_parent_is_not_a_meeting_of_the_child_members(tree, client):
    top, middle, bottom, _ = tree
    meeting = Meeting.objects.create(
        area=top.area, starts_at=timezone.make_aware(datetime(2026, 3, 3, 13))
    )
    meeting.groups.add(middle)
    client.force_login(member_user(bottom))
    url = f"/{top.area.slug}/moten/{meeting.pk}/minnesanteckningar/"
    assert client.post(url, {"minutes": "Nej", "minutes_published": "on"}).status_code == 404
    Group.objects.filter(pk=middle.pk).update(is_joint=True)
    client.force_login(member_user(bottom))
    assert client.post(url, {"minutes": "Ja"}).status_code == 302


def _meeting_data(*groups):
    return {
        "groups": [group.pk for group in groups],
        "title": "Möte",
        "starts_at": "2026-11-24T13:00",
        "dagordning-TOTAL_FORMS": 0,
        "dagordning-INITIAL_FORMS": 0,
    }


@pytest.mark.django_db
def test_ledamot_cannot_put_a_meeting_on_a_group_above_her_own(demo, client):
    client.force_login(User.objects.get(username="ledamot"))
    political = Group.objects.get(slug="politiska-samradsgruppen")
    alingsas = Group.objects.get(slug="nosam-alingsas")
    before = political.meetings.count()
    response = client.post(
        "/samla/grupper/nosam-alingsas/moten/nytt/", _meeting_data(alingsas, political)
    )
    assert response.status_code == 200  # the form again, with an error
    assert political.meetings.count() == before


@pytest.mark.django_db
def test_ledamot_holds_stor_nosam_with_the_other_nosam_of_the_joint_group(demo, client):
    client.force_login(User.objects.get(username="ledamot"))
    alingsas, lerum = Group.objects.filter(slug__in=["nosam-alingsas", "nosam-lerum"])
    response = client.post(
        "/samla/grupper/nosam-alingsas/moten/nytt/", _meeting_data(alingsas, lerum)
    )
    assert response.status_code == 302
    meeting = Meeting.objects.get(pk=response["Location"].rstrip("/").rsplit("/", 1)[1])
    assert set(meeting.groups.all()) == {alingsas, lerum}


@pytest.mark.django_db
def test_editing_a_meeting_keeps_the_groups_the_editor_may_not_choose(demo, client):
    client.force_login(User.objects.get(username="ledamot"))
    alingsas = Group.objects.get(slug="nosam-alingsas")
    coordination = Group.objects.get(slug="samordningsgruppen")
    meeting = Meeting.objects.create(
        area=alingsas.area, starts_at=timezone.make_aware(datetime(2026, 5, 5, 9))
    )
    meeting.groups.set([alingsas, coordination])
    response = client.post(f"/samla/moten/{meeting.pk}/redigera/", _meeting_data(alingsas))
    assert response.status_code == 302
    assert set(meeting.groups.all()) == {alingsas, coordination}


def test_the_board_offers_updates_only_on_rows_the_viewer_may_follow_up(tree, client):
    top, middle, bottom, plans = tree
    for plan in plans.values():
        plan.year = 2026
        plan.save()
    client.force_login(member_user(middle))
    html = client.get(f"/{top.area.slug}/grupper/{middle.slug}/motesvy/").content.decode()
    own, below = plans["Mitten"].activities.get(), plans["Nederst"].activities.get()
    assert f'hx-get="/aktiviteter/{own.pk}/tavla/"' in html  # its forms on demand
    assert f"rad-{below.pk}" in html  # shown for overview
    assert f'hx-get="/aktiviteter/{below.pk}/tavla/"' not in html
    assert "Uppdateras av Nederst" in html
    # And the forms are refused for the row below, asked for or not.
    refused = client.get(f"/aktiviteter/{below.pk}/tavla/", {"tavla": middle.pk})
    assert refused.status_code in (403, 404)


@pytest.mark.django_db
def test_ledamot_cannot_hold_a_meeting_of_the_other_nosam_alone(demo, client):
    """Found from outside: the joint group lent its other groups as well."""
    client.force_login(User.objects.get(username="ledamot"))
    lerum = Group.objects.get(slug="nosam-lerum")
    lerum_target_group = lerum.children.first()
    before = Meeting.objects.count()
    for groups in ([lerum], [lerum, lerum_target_group]):
        response = client.post("/samla/grupper/nosam-alingsas/moten/nytt/", _meeting_data(*groups))
        assert response.status_code == 200
        assert "Välj minst en av dina egna grupper" in response.content.decode()
    assert Meeting.objects.count() == before


@pytest.mark.django_db
def test_ledamot_cannot_hold_a_meeting_she_could_not_open(demo, client):
    """Found from outside: a meeting of her group's target group alone was
    saved, and then hidden from her (404)."""
    client.force_login(User.objects.get(username="ledamot"))
    alingsas = Group.objects.get(slug="nosam-alingsas")
    target_group = alingsas.children.first()
    before = Meeting.objects.count()
    response = client.post("/samla/grupper/nosam-alingsas/moten/nytt/", _meeting_data(target_group))
    assert response.status_code == 200
    assert Meeting.objects.count() == before
    response = client.post(
        "/samla/grupper/nosam-alingsas/moten/nytt/", _meeting_data(alingsas, target_group)
    )
    assert response.status_code == 302
    assert client.get(response["Location"]).status_code == 200
