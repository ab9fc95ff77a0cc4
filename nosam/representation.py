"""Which organisations were represented at a group's meetings in a year."""

from __future__ import annotations

from dataclasses import dataclass

from nosam.models import Attendance, Group, Meeting, Organisation
from samla.collation import swedish_sort_key


@dataclass
class RepresentationRow:
    organisation: Organisation
    expected: bool
    cells: list[bool | None]  # per meeting: present, absent, or not recorded

    @property
    def attended(self) -> int:
        return sum(1 for cell in self.cells if cell)

    @property
    def has_gap(self) -> bool:
        return self.expected and any(cell is not True for cell in self.cells)


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
        meetings = list(
            group.meetings.filter(starts_at__year=year).select_related("area").order_by("starts_at")
        )
        index = {meeting.pk: i for i, meeting in enumerate(meetings)}
        expected = list(group.expected_organisations.all())
        attendance = Attendance.objects.filter(meeting__in=meetings).select_related("organisation")
        by_org: dict[int, list[bool | None]] = {org.pk: [None] * len(meetings) for org in expected}
        organisations = {org.pk: org for org in expected}
        for record in attendance:
            organisations.setdefault(record.organisation_id, record.organisation)
            cells = by_org.setdefault(record.organisation_id, [None] * len(meetings))
            cells[index[record.meeting_id]] = record.present
        expected_ids = {org.pk for org in expected}
        rows = [
            RepresentationRow(organisations[pk], pk in expected_ids, cells)
            for pk, cells in by_org.items()
        ]
        rows.sort(key=lambda row: (not row.expected, swedish_sort_key(row.organisation.name)))
        return cls(group, year, meetings, rows)
