"""The lägesbild as an Excel file: the same figures as the page, one sheet per
grouping, and the status movement of the year."""

from __future__ import annotations

import io

from indicators.overview import MEASURE_HEADINGS, Overview
from indicators.snapshots import StatusColumn
from plans.models import Status


def overview_xlsx(overview: Overview, movement: list[StatusColumn]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheets = [("Totalt", "Urval", [overview.totals])] + [
        (grouping.title, grouping.heading, grouping.lines) for grouping in overview.groupings
    ]
    sheet = workbook.active
    for index, (title, heading, lines) in enumerate(sheets):
        sheet = sheet if index == 0 else workbook.create_sheet()
        sheet.title = title
        sheet.append([f"Lägesbild {overview.area.name} {overview.year}"])
        sheet["A1"].font = Font(bold=True, size=13)
        sheet.append([])
        sheet.append([heading, *MEASURE_HEADINGS])
        for line in lines:
            sheet.append([line.label, *line.figures.values])
        _header(sheet, 3, Font, Alignment)
    sheet = workbook.create_sheet("Status över året")
    sheet.append(["Datum", "Tillfälle", *[s.label for s in Status], "Totalt"])
    for column in movement:
        sheet.append(
            [
                column.label,
                column.occasion,
                *[column.counts.get(s.value, 0) for s in Status],
                column.total,
            ]
        )
    _header(sheet, 1, Font, Alignment)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _header(sheet, row: int, Font, Alignment) -> None:  # noqa: N803 (openpyxl's classes)
    for cell in sheet[row]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.column_dimensions["A"].width = 48
    for cell in sheet[row][1:]:
        sheet.column_dimensions[cell.column_letter].width = 14
    sheet.freeze_panes = sheet.cell(row=row + 1, column=2)
