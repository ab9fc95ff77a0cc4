"""The admin keeps a processledare inside her own areas: what she sees, what she
may choose, what she may create. Only superusers link user accounts."""

from types import SimpleNamespace

import pytest
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.test import Client, RequestFactory
from django.urls import reverse

from nosam.models import Group, Membership, Person
from tests.everything import populate, processledare_of
from tests.factories import AreaFactory, UserFactory

User = get_user_model()

# Registered models that belong to no area: shared reference data (an
# organisation may sit in several areas) and Django's and django-axes' own
# models, which only superusers reach.
SHARED = {"nosam.organisation"}
SUPERUSER_ONLY_APPS = {"auth", "axes", "django_tasks_database"}


@pytest.fixture
def areas(db):
    a = AreaFactory(name="Område A", short_name="A")
    b = AreaFactory(name="Område B", short_name="B")
    mine, theirs = populate(a, name="A"), populate(b, name="B")
    processledare = processledare_of(a)
    client = Client()
    client.force_login(processledare)
    return SimpleNamespace(a=a, b=b, mine=mine, theirs=theirs, pl=processledare, client=client)


def _url(obj, view="change"):
    meta = obj._meta
    if view == "changelist":
        return reverse(f"admin:{meta.app_label}_{meta.model_name}_changelist")
    return reverse(f"admin:{meta.app_label}_{meta.model_name}_{view}", args=[obj.pk])


def _seats(*memberships) -> dict:
    """The person form's inline of seats: existing ones kept, new ones as given."""
    data = {"memberships-TOTAL_FORMS": 0, "memberships-INITIAL_FORMS": 0}
    for membership in memberships:
        i = data["memberships-TOTAL_FORMS"]
        if membership.pk:
            data["memberships-INITIAL_FORMS"] += 1
            data[f"memberships-{i}-id"] = membership.pk
        data.update(
            {
                f"memberships-{i}-group": membership.group_id,
                f"memberships-{i}-role": membership.role,
                f"memberships-{i}-position": membership.position or 0,
                f"memberships-{i}-person": membership.person_id or "",
            }
        )
        data["memberships-TOTAL_FORMS"] += 1
    return data


def _label(model) -> str:
    return model._meta.label_lower


# --- The case: a Person of another area -----------------------------------


def test_processledare_cannot_open_or_relink_a_person_of_another_area(areas):
    person = areas.theirs[Person]
    owner = person.user
    assert areas.client.get(_url(person)).status_code != 200
    response = areas.client.post(_url(person), {"name": "Kapad", "user": areas.pl.pk})
    assert response.status_code != 200
    person.refresh_from_db()
    assert (person.name, person.user) == ("Person B", owner)
    listing = areas.client.get(_url(person, "changelist")).content.decode()
    assert "Person A" in listing
    assert "Person B" not in listing


def test_processledare_cannot_link_a_user_account_even_in_her_own_area(areas):
    person = areas.mine[Person]
    owner = person.user
    page = areas.client.get(_url(person))
    assert page.status_code == 200
    assert 'name="user"' not in page.content.decode()
    seats = _seats(*person.memberships.all())
    data = {"name": "Person A", "area": areas.a.pk, "user": areas.pl.pk, **seats}
    response = areas.client.post(_url(person), data)
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.user == owner
    seat = Membership(group=areas.mine[Group], role=Membership.Role.MEMBER)
    areas.client.post(
        reverse("admin:nosam_person_add"),
        {"name": "Ny person", "area": areas.a.pk, "user": areas.pl.pk, **_seats(seat)},
    )
    assert Person.objects.get(name="Ny person").user is None


def test_a_superuser_links_user_accounts(areas):
    client = Client()
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    person = areas.theirs[Person]
    account = UserFactory()
    seats = _seats(*person.memberships.all())
    data = {"name": "Person B", "area": areas.b.pk, "user": account.pk, **seats}
    response = client.post(_url(person), data)
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.user == account


