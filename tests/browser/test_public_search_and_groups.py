"""A reader searches for an abbreviation in capitals and in small letters, and
finds the joint plan from a group that has none of its own."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)

PLAN_TITLE = "Psykisk ohälsa, skadligt bruk och beroende 2026"


def test_reader_searches_for_ovm_and_goes_from_a_group_to_its_joint_plan(
    page, live_server, demo_fresh, assert_accessible
):
    for query in ("ÖVM", "övm"):
        page.goto(live_server.url + f"/samla/sok/?q={query}")
        hits = page.locator(".search-hits > li")
        expect(hits.first).to_be_visible()
        expect(page.locator(".search-hits mark").first).to_have_text("ÖVM")
        expect(page.locator(".search-hits")).not_to_contain_text("**")
        assert_accessible(page)

    page.goto(live_server.url + "/samla/grupper/nosam-alingsas/")
    expect(page.locator(".plans-above")).to_contain_text("den gemensamma planen")
    assert_accessible(page)
    page.get_by_role("link", name=PLAN_TITLE).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Aktivitetsplan")
