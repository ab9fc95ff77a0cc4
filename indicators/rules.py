"""Who may read the area's lägesbild: its processledare, the members of its
Samordningsgrupp and AU, and administrators. The public pages of the goals
show only what is published and need no rule."""

import rules

from nosam.models import Group
from nosam.roles import roles_of
from nosam.rules import area_of, is_admin, is_area_member, is_process_leader

OVERVIEW_KINDS = (Group.Kind.COORDINATION, Group.Kind.WORKING_COMMITTEE)


@rules.predicate
def is_coordinator(user, obj):
    """Member of the area's Samordningsgrupp or AU (the membership's own group)."""
    area = area_of(obj)
    roles = roles_of(user)
    if area is None or not roles.is_member_in(area):
        return False
    cached = getattr(roles, "_overview_areas", None)
    if cached is None:
        cached = set(
            Group.objects.filter(pk__in=roles.group_ids, kind__in=OVERVIEW_KINDS).values_list(
                "area_id", flat=True
            )
        )
        roles._overview_areas = cached
    return area.pk in cached


rules.add_perm("indicators.view_overview", is_admin | is_process_leader | is_coordinator)


# --- An indicator's own pages ------------------------------------------------------
# An activity's indicator answers to its activity's plan: read with the draft,
# changed by those who edit the plan, fed by those who follow it up. A goal's
# indicator belongs to the area: read by its members, kept by its processledare.
# (Indicator.group is the group whose meetings are counted, not its owner: the
# predicates ask the activity or the area, never ``indicator.group``.)

keeps_area = is_admin | is_process_leader


def _by_activity(perm: str, otherwise):
    @rules.predicate
    def predicate(user, indicator):
        if indicator.activity_id:
            return user.has_perm(perm, indicator.activity)
        return otherwise.test(user, indicator)

    return predicate


@rules.predicate
def keeps_goal_area(user, goal):
    """The processledare of the area of a prioritised goal's Samverkansplan."""
    return keeps_area.test(user, goal.plan.area)


# Whether one may know the indicator exists (403 rather than 404): its
# activity's plan is published, or it is a goal's (the goals are public).
rules.add_perm("indicators.know_indicator", _by_activity("plans.view_plan", rules.always_allow))
rules.add_perm(
    "indicators.view_indicator",
    _by_activity("plans.view_plan_draft", is_admin | is_process_leader | is_area_member),
)
rules.add_perm("indicators.change_indicator", _by_activity("plans.change_plan", keeps_area))
rules.add_perm("indicators.enter_value", _by_activity("plans.follow_up_activity", keeps_area))
rules.add_perm("indicators.add_goal_indicator", keeps_goal_area)
# On an area: values of many indicators at once, from a file.
rules.add_perm("indicators.import_values", keeps_area)
