"""Values in an imported statistics file: every number checked, no future
half-years, no silently summed duplicates; never a 500, never half-saved."""

import csv
import io

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone
from openpyxl import Workbook

from deviations.importing import HEADERS
from deviations.models import StatisticRow, StatisticsImport
from nosam.models import Area
from tests.helpers import squash

ROW = [
    "2025",
    "H2",
    "Alingsås kommun",
    "Alingsås lasarett",
    "Äldre",
    "In- och utskrivningsprocessen / vårdens övergångar",
    "Kommunikation/informationsbrist",
    "12",
]
OTHER_ROW = [
    "2025",
    "H2",
    "Regional primärvård",
    "Lerums kommun",
    "",
    "Informationsöverföring",
    "",
    "4",
]


def _csv(rows) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADERS)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")


def _xlsx(rows) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


@pytest.fixture
def client(demo):
    client = Client(raise_request_exception=False)
    client.force_login(get_user_model().objects.get(username="processledare"))
    return client


def _upload(client, name, content):
    return client.post("/samla/avvikelser/import/", {"file": SimpleUploadedFile(name, content)})


def _state():
    return StatisticRow.objects.count(), StatisticsImport.objects.count()


def _with(column: int, value: str) -> list[list[str]]:
    changed = list(ROW)
    changed[column] = value
    return [OTHER_ROW, changed]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        (7, "--5", "Antal ”--5”"),
        (7, "²", "Antal ”²”"),
        (7, "99999999999999999999", "Antal ”99999999999999999999”"),
        (7, "3000000000", "Antal ”3000000000”"),
        (7, "12,5", "Antal ”12,5”"),
        (7, "1e20", "Antal ”1e20”"),
        (0, "20²6", "År ”20²6”"),
        (0, "99999999999999999999", "År ”99999999999999999999”"),
        (0, "٢٠٢٥", "År ”٢٠٢٥”"),
    ],
)
def test_unreadable_or_huge_numbers_are_row_errors_not_500s(client, column, value, message):
    before = _state()
    response = _upload(client, "statistik.csv", _csv(_with(column, value)))
    html = response.content.decode()
    assert response.status_code == 200, html[:500]
    assert message in html
    assert "<td>3</td>" in html  # line 3 of the file
    assert _state() == before


@pytest.mark.django_db
def test_a_count_of_1e20_in_excel_is_a_row_error(client):
    rows = [[2025, "H2", *ROW[2:7], 4], [2025, "H2", *ROW[2:7], 1e20]]
    rows[0][4] = "Barn och unga"
    before = _state()
    response = _upload(client, "statistik.xlsx", _xlsx(rows))
    html = response.content.decode()
    assert response.status_code == 200, html[:500]
    assert "Antal ”100000000000000000000”" in html
    assert "högst 100" in html
    assert _state() == before


@pytest.mark.django_db
def test_large_but_plausible_counts_with_thousands_separators_are_read(client):
    response = _upload(client, "statistik.csv", _csv([OTHER_ROW, ROW[:7] + ["1 234"]]))
    assert response.status_code == 302
    assert "sammanlagt 1238 avvikelser" in squash(client.get(response["Location"]).content)


@pytest.mark.django_db
def test_a_file_whose_total_the_database_cannot_hold_is_refused(client, monkeypatch):
    from deviations import importing

    monkeypatch.setattr(importing, "MAX_TOTAL", 15)
    before = _state()
    response = _upload(client, "statistik.csv", _csv([OTHER_ROW, ROW]))
    assert response.status_code == 400
    assert "Summan av Antal" in response.content.decode()
    assert _state() == before


def _current_half() -> tuple[int, int]:
    today = timezone.localdate()
    return today.year, 1 if today.month <= 6 else 2


@pytest.mark.django_db
@pytest.mark.parametrize("period", [(2100, 2), "current"], ids=["2100-H2", "current-half-year"])
def test_a_half_year_that_has_not_ended_is_refused(client, period):
    year, half = _current_half() if period == "current" else period
    rows = [OTHER_ROW, [str(year), f"H{half}", *ROW[2:]]]
    before = _state()
    response = _upload(client, "statistik.csv", _csv(rows))
    html = response.content.decode()
    assert response.status_code == 200
    assert f"Halvåret {year} H{half} är inte slut" in html
    assert _state() == before


@pytest.mark.django_db
def test_exact_duplicate_rows_are_refused_with_both_row_numbers(client):
    before = _state()
    response = _upload(client, "statistik.csv", _csv([ROW, OTHER_ROW, ROW]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "<td>4</td>" in html
    assert "samma som rad 2" in html
    assert _state() == before


@pytest.mark.django_db
def test_the_public_page_never_defaults_to_a_half_year_that_has_not_ended(client):
    from deviations.models import Publication

    area = Area.objects.get(slug="samla")
    Publication.objects.update_or_create(area=area, defaults={"publish_statistics": True})
    # Rows saved before the import refused future half-years.
    source = StatisticsImport.objects.create(
        area=area, file_name="gammal.csv", row_count=1, total=7, periods="2100 H2"
    )
    template = StatisticRow.objects.filter(area=area, year=2025, half=2).first()
    template.pk, template.year, template.count, template.source = None, 2100, 7, source
    template.save()

    anonymous = Client(raise_request_exception=False)
    html = anonymous.get("/samla/avvikelser/statistik/").content.decode()
    assert "Avvikelser i samverkan 2025 H2" in html
    assert "2100" not in html
    assert anonymous.get("/samla/avvikelser/statistik/?period=2100-2").status_code == 404
    # Members see it, to find and correct it, but not as the default.
    members = client.get("/samla/avvikelser/").content.decode()
    assert "Avvikelser i samverkan 2025 H2" in members or "2025 H2</h" in members