def test_a_person_who_sits_nowhere_is_for_administrators_only(areas):
    """Found from outside: a person added without a seat was open to every
    processledare. A person belongs to the area she was added for."""
    nowhere = Person.objects.create(name="Utan plats", email="utan.plats@example.se")
    assert areas.client.get(_url(nowhere)).status_code != 200
    listing = areas.client.get(_url(nowhere, "changelist")).content.decode()
    assert "Utan plats" not in listing
    add = reverse("admin:nosam_person_add")
    # Her own area only: another area's is no choice.
    response = areas.client.post(add, {"name": "Fel område", "area": areas.b.pk, **_seats()})
    assert response.status_code == 200
    assert not Person.objects.filter(name="Fel område").exists()
    response = areas.client.post(add, {"name": "Ny ledamot", "area": areas.a.pk, **_seats()})
    assert response.status_code == 302
    assert areas.client.get(_url(Person.objects.get(name="Ny ledamot"))).status_code == 200


def test_a_person_whose_last_seat_ends_stays_with_her_area(areas):
    """Found from outside: deleting a person's only seat handed her to the
    administrators."""
    person = areas.mine[Person]
    person.refresh_from_db()
    assert person.area == areas.a  # the first seat placed her
    for membership in person.memberships.all():
        response = areas.client.post(_url(membership, "delete"), {"post": "yes"})
        assert response.status_code == 302
    assert not person.memberships.exists()
    assert areas.client.get(_url(person)).status_code == 200


# --- Creating in another area -----------------------------------------------------


def _group_data(area, **extra):
    return {
        "area": area.pk,
        "name": "Smuggelgrupp",
        "slug": "smuggelgrupp",
        "kind": "tema",
        "stale_after_weeks": 8,
        "position": 0,
        "memberships-TOTAL_FORMS": 0,
        "memberships-INITIAL_FORMS": 0,
        **extra,
    }


def test_processledare_cannot_create_a_group_in_another_area(areas):
    add = reverse("admin:nosam_group_add")
    areas.client.post(add, _group_data(areas.b))
    areas.client.post(add, _group_data(areas.a, parent=areas.theirs[Group].pk))
    assert not Group.objects.filter(name="Smuggelgrupp").exists()
    assert areas.client.post(add, _group_data(areas.a)).status_code == 302
    assert Group.objects.get(name="Smuggelgrupp").area == areas.a


def test_processledare_cannot_seat_anyone_in_a_group_of_another_area(areas):
    before = Membership.objects.count()
    areas.client.post(
        reverse("admin:nosam_membership_add"),
        {
            "group": areas.theirs[Group].pk,
            "person": areas.mine[Person].pk,
            "role": "ledamot",
            "position": 0,
        },
    )
    areas.client.post(
        reverse("admin:nosam_membership_add"),
        {
            "group": areas.mine[Group].pk,
            "person": areas.theirs[Person].pk,
            "role": "processledare",
            "position": 0,
        },
    )
    assert Membership.objects.count() == before


# --- Every registered ModelAdmin --------------------------------------------------


def _registered():
    return sorted(admin.site._registry.items(), key=lambda item: _label(item[0]))


def _request(user):
    request = RequestFactory().get("/admin/")
    request.user = user
    return request


def _choice_fields(model_admin, request, obj):
    """Every model choice of the admin's add form and of its inlines' forms."""
    forms = [model_admin.get_form(request, None)()]
    for inline_class in model_admin.inlines:
        inline = inline_class(model_admin.model, model_admin.admin_site)
        formset = inline.get_formset(request, obj)(instance=obj)
        forms.append(formset.empty_form)
    for form in forms:
        for name, field in form.fields.items():
            # An inline row's own key is no choice: Django looks rows up among
            # the parent's only.
            if hasattr(field, "queryset") and name != form._meta.model._meta.pk.name:
                yield f"{type(form).__name__}.{name}", field.queryset


def test_every_registered_model_has_an_object_of_another_area_in_this_test(areas):
    untested = [
        _label(model)
        for model, _ in _registered()
        if model not in areas.theirs and model._meta.app_label not in SUPERUSER_ONLY_APPS
    ]
    assert not untested, f"Lägg till ett objekt per område i tests/everything.py: {untested}"


