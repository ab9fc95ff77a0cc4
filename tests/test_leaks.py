"""Anonymous visitors see only what is published: tested on every public URL."""

import io
import zipfile

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from pypdf import PdfReader

from nosam.models import AgendaItem, Attendance, Person
from plans.models import FollowUp
from reminders.tokens import unsubscribe_token
from reports.services import report_create
from samla.access import PUBLIC
from tests.factories import (
    ActionPlanFactory,
    ActivityFactory,
    OrganisationFactory,
    PersonFactory,
    TimetableRowFactory,
)
from website.indexing import reindex_all

SECRETS = [
    "HEMLIG-UTKASTTEXT",
    "HEMLIG-OPUBLICERAD-PLAN",
    "HEMLIG-UPPFOLJNING",
    "HEMLIG-ANTECKNING",
    "HEMLIG-DAGORDNING",
    "hemlig-epost@example.se",
    "HEMLIG-ORGANISATION",
    "HEMLIG-RAPPORTUTKAST",
    "HEMLIG-HANDLINGSPLAN",
]


def _public_url_names(patterns=None, namespace=""):
    patterns = get_resolver().url_patterns if patterns is None else patterns
    for entry in patterns:
        if isinstance(entry, URLResolver):
            if entry.namespace == "admin":
                continue
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from _public_url_names(entry.url_patterns, inner)
        elif (
            isinstance(entry, URLPattern) and getattr(entry.callback, "access_rule", None) == PUBLIC
        ):
            yield namespace + entry.name


@pytest.fixture
def secret_world(world):
    """The world with draft edits, internal notes and unpublished minutes."""
    world.activity.how = "HEMLIG-UTKASTTEXT"
    world.activity.save()
    ActivityFactory(plan=world.unpublished_plan, what="HEMLIG-OPUBLICERAD-PLAN")
    FollowUp.objects.create(activity=world.activity, text="HEMLIG-UPPFOLJNING")
    world.meeting.minutes = "HEMLIG-ANTECKNING"
    world.meeting.save()
    AgendaItem.objects.create(meeting=world.meeting, title="HEMLIG-DAGORDNING")
    Attendance.objects.create(
        meeting=world.meeting, organisation=OrganisationFactory(name="HEMLIG-ORGANISATION")
    )
    person = PersonFactory(email="hemlig-epost@example.se")
    world.group.memberships.create(person=person, role="ledamot", title="Ledamot")
    world.users["member"].email = "hemlig-epost@example.se"
    world.users["member"].save()
    draft = report_create(area=world.area, group=None, year=2026, title="HEMLIG-RAPPORTUTKAST")
    draft.sections.update(body="HEMLIG-RAPPORTUTKAST")
    world.action_plan = ActionPlanFactory(
        area=world.area,
        steering_group=world.group,
        title="HEMLIG-HANDLINGSPLAN",
        background="HEMLIG-HANDLINGSPLAN",
        published_at=None,
    )
    TimetableRowFactory(plan=world.action_plan, activity="HEMLIG-HANDLINGSPLAN")
    reindex_all()  # as `manage.py reindex_search` would: the index from everything there is
    return world


