"""The meeting-day board: status of a group's activities, updated in place."""

from django.contrib import messages
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_POST

from nosam.lookups import get_group
from nosam.models import Group
from plans import services
from plans.board import Board, board_activities
from plans.filters import BoardFilter, BoardQuery, BoardRowForm, StatusForm
from plans.forms import FollowUpForm
from plans.lookups import get_activity
from samla.access import rule
from samla.query import InvalidQuery, errors_text, query_values

MODES = {"storbild": "plans/board.html", "utskrift": "plans/board_print.html"}


@require_GET
@rule("nosam.view_group_internal", get_group)
def board(request, group):
    activities = board_activities(group, timezone.localdate())
    mode = query_values(request, BoardQuery)["visning"]
    filterset = BoardFilter(request.GET or None, queryset=activities, group=group)
    if filterset.is_bound and not filterset.is_valid():
        raise InvalidQuery(errors_text(filterset.form))
    board = Board.build(group, filterset.qs)
    context = {
        "mode_links": _mode_links(request),
        "area": group.area,
        "group": group,
        "filter": filterset,
        "board": board,
        "followable_plans": _followable_plans(request.user, board),
        "mode": mode,
        "follow_up_form": FollowUpForm(),
        "status_form": StatusForm(),
    }
    return render(request, MODES.get(mode, "plans/board.html"), context)


def _followable_plans(user, board) -> set[int]:
    """The board also shows the plans of the groups under this one, whose
    members are others: their rows are shown, but only their members update them."""
    plans = {row.activity.plan for row in board.rows}
    return {plan.pk for plan in plans if user.has_perm("plans.follow_up_activity", plan)}


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
    """The board (a group of the activity's area) an update was posted from.

    Checked before anything is saved: an unknown or malformed ``tavla`` is a 404.
    """
    form = BoardRowForm(request.POST, area=activity.plan.group.area)
    if not form.is_valid():
        raise Http404
    return form.cleaned_data["tavla"]


def board_row_response(request, activity, group, *, follow_up_form=None):
    """After an update from the board: the row again (htmx) or the board page."""
    if request.htmx:
        board = Board.build(group, [])
        context = {
            "group": group,
            "row": board.row_for(activity),
            "followable_plans": {activity.plan_id},
            "follow_up_form": follow_up_form or FollowUpForm(),
            "status_form": StatusForm(),
        }
        return render(request, "plans/_board_row.html", context)
    target = request.POST.get("next", "")
    # Only a path on this site: redirect() would read "abc" as a view name.
    if not target.startswith("/") or not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}
    ):
        target = group.get_absolute_url()
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
        if changed and not request.htmx:
            messages.success(request, f"Status ändrad till {activity.status_label}.")
    return board_row_response(request, activity, group)
