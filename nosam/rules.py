"""Object permissions of the structure (the ``rules`` library)."""

import rules

from nosam.roles import roles_of


def area_of(obj):
    """The area an object belongs to: an area, or the area of its group."""
    from nosam.models import Area

    if isinstance(obj, Area):
        return obj
    group = group_of(obj)
    if group is not None:
        return group.area
    area = getattr(obj, "area", None)
    if area is None and hasattr(obj, "report"):  # a report's section
        area = obj.report.area
    return area


def group_of(obj):
    from nosam.models import Group

    if isinstance(obj, Group):
        return obj
    if obj is None:
        return None
    for path in ("group", "plan.group", "activity.plan.group"):
        current = obj
        for attribute in path.split("."):
            current = getattr(current, attribute, None)
        if current is not None:
            return current
    return None


@rules.predicate
def is_admin(user):
    return user.is_active and user.is_superuser


@rules.predicate
def is_processledare(user, obj):
    area = area_of(obj)
    return area is not None and roles_of(user).is_processledare_of(area)


@rules.predicate
def is_group_member(user, obj):
    group = group_of(obj)
    return group is not None and roles_of(user).is_member_of(group)


# Managing the structure (groups, memberships) of an area.
rules.add_perm("nosam.manage_structure", is_admin | is_processledare)


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
def is_processledare_of_meeting(user, meeting):
    return roles_of(user).is_processledare_of(meeting.area_id)


# The group's internal pages: the meeting-day board, representation, meetings.
rules.add_perm("nosam.view_group_internal", is_admin | is_processledare | is_group_member)
rules.add_perm("nosam.add_meeting", is_admin | is_processledare | is_group_member)
can_change_meeting = is_admin | is_processledare_of_meeting | is_meeting_member
rules.add_perm("nosam.change_meeting", can_change_meeting)
rules.add_perm("nosam.view_meeting_internal", can_change_meeting)
rules.add_perm("nosam.view_meeting", can_change_meeting | minutes_are_published)
