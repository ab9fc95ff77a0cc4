"""Mina sidor as each member's start page: her activities that need her, her
groups' next meetings, what changed since she last looked, and which
reminders she wants. Time is moved with time-machine."""

import json
from datetime import date, datetime, timedelta

import pytest
import time_machine
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from nosam.models import Meeting, Membership, Person
from plans.models import FollowUp, Status
from reminders.models import Kind, OptOut
from tests.factories import (
    ActivityFactory,
    ActivityPlanFactory,
    GroupFactory,
    MembershipFactory,
    PersonFactory,
    UserFactory,
    publish,
)
from tests.factories.nosam import TEST_PASSWORD
from tests.helpers import assert_queries_do_not_grow, squash

pytestmark = pytest.mark.django_db


def _at(moment: str):
    return time_machine.travel(timezone.make_aware(datetime.fromisoformat(moment)), tick=False)


@pytest.fixture
def world():
    """Åsa sits in NOSAM Rby; the group answers for the plan's activities."""
    group = GroupFactory(name="NOSAM Rby", short_name="Rby", stale_after_weeks=8)
    user = UserFactory(first_name="Åsa", last_name="Ansvarig")
    person = PersonFactory(name="Åsa Ansvarig", user=user)
    MembershipFactory(group=group, person=person, role=Membership.Role.MEMBER)
    plan = ActivityPlanFactory(group=group, year=2026)
    return group, user, person, plan


def _owned(plan, group, **fields):
    activity = ActivityFactory(plan=plan, **fields)
    activity.owner_groups.add(group)
    return activity


def _section(page: str, element_id: str) -> str:
    """The HTML from the element with this id up to the next element with an id."""
    start = page.index(f' id="{element_id}"')
    end = page.find(' id="', start + 1)
    return page[start : end if end != -1 else None]


def _page(client) -> str:
    response = client.get("/konto/")
    assert response.status_code == 200
    return squash(response.content)


def test_my_activities_are_sorted_into_overdue_due_soon_and_without_follow_up(client, world):
    group, user, person, plan = world
    overdue = _owned(plan, group, what="Psykiatrins dag", deadline="2026-10-06")
    soon = _owned(plan, group, what="Utbildningsdag", deadline="2026-11-20")
    later = _owned(plan, group, what="Årsmöte", deadline="Dec 2026")
    FollowUp.objects.create(activity=later, date=date(2026, 10, 20), text="Lokal bokad")
    FollowUp.objects.create(activity=soon, date=date(2026, 8, 1), text="Inbjudan skickad")
    _owned(plan, group, what="Genomförd sak", deadline="2026-09-01", status=Status.DONE)
    paused = _owned(plan, group, what="Pausad sak", deadline="Dec 2026", status=Status.PAUSED)
    ActivityFactory(plan=plan, what="Någon annans", deadline="2026-09-01")  # not hers
    client.force_login(user)
    with _at("2026-11-02 09:00"):
        page = _page(client)
    passed = _section(page, "passerad-deadline")
    assert overdue.title in passed and "2026-10-06" in passed
    assert soon.title not in passed and later.title not in passed
    due = _section(page, "deadline-snart")
    assert soon.title in due and "2026-11-20" in due
    assert later.title not in due  # ends 31 December: more than 30 days ahead
    stale = _section(page, "utan-uppfoljning")
    # 8 weeks is the group's limit: "soon" was followed up 13 weeks ago, "overdue" never.
    assert soon.title in stale and "Ingen uppföljning på 13 veckor" in stale
    assert overdue.title in stale and "Aldrig uppföljd" in stale
    assert later.title not in stale and paused.title not in stale
    assert "Genomförd sak" not in page and "Någon annans" not in page
    assert f'href="{overdue.get_absolute_url()}"' in page
    assert "Ej angiven" in passed and 'class="status status-ej-angiven"' in passed  # text and icon


def test_the_groups_limit_decides_what_counts_as_not_followed_up(client, world):
    group, user, person, plan = world
    activity = _owned(plan, group, what="Samverkansdag", deadline="Dec 2026")
    FollowUp.objects.create(activity=activity, date=date(2026, 9, 1), text="Start")
    client.force_login(user)
    with _at("2026-11-02 09:00"):  # nine weeks later
        assert activity.title in _section(_page(client), "utan-uppfoljning")
        group.stale_after_weeks = 10
        group.save()
        assert activity.title not in _section(_page(client), "utan-uppfoljning")


