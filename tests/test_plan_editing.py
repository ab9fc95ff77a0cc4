"""Editing through the pages, with and without htmx."""

import pytest
from django.test import Client

from plans.models import Activity, ActivityPlan, FollowUp, Status
from tests.factories import ActivityFactory
from tests.helpers import assert_queries_do_not_grow, squash


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


@pytest.mark.django_db
def test_second_save_does_not_overwrite_the_first_and_shows_both(world):
    activity = world.activity
    first, second = Client(), Client()
    first.force_login(world.users["processledare"])
    second.force_login(world.users["admin"])
    url = f"/aktiviteter/{activity.pk}/redigera/"
    assert first.get(url).status_code == 200
    assert second.get(url).status_code == 200

    saved = first.post(url, _form_data(activity, how="Förstas ändring"))
    assert saved.status_code == 302
    conflict = second.post(url, _form_data(activity, how="Andras ändring"))

    assert conflict.status_code == 409
    html = conflict.content.decode()
    assert "Någon annan har sparat aktiviteten" in html
    assert "Förstas ändring" in html and "Andras ändring" in html
    assert Activity.objects.get(pk=activity.pk).how == "Förstas ändring"

    # Choosing "keep mine": the conflict form carries the new lock version.
    activity.refresh_from_db()
    kept = second.post(url, _form_data(activity, how="Andras ändring"))
    assert kept.status_code == 302
    assert Activity.objects.get(pk=activity.pk).how == "Andras ändring"


@pytest.mark.django_db
def test_a_status_change_by_follow_up_meanwhile_is_a_conflict_too(world, editor):
    activity = world.activity
    member = Client()
    member.force_login(world.users["member"])
    stale = _form_data(activity, how="Ny text")
    member.post(
        f"/aktiviteter/{activity.pk}/uppfoljning/",
        {"date": "2026-06-01", "text": "Klar", "new_status": "genomford"},
    )
    response = editor.post(f"/aktiviteter/{activity.pk}/redigera/", stale)
    assert response.status_code == 409
    assert Activity.objects.get(pk=activity.pk).status == Status.DONE


@pytest.mark.django_db
def test_htmx_edit_returns_rows_not_pages(world, editor):
    activity = world.activity
    url = f"/aktiviteter/{activity.pk}/redigera/"
    form_row = editor.get(url, HTTP_HX_REQUEST="true")
    assert form_row.content.decode().lstrip().startswith('<tr id="aktivitet-')
    assert "<html" not in form_row.content.decode()
    # The row's other actions are in its form: follow up, move, remove.
    assert f'action="/aktiviteter/{activity.pk}/flytta/"' in form_row.content.decode()

    saved = editor.post(
        url, _form_data(activity, what="Psykiatrins dag 2026"), HTTP_HX_REQUEST="true"
    )
    assert saved.status_code == 200
    html = saved.content.decode()
    assert (
        "Psykiatrins dag 2026" in html and f'hx-get="/aktiviteter/{activity.pk}/redigera/"' in html
    )
    assert Activity.objects.get(pk=activity.pk).what == "Psykiatrins dag 2026"


