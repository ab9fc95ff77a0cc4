"""Years read from a Word document are range-checked like every integer from a file."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from docx import Document

from nosam.models import Group
from plans.models import ActionPlan, ActivityPlan
from tests.word_documents import handlingsplan, plan_2026


def _retitled(content: bytes, index: int, text: str) -> bytes:
    doc = Document(io.BytesIO(content))
    paragraph = [p for p in doc.paragraphs if p.text.strip()][index]
    for run in paragraph.runs[1:]:
        run.text = ""
    paragraph.runs[0].text = text
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


@pytest.fixture
def processledare(demo):
    client = Client(raise_request_exception=False)
    client.force_login(get_user_model().objects.get(username="processledare"))
    return client


def _import(client, content: bytes):
    group = Group.objects.get(slug="samordningsgruppen")
    upload = SimpleUploadedFile("plan.docx", content)
    response = client.post(
        "/samla/aktivitetsplaner/importera/", {"file": upload, "group": group.pk}
    )
    if response.status_code == 302:  # the preview: save it
        response = client.post(response["Location"])
    return response


@pytest.mark.django_db
@pytest.mark.parametrize(
    "title",
    [
        "Handlingsplan för socialmedicinska mottagningar",  # no years at all
        "Handlingsplan 0000 – 9999 för socialmedicinska mottagningar",
        "Handlingsplan 2022 – 2021 för socialmedicinska mottagningar",
    ],
    ids=["no-year", "out-of-range", "backwards"],
)
def test_a_handlingsplan_without_usable_years_is_refused_with_a_message(processledare, title):
    before = ActionPlan.objects.count()
    response = _import(processledare, _retitled(handlingsplan(), 0, title))
    assert response.status_code == 400
    assert "Året kunde inte läsas" in response.content.decode()
    assert ActionPlan.objects.count() == before


@pytest.mark.django_db
def test_an_activity_plan_year_out_of_range_is_refused(processledare):
    content = plan_2026()
    doc = Document(io.BytesIO(content))
    year = next(p for p in doc.paragraphs if p.text.strip() == "2026")
    year.runs[0].text = "0000"
    for run in year.runs[1:]:
        run.text = ""
    buffer = io.BytesIO()
    doc.save(buffer)
    before = ActivityPlan.objects.count()
    response = _import(processledare, buffer.getvalue())
    assert response.status_code == 400
    assert "Året kunde inte läsas" in response.content.decode()
    assert ActivityPlan.objects.count() == before
