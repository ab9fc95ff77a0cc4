"""Reminders: who is reminded of what, on which days, and never twice.

Time is moved with time-machine; e-mail goes to Django's in-memory outbox here
(tests/test_reminders_mail.py delivers to a real SMTP server)."""

from datetime import date, datetime
from io import StringIO

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from nosam.models import Meeting, Membership
from plans.models import Activity, FollowUp, Status
from reminders.collect import deadline_items, digest_dues, due_today, stale_items, weekly_dues
from reminders.models import Kind, OptOut, SentReminder
from reminders.services import reminders_send
from tests.factories import (
    ActivityFactory,
    ActivityPlanFactory,
    AreaFactory,
    GroupFactory,
    MembershipFactory,
    PersonFactory,
)

NUMBER = "811218-9876"  # Skatteverket's example personnummer


def _at(day: str):
    """Travel to 08:00 Stockholm time on ``day`` (the daily run's hour)."""
    moment = timezone.make_aware(datetime.fromisoformat(f"{day} 08:00"))
    return time_machine.travel(moment, tick=False)


@pytest.fixture
def setup(db):
    area = AreaFactory(name="Område R")
    group = GroupFactory(area=area, name="NOSAM Rby")
    owner = PersonFactory(name="Åsa Ansvarig", email="asa@example.se")
    MembershipFactory(group=group, person=owner, role=Membership.Role.MEMBER)
    plan = ActivityPlanFactory(group=group, year=2026)
    activity = ActivityFactory(plan=plan, what="Samverkansdag", deadline="Våren 2026")
    activity.owner_groups.add(group)
    FollowUp.objects.create(activity=activity, date=date(2026, 3, 1), text="Planering klar")
    return area, group, owner, activity


def _items(found, person):
    return [item.key for item in found.get(person.pk, [])]


def test_a_deadline_reminds_fourteen_days_before_and_the_day_after(setup):
    area, group, owner, activity = setup
    before = f"activity:{activity.pk}:deadline-before:2026-06-30"
    passed = f"activity:{activity.pk}:deadline-passed:2026-06-30"
    for day, expected in [
        (date(2026, 6, 15), []),  # "Våren 2026" ends 30 June: 16 June is 14 days before
        (date(2026, 6, 16), [before]),
        (date(2026, 6, 30), [before]),  # still in the window if a run was missed
        (date(2026, 7, 1), [passed]),
        (date(2026, 7, 9), []),  # too late to tell anyone
    ]:
        assert _items(deadline_items(day), owner) == expected, day


def test_an_area_sets_how_many_days_before(setup):
    area, group, owner, activity = setup
    area.reminder_days_before_deadline = 3
    area.save()
    assert _items(deadline_items(date(2026, 6, 26)), owner) == []
    assert len(_items(deadline_items(date(2026, 6, 27)), owner)) == 1


def test_over_tid_never_reminds_and_done_work_neither(setup):
    area, group, owner, activity = setup
    Activity.objects.filter(pk=activity.pk).update(deadline="Över tid")
    days = [date(2026, m, d) for m in range(1, 13) for d in (1, 15, 28)]
    assert not any(_items(deadline_items(day), owner) for day in days)
    Activity.objects.filter(pk=activity.pk).update(deadline="Våren 2026", status=Status.DONE)
    assert _items(deadline_items(date(2026, 6, 16)), owner) == []
    assert _items(stale_items(date(2026, 6, 16)), owner) == []


def test_no_follow_up_within_the_groups_limit_reminds_once_per_lapse(setup):
    area, group, owner, activity = setup
    # Followed up 1 March; the limit is 8 weeks (56 days): stale from 27 April.
    assert _items(stale_items(date(2026, 4, 26)), owner) == []
    key = f"activity:{activity.pk}:stale-since:2026-03-01"
    assert _items(stale_items(date(2026, 4, 27)), owner) == [key]
    group.stale_after_weeks = 12
    group.save()
    assert _items(stale_items(date(2026, 4, 27)), owner) == []
    assert _items(stale_items(date(2026, 5, 25)), owner) == [key]
    FollowUp.objects.create(activity=activity, date=date(2026, 5, 20), text="Ny uppföljning")
    assert _items(stale_items(date(2026, 5, 25)), owner) == []


def test_paused_activities_need_no_follow_up(setup):
    area, group, owner, activity = setup
    Activity.objects.filter(pk=activity.pk).update(status=Status.PAUSED)
    assert _items(stale_items(date(2026, 6, 1)), owner) == []


def test_only_owners_are_reminded_and_links_count_three_ways(setup):
    area, group, owner, activity = setup
    other = PersonFactory(name="Ingen ägare")
    MembershipFactory(group=GroupFactory(area=area), person=other)
    day = date(2026, 6, 16)
    assert _items(deadline_items(day), other) == []
    activity.owner_groups.clear()
    assert _items(deadline_items(day), owner) == []
    activity.owner_people.add(owner)
    assert len(_items(deadline_items(day), owner)) == 1
    activity.owner_people.clear()
    seat = owner.memberships.get()
    organisation = activity.plan.group.area.organisations.create(name="Socialtjänst Rby")
    seat.organisation = organisation
    seat.save()
    activity.owner_organisations.add(organisation)
    assert len(_items(deadline_items(day), owner)) == 1


