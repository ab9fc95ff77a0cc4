"""The meeting-day board: what stands out, what changed, and updates in place."""

from datetime import date, datetime, timedelta

import pytest
from django.test import Client
from django.utils import timezone

from nosam.models import Group, Meeting
from plans.board import Board, board_activities, board_groups
from plans.models import Activity, FollowUp, Status
from tests.factories import ActivityFactory, GroupFactory, TargetGroupFactory
from tests.helpers import assert_queries_do_not_grow

NOW = timezone.make_aware(datetime(2026, 11, 22, 12, 0))


def _meeting(group, when):
    meeting = Meeting.objects.create(area=group.area, starts_at=when)
    meeting.groups.add(group)
    return meeting


@pytest.fixture
def board_world(world):
    """The world's group with a meeting two weeks ago and one in two days."""
    _meeting(world.group, NOW - timedelta(days=14))
    _meeting(world.group, NOW + timedelta(days=2))
    return world


@pytest.mark.django_db
def test_overdue_and_due_before_next_meeting_are_flagged_in_words(board_world):
    plan = board_world.plan
    overdue = ActivityFactory(plan=plan, what="Försenad sak", deadline="Oktober 2026")
    due = ActivityFactory(plan=plan, what="Snart klar", deadline="2026-11-23")
    later = ActivityFactory(plan=plan, what="Senare", deadline="2027")
    done = ActivityFactory(plan=plan, what="Klar", deadline="2025", status=Status.DONE)
    board = Board.build(board_world.group, Activity.objects.filter(plan=plan), now=NOW)
    rows = {row.activity.pk: row for row in board.rows}

    assert rows[overdue.pk].overdue and not rows[overdue.pk].due_before_next_meeting
    assert ("flag-overdue", "flag-overdue", "Deadline har passerat") in rows[overdue.pk].flags
    assert rows[due.pk].due_before_next_meeting and not rows[due.pk].overdue
    assert not rows[later.pk].overdue and not rows[later.pk].due_before_next_meeting
    assert not rows[done.pk].overdue  # finished work is not late


@pytest.mark.django_db
def test_activities_without_follow_up_for_long_are_marked(board_world):
    plan = board_world.plan
    fresh = ActivityFactory(plan=plan, what="Färsk")
    FollowUp.objects.create(activity=fresh, text="Nyss", date=date(2026, 11, 1))
    old = ActivityFactory(plan=plan, what="Gammal")
    FollowUp.objects.create(activity=old, text="Länge sen", date=date(2026, 5, 1))
    never = ActivityFactory(plan=plan, what="Aldrig")
    board = Board.build(board_world.group, Activity.objects.filter(plan=plan), now=NOW)
    rows = {row.activity.pk: row for row in board.rows}
    assert not rows[fresh.pk].stale
    assert rows[old.pk].stale and rows[old.pk].days_without_follow_up == 205
    assert ("flag-stale", "flag-stale", "Ingen uppföljning på 205 dagar") in rows[old.pk].flags
    assert ("flag-stale", "flag-stale", "Aldrig uppföljd") in rows[never.pk].flags


@pytest.mark.django_db
def test_since_the_last_meeting_lists_follow_ups_and_status_changes(board_world):
    activity = board_world.activity
    before = FollowUp.objects.create(activity=activity, text="Före mötet")
    FollowUp.objects.filter(pk=before.pk).update(created_at=NOW - timedelta(days=20))
    FollowUp.objects.create(activity=activity, text="Efter mötet")
    activity.status = Status.IN_PROGRESS
    activity.save()
    board = Board.build(
        board_world.group, Activity.objects.filter(plan=board_world.plan), now=timezone.now()
    )
    texts = [(item.kind, item.text) for item in board.since]
    assert ("uppföljning", "Efter mötet") in texts
    assert ("status", "Ej angiven → Pågår") in texts
    assert ("uppföljning", "Före mötet") not in texts
    assert board.rows[0].changed_since_last_meeting


@pytest.mark.django_db
def test_a_target_group_group_sees_the_plan_of_its_joint_nosam():
    nosam = GroupFactory(kind="nosam")
    elderly = TargetGroupFactory(area=nosam.area, name="Äldre")
    youth = TargetGroupFactory(area=nosam.area, name="Barn och unga")
    child = GroupFactory(area=nosam.area, parent=nosam, kind="malgrupp", target_group=elderly)
    mine = ActivityFactory(plan__group=nosam, plan__target_group=elderly, plan__year=2026)
    ActivityFactory(plan__group=nosam, plan__target_group=youth, plan__year=2026)
    assert nosam.pk not in board_groups(child)  # not joint: not its plan
    Group.objects.filter(pk=nosam.pk).update(is_joint=True)
    assert nosam.pk in board_groups(child)
    assert list(board_activities(child, date(2026, 11, 22))) == [mine]