def test_next_meetings_of_my_groups_link_the_board_i_may_open(client, world):
    group, user, person, plan = world
    other = GroupFactory(area=group.area, name="Annan grupp")
    with _at("2026-11-02 09:00"):
        now = timezone.now()
        past = Meeting.objects.create(area=group.area, starts_at=now - timedelta(days=3))
        later = Meeting.objects.create(area=group.area, starts_at=now + timedelta(days=40))
        first = Meeting.objects.create(
            area=group.area, starts_at=now + timedelta(days=9), place="Stadshuset"
        )
        for meeting in (past, later, first):
            meeting.groups.add(group)
        elsewhere = Meeting.objects.create(area=group.area, starts_at=now + timedelta(days=1))
        elsewhere.groups.add(other)
        client.force_login(user)
        page = _page(client)
        board = reverse("plans:board", args=[group.area.slug, group.slug])
        assert f'href="{first.get_absolute_url()}"' in page
        assert "2026-11-11 09:00" in page and "Stadshuset" in page
        assert later.get_absolute_url() not in page and past.get_absolute_url() not in page
        assert elsewhere.get_absolute_url() not in page
        assert f'href="{board}"' in page and client.get(board).status_code == 200
        other_board = reverse("plans:board", args=[other.area.slug, other.slug])
        assert other_board not in page


def test_a_seat_that_has_ended_lists_no_meeting_and_no_board(client, world):
    group, user, person, plan = world
    Membership.objects.filter(person=person).update(ends_on=date(2026, 6, 30))
    client.force_login(user)
    with _at("2026-11-02 09:00"):
        meeting = Meeting.objects.create(
            area=group.area, starts_at=timezone.now() + timedelta(days=5)
        )
        meeting.groups.add(group)
        page = _page(client)
    assert meeting.get_absolute_url() not in page
    assert reverse("plans:board", args=[group.area.slug, group.slug]) not in page
    assert "Du sitter inte i någon grupp just nu." in page


def test_what_changed_since_i_last_looked_and_it_survives_a_reload(world):
    group, user, person, plan = world
    with _at("2026-09-01 10:00"):
        activity = _owned(plan, group, what="Samverkansdag", deadline="Dec 2026")
        FollowUp.objects.create(activity=activity, text="Gammal uppföljning")
    with _at("2026-10-20 10:00"):
        FollowUp.objects.create(activity=activity, text="Ny uppföljning")
        activity.status = Status.IN_PROGRESS
        activity.save()
    first = Client()
    first.force_login(user)
    with _at("2026-11-02 09:00"):
        page = _page(first)
        assert "Första besöket" in page
        assert "Ny uppföljning" in page and "Gammal uppföljning" not in page  # 30 days back
        assert "Ej angiven → Pågår" in page
    person.refresh_from_db()
    assert person.account_seen_at == timezone.make_aware(datetime(2026, 11, 2, 9, 0))
    with _at("2026-11-02 09:30"):
        again = _page(first)  # a reload in the same session shows the same
    assert "Ny uppföljning" in again and "Ej angiven → Pågår" in again
    with _at("2026-11-03 08:00"):
        FollowUp.objects.create(activity=activity, text="Efter förra besöket")
        publish(plan, note="Ny version i november")
        minutes = Meeting.objects.create(
            area=group.area,
            starts_at=timezone.now() - timedelta(days=1),
            minutes="Anteckningar",
            minutes_published=True,
            minutes_published_at=timezone.now(),
        )
        minutes.groups.add(group)
    second = Client()  # the next session: since her latest look (09:30 yesterday)
    second.force_login(user)
    with _at("2026-11-04 09:00"):
        page = _page(second)
    assert "Första besöket" not in page and "2026-11-02 09:30" in page
    assert "Efter förra besöket" in page
    assert "Ny uppföljning" not in page and "Ej angiven → Pågår" not in page
    assert "Ny version" in page and "Ny version i november" in page
    assert f'href="{plan.versions.get().get_absolute_url()}"' in page
    assert "Minnesanteckningar" in page and f'href="{minutes.get_absolute_url()}"' in page


def test_changes_in_groups_i_do_not_sit_in_are_not_mine(client, world):
    group, user, person, plan = world
    other_plan = ActivityPlanFactory(group=GroupFactory(area=group.area), year=2026)
    with _at("2026-10-20 10:00"):
        FollowUp.objects.create(
            activity=ActivityFactory(plan=other_plan), text="Intern uppföljning hos andra"
        )
    client.force_login(user)
    with _at("2026-11-02 09:00"):
        page = _page(client)
    assert "Intern uppföljning hos andra" not in page and "Inget nytt" in page


def _preferences_page(client) -> str:
    return client.get("/konto/").content.decode()


