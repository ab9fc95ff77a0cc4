"""Bar charts in the PDFs (WeasyPrint): the annual report's and the half-year
deviation report's. Each label is there in full, at the size of the body
text, inside the page's margin, and the bars are drawn in colour."""

import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from pypdf import PdfReader

from deviations.charts import BAR_COLOUR
from deviations.models import Category
from reports.documents import ReportDocument
from reports.exports import report_pdf
from reports.models import Report, Section

LONG_LABEL = (
    "Informationsöverföring mellan kommunens hemsjukvård och sjukhusets slutenvård vid utskrivning"
)


def _runs(page) -> list[tuple[str, float, float]]:
    """(text, font size in points, left edge in points) of every piece of text on the page."""
    runs = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            scale = abs(tm[2] * cm[1] + tm[3] * cm[3])
            left = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            runs.append((text, round(size * scale, 1), left))

    page.extract_text(visitor_text=visit)
    return runs


def _squashed(text: str) -> str:
    return " ".join(text.split())


def _chart_page(content: bytes, caption: str):
    reader = PdfReader(io.BytesIO(content))
    for page in reader.pages:
        if caption in page.extract_text():
            return page
    raise AssertionError(f"{caption!r} finns inte i PDF:en")


def _fill_colours(page) -> set[str]:
    stream = page.get_contents().get_data().decode("latin-1")
    return set(re.findall(r"([\d.]+ [\d.]+ [\d.]+) rg", stream))


def _rgb(colour: str) -> tuple[float, float, float]:
    return tuple(int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))


def _assert_readable_chart(content: bytes, caption: str, labels: list[str], body_text: str) -> None:
    page = _chart_page(content, caption)
    text = _squashed(page.extract_text())
    for label in labels:
        assert label in text, f"{label!r} är inte med i sin helhet"
    assert "…" not in text  # no label shortened
    runs = _runs(page)
    body = next(run for run in runs if run[0].startswith(body_text))
    margin = min(left for _, _, left in runs)
    for label in labels:
        first_word = label.split()[0]
        run = next(run for run in runs if run[0].startswith(first_word))
        assert run[1] == pytest.approx(body[1], abs=0.6), (
            f"{label!r}: {run[1]} pt, brödtext {body[1]}"
        )
        assert run[2] >= margin - 0.5 and run[2] >= 30, f"{label!r} börjar utanför marginalen"
    colours = [tuple(float(n) for n in c.split()) for c in _fill_colours(page)]
    assert any(c == pytest.approx(_rgb(BAR_COLOUR), abs=0.01) for c in colours), colours


@pytest.mark.django_db
def test_annual_report_pdf_chart_has_full_labels_at_body_size_and_coloured_bars(demo):
    report = Report.objects.get(area__slug="samla", year=2024)
    # The report is adopted: its counts are those frozen then.
    section = report.sections.get(kind=Section.Kind.DEVIATIONS)
    section.frozen_data["categories"] = [
        [LONG_LABEL if name == "Informationsöverföring" else name, count]
        for name, count in section.frozen_data["categories"]
    ]
    section.save()
    content = report_pdf(ReportDocument.from_report(report))
    _assert_readable_chart(
        content,
        "Avvikelser per kategori 2024",
        ["In- och utskrivningsprocessen / vårdens övergångar", LONG_LABEL, "Övrigt"],
        body_text="Totalt",
    )


@pytest.mark.django_db
def test_half_year_deviation_report_pdf_draws_readable_charts(demo):
    Category.objects.filter(area__slug="samla", name="Informationsöverföring").update(
        name=LONG_LABEL
    )
    client = Client()
    client.force_login(get_user_model().objects.get(username="processledare"))
    response = client.get("/samla/avvikelser/rapport/2024-2/rapport.pdf")
    assert response["Content-Type"] == "application/pdf"
    _assert_readable_chart(
        response.content,
        "Avvikelser per kategori",
        ["In- och utskrivningsprocessen / vårdens övergångar", LONG_LABEL],
        body_text="Halvårsrapport",
    )
