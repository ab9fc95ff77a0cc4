"""Importing half-year statistics: preview, all-or-nothing, and every bad file."""

import csv
import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from openpyxl import Workbook

from deviations.importing import HEADERS
from deviations.models import StatisticRow, StatisticsImport
from nosam.models import Area
from tests.helpers import squash

GOOD_ROWS = [
    [
        "2025",
        "H2",
        "Alingsås kommun",
        "Alingsås lasarett",
        "Äldre",
        "In- och utskrivningsprocessen / vårdens övergångar",
        "Kommunikation/informationsbrist",
        "12",
    ],
    [
        "2025",
        "H2",
        "Regional primärvård",
        "Lerums kommun",
        "Psykisk ohälsa, skadligt bruk och beroende",
        "Informationsöverföring",
        "",
        "4",
    ],
    [
        "2025",
        "h2",
        "ÖVM",
        "Vård och omsorg, Alingsås kommun",
        "",
        "Läkemedel i vårdens övergångar",
        "",
        "1",
    ],
]


def _csv(rows, headers=HEADERS, delimiter=";", encoding="utf-8-sig") -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows(rows)
    return buffer.getvalue().encode(encoding)


def _xlsx(rows, headers=HEADERS) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(headers)
    for row in rows:
        sheet.append([int(row[0]), *row[1:7], int(row[7]) if row[7].isdigit() else row[7]])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


@pytest.fixture
def processledare(demo):
    from django.contrib.auth import get_user_model

    client = Client()
    client.force_login(get_user_model().objects.get(username="processledare"))
    return client


def _upload(client, name, content):
    return client.post("/samla/avvikelser/import/", {"file": SimpleUploadedFile(name, content)})


def _state():
    return StatisticRow.objects.count(), StatisticsImport.objects.count()


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["csv", "xlsx", "csv-cp1252-comma"])
def test_good_file_previews_then_saves_and_replaces_the_half_year(processledare, kind):
    area = Area.objects.get(slug="samla")
    before_h2 = StatisticRow.objects.filter(area=area, year=2025, half=2).count()
    assert before_h2 > 3
    if kind == "xlsx":
        response = _upload(processledare, "statistik.xlsx", _xlsx(GOOD_ROWS))
    elif kind == "csv":
        response = _upload(processledare, "statistik.csv", _csv(GOOD_ROWS))
    else:
        response = _upload(
            processledare, "statistik.csv", _csv(GOOD_ROWS, delimiter=",", encoding="cp1252")
        )
    assert response.status_code == 302
    preview = squash(processledare.get(response["Location"]).content)
    assert "3 rader utan fel, sammanlagt 17 avvikelser" in preview
    assert "2025 H2 finns redan och ersätts helt" in preview
    assert StatisticRow.objects.filter(area=area, year=2025, half=2).count() == before_h2

    saved = processledare.post(response["Location"])
    assert saved.status_code == 302
    rows = StatisticRow.objects.filter(area=area, year=2025, half=2)
    assert rows.count() == 3 and sum(r.count for r in rows) == 17
    assert StatisticRow.objects.filter(area=area, year=2025, half=1).exists()  # others untouched
    record = StatisticsImport.objects.filter(is_example=False).get()
    assert (record.row_count, record.total, record.periods) == (3, 17, "2025 H2")
    assert record.imported_by.username == "processledare"
    assert record.file_name.startswith("statistik.")


def _bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"0" * (60 * 1024 * 1024))
    return buffer.getvalue()


