"""Which activities a meeting's agenda may point at.

An agenda item may name an activity of a plan, and plans are a layer above the
structure. So plans tells which activities are on a group's table by offering a
function here (``PlansConfig.ready``); the meeting pages ask for them without
importing plans.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from django.db.models import QuerySet

from nosam.models import AgendaItem, Group

ActivitySource = Callable[[Iterable[Group], date], QuerySet]

_source: ActivitySource | None = None


def offer_activities(source: ActivitySource) -> None:
    """Plans says here which activities a meeting of some groups may discuss."""
    global _source
    _source = source


def agenda_activities(groups: Iterable[Group], today: date) -> QuerySet:
    if _source is None:  # no app offers activities: the agenda names none
        return AgendaItem._meta.get_field("activity").related_model.objects.none()
    return _source(groups, today)
