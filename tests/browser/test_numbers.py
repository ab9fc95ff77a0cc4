"""In a real browser, an amount typed the Swedish way is saved as typed."""

from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from reports.models import EconomyItem

pytestmark = pytest.mark.django_db(transaction=True)


def test_economy_amount_typed_with_decimal_comma_is_saved_as_typed(
    page, live_server, year_2025, sign_in, assert_accessible
):
    from reports.services import report_create

    report = report_create(area=year_2025, group=None, year=2025)
    sign_in(page, get_user_model().objects.get(username="processledare"))
    page.goto(live_server.url + report.get_absolute_url() + "ekonomi/")
    page.locator('[name="ekonomi-0-kind"]').select_option(label="Intäkt")
    page.locator('[name="ekonomi-0-label"]').fill("Statens bidrag")
    page.locator('[name="ekonomi-0-amount"]').press_sequentially("5,1")
    page.locator('[name="ekonomi-1-kind"]').select_option(label="Resultat")
    page.locator('[name="ekonomi-1-label"]').fill("Underskott")
    page.locator('[name="ekonomi-1-amount"]').press_sequentially("\u22120,5")
    page.get_by_role("button", name="Spara").click()
    expect(page.get_by_text("Ekonomin är sparad.")).to_be_visible()

    amounts = list(EconomyItem.objects.filter(report=report).order_by("pk").values_list("amount"))
    assert amounts == [(Decimal("5.1"),), (Decimal("-0.5"),)]
    page.goto(live_server.url + report.get_absolute_url() + "ekonomi/")
    expect(page.locator('[name="ekonomi-0-amount"]')).to_have_value("5,1")
    expect(page.locator('[name="ekonomi-1-amount"]')).to_have_value("-0,5")
    assert_accessible(page)


def test_an_ambiguous_amount_and_a_bad_address_get_clear_swedish_messages(
    page, live_server, year_2025, sign_in, assert_accessible
):
    from reports.services import report_create

    report = report_create(area=year_2025, group=None, year=2025)
    sign_in(page, get_user_model().objects.get(username="processledare"))
    page.goto(live_server.url + report.get_absolute_url() + "ekonomi/")
    page.locator('[name="ekonomi-0-kind"]').select_option(label="Intäkt")
    page.locator('[name="ekonomi-0-label"]').fill("Statens bidrag")
    page.locator('[name="ekonomi-0-amount"]').fill("1.234")
    page.get_by_role("button", name="Spara").click()
    expect(page.get_by_text("kan läsas på två sätt")).to_be_visible()
    assert not EconomyItem.objects.filter(report=report).exists()
    assert_accessible(page)

    response = page.goto(live_server.url + "/samla/grupper/nosam-alingsas/representation/?ar=-1")
    assert response.status == 400
    expect(page.get_by_role("heading", level=1)).to_have_text("Felaktig adress")
    expect(page.get_by_role("alert")).to_contain_text("År:")
    assert_accessible(page)
