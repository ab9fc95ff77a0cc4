"""A plan as Word (laid out like the original) and as Excel (one row per activity)."""

from __future__ import annotations

import io

from docx import Document
from docx.shared import Pt

from plans.documents import PlanDocument
from plans.exports import CSV_COLUMNS
from samla.exports import a4_page

TABLE_HEADERS = [
    "Mål\nPrioriterade Mål enligt\nSamverkansplanen",
    "Vad",
    "Hur",
    "Beslut\nVem/Ansvarig",
    "Startdatum",
    "Deadline/\nslutdatum",
    "Uppföljning,\nmätetal,\nutfallsmått",
    "Status",
]


def _lines(cell, text: str) -> None:
    """Text into a cell, one paragraph per line, as people write in Word."""
    lines = (text or "").split("\n")
    cell.paragraphs[0].text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


def plan_docx(document: PlanDocument) -> bytes:
    doc = Document()
    # Landscape, with narrow margins: the plan's table has eight columns.
    a4_page(doc.sections[0], landscape=True, margin_mm=15)
    doc.styles["Normal"].font.size = Pt(10)
    doc.core_properties.title = document.title
    doc.core_properties.language = "sv-SE"

    doc.add_heading(document.title, level=0)
    doc.add_paragraph(document.target_group)
    doc.add_paragraph(str(document.year))
    if document.version_date:
        doc.add_paragraph(document.version_date.isoformat())
    doc.add_paragraph(f"Version.{document.version_label}" if document.version_label else "Utkast")
    if document.introduction:
        for paragraph in document.introduction.split("\n\n"):
            doc.add_paragraph(paragraph)
    if document.purpose:
        doc.add_heading("Syfte", level=3)
        for paragraph in document.purpose.split("\n\n"):
            doc.add_paragraph(paragraph)
    if document.shifts:
        doc.add_heading("Förflyttning God och nära vård", level=3)
        for shift in document.shifts:
            doc.add_paragraph(shift, style="List Bullet")
    if document.target_group_text:
        doc.add_heading("Målgrupper", level=3)
        for paragraph in document.target_group_text.split("\n\n"):
            doc.add_paragraph(paragraph)
    if document.goals:
        doc.add_heading(document.goals_heading.replace("mål", "Mål", 1), level=3)
        for goal in document.goals:
            doc.add_paragraph(goal)

    table = doc.add_table(rows=1, cols=len(TABLE_HEADERS))
    table.style = "Table Grid"
    for cell, header in zip(table.rows[0].cells, TABLE_HEADERS, strict=True):
        _lines(cell, header)
        for paragraph in cell.paragraphs:
            for run in paragraph.runs:
                run.bold = True
    for goal_section in document.sections:
        first = None
        for row in goal_section.rows:
            cells = table.add_row().cells
            if first is None:
                first = cells[0]
                _lines(first, goal_section.goal)
            else:
                first = first.merge(cells[0])  # one Mål cell for the rows sharing a goal
            _lines(cells[1], row.what)
            _lines(cells[2], row.how)
            _lines(cells[3], row.responsible)
            _lines(cells[4], row.start.text if row.start else "")
            _lines(cells[5], row.deadline.text if row.deadline else "")
            _lines(cells[6], row.measure)
            _lines(cells[7], row.status_label if row.status else "")
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def plan_xlsx(rows: list[list]) -> bytes:
    """The CSV columns as an Excel sheet: a header row, filters on, frozen header."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Aktiviteter"
    sheet.append(CSV_COLUMNS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(row)
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    widths = [8, 40, 10, 36, 40, 24, 14, 11, 11, 14, 11, 11, 30, 12]
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[sheet.cell(row=1, column=index).column_letter].width = width
    sheet.auto_filter.ref = sheet.dimensions
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
