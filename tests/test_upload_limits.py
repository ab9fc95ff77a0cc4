"""Bounded work per upload: a row limit and a time budget, with a Swedish message.

The documents are built here with python-docx and openpyxl. The tests assert
what the reader did (the message, how many rows it read), not wall time;
bench/uploads.py prints the times.
"""

import io
import itertools
import zipfile

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from openpyxl import Workbook

from deviations.importing import HEADERS, read_statistics
from deviations.models import StatisticRow
from nosam.models import Area
from plans import word
from plans.models import ActionPlan, ActivityPlan
from plans.word import read_word_plan
from samla.uploads import TimeBudgetExceeded, TooManyRows, XmlPartTooLarge
from tests.word_documents import plan_with_rows

CSV_ROW = "2025;H2;Alingsås kommun;Alingsås lasarett;Äldre;Informationsöverföring;;1\r\n"


@pytest.fixture(scope="module")
def thirty_thousand_rows() -> bytes:
    """The document of the finding: a 30 000-row activity table (about 30 MB unpacked)."""
    return plan_with_rows(30_000)


@pytest.fixture
def samla(demo):
    return Area.objects.get(slug="samla")


@pytest.fixture
def processledare(demo):
    client = Client()
    client.force_login(get_user_model().objects.get(username="processledare"))
    return client


@pytest.fixture
def rows_read(monkeypatch):
    """Counts the activity rows the Word reader looks at."""
    calls = []
    original = word._row_values

    def counting(*args, **kwargs):
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(word, "_row_values", counting)
    return calls


@pytest.fixture
def slow_clock(monkeypatch):
    """A clock that moves one second each time the reader looks at it."""
    ticks = itertools.count()
    monkeypatch.setattr("samla.uploads.monotonic", lambda: float(next(ticks)))


def _docx(content: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile("plan.docx", content)


@pytest.mark.django_db
def test_the_thirty_thousand_row_document_is_refused_before_it_is_parsed(
    samla, processledare, thirty_thousand_rows, rows_read, monkeypatch
):
    parsed = []
    monkeypatch.setattr("docx.Document", lambda *a, **k: parsed.append(1))
    before = ActivityPlan.objects.count(), ActionPlan.objects.count()
    response = processledare.post(
        "/samla/aktivitetsplaner/importera/",
        {"file": _docx(thirty_thousand_rows), "group": samla.groups.first().pk},
    )
    assert response.status_code == 400
    assert "för stor för att läsas" in response.content.decode()
    assert parsed == [] and rows_read == []
    assert (ActivityPlan.objects.count(), ActionPlan.objects.count()) == before


@pytest.mark.django_db
def test_word_reading_stops_at_the_row_limit(samla, settings, rows_read):
    settings.WORD_MAX_ROWS = 50
    with pytest.raises(TooManyRows, match="fler än 50 rader"):
        read_word_plan(_docx(plan_with_rows(400)), area=samla)
    assert len(rows_read) == 50


@pytest.mark.django_db
def test_a_plan_within_the_row_limit_is_read_in_full(samla, settings, rows_read):
    settings.WORD_MAX_ROWS = 50
    plan = read_word_plan(_docx(plan_with_rows(50)), area=samla)
    assert len(plan.activities) == len(rows_read) == 50


@pytest.mark.django_db
def test_word_reading_stops_when_its_time_is_up(samla, settings, rows_read, slow_clock):
    settings.UPLOAD_TIME_BUDGET_SECONDS = 30
    with pytest.raises(TimeBudgetExceeded, match="tog för lång tid att läsa") as refused:
        read_word_plan(_docx(plan_with_rows(400)), area=samla)
    assert "30 sekunder" in str(refused.value)
    assert 0 < len(rows_read) <= 30


def _upload(name: str, content: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content)


def _xlsx(rows: int) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(HEADERS)
    for _ in range(rows):
        sheet.append(
            [2025, "H2", "Alingsås kommun", "Alingsås lasarett", "", "Informationsöverföring"]
            + ["", 1]
        )
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _with_shared_strings(content: bytes, count: int) -> bytes:
    """Excel keeps a workbook's texts in one part that openpyxl parses whole."""
    items = "".join(f"<si><t>Orsak {n}</t></si>" for n in range(count))
    part = (
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        f'count="{count}" uniqueCount="{count}">{items}</sst>'
    )
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(content)) as source,
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for item in source.infolist():
            target.writestr(item, source.read(item))
        target.writestr("xl/sharedStrings.xml", part)
    return buffer.getvalue()


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_deviation_import_stops_at_the_row_limit(samla, settings, kind):
    settings.DEVIATIONS_MAX_ROWS = 100
    content = (
        (";".join(HEADERS) + "\r\n" + CSV_ROW * 5000).encode() if kind == "csv" else _xlsx(300)
    )
    with pytest.raises(TooManyRows, match="fler än 100 rader") as refused:
        read_statistics(samla, _upload(f"statistik.{kind}", content))
    assert refused.value.rows_read == 100


@pytest.mark.django_db
def test_blank_rows_do_not_count_towards_the_row_limit(samla, settings):
    settings.DEVIATIONS_MAX_ROWS = 3
    rows = [CSV_ROW.replace("2025;H2", period) for period in ("2024;H1", "2024;H2", "2025;H1")]
    content = ";".join(HEADERS) + "\r\n" + "".join(row + ";;;;;;;\r\n" for row in rows)
    preview = read_statistics(samla, _upload("statistik.csv", content.encode()))
    assert len(preview.rows) == 3


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_deviation_import_stops_when_its_time_is_up(samla, settings, slow_clock, kind):
    settings.UPLOAD_TIME_BUDGET_SECONDS = 20
    content = (";".join(HEADERS) + "\r\n" + CSV_ROW * 500).encode() if kind == "csv" else _xlsx(500)
    with pytest.raises(TimeBudgetExceeded, match="tog för lång tid att läsa") as refused:
        read_statistics(samla, _upload(f"statistik.{kind}", content))
    assert 0 < refused.value.rows_read <= 20


@pytest.mark.django_db
def test_an_excel_file_whose_shared_strings_are_too_big_is_refused_unread(samla, settings):
    settings.UPLOAD_MAX_XML_BYTES = 20_972  # 0.02 MB
    with pytest.raises(
        XmlPartTooLarge, match="för stor för att läsas: den innehåller mer än 0,02 MB"
    ):
        read_statistics(samla, _upload("statistik.xlsx", _with_shared_strings(_xlsx(3), 2000)))


@pytest.mark.django_db
def test_the_refusal_reaches_the_user_and_nothing_is_saved(processledare, settings):
    settings.DEVIATIONS_MAX_ROWS = 10
    content = (";".join(HEADERS) + "\r\n" + CSV_ROW * 50).encode()
    before = StatisticRow.objects.count()
    response = processledare.post(
        "/samla/avvikelser/import/", {"file": _upload("statistik.csv", content)}
    )
    assert response.status_code == 400
    assert "Filen har fler än 10 rader" in response.content.decode()
    assert StatisticRow.objects.count() == before
