"""An activity's page with its follow-ups, and adding a follow-up."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from plans import services
from plans.forms import FollowUpForm
from plans.lookups import get_activity
from plans.models import FollowUp
from plans.owners import owner_suggestion_of
from plans.views.board import board_of, board_row_response
from samla.access import rule


def _page(request, activity, form):
    plan = activity.plan
    lineage = activity.lineage_ids()
    follow_ups = FollowUp.objects.filter(activity_id__in=lineage).select_related(
        "author", "activity__plan"
    )
    can_edit = request.user.has_perm("plans.change_plan", activity)
    owners = owner_suggestion_of(activity)
    context = {
        "area": plan.group.area,
        "plan": plan,
        "activity": activity,
        "owners": owners,
        "show_unowned": can_edit and not owners,
        "follow_ups": follow_ups,
        "form": form,
        "can_follow_up": request.user.has_perm("plans.follow_up_activity", activity),
        "can_edit": can_edit,
        "findings": activity.deviation_findings.select_related("area", "target_group"),
    }
    return render(request, "plans/activity_detail.html", context)


@require_http_methods(["GET"])
@rule("plans.view_plan_draft", get_activity, visible="plans.view_plan")
def activity_detail(request, activity):
    return _page(request, activity, FollowUpForm())


@require_http_methods(["POST"])
@rule("plans.follow_up_activity", get_activity, visible="plans.view_plan")
def follow_up_create(request, activity):
    form = FollowUpForm(request.POST)
    board = board_of(request, activity) if "tavla" in request.POST else None
    if not form.is_valid():
        if board and request.htmx:
            return board_row_response(request, activity, board, follow_up_form=form)
        return _page(request, activity, form)
    result = services.follow_up_add(
        activity=activity,
        day=form.cleaned_data["date"],
        text=form.cleaned_data["text"],
        new_status=form.cleaned_data["new_status"],
        author=request.user,
    )
    note = " Status är ändrad." if result.status_changed else ""
    if board:
        if not request.htmx:
            messages.success(request, "Uppföljningen är sparad." + note)
        activity.refresh_from_db(fields=["status", "lock_version"])
        return board_row_response(
            request, activity, board, notice="Uppföljningen är sparad." + note
        )
    messages.success(request, "Uppföljningen är sparad." + note)
    return redirect(activity.get_absolute_url())
