"""An indicator's values over its periods, drawn on the server as SVG.

:func:`indicator_chart` returns a :class:`Chart` that
``templates/indicators/_chart.html`` lays out: bars per period, the target
and the baseline as labelled lines, and the same figures as a data table
beside it. Every colour is set on the SVG itself, so a PDF (WeasyPrint, with
none of the site's stylesheet) draws it as the page does. The lägesbild and
the annual report use it too.

``public=True``: the figures as they may leave the internal pages. An
indicator that counts events shows counts under three as "<3" and draws no
bar for them, so a bar's height cannot tell what the text hides.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from indicators.models import Indicator, TargetKind
from indicators.progress import Point, is_hidden, number, public_value

BAR_COLOUR = "#1a4d8f"  # the site's primary
TARGET_COLOUR = "#1e6b34"  # dark green, 6.4:1 on white
BASELINE_COLOUR = "#595959"  # grey, 7:1 on white
AXIS_COLOUR = "#6c757d"
TEXT_COLOUR = "#212529"

WIDTH, HEIGHT = 640, 260
LEFT, RIGHT, TOP, BOTTOM = 56, 92, 24, 44
# More periods than this and only every n-th gets its label under the axis.
LABELLED_PERIODS = 12
# About the width of a digit at the chart's 12 px: a value over a bar whose
# text is wider than the bar's slot is left to the data table, so that
# neighbouring values never run into each other.
CHARACTER_WIDTH = 7


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    label: str  # the period, "2026 H1"
    shown: str  # the value as shown over the bar
    label_shown: bool
    value_shown: bool = True

    @property
    def centre(self) -> float:
        return round(self.x + self.width / 2, 1)


@dataclass(frozen=True)
class Line:
    y: float
    name: str  # in the chart's margin: "Mål"
    label: str  # in the legend: "Mål 2026 H2: 24 st"
    colour: str
    dash: str


@dataclass(frozen=True)
class Row:
    period: str
    shown: str
    source: str
    comment: str
    entered_by: str


@dataclass(frozen=True)
class Chart:
    id: str
    title: str
    description: str
    unit: str
    public: bool
    bars: list[Bar] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    ticks: list[tuple[float, str]] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    plot_right: int = WIDTH - RIGHT
    axis_y: float = HEIGHT - BOTTOM
    colours: dict = field(
        default_factory=lambda: {
            "bar": BAR_COLOUR,
            "axis": AXIS_COLOUR,
            "text": TEXT_COLOUR,
        }
    )

    @property
    def empty(self) -> bool:
        return not self.rows


def _nice_top(largest: Decimal) -> Decimal:
    """A round top of the scale at or above ``largest`` (1, 2, 2.5, 5 × 10ⁿ)."""
    if largest <= 0:
        return Decimal(1)
    exponent = largest.adjusted()
    for step in (Decimal(1), Decimal(2), Decimal("2.5"), Decimal(5), Decimal(10)):
        top = step.scaleb(exponent)
        if top >= largest:
            return top
    return Decimal(10).scaleb(exponent)  # pragma: no cover


def _plain(value: Decimal | None) -> Decimal | None:
    return value if value is None else Decimal(value)


def indicator_chart(
    indicator: Indicator, points: list[Point], *, public: bool = False, id: str = ""
) -> Chart:
    """The chart and data table of one indicator's values (``points`` from
    :func:`indicators.progress.series`)."""
    unit = indicator.unit
    chart_id = id or f"matetal-{indicator.pk}"

    def shown(value: Decimal) -> str:
        return public_value(indicator, value) if public else number(value)

    target, baseline = _plain(indicator.target), _plain(indicator.baseline_value)
    if public and is_hidden(indicator, baseline):
        # A line's height would give a hidden ("<3") baseline away, and so
        # would a target worked out from it: neither is drawn.
        baseline = None
        if indicator.target_kind == TargetKind.RELATIVE:
            target = None
    drawn = [(p, shown(p.value)) for p in points]
    # A suppressed value ("<3") is left out of the scale as well as the bars.
    numbers = [p.value for p, text in drawn if not text.startswith("<")]
    numbers += [v for v in (target, baseline) if v is not None]
    top = _nice_top(max(numbers, default=Decimal(1)))
    bottom = min(min(numbers, default=Decimal(0)), Decimal(0))
    if bottom < 0:
        bottom = -_nice_top(-bottom)
    plot_height = HEIGHT - TOP - BOTTOM
    plot_width = WIDTH - LEFT - RIGHT

    def y_of(value: Decimal) -> float:
        return round(TOP + float((top - value) / (top - bottom)) * plot_height, 1)

    zero = y_of(Decimal(0))
    slot = plot_width / max(len(points), 1)
    every = max(1, -(-len(points) // LABELLED_PERIODS))
    bars = []
    for index, (point, text) in enumerate(drawn):
        suppressed = text.startswith("<")
        y = zero if suppressed else y_of(point.value)
        bars.append(
            Bar(
                x=round(LEFT + index * slot + slot * 0.2, 1),
                y=min(y, zero),
                width=round(slot * 0.6, 1),
                height=0 if suppressed else round(abs(zero - y), 1),
                label=point.period.label,
                shown=text,
                label_shown=index % every == 0 or index == len(drawn) - 1,
                value_shown=len(text) * CHARACTER_WIDTH <= slot - 2 or index == len(drawn) - 1,
            )
        )
    lines = []
    if baseline is not None:
        when = f" {indicator.baseline_period_label}" if indicator.baseline_period else ""
        lines.append(
            Line(
                y_of(baseline),
                "Utgångsläge",
                f"Utgångsläge{when}: {shown(baseline)} {unit}".rstrip(),
                BASELINE_COLOUR,
                "2 3",
            )
        )
    if target is not None:
        when = f" {indicator.target_period_label}" if indicator.target_period else ""
        lines.append(
            Line(
                y_of(target),
                "Mål",
                f"Mål{when}: {shown(target)} {unit}".rstrip(),
                TARGET_COLOUR,
                "6 4",
            )
        )
    ticks = [(y_of(v), number(v)) for v in (bottom, (top + bottom) / 2, top)]
    if bottom < 0:
        ticks.append((zero, "0"))
    # Comments and names stay on the internal pages.
    rows = [
        Row(p.period.label, text, p.source, *(("", "") if public else (p.comment, p.entered_by)))
        for p, text in drawn
    ]
    return Chart(
        id=chart_id,
        title=f"{indicator.name}" + (f" ({unit})" if unit else ""),
        description=_description(indicator, drawn, unit),
        unit=unit,
        public=public,
        bars=bars,
        lines=lines,
        ticks=ticks,
        rows=rows,
    )


def _description(indicator: Indicator, drawn, unit: str) -> str:
    """What the chart shows, in one sentence for those who do not see it."""
    if not drawn:
        return "Inga värden ännu."
    first, last = drawn[0], drawn[-1]
    span = f"{first[0].period.label}–{last[0].period.label}"
    said = f"Stapeldiagram över {len(drawn)} perioder, {span}"
    if len(drawn) == 1:
        said = f"Stapeldiagram över en period, {first[0].period.label}"
    return f"{said}. Senast {last[1]} {unit}".rstrip() + ". Värdena finns i tabellen."


def plan_pdf_part(version) -> str:
    """A short text that changes when what a published version's PDF draws of
    indicators does (plans.file_parts). Their definitions and typed values are
    those recorded at the publication (indicators.publication) and never
    change; derived values follow the portal's data, read once a day, and the
    area's choice to publish its deviation statistics."""
    from django.utils import timezone

    from deviations.models import Publication
    from indicators.models import Source, StatusSnapshot

    recorded = (
        StatusSnapshot.objects.filter(version=version).values_list("indicators", flat=True).first()
    )
    if not any(row["source"] != Source.TYPED for row in recorded or []):
        return "-"
    publishes = Publication.objects.filter(
        area__groups__activity_plans=version.plan_id, publish_statistics=True
    ).exists()
    return f"{timezone.localdate().isoformat()}:{int(publishes)}"
