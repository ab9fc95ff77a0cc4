"""Object permissions of the structure (the ``rules`` library), and the
predicates every app's rules are built from.

The predicates never look into another app's models: an object that lives in
an area answers for itself through ``.area``, and one that belongs to a group
through ``.group`` (see ``InArea`` and ``InGroup``).
"""

from typing import Protocol

import rules

from nosam.models import Area, Group
from nosam.roles import roles_of


class InArea(Protocol):
    """Anything that lives in one area: a plan, a meeting, a report, a finding."""

    @property
    def area(self) -> Area: ...


class InGroup(Protocol):
    """Anything that belongs to one group: an activity plan, an activity."""

    @property
    def group(self) -> Group | None: ...


def area_of(obj: Area | InArea | None) -> Area | None:
    if obj is None or isinstance(obj, Area):
        return obj
    return getattr(obj, "area", None)


def group_of(obj: Group | InGroup | None) -> Group | None:
    if obj is None or isinstance(obj, Group):
        return obj
    return getattr(obj, "group", None)


@rules.predicate
def is_admin(user):
    return user.is_active and user.is_superuser


@rules.predicate
def is_process_leader(user, obj):
    area = area_of(obj)
    return area is not None and roles_of(user).is_process_leader_of(area)


@rules.predicate
def is_group_member(user, obj):
    group = group_of(obj)
    return group is not None and roles_of(user).is_member_of(group)


@rules.predicate
def is_area_member(user, obj):
    """Member of any group of the object's area."""
    area = area_of(obj)
    return area is not None and roles_of(user).is_member_in(area)


# Managing the structure (groups, memberships) of an area.
rules.add_perm("nosam.manage_structure", is_admin | is_process_leader)


@rules.predicate
def is_meeting_member(user, meeting):
    """Member of one of the meeting's groups (a joint group counts the members
    of the groups directly under it)."""
    roles = roles_of(user)
    return any(roles.is_member_of(group) for group in meeting.groups.all())


@rules.predicate
def minutes_are_published(user, meeting):
    return meeting.minutes_published


@rules.predicate
def is_process_leader_of_meeting(user, meeting):
    return roles_of(user).is_process_leader_of(meeting.area_id)


# The group's internal pages: the meeting-day board, representation, meetings.
rules.add_perm("nosam.view_group_internal", is_admin | is_process_leader | is_group_member)
rules.add_perm("nosam.add_meeting", is_admin | is_process_leader | is_group_member)
can_change_meeting = is_admin | is_process_leader_of_meeting | is_meeting_member
rules.add_perm("nosam.change_meeting", can_change_meeting)
rules.add_perm("nosam.view_meeting_internal", can_change_meeting)
rules.add_perm("nosam.view_meeting", can_change_meeting | minutes_are_published)
