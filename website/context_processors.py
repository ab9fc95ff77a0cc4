"""The signed-in header: the user's groups with their Mötesvy (the joint
groups they count as a member of too), and for each of their areas the pages
of Avvikelser, Årsrapporter and Lägesbild, asked of the rules so that no link leads to a
403."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from django.urls import reverse

from nosam.models import Area, Group
from nosam.roles import roles_of
from samla.collation import swedish_sort_key
from samla.components import Link


@dataclass
class AreaLinks:
    area: Area
    pages: list[Link] = field(default_factory=list)
    boards: list[Link] = field(default_factory=list)


class Navigation:
    """Read lazily: a page that never renders the header asks nothing."""

    def __init__(self, user):
        self.user = user

    @cached_property
    def areas(self) -> list[AreaLinks]:
        if not self.user.is_authenticated:
            return []
        roles = roles_of(self.user)
        # Their own groups and the joint groups above them, whose members they count as.
        group_ids = set(roles.group_ids)
        for area_id in roles.area_ids:
            group_ids |= roles.effective_group_ids(area_id)
        groups = sorted(
            Group.objects.filter(pk__in=group_ids).select_related("area"),
            key=lambda g: swedish_sort_key(g.name),
        )
        by_area: dict[int, AreaLinks] = {}
        for group in groups:
            links = by_area.get(group.area_id)
            if links is None:
                links = by_area[group.area_id] = self._area_links(group.area)
            if self.user.has_perm("nosam.view_group_internal", group):
                url = reverse("plans:board", kwargs={"area": group.area.slug, "group": group.slug})
                links.boards.append(Link(f"Mötesvy {group.short_name or group.name}", url))
        return sorted(by_area.values(), key=lambda a: swedish_sort_key(a.area.name))

    def _area_links(self, area: Area) -> AreaLinks:
        links = AreaLinks(area)
        if self.user.has_perm("deviations.view_statistics", area):
            links.pages.append(
                Link("Avvikelser", reverse("deviations:statistics", args=[area.slug]))
            )
        links.pages.append(Link("Årsrapporter", reverse("reports:reports", args=[area.slug])))
        if self.user.has_perm("indicators.view_overview", area):
            links.pages.append(Link("Lägesbild", reverse("indicators:overview", args=[area.slug])))
        return links

    def __bool__(self) -> bool:
        return bool(self.areas)


def navigation(request):
    """Context processor: ``navigation`` for base.html."""
    return {"navigation": Navigation(request.user)}
