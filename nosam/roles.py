"""Who a user is in the structure: their groups and areas, read once per request.

The ``rules`` predicates of every app ask these questions; the answers are
cached on the user object, so a page that checks many permissions makes the
same few queries whatever it shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Q
from django.utils import timezone

from nosam.models import Area, Group, Membership
from nosam.selectors import GroupHierarchy

_CACHE_ATTRIBUTE = "_samla_roles"


@dataclass
class Roles:
    group_ids: set[int] = field(default_factory=set)
    area_ids: set[int] = field(default_factory=set)
    process_leader_area_ids: set[int] = field(default_factory=set)
    # area id -> the groups of that area the user counts as a member of
    _effective: dict[int, frozenset[int]] = field(default_factory=dict)

    def is_member_of(self, group: Group) -> bool:
        """Member of the group itself, or of a group under it when the group is
        joint (recursively, through joint groups only). Membership of a group
        never gives rights on the groups above it by itself."""
        if not self.group_ids:
            return False
        if group.pk in self.group_ids:
            return True
        return group.pk in self.effective_group_ids(group.area_id)

    def effective_group_ids(self, area_id: int) -> frozenset[int]:
        if area_id not in self._effective:
            self._effective[area_id] = _effective_groups(self.group_ids, area_id)
        return self._effective[area_id]

    def groups_to_meet_in(self, area_id: int) -> frozenset[int]:
        """The groups a member may hold a meeting with: their own (joint ones
        included) and the groups under those, as for Stor NOSAM."""
        own = self.effective_group_ids(area_id)
        return frozenset(GroupHierarchy.of(area_id).and_below(own))

    def groups_of_own(self, area_id: int) -> frozenset[int]:
        """The groups a meeting of this member must include one of: the groups
        they count as a member of (their own and the joint groups above them),
        so that they can open the meeting they hold. Groups under their own or
        beside them under a joint group come along, never alone (a member of
        NOSAM Alingsås holds Stor NOSAM with NOSAM Lerum, never a meeting of
        NOSAM Lerum or of one of her own target groups alone)."""
        return self.effective_group_ids(area_id)

    def is_member_in(self, area: Area | int) -> bool:
        """Member of any group of the area."""
        area_id = area if isinstance(area, int) else area.pk
        return area_id in self.area_ids

    def is_process_leader_of(self, area: Area | int) -> bool:
        area_id = area if isinstance(area, int) else area.pk
        return area_id in self.process_leader_area_ids


def _effective_groups(group_ids: set[int], area_id: int) -> frozenset[int]:
    """The user's groups in the area, and every joint group above them reached
    through joint groups only."""
    hierarchy = GroupHierarchy.of(area_id)
    own = {pk for pk in group_ids if pk in hierarchy.parents}
    return frozenset(own | hierarchy.joint_above(own))


def roles_of(user) -> Roles:
    if not getattr(user, "is_authenticated", False):
        return Roles()
    cached = getattr(user, _CACHE_ATTRIBUTE, None)
    if cached is None:
        cached = _load(user)
        setattr(user, _CACHE_ATTRIBUTE, cached)
    return cached


def forget_roles(user) -> None:
    """Drop the cached answers, after memberships change."""
    if hasattr(user, _CACHE_ATTRIBUTE):
        delattr(user, _CACHE_ATTRIBUTE)


def _load(user) -> Roles:
    today = timezone.localdate()
    current = Membership.objects.filter(person__user=user).filter(
        Q(starts_on__isnull=True) | Q(starts_on__lte=today),
        Q(ends_on__isnull=True) | Q(ends_on__gte=today),
    )
    roles = Roles()
    for group_id, area_id, role in current.values_list("group_id", "group__area_id", "role"):
        roles.group_ids.add(group_id)
        roles.area_ids.add(area_id)
        if role == Membership.Role.PROCESS_LEADER:
            roles.process_leader_area_ids.add(area_id)
    return roles