def _checked(page: str, kind: Kind) -> bool:
    start = page.index(f'name="paminnelse-{kind.value}"')
    tag = page[page.rindex("<input", 0, start) : page.index(">", start)]
    return "checked" in tag


def test_every_reminder_kind_is_on_until_turned_off_and_stays_off(client, world):
    group, user, person, plan = world
    client.force_login(user)
    page = _preferences_page(client)
    assert all(_checked(page, kind) for kind in Kind)
    for kind in Kind:
        assert kind.label in page
    assert "Skickas bara till processledare" in page and "Du är inte processledare" in page
    wanted = {f"paminnelse-{k.value}": "on" for k in Kind if k != Kind.STALE}
    response = client.post(reverse("reminders:preferences"), wanted, follow=True)
    assert response.redirect_chain[-1][0] == "/konto/#paminnelser"
    assert "Sparat" in response.content.decode()
    assert set(OptOut.objects.filter(person=person).values_list("kind", flat=True)) == {Kind.STALE}
    page = _preferences_page(client)
    assert not _checked(page, Kind.STALE) and _checked(page, Kind.DEADLINE)
    client.post(reverse("reminders:preferences"), wanted)  # saving again changes nothing
    assert OptOut.objects.filter(person=person).count() == 1
    all_on = {f"paminnelse-{k.value}": "on" for k in Kind}
    client.post(reverse("reminders:preferences"), all_on)
    assert not OptOut.objects.filter(person=person).exists()


def test_saving_with_htmx_announces_sparat_and_redraws_nothing(client, world):
    group, user, person, plan = world
    client.force_login(user)
    response = client.post(reverse("reminders:preferences"), {}, headers={"HX-Request": "true"})
    assert response.status_code == 204
    assert json.loads(response.headers["HX-Trigger"]) == {"samla:notice": {"text": "Sparat"}}
    assert OptOut.objects.filter(person=person).count() == len(Kind)


def test_processledare_is_not_told_the_weekly_summary_is_not_for_her(client, world):
    group, user, person, plan = world
    Membership.objects.filter(person=person).update(role=Membership.Role.PROCESS_LEADER)
    client.force_login(user)
    page = _preferences_page(client)
    assert "Skickas bara till processledare" in page and "Du är inte processledare" not in page


def test_the_preferences_only_take_a_post(client, world):
    client.force_login(world[1])
    assert client.get(reverse("reminders:preferences")).status_code == 405


def test_an_account_without_a_person_gets_a_working_page(client):
    admin = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(admin)
    page = _page(client)
    assert "Inget eget arbete" in page
    assert "Mina aktiviteter" not in page and "Påminnelser per e-post" not in page
    response = client.post(reverse("reminders:preferences"), {}, follow=True)
    assert response.status_code == 200
    assert "inte kopplat till någon person" in response.content.decode()
    assert not Person.objects.exists()


def test_login_without_next_lands_on_mina_sidor(client, world):
    group, user, person, plan = world
    response = client.post(reverse("login"), {"username": user.username, "password": TEST_PASSWORD})
    assert response.status_code == 302 and response.url == "/konto/"
    assert client.get(response.url).status_code == 200


def test_the_page_asks_the_same_queries_for_5_or_50_activities(client, world):
    group, user, person, plan = world
    other_plan = ActivityPlanFactory(group=group, year=2026, target_group=None)

    def add(count: int, start: int):
        with _at("2026-10-20 10:00"):
            for i in range(start, start + count):
                activity = _owned(
                    plan if i % 2 else other_plan, group, deadline=f"2026-11-{i % 28 + 1:02d}"
                )
                FollowUp.objects.create(activity=activity, date=date(2026, 8, 1), text=f"F {i}")
                activity.status = Status.DELAYED
                activity.save()
                meeting = Meeting.objects.create(
                    area=group.area,
                    starts_at=timezone.now() + timedelta(days=20 + i),
                    minutes_published=True,
                    minutes_published_at=timezone.now(),
                )
                meeting.groups.add(group)
            publish(plan if start else other_plan)

    add(5, 0)
    client.force_login(user)
    with _at("2026-11-02 09:00"):
        _page(client)  # the first view of the session stores its "since"

        def fetch():
            return client.get("/konto/")

        def grow():
            add(45, 5)

        count = assert_queries_do_not_grow(fetch, grow)
        page = _page(client)
    assert "Du är ansvarig för 50 pågående aktiviteter" in page
    assert "Visar de 50 senaste av 152 ändringar" in page and "status-forsenad" in page
    assert count < 40
