from django.shortcuts import get_object_or_404

from deviations.models import Finding


def get_finding(area: str, finding: int) -> Finding:
    return get_object_or_404(
        Finding.objects.select_related(
            "area", "target_group", "activity__plan__group__area", "meeting__area"
        ),
        area__slug=area,
        pk=finding,
    )
