"""Form help and errors where they belong: an error next to its field and
linked to it (aria-describedby), the forms a date may take said once per form."""

import pytest
from django.test import Client
from lxml import html as lxml_html

from tests.test_plan_editing import _form_data

ONE_OF_THE_FORMS = "”Över tid, Löpande, Tills vidare”"


@pytest.fixture
def editor(world):
    client = Client()
    client.force_login(world.users["processledare"])
    return client


def _descriptions(tree, field) -> list:
    """The elements a field's aria-describedby points at (each must exist)."""
    ids = field.get("aria-describedby", "").split()
    found = [tree.get_element_by_id(i, None) for i in ids]
    assert None not in found, f"{field.get('name')} points at a missing id: {ids}"
    return found


def _assert_errors_inline(tree) -> int:
    """Every invalid field is described by its error, which follows it in the
    field's own wrapper; returns how many invalid fields there were."""
    invalid = tree.xpath("//*[@aria-invalid='true']")
    for field in invalid:
        error = _descriptions(tree, field)[0]
        assert "invalid-feedback" in error.get("class"), field.get("name")
        assert error.text_content().strip()
        wrapper = tree.get_element_by_id(f"div_{field.get('id')}")
        assert field in wrapper.iter() and error in wrapper.iter()
        assert field.getnext() is error or field.getparent().getnext() is error
    return len(invalid)


@pytest.mark.django_db
@pytest.mark.parametrize("htmx", [False, True], ids=["page", "row"])
def test_the_date_forms_are_listed_once_per_form_and_read_with_each_date_field(world, editor, htmx):
    headers = {"HX-Request": "true"} if htmx else {}
    page = editor.get(f"/aktiviteter/{world.activity.pk}/redigera/", headers=headers)
    tree = lxml_html.fromstring(page.content.decode())
    (form,) = tree.xpath("//form[.//textarea[@name='start']]")
    helps = [e for e in form.iter("p", "div") if ONE_OF_THE_FORMS in (e.text or "")]
    assert len(helps) == 1
    (help_,) = helps
    for text in ("2026-10-06", "oktober 2026", "våren 2026"):
        assert text in help_.text
    for name in ("start", "deadline"):
        (field,) = form.xpath(f".//textarea[@name='{name}']")
        described = _descriptions(tree, field)
        assert help_ in described
        assert "date-preview" in described[0].get("class")
        assert not field.getparent().xpath(".//*[contains(@class, 'form-text')]")


@pytest.mark.django_db
def test_an_unreadable_date_shows_its_error_next_to_the_field(world, editor):
    activity = world.activity
    response = editor.post(
        f"/aktiviteter/{activity.pk}/redigera/",
        _form_data(activity, start="i vår någon gång", what=""),
    )
    tree = lxml_html.fromstring(response.content.decode())
    assert _assert_errors_inline(tree) == 2
    (start,) = tree.xpath("//textarea[@name='start']")
    error, preview, help_ = _descriptions(tree, start)
    assert "”i vår någon gång” kunde inte tolkas" in error.text_content()
    assert "date-preview" in preview.get("class") and ONE_OF_THE_FORMS in help_.text
    (deadline,) = tree.xpath("//textarea[@name='deadline']")
    assert deadline.get("aria-invalid") is None
    assert len(_descriptions(tree, deadline)) == 2  # its reading and the forms, no error


@pytest.mark.django_db
def test_errors_of_the_shared_form_include_sit_next_to_their_fields(world):
    client = Client()
    client.force_login(world.users["processledare"])
    response = client.post(f"/{world.area.slug}/aktivitetsplaner/importera/", {"group": "x"})
    assert response.status_code == 400
    tree = lxml_html.fromstring(response.content.decode())
    assert _assert_errors_inline(tree) == 2  # the file and the group
