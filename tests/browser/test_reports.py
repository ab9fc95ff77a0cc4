"""The processledare composes the 2025 report; the public reads it."""

from datetime import date, datetime

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from playwright.sync_api import expect

from nosam.models import Group, Meeting
from plans.models import Activity, ActivityPlan, FollowUp

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def year_2025(demo):
    plan_2026 = ActivityPlan.objects.get(slug="psykisk-halsa-och-missbruk-2026")
    plan = ActivityPlan.objects.create(
        group=plan_2026.group,
        target_group=plan_2026.target_group,
        collaboration_plan=plan_2026.collaboration_plan,
        year=2025,
        title=plan_2026.title,
        slug="psykisk-halsa-och-missbruk-2025",
    )
    activity = Activity.objects.create(
        plan=plan, position=1, local_goal="Implementera SIP", what="SIP-utbildning 2025"
    )
    FollowUp.objects.create(
        activity=activity, date=date(2025, 11, 1), text="Två utbildningar hölls"
    )
    group = Group.objects.get(slug="nosam-alingsas")
    meeting = Meeting.objects.create(
        area=group.area, starts_at=timezone.make_aware(datetime(2025, 3, 3, 13))
    )
    meeting.groups.add(group)


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
