"""What the site search finds in the structure: published minutes and the
groups' texts (registered with ``samla.search``; see ``NosamConfig.ready``)."""

from nosam.models import Group, Meeting
from samla.search import Entry, Kind, searchable


@searchable(
    Meeting,
    prefix="mote",
    everything=lambda: Meeting.objects.select_related("area").prefetch_related("groups"),
)
def describe_meeting(meeting: Meeting, *, now) -> list[Entry]:
    """Published minutes only; unpublishing removes them from the index."""
    if not (meeting.minutes_published and meeting.minutes):
        return []
    return [
        Entry(
            kind=Kind.MINUTES,
            title=f"Minnesanteckningar {meeting}",
            where=f"Minnesanteckningar från {meeting.display_title}",
            body=meeting.minutes,
            url=meeting.get_absolute_url(),
            published_at=meeting.minutes_published_at or meeting.starts_at,
        )
    ]


@searchable(Group, prefix="grupp", everything=lambda: Group.objects.select_related("area"))
def describe_group(group: Group, *, now) -> list[Entry]:
    """A group's public texts; they have no publication time, so they count
    as published when indexed."""
    parts = [group.description, group.purpose, group.goal, group.mandate, group.representation]
    return [
        Entry(
            kind=Kind.GROUP,
            title=group.name,
            where=f"Gruppen {group.name}",
            body="\n".join(p for p in parts if p),
            url=group.get_absolute_url(),
            published_at=now,
        )
    ]
