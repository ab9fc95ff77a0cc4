"""Operations seen in a browser: publishing a draft handlingsplan, the 503 page."""

import pytest
from playwright.sync_api import expect

from plans.models import ActionPlan

pytestmark = pytest.mark.django_db(transaction=True)

ACTION_PLAN = "/samla/handlingsplaner/socialmedicinska-mottagningar-2021-2022/"


def test_the_processledare_publishes_a_draft_handlingsplan(
    page, browser, live_server, demo, sign_in, assert_accessible
):
    from django.contrib.auth import get_user_model

    ActionPlan.objects.filter(slug="socialmedicinska-mottagningar-2021-2022").update(
        published_at=None
    )
    visitor = browser.new_page()
    assert visitor.goto(live_server.url + ACTION_PLAN).status == 404

    sign_in(page, get_user_model().objects.get(username="processledare"))
    page.goto(live_server.url + ACTION_PLAN)
    expect(page.get_by_role("note")).to_contain_text("Utkast – inte publicerad.")
    assert_accessible(page)
    page.get_by_role("button", name="Publicera handlingsplanen").click()
    expect(page.get_by_text("Handlingsplanen är publicerad")).to_be_visible()
    assert_accessible(page)

    assert visitor.goto(live_server.url + ACTION_PLAN).status == 200
    visitor.close()


def test_the_outage_page_is_swedish_and_accessible(
    page, live_server, unreachable_database, assert_accessible
):
    response = page.goto(live_server.url + "/")
    assert response.status == 503
    assert int(response.headers["retry-after"]) > 0
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Tjänsten är tillfälligt otillgänglig"
    )
    assert_accessible(page)
