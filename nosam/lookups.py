"""Look areas, groups and meetings up from URL arguments (404 if not found)."""

from django.shortcuts import get_object_or_404

from nosam.models import Area, Group, Meeting


def get_area(area: str) -> Area:
    return get_object_or_404(Area, slug=area)


def get_group(area: str, group: str) -> Group:
    return get_object_or_404(
        Group.objects.select_related("area", "target_group", "parent"),
        area__slug=area,
        slug=group,
    )


def get_meeting(area: str, meeting: int) -> Meeting:
    return get_object_or_404(
        Meeting.objects.select_related("area", "minutes_target_group").prefetch_related("groups"),
        area__slug=area,
        pk=meeting,
    )
