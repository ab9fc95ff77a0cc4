"""Public pages of the collaboration structure (an area's start page, which
shows what every app publishes, is the site's: ``website.views.area_detail``)."""

from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from nosam.chairs import chair_succession
from nosam.lookups import get_area
from nosam.models import Area
from nosam.selectors import members_by_role
from samla.access import public


@public
def home(request):
    areas = Area.objects.all()
    return render(request, "nosam/home.html", {"areas": areas})


@public
def group_detail(request, area, group):
    area = get_area(area)
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
