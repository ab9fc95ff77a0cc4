"""Who may do what: every named URL pattern × every role × GET and POST.

The patterns come from the URL configuration itself, so a new page fails here
until it states what each kind of user gets. Each pattern names its tier (who
passes its rule) and what those who pass get for GET and POST; those who do not
pass get what the tier says: the login page (anonymous), 403, or 404 where they
may not even know the object. Every request runs in a rolled-back transaction
against the same world, so a POST by one role cannot change the next answer.
"""

import re
import uuid
from dataclasses import dataclass, field
from datetime import date

import pytest
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from deviations.models import Finding
from indicators.models import Indicator
from nosam.models import Membership
from plans.models import ActionPlan
from reports.models import Report
from samla.uploads import pending_upload_create
from tests.everything import populate

LOGIN = "login"  # 302 to the login page
MOVED = "moved"  # 302 elsewhere: the view did its work and redirects
PASS = "pass"  # placeholder in a tier: what the pattern gives those who pass
NO = "no"  # 405 for everyone: the method is refused before any rule
# A POST that passed the guard: the form again (an empty body leaves it
# unbound), its errors, or done and redirected.
DONE = (200, 400, MOVED)

ROLES = [
    "anonymous",
    "other_area",  # member of a group in another area
    "outsider",  # member of a sibling group in the same area
    "member",  # member of the group itself
    "child_member",  # member of the group under it: no rights on the group
    "other_processledare",  # processledare of another area
    "processledare",
    "admin",
]
OTHER_AREA = {"other_area", "other_processledare"}
SIGNED_IN = set(ROLES) - {"anonymous"}


def _tier(passing: set[str], *, refused=403, elsewhere=None) -> dict:
    def outcome(role):
        if role in passing:
            return PASS
        if role == "anonymous":
            return LOGIN
        if elsewhere is not None and role in OTHER_AREA:
            return elsewhere
        return refused

    return {role: outcome(role) for role in ROLES}


TIERS = {
    "public": _tier(set(ROLES)),
    "signed-in": _tier(SIGNED_IN),
    # members of any group of the area: statistics, analysis, draft reports
    "area-member": _tier({"outsider", "member", "child_member", "processledare", "admin"}),
    # ... of an object of the area that others may not know of (a finding, a draft report)
    "area-member-hidden": _tier(
        {"outsider", "member", "child_member", "processledare", "admin"}, elsewhere=404
    ),
    # members of the group (plan, meeting): drafts, board, follow-ups
    "member": _tier({"member", "processledare", "admin"}),
    # ... where those who may not see the object get 404 (an internal meeting)
    "member-hidden": _tier({"member", "processledare", "admin"}, refused=404),
    "processledare": _tier({"processledare", "admin"}),
    # a draft report: its readers in the area get 403, others 404
    "report-editor": _tier({"processledare", "admin"}, elsewhere=404),
}


@dataclass
class Expect:
    tier: str
    get: object = 200
    post: object = DONE
    data: object = field(default_factory=dict)  # POST body, or a function of the world
    signed_in: object = None  # what every signed-in user gets instead, if not the tier

    def status(self, role: str, method: str):
        allowed = self.get if method == "get" else self.post
        if allowed == NO:
            return 405
        if self.signed_in is not None and role != "anonymous":
            return self.signed_in
        outcome = TIERS[self.tier][role]
        return allowed if outcome == PASS else outcome


FORMATS = ("json", "csv", "xlsx", "docx", "pdf")