BAD_FILES = [
    ("statistik.txt", b"hej", "CSV-fil (.csv) eller en Excel-fil (.xlsx)"),
    ("statistik.xls", b"\xd0\xcf\x11\xe0" + b"0" * 100, "Filformatet .xls stöds inte"),
    ("statistik.csv", b"", "Filen är tom"),
    ("statistik.csv", b"\n\n", "Filen är tom"),
    ("statistik.csv", _csv([], headers=HEADERS), "inga rader med statistik"),
    (
        "statistik.csv",
        _csv(GOOD_ROWS, headers=["Year", "Half", "From", "To", "Group", "Cat", "Cause", "N"]),
        "Kolumnrubrikerna stämmer inte",
    ),
    ("statistik.xlsx", b"PK\x03\x04 not really a zip", "kunde inte läsas som Excel-fil"),
    ("statistik.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, "lösenordsskyddad"),
    ("statistik.xlsx", _bomb(), "packas upp till orimligt mycket"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content", "message"),
    BAD_FILES,
    ids=[
        "txt",
        "xls",
        "empty",
        "blank",
        "headers-only",
        "wrong-headers",
        "corrupt-xlsx",
        "protected-xlsx",
        "zip-bomb",
    ],
)
def test_bad_files_are_refused_with_a_message_and_nothing_is_saved(
    processledare, name, content, message
):
    before = _state()
    response = _upload(processledare, name, content)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert _state() == before


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({7: "-3"}, "får inte vara negativt"),
        ({7: "tolv"}, "är inte ett heltal"),
        ({2: "Okänd kommun"}, "Rapporterande organisation ”Okänd kommun” är okänd"),
        ({5: "Påhittad kategori"}, "Kategori ”Påhittad kategori” är okänd"),
        ({1: "H3"}, "ska vara H1 eller H2"),
        ({0: "tjugo"}, "ska vara ett årtal"),
        ({8: "extra"}, "fler kolumner än rubrikerna"),
    ],
)
def test_row_errors_are_listed_with_row_numbers_and_nothing_is_saved(
    processledare, change, message
):
    rows = [list(row) for row in GOOD_ROWS]
    for column, value in change.items():
        if column < len(rows[1]):
            rows[1][column] = value
        else:
            rows[1].append(value)
    before = _state()
    response = _upload(processledare, "statistik.csv", _csv(rows))
    html = response.content.decode()
    assert response.status_code == 200
    assert "ingenting är sparat" in html
    assert "<td>3</td>" in html  # the second data row is line 3 of the file
    assert message in html
    assert _state() == before


@pytest.mark.django_db
def test_files_over_the_size_limit_are_refused(processledare, settings):
    settings.DEVIATIONS_MAX_UPLOAD_BYTES = 100
    before = _state()
    response = _upload(processledare, "statistik.csv", _csv(GOOD_ROWS))
    assert "Filen är för stor" in response.content.decode()
    assert _state() == before


@pytest.mark.django_db
def test_a_failure_while_saving_saves_nothing(processledare, monkeypatch):
    from deviations import services

    response = _upload(processledare, "statistik.csv", _csv(GOOD_ROWS))
    before = _state()

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(services.StatisticRow.objects, "bulk_create", broken)
    with pytest.raises(RuntimeError):
        processledare.post(response["Location"])
    assert _state() == before


@pytest.mark.django_db
def test_templates_have_swedish_headers(processledare):
    csv_template = processledare.get("/samla/avvikelser/mall.csv").content.decode("utf-8-sig")
    assert csv_template.splitlines()[0] == ";".join(HEADERS)
    from openpyxl import load_workbook

    xlsx = processledare.get("/samla/avvikelser/mall.xlsx").content
    sheet = load_workbook(io.BytesIO(xlsx)).active
    assert [cell.value for cell in sheet[1]] == HEADERS
    # The template itself imports cleanly.
    response = _upload(processledare, "mall.xlsx", xlsx)
    assert response.status_code == 302


@pytest.mark.django_db
def test_members_may_not_import(demo):
    from django.contrib.auth import get_user_model

    client = Client()
    client.force_login(get_user_model().objects.get(username="ledamot"))
    assert client.get("/samla/avvikelser/import/").status_code == 403
    assert client.get("/samla/avvikelser/").status_code == 200
