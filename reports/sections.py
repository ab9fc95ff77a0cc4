"""The data of a report's generated sections, built from the year's data.

Each builder returns plain JSON-ready data: a draft shows it live, an adopted
report keeps the copy frozen at adoption, and every format (HTML, PDF, DOCX)
lays out the same data.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from django.db.models import OuterRef, Subquery
from django.utils import timezone

from deviations import statistics as stats
from deviations.models import Finding
from indicators.models import Indicator
from indicators.progress import public_value, target_text
from indicators.publication import published_indicators
from indicators.snapshots import status_movement
from nosam.representation import RepresentationOverview
from nosam.selectors import GroupHierarchy, meeting_counts
from plans.models import Activity, ActivityPlan, FollowUp, PlanVersion, PrioritisedGoal, Status
from reports.models import EconomyItem, Report, Section
from samla.collation import swedish_sort_key
from samla.numbers import format_decimal, parse_decimal

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


def activity_period(*, start, deadline, plan_year: int) -> tuple[date, date | None]:
    """When an activity runs: from its start to the end of its deadline, as
    their partial dates understand them ("Dec 2024", "Våren 2026", "2025");
    ``None`` as the end when it runs on ("Över tid"). Where a date is missing
    or not understood, the plan's year stands in for it."""
    year_start, year_end = date(plan_year, 1, 1), date(plan_year, 12, 31)
    begins = start.start if start is not None and start.valid else None
    if deadline is not None and deadline.valid:
        ends = deadline.end
    else:
        ends = max(year_end, date(begins.year, 12, 31)) if begins else year_end
    if begins is None:
        # From the plan's year on, or from the deadline when that came before it.
        begins = year_start
        if ends is not None and ends < year_start:
            begins = deadline.start or ends
    if ends is not None and ends < begins:  # written the wrong way round
        begins, ends = ends, begins
    return begins, ends


def runs_in_year(period: tuple[date, date | None], year: int) -> bool:
    begins, ends = period
    return begins <= date(year, 12, 31) and (ends is None or ends >= date(year, 1, 1))


def _year_activities(covered: list[int], year: int) -> list[tuple[Activity, list[int]]]:
    """The activities of the groups' plans that run some time in the year,
    each with the ids of its lineage (the activities it was copied from, or
    that were copied from it). An activity carried over to next year's plan is
    one activity: the year reads it from the plan nearest the year, a later
    year's plan only when no earlier one has it."""
    candidates = list(
        Activity.objects.filter(plan__group__in=covered)
        .select_related("plan__target_group", "goal")
        .order_by("plan__target_group_id", "plan__year", "plan_id", "position", "pk")
    )
    parent = {a.pk: a.copied_from_id for a in candidates}

    def root(pk: int) -> int:
        seen = set()
        while parent.get(pk) in parent and pk not in seen:
            seen.add(pk)
            pk = parent[pk]
        return pk

    lineages: dict[int, list[int]] = {}
    for activity in candidates:
        lineages.setdefault(root(activity.pk), []).append(activity.pk)
    chosen: dict[int, Activity] = {}
    for activity in candidates:
        period = activity_period(
            start=activity.start, deadline=activity.deadline, plan_year=activity.plan.year
        )
        if not runs_in_year(period, year):
            continue
        key, plan_year = root(activity.pk), activity.plan.year
        best = chosen.get(key)
        nearness = (plan_year > year, abs(plan_year - year))
        if best is None or nearness < (best.plan.year > year, abs(best.plan.year - year)):
            chosen[key] = activity
    picked = {a.pk for a in chosen.values()}
    return [(a, lineages[root(a.pk)]) for a in candidates if a.pk in picked]


def activities(report: Report) -> dict:
    """Mål / Aktivitet / Uppföljning of every activity that ran some time in
    the year, from whichever year's plan, per target group; the follow-ups
    written in the year."""
    found = _year_activities([g.pk for g in _groups(report)], report.year)
    lineage_of = {pk: activity.pk for activity, lineage in found for pk in lineage}
    follow_ups: dict[int, list[str]] = {}
    for activity_id, text in (
        FollowUp.objects.filter(activity__in=list(lineage_of), date__year=report.year)
        .order_by("date", "pk")
        .values_list("activity_id", "text")
    ):
        follow_ups.setdefault(lineage_of[activity_id], []).append(text)
    groups: dict[str, list[dict]] = {}
    for activity, _ in found:
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


