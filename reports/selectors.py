"""Reads of reports that pages and other apps share."""

from reports.models import Report, Section


def published_deviation_years(area) -> set[int]:
    """Years whose deviation totals a published annual report of the area shows."""
    return set(
        Report.objects.filter(
            area=area,
            status=Report.Status.PUBLISHED,
            sections__kind=Section.Kind.DEVIATIONS,
        ).values_list("year", flat=True)
    )


def next_year_report(report: Report) -> Report | None:
    """The report of the year after, for the same area or group, if started."""
    return Report.objects.filter(
        area_id=report.area_id, group_id=report.group_id, year=report.year + 1
    ).first()
