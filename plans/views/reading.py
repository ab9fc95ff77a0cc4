"""Reading activity plans: the published version, older versions, the draft."""

from django import forms
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_safe

from plans.compare import PlanComparison
from plans.documents import PlanDocument, plan_snapshot
from plans.lookups import get_action_plan, get_plan
from plans.models import PlanVersion
from plans.owners import with_owner_mark
from plans.versioning import VersionNumber, VersionNumberError
from samla.access import public, rule
from samla.query import query_values

DRAFT = "utkast"


def _plan_page(request, plan, document, *, version=None, activities=None):
    user = request.user
    context = {
        "area": plan.group.area,
        "plan": plan,
        "document": document,
        "version": version,
        "versions": plan.versions.listed(),
        "can_read_draft": user.has_perm("plans.view_plan_draft", plan),
        "can_edit": user.has_perm("plans.change_plan", plan),
        "can_publish": user.has_perm("plans.publish_plan", plan),
        "activities": activities,
        "today": timezone.localdate(),
    }
    return render(request, "plans/activity_plan_detail.html", context)


@require_safe
@public
def activity_plan_detail(request, area, group, plan):
    """The latest published version; this address always shows it. Anonymous
    readers get it from the page cache (samla.pagecache), with ETag and 304."""
    plan = get_plan(area, group, plan)
    version = plan.latest_version()
    if version is None:
        if request.user.has_perm("plans.view_plan_draft", plan):
            return redirect(plan.url("plans:plan_draft"))
        raise Http404
    return _plan_page(request, plan, PlanDocument.from_version(version), version=version)


@require_safe
@public
def plan_version(request, area, group, plan, version):
    plan = get_plan(area, group, plan)
    version = find_version(plan, version)
    return _plan_page(request, plan, PlanDocument.from_version(version), version=version)


@rule("plans.view_plan_draft", get_plan, visible="plans.view_plan")
def plan_draft(request, plan):
    """The working draft, with latest follow-ups; editors get edit controls."""
    activities = None
    if request.user.has_perm("plans.change_plan", plan):
        activities = with_owner_mark(plan.activities.select_related("goal"))
    return _plan_page(request, plan, PlanDocument.from_draft(plan), activities=activities)


@public
def plan_versions(request, area, group, plan):
    plan = get_plan(area, group, plan)
    if not request.user.has_perm("plans.view_plan", plan):
        raise Http404
    context = {
        "area": plan.group.area,
        "plan": plan,
        "versions": plan.versions.listed().select_related("published_by"),
        "can_read_draft": request.user.has_perm("plans.view_plan_draft", plan),
    }
    return render(request, "plans/plan_versions.html", context)


class CompareQuery(forms.Form):
    fran = forms.CharField(label="Från version", required=False, max_length=50)
    till = forms.CharField(label="Till version", required=False, max_length=50)


@public
def plan_compare(request, area, group, plan):
    """Compare two versions (or a version and the draft, for its readers)."""
    plan = get_plan(area, group, plan)
    can_read_draft = request.user.has_perm("plans.view_plan_draft", plan)
    versions = list(plan.versions.listed())
    if not versions and not can_read_draft:
        raise Http404
    choices = ([DRAFT] if can_read_draft else []) + [v.label for v in versions]
    # The latest two published versions; with one, it against the draft.
    if len(versions) >= 2:
        default_new, default_old = versions[0].label, versions[1].label
    elif versions and can_read_draft:
        default_new, default_old = DRAFT, versions[0].label
    else:
        default_new = default_old = choices[0]
    query = query_values(request, CompareQuery)
    old_label = query["fran"] or default_old
    new_label = query["till"] or default_new
    old = _snapshot(plan, versions, old_label, can_read_draft)
    new = _snapshot(plan, versions, new_label, can_read_draft)
    context = {
        "area": plan.group.area,
        "plan": plan,
        "choices": choices,
        "old_label": old_label,
        "new_label": new_label,
        "comparison": PlanComparison.between(old, new),
        "draft_label": DRAFT,
    }
    return render(request, "plans/plan_compare.html", context)


def _snapshot(plan, versions, label, can_read_draft) -> dict:
    if label == DRAFT:
        if not can_read_draft:
            raise Http404
        return plan_snapshot(plan)
    try:
        number = VersionNumber.parse(label)
    except VersionNumberError:
        raise Http404 from None
    for version in versions:
        if version.number == number:
            return version.snapshot
    raise Http404


def _parse_version(label: str) -> VersionNumber:
    try:
        return VersionNumber.parse(label)
    except VersionNumberError:
        raise Http404 from None


def find_version(plan, label: str) -> PlanVersion:
    number = _parse_version(label)
    return get_object_or_404(plan.versions, major=number.major, minor=number.minor)


@public
def action_plan_detail(request, area, plan):
    """A published handlingsplan; a draft only for those who may read it (404
    for everyone else, as for a plan that does not exist)."""
    plan = get_action_plan(area, plan)
    if not request.user.has_perm("plans.view_action_plan", plan):
        raise Http404
    steering = []
    if plan.steering_group:
        steering = plan.steering_group.memberships.select_related("person", "organisation")
    context = {
        "area": plan.area,
        "plan": plan,
        "timetable": plan.timetable.all(),
        "steering": steering,
        "can_publish": request.user.has_perm("plans.publish_action_plan", plan),
    }
    return render(request, "plans/action_plan_detail.html", context)
