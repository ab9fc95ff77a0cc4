"""The economy section: no empty or repeated rows, totals and the result
computed (income minus costs), a result taken from the source document marked
as such; the same in the page, the PDF and the Word file."""

import io
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from docx import Document
from lxml import html as lxml_html
from pypdf import PdfReader

from nosam.models import Area
from reports.documents import ReportDocument
from reports.exports import report_docx, report_pdf
from reports.models import EconomyItem, Report, Section
from reports.sections import economy, economy_table
from reports.services import report_create
from tests.factories import EconomyItemFactory

INCOME, SPENDING, RESULT = (
    EconomyItem.Kind.INCOME,
    EconomyItem.Kind.SPENDING,
    EconomyItem.Kind.RESULT,
)


def _economy_rows(page: str) -> list[tuple[str, str]]:
    """(post, amount) of every line of the page's economy table."""
    tree = lxml_html.fromstring(page)
    [table] = tree.xpath("//table[contains(@class,'economy-table')]")
    rows = []
    for row in table.xpath("./tbody/tr[th[@scope='row']]"):
        label = " ".join((row.xpath("./th")[0].text or "").split())  # without its comment
        amount = " ".join(row.xpath("./td")[0].text_content().split())
        rows.append((label, amount))
    return rows


@pytest.fixture
def draft(demo):
    return report_create(area=Area.objects.get(slug="samla"), group=None, year=2025)


def _items(report, *lines):
    for position, (kind, label, amount, note) in enumerate(lines):
        EconomyItemFactory(
            report=report,
            kind=kind,
            label=label,
            amount=None if amount is None else Decimal(amount),
            note=note,
            position=position,
        )


def _lines(table: dict) -> list[tuple[str, str, str]]:
    return [
        (group["heading"], row["label"], row["amount"])
        for group in table["groups"]
        for row in group["rows"]
    ]


@pytest.mark.django_db
def test_the_2024_report_shows_no_empty_or_repeated_rows_and_marks_the_source_result(demo):
    report = Report.objects.get(area__slug="samla", year=2024)
    page = Client().get(report.get_absolute_url()).content.decode()
    rows = _economy_rows(page)
    assert rows and all(amount for _, amount in rows), rows  # no empty rows
    assert len({label for label, _ in rows}) == len(rows), rows  # none twice
    assert [label for label, _ in rows].count("Intäkter totalt") == 1
    # The source says 8 mnkr; income 4,8 less spending 5,4 is -0,6: both, each said for what it is.
    assert ("Intäkter minus kostnader", "-0,6") in rows
    assert ("Positivt resultat vid årets slut (enligt källdokumentet)", "8,0") in rows
    # The sources of income, which the report gives no amounts for, are still told.
    text = " ".join(lxml_html.fromstring(page).text_content().split())
    assert "Intäkter, utan angivet belopp: Staten" in text and "Alingsås kommun." in text


@pytest.mark.django_db
def test_totals_and_the_result_are_computed_from_the_lines(draft):
    _items(
        draft,
        (INCOME, "Staten", "1.2", ""),
        (INCOME, "Kommunerna", "3.6", ""),
        # Typed in beside its sources: the total, not one more source.
        (INCOME, "Intäkter totalt", "4.8", ""),
        (SPENDING, "Samordnare", "5.4", ""),
        (SPENDING, "Konferens", "0.5", ""),
    )
    lines = _lines(economy_table(economy(draft)))
    assert lines == [
        ("Intäkter", "Staten", "1,2"),
        ("Intäkter", "Kommunerna", "3,6"),
        ("Intäkter", "Intäkter totalt", "4,8"),
        ("Kostnader", "Samordnare", "5,4"),
        ("Kostnader", "Konferens", "0,5"),
        ("Kostnader", "Kostnader totalt", "5,9"),
        ("Resultat", "Intäkter minus kostnader", "-1,1"),
    ]


@pytest.mark.django_db
def test_a_line_entered_twice_is_shown_once_and_lines_without_amount_are_text(draft):
    _items(
        draft,
        (INCOME, "Staten", "2", ""),
        (INCOME, "Staten", "2", ""),
        (INCOME, "VästKom", None, "Belopp saknas"),
        (RESULT, "Resultat enligt rapporten", "8", ""),
    )
    table = economy_table(economy(draft))
    assert _lines(table) == [
        ("Intäkter", "Staten", "2,0"),
        ("Resultat", "Resultat enligt rapporten (enligt källdokumentet)", "8,0"),
    ]
    assert table["notes"] == [
        {"heading": "Intäkter, utan angivet belopp", "text": "VästKom (Belopp saknas)."}
    ]


def test_economy_frozen_before_the_lines_were_kept_as_entered_still_reads():
    frozen = {
        "income": [
            {"label": "Staten", "amount": None, "note": ""},
            {"label": "Intäkter totalt", "amount": "1\u00a0234,5", "note": ""},
        ],
        "income_total": "1\u00a0234,5",
        "spending": [{"label": "Förbrukade medel", "amount": "1\u00a0000,0", "note": ""}],
        "result": [],
        "balance": [],
        "commitments": [],
    }
    table = economy_table(frozen)
    assert _lines(table) == [
        ("Intäkter", "Intäkter totalt", "1\u00a0234,5"),
        ("Kostnader", "Förbrukade medel", "1\u00a0000,0"),
        ("Resultat", "Intäkter minus kostnader", "234,5"),
    ]
    assert table["notes"][0]["text"] == "Staten."


@pytest.mark.django_db
def test_pdf_and_word_file_show_the_computed_and_the_stated_result(demo):
    report = Report.objects.get(area__slug="samla", year=2024)
    document = ReportDocument.from_report(report)
    reader = PdfReader(io.BytesIO(report_pdf(document)))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "Intäkter minus kostnader Beräknat ur raderna ovan -0,6" in text
    assert "Positivt resultat vid årets slut (enligt källdokumentet) Enligt rapporten 8,0" in text
    word = Document(io.BytesIO(report_docx(document)))
    table = next(t for t in word.tables if t.rows[0].cells[0].text == "Slag")
    rows = [[cell.text for cell in row.cells] for row in table.rows[1:]]
    assert all(row[2] for row in rows), rows  # every line has its amount
    assert ["Resultat", "Intäkter minus kostnader", "-0,6", "Beräknat ur raderna ovan"] in rows
    assert sum(row[1] == "Intäkter totalt" for row in rows) == 1


@pytest.mark.django_db
def test_the_economy_form_refuses_the_same_line_twice(draft):
    client = Client()
    client.force_login(get_user_model().objects.get(username="processledare"))
    data = {
        "ekonomi-TOTAL_FORMS": "2",
        "ekonomi-INITIAL_FORMS": "0",
        "ekonomi-MIN_NUM_FORMS": "0",
        "ekonomi-MAX_NUM_FORMS": "1000",
    }
    for index, label in enumerate(["Staten", " staten "]):
        data.update(
            {
                f"ekonomi-{index}-kind": "intakt",
                f"ekonomi-{index}-label": label,
                f"ekonomi-{index}-amount": "1,5",
                f"ekonomi-{index}-note": "",
            }
        )
    response = client.post(draft.get_absolute_url() + "ekonomi/", data)
    assert response.status_code == 200
    assert "finns två gånger" in response.content.decode()
    assert not draft.economy.exists()
    assert Section.objects.filter(report=draft, kind=Section.Kind.ECONOMY).exists()
