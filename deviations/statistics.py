"""Aggregations of deviation statistics, all computed in the database."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from django.db.models import Q, Sum
from django.db.models.functions import Coalesce

from deviations.models import StatisticsImport, StatisticSummary
from nosam.models import Organisation
from samla.collation import swedish_sort_key
from samla.numbers import YEAR_MAX, YEAR_MIN, NumberError, integer_in_range

SUPPRESS_BELOW = 3
SUPPRESSED = f"<{SUPPRESS_BELOW}"
# A count hidden so that a "<3" beside it cannot be worked out from a total.
HIDDEN = "×"
HIDDEN_NOTE = (
    "Antal under tre visas som ”<3”. Där ett sådant annars skulle kunna räknas fram "
    "ur summan är ännu ett antal dolt (×)."
)
# ASCII digits only: int() would read other scripts' digits too.
_PERIOD = re.compile(r"(?P<year>\d{4})(?:\s*(?:-\s*[Hh]?|[Hh])\s*(?P<half>[12]))?", re.ASCII)


@dataclass(frozen=True, order=True)
class Period:
    """A half-year, or a whole year when ``half`` is None."""

    year: int
    half: int | None = None

    @classmethod
    def parse(cls, text: str) -> Period | None:
        """ "2025-2", "2025H2" or "2025 H2" (half-year), "2025" (year); else None."""
        match = _PERIOD.fullmatch(text.strip())
        if match is None:
            return None
        try:
            year = integer_in_range(match["year"], minimum=YEAR_MIN, maximum=YEAR_MAX)
        except NumberError:
            return None
        return cls(year, int(match["half"]) if match["half"] else None)

    @property
    def ends_on(self) -> date:
        if self.half == 1:
            return date(self.year, 6, 30)
        return date(self.year, 12, 31)

    def has_ended(self, today: date) -> bool:
        """Statistics of a period are complete, and may be shown, once it has ended."""
        return self.ends_on < today

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
    """The area's sums per half-year (StatisticSummary), never the imported
    rows: what every page reads is a few hundred rows, however many came in."""
    queryset = StatisticSummary.objects.filter(area=area)
    return queryset.filter(period.filter()) if period else queryset


def trend(area) -> list[tuple[str, int]]:
    """Total per half-year, oldest first (one grouped query)."""
    return [(period.label, count) for period, count in period_totals(area)]


def period_totals(area) -> list[tuple[Period, int]]:
    grouped = (
        rows(area).values("year", "half").annotate(total=Sum("count")).order_by("year", "half")
    )
    return [(Period(row["year"], row["half"]), row["total"]) for row in grouped]


def periods(area) -> list[Period]:
    return [period for period, _ in period_totals(area)]


def total(area, period: Period | None) -> int:
    return rows(area, period).aggregate(total=Coalesce(Sum("count"), 0))["total"]


def _sorted(pairs):
    return sorted(pairs, key=lambda item: (-item[1], swedish_sort_key(item[0])))


@dataclass
class SideBySide:
    municipalities: list[str]
    rows: list[tuple[str, list[int]]]  # category, count per municipality
    totals: list[int]


@dataclass
class PeriodStatistics:
    """A half-year's counts grouped once in the database by reporting and
    receiving organisation, category and target group; every table of the
    page is a sum over these few groups."""

    groups: list[tuple[int, int, int, int | None, int]]
    organisations: dict[int, tuple[str, str, int | None]]  # name, kind, parent
    categories: dict[int, str]
    target_groups: dict[int, str]

    @classmethod
    def for_period(cls, area, period: Period) -> PeriodStatistics:
        grouped = (
            rows(area, period)
            .values_list("reporting_id", "receiving_id", "category_id", "target_group_id")
            .annotate(total=Sum("count"))
            .order_by()
        )
        groups = list(grouped)
        org_ids = {g[0] for g in groups} | {g[1] for g in groups}
        organisations: dict[int, tuple[str, str, int | None]] = {}
        for organisation in Organisation.objects.filter(pk__in=org_ids).select_related("parent"):
            parent = organisation.parent
            organisations[organisation.pk] = (
                organisation.name,
                organisation.kind,
                parent and parent.pk,
            )
            if parent is not None:
                organisations.setdefault(parent.pk, (parent.name, parent.kind, parent.parent_id))
        categories = dict(area.deviation_categories.values_list("pk", "name"))
        target_groups = dict(area.target_groups.values_list("pk", "name"))
        return cls(groups, organisations, categories, target_groups)

    @property
    def total(self) -> int:
        return sum(g[4] for g in self.groups)

    def by_category(self) -> list[tuple[str, int]]:
        counts: Counter = Counter()
        for _, _, category, _, count in self.groups:
            counts[self.categories[category]] += count
        return _sorted(counts.items())

    def by_target_group(self) -> list[tuple[str, int]]:
        counts: Counter = Counter()
        for _, _, _, target_group, count in self.groups:
            counts[self.target_groups.get(target_group, "Ingen målgrupp")] += count
        return _sorted(counts.items())

    def by_pair(self) -> list[tuple[str, str, int]]:
        counts: Counter = Counter()
        for reporting, receiving, _, _, count in self.groups:
            counts[(self.organisations[reporting][0], self.organisations[receiving][0])] += count
        return [(a, b, n) for (a, b), n in sorted(counts.items(), key=lambda i: (-i[1], i[0]))]

    def _municipality(self, reporting: int, receiving: int) -> int | None:
        """The kommun a count concerns: the reporting or receiving organisation
        if it is a kommun (or a unit of one), in that order."""
        for pk in (reporting, receiving):
            name, kind, parent = self.organisations[pk]
            if kind == Organisation.Kind.MUNICIPALITY:
                return parent or pk
        return None

    def side_by_side(self) -> SideBySide:
        data: dict[str, Counter] = {}
        found: set[int] = set()
        for reporting, receiving, category, _, count in self.groups:
            municipality = self._municipality(reporting, receiving)
            if municipality is None:
                continue
            found.add(municipality)
            data.setdefault(self.categories[category], Counter())[municipality] += count
        order = sorted(found, key=lambda pk: swedish_sort_key(self.organisations[pk][0]))
        table = [
            (category, [counts[pk] for pk in order])
            for category, counts in sorted(data.items(), key=lambda i: swedish_sort_key(i[0]))
        ]
        totals = [sum(counts[i] for _, counts in table) for i in range(len(order))]
        return SideBySide([self.organisations[pk][0] for pk in order], table, totals)


def by_category(area, period) -> list[tuple[str, int]]:
    return PeriodStatistics.for_period(area, period).by_category()


def by_target_group(area, period) -> list[tuple[str, int]]:
    return PeriodStatistics.for_period(area, period).by_target_group()


def by_pair(area, period) -> list[tuple[str, str, int]]:
    return PeriodStatistics.for_period(area, period).by_pair()


def municipalities_side_by_side(area, period) -> SideBySide:
    return PeriodStatistics.for_period(area, period).side_by_side()


def statistics_csv_rows(*, area, period: Period) -> list[list[str | int]]:
    """The half-year for the internal CSV download: who reported to whom, per
    category and per target group, as three tables with a blank row between.
    Exact counts: the download is for the area's members only."""
    figures = PeriodStatistics.for_period(area, period)
    label = period.label
    return [
        ["Halvår", "Rapporterande organisation", "Mottagande organisation", "Antal"],
        *([label, reporting, receiving, n] for reporting, receiving, n in figures.by_pair()),
        [],
        ["Halvår", "Kategori", "Antal"],
        *([label, name, n] for name, n in figures.by_category()),
        [],
        ["Halvår", "Målgrupp", "Antal"],
        *([label, name, n] for name, n in figures.by_target_group()),
    ]


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
    if period is not None:
        imports = imports.filter(periods__contains=period.label)
    return imports.exists()