def _target_text(indicator: Indicator) -> str:
    return target_text(indicator, public=True) or "Inget mål angivet"


def _places(found) -> dict[tuple, str]:
    """Where each indicator belongs: its goal's text, or its activity's title
    and goal (two queries)."""
    goal_ids = {i.goal_id for i, _, _ in found if i.goal_id}
    activity_ids = {i.activity_id for i, _, _ in found if i.activity_id}
    places = {
        (goal.pk, None): goal.text for goal in PrioritisedGoal.objects.filter(pk__in=goal_ids)
    }
    for activity in Activity.objects.filter(pk__in=activity_ids).select_related("goal"):
        text = f"{activity.title} ({activity.goal_text})".replace(" ()", "")
        places[(None, activity.pk)] = text
    return places


def goal_attainment(report: Report) -> dict:
    """Måluppfyllelse: the indicators of the year's plans (and, in the area's
    own report, of the Samverkansplan's prioritised goals) with their values of
    the year and where they stand, and how the plans' statuses moved over the
    year. Counts of events follow the small-count rule: a report is public."""
    covered = [g.pk for g in _groups(report)]
    plans = list(ActivityPlan.objects.filter(group__in=covered, year=report.year))
    # A report is public: the indicators as the plans' latest publications
    # recorded them (indicators.publication), not the working copies.
    latest = PlanVersion.objects.filter(plan=OuterRef("plan")).latest_first().values("pk")[:1]
    versions = list(PlanVersion.objects.filter(plan__in=plans, pk=Subquery(latest)))
    found = published_indicators(versions, goals=report.group_id is None)
    found.sort(key=lambda item: (item[0].position, item[0].pk))
    places = _places(found)
    rows = []
    for indicator, points, assessment in found:
        where = places.get((indicator.goal_id, indicator.activity_id), "")
        baseline = (
            f"{public_value(indicator, indicator.baseline_value)} {indicator.unit}".strip()
            + (f" ({indicator.baseline_period_label})" if indicator.baseline_period else "")
            if indicator.baseline_value is not None
            else "–"
        )
        rows.append(
            {
                "name": indicator.name,
                "where": where,
                "unit": indicator.unit,
                "baseline": baseline,
                "target": _target_text(indicator),
                "values": [
                    [p.period.label, public_value(indicator, p.value)]
                    for p in points
                    if p.period.year == report.year
                ],
                "state": assessment.state,
                "state_label": assessment.label,
                "explanation": assessment.explanation,
                "example": indicator.is_example,
            }
        )
    columns = status_movement(plans, report.year)
    return {
        "year": report.year,
        "indicators": rows,
        "statuses": [status.label for status in Status],
        "movement": [
            {
                "day": column.label,
                "occasion": column.occasion,
                "counts": [column.counts[status.value] for status in Status],
                "total": column.total,
            }
            for column in columns
        ],
    }


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
    published = stats.PublicStatistics.for_area(area, timezone.localdate(), also_year=year)
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
    """The economy lines as entered: what adoption freezes. Every format shows
    them through :func:`economy_table`."""
    return {
        "items": [
            {
                "kind": item.kind,
                "label": item.label,
                "amount": None if item.amount is None else str(item.amount),
                "note": item.note,
            }
            for item in report.economy.all()
        ]
    }


E = EconomyItem.Kind
# The table's parts, in order: (kind, heading).
ECONOMY_GROUPS = [
    (E.INCOME, "Intäkter"),
    (E.SPENDING, "Kostnader"),
    (E.RESULT, "Resultat"),
    (E.BALANCE, "Överfört till nästa år"),
    (E.COMMITMENT, "Åtaganden"),
]
COMPUTED_RESULT = "Intäkter minus kostnader"
COMPUTED_NOTE = "Beräknat ur raderna ovan"
STATED = "enligt källdokumentet"
# Frozen before the items were kept as entered: lists per kind, amounts as shown.
_FROZEN_LISTS = {
    "income": E.INCOME,
    "spending": E.SPENDING,
    "result": E.RESULT,
    "balance": E.BALANCE,
    "commitments": E.COMMITMENT,
}


