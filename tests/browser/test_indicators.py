"""Indicators: a processledare adds one with a relative target to an activity,
a member enters two period values from the board, and the indicator's page
shows where it stands with the chart's data table."""

import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from indicators.models import Indicator, IndicatorValue
from plans.models import Activity

pytestmark = pytest.mark.django_db(transaction=True)

WHAT = "Förbättra arbetet kring SIP"


def _user(name):
    return get_user_model().objects.get(username=name)


def test_an_indicator_is_added_fed_from_the_board_and_shown(
    page, live_server, demo, sign_in, assert_accessible
):
    activity = Activity.objects.get(what=WHAT, plan__year=2026)
    sign_in(page, _user("processledare"))
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_server.url + activity.get_absolute_url())
    section = page.locator("section", has=page.get_by_role("heading", name="Mätetal", exact=True))
    section.get_by_role("link", name="Lägg till mätetal").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Nytt mätetal")
    assert_accessible(page)
    page.get_by_label("Namn").fill("Upprättade SIP")
    page.get_by_label("Enhet").fill("st")
    page.get_by_label(re.compile(r"^\s*Period\b")).select_option(label="Halvår")
    page.get_by_label("Utgångsläge", exact=True).fill("7")
    page.get_by_label("Utgångsläget avser period").fill("2025 H2")
    page.get_by_label("Slag av mål").select_option(
        label="En förändring från utgångsläget, i procent"
    )
    page.get_by_label("Målvärde").fill("100")
    page.get_by_label("Målet ska vara nått").fill("2026 H2")
    # A new indicator counts events (1-2 hidden in public) until told otherwise;
    # this one is entered with decimals (a mean per month), so it does not.
    expect(page.get_by_label("Räknar händelser (t.ex. antal avvikelser)")).to_be_checked()
    page.get_by_label("Räknar händelser (t.ex. antal avvikelser)").uncheck()
    page.get_by_role("button", name="Spara mätetalet").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Upprättade SIP")
    indicator = Indicator.objects.get(name="Upprättade SIP")
    assert indicator.target == 14  # +100 % of 7

    # A member of the activity's group enters two values from the board.
    page.context.clear_cookies()
    sign_in(page, _user("ledamot"))
    group = activity.plan.group
    page.goto(f"{live_server.url}/{group.area.slug}/grupper/{group.slug}/motesvy/")
    page.get_by_role("link", name=f"Uppdatera {WHAT}").click()
    row = page.locator(f"#rad-{activity.pk}")
    row.get_by_role("link", name=f"Mätvärde för {WHAT}").click()
    status = row.get_by_role("status")
    for period, value, said in [
        ("2026 H1", "9", "Sparat: 2026 H1 = 9 st."),
        ("2025 H2", "7,5", "Sparat: 2025 H2 = 7,5 st."),
    ]:
        row.get_by_label(re.compile(r"^\s*Mätetal")).select_option(label="Upprättade SIP")
        row.get_by_label(re.compile(r"^\s*Period\b")).fill(period)
        row.get_by_label(re.compile(r"^\s*Värde")).fill(value)
        row.get_by_role("button", name="Spara mätvärdet").click()
        expect(status).to_have_text(said)
    assert_accessible(page)
    assert sorted(
        IndicatorValue.objects.filter(indicator=indicator).values_list("period", flat=True)
    ) == [
        "2025-H2",
        "2026-H1",
    ]

    # Its page: the badge in words, the chart and its data table.
    page.goto(live_server.url + indicator.get_absolute_url())
    expect(page.locator(".progress-badge")).to_have_text(
        "Inte i fas"
    )  # 9 of the 10,5 expected by now
    chart = page.get_by_role("img", name="Upprättade SIP (st)")
    expect(chart).to_be_visible()
    table = page.get_by_role("table", name="Värden: Upprättade SIP (st)")
    expect(table.get_by_role("row")).to_have_count(3)
    expect(table.get_by_role("row").nth(2)).to_contain_text("2026 H1")
    expect(table.get_by_role("row").nth(2)).to_contain_text("9")
    for width in (320, 1280):
        page.set_viewport_size({"width": width, "height": 900})
        assert_accessible(page)
