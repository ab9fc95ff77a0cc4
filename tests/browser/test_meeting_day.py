"""Meeting day: a member runs the NOSAM meeting from the board."""

from datetime import timedelta

import icalendar
import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from playwright.sync_api import expect

from nosam.models import AgendaItem, Attendance, Group, Meeting
from plans.models import Activity, FollowUp, Status

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def meeting_day(demo):
    """NOSAM Alingsås met ten days ago and meets again tomorrow."""
    group = Group.objects.get(slug="nosam-alingsas")
    now = timezone.now()
    # The demo's own calendar may hold a meeting in these days; this test owns them.
    Meeting.objects.filter(
        groups=group,
        starts_at__gte=now - timedelta(days=10),
        starts_at__lte=now + timedelta(days=2),
    ).delete()
    previous = Meeting.objects.create(area=group.area, starts_at=now - timedelta(days=10))
    upcoming = Meeting.objects.create(
        area=group.area, starts_at=now + timedelta(days=1), place="Alingsås, Nolhaga"
    )
    for meeting in (previous, upcoming):
        meeting.groups.add(group)
    overdue = Activity.objects.get(what="Psykiatrins dag i Alingsås")
    AgendaItem.objects.create(meeting=upcoming, title="Psykiatrins dag", activity=overdue)
    overdue.deadline = (timezone.localdate() - timedelta(days=30)).isoformat()
    overdue.save()
    sip = Activity.objects.get(what="Förbättra arbetet kring SIP")
    FollowUp.objects.create(activity=sip, text="Proaktiv SIP provas i Lerum")
    return group, upcoming


