from django.shortcuts import get_object_or_404

from deviations.models import Finding
from nosam.models import Area


def get_area(area: str) -> Area:
    return get_object_or_404(Area.objects.select_related("deviation_publication"), slug=area)


def get_finding(area: str, finding: int) -> Finding:
    return get_object_or_404(
        Finding.objects.select_related(
            "area", "target_group", "activity__plan__group__area", "meeting__area"
        ),
        area__slug=area,
        pk=finding,
    )