def _economy_items(data: dict) -> list[dict]:
    if "items" in data:
        items = [{**item, "amount": _decimal(item["amount"])} for item in data["items"]]
    else:
        items = [
            {**item, "kind": kind, "amount": _decimal(item["amount"], shown=True)}
            for key, kind in _FROZEN_LISTS.items()
            for item in data.get(key, [])
        ]
    unique, seen = [], set()
    for item in items:
        key = (item["kind"], item["label"].strip().casefold(), item["amount"], item["note"])
        if key not in seen:  # the same line entered twice is one line
            seen.add(key)
            unique.append(item)
    return unique


def _decimal(value, *, shown: bool = False) -> Decimal | None:
    if value in (None, ""):
        return None
    return parse_decimal(value) if shown else Decimal(value)


def _without_entered_total(rows: list[dict]) -> list[dict]:
    """A line that is the sum of all the others (an "Intäkter totalt" typed in
    beside its sources) is the total the table adds itself: not a line of its own."""
    if len(rows) >= 3:
        for row in rows:
            others = [r["amount"] for r in rows if r is not row]
            if row["amount"] and row["amount"] == sum(others, Decimal(0)):
                return [r for r in rows if r is not row]
    return rows


def _economy_row(label: str, amount: Decimal, note: str = "", *, total: bool = False) -> dict:
    return {"label": label, "amount": _mnkr(amount), "note": note, "total": total}


def economy_table(data: dict) -> dict:
    """The economy section as shown: per part its lines with an amount and,
    for two or more, their total; the result computed as income minus costs,
    beside any result the source document states (marked as such); lines
    without an amount as text below the table, never as empty rows."""
    with_amount: dict[str, list[dict]] = {kind: [] for kind, _ in ECONOMY_GROUPS}
    without: dict[str, list[dict]] = {kind: [] for kind, _ in ECONOMY_GROUPS}
    for item in _economy_items(data):
        (with_amount if item["amount"] is not None else without)[item["kind"]].append(item)
    for kind in (E.INCOME, E.SPENDING):
        with_amount[kind] = _without_entered_total(with_amount[kind])
    sums = {
        kind: sum((item["amount"] for item in with_amount[kind]), Decimal(0))
        for kind in (E.INCOME, E.SPENDING)
        if with_amount[kind]
    }
    groups = []
    for kind, heading in ECONOMY_GROUPS:
        items = with_amount[kind]
        label = "{} (" + STATED + ")" if kind == E.RESULT else "{}"
        rows = [_economy_row(label.format(i["label"]), i["amount"], i["note"]) for i in items]
        if kind in sums and len(items) >= 2:
            rows.append(_economy_row(f"{heading} totalt", sums[kind], total=True))
        if kind == E.RESULT and len(sums) == 2:
            result = sums[E.INCOME] - sums[E.SPENDING]
            rows.insert(0, _economy_row(COMPUTED_RESULT, result, COMPUTED_NOTE, total=True))
        if rows:
            groups.append({"heading": heading, "rows": rows})
    notes = [
        {
            "heading": f"{heading}, utan angivet belopp",
            "text": "; ".join(
                f"{i['label']} ({i['note']})" if i["note"] else i["label"] for i in without[kind]
            )
            + ".",
        }
        for kind, heading in ECONOMY_GROUPS
        if without[kind]
    ]
    return {"groups": groups, "notes": notes}


BUILDERS = {
    Kind.STRUCTURE: structure,
    Kind.MEETINGS: meetings,
    Kind.ACTIVITIES: activities,
    Kind.GOALS: goal_attainment,
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
    if section.kind == Kind.ECONOMY:
        return economy_table(data)
    return data
