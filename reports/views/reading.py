"""Reading reports: the list with its archive per year, a report, PDF, DOCX."""

from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from nosam.lookups import get_area
from reports.documents import ReportDocument
from reports.exports import report_docx, report_pdf
from reports.lookups import get_report
from reports.models import Report
from samla.access import public, rule


@require_GET
@public
def report_list(request, area):
    area = get_area(area)
    reports = Report.objects.filter(area=area).select_related("area", "group")
    visible = [r for r in reports if request.user.has_perm("reports.view_report", r)]
    context = {
        "area": area,
        "reports": visible,
        "can_add": request.user.has_perm("reports.add_report", area),
    }
    return render(request, "reports/report_list.html", context)


@require_GET
@rule("reports.view_report", get_report)
def report_detail(request, report):
    document = ReportDocument.from_report(report)
    user = request.user
    context = {
        "area": report.area,
        "report": report,
        "document": document,
        "can_change": user.has_perm("reports.change_report", report),
        "can_adopt": user.has_perm("reports.adopt_report", report),
        "can_publish": user.has_perm("reports.publish_report", report),
    }
    return render(request, "reports/report_detail.html", context)


def _download(content: bytes, content_type: str, name: str, inline: bool) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    disposition = "inline" if inline else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="{name}"'
    return response


def _name(report, extension: str) -> str:
    draft = "-utkast" if report.is_draft else ""
    return f"arsrapport-{report.year}-{report.area.slug}-{report.pk}{draft}.{extension}"


@require_GET
@rule("reports.view_report", get_report)
def report_pdf_view(request, report):
    pdf = report_pdf(ReportDocument.from_report(report))
    return _download(pdf, "application/pdf", _name(report, "pdf"), inline=True)


@require_GET
@rule("reports.view_report", get_report)
def report_docx_view(request, report):
    content = report_docx(ReportDocument.from_report(report))
    return _download(
        content,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _name(report, "docx"),
        inline=False,
    )
