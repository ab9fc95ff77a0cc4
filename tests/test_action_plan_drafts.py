"""Handlingsplaner have a draft state: imported ones wait for the processledare."""

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from nosam.models import Group
from plans.models import ActionPlan
from tests.conftest import member_user
from tests.factories import ActionPlanFactory, GroupFactory
from tests.word_documents import handlingsplan

TITLE = "Handlingsplan 2021 – 2022 för socialmedicinska mottagningar i Alingsås och Lerum"
# A phrase only the imported plan has (the demo's own text differs).
IMPORTED_TEXT = "Presentation av nuläge"


def _client(username=None) -> Client:
    client = Client()
    if username:
        client.force_login(get_user_model().objects.get(username=username))
    return client


@pytest.fixture
def imported(demo):
    """A handlingsplan imported from Word by SAMLA's processledare."""
    client = _client("processledare")
    group = Group.objects.get(slug="samordningsgruppen")
    upload = SimpleUploadedFile("handlingsplan.docx", handlingsplan())
    preview = client.post("/samla/aktivitetsplaner/importera/", {"file": upload, "group": group.pk})
    saved = client.post(preview["Location"], follow=True)
    assert "sparad som utkast" in saved.content.decode()
    return ActionPlan.objects.exclude(slug="socialmedicinska-mottagningar-2021-2022").get()


def _public_texts(plan) -> str:
    anonymous = _client()
    pages = [
        "/samla/",
        "/samla/planer/",
        "/samla/flode.atom",
        "/samla/grupper/samordningsgruppen/",
        f"/samla/sok/?q={IMPORTED_TEXT}",
    ]
    texts = []
    for url in pages:
        response = anonymous.get(url)
        assert response.status_code == 200, url
        if "/sok/" in url:
            texts += [f"{hit.title} {hit.url}" for hit in response.context["hits"]]
        else:
            texts.append(response.content.decode())
    return "\n".join(texts)


@pytest.mark.django_db
def test_an_imported_handlingsplan_is_a_draft_that_the_public_cannot_see(imported):
    assert imported.published_at is None
    assert _client().get(imported.get_absolute_url()).status_code == 404
    assert imported.get_absolute_url() not in _public_texts(imported)


@pytest.mark.django_db
def test_members_of_the_area_and_the_processledare_read_the_draft(imported):
    for username in ("processledare", "ledamot"):
        response = _client(username).get(imported.get_absolute_url())
        assert response.status_code == 200, username
        assert "Utkast" in response.content.decode()


@pytest.mark.django_db
def test_members_of_another_area_do_not_see_the_draft(imported):
    outsider = Client()
    outsider.force_login(member_user(GroupFactory()))
    assert outsider.get(imported.get_absolute_url()).status_code == 404


@pytest.mark.django_db
def test_the_processledare_publishes_it_and_then_it_is_public_everywhere(imported):
    url = imported.get_absolute_url()
    page = _client("processledare").get(url).content.decode()
    assert 'action="' + url + 'publicera/"' in page
    response = _client("processledare").post(url + "publicera/", follow=True)
    assert "Handlingsplanen är publicerad" in response.content.decode()
    imported.refresh_from_db()
    assert imported.published_at is not None
    assert _client().get(url).status_code == 200
    assert _public_texts(imported).count(url) >= 5


@pytest.mark.django_db
@pytest.mark.parametrize("username", [None, "ledamot"])
def test_only_the_processledare_may_publish(imported, username):
    response = _client(username).post(imported.get_absolute_url() + "publicera/")
    if username is None:  # to the login page, or the same 404 as for a missing plan
        assert response.status_code in (302, 404)
        assert response.status_code == 404 or "/konto/logga-in/" in response["Location"]
    else:
        assert response.status_code == 403
    imported.refresh_from_db()
    assert imported.published_at is None


@pytest.mark.django_db
def test_publishing_needs_a_post(imported):
    response = _client("processledare").get(imported.get_absolute_url() + "publicera/")
    assert response.status_code == 405


@pytest.mark.django_db
def test_the_demo_handlingsplan_is_published(demo):
    plan = ActionPlan.objects.get(slug="socialmedicinska-mottagningar-2021-2022")
    assert plan.published_at is not None
    assert _client().get(plan.get_absolute_url()).status_code == 200
    assert TITLE in _client().get("/samla/planer/").content.decode()


@pytest.mark.django_db
def test_a_draft_made_in_the_admin_stays_out_of_the_search_index(db):
    from website.indexing import reindex_all
    from website.models import SearchDocument

    draft = ActionPlanFactory(published_at=None, background="Hemlig bakgrund")
    published = ActionPlanFactory(area=draft.area, background="Öppen bakgrund")
    reindex_all()
    urls = set(SearchDocument.objects.values_list("url", flat=True))
    assert published.get_absolute_url() in urls
    assert draft.get_absolute_url() not in urls
