"""The lägesbild and the public goal pages in a real browser: a processledare
follows a number to the activities behind it; every page passes axe and fits
a phone without sideways scrolling."""

import re
from datetime import datetime

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.utils import timezone
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)

DAY = timezone.make_aware(datetime(2026, 11, 2, 10, 0))


@pytest.fixture
def processledare_page(page, sign_in, demo):
    with time_machine.travel(DAY, tick=True):
        yield sign_in(page, get_user_model().objects.get(username="processledare"))


def _fits(page, width):
    assert page.evaluate("document.documentElement.scrollWidth") <= width, page.url


@pytest.mark.parametrize("width", [320, 1280])
def test_the_lagesbild_leads_to_the_activities_behind_a_number(
    processledare_page, live_server, assert_accessible, width
):
    page = processledare_page
    page.set_viewport_size({"width": width, "height": 900})
    assert page.goto(live_server.url + "/samla/lagesbild/").status == 200
    expect(page.get_by_role("heading", level=1)).to_contain_text("Lägesbild")
    expect(page.get_by_role("table", name="Per prioriterat mål")).to_be_visible()
    expect(page.get_by_role("heading", name="Hur statusen rörde sig")).to_be_visible()
    _fits(page, width)
    assert_accessible(page)

    totals = page.get_by_role("table", name="Alla aktiviteter i urvalet, per status")
    link = totals.get_by_role("row").nth(1).get_by_role("link").first
    count = int(link.inner_text())
    link.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Aktiviteter i lägesbilden")
    expect(
        page.get_by_role("table", name="Aktiviteterna bakom siffran").locator("tbody tr")
    ).to_have_count(count)
    _fits(page, width)
    assert_accessible(page)

    page.goto(live_server.url + "/samla/lagesbild/?ar=2025")
    expect(page.get_by_label("År")).to_have_value("2025")
    _fits(page, width)
    assert_accessible(page)


@pytest.mark.parametrize("width", [320, 1280])
def test_the_public_goal_pages(page, live_server, demo, assert_accessible, width):
    page.set_viewport_size({"width": width, "height": 900})
    with time_machine.travel(DAY, tick=True):
        page.goto(live_server.url + "/samla/")
        page.get_by_role("link", name="Så går det för målen").click()
        expect(page.get_by_role("heading", level=1)).to_contain_text("Så går det för målen")
        _fits(page, width)
        assert_accessible(page)
        goal_link = page.get_by_role("link", name="Målet med mätetalens värden").first
        goal_link.click()
        expect(page.get_by_role("heading", level=1)).to_be_visible()
        _fits(page, width)
        assert_accessible(page)
        assert re.search(r"/samla/malen/\d+/$", page.url), page.url
