"""Who may do what, view by view: anonymous, outsider, member, processledare."""

import pytest

LOGIN = "login"  # redirect to the login page
ROLES = ["anonymous", "outsider", "member", "processledare", "admin"]


def _plan(world, page="", plan=None):
    plan = plan or world.plan
    base = plan.get_absolute_url()
    return base + page


def _group(world, page=""):
    return f"/{world.area.slug}/grupper/{world.group.slug}/{page}"


def _meeting(world, page=""):
    return f"/{world.area.slug}/moten/{world.meeting.pk}/{page}"


# (name, method, url builder, POST data, expected per role in ROLES order)
CASES = [
    ("plan", "get", lambda w: _plan(w), {}, [200, 200, 200, 200, 200]),
    (
        "unpublished plan",
        "get",
        lambda w: _plan(w, plan=w.unpublished_plan),
        {},
        [404, 404, 302, 302, 302],
    ),
    ("draft", "get", lambda w: _plan(w, "utkast/"), {}, [LOGIN, 403, 200, 200, 200]),
    (
        "draft of unpublished",
        "get",
        lambda w: _plan(w, "utkast/", w.unpublished_plan),
        {},
        [LOGIN, 404, 200, 200, 200],
    ),
    ("versions", "get", lambda w: _plan(w, "versioner/"), {}, [200] * 5),
    ("version", "get", lambda w: _plan(w, "version/1.0/"), {}, [200] * 5),
    ("missing version", "get", lambda w: _plan(w, "version/9.9/"), {}, [404] * 5),
    ("compare", "get", lambda w: _plan(w, "jamfor/"), {}, [200] * 5),
    (
        "compare with draft",
        "get",
        lambda w: _plan(w, "jamfor/?fran=1.0&till=utkast"),
        {},
        [404, 404, 200, 200, 200],
    ),
    ("history", "get", lambda w: _plan(w, "historik/"), {}, [LOGIN, 403, 200, 200, 200]),
    ("edit texts", "get", lambda w: _plan(w, "redigera/"), {}, [LOGIN, 403, 403, 200, 200]),
    ("edit texts, wrong method", "put", lambda w: _plan(w, "redigera/"), {}, [405] * 5),
    ("copy", "get", lambda w: _plan(w, "kopiera/"), {}, [LOGIN, 403, 403, 200, 200]),
    ("publish", "get", lambda w: _plan(w, "publicera/"), {}, [LOGIN, 403, 403, 200, 200]),
    (
        "publish, post",
        "post",
        lambda w: _plan(w, "publicera/"),
        {"step": "minor", "version_date": "2026-06-01", "note": "Ny"},
        [LOGIN, 403, 403, 302, 302],
    ),
    (
        "publish unpublished",
        "get",
        lambda w: _plan(w, "publicera/", w.unpublished_plan),
        {},
        [LOGIN, 404, 403, 200, 200],
    ),
    ("new activity", "get", lambda w: _plan(w, "aktiviteter/ny/"), {}, [LOGIN, 403, 403, 200, 200]),
    (
        "activity page",
        "get",
        lambda w: f"/aktiviteter/{w.activity.pk}/",
        {},
        [LOGIN, 403, 200, 200, 200],
    ),
    (
        "edit activity",
        "get",
        lambda w: f"/aktiviteter/{w.activity.pk}/redigera/",
        {},
        [LOGIN, 403, 403, 200, 200],
    ),
    (
        "activity row",
        "get",
        lambda w: f"/aktiviteter/{w.activity.pk}/rad/",
        {},
        [LOGIN, 403, 403, 200, 200],
    ),
    (
        "move activity",
        "post",
        lambda w: f"/aktiviteter/{w.activity.pk}/flytta/",
        {"riktning": "ner"},
        [LOGIN, 403, 403, 302, 302],
    ),
    (
        "move activity, wrong method",
        "get",
        lambda w: f"/aktiviteter/{w.activity.pk}/flytta/",
        {},
        [405] * 5,
    ),
    (
        "delete activity",
        "get",
        lambda w: f"/aktiviteter/{w.activity.pk}/ta-bort/",
        {},
        [LOGIN, 403, 403, 200, 200],
    ),
    (
        "follow up",
        "post",
        lambda w: f"/aktiviteter/{w.activity.pk}/uppfoljning/",
        {"date": "2026-06-01", "text": "Klart i maj", "new_status": "genomford"},
        [LOGIN, 403, 302, 302, 302],
    ),
    (
        "follow up, wrong method",
        "get",
        lambda w: f"/aktiviteter/{w.activity.pk}/uppfoljning/",
        {},
        [405] * 5,
    ),
    (
        "new plan",
        "get",
        lambda w: f"/{w.area.slug}/aktivitetsplaner/ny/",
        {},
        [LOGIN, 403, 403, 200, 200],
    ),
    (
        "date preview",
        "post",
        lambda w: "/datum/tolka/",
        {"field": "start", "start": "2026"},
        [LOGIN, 200, 200, 200, 200],
    ),
    ("account", "get", lambda w: "/konto/", {}, [LOGIN, 200, 200, 200, 200]),
    ("board", "get", lambda w: _group(w, "motesvy/"), {}, [LOGIN, 403, 200, 200, 200]),
    ("board, wrong method", "post", lambda w: _group(w, "motesvy/"), {"x": 1}, [405] * 5),
    ("group meetings", "get", lambda w: _group(w, "moten/"), {}, [200] * 5),
    ("new meeting", "get", lambda w: _group(w, "moten/nytt/"), {}, [LOGIN, 403, 200, 200, 200]),
    (
        "representation",
        "get",
        lambda w: _group(w, "representation/"),
        {},
        [LOGIN, 403, 200, 200, 200],
    ),
    ("calendar", "get", lambda w: _group(w, "moten.ics"), {}, [200] * 5),
    ("meeting", "get", lambda w: _meeting(w), {}, [LOGIN, 403, 200, 200, 200]),
    ("edit meeting", "get", lambda w: _meeting(w, "redigera/"), {}, [LOGIN, 404, 200, 200, 200]),
    ("attendance", "get", lambda w: _meeting(w, "narvaro/"), {}, [LOGIN, 404, 200, 200, 200]),
    (
        "minutes",
        "post",
        lambda w: _meeting(w, "minnesanteckningar/"),
        {"minutes": "Nya anteckningar"},
        [LOGIN, 404, 302, 302, 302],
    ),
    (
        "word import",
        "get",
        lambda w: f"/{w.area.slug}/aktivitetsplaner/importera/",
        {},
        [LOGIN, 403, 403, 200, 200],
    ),
    (
        "draft as excel",
        "get",
        lambda w: _plan(w, "utkast/plan.xlsx"),
        {},
        [LOGIN, 403, 200, 200, 200],
    ),
    ("excel", "get", lambda w: _plan(w, "plan.xlsx"), {}, [200] * 5),
    ("deviations", "get", lambda w: f"/{w.area.slug}/avvikelser/", {}, [LOGIN, 200, 200, 200, 200]),
    (
        "deviation import",
        "get",
        lambda w: f"/{w.area.slug}/avvikelser/import/",
        {},
        [LOGIN, 403, 403, 200, 200],
    ),
    (
        "deviation findings",
        "get",
        lambda w: f"/{w.area.slug}/avvikelser/analys/",
        {},
        [LOGIN, 200, 200, 200, 200],
    ),
    (
        "public statistics, unpublished",
        "get",
        lambda w: f"/{w.area.slug}/avvikelser/statistik/",
        {},
        [LOGIN, 404, 404, 404, 404],
    ),
    (
        "deviations of another area",
        "get",
        lambda w: "/annat/avvikelser/",
        {},
        [LOGIN, 404, 404, 404, 404],
    ),
    (
        "status from board",
        "post",
        lambda w: f"/aktiviteter/{w.activity.pk}/status/",
        lambda w: {"status": "pagar", "tavla": w.group.pk},
        [LOGIN, 403, 302, 302, 302],
    ),
    ("password change", "get", lambda w: "/konto/losenord/", {}, [LOGIN, 200, 200, 200, 200]),
    ("login page", "get", lambda w: "/konto/logga-in/", {}, [200, 302, 302, 302, 302]),
]


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(
    ("name", "method", "url", "data", "expected"), CASES, ids=[case[0] for case in CASES]
)
def test_access_matrix(world, as_user, role, name, method, url, data, expected):
    client = as_user(world.users[role])
    target = url(world)
    data = data(world) if callable(data) else data
    response = getattr(client, method)(target, data) if data else getattr(client, method)(target)
    want = expected[ROLES.index(role)]
    if want == LOGIN:
        assert response.status_code == 302, (role, name, response.status_code)
        assert response["Location"].startswith("/konto/logga-in/"), response["Location"]
    else:
        assert response.status_code == want, (role, name, response.status_code)


@pytest.mark.django_db
def test_a_member_of_the_group_itself_also_counts(world, as_user):
    from tests.conftest import member_user

    client = as_user(member_user(world.group))
    assert client.get(_plan(world, "utkast/")).status_code == 200


@pytest.mark.django_db
def test_a_processledare_of_another_area_may_not_edit(world, as_user):
    from nosam.models import Membership
    from tests.conftest import member_user
    from tests.factories import GroupFactory

    elsewhere = member_user(GroupFactory(), role=Membership.Role.PROCESS_LEADER)
    client = as_user(elsewhere)
    assert client.get(_plan(world, "redigera/")).status_code == 403
    assert client.get(_plan(world, "utkast/", world.unpublished_plan)).status_code == 404


@pytest.mark.django_db
def test_membership_that_has_ended_gives_no_access(world, as_user):
    from datetime import date

    from nosam.models import Membership

    member = world.users["member"]
    Membership.objects.filter(person__user=member).update(ends_on=date(2020, 1, 1))
    assert as_user(member).get(_plan(world, "utkast/")).status_code == 403
