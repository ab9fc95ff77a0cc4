"""Bar charts as server-rendered SVG; the page always shows the numbers beside."""

from __future__ import annotations

from dataclasses import dataclass

BAR_HEIGHT = 22
GAP = 8
LABEL_WIDTH = 260
CHART_WIDTH = 640


def _number(shown: str) -> int | None:
    return int(shown) if shown.isascii() and shown.isdigit() else None


@dataclass(frozen=True)
class Bar:
    label: str
    shown: str  # the value as written, "<3" when suppressed
    y: int
    width: int


@dataclass(frozen=True)
class BarChart:
    title: str
    bars: list[Bar]
    height: int
    width: int = CHART_WIDTH
    label_width: int = LABEL_WIDTH

    @classmethod
    def from_shown(cls, title: str, items) -> BarChart:
        """A chart of (label, value as shown) pairs. Only a plain number gets a
        bar: a suppressed count ("<3") gets none, so its length cannot tell it."""
        items = [(label, str(shown), _number(str(shown))) for label, shown in items]
        largest = max((n for _, _, n in items if n is not None), default=0) or 1
        room = CHART_WIDTH - LABEL_WIDTH - 60
        bars = []
        for index, (label, shown, number) in enumerate(items):
            width = 0 if number is None else round(number / largest * room)
            bars.append(Bar(label, shown, index * (BAR_HEIGHT + GAP), width))
        return cls(title, bars, max(1, len(items)) * (BAR_HEIGHT + GAP))

    @classmethod
    def horizontal(cls, title: str, items, *, shown=str) -> BarChart:
        return cls.from_shown(title, [(label, shown(value)) for label, value in items])
