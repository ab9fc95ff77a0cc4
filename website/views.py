"""Public pages of the site: search, publications, open data, accessibility."""

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.crypto import get_random_string
from django.views.decorators.http import require_safe

from nosam.chairs import chair_succession
from nosam.lookups import get_area
from nosam.models import Meeting
from nosam.selectors import group_tree, members_by_role
from plans.models import ActionPlan, ActivityPlan, CollaborationPlan
from samla.access import public
from samla.query import query_values
from website.publications import latest_publications
from website.search import search
from website.selectors import plans_above


@require_safe
@public
def health(request):
    """Liveness: the process answers. Touches neither database nor cache, so a
    load balancer does not restart workers because the database is down. Also
    the benchmark's trivial baseline."""
    response = HttpResponse("ok", content_type="text/plain")
    response["Cache-Control"] = "no-store"
    return response


class SearchQuery(forms.Form):
    q = forms.CharField(label="Sök", required=False)


@require_safe
@public
def readiness(request):
    """Readiness: 200 when the database and the cache answer, else 503, so a
    load balancer sends no users to an instance that cannot serve them."""
    checks = {"databas": _database_answers(), "cache": _cache_answers()}
    ready = all(checks.values())
    lines = ["ok" if ready else "fel"]
    lines += [f"{name}: {'ok' if up else 'fel'}" for name, up in checks.items()]
    response = HttpResponse(
        "\n".join(lines), content_type="text/plain; charset=utf-8", status=200 if ready else 503
    )
    response["Cache-Control"] = "no-store"
    if not ready:
        response["Retry-After"] = str(settings.OUTAGE_RETRY_AFTER_SECONDS)
    return response


def _database_answers() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except DatabaseError:
        return False


def _cache_answers() -> bool:
    token = get_random_string(12)
    try:
        cache.set("helsa:redo", token, timeout=10)
        return cache.get("helsa:redo") == token
    except Exception:  # each cache backend fails in its own way (redis: ConnectionError)
        return False


@require_safe
@public
def search_page(request, area):
    area = get_area(area)
    query = query_values(request, SearchQuery)["q"][:200]
    hits = search(area, query) if query else []
    return render(request, "website/search.html", {"area": area, "query": query, "hits": hits})


@require_safe
@public
def published_plans(request, area):
    """Published activity plans per group and target group, and handlingsplaner."""
    area = get_area(area)
    plans = (
        ActivityPlan.objects.published()
        .filter(group__area=area)
        .select_related("group__area", "target_group")
        .order_by("group__position", "group_id", "target_group_id", "-year")
    )
    context = {
        "area": area,
        "plans": plans,
        "action_plans": ActionPlan.objects.published().filter(area=area).select_related("area"),
    }
    return render(request, "website/published_plans.html", context)


@require_safe
@public
def published_minutes(request, area):
    area = get_area(area)
    meetings = (
        Meeting.objects.filter(area=area, minutes_published=True)
        .select_related("area")
        .prefetch_related("groups")
        .order_by("-starts_at")
    )
    by_group: dict = {}
    for meeting in meetings:
        for group in meeting.groups.all():
            by_group.setdefault(group, []).append(meeting)
    context = {"area": area, "by_group": sorted(by_group.items(), key=lambda i: i[0].position)}
    return render(request, "website/published_minutes.html", context)


@public
def area_detail(request, area):
    """An area's start page: its structure, plans and latest publications."""
    area = get_area(area)
    context = {
        "area": area,
        "tree": group_tree(area),
        "collaboration_plan": CollaborationPlan.objects.prefetch_related(
            "goals", "focus_areas", "shifts"
        ).current(area),
        "activity_plans": ActivityPlan.objects.published()
        .filter(group__area=area)
        .select_related("group__area", "target_group"),
        "action_plans": area.action_plans.for_reader(request.user, area),
        "organisations": area.organisations.select_related("parent"),
        "publications": latest_publications(area, limit=8),
        "can_see_deviations": request.user.has_perm("deviations.view_statistics", area),
    }
    return render(request, "website/area_detail.html", context)


@public
def group_detail(request, area, group):
    """A group's page: its texts, members and chair, plans, and for its
    members the way to the board, meetings and representation."""
    area = get_area(area)
    group = get_object_or_404(
        area.groups.select_related("parent__area", "target_group"), slug=group
    )
    internal = request.user.has_perm("nosam.view_group_internal", group)
    plans = group.activity_plans.select_related("group__area", "target_group")
    activity_plans = list(plans if internal else plans.published())
    action_plans = list(group.action_plans.for_reader(request.user, area).select_related("area"))
    today = timezone.localdate()
    context = {
        "area": area,
        "group": group,
        "children": area.groups.filter(parent=group),
        "members": members_by_role(group),
        "activity_plans": activity_plans,
        "action_plans": action_plans,
        # A group without plans of its own works by the joint plan above it.
        "plans_above": None if activity_plans or action_plans else plans_above(group=group),
        "internal": internal,
        "succession": chair_succession(group, today),
        "meetings_this_year": group.meetings.filter(starts_at__year=today.year).count(),
        "year": today.year,
    }
    return render(request, "website/group_detail.html", context)


@require_safe
@public
def accessibility_statement(request):
    return render(request, "website/accessibility.html", {"statement": settings.ACCESSIBILITY})


@require_safe
@public
def open_data(request):
    example = ActivityPlan.objects.published().select_related("group__area").first()
    return render(request, "website/open_data.html", {"example": example})
