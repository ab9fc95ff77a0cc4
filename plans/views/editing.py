"""Editing plans and their activities. Rows are edited in place with htmx;
every action also works as a plain form without JavaScript."""

from django.contrib import messages
from django.http import HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from nosam.lookups import get_area
from plans import services
from plans.forms import ActivityForm, CopyPlanForm, PlanCreateForm, PlanTextsForm
from plans.lookups import get_activity, get_plan
from plans.models import Status
from plans.owners import with_owner_mark
from samla.access import rule
from samla.notices import announce

EDIT = "plans.change_plan"


def _draft_url(plan, activity=None) -> str:
    url = plan.url("plans:plan_draft")
    return f"{url}#aktivitet-{activity.pk}" if activity else url


@require_http_methods(["GET", "POST"])
@rule("plans.add_plan", get_area)
def plan_create(request, area):
    form = PlanCreateForm(request.POST or None, area=area)
    if form.is_valid():
        plan = services.plan_create(**form.cleaned_data)
        messages.success(request, "Planen är skapad som utkast.")
        return redirect(plan.url("plans:plan_draft"))
    return render(request, "plans/plan_form.html", {"area": area, "form": form})


@require_http_methods(["GET", "POST"])
@rule(EDIT, get_plan, visible="plans.view_plan")
def plan_edit(request, plan):
    form = PlanTextsForm(request.POST or None, instance=plan)
    if form.is_valid():
        form.save()
        messages.success(request, "Planens texter är sparade i utkastet.")
        return redirect(_draft_url(plan))
    return render(
        request, "plans/plan_form.html", {"area": plan.group.area, "plan": plan, "form": form}
    )


@require_http_methods(["GET", "POST"])
@rule(EDIT, get_plan, visible="plans.view_plan")
def plan_copy(request, plan):
    form = CopyPlanForm(request.POST or None, plan=plan)
    if form.is_valid():
        copy = services.plan_copy_to_year(plan=plan, year=form.cleaned_data["year"])
        messages.success(request, f"Planen är kopierad till {copy.year}.")
        return redirect(copy.url("plans:plan_draft"))
    carried = plan.activities.exclude(status__in=services.CARRIED_OVER_EXCLUDES)
    context = {"area": plan.group.area, "plan": plan, "form": form, "carried": carried}
    return render(request, "plans/plan_copy.html", context)


@require_http_methods(["GET", "POST"])
@rule(EDIT, get_plan, visible="plans.view_plan")
def activity_create(request, plan):
    form = ActivityForm(request.POST or None, plan=plan, initial={"lock_version": 0})
    if form.is_valid():
        data = {name: form.cleaned_data[name] for name in services.EDITABLE_ACTIVITY_FIELDS}
        activity = services.activity_create(plan=plan, data=data, owners=form.owners())
        messages.success(request, "Aktiviteten är tillagd.")
        return redirect(_draft_url(plan, activity))
    context = {"area": plan.group.area, "plan": plan, "form": form}
    return render(request, "plans/activity_form.html", context)


@require_http_methods(["GET", "POST"])
@rule(EDIT, get_activity, visible="plans.view_plan")
def activity_edit(request, activity):
    plan = activity.plan
    form = ActivityForm(request.POST or None, plan=plan, instance=activity)
    if form.is_valid():
        data = {name: form.cleaned_data[name] for name in services.EDITABLE_ACTIVITY_FIELDS}
        try:
            activity = services.activity_update(
                activity=activity,
                data=data,
                expected_version=form.cleaned_data["lock_version"],
                owners=form.owners(),
            )
        except services.EditConflict as conflict:
            return _conflict(request, plan, form, conflict.current)
        if request.htmx:
            response = render(request, "plans/_activity_edit_row.html", _row(plan, activity))
            return announce(response, "Aktiviteten är sparad.")
        messages.success(request, "Aktiviteten är sparad.")
        return redirect(_draft_url(plan, activity))
    template = "plans/_activity_form_row.html" if request.htmx else "plans/activity_form.html"
    context = {"area": plan.group.area, "plan": plan, "activity": activity, "form": form}
    return render(request, template, context)


def _conflict(request, plan, form, current):
    """Show both versions side by side. The form keeps the user's text but now
    carries the saved version's number, so saving it again means "keep mine"."""
    data = form.data.copy()
    data["lock_version"] = current.lock_version
    rows = []
    for name in services.EDITABLE_ACTIVITY_FIELDS:
        saved, mine = (
            _display(name, getattr(current, name)),
            _display(name, form.cleaned_data[name]),
        )
        rows.append({"label": form.fields[name].label, "saved": saved, "mine": mine})
    context = {
        "area": plan.group.area,
        "plan": plan,
        "activity": current,
        "form": ActivityForm(data, plan=plan, instance=current),
        "conflict_rows": rows,
    }
    template = "plans/_activity_form_row.html" if request.htmx else "plans/activity_form.html"
    return render(request, template, context, status=200 if request.htmx else 409)


def _display(name: str, value) -> str:
    if name == "status":
        return Status(value or "").label
    if value is None:
        return ""
    return getattr(value, "text", None) or str(value)


def _row(plan, activity):
    return {"plan": plan, "activities": [activity], "can_edit": True}


@require_http_methods(["GET"])
@rule(EDIT, get_activity, visible="plans.view_plan")
def activity_row(request, activity):
    """The activity as a table row (htmx: cancel an edit)."""
    return render(request, "plans/_activity_edit_row.html", _row(activity.plan, activity))


@require_POST
@rule(EDIT, get_activity, visible="plans.view_plan")
def activity_move(request, activity):
    direction = request.POST.get("riktning")
    if direction not in ("upp", "ner"):
        return HttpResponseBadRequest("Välj flytta upp eller ner.")
    step = -1 if direction == "upp" else 1
    services.activity_move(activity=activity, step=step)
    plan = activity.plan
    if request.htmx:
        activities = with_owner_mark(plan.activities.select_related("goal"))
        context = {"plan": plan, "activities": activities}
        response = render(request, "plans/_activity_edit_table.html", context)
        where = "uppåt" if step < 0 else "nedåt"
        return announce(response, f"Aktiviteten är flyttad {where}.")
    return redirect(_draft_url(plan, activity))


@require_http_methods(["GET", "POST"])
@rule(EDIT, get_activity, visible="plans.view_plan")
def activity_delete(request, activity):
    plan = activity.plan
    if request.method == "POST":
        services.activity_delete(activity=activity)
        messages.success(request, "Aktiviteten är borttagen ur utkastet.")
        return redirect(_draft_url(plan))
    context = {"area": plan.group.area, "plan": plan, "activity": activity}
    return render(request, "plans/activity_confirm_delete.html", context)
