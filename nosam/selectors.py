"""Reads of the collaboration structure that pages share."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from nosam.models import (
    Area,
    Group,
    Meeting,
    Membership,
    Organisation,
    Person,
)
from samla.collation import swedish, swedish_sort_key


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

    def joint_below(self, group_ids: Iterable[int]) -> set[int]:
        """These groups and, under each joint one, the groups it is made of
        (through joint groups only): whose members sit in a meeting of them."""
        found = set(group_ids)
        pending = [pk for pk in found if pk in self.joint]
        while pending:
            parent = pending.pop()
            for pk, above in self.parents.items():
                if above == parent and pk not in found:
                    found.add(pk)
                    if pk in self.joint:
                        pending.append(pk)
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


@dataclass(frozen=True)
class AttendanceList:
    """Who a meeting's attendance page lists, who of them was there, and who
    else may be added: organisations (those expected in its groups) and named
    people (those seated in its groups on the day), each with any recorded
    before; more from the meeting's area only. Read in a fixed number of queries."""

    organisations: list[Organisation]
    people: list[tuple[Person, str]]  # with where they sit from, for the label
    present_organisations: set[int]
    present_people: set[int]
    other_organisations: QuerySet
    other_people: QuerySet

    @classmethod
    def of(cls, meeting: Meeting) -> AttendanceList:
        own = [group.pk for group in meeting.groups.all()]
        recorded = dict(meeting.attendances.values_list("organisation_id", "present"))
        organisations = list(
            Organisation.objects.filter(
                Q(pk__in=list(recorded)) | Q(expected_in_groups__in=own)
            ).distinct()
        )
        # A joint group's members are those of the groups it is made of.
        groups = GroupHierarchy.of(meeting.area_id).joint_below(own)
        people_recorded = dict(meeting.person_attendances.values_list("person_id", "present"))
        people = _people_at(meeting, groups, people_recorded)
        listed_people = [person.pk for person, _ in people]
        return cls(
            organisations=organisations,
            people=people,
            present_organisations={pk for pk, present in recorded.items() if present},
            present_people={pk for pk, present in people_recorded.items() if present},
            other_organisations=_organisations_of_area(meeting.area_id)
            .exclude(pk__in=[o.pk for o in organisations])
            .order_by(swedish("name")),
            other_people=Person.objects.of_area(meeting.area_id)
            .exclude(pk__in=listed_people)
            .order_by(swedish("name")),
        )


def _organisations_of_area(area_id: int):
    """The area's medverkande organisations and those its seats are from."""
    named = Area.organisations.through.objects.filter(area_id=area_id).values("organisation_id")
    seated = Membership.objects.filter(group__area_id=area_id).values("organisation_id")
    return Organisation.objects.filter(Q(pk__in=named) | Q(pk__in=seated))


def _people_at(meeting: Meeting, groups: set[int], recorded: dict[int, bool]):
    """The people seated in the groups on the meeting's day, each with the
    organisation of a seat, and those recorded before; in Swedish order."""
    day = timezone.localtime(meeting.starts_at).date()
    seats = Membership.objects.filter(
        Q(starts_on__isnull=True) | Q(starts_on__lte=day),
        Q(ends_on__isnull=True) | Q(ends_on__gte=day),
        group__in=groups,
        person__isnull=False,
    ).select_related("person", "organisation")
    found: dict[int, tuple[Person, str]] = {}
    for seat in seats:
        person, about = found.get(seat.person_id, (seat.person, ""))
        found[seat.person_id] = (
            person,
            about or (seat.organisation.name if seat.organisation else ""),
        )
    for person in Person.objects.filter(pk__in=set(recorded) - set(found)):
        found[person.pk] = (person, "")
    return sorted(found.values(), key=lambda entry: swedish_sort_key(entry[0].name))


def current_seats(today: date | None = None) -> QuerySet[Membership]:
    """Seats held on ``today``: begun (or undated) and not yet ended."""
    today = today or timezone.localdate()
    return Membership.objects.filter(
        Q(starts_on__isnull=True) | Q(starts_on__lte=today),
        Q(ends_on__isnull=True) | Q(ends_on__gte=today),
        person__isnull=False,
    )


def seated_group_ids(person: Person, today: date | None = None) -> set[int]:
    """The groups a person sits in today, and the joint groups above them
    (whose members she counts among, as ``nosam.roles`` does for accounts)."""
    rows = list(
        current_seats(today).filter(person=person).values_list("group_id", "group__area_id")
    )
    found = {group_id for group_id, _ in rows}
    for area_id in {area_id for _, area_id in rows}:
        found |= GroupHierarchy.of(area_id).joint_above(found)
    return found
