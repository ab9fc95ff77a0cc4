"""Reads of the public pages that need more than one app's models."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q

from nosam.models import Group
from nosam.selectors import GroupHierarchy
from plans.models import ActivityPlan


@dataclass(frozen=True)
class PlansAbove:
    """The published plans of the nearest group above that has any: the
    joint plan a group without plans of its own works by."""

    group: Group
    plans: list[ActivityPlan]


def plans_above(*, group: Group) -> PlansAbove | None:
    """Plans of the nearest group above ``group`` with published plans, for
    ``group``'s target group if it has one (a plan for every target group also
    counts). Two queries, however deep the tree."""
    parents = GroupHierarchy.of(group.area_id).parents
    above: list[int] = []
    current = parents.get(group.pk)
    while current is not None and current not in above:
        above.append(current)
        current = parents.get(current)
    if not above:
        return None
    plans = ActivityPlan.objects.published().filter(group_id__in=above)
    if group.target_group_id:
        plans = plans.filter(Q(target_group_id=group.target_group_id) | Q(target_group=None))
    by_group: dict[int, list[ActivityPlan]] = {}
    for plan in plans.select_related("group__area", "target_group").order_by("-year", "pk"):
        by_group.setdefault(plan.group_id, []).append(plan)
    nearest = next((pk for pk in above if pk in by_group), None)
    if nearest is None:
        return None
    return PlansAbove(by_group[nearest][0].group, by_group[nearest])
