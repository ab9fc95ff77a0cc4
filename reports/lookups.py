from django.shortcuts import get_object_or_404

from reports.models import Report, Section


def get_report(area: str, report: int) -> Report:
    return get_object_or_404(
        Report.objects.select_related("area", "group"), area__slug=area, pk=report
    )


def get_section(area: str, report: int, section: int) -> Section:
    return get_object_or_404(
        Section.objects.select_related("report__area", "report__group"),
        report__area__slug=area,
        report_id=report,
        pk=section,
    )
