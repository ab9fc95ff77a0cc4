"""Which activities a meeting's agenda may point at, and how they stand.

An agenda item may name an activity of a plan, and plans are a layer above the
structure. So plans tells which activities are on a group's table, and how an
activity's status reads, by offering functions here (``PlansConfig.ready``);
the meeting pages ask for them without importing plans.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from django.db.models import Model, QuerySet

from nosam.models import AgendaItem, Group

ActivitySource = Callable[[Iterable[Group], date], QuerySet]
ActivityStatus = Callable[[Model], str]

_source: ActivitySource | None = None
_status: ActivityStatus | None = None


def offer_activities(source: ActivitySource, *, status: ActivityStatus | None = None) -> None:
    """Plans says here which activities a meeting of some groups may discuss,
    and (``status``) how an activity's current status is written ("Pågår")."""
    global _source, _status
    _source = source
    _status = status


def agenda_activities(groups: Iterable[Group], today: date) -> QuerySet:
    if _source is None:  # no app offers activities: the agenda names none
        return AgendaItem._meta.get_field("activity").related_model.objects.none()
    return _source(groups, today)


def activity_status(activity: Model) -> str:
    """The activity's current status as text, or "" if no app tells it."""
    return _status(activity) if _status is not None else ""
