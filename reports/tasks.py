"""Work done in the background (django-tasks; a worker runs ``db_worker``)."""

from django.core.files.base import ContentFile
from django_tasks import task

from reports.documents import ReportDocument
from reports.exports import report_docx, report_pdf
from reports.models import Report


@task()
def report_render_files(report_id: int) -> None:
    """Render an adopted report's PDF and Word file once, and store them."""
    report = Report.objects.select_related("area").filter(pk=report_id).first()
    if report is None or report.is_draft:
        return
    document = ReportDocument.from_report(report)
    name = f"arsrapport-{report.year}-{report.area.slug}-{report.pk}"
    report.pdf_file.save(f"{name}.pdf", ContentFile(report_pdf(document)), save=False)
    report.docx_file.save(f"{name}.docx", ContentFile(report_docx(document)), save=False)
    Report.objects.filter(pk=report.pk).update(
        pdf_file=report.pdf_file.name, docx_file=report.docx_file.name
    )
