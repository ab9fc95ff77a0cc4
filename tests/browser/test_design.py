"""The design system in a real browser: the signed-in header in one row, a
small header on a phone, no sideways scrolling, no heading broken inside a
word or a date, and axe on the signed-in pages and the style guide."""

import pytest
from django.contrib.auth import get_user_model

from nosam.models import Group, Meeting
from plans.models import ActivityPlan
from reports.models import Report
from tests.browser.headings import BROKEN_WORDS, DATES_NOT_KEPT_WHOLE
from tests.factories.reports import ReportFactory

pytestmark = pytest.mark.django_db(transaction=True)


def _signed_in_pages():
    plan = ActivityPlan.objects.select_related("group__area").get(
        slug="psykisk-halsa-och-missbruk-2026"
    )
    activity = plan.activities.first()
    meeting = Meeting.objects.filter(groups__area=plan.group.area).order_by("-starts_at").first()
    report = Report.objects.filter(area=plan.group.area).order_by("pk").first()
    draft = Report.objects.filter(area=plan.group.area, status=Report.Status.DRAFT).first()
    draft = draft or ReportFactory(area=plan.group.area, year=2026)
    area = plan.group.area.slug
    stor_nosam = Meeting.objects.filter(title="Stor NOSAM").order_by("starts_at").last()
    return [
        "/konto/",
        plan.url_draft,
        plan.url("plans:plan_compare"),
        plan.url("plans:plan_history"),
        f"/samla/grupper/{plan.group.slug}/motesvy/",
        f"/samla/grupper/{plan.group.slug}/motesvy/?visning=utskrift",
        f"/aktiviteter/{activity.pk}/",
        f"/{area}/moten/{meeting.pk}/",
        f"/{area}/moten/{meeting.pk}/minnesanteckningar/",
        f"/{area}/moten/{stor_nosam.pk}/",
        f"/{area}/moten/{stor_nosam.pk}/minnesanteckningar/",
        "/samla/grupper/nosam-alingsas/motesvy/",  # a previous meeting: "Sedan förra mötet (…)"
        f"/{area}/rapporter/{report.pk}/",
        f"/{area}/avvikelser/",
        "/samla/aktivitetsplaner/importera/",
        "/stil/",
        # Forms and working pages: the same checks.
        plan.url("plans:plan_edit"),
        plan.url("plans:plan_publish"),
        plan.url("plans:plan_copy"),
        plan.url("plans:plan_versions"),
        plan.url("plans:activity_create"),
        f"/aktiviteter/{activity.pk}/redigera/",
        f"/samla/grupper/{plan.group.slug}/moten/",
        f"/samla/grupper/{plan.group.slug}/moten/nytt/",
        f"/samla/grupper/{plan.group.slug}/representation/",
        f"/{area}/moten/{meeting.pk}/redigera/",
        f"/{area}/moten/{meeting.pk}/narvaro/",
        f"/{area}/rapporter/",
        f"/{area}/rapporter/ny/",
        f"/{draft.area.slug}/rapporter/{draft.pk}/",
        f"/{draft.area.slug}/rapporter/{draft.pk}/redigera/",
        f"/{draft.area.slug}/rapporter/{draft.pk}/ekonomi/",
        f"/{area}/avvikelser/import/",
        f"/{area}/avvikelser/analys/",
        f"/{area}/avvikelser/arenden/",
        f"/{area}/avvikelser/mal/",
        "/konto/losenord/",
    ]


@pytest.fixture
def processledare_page(page, sign_in, demo):
    return sign_in(page, get_user_model().objects.get(username="processledare"))


def test_signed_in_header_is_one_row_from_1024_px_and_names_the_groups_pages(
    processledare_page, live_server
):
    page = processledare_page
    page.set_viewport_size({"width": 1024, "height": 800})
    page.goto(live_server.url + "/samla/")
    header = page.locator(".site-header-bar").bounding_box()
    assert header["height"] <= 72, header
    tops = page.evaluate(
        "[...document.querySelectorAll('.site-brand, .site-nav-wide > ul > li, .site-search')]"
        ".map(e => e.getBoundingClientRect().top)"
    )
    assert max(tops) - min(tops) < 24, tops  # one row
    page.click(".site-nav-wide .menu summary")
    menu = page.locator(".site-nav-wide .menu-panel")
    groups = Group.objects.filter(memberships__person__user__username="processledare").distinct()
    boards = [f"Mötesvy {g.short_name or g.name}" for g in groups]
    assert boards
    for name in ["Mina sidor", *boards, "Avvikelser SAMLA", "Årsrapporter SAMLA"]:
        assert menu.get_by_role("link", name=name).first.is_visible(), name
    assert menu.get_by_role("button", name="Logga ut").is_visible()


def test_header_is_small_on_a_phone_and_its_menu_opens_without_javascript(
    browser, live_server, demo
):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 320, "height": 800})
    page = context.new_page()
    page.goto(live_server.url + "/samla/")
    assert page.locator(".site-header").bounding_box()["height"] <= 120
    header = page.locator(".site-header")
    assert not header.get_by_role("link", name="Planer", exact=True).first.is_visible()
    header.get_by_text("Meny").click()
    menu = page.locator(".site-menu")
    assert menu.get_by_role("link", name="Planer", exact=True).is_visible()
    assert menu.get_by_role("link", name="Logga in").is_visible()
    context.close()


@pytest.mark.parametrize("width", [320, 768, 1280])
def test_signed_in_pages_fit_the_screen_and_pass_axe(
    processledare_page, live_server, assert_accessible, width
):
    page = processledare_page
    page.set_viewport_size({"width": width, "height": 900})
    for path in _signed_in_pages():
        response = page.goto(live_server.url + path)
        assert response.status == 200, path
        assert page.evaluate("document.documentElement.scrollWidth") <= width, path
        assert page.evaluate(DATES_NOT_KEPT_WHOLE) == [], path
        if width == 320:
            assert page.locator(".site-header").bounding_box()["height"] <= 120, path
            assert page.evaluate(BROKEN_WORDS) == [], path
            assert_accessible(page)
        if width == 1280:
            assert_accessible(page)


def test_an_open_menu_passes_axe(processledare_page, live_server, assert_accessible):
    page = processledare_page
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_server.url + "/samla/")
    page.click(".site-nav-wide .menu summary")
    assert_accessible(page)
    page.set_viewport_size({"width": 320, "height": 900})
    page.goto(live_server.url + "/stil/")
    page.click(".site-menu > summary")
    assert_accessible(page)
