"""Benchmark: the board, the editor and a Word import with many activities.

Builds a fresh database (SQLite in a temporary folder, or DATABASE_URL) with
the demo data, gives the 2026 plan 200 and then 500 activities with a
follow-up each, and times the pages as the processledare sees them, in the
process (server time, no network): p50 and p95 of 30 requests, the HTML size
and the number of queries. Then a Word import of 50 rows: its queries and time.

    python bench/large_plans.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
RUNS = 30


def setup_django() -> None:
    var = tempfile.mkdtemp(prefix="samla-bench-plans-")
    os.environ.update(
        SAMLA_VAR_DIR=var,
        DJANGO_SETTINGS_MODULE="samla.settings",
        SAMLA_DEVELOPMENT="1",
        ALLOWED_HOSTS="testserver",
        LOG_LEVEL="WARNING",
    )
    import django

    django.setup()


def grow(plan, count: int) -> None:
    from datetime import date

    from plans.models import Activity, FollowUp

    have = plan.activities.count()
    new = [
        Activity(
            plan=plan,
            position=have + i + 1,
            local_goal=f"Mål {i // 10}",
            what=f"Aktivitet {have + i} med en beskrivning av vad som ska göras",
            how="Genom samverkan mellan kommun och region, med en rad om hur.",
            responsible="NOSAM Alingsås",
            measure="Antal deltagare, uppföljning i december",
        )
        for i in range(count - have)
    ]
    Activity.objects.bulk_create(new)
    FollowUp.objects.bulk_create(
        FollowUp(activity=activity, date=date(2026, 10, 1), text="Planering pågår enligt plan.")
        for activity in plan.activities.filter(follow_ups__isnull=True)
    )


def timed(client, path: str) -> tuple[float, float, int, int]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(path)  # warm
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        response = client.get(path)
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (path, response.status_code)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    times.sort()
    return (
        statistics.median(times),
        times[int(0.95 * len(times)) - 1],
        len(response.content),
        len(queries),
    )


def main() -> None:
    setup_django()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.test import Client

    from plans.models import ActivityPlan

    call_command("migrate", verbosity=0)
    call_command("load_demo", verbosity=0)
    plan = ActivityPlan.objects.get(slug="psykisk-halsa-och-missbruk-2026")
    client = Client()
    client.force_login(get_user_model().objects.get(username="processledare"))
    pages = {
        "mötesvy": f"/samla/grupper/{plan.group.slug}/motesvy/",
        "redigering (utkast)": plan.url("plans:plan_draft"),
    }
    print(f"{'sida':<22}{'aktiviteter':>12}{'p50 ms':>9}{'p95 ms':>9}{'HTML kB':>9}{'frågor':>8}")
    for count in (200, 500):
        grow(plan, count)
        for name, path in pages.items():
            p50, p95, size, queries = timed(client, path)
            print(f"{name:<22}{count:>12}{p50:>9.1f}{p95:>9.1f}{size / 1000:>9.1f}{queries:>8}")
    word_import(client, plan)


def word_import(client, plan) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.word_documents import plan_with_rows

    area = plan.group.area
    upload = client.post(
        f"/{area.slug}/aktivitetsplaner/importera/",
        {"file": SimpleUploadedFile("plan.docx", plan_with_rows(50)), "group": plan.group.pk},
    )
    assert upload.status_code == 302, upload.status_code
    start = time.perf_counter()
    with CaptureQueriesContext(connection) as queries:
        saved = client.post(upload["Location"])
    elapsed = (time.perf_counter() - start) * 1000
    assert saved.status_code == 302, saved.status_code
    print(f"\nWordimport, 50 rader: sparad med {len(queries)} frågor på {elapsed:.0f} ms")


if __name__ == "__main__":
    main()
