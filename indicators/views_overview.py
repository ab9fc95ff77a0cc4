"""The lägesbild of an area (internal) and the public pages of its goals."""

from urllib.parse import urlencode

from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_safe

from indicators import public as public_goals
from indicators.overview import Overview as LagesBild
from indicators.overview import OverviewQuery, describe
from indicators.overview_charts import StatusMovementChart
from indicators.overview_export import overview_xlsx as xlsx_bytes
from indicators.snapshots import status_movement
from indicators.views_import import IMPORT
from nosam.lookups import get_area
from samla.access import public, rule
from samla.query import query_values

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _overview(request, area):
    today = timezone.localdate()
    choices = OverviewQuery.choices_for(area, today)
    query = query_values(request, OverviewQuery, area=area, today=today, choices=choices)
    lagesbild = LagesBild.build(area, today=today, query=query)
    if query["ar"] and query["ar"] not in {year for year, _ in choices["ar"]}:
        choices["ar"].append((query["ar"], str(query["ar"])))  # a year without plans
    # The filters shown as chosen: from the cleaned values, not the raw query.
    chosen = {k: v for k, v in query.items() if v not in (None, "")}
    form = OverviewQuery(chosen, area=area, today=today, choices=choices)
    form.is_valid()
    return lagesbild, query, form


@require_safe
@rule("indicators.view_overview", get_area)
def overview(request, area):
    lagesbild, query, form = _overview(request, area)
    movement = StatusMovementChart.from_columns(
        f"Aktiviteternas status vid varje publicering och möte {lagesbild.year}",
        status_movement(lagesbild.plans, lagesbild.year),
    )
    context = {
        "area": area,
        "overview": lagesbild,
        "form": form,
        "chosen": describe(query, form),
        "movement": movement,
        "export_query": urlencode(lagesbild.params),
        "can_import": request.user.has_perm(IMPORT, area),
    }
    return render(request, "indicators/overview.html", context)


@require_safe
@rule("indicators.view_overview", get_area)
def overview_activities(request, area):
    """The activities behind one number of the lägesbild."""
    lagesbild, query, form = _overview(request, area)
    items = lagesbild.matching(query)
    shown = query.get("visa")
    context = {
        "area": area,
        "overview": lagesbild,
        "items": items,
        "chosen": describe(query, form),
        "state": shown if shown in ("i_fas", "ej_i_fas") else "",
        "goal_indicators": [
            (indicator, assessment)
            for indicator, assessment in lagesbild.goal_indicators_for(lagesbild.params)
            if assessment.state == shown
        ],
        "back_query": urlencode(lagesbild.params),
    }
    return render(request, "indicators/overview_activities.html", context)


@require_safe
@rule("indicators.view_overview", get_area)
def overview_xlsx(request, area):
    lagesbild, _, _ = _overview(request, area)
    movement = status_movement(lagesbild.plans, lagesbild.year)
    response = HttpResponse(xlsx_bytes(lagesbild, movement), content_type=XLSX)
    name = f"lagesbild-{area.slug}-{lagesbild.year}.xlsx"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@require_safe
@public
def goals(request, area):
    """The Samverkansplan as a whole: each goal with its published activities."""
    area = get_area(area)
    page = public_goals.GoalsPage.build(area)
    return render(request, "indicators/goals.html", {"area": area, "page": page})


@require_safe
@public
def goal(request, area, goal):
    area = get_area(area)
    page = public_goals.GoalsPage.build(area, only_goal=goal)
    if not page.goals:
        raise Http404
    context = {"area": area, "page": page, "goal": page.goals[0]}
    return render(request, "indicators/goals_goal.html", context)
