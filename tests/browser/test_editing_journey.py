"""The processledare's journey: edit, follow up, publish; the public sees it."""

import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from plans.models import Activity

pytestmark = pytest.mark.django_db(transaction=True)

PLAN = "/samla/grupper/nosam-alingsas-och-lerum/aktivitetsplaner/psykisk-halsa-och-missbruk-2026/"


def test_edit_follow_up_publish_and_the_public_sees_exactly_that(
    page, browser, live_server, demo, assert_accessible
):
    # Log in through the form, as a person would.
    page.goto(live_server.url + "/konto/logga-in/")
    assert_accessible(page)
    page.get_by_label("Användarnamn").fill("processledare")
    page.get_by_label("Lösenord").fill("samla-demo-2026")
    page.get_by_role("button", name="Logga in").click()
    expect(page.get_by_role("heading", name="Mina sidor")).to_be_visible()
    assert_accessible(page)

    # Open the draft from Mina sidor and edit one row in place (htmx).
    # The draft (Mina sidor's changes also link the published version 2.9).
    page.get_by_role(
        "link", name=re.compile("Aktivitetsplan för Närområdessamverkan.*2026$")
    ).click()
    expect(page.get_by_text("Du läser utkastet")).to_be_visible()
    assert_accessible(page)
    draft_url = page.url
    page.get_by_role("link", name="Redigera Psykiatrins dag i Alingsås").click()
    row = page.locator("tr.editing")
    expect(row).to_be_visible()
    assert page.url == draft_url  # no page load: the row became a form
    row.get_by_label("Hur").fill(
        "Samverkan mellan olika verksamheter riktat till invånarna och brukarföreningar"
    )
    deadline = row.get_by_label("Deadline/slutdatum")
    deadline.fill("Hösten 2026")
    expect(row.get_by_text("Hösten 2026 → 2026-07-01 – 2026-12-31")).to_be_visible()
    assert_accessible(page)
    row.get_by_role("button", name="Spara").click()
    expect(page.locator("tr.editing")).to_have_count(0)
    expect(page.get_by_text("och brukarföreningar")).to_be_visible()
    assert page.url == draft_url

    # A follow-up with a status change: the row's other actions are in its form.
    page.get_by_role("link", name="Redigera Psykiatrins dag i Alingsås").click()
    page.get_by_role("link", name="Följ upp Psykiatrins dag i Alingsås").click()
    assert_accessible(page)
    page.get_by_role("textbox", name="Uppföljning").fill("Program klart, lokal bokad.")
    page.get_by_label("Ny status").select_option(label="Pågår")
    page.get_by_role("button", name="Spara uppföljning").click()
    expect(page.get_by_text("Uppföljningen är sparad. Status är ändrad.")).to_be_visible()
    expect(page.get_by_text("Program klart, lokal bokad.")).to_be_visible()

    # Publish 2.10 with a note.
    page.goto(live_server.url + PLAN + "publicera/")
    assert_accessible(page)
    page.get_by_label(re.compile("2.10")).check()
    page.get_by_label("Vad har ändrats?").fill("Psykiatrins dag: uppföljning juni")
    page.get_by_role("button", name="Fastställ och publicera").click()
    expect(page.get_by_text("Version 2.10 är fastställd och publicerad.")).to_be_visible()

    # A later draft edit that must not reach the public.
    activity = Activity.objects.get(what="Psykiatrins dag i Alingsås")
    activity.measure = "Senare utkastsändring"
    activity.save()

    for path in ["historik/", "versioner/", "utkast/", "redigera/", "kopiera/"]:
        page.goto(live_server.url + PLAN + path)
        assert_accessible(page)

    # An anonymous visitor in a fresh browser context.
    visitor = browser.new_context(locale="sv-SE").new_page()
    visitor.goto(live_server.url + PLAN)
    facts = visitor.locator("dl.facts")
    expect(facts).to_contain_text("2.10")
    expect(visitor.get_by_text("och brukarföreningar")).to_be_visible()
    expect(visitor.get_by_text("Senare utkastsändring")).to_have_count(0)
    expect(visitor.get_by_text("Program klart")).to_have_count(0)
    assert_accessible(visitor)

    visitor.goto(live_server.url + PLAN + "jamfor/?fran=2.9&till=2.10")
    changed = visitor.locator("main")
    expect(changed.get_by_role("heading", name="Ändrade aktiviteter (1)")).to_be_visible()
    rows = changed.locator("table tbody tr")
    expect(rows).to_have_count(3)
    expect(rows.nth(0)).to_contain_text("Hur")
    # Only the added words are marked, and said as added.
    expect(rows.nth(0).locator("ins")).to_have_count(1)
    expect(rows.nth(0).locator("ins")).to_contain_text("tillagt: och brukarföreningar")
    expect(rows.nth(0).locator("del")).to_have_count(0)
    expect(rows.nth(1)).to_contain_text("Deadline/slutdatum")
    expect(rows.nth(1)).to_contain_text("Hösten 2026")
    expect(rows.nth(2)).to_contain_text("Status")
    expect(rows.nth(2)).to_contain_text("Pågår")
    expect(changed.get_by_text("Tillagda aktiviteter")).to_have_count(0)
    expect(changed.get_by_text("Borttagna aktiviteter")).to_have_count(0)
    assert_accessible(visitor)
    visitor.context.close()


