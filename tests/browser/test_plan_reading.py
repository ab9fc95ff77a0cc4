"""A newcomer reads the 2026 plan in a real browser."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)

PLAN_PATH = (
    "/samla/grupper/nosam-alingsas-och-lerum/aktivitetsplaner/psykisk-halsa-och-missbruk-2026/"
)


def test_reader_follows_links_from_start_to_the_2026_plan(
    page, live_server, demo, assert_accessible
):
    page.goto(live_server.url + "/")
    assert_accessible(page)
    page.get_by_role("link", name="SAMLA – Vårdsamverkan Lerum Alingsås").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "SAMLA – Vårdsamverkan Lerum Alingsås"
    )
    assert_accessible(page)
    page.get_by_role(
        "link", name="Aktivitetsplan för Närområdessamverkan NOSAM i Alingsås och Lerum"
    ).first.click()

    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Aktivitetsplan för Närområdessamverkan NOSAM i Alingsås och Lerum"
    )
    rows = page.locator("table.plan-table tbody tr")
    expect(rows).to_have_count(5)
    expected = [
        ("Trygg och säker hemgång från slutenvård", "Dec 2024\n2024", "2026"),
        ("Psykiatrins dag i Alingsås", "2026-10-06", "2026-10-06"),
        ("Förbättra arbetet kring SIP", "Oktober 2025", "2026"),
        ("Avvikelse i samverkan", "2025", "Över tid"),
        ("Kännedom om utbudet i Alingsås", "Våren 2026", "Dec 2026"),
    ]
    for row, (what, start, deadline) in zip(rows.all(), expected, strict=True):
        expect(row.locator('td[data-label="Vad"]')).to_contain_text(what)
        assert row.locator('td[data-label="Startdatum"]').inner_text().strip() == start
        assert row.locator('td[data-label="Deadline/slutdatum"]').inner_text().strip() == deadline
    assert_accessible(page)


def test_plan_page_reads_on_a_phone(page, live_server, demo, assert_accessible):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(live_server.url + PLAN_PATH)
    # No sideways scrolling: the table reflows into one card per activity.
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 320
    expect(page.get_by_text("Fysisk aktivitet på recept-FAR")).to_be_visible()
    assert_accessible(page)


@pytest.mark.parametrize(
    "path",
    [
        "/samla/grupper/nosam-alingsas-och-lerum/",
        "/samla/grupper/styrgrupp-socialmedicinsk-mottagning/",
        "/samla/handlingsplaner/socialmedicinska-mottagningar-2021-2022/",
        "/nosam-molndal/",
    ],
)
def test_structure_pages_have_no_accessibility_violations(
    page, live_server, demo, assert_accessible, path
):
    response = page.goto(live_server.url + path)
    assert response.status == 200
    assert_accessible(page)
