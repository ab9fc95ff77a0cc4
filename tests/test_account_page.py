"""Mina sidor offers only what the rules allow: no button that leads to 403."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from nosam.models import Membership
from tests.factories import UserFactory
from tests.factories.nosam import GroupFactory, MembershipFactory, PersonFactory


def _process_leader(client, group, **dates):
    user = UserFactory()
    MembershipFactory(
        group=group,
        person=PersonFactory(user=user),
        role=Membership.Role.PROCESS_LEADER,
        **dates,
    )
    client.force_login(user)
    return user


def _start_links(area) -> list[str]:
    return [
        reverse("plans:plan_create", kwargs={"area": area.slug}),
        reverse("plans:word_import", kwargs={"area": area.slug}),
    ]


@pytest.mark.django_db
def test_processledare_sees_the_buttons_to_start_a_plan_and_they_open(client):
    group = GroupFactory()
    _process_leader(client, group)
    page = client.get("/konto/").content.decode()
    for url in _start_links(group.area):
        assert f'href="{url}"' in page
        assert client.get(url).status_code == 200


@pytest.mark.django_db
def test_former_processledare_sees_no_button_that_would_be_refused(client):
    group = GroupFactory()
    today = timezone.localdate()
    _process_leader(
        client, group, starts_on=today - timedelta(days=400), ends_on=today - timedelta(days=30)
    )
    page = client.get("/konto/").content.decode()
    assert group.name in page  # the membership is still listed, with its role
    for url in _start_links(group.area):
        assert url not in page
        assert client.get(url).status_code == 403
