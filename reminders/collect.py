"""What is due today: who should be reminded of what, and why.

Built without sending anything, so ``send_reminders --dry-run`` and the real
run read the same list. Each item carries a key that names the thing and the
occasion; the sender records it, and an item recorded once is never due again.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.conf import settings
from django.db.models import Max, Prefetch
from django.urls import reverse
from django.utils import timezone

from nosam.models import Area, Group, Meeting, Membership, Person
from nosam.selectors import GroupHierarchy, current_seats
from plans.board import Board, board_activities
from plans.models import Activity, FollowUp, Status
from plans.owners import current_plans, open_activities, owned_by, without_owner
from reminders.models import Kind, OptOut, SentReminder
from samla.patient_data import find_personal_numbers

# A reminder missed (the job did not run that day) is still sent this many days late.
PASSED_GRACE = timedelta(days=7)
QUIET = {Status.PAUSED}  # paused work needs no follow-up
HIDDEN = "(texten visas inte i e-post, öppna portalen för att läsa den)"


def safe(text: str) -> str:
    """Text for an e-mail: never a personal identity number, even one stored
    past the guard (an old row, a direct database edit)."""
    return HIDDEN if find_personal_numbers(text or "") else (text or "")


def absolute(path: str) -> str:
    return settings.PORTAL_URL.rstrip("/") + path


@dataclass
class Item:
    key: str
    reason: str
    url: str = ""
    detail: str = ""


@dataclass
class Due:
    """One e-mail: a kind of reminder for a person, with what it is about."""

    person: Person
    kind: Kind
    subject: str
    items: list[Item]
    context: dict = field(default_factory=dict)


def _activity_item(activity: Activity, key: str, reason: str) -> Item:
    plan = activity.plan
    where = plan.target_group_display or plan.group.name
    return Item(
        key=f"activity:{activity.pk}:{key}",
        reason=safe(f"{reason}: {activity.title}"),
        url=absolute(activity.get_absolute_url()),
        detail=safe(f"{where}, {plan.full_title}"),
    )


def _people_with_email(ids) -> dict[int, Person]:
    return {p.pk: p for p in Person.objects.filter(pk__in=ids).exclude(email="")}


def _seated(today: date):
    """Everyone seated today who has an e-mail address."""
    return current_seats(today).exclude(person__email="")


def deadline_items(today: date) -> dict[int, list[Item]]:
    """Per person: deadlines N days ahead (the area's N), and deadlines just passed.

    A deadline is the end of its interval: "Våren 2026" ends on 30 June.
    "Över tid" has no end and reminds no one; nor does text that cannot be read.
    """
    found: dict[int, list[Item]] = defaultdict(list)
    activities = open_activities(today).select_related("plan__group__area", "plan__target_group")
    for person in Person.objects.filter(pk__in=_seated(today).values("person")).exclude(email=""):
        for activity in activities.filter(owned_by(person, today)).distinct():
            end = activity.deadline.end if activity.deadline else None
            if end is None:
                continue
            ahead = activity.plan.group.area.reminder_days_before_deadline
            if end - timedelta(days=ahead) <= today <= end:
                days = (end - today).days
                when = "i dag" if days == 0 else f"om {days} dagar"
                found[person.pk].append(
                    _activity_item(
                        activity,
                        f"deadline-before:{end.isoformat()}",
                        f"Deadline {end.isoformat()} ({when})",
                    )
                )
            elif end < today <= end + PASSED_GRACE:
                found[person.pk].append(
                    _activity_item(
                        activity,
                        f"deadline-passed:{end.isoformat()}",
                        f"Deadline passerade {end.isoformat()}",
                    )
                )
    return found


def _last_follow_up(activity_ids) -> dict[int, date]:
    rows = (
        FollowUp.objects.filter(activity__in=activity_ids)
        .values("activity")
        .annotate(last=Max("date"))
        .values_list("activity", "last")
    )
    return dict(rows)


def stale_since(activity: Activity, last: date | None) -> date:
    """From when an activity counts as not followed up: its latest follow-up,
    or the start of its plan's year if it never had one."""
    return last or date(activity.plan.year, 1, 1)


def stale_items(today: date) -> dict[int, list[Item]]:
    """Per person: open activities without a follow-up within their group's limit."""
    found: dict[int, list[Item]] = defaultdict(list)
    activities = open_activities(today).exclude(status__in=QUIET)
    activities = activities.select_related("plan__group", "plan__target_group")
    last = _last_follow_up(activities.values("pk"))
    for person in Person.objects.filter(pk__in=_seated(today).values("person")).exclude(email=""):
        for activity in activities.filter(owned_by(person, today)).distinct():
            since = stale_since(activity, last.get(activity.pk))
            limit = timedelta(weeks=activity.plan.group.stale_after_weeks)
            if today - since <= limit:
                continue
            weeks = (today - since).days // 7
            reason = (
                f"Ingen uppföljning på {weeks} veckor"
                if activity.pk in last
                else f"Aldrig uppföljd ({weeks} veckor sedan årets början)"
            )
            found[person.pk].append(
                _activity_item(activity, f"stale-since:{since.isoformat()}", reason)
            )
    return found


def _local_day(moment: datetime) -> date:
    return timezone.localtime(moment).date()


def digest_dues(today: date) -> list[Due]:
    """Before each meeting (the area's N days ahead): every member of its
    groups gets its agenda, what is overdue, what changed since the last
    meeting, and the board. Meetings already begun send nothing."""
    start = timezone.make_aware(datetime.combine(today, time.min))
    horizon = start + timedelta(days=31)
    meetings = (
        Meeting.objects.filter(starts_at__gte=start, starts_at__lt=horizon)
        .select_related("area")
        .prefetch_related("groups", "agenda_items__activity")
        .order_by("starts_at")
    )
    dues = []
    for meeting in meetings:
        day = _local_day(meeting.starts_at)
        if not (day - timedelta(days=meeting.area.digest_days_before_meeting) <= today < day):
            continue
        groups = list(meeting.groups.all())
        member_groups = GroupHierarchy.of(meeting.area_id).joint_below(g.pk for g in groups)
        seats = _seated(today).filter(group__in=member_groups)
        people = _people_with_email(seats.values("person"))
        if not people:
            continue
        context = _digest_context(meeting, groups)
        for person in sorted(people.values(), key=lambda p: p.pk):
            dues.append(
                Due(
                    person,
                    Kind.DIGEST,
                    safe(f"Inför mötet {day.isoformat()}: {meeting.display_title}"),
                    [Item(f"meeting:{meeting.pk}:{day.isoformat()}", f"Möte {day.isoformat()}")],
                    context,
                )
            )
    return dues


def _digest_context(meeting: Meeting, groups: list[Group]) -> dict:
    boards = []
    for group in groups:
        board = Board.build(group, board_activities(group, _local_day(meeting.starts_at)))
        boards.append(
            {
                "group": group.name,
                "url": absolute(reverse("plans:board", args=[group.area.slug, group.slug])),
                "overdue": [
                    Item("", safe(row.title), absolute(row.url))
                    for row in board.rows
                    if row.overdue
                ],
                "since": [
                    Item("", safe(f"{item.activity.title}: {item.text}"), absolute(row_url))
                    for item in board.since[:20]
                    for row_url in [item.activity.get_absolute_url()]
                ],
            }
        )
    return {
        "meeting": {
            "title": safe(meeting.display_title),
            "when": timezone.localtime(meeting.starts_at).strftime("%Y-%m-%d %H:%M"),
            "place": safe(meeting.location_text),
            "url": absolute(meeting.get_absolute_url()),
        },
        "agenda": [safe(item.title) for item in meeting.agenda_items.all()],
        "boards": boards,
    }


def weekly_dues(today: date) -> list[Due]:
    """For each processledare, once a week (the first run from Monday on):
    plans not updated within the limit, overdue activities without a
    follow-up since the deadline, and activities without a linked owner."""
    year, week, _ = today.isocalendar()
    leaders = _seated(today).filter(role=Membership.Role.PROCESS_LEADER)
    areas: dict[int, set[int]] = defaultdict(set)
    for person_id, area_id in leaders.values_list("person_id", "group__area_id"):
        areas[person_id].add(area_id)
    people = _people_with_email(areas)
    summaries = {
        area.pk: _area_summary(area, today)
        for area in Area.objects.filter(pk__in={a for ids in areas.values() for a in ids})
    }
    dues = []
    for person_id, area_ids in sorted(areas.items()):
        if person_id not in people:
            continue
        parts = [summaries[a] for a in sorted(area_ids)]
        dues.append(
            Due(
                people[person_id],
                Kind.WEEKLY,
                f"Veckosammanfattning vecka {week}",
                [Item(f"week:{year}-W{week:02d}", f"Vecka {week} {year}")],
                {"areas": parts, "week": week, "year": year},
            )
        )
    return dues


def _area_summary(area: Area, today: date) -> dict:
    plans = list(
        current_plans(today)
        .filter(group__area=area)
        .select_related("group", "target_group")
        .prefetch_related(
            Prefetch("activities", queryset=Activity.objects.prefetch_related("follow_ups"))
        )
    )
    not_updated, overdue = [], []
    for plan in plans:
        limit = timedelta(weeks=plan.group.stale_after_weeks)
        activities = list(plan.activities.all())
        dates = [f.date for a in activities for f in a.follow_ups.all()]
        if not dates or today - max(dates) > limit:
            last = max(dates).isoformat() if dates else "aldrig"
            not_updated.append(
                Item(
                    "",
                    safe(f"{plan.full_title} (senaste uppföljning: {last})"),
                    absolute(plan.get_absolute_url()),
                )
            )
        for activity in activities:
            if activity.status in (Status.DONE, Status.CANCELLED) or not activity.deadline:
                continue
            end = activity.deadline.end
            if end is None or end >= today:
                continue
            if any(f.date > end for f in activity.follow_ups.all()):
                continue
            overdue.append(_activity_item(activity, "", f"Deadline {end.isoformat()}"))
    ownerless = without_owner(open_activities(today).filter(plan__group__area=area))
    ownerless = ownerless.select_related("plan__group", "plan__target_group")
    return {
        "area": area.name,
        "not_updated": not_updated,
        "overdue": overdue,
        "without_owner": [
            _activity_item(activity, "", "Ingen länkad ansvarig") for activity in ownerless
        ],
    }


def due_today(today: date | None = None) -> list[Due]:
    """Everything due today that was not sent before and that its person wants."""
    today = today or timezone.localdate()
    dues = []
    for kind, per_person, subject in (
        (Kind.DEADLINE, deadline_items(today), "Påminnelse: deadline"),
        (Kind.STALE, stale_items(today), "Påminnelse: uppföljning saknas"),
    ):
        people = _people_with_email(per_person)
        for person_id, items in sorted(per_person.items()):
            if person_id in people:
                dues.append(Due(people[person_id], kind, subject, items))
    dues += digest_dues(today)
    dues += weekly_dues(today)
    return _wanted(_unsent(dues))


def _unsent(dues: list[Due]) -> list[Due]:
    sent = set(
        SentReminder.objects.filter(person__in={d.person.pk for d in dues}).values_list(
            "person_id", "kind", "key"
        )
    )
    kept = []
    for due in dues:
        due.items = [i for i in due.items if (due.person.pk, due.kind, i.key) not in sent]
        if due.items:
            kept.append(due)
    return kept


def _wanted(dues: list[Due]) -> list[Due]:
    off = set(OptOut.objects.values_list("person_id", "kind"))
    return [due for due in dues if (due.person.pk, due.kind) not in off]
