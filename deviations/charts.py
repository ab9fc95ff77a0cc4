"""Bar charts as server-rendered SVG; the page always shows the numbers beside."""

from __future__ import annotations

from dataclasses import dataclass

BAR_HEIGHT = 22
GAP = 8
LABEL_WIDTH = 260
CHART_WIDTH = 640


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
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
    def horizontal(cls, title: str, items, *, shown=str) -> BarChart:
        items = list(items)
        largest = max((value for _, value in items), default=0) or 1
        room = CHART_WIDTH - LABEL_WIDTH - 60
        bars = []
        for index, (label, value) in enumerate(items):
            text = shown(value)
            # A suppressed count gets no bar, so its length cannot tell it.
            width = 0 if text != str(value) else round(value / largest * room)
            bars.append(Bar(label, value, text, index * (BAR_HEIGHT + GAP), width))
        return cls(title, bars, max(1, len(items)) * (BAR_HEIGHT + GAP))