def suppressed(value: int) -> str:
    """The primary rule for what may leave the internal pages: a count of 1 or
    2 is shown as "<3", so no single event can be identified. Public outputs
    apply it through :class:`Disclosure`, which also stops a "<3" from being
    worked out from a total; internal pages show counts exactly."""
    return SUPPRESSED if 0 < value < SUPPRESS_BELOW else str(value)


class Disclosure:
    """THE rule for counts that leave the internal pages.

    Every count an output shows is a cell, and every sum it shows or lets a
    reader work out is a relation (its parts and its total: a table and its
    "Totalt", a year and its half-years). A count of 1 or 2 is shown as "<3"
    (:func:`suppressed`). Then the reader's reasoning is repeated: each shown
    count is known, each "<3" lies in 1–2, each "×" could be anything, and every
    relation narrows what its hidden members can be. While some "<3" could be
    worked out that way (114 − 54 − 31 − 20 − 8 = 1, or a hidden pair that can
    only be 1 + 3), one more count is hidden as "×": the smallest other count
    of a relation it is in, else the "<3" itself.
    """

    def __init__(self):
        self._counts: list[int] = []
        self._weights: list[int] = []
        self._relations: list[tuple[list[int], int]] = []
        self._shown: list[str] | None = None

    def cell(self, value: int, *, weight: int = 0) -> int:
        """A count the output shows; a higher ``weight`` (a total) is hidden
        only when no lighter count (a category) will do."""
        self._counts.append(int(value))
        self._weights.append(weight)
        self._shown = None
        return len(self._counts) - 1

    def cells(self, values) -> list[int]:
        return [self.cell(value) for value in values]

    def relation(self, parts: list[int], total: int) -> None:
        self._relations.append((list(parts), total))
        self._shown = None

    def shown(self, index: int) -> str:
        if self._shown is None:
            self._shown = self._protect()
        return self._shown[index]

    def is_hidden(self, index: int) -> bool:
        return not self.shown(index).isdigit()

    def _protect(self) -> list[str]:
        counts, weights = self._counts, self._weights
        shown = [suppressed(value) for value in counts]
        while True:
            worked_out = self._worked_out(shown)
            if not worked_out:
                return shown
            leak = worked_out[0]
            around = [(parts, total) for parts, total in self._relations if leak in (*parts, total)]
            members = {i for parts, total in around for i in (*parts, total)}
            # Hide the lightest count that stops the reasoning; if none does (a
            # year's "<3" of two half-years' "<3"), say "×" for a "<3" instead.
            candidates = sorted(
                (i for i in members if shown[i] == str(counts[i]) and counts[i] > 0),
                key=lambda i: (weights[i], counts[i], i),
            )
            small = sorted(
                (i for i in members if shown[i] == SUPPRESSED), key=lambda i: (i != leak, i)
            )
            for pick in [*candidates, *small]:
                trial = list(shown)
                trial[pick] = HIDDEN
                if leak not in self._worked_out(trial):
                    shown = trial
                    break
            else:
                # Nothing alone stops it: hide the lightest count still shown
                # (or a "<3") and reason again; each turn hides one more.
                rest = candidates or [i for i in small if shown[i] != HIDDEN]
                if not rest:
                    rest = [
                        i
                        for i in range(len(counts))
                        if shown[i] != HIDDEN and i in self._related(members)
                    ]
                if not rest:
                    return shown
                shown[rest[0]] = HIDDEN

    def _related(self, cells: set[int]) -> set[int]:
        """The cells of every relation that shares a cell with ``cells``."""
        return {
            i
            for parts, total in self._relations
            if cells & {*parts, total}
            for i in (*parts, total)
        }

    def _worked_out(self, shown: list[str]) -> list[int]:
        """The small counts a reader can pin to one value (interval reasoning)."""
        unknown = sum(self._counts) + 1
        low, high = [], []
        for value, text in zip(self._counts, shown, strict=True):
            if text == SUPPRESSED:
                low.append(1), high.append(SUPPRESS_BELOW - 1)
            elif text == HIDDEN:
                low.append(0), high.append(unknown)
            else:
                low.append(value), high.append(value)
        for _ in range(4 * len(self._relations) + 4):
            changed = False
            for parts, total in self._relations:
                parts_low = sum(low[i] for i in parts)
                parts_high = sum(high[i] for i in parts)
                if parts_low > low[total]:
                    low[total], changed = parts_low, True
                if parts_high < high[total]:
                    high[total], changed = parts_high, True
                for i in parts:
                    floor = low[total] - (parts_high - high[i])
                    ceiling = high[total] - (parts_low - low[i])
                    if floor > low[i]:
                        low[i], changed = floor, True
                    if ceiling < high[i]:
                        high[i], changed = ceiling, True
            if not changed:
                break
        # Every small count, shown as "<3" or hidden as "×", must stay unknown.
        return [
            i
            for i, value in enumerate(self._counts)
            if 0 < value < SUPPRESS_BELOW and low[i] >= high[i]
        ]

    def pairs(self, labels, indexes) -> list[tuple[str, str]]:
        """(label, shown) for a table, largest first; hidden counts last and by
        name, so their order tells nothing of their size."""
        rows = list(zip(labels, indexes, strict=True))
        visible = [(label, i) for label, i in rows if not self.is_hidden(i)]
        hidden = [(label, i) for label, i in rows if self.is_hidden(i)]
        visible.sort(key=lambda item: (-self._counts[item[1]], swedish_sort_key(item[0])))
        hidden.sort(key=lambda item: swedish_sort_key(item[0]))
        return [(label, self.shown(i)) for label, i in visible + hidden]


