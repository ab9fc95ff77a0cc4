"""The signed-in user's own page, and the page for a failed CSRF check."""

from django.shortcuts import render

from nosam.models import Membership
from plans.models import ActivityPlan
from samla.access import public, rule


@rule("samla.authenticated")
def account(request):
    """My groups, and the plans whose drafts I work with."""
    user = request.user
    memberships = Membership.objects.filter(person__user=user).select_related(
        "group__area", "organisation"
    )
    area_ids = {m.group.area_id for m in memberships}
    candidates = ActivityPlan.objects.filter(group__area__in=area_ids).select_related(
        "group__area", "target_group"
    )
    if user.is_superuser:
        candidates = ActivityPlan.objects.select_related("group__area", "target_group")
    context = {
        "memberships": memberships,
        "plans": [p for p in candidates if user.has_perm("plans.view_plan_draft", p)],
        "processledare_areas": list(
            {
                m.group.area_id: m.group.area
                for m in memberships
                if m.role == Membership.Role.PROCESS_LEADER
            }.values()
        ),
    }
    return render(request, "account/home.html", context)


@public
def csrf_failure(request, reason=""):
    """Django's CSRF refusal, in Swedish and in the site's layout (settings
    ``CSRF_FAILURE_VIEW``). The reason stays in the log, not on the page."""
    return render(request, "403_csrf.html", status=403)
