"""Public pages of the collaboration structure."""

from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from nosam.chairs import chair_succession
from nosam.models import Area
from nosam.selectors import group_tree, members_by_role
from plans.models import ActivityPlan
from samla.access import public
from website.publications import latest_publications


@public
def home(request):
    areas = Area.objects.all()
    return render(request, "nosam/home.html", {"areas": areas})


@public
def area_detail(request, area):
    area = get_object_or_404(Area.objects.select_related("deviation_publication"), slug=area)
    context = {
        "area": area,
        "tree": group_tree(area),
        "collaboration_plan": area.collaboration_plans.prefetch_related(
            "goals", "focus_areas", "shifts"
        ).first(),
        "activity_plans": ActivityPlan.objects.published()
        .filter(group__area=area)
        .select_related("group__area", "target_group"),
        "action_plans": area.action_plans.for_reader(request.user, area),
        "organisations": area.organisations.select_related("parent"),
        "publications": latest_publications(area, limit=8),
        "can_see_deviations": request.user.has_perm("deviations.view_statistics", area),
    }
    return render(request, "nosam/area_detail.html", context)


@public
def group_detail(request, area, group):
    area = get_object_or_404(Area, slug=area)
    group = get_object_or_404(
        area.groups.select_related("parent__area", "target_group"), slug=group
    )
    internal = request.user.has_perm("nosam.view_group_internal", group)
    plans = group.activity_plans.select_related("group__area", "target_group")
    today = timezone.localdate()
    context = {
        "area": area,
        "group": group,
        "children": area.groups.filter(parent=group),
        "members": members_by_role(group),
        "activity_plans": plans if internal else plans.published(),
        "action_plans": group.action_plans.for_reader(request.user, area).select_related("area"),
        "internal": internal,
        "succession": chair_succession(group, today),
        "meetings_this_year": group.meetings.filter(starts_at__year=today.year).count(),
        "year": today.year,
    }
    return render(request, "nosam/group_detail.html", context)
