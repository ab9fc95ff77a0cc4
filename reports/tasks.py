"""Work done in the background (django-tasks; a worker runs ``db_worker``)."""

import hashlib

from django.core.cache import cache
from django.core.files.base import ContentFile
from django_tasks import task

from reports.documents import ReportDocument
from reports.exports import report_docx, report_pdf_html
from reports.models import Report
from samla.pdf import pdf_from_html

DRAFT_PDF_SECONDS = 24 * 3600
# The Word file of the last content rendered in this process (a demo load's
# adopted report, loaded again by every test that loads the demo).
_WORD_FILES: dict[str, bytes] = {}


@task()
def report_render_files(report_id: int) -> None:
    """Render an adopted report's PDF and Word file once, and store them."""
    report = Report.objects.select_related("area").filter(pk=report_id).first()
    if report is None or report.is_draft:
        return
    document = ReportDocument.from_report(report)
    name = f"arsrapport-{report.year}-{report.area.slug}-{report.pk}"
    html = report_pdf_html(document)
    key = hashlib.sha256(html.encode()).hexdigest()
    if key not in _WORD_FILES:  # the same content makes the same file: keep the last
        _WORD_FILES.clear()
        _WORD_FILES[key] = report_docx(document)
    report.pdf_file.save(f"{name}.pdf", ContentFile(pdf_from_html(html)), save=False)
    report.docx_file.save(f"{name}.docx", ContentFile(_WORD_FILES[key]), save=False)
    Report.objects.filter(pk=report.pk).update(
        pdf_file=report.pdf_file.name, docx_file=report.docx_file.name
    )


def draft_pdf_key(html: str) -> str:
    """Where a draft's PDF is kept: named by what it shows, so that any edit
    makes a new one and an unchanged draft is laid out once."""
    return "report-draft-pdf:" + hashlib.sha256(html.encode()).hexdigest()


@task()
def report_render_draft_pdf(report_id: int) -> None:
    """Lay out a draft's PDF (tens of seconds for a large area) and keep it in
    the shared cache under the key of the HTML it was laid out from."""
    report = Report.objects.select_related("area").filter(pk=report_id).first()
    if report is None:
        return
    html = report_pdf_html(ReportDocument.from_report(report))
    cache.set(draft_pdf_key(html), pdf_from_html(html), timeout=DRAFT_PDF_SECONDS)
