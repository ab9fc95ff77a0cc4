"""A processledare brings the Word plan in and takes it out as Excel."""

import re

import pytest
from django.contrib.auth import get_user_model
from openpyxl import load_workbook
from playwright.sync_api import expect

from plans.models import ActivityPlan
from tests.word_documents import plan_2026

pytestmark = pytest.mark.django_db(transaction=True)


def test_upload_preview_save_and_download_xlsx(
    page, live_server, demo, sign_in, tmp_path, assert_accessible
):
    word = tmp_path / "Aktivitetsplan NOSAM psykisk hälsa 2026.docx"
    word.write_bytes(plan_2026())
    sign_in(page, get_user_model().objects.get(username="processledare"))
    page.goto(live_server.url + "/konto/")
    page.get_by_role("link", name="Importera plan från Word (SAMLA)").click()
    assert_accessible(page)
    page.get_by_label("Word-dokument (.docx)").set_input_files(str(word))
    page.get_by_label("Grupp som planen tillhör").select_option(label="NOSAM Lerum")
    page.get_by_role("button", name="Läs in och granska").click()

    expect(page.get_by_role("heading", name="Granska innan du sparar")).to_be_visible()
    rows = page.locator("table.plan-table tbody tr")
    expect(rows).to_have_count(5)
    for text in ("Dec 2024", "2026-10-06", "Oktober 2025", "Över tid", "Våren 2026", "Dec 2026"):
        expect(page.locator("table.plan-table")).to_contain_text(text)
    expect(page.get_by_text("Version i dokumentet")).to_be_visible()
    assert_accessible(page)
    assert ActivityPlan.objects.filter(group__slug="nosam-lerum").count() == 0

    page.get_by_role("button", name="Spara som utkast").click()
    expect(page.get_by_text("Planen är sparad som utkast.")).to_be_visible()
    expect(page.get_by_text("Du läser utkastet")).to_be_visible()
    assert ActivityPlan.objects.get(group__slug="nosam-lerum").activities.count() == 5

    page.get_by_text("Ladda ner").click()  # the downloads are in a menu
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Utkast som Excel").click()
    saved = tmp_path / "utkast.xlsx"
    download_info.value.save_as(saved)
    assert download_info.value.suggested_filename.endswith(".xlsx")
    sheet = load_workbook(saved).active
    assert sheet.max_row == 6
    assert [c.value for c in sheet[1]][3] == "Vad"
    assert sheet.cell(row=3, column=4).value == "Psykiatrins dag i Alingsås"


def test_a_year_that_has_a_plan_is_replaced_and_a_title_naming_another_group_is_warned_about(
    page, live_server, demo, sign_in, tmp_path, assert_accessible
):
    word = tmp_path / "Aktivitetsplan NOSAM psykisk hälsa 2026.docx"
    word.write_bytes(plan_2026())
    existing = ActivityPlan.objects.get(group__slug="nosam-alingsas-och-lerum", year=2026)
    plans_before = ActivityPlan.objects.count()
    sign_in(page, get_user_model().objects.get(username="processledare"))

    def upload(group_name):
        page.goto(live_server.url + "/samla/aktivitetsplaner/importera/")
        page.get_by_label("Word-dokument (.docx)").set_input_files(str(word))
        page.get_by_label("Grupp som planen tillhör").select_option(label=group_name)
        page.get_by_role("button", name="Läs in och granska").click()
        expect(page.get_by_role("heading", name="Granska innan du sparar")).to_be_visible()

    # The group's own plan for 2026 exists: the file replaces its draft, never a second plan.
    upload("NOSAM Alingsås och Lerum")
    choice = page.get_by_role("group", name=re.compile("^Det finns redan en plan"))
    expect(choice).to_contain_text("NOSAM Alingsås och Lerum")
    expect(choice.get_by_role("link", name=re.compile(existing.title))).to_have_attribute(
        "href", existing.url_draft
    )
    expect(page.get_by_text("Kontrollera gruppen")).to_have_count(0)
    assert_accessible(page)
    choice.get_by_label("Ersätt utkastet till den befintliga planen").check()
    page.get_by_role("button", name="Spara", exact=True).click()
    expect(page.get_by_text("Utkastet är ersatt med innehållet i filen.")).to_be_visible()
    expect(page.get_by_text("Du läser utkastet")).to_be_visible()
    assert page.url == live_server.url + existing.url_draft
    assert_accessible(page)
    assert ActivityPlan.objects.count() == plans_before
    assert existing.activities.count() == 5

    # The title names NOSAM Alingsås och Lerum, the chosen group is NOSAM Lerum.
    upload("NOSAM Lerum")
    check = page.get_by_role("note").filter(has_text="Kontrollera gruppen")
    expect(check).to_contain_text("Dokumentets rubrik nämner NOSAM Alingsås och Lerum")
    expect(check).to_contain_text("importeras till NOSAM Lerum")
    expect(page.get_by_role("group", name=re.compile("^Det finns redan en plan"))).to_have_count(0)
    assert_accessible(page)
    assert ActivityPlan.objects.count() == plans_before
