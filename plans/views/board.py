"""The meeting-day board: status of a group's activities, updated in place."""

from django.contrib import messages
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST, require_safe

from nosam.lookups import get_group
from nosam.models import Group
from plans import services
from plans.board import SORT_ORDERS, Board, board_activities
from plans.filters import BoardFilter, BoardQuery, BoardRowForm, StatusForm
from plans.forms import FollowUpForm
from plans.lookups import get_activity
from samla.access import rule
from samla.query import InvalidQuery, errors_text, query_values

MODES = {"storbild": "plans/board.html", "utskrift": "plans/board_print.html"}


@require_safe
@rule("nosam.view_group_internal", get_group)
def board(request, group):
    activities = board_activities(group, timezone.localdate())
    query = query_values(request, BoardQuery)
    mode = query["visning"]
    filterset = BoardFilter(_filters_of(request), queryset=activities, group=group)
    if filterset.is_bound and not filterset.is_valid():
        raise InvalidQuery(errors_text(filterset.form))
    board = Board.build(group, filterset.qs).sorted(query["sortera"])
    board.show_unowned_for(_editable_plans(request.user, board.rows))
    context = {
        "mode_links": _mode_links(request),
        "area": group.area,
        "group": group,
        "filter": filterset,
        "board": board,
        "followable_plans": _followable_plans(request.user, board),
        "mode": mode,
        "order": query["sortera"],
        "sort_orders": SORT_ORDERS,
    }
    return render(request, MODES.get(mode, "plans/board.html"), context)


def _filters_of(request):
    """The filters of the query, or None when only the view or order is chosen."""
    filters = request.GET.copy()
    for name in ("visning", "sortera"):
        filters.pop(name, None)
    return filters or None


@require_safe
@rule("plans.follow_up_activity", get_activity, visible="plans.view_plan")
def board_row_forms(request, activity):
    """The update forms of a board row, asked for by its "Uppdatera" button
    (htmx); without JavaScript that button leads to the activity's page."""
    if not request.htmx:
        return redirect(activity.get_absolute_url())
    group = query_values(request, BoardRowForm, area=activity.plan.group.area)["tavla"]
    group = _checked_board(request, activity, group)
    row = Board.build(group, []).row_for(activity)
    row.show_unowned = bool(_editable_plans(request.user, [row]))
    context = {"group": group, "rows": [row], "followable_plans": {activity.plan_id}}
    context["editing_html"] = _row_forms(request, group, row, FollowUpForm())
    return render(request, "plans/_board_row.html", context)


def _row_forms(request, group, row, follow_up_form) -> str:
    context = {
        "group": group,
        "row": row,
        "follow_up_form": follow_up_form,
        "status_form": StatusForm(),
    }
    return render_to_string("plans/_board_row_forms.html", context, request=request)


def _followable_plans(user, board) -> set[int]:
    """The board also shows the plans of the groups under this one, whose
    members are others: their rows are shown, but only their members update them."""
    plans = {row.activity.plan for row in board.rows}
    return {plan.pk for plan in plans if user.has_perm("plans.follow_up_activity", plan)}


def _editable_plans(user, rows) -> set[int]:
    """The plans of ``rows`` that the user may edit (whose rows show "Ingen
    länkad ansvarig")."""
    plans = {row.activity.plan for row in rows}
    return {plan.pk for plan in plans if user.has_perm("plans.change_plan", plan)}


def _mode_links(request) -> dict[str, str]:
    """Query strings for the three views of the board, keeping the filters."""
    links = {}
    for mode in ("", "storbild", "utskrift"):
        query = request.GET.copy()
        query.pop("visning", None)
        if mode:
            query["visning"] = mode
        links[mode or "vanlig"] = "?" + query.urlencode()
    return links


def board_of(request, activity) -> Group:
    """The board an update was posted from (``tavla``), checked before anything
    is saved: a board the user may read that shows this activity, else a 404
    (its summary and "since the last meeting" come back with the answer)."""
    form = BoardRowForm(request.POST, area=activity.plan.group.area)
    if not form.is_valid():
        raise Http404
    return _checked_board(request, activity, form.cleaned_data["tavla"])


def _checked_board(request, activity, group) -> Group:
    if not request.user.has_perm("nosam.view_group_internal", group):
        raise Http404
    if not board_activities(group, timezone.localdate()).filter(pk=activity.pk).exists():
        raise Http404
    return group


def board_row_response(request, activity, group, *, follow_up_form=None, notice: str = ""):
    """After an update from the board: the row again, with the board's summary
    and "since the last meeting" and a notice of what was saved (htmx), or the
    board page."""
    if request.htmx:
        board = Board.build(group, board_activities(group, timezone.localdate()))
        row = board.row_for(activity)
        row.show_unowned = bool(_editable_plans(request.user, [row]))
        context = {
            "group": group,
            "board": board,
            "rows": [row],
            "followable_plans": {activity.plan_id},
            "notice": notice,
        }
        if follow_up_form is not None and follow_up_form.errors:
            context["editing_html"] = _row_forms(request, group, row, follow_up_form)
        return render(request, "plans/_board_row_update.html", context)
    target = request.POST.get("next", "")
    # Only a path on this site: redirect() would read "abc" as a view name.
    if not target.startswith("/") or not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}
    ):
        target = reverse("plans:board", kwargs={"area": group.area.slug, "group": group.slug})
    return HttpResponseRedirect(f"{target}#rad-{activity.pk}")


@require_POST
@rule("plans.follow_up_activity", get_activity)
def activity_status(request, activity):
    group = board_of(request, activity)
    form = StatusForm(request.POST)
    if form.is_valid():
        changed = services.activity_set_status(
            activity=activity, status=form.cleaned_data["status"]
        )
        notice = f"Status ändrad till {activity.status_label}." if changed else "Ingen ändring."
        if changed and not request.htmx:
            messages.success(request, notice)
        return board_row_response(request, activity, group, notice=notice)
    return board_row_response(request, activity, group)