def test_member_runs_the_meeting_from_the_board(page, live_server, meeting_day, assert_accessible):
    group, upcoming = meeting_day
    page.goto(live_server.url + "/konto/logga-in/")
    page.get_by_label("Användarnamn").fill("ledamot")
    page.get_by_label("Lösenord").fill("samla-ledamot-2026")
    page.get_by_role("button", name="Logga in").click()
    page.get_by_role("link", name="NOSAM Alingsås", exact=True).click()
    page.get_by_role("link", name="Mötesvy").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mötesvy: NOSAM Alingsås")
    assert_accessible(page)
    board_url = page.url

    overdue_row = page.locator("tr", has_text="Psykiatrins dag i Alingsås")
    expect(overdue_row.get_by_text("Deadline har passerat")).to_be_visible()
    since = page.locator("section", has=page.get_by_role("heading", name="Sedan förra mötet"))
    expect(since).to_contain_text("Proaktiv SIP provas i Lerum")

    # Set a status by keyboard, without leaving the page: the row's forms open on demand.
    overdue = page.locator(".board-overdue")
    expect(overdue).to_have_text("1 med passerad deadline")
    page.get_by_role("link", name="Uppdatera Trygg och säker hemgång från slutenvård").focus()
    page.keyboard.press("Enter")
    homecoming = page.locator("tr", has_text="Trygg och säker hemgång")
    select = homecoming.get_by_label("Status för Trygg och säker hemgång från slutenvård")
    select.focus()
    select.select_option(label="Pågår")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(page.locator("tr", has_text="Trygg och säker hemgång").locator(".status")).to_have_text(
        "Pågår"
    )
    # What was saved is said, and the summary and "since the last meeting" follow.
    notice = page.get_by_role("status").filter(has_text="Status ändrad till Pågår")
    expect(notice).to_be_visible()
    expect(since).to_contain_text("Trygg och säker hemgång")
    assert page.url == board_url
    assert Activity.objects.get(what__startswith="Trygg och säker").status == Status.IN_PROGRESS
    assert_accessible(page)

    # A follow-up and a new status for the overdue activity: no longer overdue.
    page.get_by_role("link", name="Uppdatera Psykiatrins dag i Alingsås").click()
    row = page.locator("tr", has_text="Psykiatrins dag i Alingsås")
    row.get_by_label("Status för Psykiatrins dag i Alingsås").select_option(label="Genomförd")
    row.get_by_role("button", name="Ändra status för Psykiatrins dag i Alingsås").click()
    expect(overdue).to_have_text("0 med passerad deadline")
    page.get_by_role("link", name="Uppdatera Psykiatrins dag i Alingsås").click()
    row = page.locator("tr", has_text="Psykiatrins dag i Alingsås")
    row.get_by_label("Ny uppföljning för Psykiatrins dag i Alingsås").fill("Utvärdering klar")
    row.get_by_role("button", name="Spara uppföljning för Psykiatrins dag i Alingsås").click()
    expect(page.locator("tr", has_text="Psykiatrins dag i Alingsås")).to_contain_text(
        "Utvärdering klar"
    )
    expect(page.get_by_role("status").filter(has_text="Uppföljningen är sparad")).to_be_visible()
    assert page.url == board_url
    assert_accessible(page)

    # Attendance and minutes of today's meeting.
    page.get_by_role(
        "link", name=timezone.localtime(upcoming.starts_at).strftime("%Y-%m-%d %H:%M")
    ).click()
    assert_accessible(page)
    page.get_by_role("link", name="Närvaro").click()
    assert_accessible(page)
    page.get_by_label("Alingsås kommun", exact=True).check()
    page.get_by_label("Regional primärvård", exact=True).check()
    page.get_by_role("button", name="Spara närvaro").click()
    expect(page.get_by_text("Närvaron är sparad.")).to_be_visible()
    present = set(
        Attendance.objects.filter(meeting=upcoming, present=True).values_list(
            "organisation__name", flat=True
        )
    )
    assert present == {"Alingsås kommun", "Regional primärvård"}

    page.get_by_role("link", name="Skriv minnesanteckningar").click()
    assert_accessible(page)
    # A draft from the agenda, with the status set a moment ago on the board.
    page.get_by_role("button", name="Skapa utkast från dagordningen").click()
    minutes = page.get_by_role("textbox", name="Minnesanteckningar")
    expect(minutes).to_have_value(
        "Närvarande organisationer: Alingsås kommun, Regional primärvård.\n\n"
        "1. Psykiatrins dag\n    - Aktivitet: Psykiatrins dag i Alingsås, status: Genomförd\n"
    )
    minutes.fill("# Beslut\n\n1. Psykiatrins dag utvärderas i december")
    # The preview comes in place (htmx), the text stays as written.
    minutes_url = page.url
    page.get_by_role("button", name="Förhandsgranska").click()
    preview = page.locator("#forhandsgranskning")
    expect(preview.get_by_role("heading", name="Beslut")).to_be_visible()
    expect(preview.get_by_role("listitem")).to_have_text("Psykiatrins dag utvärderas i december")
    assert page.url == minutes_url
    assert_accessible(page)
    # Tomorrow's meeting has not begun: its minutes are saved, not published.
    page.get_by_label("Publicera minnesanteckningarna på webbplatsen").check()
    page.get_by_role("button", name="Spara", exact=True).click()
    expect(page.get_by_text("kan inte publiceras förrän mötet har börjat")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Publicera minnesanteckningarna på webbplatsen").uncheck()
    page.get_by_role("button", name="Spara", exact=True).click()
    expect(page.get_by_role("heading", name="Beslut")).to_be_visible()
    assert not Meeting.objects.get(pk=upcoming.pk).minutes_published
    assert_accessible(page)

    # The calendar feed lists the next meeting.
    feed = page.request.get(live_server.url + "/samla/grupper/nosam-alingsas/moten.ics")
    calendar = icalendar.Calendar.from_ical(feed.body())
    starts = sorted(
        e.decoded("dtstart")
        for e in calendar.walk("VEVENT")
        if e.decoded("dtstart") > timezone.now()
    )
    assert starts[0] == upcoming.starts_at.replace(microsecond=0)


def test_a_status_changed_on_the_board_is_shown_and_said_without_a_reload(
    page, live_server, meeting_day, sign_in, assert_accessible
):
    group, _ = meeting_day
    sign_in(page, get_user_model().objects.get(username="ledamot"))
    page.goto(live_server.url + group.get_absolute_url() + "motesvy/")
    # Marks that a page load would wipe out: the window's, and the live region's own.
    page.evaluate("window.samlaNotReloaded = true")
    notice = page.locator("#tavla-meddelande")
    expect(notice).to_have_attribute("role", "status")  # polite live region, there from the start
    expect(notice).to_have_text("")
    notice.evaluate("element => element.dataset.sameRegion = 'ja'")
    overdue = page.locator(".board-overdue")
    expect(overdue).to_have_text("1 med passerad deadline")
    since = page.locator("#sedan-sist")
    expect(since).not_to_contain_text("Trygg och säker hemgång")

    name = "Trygg och säker hemgång från slutenvård"
    page.get_by_role("link", name=f"Uppdatera {name}").click()
    row = page.locator("tr", has_text=name)
    row.get_by_label(f"Status för {name}").select_option(label="Pågår")
    row.get_by_role("button", name=f"Ändra status för {name}").click()
    expect(page.locator("tr", has_text=name).locator(".status")).to_have_text("Pågår")
    expect(notice).to_have_text("Status ändrad till Pågår.")
    expect(since.locator("li", has_text=name)).to_contain_text("→ Pågår")
    expect(overdue).to_have_text("1 med passerad deadline")

    late = "Psykiatrins dag i Alingsås"
    page.get_by_role("link", name=f"Uppdatera {late}").click()
    row = page.locator("tr", has_text=late)
    row.get_by_label(f"Status för {late}").select_option(label="Genomförd")
    row.get_by_role("button", name=f"Ändra status för {late}").click()
    expect(notice).to_have_text("Status ändrad till Genomförd.")
    expect(page.locator("tr", has_text=late).locator(".status")).to_have_text("Genomförd")
    expect(overdue).to_have_text("0 med passerad deadline")
    expect(since.locator("li", has_text=late)).to_contain_text("→ Genomförd")

    # The same document and the same live region all along: nothing was reloaded.
    assert page.evaluate("window.samlaNotReloaded") is True
    expect(notice).to_have_attribute("data-same-region", "ja")
    assert Activity.objects.get(what=late).status == Status.DONE
    assert_accessible(page)


@pytest.mark.parametrize(
    "path",
    [
        "motesvy/?visning=storbild",
        "motesvy/?visning=utskrift",
        "moten/",
        "moten/nytt/",
        "representation/?ar=2024",
    ],
)
def test_meeting_pages_have_no_accessibility_violations(
    page, live_server, demo, sign_in, assert_accessible, path
):
    sign_in(page, get_user_model().objects.get(username="ledamot"))
    response = page.goto(live_server.url + "/samla/grupper/nosam-alingsas/" + path)
    assert response.status == 200
    assert_accessible(page)


def test_published_minutes_and_group_page_for_the_public(
    page, live_server, demo, assert_accessible
):
    meeting = Meeting.objects.get(minutes_published=True)
    page.goto(live_server.url + meeting.get_absolute_url())
    expect(page.locator("#anteckningar")).to_have_text("Minnesanteckningar")
    # The text's own "# Minnesanteckningar" is not said twice; its "##" follows the page's h2.
    expect(page.get_by_role("heading", name="Minnesanteckningar", exact=True)).to_have_count(1)
    expect(page.locator(".minutes h3").first).to_have_text("Nästa möte")
    assert_accessible(page)
    page.goto(live_server.url + "/samla/grupper/nosam-alingsas/")
    expect(page.get_by_text("Nästa skifte")).to_be_visible()
    assert_accessible(page)