@pytest.mark.django_db
def test_board_queries_do_not_grow_with_activities(board_world, as_user):
    client = as_user(board_world.users["member"])
    url = f"/{board_world.area.slug}/grupper/{board_world.group.slug}/motesvy/"
    ActivityFactory.create_batch(4, plan=board_world.plan)

    def grow():
        for activity in ActivityFactory.create_batch(195, plan=board_world.plan):
            FollowUp.objects.create(activity=activity, text="Uppföljd")
            activity.status = Status.IN_PROGRESS
            activity.save()

    assert_queries_do_not_grow(lambda: client.get(url), grow)
    assert board_world.plan.activities.count() == 200


@pytest.mark.django_db
@pytest.mark.parametrize("mode", ["storbild", "utskrift"])
def test_board_has_large_screen_and_print_views(board_world, as_user, mode):
    client = as_user(board_world.users["member"])
    url = f"/{board_world.area.slug}/grupper/{board_world.group.slug}/motesvy/?visning={mode}"
    html = client.get(url).content.decode()
    assert "Psykiatrins dag" in html
    assert ("board-large" in html) == (mode == "storbild")


@pytest.mark.django_db
def test_board_filters_by_status_including_not_set(board_world, as_user):
    ActivityFactory(plan=board_world.plan, what="Pågående sak", status=Status.IN_PROGRESS)
    client = as_user(board_world.users["member"])
    url = f"/{board_world.area.slug}/grupper/{board_world.group.slug}/motesvy/"
    ActivityFactory(plan=board_world.plan, what="Socialtjänstens sak", responsible="IFO")
    not_set = client.get(url, {"status": "ej_angiven"}).context["board"]
    names = {row.activity.what for row in not_set.rows}
    assert "Psykiatrins dag" in names and "Pågående sak" not in names
    going = client.get(url, {"status": "pagar"}).context["board"]
    assert [row.activity.what for row in going.rows] == ["Pågående sak"]
    by_person = client.get(url, {"responsible": "ifo"}).context["board"]
    assert [row.activity.what for row in by_person.rows] == ["Socialtjänstens sak"]


@pytest.mark.django_db
def test_status_and_follow_up_from_the_board_return_the_row(board_world, as_user):
    client = as_user(board_world.users["member"])
    activity = board_world.activity
    group = board_world.group
    status = client.post(
        f"/aktiviteter/{activity.pk}/status/",
        {"status": "pagar", "tavla": group.pk},
        HTTP_HX_REQUEST="true",
    )
    html = status.content.decode()
    assert html.lstrip().startswith(f'<tr id="rad-{activity.pk}"')
    assert "Pågår" in html
    assert Activity.objects.get(pk=activity.pk).status == Status.IN_PROGRESS

    follow_up = client.post(
        f"/aktiviteter/{activity.pk}/uppfoljning/",
        {"date": "2026-11-22", "text": "Lokal bokad", "new_status": "-", "tavla": group.pk},
        HTTP_HX_REQUEST="true",
    )
    assert "Lokal bokad" in follow_up.content.decode()

    refused = client.post(
        f"/aktiviteter/{activity.pk}/uppfoljning/",
        {"date": "2026-11-22", "text": "Gäller 811218-9876", "new_status": "-", "tavla": group.pk},
        HTTP_HX_REQUEST="true",
    )
    assert "får inte sparas här" in refused.content.decode()
    assert FollowUp.objects.count() == 1


@pytest.mark.django_db
def test_board_updates_work_without_javascript(board_world, as_user):
    client = as_user(board_world.users["member"])
    board_url = f"/{board_world.area.slug}/grupper/{board_world.group.slug}/motesvy/"
    response = client.post(
        f"/aktiviteter/{board_world.activity.pk}/status/",
        {"status": "genomford", "tavla": board_world.group.pk, "next": board_url},
    )
    assert response.status_code == 302
    assert response["Location"].startswith(board_url)
    evil = client.post(
        f"/aktiviteter/{board_world.activity.pk}/status/",
        {"status": "pagar", "tavla": board_world.group.pk, "next": "https://evil.example/"},
    )
    assert "evil.example" not in evil["Location"]


@pytest.mark.django_db
def test_outsiders_cannot_update_from_the_board(board_world, as_user):
    client = as_user(board_world.users["outsider"])
    response = client.post(
        f"/aktiviteter/{board_world.activity.pk}/status/",
        {"status": "pagar", "tavla": board_world.group.pk},
    )
    assert response.status_code == 403
    assert (
        Client()
        .get(f"/{board_world.area.slug}/grupper/{board_world.group.slug}/motesvy/")
        .status_code
        == 302
    )


