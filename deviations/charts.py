"""Bar charts drawn on the server: a table of labels and numbers, each row
with a bar to scale. Labels are text that wraps, at the size of the text
around them, on a page as in a PDF (WeasyPrint)."""

from __future__ import annotations

from dataclasses import dataclass

# The bars' colour (as the site's primary), set on the SVG itself so that a
# PDF, which has none of the site's stylesheet, draws it too.
BAR_COLOUR = "#1a4d8f"


def _number(shown: str) -> int | None:
    return int(shown) if shown.isascii() and shown.isdigit() else None


@dataclass(frozen=True)
class Bar:
    label: str
    shown: str  # the value as written, "<3" when suppressed
    percent: int  # the bar's length, of the largest one's; 0 for no bar


@dataclass(frozen=True)
class BarChart:
    title: str
    bars: list[Bar]
    colour: str = BAR_COLOUR

    @classmethod
    def from_shown(cls, title: str, items) -> BarChart:
        """A chart of (label, value as shown) pairs. Only a plain number gets a
        bar: a suppressed count ("<3") gets none, so its length cannot tell it."""
        items = [(label, str(shown), _number(str(shown))) for label, shown in items]
        largest = max((n for _, _, n in items if n is not None), default=0) or 1
        bars = [
            # A count above zero always shows a sliver, however small beside the largest.
            Bar(label, shown, 0 if not number else max(1, round(number / largest * 100)))
            for label, shown, number in items
        ]
        return cls(title, bars)

    @classmethod
    def horizontal(cls, title: str, items, *, shown=str) -> BarChart:
        return cls.from_shown(title, [(label, shown(value)) for label, value in items])
