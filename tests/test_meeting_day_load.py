"""Meeting day on the default database: many people write at once, none gets a 500.

The live server answers each request in its own thread with its own database
connection, as `make run` does; on SQLite the test database is a file (see
tests/settings.py), so the threads really contend for its write lock.
"""

import http.client
import threading
from datetime import date
from urllib.parse import urlencode, urlsplit

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client

from nosam.models import Membership
from plans.models import Activity, FollowUp, Status
from tests.conftest import member_user
from tests.factories import ActivityFactory, ActivityPlanFactory, GroupFactory

WRITES_PER_KIND = 20
# The CSRF secret the test's "browsers" hold in their cookie and send back.
CSRF_SECRET = "meetingdaycsrfsecret0123456789ab"
STATUSES = [Status.IN_PROGRESS, Status.DELAYED, Status.DONE, Status.PAUSED]


def _post(base_url: str, path: str, data: dict, session: str) -> int:
    """POST a form as a logged-in browser would; the status code of the answer."""
    parts = urlsplit(base_url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
    try:
        conn.request(
            "POST",
            path,
            body=urlencode(data),
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Cookie": (
                    f"{settings.SESSION_COOKIE_NAME}={session}; "
                    f"{settings.CSRF_COOKIE_NAME}={CSRF_SECRET}"
                ),
                "X-CSRFToken": CSRF_SECRET,
            },
        )
        response = conn.getresponse()
        response.read()
        return response.status
    finally:
        conn.close()


@pytest.mark.django_db(transaction=True)
def test_forty_simultaneous_writes_on_meeting_day_all_succeed(live_server):
    group = GroupFactory()
    activity = ActivityFactory(plan=ActivityPlanFactory(group=group), status=Status.NOT_STARTED)
    sessions = []
    for index in range(4):
        role = Membership.Role.PROCESS_LEADER if index == 0 else Membership.Role.MEMBER
        client = Client()
        client.force_login(member_user(group, role=role))
        sessions.append(client.cookies[settings.SESSION_COOKIE_NAME].value)

    base = f"/aktiviteter/{activity.pk}/"
    jobs = []
    for n in range(WRITES_PER_KIND):
        status = {"status": STATUSES[n % len(STATUSES)], "tavla": group.pk}
        jobs.append((base + "status/", status, sessions[n % 4]))
        follow_up = {"date": date(2026, 3, 1).isoformat(), "text": f"Möte {n}", "new_status": "-"}
        jobs.append((base + "uppfoljning/", follow_up, sessions[(n + 1) % 4]))

    # The test server listens with Django's backlog of 10: connections beyond
    # it that arrive in the same instant are reset before Django sees them.
    # That is the test server, not what is tested (gunicorn's backlog is 2048).
    live_server.thread.httpd.socket.listen(128)
    answers: list[int | str] = []
    start = threading.Barrier(len(jobs))

    def fire(path, data, session):
        start.wait()
        try:
            answers.append(_post(live_server.url, path, data, session))
        except OSError as error:  # a refused or reset connection is an error too
            answers.append(repr(error))

    threads = [threading.Thread(target=fire, args=job) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert len(answers) == 2 * WRITES_PER_KIND
    assert [a for a in answers if not isinstance(a, int) or a >= 400] == []
    follow_ups = FollowUp.objects.filter(activity=activity)
    assert sorted(follow_ups.values_list("text", flat=True)) == sorted(
        f"Möte {n}" for n in range(WRITES_PER_KIND)
    )
    assert FollowUp.history.filter(activity_id=activity.pk, history_type="+").count() == 20
    activity.refresh_from_db()
    history = list(Activity.history.filter(id=activity.pk).order_by("history_date", "history_id"))
    assert history[-1].status == activity.status
    # Every recorded change is a real change: no lost or doubled updates.
    statuses = [record.status for record in history]
    assert all(a != b for a, b in zip(statuses, statuses[1:], strict=False))
    assert len(history) - 1 == activity.lock_version


@pytest.mark.django_db
def test_sqlite_runs_in_wal_mode_with_immediate_transactions():
    if connection.vendor != "sqlite":
        pytest.skip("SQLite only")
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        assert cursor.fetchone()[0] == "wal"
        cursor.execute("PRAGMA busy_timeout")
        assert cursor.fetchone()[0] >= 10_000
    assert connection.settings_dict["OPTIONS"]["transaction_mode"] == "IMMEDIATE"