@pytest.mark.django_db
def test_the_update_forms_load_on_demand_and_without_javascript_lead_to_the_activity(
    board_world, as_user
):
    client = as_user(board_world.users["member"])
    activity, group = board_world.activity, board_world.group
    board = client.get(f"/{board_world.area.slug}/grupper/{group.slug}/motesvy/")
    html = board.content.decode()
    assert "/status/" not in html and "/uppfoljning/" not in html  # no forms per row
    button = f'href="/aktiviteter/{activity.pk}/#ny-uppfoljning"'
    assert button in html and f'hx-get="/aktiviteter/{activity.pk}/tavla/"' in html
    assert f"""hx-vals='{{"tavla": {group.pk}}}'""" in html  # which board, on the table body
    forms = client.get(
        f"/aktiviteter/{activity.pk}/tavla/", {"tavla": group.pk}, HTTP_HX_REQUEST="true"
    )
    assert forms.content.decode().count('method="post"') == 2
    assert "Ny uppföljning" in forms.content.decode()
    plain = client.get(f"/aktiviteter/{activity.pk}/tavla/", {"tavla": group.pk})
    assert plain.status_code == 302 and plain["Location"] == f"/aktiviteter/{activity.pk}/"


@pytest.mark.django_db
def test_an_update_from_the_board_refreshes_the_summary_and_says_what_was_saved(
    board_world, as_user
):
    client = as_user(board_world.users["member"])
    activity, group = board_world.activity, board_world.group
    activity.deadline = "2026-01-01"
    activity.save()
    response = client.post(
        f"/aktiviteter/{activity.pk}/status/",
        {"status": "genomford", "tavla": group.pk},
        HTTP_HX_REQUEST="true",
    )
    html = response.content.decode()
    assert 'id="tavla-meddelande"' in html and "Status ändrad till Genomförd." in html
    assert 'id="tavla-sammanfattning" class="board-summary" hx-swap-oob="true"' in html
    assert "0 med passerad deadline" in html  # done: no longer overdue
    assert 'id="sedan-sist"' in html and "Ej angiven → Genomförd" in html


@pytest.mark.django_db
def test_overdue_activities_come_first_and_the_board_sorts_by_deadline(board_world, as_user):
    plan = board_world.plan
    late = ActivityFactory(plan=plan, what="Sen sak", deadline="2025-01-01")
    ActivityFactory(plan=plan, what="Senare sak", deadline="2030")
    client = as_user(board_world.users["member"])
    url = f"/{board_world.area.slug}/grupper/{board_world.group.slug}/motesvy/"
    rows = _row_ids(client.get(url).content.decode())
    assert rows[0] == late.pk
    by_deadline = _row_ids(client.get(url, {"sortera": "deadline"}).content.decode())
    deadlines = [Activity.objects.get(pk=pk).deadline for pk in by_deadline]
    ends = [d.end for d in deadlines if d and d.end]
    assert ends == sorted(ends)
    assert client.get(url, {"sortera": "fel"}).status_code == 400


def _row_ids(html: str) -> list[int]:
    import re

    return [int(pk) for pk in re.findall(r'<tr id="rad-(\d+)"', html)]


@pytest.mark.django_db
def test_an_update_names_only_a_board_the_member_may_read_and_that_shows_the_activity(
    board_world, as_user
):
    """Found from outside: any board's summary and "since the last meeting"
    came back for an update naming it (tavla)."""
    client = as_user(board_world.users["member"])
    activity = board_world.activity
    for other in (board_world.other_group, board_world.subgroup):
        status = client.post(
            f"/aktiviteter/{activity.pk}/status/",
            {"status": activity.status, "tavla": other.pk},
            HTTP_HX_REQUEST="true",
        )
        assert status.status_code == 404, other
        forms = client.get(
            f"/aktiviteter/{activity.pk}/tavla/", {"tavla": other.pk}, HTTP_HX_REQUEST="true"
        )
        assert forms.status_code == 404, other
        follow_up = client.post(
            f"/aktiviteter/{activity.pk}/uppfoljning/",
            {"date": "2026-11-22", "text": "x", "new_status": "-", "tavla": other.pk},
            HTTP_HX_REQUEST="true",
        )
        assert follow_up.status_code == 404, other
    assert not FollowUp.objects.filter(activity=activity).exists()


def test_the_activity_page_leads_back_to_the_board(board_world, as_user):
    client = as_user(board_world.users["member"])
    activity = ActivityFactory(plan=board_world.plan, what="Tillbaka")
    page = client.get(f"/aktiviteter/{activity.pk}/").content.decode()
    board = f"/{board_world.plan.group.area.slug}/grupper/{board_world.plan.group.slug}/motesvy/"
    assert f'href="{board}#rad-{activity.pk}"' in page
