"""How statuses moved over the year, as stacked bars drawn on the server.

Each moment (a publication, a meeting) is one bar: an SVG whose parts are the
statuses, each with a pattern of its own as well as a colour, so that the bar
does not rely on colour alone; the legend names each pattern in words, every
bar says its figures in its accessible name, and the same figures stand in a
data table beside the chart. The bars are as long as their totals (the
longest fills the width), and their labels are text of the page, readable at
any width.
"""

from __future__ import annotations

from dataclasses import dataclass

from indicators.snapshots import StatusColumn
from plans.models import Status

# (fill colour, pattern) per status: every status has a pattern of its own.
STYLES: dict[str, tuple[str, str]] = {
    Status.NOT_SET: ("#6c757d", "prickar"),
    Status.NOT_STARTED: ("#adb5bd", "tom"),
    Status.IN_PROGRESS: ("#0a4d8c", "snett"),
    Status.DONE: ("#136b4a", "helt"),
    Status.DELAYED: ("#8a4b00", "rutor"),
    Status.PAUSED: ("#4b5867", "lodrätt"),
    Status.CANCELLED: ("#a3201c", "kors"),
}


def pattern_id(status: str) -> str:
    return f"status-monster-{status or 'ej-angiven'}"


@dataclass(frozen=True)
class Part:
    status: str
    label: str
    count: int
    x: float  # percent of the width
    width: float

    @property
    def fill(self) -> str:
        return f"url(#{pattern_id(self.status)})"


@dataclass(frozen=True)
class StackedBar:
    label: str
    occasion: str
    total: int
    parts: list[Part]

    @property
    def description(self) -> str:
        counts = ", ".join(f"{part.label} {part.count}" for part in self.parts)
        return f"{self.label} ({self.occasion}): {self.total} aktiviteter. {counts or 'Inga'}."


@dataclass(frozen=True)
class LegendEntry:
    status: str
    label: str
    pattern: str  # in words: the legend does not rely on colour either
    colour: str

    @property
    def fill(self) -> str:
        return f"url(#{pattern_id(self.status)})"

    @property
    def pattern_id(self) -> str:
        return pattern_id(self.status)


PATTERN_WORDS = {
    "prickar": "prickar",
    "tom": "ljus, tom",
    "snett": "sneda streck",
    "helt": "hel fyllning",
    "rutor": "rutor",
    "lodrätt": "lodräta streck",
    "kors": "kryss",
}


@dataclass(frozen=True)
class StatusMovementChart:
    title: str
    bars: list[StackedBar]
    legend: list[LegendEntry]

    @property
    def empty(self) -> bool:
        return not self.bars

    @property
    def table_columns(self) -> list[str]:
        return ["Tillfälle", *[entry.label for entry in self.legend], "Totalt"]

    @property
    def table_rows(self) -> list[list]:
        rows = []
        for bar in self.bars:
            counts = {part.status: part.count for part in bar.parts}
            rows.append(
                [
                    f"{bar.label} ({bar.occasion})",
                    *[counts.get(entry.status, 0) for entry in self.legend],
                    bar.total,
                ]
            )
        return rows

    @classmethod
    def from_columns(cls, title: str, columns: list[StatusColumn]) -> StatusMovementChart:
        longest = max((column.total for column in columns), default=0) or 1
        bars = []
        for column in columns:
            x, parts = 0.0, []
            for status in Status:
                count = column.counts.get(status.value, 0)
                if not count:
                    continue
                width = round(count / longest * 100, 2)
                parts.append(Part(status.value, status.label, count, round(x, 2), width))
                x += width
            bars.append(StackedBar(column.label, column.occasion, column.total, parts))
        legend = [
            LegendEntry(s.value, s.label, PATTERN_WORDS[STYLES[s][1]], STYLES[s][0]) for s in Status
        ]
        return cls(title, bars, legend)

    @property
    def patterns(self) -> list[tuple[str, str, str]]:
        """(id, colour, kind) of each status's SVG pattern."""
        return [(pattern_id(s.value), *STYLES[s]) for s in Status]