def _urls(w):
    area, group, plan = w.area.slug, w.group.slug, w.plan.get_absolute_url()
    unpublished = w.unpublished_plan.get_absolute_url()
    return {
        "nosam:home": ["/"],
        "website:area": [f"/{area}/"],
        "website:group": [f"/{area}/grupper/{group}/", f"/{area}/grupper/{w.subgroup.slug}/"],
        "nosam:group_meetings": [f"/{area}/grupper/{group}/moten/"],
        "nosam:group_calendar": [f"/{area}/grupper/{group}/moten.ics"],
        "plans:activity_plan": [plan, unpublished],
        "plans:plan_versions": [plan + "versioner/", unpublished + "versioner/"],
        "plans:plan_version": [plan + "version/1.0/"],
        "plans:plan_compare": [
            plan + "jamfor/",
            plan + "jamfor/?fran=1.0&till=utkast",
            unpublished + "jamfor/",
        ],
        "plans:plan_json": [plan + "plan.json", unpublished + "plan.json"],
        "plans:plan_csv": [plan + "plan.csv", unpublished + "plan.csv"],
        "plans:plan_pdf": [plan + "plan.pdf"],
        "plans:plan_version_json": [plan + "version/1.0/plan.json"],
        "plans:plan_version_csv": [plan + "version/1.0/plan.csv"],
        "plans:plan_version_pdf": [plan + "version/1.0/plan.pdf"],
        "plans:plan_xlsx": [plan + "plan.xlsx", unpublished + "plan.xlsx"],
        "plans:plan_docx": [plan + "plan.docx", unpublished + "plan.docx"],
        "plans:plan_version_xlsx": [plan + "version/1.0/plan.xlsx"],
        "plans:plan_version_docx": [plan + "version/1.0/plan.docx"],
        "plans:action_plan": [
            f"/{area}/handlingsplaner/finns-inte/",
            w.action_plan.get_absolute_url(),
        ],
        "website:health": ["/helsa/"],
        "website:readiness": ["/helsa/redo/"],
        "website:accessibility": ["/tillganglighet/"],
        "website:open_data": ["/oppna-data/"],
        "website:style_guide": ["/stil/"],
        "website:search": [f"/{area}/sok/?q={secret}" for secret in SECRETS]
        + [f"/{area}/sok/?q=Psykiatrins"],
        "website:published_plans": [f"/{area}/planer/"],
        "website:published_minutes": [f"/{area}/minnesanteckningar/"],
        "website:feed": [f"/{area}/flode.atom"],
        "reports:reports": [f"/{area}/rapporter/"],
        "indicators:goals": [f"/{area}/malen/"],
        "indicators:goal": [f"/{area}/malen/{w.activity.goal_id}/"],
        "login": ["/konto/logga-in/"],
        "logout": [],  # POST only; nothing to read
        "password_reset": ["/konto/glomt-losenord/"],
        "password_reset_done": ["/konto/glomt-losenord/skickat/"],
        "password_reset_confirm": ["/konto/aterstall/x/y/"],
        "password_reset_complete": ["/konto/aterstall/klart/"],
        # A genuine link turns a kind off and names only the kind.
        "reminders:unsubscribe": [
            "/paminnelser/avsluta/x/",
            reverse(
                "reminders:unsubscribe",
                args=[unsubscribe_token(Person.objects.order_by("pk").first().pk, "deadline")],
            ),
        ],
    }


def _text(response) -> str:
    if response.get("Content-Type", "").startswith("application/pdf"):
        reader = PdfReader(io.BytesIO(response.content))
        return "\n".join(page.extract_text() for page in reader.pages)
    if response.content.startswith(b"PK"):  # .docx and .xlsx: every XML part
        archive = zipfile.ZipFile(io.BytesIO(response.content))
        return "\n".join(
            archive.read(name).decode("utf-8")
            for name in archive.namelist()
            if name.endswith(".xml")
        )
    return response.content.decode("utf-8-sig", errors="replace")


@pytest.mark.django_db
def test_the_leak_test_covers_every_public_url(secret_world):
    assert set(_public_url_names()) == set(_urls(secret_world))


@pytest.mark.django_db
def test_no_public_url_shows_drafts_internal_notes_or_e_mail(secret_world):
    client = Client()
    checked = 0
    for name, urls in _urls(secret_world).items():
        for url in urls:
            response = client.get(url)
            assert response.status_code in (200, 302, 404), (url, response.status_code)
            if name == "website:search":
                # The page echoes the query; what matters is what it found.
                found = " ".join(
                    f"{h.title} {h.snippet} {h.where}" for h in response.context["hits"]
                )
                assert not any(secret in found for secret in SECRETS), url
                checked += 1
                continue
            text = _text(response) if response.status_code == 200 else ""
            for secret in SECRETS:
                assert secret not in text, (name, url, secret)
            checked += 1
    assert checked > 40


@pytest.mark.django_db
def test_the_published_page_does_show_the_published_text(secret_world):
    html = Client().get(secret_world.plan.get_absolute_url()).content.decode()
    assert "Psykiatrins dag" in html  # so the leak test looks at real pages
