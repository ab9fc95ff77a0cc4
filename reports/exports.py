"""A report as PDF (WeasyPrint, PDF/UA) and as DOCX (python-docx) with real
headings and tables, for the political committees' registries."""

from __future__ import annotations

import io
import re

from django.template.loader import render_to_string
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from reports.documents import ReportDocument
from reports.models import Section
from samla.exports import a4_page
from samla.pdf import pdf_from_html

Kind = Section.Kind
DRAFT_MARK = "UTKAST"


def report_pdf(document: ReportDocument) -> bytes:
    return pdf_from_html(report_pdf_html(document))


def report_pdf_html(document: ReportDocument) -> str:
    """The report as the HTML its PDF is laid out from (quick to make)."""
    context = {"document": document, "report": document.report}
    return render_to_string("reports/report_pdf.html", context)


def _table(doc, headers: list[str], rows: list[list[str]]) -> None:
    table = doc.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, headers, strict=True):
        cell.text = text
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = "" if text is None else str(text)
    doc.add_paragraph()


def _markdown(doc, text: str) -> None:
    """Enough Markdown for report texts: headings, bullet lists, paragraphs."""
    paragraph: list[str] = []

    def flush():
        if paragraph:
            doc.add_paragraph(" ".join(paragraph))
            paragraph.clear()

    for line in (text or "").splitlines():
        stripped = line.strip()
        heading = re.match(r"^(#{1,4})\s+(.*)", stripped)
        if heading:
            flush()
            doc.add_heading(heading[2], level=min(len(heading[1]) + 1, 4))
        elif re.match(r"^[-*»❖]\s+", stripped):
            flush()
            doc.add_paragraph(re.sub(r"^[-*»❖]\s+", "", stripped), style="List Bullet")
        elif not stripped:
            flush()
        else:
            paragraph.append(re.sub(r"\*\*(.*?)\*\*", r"\1", stripped))
    flush()


def _data(doc, kind: str, data: dict) -> None:
    if kind == Kind.MEETINGS:
        _table(
            doc,
            ["Grupp", "Möten", "Varav gemensamma"],
            [[r["group"], r["total"], r["joint"]] for r in data["rows"]],
        )
    elif kind == Kind.ACTIVITIES:
        for group in data["target_groups"]:
            doc.add_heading(group["name"], level=2)
            _table(
                doc,
                ["Mål", "Aktivitet", "Uppföljning"],
                [[r["goal"], r["what"], r["follow_up"]] for r in group["rows"]],
            )
    elif kind == Kind.GOALS:
        _table(
            doc,
            ["Mätetal", "Utgångsläge", "Mål", f"Värden {data['year']}", "Läge"],
            [
                [
                    f"{r['name']}{' (exempeldata)' if r['example'] else ''}\n{r['where']}",
                    r["baseline"],
                    r["target"],
                    "\n".join(f"{label}: {value}" for label, value in r["values"]) or "Inga värden",
                    f"{r['state_label']}. {r['explanation']}",
                ]
                for r in data["indicators"]
            ],
        )
        if data["movement"]:
            doc.add_heading(f"Status vid publiceringar och möten {data['year']}", level=2)
            _table(
                doc,
                ["Datum", *data["statuses"], "Totalt"],
                [
                    [f"{c['day']} ({c['occasion']})", *c["counts"], c["total"]]
                    for c in data["movement"]
                ],
            )
    elif kind == Kind.STRUCTURE:
        for organisation in data["organisations"]:
            units = ", ".join(organisation["units"])
            doc.add_paragraph(
                organisation["name"] + (f" ({units})" if units else ""), style="List Bullet"
            )
        for item in data["representation"]:
            doc.add_heading(f"Representation i {item['group']}", level=2)
            _table(
                doc,
                ["Organisation", "Närvarande möten"],
                [
                    [r["organisation"], f"{r['attended']} av {item['meetings']}"]
                    for r in item["rows"]
                ],
            )
    elif kind == Kind.DEVIATIONS:
        if data["example"]:
            doc.add_paragraph("Exempeldata – inte verklig statistik.")
        doc.add_paragraph(f"Totalt {data['total']} registrerade avvikelser {data['year']}.")
        if data.get("hidden_note"):
            doc.add_paragraph(data["hidden_note"])
        _table(doc, ["Halvår", "Antal"], data["halves"])
        _table(doc, ["Kategori", "Antal"], data["categories"])
        for finding in data["findings"]:
            doc.add_paragraph(
                f"{finding['period']}, {finding['target_group']}: {finding['finding']}"
            )
    elif kind == Kind.ECONOMY:
        rows = [
            [group["heading"], row["label"], row["amount"], row["note"]]
            for group in data["groups"]
            for row in group["rows"]
        ]
        if rows:
            _table(doc, ["Slag", "Post", "Belopp (mnkr)", "Kommentar"], rows)
        for note in data["notes"]:
            doc.add_paragraph(f"{note['heading']}: {note['text']}")


def report_docx(document: ReportDocument) -> bytes:
    report = document.report
    doc = Document()
    a4_page(doc.sections[0])
    doc.core_properties.title = report.title
    doc.core_properties.language = "sv-SE"
    doc.styles["Normal"].font.size = Pt(11)
    if document.is_draft:
        header = doc.sections[0].header.paragraphs[0]
        header.text = DRAFT_MARK
        header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    title = f"{report.title} – {DRAFT_MARK}" if document.is_draft else report.title
    doc.add_heading(title, level=0)
    facts = [report.subtitle, f"Datum: {report.report_date:%Y-%m-%d}"]
    if report.adopted_by:
        facts.append(f"Fastställd av {report.adopted_by} {report.adopted_on or ''}".strip())
    if report.for_information_to:
        facts.append(f"För information till {report.for_information_to}")
    if report.content_owner:
        facts.append(f"Innehållsansvarig: {report.content_owner} ({report.content_owner_email})")
    for line in facts:
        doc.add_paragraph(line)
    doc.add_heading("Innehåll", level=1)
    for section in document.sections:
        doc.add_paragraph(section.title, style="List Number")
    for section in document.sections:
        doc.add_heading(section.title, level=1)
        _markdown(doc, section.section.body)
        if section.data is not None:
            _data(doc, section.kind, section.data)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()