@pytest.mark.django_db
def test_unreadable_date_is_refused_with_the_accepted_forms(world, editor):
    activity = world.activity
    response = editor.post(
        f"/aktiviteter/{activity.pk}/redigera/", _form_data(activity, deadline="i vår någon gång")
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "kunde inte tolkas" in html and "Över tid" in html
    assert Activity.objects.get(pk=activity.pk).deadline.text == "Dec 2026"


@pytest.mark.django_db
def test_goal_picker_takes_a_prioritised_goal_or_a_local_one_not_both(world, editor):
    activity = world.activity
    url = f"/aktiviteter/{activity.pk}/redigera/"
    both = editor.post(url, _form_data(activity, local_goal="Eget"))
    assert "inte båda" in both.content.decode()
    neither = editor.post(url, _form_data(activity, goal="", local_goal=""))
    assert "Välj ett prioriterat mål" in neither.content.decode()
    local = editor.post(url, _form_data(activity, goal="", local_goal="Implementera SIP."))
    assert local.status_code == 302
    activity.refresh_from_db()
    assert activity.goal is None and activity.local_goal == "Implementera SIP."


@pytest.mark.django_db
def test_date_preview_explains_how_text_is_read(world, editor):
    response = editor.post("/datum/tolka/", {"field": "start", "start": "Våren 2026"})
    assert "Våren 2026 → 2026-01-01 – 2026-06-30" in response.content.decode()
    bad = editor.post("/datum/tolka/", {"field": "start", "start": "snart"})
    assert "kunde inte tolkas" in bad.content.decode()


@pytest.mark.django_db
def test_create_move_and_delete_activities_without_javascript(world, editor):
    plan = world.plan
    goal = plan.goals.first()
    created = editor.post(
        plan.url("plans:activity_create"),
        {
            "lock_version": 0,
            "goal": goal.pk,
            "local_goal": "",
            "what": "Ny aktivitet",
            "start": "Q3 2026",
            "deadline": "Över tid",
            "status": "ej_paborjad",
        },
    )
    assert created.status_code == 302
    new = plan.activities.get(what="Ny aktivitet")
    assert list(plan.activities.values_list("what", flat=True))[-1] == "Ny aktivitet"
    editor.post(f"/aktiviteter/{new.pk}/flytta/", {"riktning": "upp"})
    assert list(plan.activities.values_list("what", flat=True))[0] == "Ny aktivitet"
    assert editor.post(f"/aktiviteter/{new.pk}/ta-bort/").status_code == 302
    assert not plan.activities.filter(pk=new.pk).exists()


@pytest.mark.django_db
def test_follow_up_with_personnummer_is_refused_with_an_explanation(world):
    member = Client()
    member.force_login(world.users["member"])
    response = member.post(
        f"/aktiviteter/{world.activity.pk}/uppfoljning/",
        {"date": "2026-06-01", "text": "Gäller 811218-9876", "new_status": "-"},
    )
    assert response.status_code == 200
    assert "får inte sparas här" in response.content.decode()
    assert not FollowUp.objects.exists()


@pytest.mark.django_db
def test_latest_follow_up_shows_in_the_draft_and_all_on_the_activity(world):
    member = Client()
    member.force_login(world.users["member"])
    url = f"/aktiviteter/{world.activity.pk}/uppfoljning/"
    member.post(url, {"date": "2026-03-01", "text": "Planering klar", "new_status": "pagar"})
    member.post(url, {"date": "2026-05-01", "text": "Lokal bokad", "new_status": "-"})
    draft = squash(member.get(world.plan.url("plans:plan_draft")).content)
    assert "Senaste uppföljning 2026-05-01: Lokal bokad" in draft
    assert "Planering klar" not in draft
    page = member.get(f"/aktiviteter/{world.activity.pk}/").content.decode()
    assert "Planering klar" in page and "Lokal bokad" in page
    published = Client().get(world.plan.get_absolute_url()).content.decode()
    assert "Lokal bokad" not in published  # follow-ups are internal


@pytest.mark.django_db
def test_create_a_plan_and_copy_it_to_next_year(world, editor):
    created = editor.post(
        f"/{world.area.slug}/aktivitetsplaner/ny/",
        {"group": world.subgroup.pk, "year": 2027, "title": "Aktivitetsplan Äldre"},
    )
    assert created.status_code == 302
    plan = ActivityPlan.objects.get(title="Aktivitetsplan Äldre")
    assert plan.goals.count() == world.plan.collaboration_plan.goals.count()
    copied = editor.post(world.plan.url("plans:plan_copy"), {"year": world.plan.year + 1})
    assert copied.status_code == 302
    assert ActivityPlan.objects.filter(group=world.group, year=world.plan.year + 1).exists()


@pytest.mark.django_db
def test_edit_plan_texts(world, editor):
    response = editor.post(
        world.plan.url("plans:plan_edit"),
        {"title": "Ny titel", "purpose": "Nytt syfte", "goals": [world.plan.goals.first().pk]},
    )
    assert response.status_code == 302
    world.plan.refresh_from_db()
    assert (world.plan.title, world.plan.purpose) == ("Ny titel", "Nytt syfte")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "page", ["utkast/", "historik/", "jamfor/?fran=1.0&till=utkast", "publicera/", "versioner/"]
)
def test_editor_pages_make_the_same_queries_for_few_and_many_activities(world, editor, page):
    url = world.plan.get_absolute_url() + page
    member = world.users["member"]

    def grow():
        for activity in ActivityFactory.create_batch(40, plan=world.plan):
            FollowUp.objects.create(activity=activity, text="Uppföljd", author=member)
            activity.what += " (ändrad)"
            activity.save()

    assert_queries_do_not_grow(lambda: editor.get(url), grow)


@pytest.mark.django_db
def test_activity_page_queries_do_not_grow_with_follow_ups(world, editor):
    url = f"/aktiviteter/{world.activity.pk}/"
    member = world.users["member"]
    assert_queries_do_not_grow(
        lambda: editor.get(url),
        lambda: [
            FollowUp.objects.create(activity=world.activity, text=f"Nr {i}", author=member)
            for i in range(30)
        ],
    )
