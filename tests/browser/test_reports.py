"""The processledare composes the 2025 report; the public reads it."""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from reports.models import Report

pytestmark = pytest.mark.django_db(transaction=True)


def test_compose_adopt_publish_and_read(
    page, browser, live_server, year_2025, sign_in, assert_accessible
):
    sign_in(page, get_user_model().objects.get(username="processledare"))
    page.goto(live_server.url + "/samla/rapporter/")
    assert_accessible(page)
    page.get_by_role("link", name="Ny årsrapport").click()
    page.get_by_label("År").fill("2025")
    page.get_by_role("button", name="Skapa utkast").click()

    expect(page.get_by_role("heading", level=1)).to_contain_text("Årsrapport 2025")
    expect(page.get_by_text("UTKAST").first).to_be_visible()
    expect(page.get_by_text("Två utbildningar hölls")).to_be_visible()  # the year's plans
    expect(page.locator("table", has_text="Möten 2025 per grupp")).to_contain_text("NOSAM Alingsås")
    expect(page.get_by_text("registrerade avvikelser i samverkan 2025")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("link", name="Redigera Sammanfattning").click()
    assert_accessible(page)
    page.get_by_label("Text").fill("### Ett år av samverkan\n\nNOSAM har arbetat med SIP.")
    page.get_by_role("button", name="Spara").click()
    expect(page.get_by_role("heading", name="Ett år av samverkan")).to_be_visible()

    page.get_by_role("link", name="Fastställ").click()
    assert_accessible(page)
    page.get_by_role("button", name="Fastställ").click()
    expect(page.get_by_text("Rapporten är fastställd.")).to_be_visible()
    page.get_by_role("button", name="Publicera på webbplatsen").click()
    expect(page.get_by_text("Rapporten är publicerad på webbplatsen.")).to_be_visible()
    report_url = page.url

    visitor = browser.new_context(locale="sv-SE").new_page()
    visitor.goto(live_server.url + "/samla/rapporter/")
    visitor.get_by_role(
        "link", name="Årsrapport 2025: SAMLA – Vårdsamverkan Lerum Alingsås"
    ).click()
    assert visitor.url == report_url
    expect(visitor.get_by_text("NOSAM har arbetat med SIP.")).to_be_visible()
    expect(visitor.get_by_text("UTKAST")).to_have_count(0)
    assert_accessible(visitor)
    with visitor.expect_download() as download_info:
        visitor.get_by_role("link", name="Word (DOCX)").click()
    assert download_info.value.suggested_filename.endswith(".docx")
    pdf = visitor.request.get(report_url + "rapport.pdf")
    assert pdf.headers["content-type"] == "application/pdf"
    assert pdf.body().startswith(b"%PDF")
    visitor.context.close()


def test_published_2024_report_for_the_public(page, live_server, demo, assert_accessible):
    page.goto(live_server.url + "/samla/")
    page.get_by_role("link", name="Årsrapporter").click()
    page.get_by_role("link", name="Årsrapport 2024: SAMLA – Vårdsamverkan Lerum Alingsås").click()
    expect(page.get_by_role("navigation", name="Innehåll")).to_contain_text("Ekonomi 2024")
    assert_accessible(page)


@pytest.mark.parametrize("page_name", ["redigera/", "ekonomi/", "avsnitt/nytt/", "faststall/"])
def test_report_editing_pages_have_no_accessibility_violations(
    page, live_server, year_2025, sign_in, assert_accessible, page_name
):
    from reports.services import report_create

    report = report_create(area=year_2025, group=None, year=2025)
    sign_in(page, get_user_model().objects.get(username="processledare"))
    response = page.goto(live_server.url + report.get_absolute_url() + page_name)
    assert response.status == 200
    assert_accessible(page)


@pytest.mark.parametrize(
    "path",
    [
        "/samla/rapporter/ny/",
        "/konto/losenord/klart/",
        "/samla/aktivitetsplaner/ny/",
        "/samla/avvikelser/import/",
    ],
)
def test_remaining_signed_in_pages_have_no_accessibility_violations(
    page, live_server, demo, sign_in, assert_accessible, path
):
    sign_in(page, get_user_model().objects.get(username="processledare"))
    assert page.goto(live_server.url + path).status == 200
    assert_accessible(page)


@pytest.mark.parametrize(
    "path",
    [
        "/konto/glomt-losenord/skickat/",
        "/konto/aterstall/klart/",
        "/konto/aterstall/x/y/",
        "/finns-inte/",
    ],
)
def test_remaining_public_pages_have_no_accessibility_violations(
    page, live_server, demo, assert_accessible, path
):
    page.goto(live_server.url + path)
    assert_accessible(page)


NO_SIDEWAYS_SCROLL = "() => document.documentElement.scrollWidth"
REGIONS = """() => [...document.querySelectorAll('.table-responsive')].map(region => [
    region.getAttribute('role'), region.tabIndex,
    (document.getElementById(region.getAttribute('aria-labelledby')) || {}).textContent || ''])"""


def _assert_fits_320(page):
    assert page.evaluate(NO_SIDEWAYS_SCROLL) <= 320
    regions = page.evaluate(REGIONS)
    assert regions  # the report's tables are there, each in a region of its own
    for role, tab_index, name in regions:
        assert (role, tab_index) == ("region", 0) and name.strip(), (role, tab_index, name)


def test_report_pages_do_not_scroll_sideways_at_320_px(
    page, browser, live_server, year_2025, sign_in, assert_accessible
):
    previous = Report.objects.get(area=year_2025, group=None, year=2024)
    visitor = browser.new_context(locale="sv-SE", viewport={"width": 320, "height": 800}).new_page()
    visitor.goto(live_server.url + previous.get_absolute_url())
    expect(visitor.get_by_role("region", name="Ekonomi 2024 (mnkr)")).to_be_visible()
    _assert_fits_320(visitor)
    assert_accessible(visitor)
    visitor.context.close()

    # The processledare starts 2025 from the 2024 report, on a phone.
    page.set_viewport_size({"width": 320, "height": 800})
    sign_in(page, get_user_model().objects.get(username="processledare"))
    page.goto(live_server.url + previous.get_absolute_url())
    page.get_by_role("button", name="Starta årsrapport 2025 från den här").click()
    expect(page.get_by_text("Årsrapport 2025 är skapad som utkast")).to_be_visible()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Årsrapport 2025")
    expect(page.get_by_role("region", name="Möten 2025 per grupp")).to_contain_text(
        "NOSAM Alingsås"
    )
    expect(page.get_by_text("sju möten där ett av mötena var ett Stor NOSAM")).to_be_visible()
    _assert_fits_320(page)
    assert_accessible(page)
    # A report of the year's plans: the outcome table stacks instead of scrolling.
    draft = Report.objects.get(area=year_2025, group=None, year=2025)
    draft.sections.create(kind="aktiviteter", title="Mål, aktivitet och uppföljning", position=99)
    page.reload()
    expect(page.get_by_role("table", name="Psykisk hälsa och missbruk")).to_contain_text(
        "SIP-utbildning 2025"
    )
    _assert_fits_320(page)
    assert_accessible(page)