# Who publishes a year's totals besides the statistics pages: annual reports
# (reports.apps registers them). A year nobody publishes ties no half-years together.
_YEAR_SOURCES: list = []


def publishes_years(source):
    """Register ``source(area) -> set of years`` whose totals are published."""
    _YEAR_SOURCES.append(source)
    return source


def published_years(area) -> set[int]:
    years: set[int] = set()
    for source in _YEAR_SOURCES:
        years |= set(source(area))
    return years


@dataclass
class PublicStatistics:
    """Everything an area publishes about deviations, in one Disclosure: every
    ended half-year's total, categories and target groups, and each year's
    total and categories (annual reports), so that no page, report or
    comparison between them gives a "<3" away."""

    disclosure: Disclosure
    totals: dict[Period, int]
    categories: dict[Period, list[tuple[str, int]]]
    target_groups: dict[Period, list[tuple[str, int]]]
    values: dict[Period, dict[str, int]]  # the exact counts, to match frozen reports

    @classmethod
    def for_area(cls, area, today: date, *, also_year: int | None = None) -> PublicStatistics:
        """``also_year``: a year shown besides those published (a report's own,
        in its draft)."""
        by_category: dict[Period, Counter] = {}
        for year, half, name, count in (
            rows(area)
            .values_list("year", "half", "category__name")
            .annotate(n=Sum("count"))
            .order_by()
        ):
            by_category.setdefault(Period(year, half), Counter())[name] += count
        by_target_group: dict[Period, Counter] = {}
        for year, half, name, count in (
            rows(area)
            .values_list("year", "half", "target_group__name")
            .annotate(n=Sum("count"))
            .order_by()
        ):
            by_target_group.setdefault(Period(year, half), Counter())[name or "Ingen målgrupp"] += (
                count
            )
        disclosure = Disclosure()
        public = cls(disclosure, {}, {}, {}, {})
        halves = sorted(p for p in by_category if p.has_ended(today))
        for period in halves:
            public._add(period, by_category[period], by_target_group.get(period, Counter()))
        years = published_years(area) | ({also_year} if also_year else set())
        for year in sorted({p.year for p in halves} & years):
            parts = [p for p in halves if p.year == year]
            combined: Counter = Counter()
            for part in parts:
                combined.update(by_category[part])
            public._add(Period(year), combined, None)
            disclosure.relation([public.totals[p] for p in parts], public.totals[Period(year)])
            for name, cell in public.categories[Period(year)]:
                disclosure.relation(
                    [dict(public.categories[p])[name] for p in parts if name in by_category[p]],
                    cell,
                )
        return public

    def _add(self, period: Period, categories: Counter, target_groups: Counter | None) -> None:
        disclosure = self.disclosure
        total = disclosure.cell(sum(categories.values()), weight=1 if period.half else 2)
        self.totals[period] = total
        self.values[period] = dict(categories)
        self.categories[period] = [(name, disclosure.cell(n)) for name, n in categories.items()]
        disclosure.relation([i for _, i in self.categories[period]], total)
        if target_groups is not None:
            self.target_groups[period] = [
                (name, disclosure.cell(n)) for name, n in target_groups.items()
            ]
            disclosure.relation([i for _, i in self.target_groups[period]], total)

    def has(self, period: Period) -> bool:
        return period in self.totals

    def total(self, period: Period) -> str:
        return self.disclosure.shown(self.totals[period])

    def table(self, cells: list[tuple[str, int]]) -> list[tuple[str, str]]:
        return self.disclosure.pairs([name for name, _ in cells], [i for _, i in cells])

    def trend(self) -> list[tuple[str, str]]:
        return [(p.label, self.total(p)) for p in self.half_years()]

    def half_years(self) -> list[Period]:
        return sorted((p for p in self.totals if p.half), key=lambda p: (p.year, p.half))

    def matches(self, year: int, categories: dict[str, int]) -> bool:
        """Whether a report's frozen counts for ``year`` are the area's current ones."""
        return self.values.get(Period(year)) == {n: c for n, c in categories.items() if c}


def shown_pairs(items, *, public: bool) -> list[tuple[str, str]]:
    """(label, count as shown) for one table on its own: exact for the internal
    pages; for public output through a :class:`Disclosure` of the table and
    its total."""
    items = list(items)
    if not public:
        return [(label, str(value)) for label, value in items]
    disclosure = Disclosure()
    total = disclosure.cell(sum(value for _, value in items))
    indexes = disclosure.cells(value for _, value in items)
    disclosure.relation(indexes, total)
    return disclosure.pairs([label for label, _ in items], indexes)
