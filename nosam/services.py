"""Meetings: create and change them with their agenda, attendance and minutes."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from nosam.models import (
    AgendaItem,
    Attendance,
    Group,
    Meeting,
    Organisation,
    Person,
    PersonAttendance,
    TargetGroup,
)
from samla.search import content_changed


@dataclass(frozen=True)
class AgendaLine:
    """A point of a meeting's agenda to save: new (no ``pk``), changed, or
    ``delete``d. ``activity`` is the plan's activity it concerns, if any."""

    title: str
    activity: object | None = None
    pk: int | None = None
    delete: bool = False


def meeting_save(
    *,
    area,
    groups: Iterable[Group],
    agenda: Sequence[AgendaLine],
    title: str,
    starts_at: datetime,
    ends_at: datetime | None,
    place: str,
    is_digital: bool,
    minutes_target_group: TargetGroup | None,
    meeting: Meeting | None = None,
) -> Meeting:
    """Save a meeting (a new one unless ``meeting`` is given) and its agenda
    together: both or neither."""
    meeting = meeting or Meeting()
    meeting.area = area
    meeting.title, meeting.place, meeting.is_digital = title, place, is_digital
    meeting.starts_at, meeting.ends_at = starts_at, ends_at
    meeting.minutes_target_group = minutes_target_group
    meeting.full_clean()
    with transaction.atomic():
        meeting.save()
        meeting.groups.set(groups)
        _agenda_save(meeting, agenda)
        content_changed(meeting)
    return meeting


def _agenda_save(meeting: Meeting, agenda: Sequence[AgendaLine]) -> None:
    saved = {item.pk: item for item in meeting.agenda_items.all()}
    for line in agenda:
        if line.pk is not None and line.pk not in saved:
            raise ValidationError("Dagordningspunkten hör inte till mötet.")
        item = saved[line.pk] if line.pk is not None else AgendaItem(meeting=meeting)
        if line.delete:
            if item.pk is not None:
                item.delete()
            continue
        item.title, item.activity = line.title, line.activity
        item.full_clean()
        item.save()


def attendance_record(
    *,
    meeting: Meeting,
    organisations: Iterable[Organisation],
    present: set[int],
    people: Iterable[Person] = (),
    present_people: set[int] = frozenset(),
) -> None:
    """Record who was there: organisations, and named people of the meeting's
    area; those listed but not marked present are recorded as absent."""
    people = list(people)
    strangers = set(p.pk for p in people) - set(
        Person.objects.of_area(meeting.area_id).values_list("pk", flat=True)
    )
    if strangers:
        raise ValidationError(
            "Bara personer i mötets samverkansområde kan registreras som närvarande."
        )
    with transaction.atomic():
        for organisation in organisations:
            Attendance.objects.update_or_create(
                meeting=meeting,
                organisation=organisation,
                defaults={"present": organisation.pk in present},
            )
        for person in people:
            PersonAttendance.objects.update_or_create(
                meeting=meeting, person=person, defaults={"present": person.pk in present_people}
            )


def minutes_save(*, meeting: Meeting, text: str, publish: bool) -> Meeting:
    """Save the minutes, published or not; a meeting that has not begun has
    none to publish (``Meeting.clean_fields`` refuses it)."""
    meeting.minutes = text
    if publish and not meeting.minutes_published:
        meeting.minutes_published_at = timezone.now()
    if not publish:
        meeting.minutes_published_at = None
    meeting.minutes_published = publish
    meeting.full_clean(exclude=["area"])
    with transaction.atomic():
        meeting.save()
        content_changed(meeting)
    return meeting
