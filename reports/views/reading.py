"""Reading reports: the list with its archive per year, a report, PDF, DOCX."""

from django.core.cache import cache
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from nosam.lookups import get_area
from reports.documents import ReportDocument
from reports.exports import report_docx, report_pdf_html
from reports.lookups import get_report
from reports.models import Report
from reports.selectors import next_year_report
from reports.tasks import draft_pdf_key, report_render_draft_pdf, report_render_files
from samla.access import public, rule


@require_safe
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


@require_safe
@rule("reports.view_report", get_report)
def report_detail(request, report):
    document = ReportDocument.from_report(report)
    user = request.user
    can_continue = user.has_perm("reports.add_report", report)
    context = {
        "area": report.area,
        "report": report,
        "document": document,
        "can_change": user.has_perm("reports.change_report", report),
        "can_adopt": user.has_perm("reports.adopt_report", report),
        "can_publish": user.has_perm("reports.publish_report", report),
        "can_continue": can_continue,
        "next_report": next_year_report(report) if can_continue else None,
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


def _stored(request, report, stored, content_type: str, extension: str, *, inline: bool):
    """An adopted report's file as rendered at adoption; a page that says it is
    being prepared while the worker renders it."""
    # Adopted before files were kept, or its task was lost: ask once more (at
    # most every ten minutes), and say that it is on its way.
    if not stored and cache.add(f"report-render:{report.pk}", 1, timeout=600):
        report_render_files.enqueue(report.pk)
        report.refresh_from_db(fields=["pdf_file", "docx_file"])
        stored = report.pdf_file if extension == "pdf" else report.docx_file
    if not stored:
        return _preparing(request, report, extension)
    with stored.open("rb") as file:
        response = _download(file.read(), content_type, _name(report, extension), inline=inline)
    response["Cache-Control"] = "private, max-age=3600"
    return response


PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@require_safe
@rule("reports.view_report", get_report)
def report_pdf_view(request, report):
    """An adopted report's stored PDF; a draft's, laid out in the background
    once per content (a large area's report takes far longer than a request
    may), with a page that says it is being prepared until it is there."""
    if not report.is_draft:
        return _stored(request, report, report.pdf_file, PDF, "pdf", inline=True)
    key = draft_pdf_key(report_pdf_html(ReportDocument.from_report(report)))
    pdf = cache.get(key)
    if pdf is None and cache.add(f"{key}:asked", 1, timeout=300):
        report_render_draft_pdf.enqueue(report.pk)
        pdf = cache.get(key)
    if pdf is None:
        return _preparing(request, report, "pdf")
    return _download(pdf, PDF, _name(report, "pdf"), inline=True)


def _preparing(request, report, extension: str):
    context = {"area": report.area, "report": report, "what": extension.upper()}
    response = render(request, "reports/report_preparing.html", context, status=503)
    response["Retry-After"] = "10"
    return response


@require_safe
@rule("reports.view_report", get_report)
def report_docx_view(request, report):
    if not report.is_draft:
        return _stored(request, report, report.docx_file, DOCX, "docx", inline=False)
    content = report_docx(ReportDocument.from_report(report))
    return _download(content, DOCX, _name(report, "docx"), inline=False)
