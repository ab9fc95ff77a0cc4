"""What the public sees of indicators: THE rule for indicators that leave
the internal pages.

Like a plan's statuses, its indicators are published with the plan. At each
publication the version's status snapshot records, for the plan's activities
and the Samverkansplan's prioritised goals, each indicator as it was defined
(name, unit, target, whether it counts events, …) and its typed values. The
public pages, a published version's PDF and the annual report read that
record, never the working copy: an indicator added, edited, deleted or a
value entered after a publication waits for the next one, and a published
version never changes. Derived values are read as they come (deviation
statistics only while the area publishes them; meetings held are public).
Counts of events under three are "<3" (:func:`progress.assess`).
"""

from __future__ import annotations

from decimal import Decimal

from django.db.models import Q

from indicators.models import Indicator, IndicatorValue, Source, StatusSnapshot
from indicators.periods import parse_period
from indicators.progress import Assessment, Point, assess, series
from nosam.models import Area, Group

FIELDS = [
    "area_id",
    "activity_id",
    "goal_id",
    "group_id",
    "name",
    "description",
    "unit",
    "direction",
    "source",
    "period_type",
    "baseline_period",
    "target_kind",
    "target_period",
    "counts_events",
    "is_example",
    "position",
]
DECIMALS = ["baseline_value", "target_value"]


def record(version) -> list[dict]:
    """The plan's activities' and its Samverkansplan's goals' indicators as
    they are now, with their typed values: what a publication keeps."""
    plan = version.plan
    indicators = list(
        Indicator.objects.filter(
            Q(activity__plan=plan) | Q(goal__plan=plan.collaboration_plan_id)
        ).order_by("position", "pk")
    )
    values: dict[int, list] = {}
    typed = [i.pk for i in indicators if i.source == Source.TYPED]
    for value in IndicatorValue.objects.filter(indicator__in=typed).order_by("period"):
        values.setdefault(value.indicator_id, []).append(
            [value.period, str(value.value), value.source]
        )
    return [
        {
            "id": i.pk,
            **{f: getattr(i, f) for f in FIELDS},
            **{f: None if getattr(i, f) is None else str(getattr(i, f)) for f in DECIMALS},
            "values": values.get(i.pk, []),
        }
        for i in indicators
    ]


def keep(version) -> None:
    """Record the indicators in the version's publication snapshot."""
    StatusSnapshot.objects.filter(version=version).update(indicators=record(version))


def _rebuilt(row: dict) -> tuple[Indicator, list[Point] | None]:
    indicator = Indicator(pk=row["id"], **{f: row[f] for f in FIELDS})
    for f in DECIMALS:
        setattr(indicator, f, None if row[f] is None else Decimal(row[f]))
    if indicator.source != Source.TYPED:
        return indicator, None
    points = []
    for key, value, source in row["values"]:
        try:
            points.append(Point(parse_period(key), Decimal(value), source))
        except Exception:  # noqa: BLE001 (a stored key that no longer parses is left out)
            continue
    return indicator, sorted(points, key=lambda p: p.period.ordinal)


def published_indicators(
    versions: list, *, goals: bool = True
) -> list[tuple[Indicator, list[Point], Assessment]]:
    """The indicators the public sees for these published versions: each
    version's activities' indicators as recorded at its publication, and
    (``goals``) the prioritised goals' indicators as recorded at the newest
    of them. A fixed number of queries however many there are."""
    from deviations.models import Publication

    if not versions:
        return []
    newest = max(versions, key=lambda v: v.published_at)
    records = dict(
        StatusSnapshot.objects.filter(version__in=versions).values_list("version_id", "indicators")
    )
    rebuilt: dict[int, tuple[Indicator, list[Point] | None]] = {}
    for version in versions:
        for row in records.get(version.pk) or []:
            is_goal = row["goal_id"] is not None
            if is_goal and not (goals and version.pk == newest.pk):
                continue
            rebuilt[row["id"]] = _rebuilt(row)
    derived = [i for i, points in rebuilt.values() if points is None]
    if derived:
        areas = Area.objects.in_bulk({i.area_id for i in derived})
        groups = Group.objects.in_bulk({i.group_id for i in derived if i.group_id})
        for indicator in derived:
            indicator.area = areas.get(indicator.area_id)
            indicator.group = groups.get(indicator.group_id)
        derived = [i for i in derived if i.area is not None]
    publishing = set(
        Publication.objects.filter(
            area__in={i.area_id for i in derived if i.source == Source.DEVIATIONS},
            publish_statistics=True,
        ).values_list("area_id", flat=True)
    )
    found = series(derived) if derived else {}
    result = []
    for indicator, points in rebuilt.values():
        if points is None:
            if indicator.area is None:
                continue
            points = found.get(indicator.pk, [])
            if indicator.source == Source.DEVIATIONS and indicator.area_id not in publishing:
                # Unpublished statistics: no figure of them, typed from them either.
                points, indicator.baseline_value, indicator.target_value = [], None, None
        result.append((indicator, points, assess(indicator, points, public=True)))
    return result
