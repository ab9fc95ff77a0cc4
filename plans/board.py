"""The group's board for meeting day (mötesvy): its activities and what changed.

Built without HTTP from a group, the time and the chosen filters; the page and
its htmx row fragments only lay it out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cached_property, lru_cache

from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.text import Truncator

from nosam.models import Group, Meeting
from nosam.selectors import (
    GroupHierarchy,
    next_meeting,
    previous_meeting,
    suggested_next_meeting,
)
from plans import display
from plans.models import Activity, ActivityPlan, FollowUp, Status
from plans.owners import is_owned, with_owner_mark
from samla.collation import swedish_sort_key
from samla.icons import icon

FINISHED = {Status.DONE, Status.CANCELLED}


def board_groups(group: Group) -> list[int]:
    """Whose plans the board shows: the group, the groups under it (for an
    overview; only their own members update those rows), and the joint groups
    this group is part of, whose plans its members work on (a NOSAM's target
    group on the joint plan of its NOSAM)."""
    hierarchy = GroupHierarchy.of(group.area_id)
    return sorted(hierarchy.and_below({group.pk}) | hierarchy.joint_above({group.pk}))


def current_plans(group: Group, today: date):
    """This year's plans of the board's groups (or the latest year that has any)."""
    plans = ActivityPlan.objects.filter(group__in=board_groups(group), year__lte=today.year)
    if group.target_group_id:
        plans = plans.filter(target_group_id=group.target_group_id)
    latest = plans.order_by("-year").values_list("year", flat=True).first()
    return plans.filter(year=latest) if latest else plans.none()


def board_activities(group: Group, today: date):
    # The few plans are fetched once and shared, not copied into every row.
    # Whether each is linked to an owner comes along in the same query.
    return with_owner_mark(
        Activity.objects.filter(plan__in=current_plans(group, today))
        .select_related("goal")
        .prefetch_related("plan__group", "plan__target_group")
    )


def agenda_activities(groups: Iterable[Group], today: date):
    """What a meeting of these groups may put on its agenda: the activities on
    their boards (offered to the meeting pages through ``nosam.agenda``)."""
    ids: set[int] = set()
    for group in groups:
        ids |= set(board_activities(group, today).values_list("pk", flat=True))
    return Activity.objects.filter(pk__in=ids)


def agenda_activity_status(activity: Activity) -> str:
    """How a meeting's minutes name an activity's current status: its label."""
    return activity.status_label


@dataclass
class BoardRow:
    activity: Activity
    latest: FollowUp | None
    overdue: bool
    due_before_next_meeting: bool
    days_without_follow_up: int | None
    stale: bool
    changed_since_last_meeting: bool
    # Only those who edit the plan are told that no owner is linked.
    show_unowned: bool = False

    @cached_property
    def flags(self) -> list[tuple[str, str, str]]:
        """(css, icon, text): every mark is written out, not only coloured."""
        marks = []
        if self.show_unowned and not is_owned(self.activity):
            marks.append(("flag-unowned", display.UNOWNED_ICON, display.UNOWNED_TEXT))
        if self.overdue:
            marks.append(("flag-overdue", "flag-overdue", "Deadline har passerat"))
        elif self.due_before_next_meeting:
            marks.append(("flag-due", "flag-due", "Deadline före nästa möte"))
        if self.stale:
            text = (
                "Aldrig uppföljd"
                if self.days_without_follow_up is None
                else f"Ingen uppföljning på {self.days_without_follow_up} dagar"
            )
            marks.append(("flag-stale", "flag-stale", text))
        if self.changed_since_last_meeting:
            marks.append(("flag-new", "flag-new", "Ändrad sedan förra mötet"))
        return marks

    # What the row shows, prepared once here: a board of 500 rows renders fast,
    # and the page and its htmx fragment show the same.
    @cached_property
    def url(self) -> str:
        return activity_url(self.activity.pk)

    @cached_property
    def title(self) -> str:
        return self.activity.title

    @cached_property
    def context(self) -> str:
        activity = self.activity
        where = activity.plan.target_group_display or activity.plan.group.name
        goal = Truncator(activity.goal_text).words(10)
        return f"{where} · {goal}" if goal else where

    @cached_property
    def flags_html(self):
        return format_html_join(
            "",
            '<li class="flag {}">{} {}</li>',
            ((css, icon(name), text) for css, name, text in self.flags),
        )

    @cached_property
    def status_html(self):
        return display.status_badge(self.activity.status, self.activity.status_label)

    @cached_property
    def deadline_html(self):
        return display.partial_date(self.activity.deadline)

    @cached_property
    def latest_html(self):
        if self.latest is None:
            return "–"
        # An ISO date is its own machine-readable form: <time> needs no datetime.
        return format_html(
            "<time>{}</time>: {}",
            self.latest.date.isoformat(),
            Truncator(self.latest.text).words(20),
        )

    def sort_key(self, order: str):
        activity = self.activity
        deadline = activity.deadline.end if activity.deadline else None
        if order == "deadline":
            return (deadline is None, deadline or date.max, activity.position)
        if order == "status":
            return (STATUS_ORDER.get(activity.status, 99), activity.position)
        if order == "ansvarig":
            return (swedish_sort_key(activity.responsible or "~"), activity.position)
        # Overdue first, then due before the next meeting, then in plan order.
        return (
            not self.overdue,
            not self.due_before_next_meeting,
            activity.plan_id,
            activity.position,
        )


@lru_cache(maxsize=1)
def _activity_url_parts() -> tuple[str, str]:
    # reverse() once: a board of 500 rows would otherwise reverse 500 times.
    head, _, tail = reverse("plans:activity", kwargs={"activity": 987654321}).partition("987654321")
    return head, tail


def activity_url(pk: int) -> str:
    head, tail = _activity_url_parts()
    return f"{head}{pk}{tail}"


STATUS_ORDER = {value: index for index, (value, _) in enumerate(Status.choices)}
SORT_ORDERS = [
    ("", "Passerad deadline först"),
    ("deadline", "Deadline"),
    ("status", "Status"),
    ("ansvarig", "Ansvarig"),
]


@dataclass(frozen=True)
class SinceItem:
    when: datetime
    activity: Activity
    kind: str  # "uppföljning" or "status"
    text: str
    who: str


@dataclass
class Board:
    group: Group
    today: date
    rows: list[BoardRow]
    previous: Meeting | None
    next: Meeting | None
    suggested_next: date | None
    since: list[SinceItem] = field(default_factory=list)

    @property
    def next_meeting_day(self) -> date | None:
        if self.next is not None:
            return timezone.localtime(self.next.starts_at).date()
        return self.suggested_next

    @property
    def overdue_count(self) -> int:
        return sum(1 for row in self.rows if row.overdue)

    def show_unowned_for(self, plan_ids: set[int]) -> Board:
        """Mark the rows of these plans that are linked to no owner."""
        for row in self.rows:
            row.show_unowned = row.activity.plan_id in plan_ids
        return self

    def sorted(self, order: str) -> Board:
        self.rows.sort(key=lambda row: row.sort_key(order))
        return self

    @classmethod
    def build(cls, group: Group, activities, now: datetime | None = None) -> Board:
        now = now or timezone.now()
        today = timezone.localtime(now).date()
        previous, upcoming = previous_meeting(group, now), next_meeting(group, now)
        board = cls(group, today, [], previous, upcoming, None)
        if upcoming is None:
            board.suggested_next = suggested_next_meeting(group, today)
        activities = list(activities)
        since = previous.starts_at if previous else None
        follow_ups = _follow_ups(activities)
        changes = _status_changes(activities, since) if since else []
        changed_ids = {f.activity_id for f in follow_ups if since and f.created_at >= since}
        changed_ids |= {item.activity.pk for item in changes}
        latest: dict[int, FollowUp] = {}
        for follow_up in follow_ups:  # newest first
            latest.setdefault(follow_up.activity_id, follow_up)
        board.rows = [
            board._row(activity, latest.get(activity.pk), activity.pk in changed_ids)
            for activity in activities
        ]
        if since:
            by_id = {a.pk: a for a in activities}
            board.since = sorted(
                [
                    SinceItem(
                        f.created_at, by_id[f.activity_id], "uppföljning", f.text, _who(f.author)
                    )
                    for f in follow_ups
                    if f.created_at >= since
                ]
                + changes,
                key=lambda item: item.when,
                reverse=True,
            )
        return board

    def row_for(self, activity: Activity) -> BoardRow:
        follow_ups = _follow_ups([activity])
        since = self.previous.starts_at if self.previous else None
        changed = bool(since) and (
            any(f.created_at >= since for f in follow_ups)
            or bool(_status_changes([activity], since))
        )
        return self._row(activity, follow_ups[0] if follow_ups else None, changed)

    def _row(self, activity: Activity, latest: FollowUp | None, changed: bool) -> BoardRow:
        deadline = activity.deadline
        open_ = activity.status not in FINISHED
        overdue = open_ and bool(deadline and deadline.has_passed(self.today))
        next_day = self.next_meeting_day
        due_soon = (
            open_
            and not overdue
            and next_day is not None
            and deadline is not None
            and deadline.end is not None
            and deadline.end <= next_day
        )
        days = (self.today - latest.date).days if latest else None
        limit = timedelta(weeks=self.group.stale_after_weeks)
        stale = open_ and (days is None or timedelta(days=days) > limit)
        return BoardRow(activity, latest, overdue, due_soon, days, stale, changed)


def _who(user) -> str:
    if user is None:
        return ""
    return user.get_full_name() or user.username


def _follow_ups(activities) -> list[FollowUp]:
    return list(
        FollowUp.objects.filter(activity__in=[a.pk for a in activities]).select_related("author")
    )


def _status_changes(activities, since: datetime) -> list[SinceItem]:
    """Status changes recorded in the history since ``since``, in one query."""
    by_id = {a.pk: a for a in activities}
    records = (
        Activity.history.filter(id__in=list(by_id))
        .select_related("history_user")
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
    items, previous = [], {}
    for activity_id, when, status, kind, username, first, last in records:
        before = previous.get(activity_id)
        previous[activity_id] = status
        if kind != "~" or before is None or before == status or when < since:
            continue
        who = f"{first} {last}".strip() or (username or "")
        text = f"{Status(before).label} → {Status(status).label}"
        items.append(SinceItem(when, by_id[activity_id], "status", text, who))
    return items
