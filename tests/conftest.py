from dataclasses import dataclass, field
from datetime import datetime

import pytest
from django.db import connections, transaction
from django.utils import timezone

from demo.services import demo_load
from nosam.models import Meeting, Membership
from tests.factories import (
    ActivityFactory,
    ActivityPlanFactory,
    AreaFactory,
    GroupFactory,
    MembershipFactory,
    PersonFactory,
    PrioritisedGoalFactory,
    UserFactory,
    publish,
)


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    """Run the tests that share a module's demo data after the module's other
    tests, which expect an empty database. The sort is stable, so files stay
    together; pytest-django's own (stable) ordering by database use follows."""
    items.sort(key=lambda item: "_demo_shared" in getattr(item, "fixturenames", ()))


@pytest.fixture(scope="module")
def _demo_shared(django_db_setup, django_db_blocker):
    """The demo data, loaded once per test module inside a transaction that is
    rolled back after the module's last test. Each test runs in a savepoint
    within it (pytest-django's ``db``), so what a test changes is undone."""
    from django.core.cache import cache

    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            yield demo_load(create_users=True)
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            cache.clear()


@pytest.fixture
def demo(_demo_shared, db):
    """The demo data of the source documents, loaded as `make run` does.

    Shared by the tests of a module; a transactional test (live server,
    backups) loads its own with ``demo_fresh``."""
    return _demo_shared


@pytest.fixture
def demo_fresh(transactional_db):
    """The demo data committed for real, for tests that need other connections."""
    return demo_load(create_users=True)


@dataclass
class World:
    """One area with a plan's group (and a group under it), and another group.

    Users: anonymous (None), an outsider (member of the other group, a sibling
    in the same area), a member (of the plan's group), a child member (of the
    group under it: no rights on the plan's group), the area's processledare,
    a member and a processledare of another area, an admin.
    """

    area: object
    group: object
    subgroup: object
    other_group: object
    plan: object
    activity: object
    unpublished_plan: object
    meeting: object
    users: dict = field(default_factory=dict)


def member_user(group, role=Membership.Role.MEMBER, **user_fields):
    user = UserFactory(**user_fields)
    MembershipFactory(group=group, person=PersonFactory(user=user), role=role)
    return user


@pytest.fixture
def world(db) -> World:
    area = AreaFactory()
    group = GroupFactory(area=area, name="NOSAM Testby")
    subgroup = GroupFactory(area=area, parent=group, name="NOSAM Testby – Äldre")
    other_group = GroupFactory(area=area, name="Annan grupp")
    plan = ActivityPlanFactory(group=group)
    goal = PrioritisedGoalFactory(plan=plan.collaboration_plan, text="Öka tilliten")
    plan.goals.add(goal)
    activity = ActivityFactory(plan=plan, goal=goal, local_goal="", what="Psykiatrins dag")
    publish(plan)
    unpublished = ActivityPlanFactory(group=group, collaboration_plan=plan.collaboration_plan)
    ActivityFactory(plan=unpublished)
    meeting = Meeting.objects.create(
        area=area, starts_at=timezone.make_aware(datetime(2026, 11, 3, 13)), minutes="Internt"
    )
    meeting.groups.add(group)
    users = {
        "anonymous": None,
        "outsider": member_user(other_group),
        "member": member_user(group),
        "child_member": member_user(subgroup),
        "processledare": member_user(
            other_group, role=Membership.Role.PROCESS_LEADER, first_name="Lena"
        ),
        "other_area": member_user(GroupFactory(name="Grupp i annat område")),
        "other_processledare": member_user(
            GroupFactory(name="Processledning i annat område"),
            role=Membership.Role.PROCESS_LEADER,
        ),
        "admin": UserFactory(is_superuser=True, is_staff=True),
    }
    return World(area, group, subgroup, other_group, plan, activity, unpublished, meeting, users)


@pytest.fixture
def as_user(client):
    """Log the test client in as a user (or stay anonymous for None)."""

    def login(user):
        if user is not None:
            client.force_login(user)
        return client

    return login


@pytest.fixture(autouse=True)
def _empty_cache():
    """Rendered pages are cached by ids, which a rolled-back test may reuse."""
    from django.core.cache import cache

    from samla.pagecache import clear_local

    cache.clear()
    clear_local()
    yield
    cache.clear()
    clear_local()


@pytest.fixture
def year_2025(demo):
    """SAMLA's 2025: a plan with a followed-up activity, and two NOSAM meetings."""
    from datetime import date

    from nosam.models import Area, Group
    from plans.models import Activity, ActivityPlan, FollowUp

    plan_2026 = ActivityPlan.objects.get(slug="psykisk-halsa-och-missbruk-2026")
    plan = ActivityPlan.objects.create(
        group=plan_2026.group,
        target_group=plan_2026.target_group,
        collaboration_plan=plan_2026.collaboration_plan,
        year=2025,
        title=plan_2026.title,
        slug="psykisk-halsa-och-missbruk-2025",
    )
    activity = Activity.objects.create(
        plan=plan, position=1, local_goal="Implementera SIP", what="SIP-utbildning 2025"
    )
    FollowUp.objects.create(
        activity=activity, date=date(2025, 11, 1), text="Två utbildningar hölls"
    )
    group = Group.objects.get(slug="nosam-alingsas")
    for day in (3, 17):
        meeting = Meeting.objects.create(
            area=group.area, starts_at=timezone.make_aware(datetime(2025, 3, day, 13))
        )
        meeting.groups.add(group)
    return Area.objects.get(slug="samla")


@pytest.fixture
def unreachable_database(transactional_db):
    """Point the default connection at a database that cannot be reached (SQLite:
    a file in a directory that does not exist; PostgreSQL: port 1), and put it
    back afterwards. Connections share their settings dict, so the live
    server's threads lose the database too."""
    connection = connections["default"]
    saved = dict(connection.settings_dict)
    connection.close()
    if connection.vendor == "sqlite":
        connection.settings_dict["NAME"] = "/finns-inte/samla/databas.sqlite3"
    else:
        connection.settings_dict.update(HOST="127.0.0.1", PORT="1")
    yield
    connection.close()
    connection.settings_dict.clear()
    connection.settings_dict.update(saved)
