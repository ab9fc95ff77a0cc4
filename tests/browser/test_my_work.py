"""Mina sidor in a real browser: the demo ledamot's start page shows her
overdue activity, fits a phone, passes axe, and a reminder kind turned off
stays off (with htmx, and without JavaScript); the e-mail's unsubscribe link
asks before it turns anything off."""

from datetime import datetime

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from reminders.models import Kind, OptOut
from reminders.tokens import unsubscribe_token

pytestmark = pytest.mark.django_db(transaction=True)

# "Psykiatrins dag i Alingsås" (NOSAM Alingsås answers for it) was due on
# 2026-10-06; four weeks later it is overdue whatever day the tests run.
DAY = timezone.make_aware(datetime(2026, 11, 2, 10, 0))
OVERDUE = "Psykiatrins dag i Alingsås"


@pytest.fixture
def ledamot_page(page, sign_in, demo):
    with time_machine.travel(DAY, tick=True):
        yield sign_in(page, get_user_model().objects.get(username="ledamot"))


@pytest.mark.parametrize("width", [320, 1280])
def test_mina_sidor_shows_the_ledamots_overdue_activity(
    ledamot_page, live_server, assert_accessible, width
):
    page = ledamot_page
    page.set_viewport_size({"width": width, "height": 900})
    response = page.goto(live_server.url + "/konto/")
    assert response.status == 200
    overdue = page.get_by_role("table", name="Deadline har passerat")
    link = overdue.get_by_role("link", name=OVERDUE)
    expect(link).to_be_visible()
    expect(overdue.get_by_role("row", name=OVERDUE)).to_contain_text("2026-10-06")
    link_href = link.get_attribute("href")
    assert link_href.startswith("/aktiviteter/")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert_accessible(page)


def test_a_reminder_kind_turned_off_stays_off(ledamot_page, live_server, assert_accessible):
    page = ledamot_page
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_server.url + "/konto/")
    stale = page.get_by_role("checkbox", name=Kind.STALE.label)
    expect(stale).to_be_checked()
    stale.uncheck()
    page.get_by_role("button", name="Spara").click()
    expect(page.get_by_role("status")).to_have_text("Sparat")  # announced in place (htmx)
    assert page.url.endswith("/konto/")  # no page load: the form stays where it was
    assert_accessible(page)
    page.reload()
    expect(page.get_by_role("checkbox", name=Kind.STALE.label)).not_to_be_checked()
    expect(page.get_by_role("checkbox", name=Kind.DEADLINE.label)).to_be_checked()
    person = get_user_model().objects.get(username="ledamot").person
    assert list(OptOut.objects.filter(person=person).values_list("kind", flat=True)) == [Kind.STALE]


def test_without_javascript_the_form_saves_and_says_so(
    browser, live_server, sign_in, demo, assert_accessible
):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 320, "height": 900})
    with time_machine.travel(DAY, tick=True):
        page = sign_in(context.new_page(), get_user_model().objects.get(username="ledamot"))
        page.goto(live_server.url + "/konto/")
        page.get_by_role("checkbox", name=Kind.DIGEST.label).uncheck()
        page.get_by_role("button", name="Spara").click()
        expect(page.get_by_role("status")).to_contain_text("Sparat")
        assert page.url.endswith("/konto/#paminnelser")
        expect(page.get_by_role("checkbox", name=Kind.DIGEST.label)).not_to_be_checked()
        page.reload()
        expect(page.get_by_role("checkbox", name=Kind.DIGEST.label)).not_to_be_checked()
        assert page.evaluate("document.documentElement.scrollWidth") <= 320
    context.close()


def test_the_e_mail_link_asks_before_it_turns_a_kind_off(
    page, live_server, demo, assert_accessible
):
    person = get_user_model().objects.get(username="ledamot").person
    link = reverse("reminders:unsubscribe", args=[unsubscribe_token(person.pk, Kind.DEADLINE)])
    page.set_viewport_size({"width": 320, "height": 800})
    page.goto(live_server.url + link)  # as a mail server's link scanner would, too
    expect(page.get_by_text(f"Vill du sluta få e-post om: {Kind.DEADLINE.label}?")).to_be_visible()
    assert not OptOut.objects.filter(person=person).exists()
    assert_accessible(page)
    page.get_by_role("button", name="Stäng av").click()
    expect(
        page.get_by_role("status").filter(has_text="Du får inte längre e-post om")
    ).to_be_visible()
    assert OptOut.objects.filter(person=person, kind=Kind.DEADLINE).exists()
    assert_accessible(page)
    page.get_by_role("button", name="Slå på igen").click()
    expect(page.get_by_role("status").filter(has_text="Du får åter e-post om")).to_be_visible()
    assert not OptOut.objects.filter(person=person).exists()
