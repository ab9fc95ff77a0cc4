"""Look plans and activities up from URL arguments (404 if not found)."""

from django.shortcuts import get_object_or_404

from plans.models import ActionPlan, Activity, ActivityPlan


def get_plan(area: str, group: str, plan: str) -> ActivityPlan:
    return get_object_or_404(
        ActivityPlan.objects.select_related("group__area", "target_group", "collaboration_plan"),
        group__area__slug=area,
        group__slug=group,
        slug=plan,
    )


def get_activity(activity: int) -> Activity:
    return get_object_or_404(
        Activity.objects.select_related(
            "plan__group__area", "plan__collaboration_plan", "plan__target_group", "goal"
        ),
        pk=activity,
    )


def get_action_plan(area: str, plan: str) -> ActionPlan:
    return get_object_or_404(
        ActionPlan.objects.select_related("area", "steering_group__area"),
        area__slug=area,
        slug=plan,
    )
