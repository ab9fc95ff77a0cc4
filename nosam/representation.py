"""Which organisations were represented at a group's meetings in a year."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.utils import timezone

from nosam.models import Attendance, Group, Meeting, Organisation
from samla.collation import swedish_sort_key


@dataclass
class RepresentationRow:
    organisation: Organisation
    expected: bool
    cells: list[bool | None]  # per meeting: present, absent, or not recorded
    held: list[bool] = field(default_factory=list)  # per meeting: has it taken place?

    @property
    def attended(self) -> int:
        return sum(1 for cell in self.cells if cell)

    @property
    def has_gap(self) -> bool:
        """Expected, and missing from a meeting that has taken place (a meeting
        still ahead is no gap)."""
        held = self.held or [True] * len(self.cells)
        return self.expected and any(
            cell is not True for cell, past in zip(self.cells, held, strict=True) if past
        )


@dataclass
class RepresentationOverview:
    group: Group
    year: int
    meetings: list[Meeting]
    rows: list[RepresentationRow]

    @property
    def gaps(self) -> list[RepresentationRow]:
        return [row for row in self.rows if row.has_gap]

    @classmethod
    def for_year(cls, group: Group, year: int) -> RepresentationOverview:
        return cls.for_groups([group], year)[group.pk]

    @classmethod
    def for_groups(cls, groups: Iterable[Group], year: int) -> dict[int, RepresentationOverview]:
        """The year's overview of each group, in three queries however many groups."""
        groups = list(groups)
        through = Meeting.groups.through.objects.filter(
            group__in=groups, meeting__starts_at__year=year
        ).select_related("meeting__area")
        meetings: dict[int, list[Meeting]] = {group.pk: [] for group in groups}
        for link in sorted(through, key=lambda link: (link.meeting.starts_at, link.meeting_id)):
            meetings[link.group_id].append(link.meeting)
        expected: dict[int, list[Organisation]] = {group.pk: [] for group in groups}
        for link in Group.expected_organisations.through.objects.filter(
            group__in=groups
        ).select_related("organisation"):
            expected[link.group_id].append(link.organisation)
        meeting_ids = {m.pk for found in meetings.values() for m in found}
        attendance: dict[int, list[Attendance]] = {}
        for record in Attendance.objects.filter(meeting__in=meeting_ids).select_related(
            "organisation"
        ):
            attendance.setdefault(record.meeting_id, []).append(record)
        now = timezone.now()
        return {
            group.pk: cls._build(
                group, year, meetings[group.pk], expected[group.pk], attendance, now
            )
            for group in groups
        }

    @classmethod
    def _build(cls, group, year, meetings, expected, attendance, now) -> RepresentationOverview:
        index = {meeting.pk: i for i, meeting in enumerate(meetings)}
        held = [meeting.starts_at <= now for meeting in meetings]
        by_org: dict[int, list[bool | None]] = {org.pk: [None] * len(meetings) for org in expected}
        organisations = {org.pk: org for org in expected}
        for meeting in meetings:
            for record in attendance.get(meeting.pk, ()):
                organisations.setdefault(record.organisation_id, record.organisation)
                cells = by_org.setdefault(record.organisation_id, [None] * len(meetings))
                cells[index[record.meeting_id]] = record.present
        expected_ids = {org.pk for org in expected}
        rows = [
            RepresentationRow(organisations[pk], pk in expected_ids, cells, held)
            for pk, cells in by_org.items()
        ]
        rows.sort(key=lambda row: (not row.expected, swedish_sort_key(row.organisation.name)))
        return cls(group, year, meetings, rows)
