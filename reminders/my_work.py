"""What Mina sidor shows a person: her activities that need her, her groups'
next meetings, and what changed in her groups since she last looked.

Built without HTTP, each part in a fixed number of queries whatever the number
of activities, plans and meetings; the page only lays it out. Staleness is that
of the reminder e-mails (``reminders.collect``), so the page and the mail agree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.db.models import Max, Subquery
from django.utils import timezone

from nosam.models import Group, Meeting, Person
from nosam.selectors import seated_group_ids
from plans.models import Activity, ActivityPlan, FollowUp, PlanVersion, Status
from plans.owners import activities_of, current_plans
from reminders.collect import QUIET, stale_since

DUE_WITHIN = timedelta(days=30)
FIRST_LOOK = timedelta(days=30)  # what "since I last looked" covers on a first visit
MAX_CHANGES = 50


@dataclass(frozen=True)
class ActivityRow:
    activity: Activity
    last_follow_up: date | None
    stale_since: date
    weeks: int  # since the latest follow-up, or since the plan's year began

    @property
    def end(self) -> date | None:
        deadline = self.activity.deadline
        return deadline.end if deadline else None

    @property
    def stale_reason(self) -> str:
        """Worded as the reminder e-mail words it."""
        if self.last_follow_up is None:
            return f"Aldrig uppföljd ({self.weeks} veckor sedan årets början)"
        return f"Ingen uppföljning på {self.weeks} veckor"


@dataclass
class MyActivities:
    """A person's open activities in the current plans that need her: deadline
    passed, deadline within 30 days, no follow-up within her group's limit."""

    overdue: list[ActivityRow] = field(default_factory=list)
    due_soon: list[ActivityRow] = field(default_factory=list)
    stale: list[ActivityRow] = field(default_factory=list)
    total: int = 0

    @classmethod
    def of(cls, person: Person, today: date) -> MyActivities:
        activities = list(
            activities_of(person, today).select_related("plan__group__area", "plan__target_group")
        )
        last = dict(
            FollowUp.objects.filter(activity__in=[a.pk for a in activities])
            .values("activity")
            .annotate(last=Max("date"))
            .values_list("activity", "last")
        )
        found = cls(total=len(activities))
        for activity in activities:
            since = stale_since(activity, last.get(activity.pk))
            row = ActivityRow(activity, last.get(activity.pk), since, (today - since).days // 7)
            deadline = activity.deadline
            if deadline and deadline.has_passed(today):
                found.overdue.append(row)
            elif row.end is not None and row.end <= today + DUE_WITHIN:
                found.due_soon.append(row)
            limit = timedelta(weeks=activity.plan.group.stale_after_weeks)
            if activity.status not in QUIET and today - since > limit:
                found.stale.append(row)
        found.overdue.sort(key=lambda r: (r.end, r.activity.pk))
        found.due_soon.sort(key=lambda r: (r.end, r.activity.pk))
        found.stale.sort(key=lambda r: (r.stale_since, r.activity.pk))
        return found

    def __bool__(self) -> bool:
        return bool(self.overdue or self.due_soon or self.stale)


@dataclass(frozen=True)
class GroupMeeting:
    """One of her groups, with its next meeting (if one is booked)."""

    group: Group
    meeting: Meeting | None


def my_groups(person: Person, today: date) -> list[Group]:
    """The groups she sits in today and the joint groups above them."""
    return list(Group.objects.filter(pk__in=seated_group_ids(person, today)).select_related("area"))


def next_meetings(groups: list[Group], now: datetime) -> list[GroupMeeting]:
    """Each group's next meeting, read in one query (two with their groups)."""
    ids = {group.pk for group in groups}
    upcoming = (
        Meeting.objects.filter(groups__in=ids, starts_at__gte=now)
        .distinct()
        .select_related("area")
        .prefetch_related("groups")
        .order_by("starts_at", "pk")
    )
    first: dict[int, Meeting] = {}
    for meeting in upcoming:
        for group in meeting.groups.all():
            if group.pk in ids:
                first.setdefault(group.pk, meeting)
    return [GroupMeeting(group, first.get(group.pk)) for group in groups]


@dataclass(frozen=True)
class Change:
    when: datetime
    kind: str  # "Uppföljning", "Status", "Ny version", "Minnesanteckningar"
    title: str
    url: str
    where: str
    text: str
    who: str = ""


def _who(user) -> str:
    return (user.get_full_name() or user.username) if user else ""


def _where(plan: ActivityPlan) -> str:
    return plan.target_group_display or plan.group.name


@dataclass
class Changes:
    """What changed in her groups since ``since``: follow-ups and status changes
    of the activities of their current plans (as the board counts them since
    the last meeting), newly published plan versions and published minutes."""

    since: datetime
    first_look: bool
    items: list[Change] = field(default_factory=list)
    total: int = 0

    @classmethod
    def of(cls, groups: list[Group], since: datetime | None, now: datetime, today: date) -> Changes:
        first_look = since is None
        since = since or now - FIRST_LOOK
        ids = [group.pk for group in groups]
        plans = current_plans(today).filter(group__in=ids).values("pk")
        items = [
            *_follow_ups(plans, since),
            *_status_changes(plans, since),
            *_versions(ids, since),
            *_minutes(ids, since),
        ]
        # Nothing from after now (a clock set back, a date entered ahead).
        items = [item for item in items if item.when <= now]
        items.sort(key=lambda item: item.when, reverse=True)
        return cls(since, first_look, items[:MAX_CHANGES], len(items))


def _follow_ups(plans, since: datetime) -> list[Change]:
    follow_ups = FollowUp.objects.filter(
        activity__plan__in=plans, created_at__gte=since
    ).select_related("activity__plan__group", "activity__plan__target_group", "author")
    return [
        Change(
            f.created_at,
            "Uppföljning",
            f.activity.title,
            f.activity.get_absolute_url(),
            _where(f.activity.plan),
            f.text,
            _who(f.author),
        )
        for f in follow_ups
    ]


def _status_changes(plans, since: datetime) -> list[Change]:
    """Status changes recorded since ``since``: the whole history of the
    activities changed since then (to know each status before), in one query."""
    changed = Activity.history.filter(plan_id__in=plans, history_date__gte=since).values("id")
    records = (
        Activity.history.filter(id__in=Subquery(changed))
        .order_by("id", "history_date", "pk")
        .values_list(
            "id",
            "history_date",
            "status",
            "history_type",
            "history_user__username",
            "history_user__first_name",
            "history_user__last_name",
        )
    )
    found, previous = [], {}
    for activity_id, when, status, kind, username, first, last in records:
        before = previous.get(activity_id)
        previous[activity_id] = status
        if kind != "~" or before is None or before == status or when < since:
            continue
        text = f"{Status(before).label} → {Status(status).label}"
        found.append((activity_id, when, text, f"{first} {last}".strip() or (username or "")))
    activities = Activity.objects.filter(pk__in={row[0] for row in found}).select_related(
        "plan__group", "plan__target_group"
    )
    by_id = {a.pk: a for a in activities}
    return [
        Change(
            when,
            "Status",
            by_id[pk].title,
            by_id[pk].get_absolute_url(),
            _where(by_id[pk].plan),
            text,
            who,
        )
        for pk, when, text, who in found
        if pk in by_id
    ]


def _versions(group_ids: list[int], since: datetime) -> list[Change]:
    versions = (
        PlanVersion.objects.filter(plan__group__in=group_ids, published_at__gte=since)
        .defer("snapshot")
        .select_related("plan__group__area", "plan__target_group", "published_by")
    )
    return [
        Change(
            v.published_at,
            "Ny version",
            f"{v.plan.full_title}, version {v.label}",
            v.get_absolute_url(),
            v.plan.group.name,
            v.note,
            _who(v.published_by),
        )
        for v in versions
    ]


def _minutes(group_ids: list[int], since: datetime) -> list[Change]:
    meetings = (
        Meeting.objects.filter(
            groups__in=group_ids, minutes_published=True, minutes_published_at__gte=since
        )
        .distinct()
        .select_related("area")
        .prefetch_related("groups")
    )
    return [
        Change(
            m.minutes_published_at,
            "Minnesanteckningar",
            f"{m.display_title} {timezone.localtime(m.starts_at).date().isoformat()}",
            m.get_absolute_url(),
            ", ".join(g.name for g in m.groups.all()),
            "Minnesanteckningarna är publicerade.",
        )
        for m in meetings
    ]
