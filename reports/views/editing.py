"""Writing a report: create, edit texts, arrange sections, economy, adopt, publish."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from nosam.lookups import get_area
from reports import services
from reports.forms import (
    AdoptForm,
    EconomyFormSet,
    ReportCreateForm,
    ReportForm,
    SectionAddForm,
    SectionForm,
)
from reports.lookups import get_report, get_section
from samla.access import rule

CHANGE = "reports.change_report"


@require_http_methods(["GET", "POST"])
@rule("reports.add_report", get_area)
def report_create(request, area):
    form = ReportCreateForm(request.POST or None, area=area)
    if form.is_valid():
        try:
            report = services.report_create(
                area=area, group=form.cleaned_data["group"], year=form.cleaned_data["year"]
            )
        except ValidationError as refused:
            form.add_error(None, refused.messages)
        else:
            messages.success(request, "Rapporten är skapad som utkast med årets data.")
            return redirect(report.get_absolute_url())
    return render(request, "reports/report_create.html", {"area": area, "form": form})


@require_POST
@rule("reports.add_report", get_report, visible="reports.view_report")
def report_continue(request, report):
    """Start next year's report from this one."""
    try:
        new = services.report_continue(previous=report)
    except ValidationError as refused:
        messages.error(request, " ".join(refused.messages))
        return redirect(report.get_absolute_url())
    messages.success(
        request,
        f"Årsrapport {new.year} är skapad som utkast med avsnitten och texterna från "
        f"{report.year} och {new.year}s data. Gå igenom texterna och fyll i ekonomin.",
    )
    return redirect(new.get_absolute_url())


@require_http_methods(["GET", "POST"])
@rule(CHANGE, get_report, visible="reports.view_report")
def report_edit(request, report):
    form = ReportForm(request.POST or None, instance=report)
    if form.is_valid():
        form.save()
        messages.success(request, "Uppgifterna är sparade.")
        return redirect(report.get_absolute_url())
    return render(
        request, "reports/report_form.html", {"area": report.area, "report": report, "form": form}
    )


@require_http_methods(["GET", "POST"])
@rule(CHANGE, get_section, visible="reports.view_report")
def section_edit(request, section):
    report = section.report
    form = SectionForm(request.POST or None, instance=section)
    if form.is_valid():
        form.save()
        messages.success(request, "Avsnittet är sparat.")
        return redirect(f"{report.get_absolute_url()}#avsnitt-{section.pk}")
    context = {"area": report.area, "report": report, "section": section, "form": form}
    return render(request, "reports/section_form.html", context)


@require_http_methods(["GET", "POST"])
@rule(CHANGE, get_report, visible="reports.view_report")
def section_add(request, report):
    form = SectionAddForm(request.POST or None)
    if form.is_valid():
        section = services.section_add(report=report, **form.cleaned_data)
        return redirect(
            "reports:section_edit", area=report.area.slug, report=report.pk, section=section.pk
        )
    return render(
        request, "reports/section_add.html", {"area": report.area, "report": report, "form": form}
    )


@require_POST
@rule(CHANGE, get_section, visible="reports.view_report")
def section_move(request, section):
    services.section_move(section=section, step=-1 if request.POST.get("riktning") == "upp" else 1)
    return redirect(f"{section.report.get_absolute_url()}#avsnitt-{section.pk}")


@require_POST
@rule(CHANGE, get_section, visible="reports.view_report")
def section_delete(request, section):
    report = section.report
    section.delete()
    messages.success(request, f"Avsnittet ”{section.title}” är borttaget.")
    return redirect(report.get_absolute_url())


@require_http_methods(["GET", "POST"])
@rule(CHANGE, get_report, visible="reports.view_report")
def economy_edit(request, report):
    formset = EconomyFormSet(request.POST or None, queryset=report.economy.all(), prefix="ekonomi")
    if formset.is_valid():
        for item in formset.save(commit=False):
            item.report = report
            item.save()
        for item in formset.deleted_objects:
            item.delete()
        messages.success(request, "Ekonomin är sparad.")
        return redirect(report.get_absolute_url())
    return render(
        request,
        "reports/economy_form.html",
        {"area": report.area, "report": report, "formset": formset},
    )


@require_http_methods(["GET", "POST"])
@rule("reports.adopt_report", get_report, visible="reports.view_report")
def report_adopt(request, report):
    form = AdoptForm(request.POST or None)
    if form.is_valid():
        services.report_adopt(report=report, **form.cleaned_data)
        messages.success(request, "Rapporten är fastställd. Årets data är nu låsta i rapporten.")
        return redirect(report.get_absolute_url())
    return render(
        request, "reports/report_adopt.html", {"area": report.area, "report": report, "form": form}
    )


@require_POST
@rule("reports.publish_report", get_report, visible="reports.view_report")
def report_publish(request, report):
    try:
        services.report_publish(report=report)
    except ValidationError as refused:
        messages.error(request, " ".join(refused.messages))
    else:
        messages.success(request, "Rapporten är publicerad på webbplatsen.")
    return redirect(report.get_absolute_url())
