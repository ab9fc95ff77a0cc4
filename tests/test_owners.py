"""Whom an activity's "Beslut Vem/Ansvarig" means: suggested from the text,
chosen in the editor, linked by the Word import and the demo, and marked for
the processledare when no one is linked."""

from datetime import date

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from nosam.models import Area, Group, Person
from plans.models import Activity
from plans.owners import OwnerSuggestion, activities_of, link_owners, suggest_owners
from plans.services import plan_import
from plans.word import read_word_plan
from tests.factories import (
    AreaFactory,
    GroupFactory,
    MembershipFactory,
    OrganisationFactory,
    PersonFactory,
)
from tests.helpers import squash
from tests.word_documents import ROWS_000, plan_2026

UNOWNED = "Ingen länkad ansvarig"


@pytest.fixture
def alingsas(db):
    area = AreaFactory(name="SAMLA test")
    groups = {
        name: GroupFactory(area=area, name=name, short_name=short)
        for name, short in (
            ("NOSAM Alingsås", ""),
            ("NOSAM Lerum", ""),
            ("NOSAM Alingsås och Lerum", "NOSAM"),
            ("Arbetsutskott", "AU"),
        )
    }
    kommun = OrganisationFactory(name="Alingsås kommun", kind="kommun")
    area.organisations.add(kommun)
    units = {
        "socialtjänst": OrganisationFactory(
            name="Socialtjänst Alingsås", kind="kommun", parent=kommun
        ),
        "vård": OrganisationFactory(
            name="Vård och omsorg, Alingsås kommun", kind="kommun", parent=kommun
        ),
    }
    person = PersonFactory(name="Åsa Öberg")
    MembershipFactory(group=groups["NOSAM Alingsås"], person=person)
    return area, groups, kommun, units, person


# --- Suggestions -----------------------------------------------------------------------


@pytest.mark.django_db
def test_a_group_and_an_organisation_unit_are_suggested_from_the_text(alingsas):
    area, groups, _, units, _ = alingsas
    found = suggest_owners("Socialtjänst Alingsås\n\nNOSAM Alingsås", area)
    assert found.groups == [groups["NOSAM Alingsås"]]
    assert found.organisations == [units["socialtjänst"]]
    assert found.people == []


@pytest.mark.django_db
def test_the_joint_group_is_not_also_read_as_its_first_part(alingsas):
    area, groups, *_ = alingsas
    found = suggest_owners("NOSAM Alingsås och Lerum", area)
    assert found.groups == [groups["NOSAM Alingsås och Lerum"]]
    both = suggest_owners("NOSAM Alingsås, NOSAM Lerum", area)
    assert set(both.groups) == {groups["NOSAM Alingsås"], groups["NOSAM Lerum"]}


@pytest.mark.django_db
def test_suggestions_ignore_case_and_read_swedish_letters(alingsas):
    area, groups, _, units, person = alingsas
    assert suggest_owners("nosam ALINGSÅS", area).groups == [groups["NOSAM Alingsås"]]
    assert suggest_owners("ÅSA ÖBERG (sammankallande)", area).people == [person]
    # A municipal unit is also found as "unit place", as plans write it.
    assert suggest_owners("Vård och omsorg Alingsås", area).organisations == [units["vård"]]
    # A short name too short to be told from chance is not read: "AU" in "Augusti".
    assert not suggest_owners("Augusti", area)
    assert not suggest_owners("", area)
    # "Alingsåsbor" is not "Alingsås kommun" nor any group.
    assert not suggest_owners("Alingsåsbor", area)


@pytest.mark.django_db
def test_groups_and_organisations_of_another_area_are_not_suggested(alingsas):
    area, *_ = alingsas
    GroupFactory(name="Temagrupp Egenvård")
    OrganisationFactory(name="Mölndals stad", kind="kommun")
    assert not suggest_owners("Temagrupp Egenvård och Mölndals stad", area)


# --- The editor --------------------------------------------------------------------------


def _form_data(activity, **changes):
    data = {
        "lock_version": activity.lock_version,
        "goal": activity.goal_id or "",
        "local_goal": activity.local_goal,
        "what": activity.what,
        "how": activity.how,
        "responsible": activity.responsible,
        "start": activity.start.text if activity.start else "",
        "deadline": activity.deadline.text if activity.deadline else "",
        "measure": activity.measure,
        "status": activity.status,
    }
    data.update(changes)
    return data


@pytest.fixture
def editor(world):
    client = Client()
    client.force_login(world.users["processledare"])
    return client


def _checked(html: str, name: str, pk: int) -> bool:
    import re

    tag = re.search(rf'<input[^>]*name="{name}"[^>]*value="{pk}"[^>]*>', html)
    assert tag is not None, f"{name} {pk} saknas"
    return "checked" in tag.group(0)


