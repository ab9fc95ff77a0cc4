"""The history page of a plan: who changed what, when."""

from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from plans.history import plan_history
from plans.lookups import get_plan
from samla.access import rule


@require_http_methods(["GET"])
@rule("plans.view_plan_history", get_plan, visible="plans.view_plan")
def plan_history_page(request, plan):
    context = {"area": plan.group.area, "plan": plan, "entries": plan_history(plan)}
    return render(request, "plans/plan_history.html", context)