EXPECTATIONS = {
    # --- account -----------------------------------------------------------------
    "account": Expect("signed-in", post=NO),
    "reminders:preferences": Expect("signed-in", get=NO, post=MOVED),
    "login": Expect("public", post=200, signed_in=MOVED),
    "logout": Expect("public", get=NO, post=MOVED),
    "password_change": Expect("signed-in", post=200),
    "password_change_done": Expect("signed-in", post=405),
    "password_reset": Expect("public", post=200),
    "password_reset_done": Expect("public", post=NO),
    "password_reset_confirm": Expect("public", post=200),
    "password_reset_complete": Expect("public", post=NO),
    # The matrix's token is not a signed one: refused alike for everyone (a
    # genuine link is followed in tests/test_reminders_mail.py).
    "reminders:unsubscribe": Expect("public", get=404, post=404),
    # --- the public site ---------------------------------------------------------
    "website:health": Expect("public", post=NO),
    "website:readiness": Expect("public", post=NO),
    "website:accessibility": Expect("public", post=NO),
    "website:open_data": Expect("public", post=NO),
    "website:style_guide": Expect("public", post=NO),
    "website:search": Expect("public", post=NO),
    "website:published_plans": Expect("public", post=NO),
    "website:published_minutes": Expect("public", post=NO),
    "website:feed": Expect("public", post=200),
    "nosam:home": Expect("public", post=200),
    "website:area": Expect("public", post=200),
    "website:group": Expect("public", post=200),
    "nosam:group_meetings": Expect("public", post=NO),
    "nosam:group_calendar": Expect("public", post=NO),
    "plans:activity_plan": Expect("public", post=NO),
    "plans:plan_versions": Expect("public", post=200),
    "plans:plan_version": Expect("public", post=NO),
    "plans:plan_compare": Expect("public", post=200),
    "plans:action_plan": Expect("public", post=200),
    **{f"plans:plan_{fmt}": Expect("public", post=NO) for fmt in FORMATS},
    **{f"plans:plan_version_{fmt}": Expect("public", post=NO) for fmt in FORMATS},
    "reports:reports": Expect("public", post=NO),
    # --- a group's members ---------------------------------------------------------
    "plans:board": Expect("member", post=NO),
    "nosam:group_representation": Expect("member", post=NO),
    "nosam:meeting_create": Expect("member", post=200),
    "nosam:meeting": Expect("member-hidden", post=NO),
    "nosam:meeting_edit": Expect("member-hidden", post=200),
    "nosam:meeting_attendance": Expect("member-hidden", post=200),
    "nosam:meeting_minutes": Expect(
        "member-hidden", post=MOVED, data={"minutes": "Från matrisen", "minutes_published": "on"}
    ),
    "plans:plan_draft": Expect("member", post=200),
    **{f"plans:plan_draft_{fmt}": Expect("member", post=NO) for fmt in ("csv", "xlsx", "docx")},
    "plans:plan_history": Expect("member", post=NO),
    "plans:activity": Expect("member", post=NO),
    "plans:follow_up_create": Expect("member", get=NO, post=200),
    "plans:activity_status": Expect(
        "member", get=NO, post=MOVED, data=lambda w: {"status": "pagar", "tavla": w.group.pk}
    ),
    # The board row's forms: without JavaScript the activity's page; (htmx asks
    # with the board it is for, ?tavla=).
    "plans:board_row_forms": Expect("member", get=MOVED, post=NO),
    "plans:partial_date_preview": Expect("signed-in", get=NO, post=200),
    # --- the processledare -----------------------------------------------------------
    "plans:plan_create": Expect("processledare", post=200),
    "plans:word_import": Expect("processledare", post=200),
    "plans:word_import_preview": Expect("processledare", get=MOVED, post=MOVED),
    "plans:plan_edit": Expect("processledare", post=200),
    "plans:plan_copy": Expect("processledare", post=200),
    "plans:plan_publish": Expect("processledare", post=200),
    "plans:activity_create": Expect("processledare", post=200),
    "plans:activity_edit": Expect("processledare", post=200),
    "plans:activity_row": Expect("processledare", post=NO),
    "plans:activity_move": Expect(
        "processledare", get=NO, post=MOVED, data=lambda w: {"riktning": "ner"}
    ),
    "plans:activity_delete": Expect("processledare", post=MOVED),
    "plans:action_plan_publish": Expect("processledare", get=NO, post=MOVED),
    # --- deviations --------------------------------------------------------------------
    "deviations:statistics": Expect("area-member", post=NO),
    "deviations:statistics_csv": Expect("area-member", post=NO),
    "deviations:goal": Expect("area-member", post=NO),
    "deviations:public": Expect("area-member", post=NO),  # the area does not publish
    "deviations:report": Expect("area-member", post=NO),
    "deviations:report_pdf": Expect("area-member", post=NO),
    "deviations:findings": Expect("area-member", post=200),
    "deviations:finding": Expect("area-member-hidden", post=200),
    "deviations:cases": Expect("area-member", post=200),
    "deviations:import": Expect("processledare", post=200),
    "deviations:import_confirm": Expect("processledare", get=(200, MOVED), post=(200, MOVED)),
    "deviations:template": Expect("processledare", post=NO),
    # --- the lägesbild (processledare, Samordningsgrupp, AU) and the public goals ----------
    "indicators:overview": Expect("processledare", post=NO),
    "indicators:overview_activities": Expect("processledare", post=NO),
    "indicators:overview_xlsx": Expect("processledare", post=NO),
    "indicators:goals": Expect("public", post=NO),
    "indicators:goal": Expect("public", post=NO),
    # --- indicators ------------------------------------------------------------------------
    # An activity's indicator answers to its plan: read and fed by the group's members,
    # kept by those who edit the plan; a goal's indicator by the area's processledare.
    "indicators:indicator": Expect("member", post=NO),
    "indicators:value_create": Expect("member", get=NO),
    # The board's "Mätvärde": without JavaScript the activity's page.
    "indicators:board_value": Expect("member", get=MOVED, post=MOVED),
    "indicators:activity_indicator_create": Expect("processledare"),
    "indicators:goal_indicator_create": Expect("processledare"),
    "indicators:indicator_edit": Expect("processledare"),
    "indicators:indicator_delete": Expect("processledare", post=MOVED),
    "indicators:import": Expect("processledare"),
    # The matrix's token is another import's: the preview is gone.
    "indicators:import_confirm": Expect("processledare", get=MOVED, post=MOVED),
    "indicators:template": Expect("processledare", post=NO),
    # --- annual reports (a draft) -------------------------------------------------------
    "reports:report": Expect("area-member-hidden", post=NO),
    "reports:report_pdf": Expect("area-member-hidden", post=NO),
    "reports:report_docx": Expect("area-member-hidden", post=NO),
    "reports:report_create": Expect("processledare", post=200),
    "reports:report_edit": Expect("report-editor", post=200),
    "reports:report_continue": Expect("report-editor", get=NO, post=MOVED),
    "reports:economy": Expect("report-editor", post=200),
    "reports:report_adopt": Expect("report-editor", post=200),
    "reports:report_publish": Expect("report-editor", get=NO, post=MOVED),
    "reports:section_add": Expect("report-editor", post=200),
    "reports:section_edit": Expect("report-editor", post=200),
    "reports:section_move": Expect("report-editor", get=NO, post=MOVED),
    "reports:section_delete": Expect("report-editor", get=NO, post=MOVED),
}