@pytest.mark.django_db
def test_the_editor_preselects_what_the_text_names_and_says_so(world, editor):
    activity = world.activity
    Activity.objects.filter(pk=activity.pk).update(responsible="NOSAM Testby\nsamordnare")
    html = editor.get(f"/aktiviteter/{activity.pk}/redigera/").content.decode()
    assert "Förslag utifrån texten ”NOSAM Testby samordnare” – kontrollera och spara" in html
    assert _checked(html, "owner_groups", world.group.pk)
    assert not _checked(html, "owner_groups", world.other_group.pk)


@pytest.mark.django_db
def test_linked_owners_are_shown_as_linked_without_a_hint(world, editor):
    activity = world.activity
    activity.owner_groups.add(world.other_group)
    Activity.objects.filter(pk=activity.pk).update(responsible="NOSAM Testby")
    html = editor.get(f"/aktiviteter/{activity.pk}/redigera/").content.decode()
    assert "Förslag utifrån texten" not in html
    assert _checked(html, "owner_groups", world.other_group.pk)
    assert not _checked(html, "owner_groups", world.group.pk)


@pytest.mark.django_db
def test_owner_choices_are_the_areas_in_swedish_order(world, editor):
    for name in ("Örjan Ek", "Åsa Berg", "Zelda Ahl", "Anna Öst"):
        MembershipFactory(group=world.group, person=PersonFactory(name=name))
    PersonFactory(name="Bertil Utanför")  # of no area
    html = editor.get(f"/aktiviteter/{world.activity.pk}/redigera/").content.decode()
    positions = [html.index(name) for name in ("Anna Öst", "Zelda Ahl", "Åsa Berg", "Örjan Ek")]
    assert positions == sorted(positions)
    assert "Bertil Utanför" not in html
    assert "Grupp i annat område" not in html  # another area's group


@pytest.mark.django_db
def test_saving_links_the_chosen_owners_and_keeps_the_lock(world, editor):
    activity = world.activity
    person = Person.objects.get(user=world.users["member"])
    organisation = OrganisationFactory(name="Testby kommun", kind="kommun")
    world.area.organisations.add(organisation)
    unit = OrganisationFactory(name="Äldreomsorg Testby", kind="kommun", parent=organisation)
    url = f"/aktiviteter/{activity.pk}/redigera/"
    data = _form_data(
        activity,
        owner_people=[person.pk],
        owner_groups=[world.group.pk],
        owner_organisations=[unit.pk],
    )
    assert editor.post(url, data).status_code == 302
    activity.refresh_from_db()
    assert list(activity.owner_people.all()) == [person]
    assert list(activity.owner_groups.all()) == [world.group]
    assert list(activity.owner_organisations.all()) == [unit]
    assert activity.lock_version == 1

    # The same (now stale) form again is a conflict, and changes no links.
    conflict = editor.post(url, {**data, "owner_groups": [world.other_group.pk]})
    assert conflict.status_code == 409
    assert list(activity.owner_groups.all()) == [world.group]

    # Unchecking every box unlinks them.
    assert editor.post(url, _form_data(activity)).status_code == 302
    assert not activity.owner_groups.exists() and not activity.owner_people.exists()


@pytest.mark.django_db
def test_a_new_activity_is_saved_with_its_owners(world, editor):
    url = world.plan.url("plans:activity_create")
    data = _form_data(world.activity, lock_version=0, what="Ny sak", owner_groups=[world.group.pk])
    assert editor.post(url, data).status_code == 302
    assert list(Activity.objects.get(what="Ny sak").owner_groups.all()) == [world.group]


@pytest.mark.django_db
@pytest.mark.parametrize("field", ["owner_people", "owner_groups", "owner_organisations"])
def test_owners_of_another_area_posted_by_a_forged_form_are_refused(world, editor, field):
    other_area = GroupFactory(name="Grupp långt borta").area
    elsewhere = {
        "owner_people": MembershipFactory(group=GroupFactory(area=other_area)).person,
        "owner_groups": Group.objects.get(name="Grupp långt borta"),
        "owner_organisations": OrganisationFactory(name="Långtbort kommun"),
    }[field]
    other_area.organisations.add(OrganisationFactory(name="Långtbort region"))
    url = f"/aktiviteter/{world.activity.pk}/redigera/"
    for value, message in (
        (elsewhere.pk, "Välj ett giltigt alternativ"),
        ("999999", "Välj ett giltigt alternativ"),
        ("inte-ett-id", "är inte ett giltigt värde"),
    ):
        response = editor.post(url, _form_data(world.activity, **{field: [value]}))
        assert response.status_code == 200
        assert message in response.content.decode()
    activity = Activity.objects.get(pk=world.activity.pk)
    assert activity.lock_version == 0
    assert not getattr(activity, field).exists()


