"""The public site in a real browser: reading, PDF, search, keyboard, 320 px
(no sideways scrolling, no heading broken inside a word or a date)."""

from datetime import date

import pytest
from playwright.sync_api import expect

from plans.models import ActivityPlan
from plans.services import plan_publish
from tests.browser.headings import BROKEN_WORDS, DATES_NOT_KEPT_WHOLE

pytestmark = pytest.mark.django_db(transaction=True)

PLAN = "/samla/grupper/nosam-alingsas-och-lerum/aktivitetsplaner/psykisk-halsa-och-missbruk-2026/"
PUBLIC_PAGES = [
    "/",
    "/samla/",
    PLAN,
    PLAN + "versioner/",
    PLAN + "version/2.9/",
    PLAN + "jamfor/",
    "/samla/planer/",
    "/samla/minnesanteckningar/",
    "/samla/sok/?q=SIP",
    "/samla/grupper/nosam-alingsas/",
    "/samla/grupper/nosam-alingsas/moten/",
    "/samla/handlingsplaner/socialmedicinska-mottagningar-2021-2022/",
    "/tillganglighet/",
    "/oppna-data/",
    "/konto/logga-in/",
    "/nosam-molndal/",
]


@pytest.fixture
def two_versions(demo):
    plan = ActivityPlan.objects.get(slug="psykisk-halsa-och-missbruk-2026")
    activity = plan.activities.get(what="Psykiatrins dag i Alingsås")
    activity.measure = "Antal besökare"
    activity.save()
    plan_publish(
        plan=plan,
        step="minor",
        note="Mätetal för Psykiatrins dag",
        user=None,
        version_date=date(2026, 6, 1),
    )
    return plan


def test_anonymous_reader_plan_pdf_previous_version_search_and_statement(
    page, live_server, two_versions, assert_accessible
):
    page.goto(live_server.url + "/")
    page.get_by_role("link", name="SAMLA – Vårdsamverkan Lerum Alingsås").click()
    page.get_by_role("link", name="Planer", exact=True).click()
    page.get_by_role(
        "link", name="Psykisk ohälsa, skadligt bruk och beroende 2026", exact=True
    ).click()
    expect(page.locator("dl.facts")).to_contain_text("2.10")
    expect(page.get_by_text("Antal besökare")).to_be_visible()
    assert_accessible(page)

    pdf = page.request.get(live_server.url + PLAN + "version/2.10/plan.pdf")
    assert pdf.headers["content-type"] == "application/pdf"
    assert pdf.body().startswith(b"%PDF")
    page.get_by_text("Ladda ner").click()  # the downloads are in a menu, open without JavaScript
    assert_accessible(page)
    expect(page.get_by_role("link", name="PDF", exact=True)).to_have_attribute(
        "href", PLAN + "version/2.10/plan.pdf"
    )

    page.get_by_role("link", name="Alla versioner (2)").click()
    page.get_by_role("link", name="2.9", exact=True).click()
    expect(page.get_by_text("Detta är en äldre version (2.9)")).to_be_visible()
    expect(page.get_by_text("Antal besökare")).to_have_count(0)
    assert_accessible(page)

    page.get_by_role("searchbox", name="Sök i SAMLA").fill("SIP")
    page.get_by_role("searchbox", name="Sök i SAMLA").press("Enter")
    hit = page.get_by_role("link", name="Förbättra arbetet kring SIP")
    expect(hit).to_be_visible()
    assert_accessible(page)
    hit.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Aktivitetsplan")

    page.get_by_role("contentinfo").get_by_role("link", name="Tillgänglighetsredogörelse").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Tillgänglighetsredogörelse")
    expect(page.get_by_role("link", name="kontakta Digg och påtala det")).to_have_attribute(
        "href", "https://www.digg.se/tdosanmalan"
    )
    assert_accessible(page)


def test_keyboard_users_can_skip_to_the_content(page, live_server, demo):
    page.goto(live_server.url + PLAN)
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Hoppa till innehållet")
    expect(skip).to_be_focused()
    expect(skip).to_be_visible()
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()
    landmarks = page.evaluate(
        "['header','nav','main','footer'].map(t => document.querySelectorAll(t).length)"
    )
    assert all(landmarks)
    levels = page.evaluate(
        "[...document.querySelectorAll('main :is(h1, h2, h3, h4)')].map(h => +h.tagName[1])"
    )
    assert levels[0] == 1 and all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False))


@pytest.mark.parametrize("width", [320, 640])
def test_public_pages_reflow_without_sideways_scrolling(
    page, live_server, demo, assert_accessible, width
):
    page.set_viewport_size({"width": width, "height": 800})
    for path in PUBLIC_PAGES:
        response = page.goto(live_server.url + path)
        assert response.status == 200, path
        overflow = page.evaluate("document.documentElement.scrollWidth")
        assert overflow <= width, (path, overflow)
        assert page.evaluate("document.documentElement.lang") == "sv"
        assert page.evaluate(DATES_NOT_KEPT_WHOLE) == [], path
        if width == 320:
            assert page.evaluate(BROKEN_WORDS) == [], path
            assert_accessible(page)


def test_public_pages_work_without_javascript(browser, live_server, demo):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/samla/sok/?q=SIP")
    expect(page.get_by_role("link", name="Förbättra arbetet kring SIP")).to_be_visible()
    page.goto(live_server.url + PLAN)
    expect(page.locator("table.plan-table tbody tr")).to_have_count(5)
    context.close()
