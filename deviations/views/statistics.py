"""Statistics pages: per half-year, goal tracking, public figures, the report."""

from django.conf import settings
from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_safe

from deviations import statistics as stats
from deviations.charts import BarChart
from deviations.forms import GoalQuery, StatisticsQuery
from deviations.models import Case, Finding
from nosam.lookups import get_area
from samla.access import rule
from samla.exports import ExcelCsv
from samla.pagecache import generation
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
    count as text: exact for members; for the public through the area's
    ``stats.PublicStatistics``, which also leaves out who reported to whom and
    the municipalities' table (too fine to publish safely)."""
    if public:
        return _public_context(area, period)
    figures = stats.PeriodStatistics.for_period(area, period)
    totals = stats.period_totals(area)
    categories = [(label, str(n)) for label, n in figures.by_category()]
    target_groups = [(label, str(n)) for label, n in figures.by_target_group()]
    trend = [(p.label, str(n)) for p, n in totals]
    side = figures.side_by_side()
    return {
        "area": area,
        "period": period,
        "periods": [p for p, _ in totals],
        "total": figures.total,
        "total_shown": str(figures.total),
        "categories": categories,
        "category_chart": BarChart.from_shown("Avvikelser per kategori", categories),
        "target_groups": target_groups,
        "target_group_chart": BarChart.from_shown("Avvikelser per målgrupp", target_groups),
        "pairs": figures.by_pair(),
        "side_by_side": stats.SideBySide(
            side.municipalities,
            [(c, [str(n) for n in counts]) for c, counts in side.rows],
            [str(n) for n in side.totals],
        ),
        "trend": trend,
        "trend_chart": BarChart.from_shown("Avvikelser per halvår", trend),
        "hidden_note": "",
        "example": stats.has_example_data(area, period),
    }


def _public_context(area, period) -> dict:
    published = stats.PublicStatistics.for_area(area, timezone.localdate())
    if not published.has(period):
        raise Http404  # nothing was imported for it: no page that says 0
    categories = published.table(published.categories[period])
    target_groups = published.table(published.target_groups[period])
    trend = published.trend()
    return {
        "area": area,
        "period": period,
        "periods": published.half_years(),
        "total_shown": published.total(period),
        "categories": categories,
        "category_chart": BarChart.from_shown("Avvikelser per kategori", categories),
        "target_groups": target_groups,
        "target_group_chart": BarChart.from_shown("Avvikelser per målgrupp", target_groups),
        "pairs": [],
        "side_by_side": None,
        "trend": trend,
        "trend_chart": BarChart.from_shown("Avvikelser per halvår", trend),
        "hidden_note": stats.HIDDEN_NOTE,
        "example": stats.has_example_data(area, period),
    }


@require_safe
@rule("deviations.view_statistics", get_area)
def statistics_page(request, area):
    period = _period(request, area)
    if period is not None and period not in stats.periods(area):
        context = {"area": area, "period": None, "missing": period}
    elif period is not None:
        context = {
            "area": area,
            "period": period,
            "periods": stats.periods(area),
            "example": stats.has_example_data(area, period),
            "body": _statistics_body(request, area, period),
        }
    else:
        context = {"area": area, "period": None}
    context["can_import"] = request.user.has_perm("deviations.import_statistics", area)
    return render(request, "deviations/statistics.html", context)


def _statistics_body(request, area, period) -> str:
    """The tables and charts of a half-year, the same for every member of the
    area: rendered once per change of the site's content (the page cache's
    generation, which every import moves on) and kept in the shared cache."""
    key = f"statistics-body:{settings.RELEASE}:{area.pk}:{period.key}:{generation()}"
    body = cache.get(key)
    if body is None:
        context = statistics_context(area, period)
        body = render_to_string("deviations/_statistics_body.html", context, request=request)
        cache.set(key, body, timeout=24 * 3600)
    return mark_safe(body)  # noqa: S308 (rendered by our template)


@require_safe
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


@require_safe
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


@require_safe
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


@require_safe
@rule("deviations.view_statistics", get_area)
def half_year_report(request, area, period):
    period = stats.Period.parse(period)
    if period is None or period.half is None or not period.has_ended(timezone.localdate()):
        raise Http404
    return render(request, "deviations/report.html", _report_context(area, period))


@require_safe
@rule("deviations.view_statistics", get_area)
def half_year_report_pdf(request, area, period):
    period = stats.Period.parse(period)
    if period is None or period.half is None or not period.has_ended(timezone.localdate()):
        raise Http404
    pdf = render_pdf("deviations/report_pdf.html", _report_context(area, period))
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="avvikelser-{area.slug}-{period.key}.pdf"'
    return response
