"""Processledare manage their own area's structure in the admin, nothing else."""

import pytest
from django.test import Client

from nosam.models import Group, Membership
from tests.conftest import member_user
from tests.factories import AreaFactory, GroupFactory


@pytest.fixture
def processledare(world):
    user = world.users["processledare"]
    user.is_staff = True
    user.save()
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_processledare_sees_and_changes_groups_of_her_area_only(world, processledare):
    elsewhere = GroupFactory(area=AreaFactory(), name="Annat områdes grupp")
    listing = processledare.get("/admin/nosam/group/").content.decode()
    assert world.group.name in listing
    assert elsewhere.name not in listing
    assert processledare.get(f"/admin/nosam/group/{world.group.pk}/change/").status_code == 200
    other = processledare.get(f"/admin/nosam/group/{elsewhere.pk}/change/")
    assert other.status_code in (302, 403, 404)

    response = processledare.post(
        f"/admin/nosam/group/{world.group.pk}/change/",
        {
            "area": world.area.pk,
            "name": "NOSAM Testby (nytt namn)",
            "slug": world.group.slug,
            "kind": "nosam",
            "position": 0,
            "stale_after_weeks": world.group.stale_after_weeks,
            "memberships-TOTAL_FORMS": 0,
            "memberships-INITIAL_FORMS": 0,
        },
    )
    assert response.status_code == 302
    assert Group.objects.get(pk=world.group.pk).name == "NOSAM Testby (nytt namn)"


@pytest.mark.django_db
def test_members_and_outsiders_cannot_manage_the_structure(world):
    for role in ("member", "outsider"):
        user = world.users[role]
        user.is_staff = True
        user.save()
        client = Client()
        client.force_login(user)
        assert client.get("/admin/nosam/group/").status_code == 403
        assert not user.has_perm("nosam.manage_structure", world.area)


@pytest.mark.django_db
def test_manage_structure_rule_follows_the_area(world):
    pl = world.users["processledare"]
    assert pl.has_perm("nosam.manage_structure", world.group)
    assert not pl.has_perm("nosam.manage_structure", GroupFactory())
    other_pl = member_user(GroupFactory(), role=Membership.Role.PROCESS_LEADER)
    assert not other_pl.has_perm("nosam.manage_structure", world.group)
