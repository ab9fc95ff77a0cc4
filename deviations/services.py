"""Save imported statistics, all or nothing; turn findings into activities."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Sum

from deviations.importing import Preview
from deviations.models import Finding, StatisticRow, StatisticsImport, StatisticSummary
from plans import services as plan_services
from plans.models import Activity

BATCH = 5000


def statistics_import(
    *, area, preview: Preview, user, is_example: bool = False
) -> StatisticsImport:
    """Save the rows; a half-year already imported is replaced as a whole."""
    periods = preview.periods
    with transaction.atomic():
        for year, half in periods:
            StatisticRow.objects.filter(area=area, year=year, half=half).delete()
        record = StatisticsImport(
            area=area,
            file_name=preview.file_name[:255],
            row_count=len(preview.rows),
            total=preview.total,
            periods=", ".join(f"{year} H{half}" for year, half in periods),
            imported_by=user,
            is_example=is_example,
        )
        record.full_clean()
        record.save()
        StatisticRow.objects.bulk_create(
            (
                StatisticRow(
                    area=area,
                    year=row.year,
                    half=row.half,
                    reporting_id=row.reporting,
                    receiving_id=row.receiving,
                    target_group_id=row.target_group,
                    category_id=row.category,
                    cause_id=row.cause,
                    count=row.count,
                    source=record,
                )
                for row in preview.rows
            ),
            batch_size=BATCH,
        )
        statistics_summarise(area=area, periods=periods)
    return record


SUMMARY_FIELDS = ("reporting_id", "receiving_id", "category_id", "target_group_id")


def statistics_summarise(*, area, periods) -> int:
    """Sum the imported rows of these half-years once, into StatisticSummary
    (replacing what was there); returns how many sums were written."""
    with transaction.atomic():
        written = 0
        for year, half in periods:
            StatisticSummary.objects.filter(area=area, year=year, half=half).delete()
            grouped = (
                StatisticRow.objects.filter(area=area, year=year, half=half)
                .values(*SUMMARY_FIELDS)
                .annotate(total=Sum("count"))
                .order_by()
            )
            sums = [
                StatisticSummary(
                    area=area,
                    year=year,
                    half=half,
                    count=group.pop("total"),
                    **group,
                )
                for group in grouped
            ]
            StatisticSummary.objects.bulk_create(sums, batch_size=BATCH)
            written += len(sums)
    return written


def finding_link_activity(*, finding: Finding, activity_id: int) -> Finding:
    """Link the finding to an existing activity of a plan of its own area."""
    activity = Activity.objects.filter(pk=activity_id, plan__group__area=finding.area_id).first()
    if activity is None:
        raise ValidationError("Det finns ingen sådan aktivitet i området.")
    finding.activity = activity
    finding.save(update_fields=["activity"])
    return finding


def finding_create_activity(*, finding: Finding, plan, goal, what: str) -> Finding:
    """A proposed measure becomes an activity in a plan, linked both ways."""
    with transaction.atomic():
        activity = plan_services.activity_create(
            plan=plan,
            data={
                "goal": goal,
                "local_goal": "" if goal else "Förbättringsåtgärd från avvikelser i samverkan",
                "what": what,
                "how": finding.measure or finding.finding,
                "responsible": "",
                # The measure starts the half-year after the one analysed.
                "start": (
                    f"hösten {finding.year}" if finding.half == 1 else f"våren {finding.year + 1}"
                ),
                "deadline": "",
                "measure": "",
                "status": "ej_paborjad",
            },
        )
        finding.activity = activity
        finding.save(update_fields=["activity"])
    return finding
