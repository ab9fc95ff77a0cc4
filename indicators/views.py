"""An indicator's pages: add, edit and delete it; its values with chart and
table; entering a value there or from the board (htmx)."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from indicators import services
from indicators.charts import indicator_chart
from indicators.forms import IndicatorForm, ValueForm
from indicators.models import Indicator, Source
from indicators.progress import assess, series
from plans.lookups import get_activity
from plans.models import PrioritisedGoal
from samla.access import rule

KNOW, VIEW, CHANGE, ENTER = (
    "indicators.know_indicator",
    "indicators.view_indicator",
    "indicators.change_indicator",
    "indicators.enter_value",
)


def get_indicator(indicator: int) -> Indicator:
    return get_object_or_404(
        Indicator.objects.select_related(
            "area", "group", "activity__plan__group__area", "goal__plan__area"
        ),
        pk=indicator,
    )


def get_goal(area: str, goal: int) -> PrioritisedGoal:
    return get_object_or_404(
        PrioritisedGoal.objects.select_related("plan__area"), plan__area__slug=area, pk=goal
    )


def _owner_url(indicator: Indicator) -> str:
    """Where the indicator is shown: its activity's page, or its goal's."""
    if indicator.activity_id:
        return indicator.activity.get_absolute_url()
    kwargs = {"area": indicator.area.slug, "goal": indicator.goal_id}
    return reverse("indicators:goal", kwargs=kwargs)


def _form_page(request, form, *, indicator, title):
    context = {"form": form, "indicator": indicator, "title": title, "back": _owner_url(indicator)}
    status = 400 if form.errors else 200
    return render(request, "indicators/indicator_form.html", context, status=status)


def _create(request, indicator: Indicator):
    form = IndicatorForm(request.POST or None, instance=indicator, area=indicator.area)
    if form.is_valid():
        saved = form.save()
        messages.success(request, f"Mätetalet ”{saved.name}” är tillagt.")
        return redirect(saved)
    return _form_page(request, form, indicator=indicator, title="Nytt mätetal")


@require_http_methods(["GET", "POST"])
@rule("plans.change_plan", get_activity, visible="plans.view_plan")
def activity_indicator_create(request, activity):
    indicator = Indicator(activity=activity, created_by=request.user)
    indicator.area = activity.plan.group.area
    return _create(request, indicator)


@require_http_methods(["GET", "POST"])
@rule("indicators.add_goal_indicator", get_goal)
def goal_indicator_create(request, goal):
    indicator = Indicator(goal=goal, area=goal.plan.area, created_by=request.user)
    return _create(request, indicator)


@require_http_methods(["GET", "POST"])
@rule(CHANGE, get_indicator, visible=KNOW)
def indicator_edit(request, indicator):
    form = IndicatorForm(request.POST or None, instance=indicator, area=indicator.area)
    if form.is_valid():
        form.save()
        messages.success(request, "Mätetalet är sparat.")
        return redirect(indicator)
    return _form_page(request, form, indicator=indicator, title=f"Redigera {indicator.name}")


@require_http_methods(["GET", "POST"])
@rule(CHANGE, get_indicator, visible=KNOW)
def indicator_delete(request, indicator):
    if request.method == "POST":
        back = _owner_url(indicator)
        services.indicator_delete(indicator=indicator)
        messages.success(request, f"Mätetalet ”{indicator.name}” och dess värden är borttagna.")
        return redirect(back)
    context = {"indicator": indicator, "count": indicator.values.count()}
    return render(request, "indicators/indicator_confirm_delete.html", context)


def _detail(request, indicator, form=None):
    points = series([indicator])[indicator.pk]
    can_enter = not indicator.is_derived and request.user.has_perm(ENTER, indicator)
    context = {
        "indicator": indicator,
        "area": indicator.area,
        "plan": indicator.plan,
        "assessment": assess(indicator, points),
        "chart": indicator_chart(indicator, points),
        "can_change": request.user.has_perm(CHANGE, indicator),
        "can_enter": can_enter,
        "form": form or (ValueForm(indicator=indicator) if can_enter else None),
        "back": _owner_url(indicator),
        "derived": indicator.source != Source.TYPED,
    }
    status = 400 if form is not None and form.errors else 200
    return render(request, "indicators/indicator_detail.html", context, status=status)


@require_http_methods(["GET"])
@rule(VIEW, get_indicator, visible=KNOW)
def indicator_detail(request, indicator):
    return _detail(request, indicator)


def _enter(form, user):
    data = form.cleaned_data
    return services.indicator_value_enter(
        indicator=form.chosen,
        period=data["period"],
        value=data["value"],
        source=data["source"],
        comment=data["comment"],
        user=user,
    )


@require_POST
@rule(ENTER, get_indicator, visible=KNOW)
def value_create(request, indicator):
    form = ValueForm(request.POST, indicator=indicator)
    if not form.is_valid():
        return _detail(request, indicator, form)
    messages.success(request, _enter(form, request.user).notice)
    return redirect(indicator)


def _board_value_without_htmx(request, activity, typed, ids):
    """The same form posted without JavaScript: saved, and back on the
    activity's page; refused, the indicator's page shows what to correct."""
    back = redirect(activity.get_absolute_url() + "#matetal")
    if request.method != "POST":
        return back
    form = ValueForm(request.POST, indicators=typed, auto_id=ids)
    if form.is_valid():
        messages.success(request, _enter(form, request.user).notice)
        return back
    if form.chosen is None:
        chosen = request.POST.get("indicator", "")
        derived = chosen.isascii() and chosen.isdigit() and len(chosen) < 10
        derived = derived and activity.indicators.filter(pk=int(chosen)).exists()
        messages.error(
            request,
            "Mätetalet fylls i av portalens egna uppgifter och tar inga inskrivna värden."
            if derived
            else "Välj ett av aktivitetens mätetal.",
        )
        return back
    return _detail(request, form.chosen, ValueForm(request.POST, indicator=form.chosen))


@require_http_methods(["GET", "POST"])
@rule("plans.follow_up_activity", get_activity, visible="plans.view_plan")
def board_value(request, activity):
    """The "Mätvärde" form of a board row and of the activity's page (htmx): a
    value of one of the activity's typed indicators, confirmed in place."""
    typed = activity.indicators.filter(source=Source.TYPED)
    ids = f"matvarde-{activity.pk}-%s"  # unique on a board with many rows open
    if not request.htmx:
        return _board_value_without_htmx(request, activity, typed, ids)
    form = ValueForm(request.POST or None, indicators=typed, auto_id=ids)
    notice = ""
    if form.is_valid():
        notice = _enter(form, request.user).notice
        form = ValueForm(indicators=typed, initial={"indicator": form.chosen.pk}, auto_id=ids)
    context = {
        "activity": activity,
        "form": form,
        "notice": notice,
        "has_typed": typed.exists(),
        "answer": request.method == "POST",
    }
    # Errors too come back as 200: htmx swaps no other answer in.
    return render(request, "indicators/_board_value.html", context)
