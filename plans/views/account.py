"""Mina sidor: the signed-in user's groups, the plans whose drafts she works
with, and where she may start a new plan."""

from django.shortcuts import render

from nosam.models import Membership
from plans.models import ActivityPlan
from samla.access import rule


@rule("samla.authenticated")
def account(request):
    user = request.user
    memberships = Membership.objects.filter(person__user=user).select_related(
        "group__area", "organisation"
    )
    areas = {m.group.area_id: m.group.area for m in memberships}
    plans = ActivityPlan.objects.select_related("group__area", "target_group")
    if not user.is_superuser:
        plans = plans.filter(group__area__in=areas)
    context = {
        "memberships": memberships,
        "plans": [p for p in plans if user.has_perm("plans.view_plan_draft", p)],
        # Asked of the rule both start pages use, so an ended membership as
        # processledare offers no button that would lead to 403.
        "areas_to_start_plans_in": [
            a for a in areas.values() if user.has_perm("plans.add_plan", a)
        ],
    }
    return render(request, "account/home.html", context)
