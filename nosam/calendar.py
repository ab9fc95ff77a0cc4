"""iCalendar feed of a group's meetings (icalendar)."""

from datetime import timedelta

from django.utils import timezone
from icalendar import Calendar, Event

from nosam.models import Group

DEFAULT_LENGTH = timedelta(hours=3)


def group_calendar(group: Group, request) -> bytes:
    """Past year and all coming meetings: title, time, place. No minutes."""
    calendar = Calendar()
    calendar.add("prodid", "-//SAMLA-portalen//sv")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", f"Möten: {group.name}")
    calendar.add("x-wr-timezone", "Europe/Stockholm")
    since = timezone.now() - timedelta(days=365)
    meetings = (
        group.meetings.filter(starts_at__gte=since)
        .select_related("area")
        .prefetch_related("groups")
        .order_by("starts_at")
    )
    for meeting in meetings:
        event = Event()
        event.add("uid", f"meeting-{meeting.pk}@samla-portalen")
        event.add("summary", meeting.display_title)
        event.add("dtstart", meeting.starts_at)
        event.add("dtend", meeting.ends_at or meeting.starts_at + DEFAULT_LENGTH)
        event.add("dtstamp", meeting.starts_at)
        if meeting.location_text:
            event.add("location", meeting.location_text)
        event.add("url", request.build_absolute_uri(meeting.get_absolute_url()))
        calendar.add_component(event)
    return calendar.to_ical()
