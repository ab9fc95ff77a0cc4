"""Reads of the collaboration structure that pages share."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.db.models import Count, Q
from django.utils import timezone

from nosam.models import Area, Group, Meeting, Membership


@dataclass
class GroupNode:
    group: Group
    children: list[GroupNode] = field(default_factory=list)


def group_tree(area: Area) -> list[GroupNode]:
    """The area's groups as a tree, read in one query."""
    groups = list(area.groups.select_related("target_group"))
    nodes = {group.pk: GroupNode(group) for group in groups}
    roots: list[GroupNode] = []
    for group in groups:
        parent = nodes.get(group.parent_id) if group.parent_id else None
        (parent.children if parent else roots).append(nodes[group.pk])
    return roots


@dataclass(frozen=True)
class GroupHierarchy:
    """An area's groups as links to their parents, read in one query, so that
    walks up and down the tree cost nothing more."""

    parents: dict[int, int | None]
    joint: frozenset[int] = frozenset()

    @classmethod
    def of(cls, area_id: int) -> GroupHierarchy:
        rows = Group.objects.filter(area_id=area_id).values_list("pk", "parent_id", "is_joint")
        return cls(
            parents={pk: parent for pk, parent, _ in rows},
            joint=frozenset(pk for pk, _, is_joint in rows if is_joint),
        )

    def and_below(self, group_ids: Iterable[int]) -> set[int]:
        """These groups and the groups under them, at any depth."""
        children: dict[int | None, list[int]] = {}
        for pk, parent in self.parents.items():
            children.setdefault(parent, []).append(pk)
        found = set(group_ids)
        pending = list(found)
        while pending:
            for child in children.get(pending.pop(), ()):
                if child not in found:
                    found.add(child)
                    pending.append(child)
        return found

    def joint_above(self, group_ids: Iterable[int]) -> set[int]:
        """The joint groups above these, reached through joint groups only: a
        member of NOSAM Alingsås counts in the joint NOSAM above it, and no further."""
        found: set[int] = set()
        for group_id in group_ids:
            current = self.parents.get(group_id)
            while current in self.joint and current not in found:
                found.add(current)
                current = self.parents.get(current)
        return found


ROLE_ORDER = [choice for choice, _ in Membership.Role.choices]


def members_by_role(group: Group) -> list[tuple[str, list[Membership]]]:
    """Memberships grouped by role, chair first."""
    memberships = group.memberships.select_related("person", "organisation")
    grouped: dict[str, list[Membership]] = {}
    for membership in memberships:
        grouped.setdefault(membership.role, []).append(membership)
    return [(Membership.Role(role).label, grouped[role]) for role in ROLE_ORDER if role in grouped]


def meetings_of(group: Group):
    return group.meetings.prefetch_related("groups")


def previous_meeting(group: Group, now: datetime | None = None) -> Meeting | None:
    before = group.meetings.filter(starts_at__lt=now or timezone.now())
    return before.select_related("area").order_by("-starts_at").first()


def next_meeting(group: Group, now: datetime | None = None) -> Meeting | None:
    ahead = group.meetings.filter(starts_at__gte=now or timezone.now())
    return ahead.select_related("area").order_by("starts_at").first()


def suggested_next_meeting(group: Group, today: date | None = None) -> date | None:
    """The next meeting day from the group's rhythm: the last meeting plus the
    interval, moved forward in steps of the interval until it lies ahead."""
    today = today or timezone.localdate()
    if not group.meeting_interval_weeks:
        return None
    last = group.meetings.order_by("-starts_at").first()
    if last is None:
        return None
    step = timedelta(weeks=group.meeting_interval_weeks)
    day = timezone.localtime(last.starts_at).date() + step
    while day < today:
        day += step
    return day


@dataclass(frozen=True)
class MeetingCount:
    group: Group
    total: int
    joint: int  # held together with other groups (e.g. Stor NOSAM)


def meeting_counts(area: Area, year: int) -> list[MeetingCount]:
    """Meetings held per group in a year, in one query."""
    groups = area.groups.annotate(
        total=Count("meetings", filter=Q(meetings__starts_at__year=year), distinct=True),
    ).filter(total__gt=0)
    joint_meetings = (
        Meeting.objects.filter(area=area, starts_at__year=year)
        .annotate(group_count=Count("groups"))
        .filter(group_count__gt=1)
        .values("pk")
    )
    joint_rows = Meeting.groups.through.objects.filter(meeting__in=joint_meetings).values_list(
        "group_id", flat=True
    )
    joint: dict[int, int] = {}
    for group_id in joint_rows:
        joint[group_id] = joint.get(group_id, 0) + 1
    return [MeetingCount(g, g.total, joint.get(g.pk, 0)) for g in groups]