def _patterns():
    """(name, route) of every named URL pattern of the project; the admin
    guards itself (tests/test_admin_scoping.py)."""

    def walk(patterns, prefix="", namespace=None):
        for entry in patterns:
            if isinstance(entry, URLResolver):
                if entry.namespace == "admin":
                    continue
                yield from walk(
                    entry.url_patterns, prefix + str(entry.pattern), entry.namespace or namespace
                )
            elif isinstance(entry, URLPattern) and entry.name:
                name = f"{namespace}:{entry.name}" if namespace else entry.name
                yield name, prefix + str(entry.pattern)

    return sorted(set(walk(get_resolver().url_patterns)))


PATTERNS = _patterns()


def test_every_url_pattern_states_what_every_role_gets():
    names = {name for name, _ in PATTERNS}
    missing = sorted(names - set(EXPECTATIONS))
    stale = sorted(set(EXPECTATIONS) - names)
    assert not missing, f"Ange förväntningar i EXPECTATIONS för: {missing}"
    assert not stale, f"Förväntningar utan adress: {stale}"
    assert len(names) >= 90


@dataclass
class MatrixWorld:
    world: object
    kwargs: dict
    missing: dict

    def __getattr__(self, name):
        return getattr(self.world, name)


@pytest.fixture
def matrix_world(world) -> MatrixWorld:
    """The shared world, with one object for every kind of URL argument."""
    objects = populate(world.area, name="Matris")
    report = objects[Report]
    pending = pending_upload_create(
        kind="deviations.statistics",
        scope=str(world.area.pk),
        user=world.users["processledare"],
        payload={"file_name": "Matris.csv", "rows": []},
    )
    kwargs = {
        "area": world.area.slug,
        "group": world.group.slug,
        "plan": world.plan.slug,
        "version": "1.0",
        "activity": world.activity.pk,
        "meeting": world.meeting.pk,
        "report": report.pk,
        "section": report.sections.first().pk,
        "finding": objects[Finding].pk,
        "period": "2025-1",
        "token": str(pending.token),
        "kind": "csv",
        "uidb64": "MQ",
        "action_plan": objects[ActionPlan].slug,
        "indicator": Indicator.objects.create(activity=world.activity, name="Matrisens mätetal").pk,
        "goal": world.activity.goal_id,
    }
    missing = {
        "area": "finns-inte",
        "group": "finns-inte",
        "plan": "finns-inte",
        "version": "9.9",
        "activity": 999999,
        "meeting": 999999,
        "report": 999999,
        "section": 999999,
        "finding": 999999,
        "token": str(uuid.uuid4()),
        "action_plan": "finns-inte",
        "indicator": 999999,
        "goal": 999999,
    }
    return MatrixWorld(world, kwargs, missing)