def test_a_member_who_left_the_group_gets_nothing(setup):
    area, group, owner, activity = setup
    meeting = Meeting.objects.create(
        area=area, starts_at=timezone.make_aware(datetime(2026, 6, 20, 13))
    )
    meeting.groups.add(group)
    assert digest_dues(date(2026, 6, 17))
    owner.memberships.update(ends_on=date(2026, 5, 31))
    assert _items(deadline_items(date(2026, 6, 16)), owner) == []
    assert _items(stale_items(date(2026, 6, 16)), owner) == []
    assert digest_dues(date(2026, 6, 17)) == []


def test_the_meeting_digest_goes_out_the_areas_days_before_only(setup):
    area, group, owner, activity = setup
    meeting = Meeting.objects.create(
        area=area, starts_at=timezone.make_aware(datetime(2026, 5, 20, 13))
    )
    meeting.groups.add(group)
    meeting.agenda_items.create(title="Läget i planen", activity=activity)
    assert digest_dues(date(2026, 5, 16)) == []
    dues = digest_dues(date(2026, 5, 17))  # three days before, the default
    assert [(d.person, d.kind) for d in dues] == [(owner, Kind.DIGEST)]
    assert dues[0].context["agenda"] == ["Läget i planen"]
    assert digest_dues(date(2026, 5, 20)) == []  # the day itself: too late


def test_the_weekly_summary_is_for_processledare_once_a_week(setup):
    area, group, owner, activity = setup
    leader = PersonFactory(name="Lena Ledare", email="lena@example.se")
    MembershipFactory(
        group=GroupFactory(area=area), person=leader, role=Membership.Role.PROCESS_LEADER
    )
    unowned = ActivityFactory(plan=activity.plan, what="Ingen har den", deadline="Mars 2026")
    dues = weekly_dues(date(2026, 4, 6))
    assert [d.person for d in dues] == [leader]
    summary = dues[0].context["areas"][0]
    assert [i.reason for i in summary["without_owner"]] == [
        f"Ingen länkad ansvarig: {unowned.title}"
    ]
    assert [i.reason for i in summary["overdue"]] == [f"Deadline 2026-03-31: {unowned.title}"]
    assert dues[0].items[0].key == "week:2026-W15"


def test_a_run_sends_and_a_second_run_sends_nothing(setup):
    area, group, owner, activity = setup
    with _at("2026-06-16"):
        first = reminders_send()
        second = reminders_send()
    assert first.queued == 2  # the deadline and the missing follow-up
    assert second.queued == 0 and second.due == []
    assert sorted(m.subject for m in mail.outbox) == [
        "Påminnelse: deadline",
        "Påminnelse: uppföljning saknas",
    ]
    assert SentReminder.objects.filter(person=owner, sent_at__isnull=False).count() == 2
    with _at("2026-06-17"):
        assert reminders_send().queued == 0


def test_turned_off_kinds_are_not_sent(setup):
    area, group, owner, activity = setup
    OptOut.objects.create(person=owner, kind=Kind.STALE)
    with _at("2026-06-16"):
        reminders_send()
    assert [m.subject for m in mail.outbox] == ["Påminnelse: deadline"]


def test_no_personal_number_reaches_a_message_even_one_stored_past_the_guard(setup):
    area, group, owner, activity = setup
    # Written past the model's guard, as a direct database edit would.
    Activity.objects.filter(pk=activity.pk).update(what=f"Samtal med {NUMBER}")
    FollowUp.objects.filter(activity=activity).update(text=f"Ring {NUMBER}")
    meeting = Meeting.objects.create(
        area=area, starts_at=timezone.make_aware(datetime(2026, 6, 18, 13))
    )
    meeting.groups.add(group)
    meeting.agenda_items.create(title="Ärende")
    meeting.agenda_items.update(title=f"Ärende {NUMBER}")
    with _at("2026-06-16"):
        reminders_send()
    assert len(mail.outbox) == 3
    for message in mail.outbox:
        whole = message.subject + message.body + message.alternatives[0][0]
        assert "811218" not in whole and "9876" not in whole
        assert "texten visas inte i e-post" in whole


def test_people_without_an_address_are_skipped(setup):
    area, group, owner, activity = setup
    owner.email = ""
    owner.save()
    assert due_today(date(2026, 6, 16)) == []


def test_dry_run_lists_who_would_get_what_and_sends_nothing(setup):
    out = StringIO()
    call_command("send_reminders", "--dry-run", "--date", "2026-06-16", stdout=out)
    text = out.getvalue()
    assert "Åsa Ansvarig <asa@example.se> – Deadline närmar sig eller har passerat" in text
    assert "Deadline 2026-06-30 (om 14 dagar): Samverkansdag" in text
    assert "2 e-postmeddelanden skulle skickas" in text
    assert mail.outbox == [] and not SentReminder.objects.exists()


def test_a_bad_date_is_a_swedish_error(setup):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="inget datum"):
        call_command("send_reminders", "--date", "2026-13-40", stdout=StringIO())
    with pytest.raises(CommandError, match="mellan år 2000 och 2100"):
        call_command("send_reminders", "--date", "1900-01-01", stdout=StringIO())


def test_the_demo_dry_run_names_people_and_reasons(demo):
    out = StringIO()
    call_command("send_reminders", "--dry-run", "--date", "2026-12-07", stdout=out)
    text = out.getvalue()
    assert "Lena Arvidsson" in text and "Veckosammanfattning vecka 50" in text
    assert "Provkörning:" in text
    assert mail.outbox == []