def test_editing_pages_have_no_accessibility_violations(
    page, live_server, demo, sign_in, assert_accessible
):
    user = get_user_model().objects.get(username="processledare")
    sign_in(page, user)
    activity = Activity.objects.get(what="Psykiatrins dag i Alingsås")
    for path in [
        f"/aktiviteter/{activity.pk}/redigera/",
        f"/aktiviteter/{activity.pk}/ta-bort/",
        PLAN + "aktiviteter/ny/",
        "/samla/aktivitetsplaner/ny/",
        "/konto/losenord/",
    ]:
        page.goto(live_server.url + path)
        assert page.locator("h1").count() == 1, path
        assert_accessible(page)


def test_edit_works_without_javascript(browser, live_server, demo, sign_in):
    context = browser.new_context(java_script_enabled=False)
    page = sign_in(context.new_page(), get_user_model().objects.get(username="processledare"))
    page.goto(live_server.url + PLAN + "utkast/")
    page.get_by_role("link", name="Redigera Psykiatrins dag i Alingsås").click()
    expect(page.get_by_role("heading", name="Redigera aktivitet")).to_be_visible()
    page.get_by_label("Startdatum").fill("Q4 2026")
    page.get_by_role("button", name="Spara").click()
    expect(page.get_by_text("Aktiviteten är sparad.")).to_be_visible()
    assert Activity.objects.get(what="Psykiatrins dag i Alingsås").start.text == "Q4 2026"
    context.close()


def test_public_pages_for_logged_out_visitors(page, live_server, demo, assert_accessible):
    for path in [
        PLAN,
        PLAN + "versioner/",
        PLAN + "version/2.9/",
        PLAN + "jamfor/",
        "/konto/glomt-losenord/",
    ]:
        response = page.goto(live_server.url + path)
        assert response.status == 200, path
        assert_accessible(page)


def test_owners_are_suggested_chosen_and_shown_on_the_activity_page(
    page, live_server, demo, sign_in, assert_accessible
):
    activity = Activity.objects.get(what="Psykiatrins dag i Alingsås")
    activity.owner_groups.clear()
    sign_in(page, get_user_model().objects.get(username="processledare"))

    # Not linked: the processledare is told so, in words.
    page.goto(f"{live_server.url}/aktiviteter/{activity.pk}/")
    expect(page.get_by_text("Ingen länkad ansvarig")).to_be_visible()
    assert_accessible(page)

    # The editor offers what the text names, and says it is a suggestion.
    page.goto(f"{live_server.url}/aktiviteter/{activity.pk}/redigera/")
    expect(
        page.get_by_text("Förslag utifrån texten ”NOSAM Alingsås” – kontrollera och spara")
    ).to_be_visible()
    owners = page.get_by_role("group", name="Grupper")
    expect(owners.get_by_label("NOSAM Alingsås", exact=True)).to_be_checked()
    expect(owners.get_by_label("NOSAM Lerum", exact=True)).not_to_be_checked()
    assert_accessible(page)
    owners.get_by_label("NOSAM Lerum", exact=True).check()
    page.get_by_role("button", name="Spara").click()

    page.goto(f"{live_server.url}/aktiviteter/{activity.pk}/")
    expect(
        page.get_by_text("Länkad till: NOSAM Alingsås (grupp), NOSAM Lerum (grupp)")
    ).to_be_visible()
    expect(page.get_by_text("Ingen länkad ansvarig")).to_have_count(0)
