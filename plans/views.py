"""Pages of plans: activity plans and handlingsplaner."""

from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from plans.documents import PlanDocument
from plans.models import ActionPlan, ActivityPlan
from samla.access import public


@public
def activity_plan_detail(request, area, group, plan):
    plan = get_object_or_404(
        ActivityPlan.objects.select_related("group__area", "target_group", "collaboration_plan"),
        group__area__slug=area,
        group__slug=group,
        slug=plan,
    )
    context = {
        "area": plan.group.area,
        "plan": plan,
        "document": PlanDocument.from_plan(plan),
        "today": timezone.localdate(),
    }
    return render(request, "plans/activity_plan_detail.html", context)


@public
def action_plan_detail(request, area, plan):
    plan = get_object_or_404(
        ActionPlan.objects.select_related("area", "steering_group"), area__slug=area, slug=plan
    )
    steering = []
    if plan.steering_group:
        steering = plan.steering_group.memberships.select_related("person", "organisation")
    context = {
        "area": plan.area,
        "plan": plan,
        "timetable": plan.timetable.all(),
        "steering": steering,
    }
    return render(request, "plans/action_plan_detail.html", context)
