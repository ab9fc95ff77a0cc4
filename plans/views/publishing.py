"""Fastställ och publicera: turn the draft into a numbered, immutable version."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from plans import services
from plans.compare import PlanComparison
from plans.documents import plan_snapshot
from plans.forms import PublishForm
from plans.lookups import get_action_plan, get_plan
from samla.access import rule


@require_http_methods(["GET", "POST"])
@rule("plans.publish_plan", get_plan, visible="plans.view_plan")
def plan_publish(request, plan):
    latest = plan.latest_version()
    form = PublishForm(request.POST or None, current=latest.number if latest else None)
    if form.is_valid():
        version = services.plan_publish(
            plan=plan,
            step=form.cleaned_data["step"],
            note=form.cleaned_data["note"],
            user=request.user,
            version_date=form.cleaned_data["version_date"],
        )
        messages.success(request, f"Version {version.label} är fastställd och publicerad.")
        return redirect(plan.get_absolute_url())
    comparison = PlanComparison.between(latest.snapshot, plan_snapshot(plan)) if latest else None
    context = {
        "area": plan.group.area,
        "plan": plan,
        "form": form,
        "latest": latest,
        "comparison": comparison,
    }
    return render(request, "plans/plan_publish.html", context)


@require_POST
@rule("plans.publish_action_plan", get_action_plan, visible="plans.view_action_plan")
def action_plan_publish(request, plan):
    """Publish a draft handlingsplan: from now on anyone may read it."""
    if plan.is_published:
        messages.info(request, "Handlingsplanen är redan publicerad.")
    else:
        services.action_plan_publish(plan=plan)
        messages.success(request, "Handlingsplanen är publicerad och syns nu för alla.")
    return redirect(plan.get_absolute_url())