def _url(name: str, route: str, values: dict) -> str:
    wanted = re.findall(r"<(?:\w+:)?(\w+)>", route)
    if name in ("plans:action_plan", "plans:action_plan_publish"):  # <plan>: a handlingsplan
        values = {**values, "plan": values["action_plan"]}
    return reverse(name, kwargs={key: values[key] for key in wanted})


def _request(world, role: str, method: str, url: str, data: dict):
    """One request, rolled back afterwards; exceptions (a 500) fail the test."""
    with transaction.atomic():
        client = Client()
        user = world.users[role]
        if user is not None:
            client.force_login(user)
        response = getattr(client, method)(url, data) if data else getattr(client, method)(url)
        transaction.set_rollback(True)
    return response


def _matches(response, want) -> bool:
    if isinstance(want, tuple):
        return any(_matches(response, one) for one in want)
    location = response.get("Location", "")
    if want == LOGIN:
        return response.status_code == 302 and location.startswith("/konto/logga-in/")
    if want == MOVED:
        return response.status_code == 302 and not location.startswith("/konto/logga-in/")
    return response.status_code == want


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "route"), PATTERNS, ids=[name for name, _ in PATTERNS])
def test_access_matrix(matrix_world, name, route):
    expect = EXPECTATIONS.get(name)
    assert expect is not None, f"Ingen förväntan för {name}"
    url = _url(name, route, matrix_world.kwargs)
    data = expect.data(matrix_world) if callable(expect.data) else expect.data
    wrong = []
    for method in ("get", "post"):
        for role in ROLES:
            want = expect.status(role, method)
            response = _request(matrix_world, role, method, url, data if method == "post" else {})
            if not _matches(response, want):
                got = (response.status_code, response.get("Location", ""))
                wrong.append(f"{method.upper()} {role}: väntade {want}, fick {got}")
        # Anonymous visitors sent to log in for an existing object are sent
        # there for a missing one too: they cannot tell which ids exist.
        if expect.status("anonymous", method) == LOGIN:
            missing = _url(name, route, {**matrix_world.kwargs, **matrix_world.missing})
            response = _request(matrix_world, "anonymous", method, missing, {})
            if not _matches(response, LOGIN):
                wrong.append(f"{method.upper()} anonymous, saknat objekt: {response.status_code}")
    assert not wrong, f"{name} {url}\n" + "\n".join(wrong)


# --- Object states the matrix does not vary -------------------------------------------


def _plan(world, page="", plan=None):
    return (plan or world.plan).get_absolute_url() + page


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("anonymous", 404),
        ("outsider", 404),
        ("child_member", 404),
        ("member", MOVED),
        ("processledare", MOVED),
    ],
)
def test_an_unpublished_plan_exists_only_for_its_readers(world, role, expected):
    plan = world.unpublished_plan
    assert _matches(_request(world, role, "get", _plan(world, plan=plan), {}), expected)
    draft = _request(world, role, "get", _plan(world, "utkast/", plan), {})
    assert _matches(draft, {"anonymous": LOGIN, "member": 200, "processledare": 200}.get(role, 404))


@pytest.mark.django_db
def test_comparing_with_the_draft_is_for_its_readers(world):
    url = _plan(world, "jamfor/?fran=1.0&till=utkast")
    for role, expected in [("anonymous", 404), ("outsider", 404), ("member", 200)]:
        assert _request(world, role, "get", url, {}).status_code == expected, role


@pytest.mark.django_db
def test_published_minutes_are_public_but_their_editing_is_not(world):
    world.meeting.minutes_published = True
    world.meeting.save()
    url = f"/{world.area.slug}/moten/{world.meeting.pk}/"
    for role in ("anonymous", "other_area", "child_member"):
        assert _request(world, role, "get", url, {}).status_code == 200, role
        edit = _request(world, role, "get", url + "minnesanteckningar/", {})
        assert _matches(edit, LOGIN if role == "anonymous" else 403), role


@pytest.mark.django_db
def test_a_published_report_is_public_and_no_longer_a_draft_to_edit(world):
    from reports.services import report_create

    report = report_create(area=world.area, group=None, year=2025)
    Report.objects.filter(pk=report.pk).update(
        status=Report.Status.PUBLISHED, adopted_on=date(2026, 3, 1)
    )
    url = report.get_absolute_url()
    assert _request(world, "anonymous", "get", url, {}).status_code == 200
    assert _request(world, "processledare", "get", url + "redigera/", {}).status_code == 403


@pytest.mark.django_db
def test_membership_that_has_ended_gives_no_access(world):
    member = world.users["member"]
    Membership.objects.filter(person__user=member).update(ends_on=date(2020, 1, 1))
    assert _request(world, "member", "get", _plan(world, "utkast/"), {}).status_code == 403
