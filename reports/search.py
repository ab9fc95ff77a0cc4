"""What the site search finds in annual reports: each section of a published
report (registered with ``samla.search``; see ``ReportsConfig.ready``)."""

from reports.models import Report
from samla.search import Entry, Kind, searchable


@searchable(
    Report,
    prefix="rapport",
    everything=lambda: Report.objects.select_related("area").prefetch_related("sections"),
)
def describe_report(report: Report, *, now) -> list[Entry]:
    """A published annual report: one entry per section."""
    if not report.is_published:
        return []
    return [
        Entry(
            kind=Kind.REPORT,
            title=section.title,
            where=f"{report.title} – {report.subtitle}",
            body=section.body,
            url=report.get_absolute_url(),
            published_at=report.published_at,
        )
        for section in report.sections.all()
    ]