def test_no_admin_shows_a_processledare_objects_of_another_area(areas):
    checked = 0
    for model, model_admin in _registered():
        theirs = areas.theirs.get(model)
        if theirs is None or _label(model) in SHARED:
            continue
        checked += 1
        label = _label(model)
        assert not model_admin.get_queryset(_request(areas.pl)).filter(pk=theirs.pk).exists(), label
        for view in ("change", "delete", "history"):
            response = areas.client.get(_url(theirs, view))
            assert response.status_code in (302, 403, 404), (label, view, response.status_code)
        listing = areas.client.get(_url(theirs, "changelist"))
        if listing.status_code == 200:
            shown = {obj.pk for obj in listing.context["cl"].result_list}
            assert theirs.pk not in shown, label
            assert areas.mine[model].pk in shown, label
        else:
            assert listing.status_code == 403, label
    assert checked >= 25


def test_no_admin_form_offers_a_processledare_objects_of_another_area(areas):
    request = _request(areas.pl)
    offered = set()
    for model, model_admin in _registered():
        if model._meta.app_label in SUPERUSER_ONLY_APPS:
            continue
        for name, queryset in _choice_fields(model_admin, request, areas.mine[model]):
            choice_model = queryset.model
            offered.add(_label(choice_model))
            if _label(choice_model) in SHARED:
                continue
            theirs = areas.theirs[choice_model]
            assert not queryset.filter(pk=theirs.pk).exists(), (_label(model), name)
    # Not vacuous: the forms do offer areas, groups, plans and meetings.
    assert {"nosam.area", "nosam.group", "plans.activityplan", "nosam.meeting"} <= offered
    # User accounts are never offered: those fields are read-only to her.
    assert _label(User) not in offered


def test_a_superuser_is_offered_every_area(areas):
    request = _request(UserFactory(is_staff=True, is_superuser=True))
    group_admin = admin.site._registry[Group]
    choices = dict(_choice_fields(group_admin, request, areas.mine[Group]))
    assert {areas.a, areas.b} <= set(choices["GroupForm.area"])


def test_every_admin_and_inline_of_the_project_is_scoped():
    from nosam.admin_scope import ScopedAdmin, _ScopedInlineMixin

    unscoped = []
    for model, model_admin in _registered():
        if model._meta.app_label in SUPERUSER_ONLY_APPS:
            continue
        if not isinstance(model_admin, ScopedAdmin):
            unscoped.append(_label(model))
        unscoped += [
            f"{_label(model)}: {inline.__name__}"
            for inline in model_admin.inlines
            if not issubclass(inline, _ScopedInlineMixin)
        ]
    assert not unscoped


def test_django_and_axes_admins_are_for_superusers_only(areas):
    for model, _ in _registered():
        if model._meta.app_label in SUPERUSER_ONLY_APPS:
            assert areas.client.get(_url(model(), "changelist")).status_code == 403, model


def test_processledare_uses_the_admin_index_and_seats_her_own_people(areas):
    index = areas.client.get("/admin/")
    assert index.status_code == 200
    html = index.content.decode()
    assert "/admin/nosam/group/" in html
    assert "/admin/deviations/" not in html
    group = areas.mine[Group]
    data = {
        "area": areas.a.pk,
        "name": group.name,
        "slug": group.slug,
        "kind": group.kind,
        "stale_after_weeks": group.stale_after_weeks,
        "position": 0,
        "memberships-TOTAL_FORMS": 1,
        "memberships-INITIAL_FORMS": 0,
        "memberships-0-person": areas.theirs[Person].pk,
        "memberships-0-role": "ledamot",
        "memberships-0-position": 1,
    }
    refused = areas.client.post(_url(group), data)
    assert refused.status_code == 200  # the form again, with an error
    assert not group.memberships.filter(person=areas.theirs[Person]).exists()
    data["memberships-0-person"] = areas.mine[Person].pk
    assert areas.client.post(_url(group), data).status_code == 302
    assert group.memberships.filter(person=areas.mine[Person]).count() == 2


def test_a_person_who_also_sits_in_another_area_is_changed_by_an_administrator(areas):
    from tests.factories import MembershipFactory

    shared = areas.mine[Person]
    MembershipFactory(group=areas.theirs[Group], person=shared)
    assert areas.client.get(_url(shared)).status_code == 200  # she may read
    areas.client.post(_url(shared, "delete"), {"post": "yes"})
    assert Person.objects.filter(pk=shared.pk).exists()
    assert areas.client.post(_url(shared), {"name": "Omdöpt"}).status_code == 403
