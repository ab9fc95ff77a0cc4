"""Statistics pages: per half-year, goal tracking, public figures, the report."""

from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from deviations import statistics as stats
from deviations.charts import BarChart
from deviations.forms import GoalQuery, StatisticsQuery
from deviations.models import Case, Finding
from nosam.lookups import get_area
from samla.access import rule
from samla.exports import ExcelCsv
from samla.pdf import render_pdf
from samla.query import query_values


def _period(request, area, *, public: bool = False):
    """The chosen half-year, else the latest with data that has ended.

    A half-year that has not ended has no statistics yet (they are imported
    once it has): it is never the default, and asking for it is a 404.
    """
    today = timezone.localdate()
    chosen = query_values(request, StatisticsQuery)["period"]
    if chosen is not None:
        if not chosen.has_ended(today):  # no statistics exist for it yet
            raise Http404
        return chosen
    available = [p for p in stats.periods(area) if p.has_ended(today)]
    return available[-1] if available else None


def statistics_context(area, period, *, public: bool = False) -> dict:
    """Everything the statistics page and the half-year report show, every
    count as text: exact for members, through a ``stats.Disclosure`` of the
    whole page when public."""
    figures = stats.PeriodStatistics.for_period(area, period)
    totals = stats.period_totals(area)
    if public:  # a half-year that has not ended is not published
        today = timezone.localdate()
        totals = [(p, count) for p, count in totals if p.has_ended(today)]
    side = figures.side_by_side()
    if public:
        shown = _public_figures(figures, side, totals, period)
    else:
        shown = {
            "total": str(figures.total),
            "categories": [(label, str(n)) for label, n in figures.by_category()],
            "target_groups": [(label, str(n)) for label, n in figures.by_target_group()],
            "side_rows": [(c, [str(n) for n in counts]) for c, counts in side.rows],
            "side_totals": [str(n) for n in side.totals],
            "trend": [(p.label, str(n)) for p, n in totals],
        }
    return {
        "area": area,
        "period": period,
        "periods": [p for p, _ in totals],
        "total": figures.total,
        "total_shown": shown["total"],
        "categories": shown["categories"],
        "category_chart": BarChart.from_shown("Avvikelser per kategori", shown["categories"]),
        "target_groups": shown["target_groups"],
        "target_group_chart": BarChart.from_shown(
            "Avvikelser per målgrupp", shown["target_groups"]
        ),
        "pairs": [] if public else figures.by_pair(),
        "side_by_side": stats.SideBySide(
            side.municipalities, shown["side_rows"], shown["side_totals"]
        ),
        "trend": shown["trend"],
        "trend_chart": BarChart.from_shown("Avvikelser per halvår", shown["trend"]),
        "hidden_note": stats.HIDDEN_NOTE if public else "",
        "example": stats.has_example_data(area, period),
    }


def _public_figures(figures, side, totals, period) -> dict:
    """Every count of the public page in one disclosure: the total, its tables
    by category and by target group, the municipalities' columns and their
    sums, and the trend (whose entry for this half-year is the same total)."""
    disclosure = stats.Disclosure()
    total = disclosure.cell(figures.total)
    categories = figures.by_category()
    category_cells = disclosure.cells(n for _, n in categories)
    disclosure.relation(category_cells, total)
    target_groups = figures.by_target_group()
    target_group_cells = disclosure.cells(n for _, n in target_groups)
    disclosure.relation(target_group_cells, total)
    grid = [disclosure.cells(counts) for _, counts in side.rows]
    column_totals = disclosure.cells(side.totals)
    for column, column_total in enumerate(column_totals):
        disclosure.relation([row[column] for row in grid], column_total)
    trend = [(p, total if p == period else disclosure.cell(n)) for p, n in totals]
    shown = disclosure.shown
    return {
        "total": shown(total),
        "categories": disclosure.pairs([label for label, _ in categories], category_cells),
        "target_groups": disclosure.pairs(
            [label for label, _ in target_groups], target_group_cells
        ),
        "side_rows": [
            (category, [shown(i) for i in row])
            for (category, _), row in zip(side.rows, grid, strict=True)
        ],
        "side_totals": [shown(i) for i in column_totals],
        "trend": [(p.label, shown(i)) for p, i in trend],
    }


@require_GET
@rule("deviations.view_statistics", get_area)
def statistics_page(request, area):
    period = _period(request, area)
    context = statistics_context(area, period) if period else {"area": area, "period": None}
    context["can_import"] = request.user.has_perm("deviations.import_statistics", area)
    return render(request, "deviations/statistics.html", context)


@require_GET
@rule("deviations.view_statistics", get_area)
def statistics_csv(request, area):
    period = _period(request, area)
    if period is None:
        raise Http404
    rows = stats.statistics_csv_rows(area=area, period=period)
    writer = ExcelCsv()
    writer.writerows(rows)
    response = HttpResponse(writer.to_bytes(), content_type="text/csv")
    response["Content-Disposition"] = (
        f'attachment; filename="avvikelser-{area.slug}-{period.key}.csv"'
    )
    return response


@require_GET
@rule("deviations.view_statistics", get_area)
def goal_page(request, area):
    query = query_values(request, GoalQuery)
    available = stats.periods(area)
    today = timezone.localdate()
    years = sorted({p.year for p in available if p.has_ended(today)})
    period = query["period"] or (stats.Period(years[-1]) if years else None)
    baseline = query["baseline"] or (stats.Period(years[0]) if years else None)
    progress = stats.goal_progress(area, period, baseline) if period and baseline else None
    choices = [stats.Period(y) for y in years] + available
    context = {
        "area": area,
        "progress": progress,
        "choices": choices,
        "example": stats.has_example_data(area),
    }
    return render(request, "deviations/goal.html", context)


@require_GET
@rule("deviations.view_public_statistics", get_area)
def public_statistics(request, area):
    """What the area publishes: counts under three are shown as "<3"."""
    period = _period(request, area, public=True)
    if period is None:
        raise Http404
    context = statistics_context(area, period, public=True)
    context["public"] = True
    context["published_cases"] = Case.objects.filter(area=area, published=True).select_related(
        "category"
    )
    return render(request, "deviations/public.html", context)


def _report_context(area, period):
    context = statistics_context(area, period)
    context["findings"] = Finding.objects.filter(
        area=area, year=period.year, half=period.half
    ).select_related("target_group", "activity")
    return context


@require_GET
@rule("deviations.view_statistics", get_area)
def half_year_report(request, area, period):
    period = stats.Period.parse(period)
    if period is None or period.half is None or not period.has_ended(timezone.localdate()):
        raise Http404
    return render(request, "deviations/report.html", _report_context(area, period))


@require_GET
@rule("deviations.view_statistics", get_area)
def half_year_report_pdf(request, area, period):
    period = stats.Period.parse(period)
    if period is None or period.half is None or not period.has_ended(timezone.localdate()):
        raise Http404
    pdf = render_pdf("deviations/report_pdf.html", _report_context(area, period))
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="avvikelser-{area.slug}-{period.key}.pdf"'
    return response
