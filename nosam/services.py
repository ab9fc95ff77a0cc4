"""Meetings: create and change them with their agenda, attendance and minutes."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from nosam.models import Attendance, Meeting
from samla.search import content_changed


def meeting_save(*, form, agenda) -> Meeting:
    """Save a meeting and its agenda together: both or neither."""
    with transaction.atomic():
        meeting = form.save(commit=False)
        meeting.area = form.area
        meeting.save()
        form.save_m2m()
        agenda.instance = meeting
        agenda.save()
        content_changed(meeting)
    return meeting


def attendance_record(*, meeting: Meeting, organisations, present: set[int]) -> None:
    """Record who was there; organisations not ticked are recorded as absent."""
    with transaction.atomic():
        for organisation in organisations:
            Attendance.objects.update_or_create(
                meeting=meeting,
                organisation=organisation,
                defaults={"present": organisation.pk in present},
            )


def minutes_save(*, meeting: Meeting, text: str, publish: bool) -> Meeting:
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
