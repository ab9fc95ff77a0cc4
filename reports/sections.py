"""The data of a report's generated sections, built from the year's data.

Each builder returns plain JSON-ready data: a draft shows it live, an adopted
report keeps the copy frozen at adoption, and every format (HTML, PDF, DOCX)
lays out the same data.
"""

from __future__ import annotations

from decimal import Decimal

from django.utils import timezone

from deviations import statistics as stats
from deviations.models import Finding
from nosam.representation import RepresentationOverview
from nosam.selectors import GroupHierarchy, meeting_counts
from plans.models import Activity, FollowUp
from reports.models import EconomyItem, Report, Section
from samla.collation import swedish_sort_key
from samla.numbers import format_decimal

Kind = Section.Kind


def _groups(report: Report):
    """The groups a report covers: all of the area, or the group and those under it."""
    groups = list(report.area.groups.all())
    if report.group_id is None:
        return groups
    hierarchy = GroupHierarchy(parents={g.pk: g.parent_id for g in groups})
    covered = hierarchy.and_below({report.group_id})
    return [g for g in groups if g.pk in covered]


def structure(report: Report) -> dict:
    area = report.area
    organisations = list(area.organisations.select_related("parent"))
    top = [o for o in organisations if o.parent_id is None or o.parent not in organisations]
    units: dict[int, list[str]] = {}
    for organisation in organisations:
        if organisation.parent_id and organisation.parent in organisations:
            units.setdefault(organisation.parent_id, []).append(organisation.name)
    representation = []
    groups = _groups(report)
    overviews = RepresentationOverview.for_groups(groups, report.year)
    for group in groups:
        overview = overviews[group.pk]
        if not any(row.expected for row in overview.rows):
            continue
        representation.append(
            {
                "group": group.name,
                "meetings": len(overview.meetings),
                "rows": [
                    {
                        "organisation": row.organisation.name,
                        "attended": row.attended,
                        "expected": row.expected,
                    }
                    for row in overview.rows
                ],
            }
        )
    return {
        "organisations": [
            {
                "name": o.name,
                "kind": o.get_kind_display(),
                "units": sorted(units.get(o.pk, []), key=swedish_sort_key),
            }
            for o in sorted(top, key=lambda o: swedish_sort_key(o.name))
        ],
        "groups": [{"name": g.name, "kind": g.get_kind_display()} for g in groups],
        "representation": representation,
    }


def meetings(report: Report) -> dict:
    covered = {g.pk for g in _groups(report)}
    rows = [
        {"group": count.group.name, "total": count.total, "joint": count.joint}
        for count in meeting_counts(report.area, report.year)
        if count.group.pk in covered
    ]
    return {"year": report.year, "rows": rows}


def activities(report: Report) -> dict:
    """Mål / Aktivitet / Uppföljning of the year's plans, per target group."""
    covered = [g.pk for g in _groups(report)]
    found = (
        Activity.objects.filter(plan__group__in=covered, plan__year=report.year)
        .select_related("plan__target_group", "goal")
        .order_by("plan__target_group_id", "plan_id", "position", "pk")
    )
    found = list(found)
    follow_ups: dict[int, list[str]] = {}
    for activity_id, text in (
        FollowUp.objects.filter(activity__in=found, date__year=report.year)
        .order_by("date", "pk")
        .values_list("activity_id", "text")
    ):
        follow_ups.setdefault(activity_id, []).append(text)
    groups: dict[str, list[dict]] = {}
    for activity in found:
        plan = activity.plan
        name = plan.target_group.name if plan.target_group else plan.title
        groups.setdefault(name, []).append(
            {
                "goal": activity.goal_text,
                "what": activity.what,
                "follow_up": "\n\n".join(follow_ups.get(activity.pk, []))
                or f"Status: {activity.status_label}.",
            }
        )
    return {"target_groups": [{"name": k, "rows": v} for k, v in groups.items()]}


