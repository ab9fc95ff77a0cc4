"""Deviations: import a half-year, read the statistics, turn a finding into an activity."""

import csv
import io

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from deviations.importing import HEADERS
from deviations.models import Finding

pytestmark = pytest.mark.django_db(transaction=True)

ROWS = [
    [
        "2025",
        "H2",
        "Alingsås kommun",
        "Alingsås lasarett",
        "Äldre",
        "In- och utskrivningsprocessen / vårdens övergångar",
        "Kommunikation/informationsbrist",
        "14",
    ],
    [
        "2025",
        "H2",
        "Regional primärvård",
        "Lerums kommun",
        "Psykisk hälsa och missbruk",
        "Informationsöverföring",
        "",
        "6",
    ],
    [
        "2025",
        "H2",
        "Lerums kommun",
        "Södra Älvsborgs sjukhus",
        "Barn och unga",
        "SIP – Samordnad individuell plan",
        "",
        "3",
    ],
]


def _file(tmp_path):
    path = tmp_path / "medcontrol-2025-h2.csv"
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(HEADERS)
    writer.writerows(ROWS)
    path.write_text(buffer.getvalue(), encoding="utf-8-sig")
    return path


def test_processledare_imports_reads_and_improves(
    page, live_server, demo, sign_in, tmp_path, assert_accessible
):
    sign_in(page, get_user_model().objects.get(username="processledare"))
    page.goto(live_server.url + "/samla/avvikelser/import/")
    assert_accessible(page)
    page.get_by_label("Fil med statistik").set_input_files(str(_file(tmp_path)))
    page.get_by_role("button", name="Granska filen").click()

    expect(page.get_by_role("heading", name="Granska innan du sparar")).to_be_visible()
    expect(page.get_by_text("3 rader utan fel, sammanlagt 23 avvikelser")).to_be_visible()
    expect(page.get_by_text("2025 H2 finns redan och ersätts helt")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Spara statistiken").click()

    expect(page.get_by_text("3 rader med sammanlagt 23 avvikelser är sparade")).to_be_visible()
    expect(page.get_by_role("heading", level=1)).to_have_text("Avvikelser i samverkan 2025 H2")
    expect(page.get_by_text("Totalt 23 registrerade avvikelser")).to_be_visible()
    chart = page.get_by_role("region", name="Avvikelser per kategori")
    expect(chart.locator("svg.bar").first).to_be_visible()
    table = chart.get_by_role("table", name="Avvikelser per kategori")
    expect(table).to_contain_text("In- och utskrivningsprocessen / vårdens övergångar")
    expect(table).to_contain_text("14")
    assert_accessible(page)

    page.get_by_role("link", name="Analys och åtgärder").click()
    assert_accessible(page)
    finding = Finding.objects.filter(area__slug="samla").order_by("pk").first()
    page.locator(f'a[href="{finding.get_absolute_url()}"]').click()
    assert_accessible(page)
    page.get_by_label("Aktivitetsplan").select_option(index=1)
    page.get_by_label("Aktivitet (Vad)").fill("Checklista för utskrivning inför helg")
    page.get_by_role("button", name="Skapa eller koppla aktivitet").click()
    expect(page.get_by_text("Aktiviteten är skapad i planens utkast.")).to_be_visible()
    page.get_by_role("link", name="Checklista för utskrivning inför helg").click()
    expect(
        page.get_by_text("Förbättringsåtgärd från avvikelser i samverkan", exact=True)
    ).to_be_visible()
    expect(page.get_by_role("link", name="iakttagelse 2025 H2, Äldre")).to_be_visible()
    page.get_by_role("link", name="utkastet till", exact=False).click()
    expect(page.locator("table.plan-table")).to_contain_text(
        "Checklista för utskrivning inför helg"
    )


@pytest.mark.parametrize(
    "path",
    [
        "/samla/avvikelser/mal/?period=2025&baseline=2024",
        "/samla/avvikelser/rapport/2025-2/",
        "/samla/avvikelser/arenden/",
        "/samla/avvikelser/statistik/",
    ],
)
def test_deviation_pages_have_no_accessibility_violations(
    page, live_server, demo, sign_in, assert_accessible, path
):
    sign_in(page, get_user_model().objects.get(username="ledamot"))
    response = page.goto(live_server.url + path)
    assert response.status == 200
    expect(page.get_by_text("Exempeldata.").first).to_be_visible()
    assert_accessible(page)


def test_public_statistics_for_anonymous_visitors(page, live_server, demo, assert_accessible):
    page.goto(live_server.url + "/samla/")
    page.get_by_role("link", name="Statistik över avvikelser i samverkan").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Avvikelser i samverkan")
    assert_accessible(page)
