"""Aggregations of deviation statistics, all computed in the database."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Case, F, IntegerField, Q, Sum, When
from django.db.models.functions import Coalesce

from deviations.models import StatisticRow, StatisticsImport
from nosam.models import Organisation
from samla.collation import swedish_sort_key

SUPPRESS_BELOW = 3


@dataclass(frozen=True, order=True)
class Period:
    """A half-year, or a whole year when ``half`` is None."""

    year: int
    half: int | None = None

    @classmethod
    def parse(cls, text: str) -> Period | None:
        """ "2025-2" or "2025H2" (half-year), "2025" (year)."""
        cleaned = text.strip().upper().replace("H", "-").replace("--", "-")
        parts = [p for p in cleaned.split("-") if p]
        try:
            year = int(parts[0])
            half = int(parts[1]) if len(parts) > 1 else None
        except (ValueError, IndexError):
            return None
        if not 2000 <= year <= 2100 or half not in (None, 1, 2):
            return None
        return cls(year, half)

    @property
    def key(self) -> str:
        return f"{self.year}-{self.half}" if self.half else str(self.year)

    @property
    def label(self) -> str:
        return f"{self.year} H{self.half}" if self.half else str(self.year)

    def filter(self) -> Q:
        condition = Q(year=self.year)
        return condition & Q(half=self.half) if self.half else condition


def rows(area, period: Period | None = None):
    queryset = StatisticRow.objects.filter(area=area)
    return queryset.filter(period.filter()) if period else queryset


def periods(area) -> list[Period]:
    found = rows(area).values_list("year", "half").distinct().order_by("year", "half")
    return [Period(year, half) for year, half in found]


def total(area, period: Period | None) -> int:
    return rows(area, period).aggregate(total=Coalesce(Sum("count"), 0))["total"]


def _sorted(pairs):
    return sorted(pairs, key=lambda item: (-item[1], swedish_sort_key(item[0])))


def by_category(area, period) -> list[tuple[str, int]]:
    grouped = rows(area, period).values("category__name").annotate(total=Sum("count"))
    return _sorted((row["category__name"], row["total"]) for row in grouped)


def by_target_group(area, period) -> list[tuple[str, int]]:
    grouped = rows(area, period).values("target_group__name").annotate(total=Sum("count"))
    return _sorted((row["target_group__name"] or "Ingen målgrupp", row["total"]) for row in grouped)


def by_pair(area, period) -> list[tuple[str, str, int]]:
    grouped = (
        rows(area, period)
        .values("reporting__name", "receiving__name")
        .annotate(total=Sum("count"))
        .order_by("-total")
    )
    return [(r["reporting__name"], r["receiving__name"], r["total"]) for r in grouped]


def _municipality():
    """The kommun a row concerns: the reporting or receiving organisation if it
    is a kommun (or a unit of one), in that order."""
    return Case(
        When(
            reporting__kind=Organisation.Kind.MUNICIPALITY,
            then=Coalesce(F("reporting__parent_id"), F("reporting_id")),
        ),
        When(
            receiving__kind=Organisation.Kind.MUNICIPALITY,
            then=Coalesce(F("receiving__parent_id"), F("receiving_id")),
        ),
        output_field=IntegerField(),
    )


@dataclass
class SideBySide:
    municipalities: list[str]
    rows: list[tuple[str, list[int]]]  # category, count per municipality
    totals: list[int]


def municipalities_side_by_side(area, period) -> SideBySide:
    grouped = (
        rows(area, period)
        .annotate(municipality=_municipality())
        .exclude(municipality=None)
        .values("municipality", "category__name")
        .annotate(total=Sum("count"))
    )
    data: dict[str, dict[int, int]] = {}
    ids: set[int] = set()
    for row in grouped:
        data.setdefault(row["category__name"], {})[row["municipality"]] = row["total"]
        ids.add(row["municipality"])
    names = dict(Organisation.objects.filter(pk__in=ids).values_list("pk", "name"))
    order = sorted(ids, key=lambda pk: swedish_sort_key(names[pk]))
    table = [
        (category, [counts.get(pk, 0) for pk in order])
        for category, counts in sorted(data.items(), key=lambda item: swedish_sort_key(item[0]))
    ]
    totals = [sum(counts[i] for _, counts in table) for i in range(len(order))]
    return SideBySide([names[pk] for pk in order], table, totals)


def trend(area) -> list[tuple[str, int]]:
    grouped = (
        rows(area).values("year", "half").annotate(total=Sum("count")).order_by("year", "half")
    )
    return [(f"{row['year']} H{row['half']}", row["total"]) for row in grouped]


@dataclass(frozen=True)
class GoalProgress:
    """Progress towards "Mål 100% ökning" of reported deviations."""

    period: Period
    baseline: Period
    count: int
    baseline_count: int
    goal_increase: int = 100

    @property
    def increase_percent(self) -> float | None:
        if not self.baseline_count:
            return None
        return (self.count - self.baseline_count) / self.baseline_count * 100

    @property
    def goal_percent(self) -> float | None:
        """How much of the +100 % goal is reached (100 = goal met)."""
        increase = self.increase_percent
        return None if increase is None else increase / self.goal_increase * 100


def goal_progress(area, period: Period, baseline: Period) -> GoalProgress:
    return GoalProgress(period, baseline, total(area, period), total(area, baseline))


def has_example_data(area, period: Period | None = None) -> bool:
    """Whether what is shown comes (partly) from example data."""
    imports = StatisticsImport.objects.filter(area=area, is_example=True)
    if period is None:
        return imports.exists()
    return rows(area, period).filter(source__is_example=True).exists()


def suppressed(value: int) -> str:
    """Public figures: counts under three are shown as "<3"."""
    return f"<{SUPPRESS_BELOW}" if 0 < value < SUPPRESS_BELOW else str(value)