def deviations(report: Report) -> dict:
    """The year's counts, exact: this is what adoption freezes. Every format
    shows them through :func:`disclosed_deviations`."""
    area = report.area
    year = stats.Period(report.year)
    halves = [stats.Period(report.year, 1), stats.Period(report.year, 2)]
    categories: dict[str, int] = {}
    for half in halves:
        for name, count in stats.PeriodStatistics.for_period(area, half).by_category():
            categories[name] = categories.get(name, 0) + count
    findings = Finding.objects.filter(area=area, year=report.year).select_related("target_group")
    return {
        "year": report.year,
        "total": stats.total(area, year),
        "halves": [[half.label, stats.total(area, half)] for half in halves],
        "categories": sorted(categories.items(), key=lambda item: -item[1]),
        "findings": [
            {
                "period": f"{f.year} H{f.half}",
                "target_group": f.target_group.name if f.target_group else "Alla målgrupper",
                "finding": f.finding,
                "measure": f.measure,
            }
            for f in findings
        ],
        "example": stats.has_example_data(area, year),
    }


def disclosed_deviations(data: dict, area) -> dict:
    """The deviation section as it may leave the portal: a report is a public
    document once adopted, so its counts go through the area's
    ``stats.PublicStatistics`` (the same cells as the public statistics pages,
    so that neither gives the other's "<3" away), in a draft too, so it reads
    as it will be published. Counts frozen before a later re-import get a
    disclosure of their own."""
    year = data["year"]
    published = stats.PublicStatistics.for_area(area, timezone.localdate())
    if published.matches(year, dict(data["categories"])):
        halves = [stats.Period(year, 1), stats.Period(year, 2)]
        return {
            **data,
            "total": published.total(stats.Period(year)),
            "halves": [
                [half.label, published.total(half) if published.has(half) else "0"]
                for half in halves
            ],
            "categories": [
                list(pair) for pair in published.table(published.categories[stats.Period(year)])
            ],
            "hidden_note": stats.HIDDEN_NOTE,
        }
    disclosure = stats.Disclosure()
    total = disclosure.cell(data["total"])
    halves = disclosure.cells(count for _, count in data["halves"])
    disclosure.relation(halves, total)
    categories = disclosure.cells(count for _, count in data["categories"])
    disclosure.relation(categories, total)
    labels = [label for label, _ in data["categories"]]
    return {
        **data,
        "total": disclosure.shown(total),
        "halves": [
            [label, disclosure.shown(i)]
            for (label, _), i in zip(data["halves"], halves, strict=True)
        ],
        "categories": [list(pair) for pair in disclosure.pairs(labels, categories)],
        "hidden_note": stats.HIDDEN_NOTE,
    }


def _mnkr(value: Decimal | None) -> str | None:
    # At least one decimal, as in the source report ("4,8"), and never fewer than entered.
    return None if value is None else format_decimal(value, min_places=1)


def economy(report: Report) -> dict:
    items = list(report.economy.all())
    by_kind: dict[str, list[dict]] = {}
    for item in items:
        by_kind.setdefault(item.kind, []).append(
            {"label": item.label, "amount": _mnkr(item.amount), "note": item.note}
        )
    income = [i for i in items if i.kind == EconomyItem.Kind.INCOME and i.amount is not None]
    return {
        "income": by_kind.get(EconomyItem.Kind.INCOME, []),
        "income_total": _mnkr(sum((i.amount for i in income), Decimal(0))) if income else None,
        "spending": by_kind.get(EconomyItem.Kind.SPENDING, []),
        "result": by_kind.get(EconomyItem.Kind.RESULT, []),
        "balance": by_kind.get(EconomyItem.Kind.BALANCE, []),
        "commitments": by_kind.get(EconomyItem.Kind.COMMITMENT, []),
    }


BUILDERS = {
    Kind.STRUCTURE: structure,
    Kind.MEETINGS: meetings,
    Kind.ACTIVITIES: activities,
    Kind.DEVIATIONS: deviations,
    Kind.ECONOMY: economy,
}


def section_data(section: Section) -> dict | None:
    """Frozen data for an adopted report, live data for a draft; as shown."""
    if not section.is_generated:
        return None
    data = section.frozen_data
    if data is None:
        data = BUILDERS[section.kind](section.report)
    if section.kind == Kind.DEVIATIONS:
        return disclosed_deviations(data, section.report.area)
    return data
