"""Issue 16's journey end to end: a processledare adds an indicator with a
relative target to an activity of the 2026 plan, a member enters two period
values from the board, the lägesbild counts it under the activity's goal, the
public goal page shows it with its chart's data table after publication, and
the annual report's Måluppfyllelse lists it."""

import re
from datetime import date

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from indicators.models import Indicator
from indicators.progress import ON_TRACK, assessments
from plans.models import Activity
from plans.services import plan_publish
from reports.services import report_create

pytestmark = pytest.mark.django_db(transaction=True)

WHAT = "Psykiatrins dag i Alingsås"  # an activity under a prioritised goal
NAME = "Genomförda SIP-möten"


def _user(name):
    return get_user_model().objects.get(username=name)


def _add_indicator(page, live_server, activity):
    page.goto(live_server.url + activity.get_absolute_url())
    section = page.locator("section", has=page.get_by_role("heading", name="Mätetal", exact=True))
    section.get_by_role("link", name="Lägg till mätetal").click()
    page.get_by_label("Namn").fill(NAME)
    page.get_by_label("Enhet").fill("st")
    page.get_by_label(re.compile(r"^\s*Period\b")).select_option(label="Halvår")
    page.get_by_label("Utgångsläge", exact=True).fill("7")
    page.get_by_label("Utgångsläget avser period").fill("2025 H2")
    page.get_by_label("Slag av mål").select_option(
        label="En förändring från utgångsläget, i procent"
    )
    page.get_by_label("Målvärde").fill("100")
    page.get_by_label("Målet ska vara nått").fill("2026 H2")
    page.get_by_label("Räknar händelser (t.ex. antal avvikelser)").uncheck()
    page.get_by_role("button", name="Spara mätetalet").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(NAME)
    return Indicator.objects.get(name=NAME)


def _enter_values_from_the_board(page, live_server, activity):
    group = activity.plan.group
    page.goto(f"{live_server.url}/{group.area.slug}/grupper/{group.slug}/motesvy/")
    page.get_by_role("link", name=f"Uppdatera {WHAT}").click()
    row = page.locator(f"#rad-{activity.pk}")
    row.get_by_role("link", name=f"Mätvärde för {WHAT}").click()
    for period, value in [("2025 H2", "7"), ("2026 H1", "12,5")]:
        row.get_by_label(re.compile(r"^\s*Mätetal")).select_option(label=NAME)
        row.get_by_label(re.compile(r"^\s*Period\b")).fill(period)
        row.get_by_label(re.compile(r"^\s*Värde")).fill(value)
        row.get_by_role("button", name="Spara mätvärdet").click()
        expect(row.get_by_role("status")).to_contain_text(f"Sparat: {period} = {value} st")


def test_an_indicator_from_the_plan_to_the_annual_report(
    page, live_server, demo, sign_in, assert_accessible
):
    activity = Activity.objects.select_related("plan__group__area", "goal").get(
        what=WHAT, plan__year=2026
    )
    area = activity.plan.group.area
    page.set_viewport_size({"width": 1280, "height": 900})

    # 1. The processledare adds the indicator, +100 % from 7 by 2026 H2.
    sign_in(page, _user("processledare"))
    indicator = _add_indicator(page, live_server, activity)
    assert indicator.target == 14

    # 2. A member of the activity's group enters two values from the board.
    page.context.clear_cookies()
    sign_in(page, _user("ledamot"))
    _enter_values_from_the_board(page, live_server, activity)
    assert indicator.values.count() == 2

    # 3. The lägesbild counts it on track (12,5 of the 10,5 due by 2026 H1) under its goal.
    state = assessments([indicator])[indicator.pk][1]
    assert state.state == ON_TRACK
    page.context.clear_cookies()
    sign_in(page, _user("processledare"))
    page.goto(f"{live_server.url}/{area.slug}/lagesbild/")
    table = page.get_by_role("table", name="Per prioriterat mål")
    headings = table.locator("thead th").all_inner_texts()
    column = headings.index("Mätetal i fas")
    goal_row = table.locator("tbody tr", has=page.get_by_role("rowheader", name=activity.goal.text))
    on_track = [
        i
        for i in Indicator.objects.filter(activity__goal=activity.goal)
        if assessments([i])[i.pk][1].state == ON_TRACK
    ]
    cell = goal_row.locator("td").nth(column - 1)
    expect(cell).to_have_text(str(len(on_track)))
    cell.get_by_role("link").click()
    listed = page.get_by_role("table", name="Aktiviteterna bakom siffran")
    expect(listed).to_contain_text(WHAT)
    assert_accessible(page)

    # 4. After publication the public goal page shows it with its chart's data table.
    plan_publish(
        plan=activity.plan,
        step="minor",
        note="Mätetal tillagt",
        user=_user("processledare"),
        version_date=date(2026, 11, 30),
    )
    page.context.clear_cookies()
    page.goto(f"{live_server.url}/{area.slug}/malen/{activity.goal.pk}/")
    expect(page.get_by_text(NAME).first).to_be_visible()
    expect(page.get_by_text("I fas").first).to_be_visible()
    values = page.get_by_role("table", name=f"Värden: {NAME} (st)")
    expect(values).to_contain_text("2026 H1")
    expect(values).to_contain_text("12,5")
    assert_accessible(page)

    # 5. The annual report's generated Måluppfyllelse lists it.
    report = report_create(area=area, group=None, year=2026)
    sign_in(page, _user("processledare"))
    page.goto(live_server.url + report.get_absolute_url())
    goals = page.get_by_role("table", name=re.compile(r"^Mätetal 2026"))
    row = goals.locator("tr", has_text=NAME)
    expect(row).to_contain_text("+100 % mot utgångsläget (målvärde 14 st) 2026 H2")
    expect(row).to_contain_text("2026 H1: 12,5")
    expect(row).to_contain_text("I fas")
    assert_accessible(page)