@pytest.mark.django_db
def test_the_htmx_row_form_has_the_owner_choices_and_saves_them(world, editor):
    url = f"/aktiviteter/{world.activity.pk}/redigera/"
    form = editor.get(url, headers={"HX-Request": "true"}).content.decode()
    assert f'id="a{world.activity.pk}_owner_groups_0"' in form
    data = _form_data(world.activity, owner_groups=[world.group.pk])
    row = editor.post(url, data, headers={"HX-Request": "true"}).content.decode()
    assert UNOWNED not in row
    assert world.activity.owner_groups.exists()


# --- The Word import ---------------------------------------------------------------------


def _upload(content: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile("plan.docx", content)


@pytest.fixture
def processledare(demo):
    client = Client()
    client.force_login(get_user_model().objects.get(username="processledare"))
    return client


UNKNOWN_ROW = ["", "Okänd ägare", "Hur", "Någon som ingen känner", "2026", "2026", "", ""]


@pytest.mark.django_db
def test_the_import_preview_shows_whom_each_row_will_be_linked_to(demo, processledare):
    group = Group.objects.get(slug="nosam-alingsas-och-lerum")
    content = plan_2026(rows=[*ROWS_000, UNKNOWN_ROW])
    upload = processledare.post(
        "/samla/aktivitetsplaner/importera/", {"file": _upload(content), "group": group.pk}
    )
    html = squash(processledare.get(upload["Location"]).content)
    assert "Länkade ansvariga" in html
    assert "<td>NOSAM Alingsås (grupp)</td>" in html
    assert "NOSAM Alingsås och Lerum (grupp)" in html  # "NOSAM": the joint group's short name
    assert "Ingen ansvarig hittades" in html


@pytest.mark.django_db
def test_the_import_links_each_activity_to_what_its_text_names(demo):
    samla = Area.objects.get(slug="samla")
    group = Group.objects.get(slug="nosam-alingsas-och-lerum")
    imported = read_word_plan(_upload(plan_2026(rows=[*ROWS_000, UNKNOWN_ROW])), area=samla)
    plan = plan_import(imported=imported, group=group, target_group=None)
    by_what = {a.what: a for a in plan.activities.all()}
    day = by_what["Psykiatrins dag i Alingsås"]
    assert list(day.owner_groups.all()) == [Group.objects.get(slug="nosam-alingsas")]
    assert day.responsible == "NOSAM Alingsås"  # the text stays as written
    unknown = by_what["Okänd ägare"]
    assert not unknown.owner_groups.exists() and not unknown.owner_people.exists()


# --- The mark for the processledare ------------------------------------------------------


def _pages(world):
    return {
        "aktivitetssidan": f"/aktiviteter/{world.activity.pk}/",
        "utkastet": world.plan.url("plans:plan_draft"),
        "mötesvyn": f"/{world.area.slug}/grupper/{world.group.slug}/motesvy/",
    }


@pytest.mark.django_db
def test_an_activity_without_a_linked_owner_is_marked_for_the_processledare_only(world, as_user):
    for page, url in _pages(world).items():
        leader = Client()
        leader.force_login(world.users["processledare"])
        assert UNOWNED in leader.get(url).content.decode(), page
        member = Client()
        member.force_login(world.users["member"])
        response = member.get(url)
        assert response.status_code == 200, page
        assert UNOWNED not in response.content.decode(), page

    for activity in Activity.objects.filter(plan__group=world.group):  # the board shows all
        link_owners(activity, OwnerSuggestion(groups=[world.group]))
    leader = Client()
    leader.force_login(world.users["processledare"])
    for page, url in _pages(world).items():
        html = leader.get(url).content.decode()
        assert UNOWNED not in html, page
    detail = squash(leader.get(_pages(world)["aktivitetssidan"]).content)
    assert "Länkad till: NOSAM Testby (grupp)" in detail


@pytest.mark.django_db
def test_the_board_row_after_an_update_keeps_the_mark_for_the_processledare(world):
    # The processledare is no member of the group: she reads the board as processledare.
    leader = Client()
    leader.force_login(world.users["admin"])
    response = leader.post(
        f"/aktiviteter/{world.activity.pk}/status/",
        {"status": "pagar", "tavla": world.group.pk},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200
    assert UNOWNED in response.content.decode()


# --- The demo ----------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_demo_links_its_2026_rows_to_the_groups_they_name(demo):
    nosam_alingsas = Group.objects.get(slug="nosam-alingsas")
    day = Activity.objects.get(what="Psykiatrins dag i Alingsås")
    assert list(day.owner_groups.all()) == [nosam_alingsas]
    sip = Activity.objects.get(what="Förbättra arbetet kring SIP")
    assert list(sip.owner_groups.all()) == [Group.objects.get(slug="nosam-alingsas-och-lerum")]
    ledamot = Person.objects.get(user__username="ledamot")
    assert day in activities_of(ledamot, date(2026, 5, 1))
