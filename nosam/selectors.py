"""Reads of the collaboration structure that pages share."""

from __future__ import annotations

from dataclasses import dataclass, field

from nosam.models import Area, Group, Membership


@dataclass
class GroupNode:
    group: Group
    children: list[GroupNode] = field(default_factory=list)


def group_tree(area: Area) -> list[GroupNode]:
    """The area's groups as a tree, read in one query."""
    groups = list(area.groups.select_related("target_group"))
    nodes = {group.pk: GroupNode(group) for group in groups}
    roots: list[GroupNode] = []
    for group in groups:
        parent = nodes.get(group.parent_id) if group.parent_id else None
        (parent.children if parent else roots).append(nodes[group.pk])
    return roots


ROLE_ORDER = [choice for choice, _ in Membership.Role.choices]


def members_by_role(group: Group) -> list[tuple[str, list[Membership]]]:
    """Current memberships grouped by role, chair first."""
    memberships = group.memberships.select_related("person", "organisation")
    grouped: dict[str, list[Membership]] = {}
    for membership in memberships:
        grouped.setdefault(membership.role, []).append(membership)
    return [(Membership.Role(role).label, grouped[role]) for role in ROLE_ORDER if role in grouped]
