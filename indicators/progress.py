"""An indicator's values, typed or derived, and how far it has come.

Derived indicators read what the portal already holds: the deviation
statistics per half-year, the meetings a group has held, and how well the
expected organisations were represented at them. Values of many indicators
are read together, in a fixed number of queries however many there are.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from django.db.models.functions import ExtractYear
from django.utils import timezone
from django.utils.html import format_html

from deviations import statistics
from indicators.models import Direction, Indicator, Source, TargetKind
from indicators.periods import HALF, YEAR, Period, parse_period
from nosam.models import Meeting
from nosam.representation import RepresentationOverview
from nosam.selectors import GroupHierarchy
from samla.icons import icon
from samla.numbers import format_decimal


@dataclass(frozen=True)
class Point:
    period: Period
    value: Decimal
    source: str = ""
    comment: str = ""
    entered_by: str = ""
    entered_at: datetime | None = None  # typed values only


def _period_or_none(key: str, kind: str | None = None) -> Period | None:
    try:
        return parse_period(key, kind)
    except Exception:  # noqa: BLE001 (a stored key that no longer parses is left out)
        return None


def series(indicators: list[Indicator], today: date | None = None) -> dict[int, list[Point]]:
    """Each indicator's values, oldest period first."""
    today = today or timezone.localdate()
    found: dict[int, list[Point]] = {i.pk: [] for i in indicators}
    typed = [i for i in indicators if i.source == Source.TYPED]
    if typed:
        from indicators.models import IndicatorValue

        values = IndicatorValue.objects.filter(indicator__in=typed).select_related("entered_by")
        for value in values:
            period = _period_or_none(value.period)
            if period is not None:
                who = value.entered_by
                name = (who.get_full_name() or who.username) if who else ""
                found[value.indicator_id].append(
                    Point(period, value.value, value.source, value.comment, name, value.entered_at)
                )
    _deviations(found, [i for i in indicators if i.source == Source.DEVIATIONS])
    _meetings(found, [i for i in indicators if i.source == Source.MEETINGS], today)
    _representation(found, [i for i in indicators if i.source == Source.REPRESENTATION], today)
    for points in found.values():
        points.sort(key=lambda p: p.period.ordinal)
    return found


def _deviations(found, indicators) -> None:
    by_area: dict[int, list[Point]] = {}
    for indicator in indicators:
        if indicator.area_id not in by_area:
            by_area[indicator.area_id] = [
                Point(
                    Period(p.year, 1 if p.half == 1 else 7, HALF),
                    Decimal(total),
                    "Avvikelsestatistiken",
                )
                for p, total in statistics.period_totals(indicator.area)
                if p.half
            ]
        found[indicator.pk] = list(by_area[indicator.area_id])


def _meetings(found, indicators, today: date) -> None:
    """Meetings held per year by the indicator's group; a joint group's are
    those of the groups it is made of too (Stor NOSAM and the joint NOSAM
    meet as its two halves), each meeting counted once."""
    if not indicators:
        return
    hierarchies = {a: GroupHierarchy.of(a) for a in {i.area_id for i in indicators}}
    members = {i.pk: hierarchies[i.area_id].joint_below({i.group_id}) for i in indicators}
    rows = (
        Meeting.groups.through.objects.filter(
            group__in=set().union(*members.values()), meeting__starts_at__lte=timezone.now()
        )
        .annotate(year=ExtractYear("meeting__starts_at"))
        .values_list("group_id", "meeting_id", "year")
    )
    by_group: dict[int, set[tuple[int, int]]] = defaultdict(set)
    for group_id, meeting_id, year in rows:
        by_group[group_id].add((meeting_id, year))
    for indicator in indicators:
        held = set().union(*(by_group[g] for g in members[indicator.pk]))
        seen = {year for _, year in held}
        # A year without a meeting between two with meetings held none: 0.
        years = list(range(min(seen), max(seen) + 1)) if seen else []
        found[indicator.pk] = [
            Point(
                Period(year, 1, YEAR),
                Decimal(sum(1 for _, y in held if y == year)),
                "Gruppens möten i portalen",
            )
            for year in years
        ]


def _representation(found, indicators, today: date) -> None:
    if not indicators:
        return
    groups = {i.group_id: i.group for i in indicators}
    years = sorted(
        set(
            Meeting.objects.filter(groups__in=groups, starts_at__lte=timezone.now())
            .annotate(year=ExtractYear("starts_at"))
            .values_list("year", flat=True)
        )
    )
    rates: dict[int, list[Point]] = defaultdict(list)
    for year in years:
        for group_id, overview in RepresentationOverview.for_groups(groups.values(), year).items():
            expected = [row for row in overview.rows if row.expected]
            held = sum(1 for m in overview.meetings if m.starts_at <= timezone.now())
            if not expected or not held:
                continue
            present = sum(
                1
                for row in expected
                for cell, past in zip(row.cells, row.held or [True] * len(row.cells), strict=True)
                if past and cell
            )
            rate = Decimal(present * 100) / Decimal(len(expected) * held)
            rates[group_id].append(
                Point(
                    Period(year, 1, YEAR), rate.quantize(Decimal("0.1"), ROUND_HALF_UP), "Närvaro"
                )
            )
    for indicator in indicators:
        found[indicator.pk] = list(rates[indicator.group_id])


ON_TRACK, OFF_TRACK, NO_DATA = "i_fas", "ej_i_fas", "ingen_data"
STATE_LABELS = {ON_TRACK: "I fas", OFF_TRACK: "Inte i fas", NO_DATA: "Ingen data"}
STATE_ICONS = {ON_TRACK: "icon-check", OFF_TRACK: "icon-warning", NO_DATA: "icon-info"}


