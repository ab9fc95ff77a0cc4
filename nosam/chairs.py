"""The rotating chair: who chairs, who is vice, who takes over and when.

NOSAM's chair rotates yearly between kommun and region; the vice chair takes
over, and the side that gave up the chair provides the next vice chair.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Q

from nosam.models import Group, Membership, Organisation

TERM = timedelta(days=365)


@dataclass(frozen=True)
class ChairSuccession:
    chair: Membership | None
    vice_chair: Membership | None
    handover_on: date | None
    next_vice_from: str  # "kommun", "region" or ""

    @property
    def next_vice_from_label(self) -> str:
        return Organisation.Kind(self.next_vice_from).label.lower() if self.next_vice_from else ""


def _current(group: Group, role: str, today: date) -> Membership | None:
    return (
        group.memberships.filter(role=role)
        .filter(Q(starts_on__isnull=True) | Q(starts_on__lte=today))
        .filter(Q(ends_on__isnull=True) | Q(ends_on__gte=today))
        .select_related("person", "organisation__parent")
        .order_by("-starts_on")
        .first()
    )


def _kind(membership: Membership | None) -> str:
    organisation = membership.organisation if membership else None
    return organisation.kind if organisation else ""


def chair_succession(group: Group, today: date) -> ChairSuccession:
    chair = _current(group, Membership.Role.CHAIR, today)
    vice = _current(group, Membership.Role.VICE_CHAIR, today)
    handover = None
    if chair is not None:
        if chair.ends_on:
            handover = chair.ends_on + timedelta(days=1)
        elif chair.starts_on:
            handover = chair.starts_on + TERM
    return ChairSuccession(chair, vice, handover, _kind(chair))
