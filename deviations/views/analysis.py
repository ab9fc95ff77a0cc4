"""The analysis group's findings and measures, and cases discussed at NOSAM."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from deviations import services
from deviations.forms import CaseForm, FindingActivityForm, FindingForm
from deviations.lookups import get_finding
from deviations.models import Case, Finding
from deviations.statistics import has_example_data
from nosam.lookups import get_area
from samla.access import rule

ANALYSE = "deviations.analyse"


@require_http_methods(["GET", "POST"])
@rule(ANALYSE, get_area)
def findings(request, area):
    form = FindingForm(request.POST or None, area=area)
    if form.is_valid():
        finding = form.save(commit=False)
        finding.area = area
        finding.save()
        messages.success(request, "Iakttagelsen är sparad.")
        return redirect(finding.get_absolute_url())
    listing = Finding.objects.filter(area=area).select_related(
        "target_group", "activity__plan__group__area", "meeting__area", "area"
    )
    context = {
        "area": area,
        "form": form,
        "findings": listing,
        "example": has_example_data(area),
    }
    return render(request, "deviations/findings.html", context)


@require_http_methods(["GET", "POST"])
@rule(ANALYSE, get_finding)
def finding_detail(request, finding):
    area = finding.area
    form = FindingActivityForm(
        request.POST or None, area=area, initial={"what": finding.measure[:300]}
    )
    if form.is_valid():
        data = form.cleaned_data
        if data.get("existing"):
            try:
                services.finding_link_activity(finding=finding, activity_id=data["existing"])
            except ValidationError as refused:
                form.add_error("existing", refused)
            else:
                messages.success(request, "Iakttagelsen är kopplad till aktiviteten.")
                return redirect(finding.get_absolute_url())
        else:
            if not request.user.has_perm("plans.change_plan", data["plan"]):
                raise PermissionDenied
            services.finding_create_activity(
                finding=finding, plan=data["plan"], goal=data["goal"], what=data["what"]
            )
            messages.success(request, "Aktiviteten är skapad i planens utkast.")
            return redirect(finding.get_absolute_url())
    context = {"area": area, "finding": finding, "form": form}
    return render(request, "deviations/finding_detail.html", context)


@require_http_methods(["GET", "POST"])
@rule(ANALYSE, get_area)
def cases(request, area):
    form = CaseForm(request.POST or None, area=area)
    if form.is_valid():
        case = form.save(commit=False)
        case.area = area
        case.save()
        messages.success(request, "Ärendet är sparat.")
        return redirect("deviations:cases", area=area.slug)
    listing = Case.objects.filter(area=area).select_related(
        "reporting", "receiving", "category", "meeting__area"
    )
    context = {"area": area, "form": form, "cases": listing, "example": has_example_data(area)}
    return render(request, "deviations/cases.html", context)