def number(value: Decimal | None, unit: str = "") -> str:
    if value is None:
        return "–"
    shown = format_decimal(value.quantize(Decimal("0.1"), ROUND_HALF_UP).normalize())
    return f"{shown} {unit}".strip()


@dataclass(frozen=True)
class Assessment:
    """Where an indicator stands: in words, with an icon, never by colour alone."""

    state: str
    explanation: str
    latest: Point | None
    target: Decimal | None
    expected: Decimal | None

    @property
    def label(self) -> str:
        return STATE_LABELS[self.state]

    @property
    def badge(self):
        return format_html(
            '<span class="progress-badge progress-{}">{} {}</span>',
            self.state,
            icon(STATE_ICONS[self.state]),
            self.label,
        )


def _expected(indicator: Indicator, latest: Point, baseline_value, target) -> Decimal:
    """What the straight line from the baseline to the target asks of the
    latest value's period (the target itself without a baseline or periods)."""
    baseline = _period_or_none(indicator.baseline_period)
    goal_at = _period_or_none(indicator.target_period)
    if baseline_value is None or not (baseline and goal_at):
        return target
    span = goal_at.ordinal - baseline.ordinal
    if span <= 0:
        return target
    share = Decimal(latest.period.ordinal - baseline.ordinal) / span
    share = min(max(share, Decimal(0)), Decimal(1))
    return baseline_value + (target - baseline_value) * share


def _verdict(indicator: Indicator, value: Decimal, expected: Decimal, target: Decimal):
    if indicator.direction == Direction.HIGHER:
        return value >= expected, value >= target
    return value <= expected, value <= target


def is_hidden(indicator: Indicator, value: Decimal | None) -> bool:
    """Whether a value is shown as "<3" when it leaves the internal pages."""
    return value is not None and public_value(indicator, value) != number(value)


def _candidates(indicator: Indicator, value: Decimal | None, public: bool) -> list:
    """The values a public reader cannot tell apart from ``value``: a "<3"
    could be 1 or 2."""
    if public and is_hidden(indicator, value):
        return [Decimal(n) for n in range(1, statistics.SUPPRESS_BELOW)]
    return [value]


def target_text(indicator: Indicator, *, public: bool = False) -> str:
    """The target in words, with its period. A relative target of a hidden
    baseline is given as its percentage only: its value would show the baseline."""
    if indicator.target_value is None:
        return ""
    unit = indicator.unit
    period = f" {indicator.target_period_label}" if indicator.target_period else ""
    if indicator.target_kind != TargetKind.RELATIVE:
        return f"{number(indicator.target_value, unit)}{period}"
    sign = "+" if indicator.target_value >= 0 else ""
    change = f"{sign}{number(indicator.target_value)} % mot utgångsläget"
    if indicator.target is None or (public and is_hidden(indicator, indicator.baseline_value)):
        return f"{change}{period}"
    return f"{change} (målvärde {number(indicator.target, unit)}){period}"


def assess(indicator: Indicator, points: list[Point], *, public: bool = False) -> Assessment:
    """On track when the latest value has reached what the straight line from
    the baseline to the target asks of its period (or the target itself,
    without a baseline or a target period).

    ``public``: the figures follow the small-count rule, and so does the
    reasoning. A reader who sees "<3" knows 1 or 2; the verdict is given only
    when it is the same for each value the reader cannot tell apart, and no
    figure worked out from a hidden baseline (the expected value, a relative
    target) is shown."""
    target = indicator.target
    unit = indicator.unit
    if not points:
        return Assessment(NO_DATA, "Inga värden ännu.", None, target, None)
    latest = points[-1]
    shown = public_value(indicator, latest.value) if public else number(latest.value)
    said = f"Senast {latest.period.label}: {f'{shown} {unit}'.strip()}."
    if target is None:
        return Assessment(NO_DATA, f"{said} Inget mål att jämföra med.", latest, None, None)
    expected = _expected(indicator, latest, indicator.baseline_value, target)
    verdicts = set()
    for baseline_value in _candidates(indicator, indicator.baseline_value, public):
        possible_target = indicator.target_from(baseline_value)
        for value in _candidates(indicator, latest.value, public):
            verdicts.add(
                _verdict(
                    indicator,
                    value,
                    _expected(indicator, latest, baseline_value, possible_target),
                    possible_target,
                )
            )
    goal_text = f"Mål {target_text(indicator, public=public)}"
    hidden = public and is_hidden(indicator, indicator.baseline_value)
    if hidden and indicator.target_kind == TargetKind.RELATIVE:
        target = None  # worked out from the hidden baseline
    if len(verdicts) > 1:
        explanation = f"{said} {goal_text}; för få händelser för att visa läget mot målet."
        return Assessment(NO_DATA, explanation, latest, target, None)
    good, reached = verdicts.pop()
    now = "" if hidden else f" (väntat nu: {number(expected, unit)})"
    if reached:
        explanation = f"{said} {goal_text}: nått."
    elif good:
        explanation = f"{said} {goal_text}; i fas{now}."
    else:
        explanation = f"{said} {goal_text}; ligger efter{now}."
    return Assessment(
        ON_TRACK if good else OFF_TRACK, explanation, latest, target, None if hidden else expected
    )


def assessments(
    indicators: list[Indicator], *, public: bool = False
) -> dict[int, tuple[list[Point], Assessment]]:
    """Values and assessment of each indicator, read together."""
    found = series(indicators)
    return {i.pk: (found[i.pk], assess(i, found[i.pk], public=public)) for i in indicators}


def public_value(indicator: Indicator, value: Decimal) -> str:
    """A value as it may leave the internal pages: counts of events under
    three are "<3" (the deviation statistics' own rule)."""
    if indicator.counts_events and value == value.to_integral_value():
        return statistics.suppressed(int(value))
    return number(value, "")
