"""Benchmark: the deviation statistics page with one million statistic rows.

Needs PostgreSQL (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/
samla_bench, created if missing). Generates the rows in the database with
generate_series, then times the statistics page, the goal page and the
half-year report as a member would request them (median of several runs).

    make bench-deviations
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/samla_bench"
ROWS = int(os.environ.get("BENCH_ROWS", 1_000_000))
RUNS = 7


def main() -> None:
    url = os.environ.get("DATABASE_URL", DEFAULT_URL)
    if not url.startswith("postgres"):
        raise SystemExit("Benchmarken kräver PostgreSQL: sätt DATABASE_URL.")
    if url == DEFAULT_URL:
        subprocess.run(
            ["createdb", "-h", "127.0.0.1", "-U", "postgres", "samla_bench"],
            stderr=subprocess.DEVNULL,
            check=False,
        )
    os.environ.update(
        DATABASE_URL=url,
        DJANGO_SETTINGS_MODULE="samla.settings",
        SAMLA_DEVELOPMENT="1",
        ALLOWED_HOSTS="testserver",
    )
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import connection
    from django.db.utils import OperationalError
    from django.test import Client

    from deviations.models import StatisticRow
    from nosam.models import Area

    try:
        connection.ensure_connection()
    except OperationalError as error:
        print(f"PostgreSQL kunde inte nås ({url}): {error}".strip())
        print("Avvikelsebenchmarken kräver PostgreSQL och hoppas över.")
        return
    call_command("migrate", verbosity=0)
    call_command("load_demo", verbosity=0)
    area = Area.objects.get(slug="samla")

    ensure_rows(area, ROWS)
    total = StatisticRow.objects.filter(area=area).count()
    client = Client()
    client.force_login(get_user_model().objects.get(username="processledare"))
    pages = {
        "statistiksidan 2025 H2": "/samla/avvikelser/?period=2025-2",
        "statistiksidan 2020 H1": "/samla/avvikelser/?period=2020-1",
        "målsidan 2025 mot 2024": "/samla/avvikelser/mal/?period=2025&baseline=2024",
        "halvårsrapporten": "/samla/avvikelser/rapport/2025-2/",
        "publik statistik": "/samla/avvikelser/statistik/?period=2025-2",
    }
    print(f"\n{total:,} statistikrader i SAMLA (PostgreSQL), median av {RUNS} anrop:\n")
    if os.environ.get("BENCH_PROFILE"):
        import cProfile
        import pstats

        path = pages[os.environ["BENCH_PROFILE"]]
        client.get(path)
        profile = cProfile.Profile()
        profile.enable()
        for _ in range(5):
            client.get(path)
        profile.disable()
        pstats.Stats(profile).sort_stats("cumulative").print_stats(40)
        return
    for name, path in pages.items():
        client.get(path)  # warm up
        times = []
        for _ in range(RUNS):
            started = time.perf_counter()
            response = client.get(path)
            times.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (path, response.status_code)
        print(f"  {name:<26} median {statistics.median(times):6.0f} ms   max {max(times):6.0f} ms")


def ensure_rows(area, rows: int) -> None:
    """Give ``area`` at least ``rows`` statistic rows (PostgreSQL), summed as an
    import sums them."""
    from django.db import connection

    from deviations.models import StatisticRow
    from deviations.services import statistics_summarise

    existing = StatisticRow.objects.filter(area=area).count()
    if existing < rows:
        print(f"Skapar {rows - existing} statistikrader …", flush=True)
        started = time.perf_counter()
        source = StatisticRow.objects.filter(area=area).values_list("source_id", flat=True)[0]
        with connection.cursor() as cursor:
            cursor.execute(
                f"""
                INSERT INTO {StatisticRow._meta.db_table}
                    (area_id, year, half, reporting_id, receiving_id, target_group_id,
                     category_id, cause_id, count, source_id)
                SELECT %(area)s,
                       2016 + (n %% 10),
                       1 + (n / 10) %% 2,
                       (%(orgs)s::bigint[])[1 + (n * 7) %% %(norgs)s],
                       (%(orgs)s::bigint[])[1 + (n * 13) %% %(norgs)s],
                       (%(tgs)s::bigint[])[1 + n %% %(ntgs)s],
                       (%(cats)s::bigint[])[1 + (n * 3) %% %(ncats)s],
                       NULL,
                       1 + n %% 9,
                       %(source)s
                FROM generate_series(1, %(rows)s) AS n
                """,
                {
                    "area": area.pk,
                    "orgs": list(area.organisations.values_list("pk", flat=True)),
                    "norgs": area.organisations.count(),
                    "tgs": list(area.target_groups.values_list("pk", flat=True)),
                    "ntgs": area.target_groups.count(),
                    "cats": list(area.deviation_categories.values_list("pk", flat=True)),
                    "ncats": area.deviation_categories.count(),
                    "source": source,
                    "rows": rows - existing,
                },
            )
            cursor.execute(f"ANALYZE {StatisticRow._meta.db_table}")
        print(f"  klart på {time.perf_counter() - started:.1f} s")
        # What an import does once per half-year: sum the rows into the summary.
        started = time.perf_counter()
        periods = set(StatisticRow.objects.filter(area=area).values_list("year", "half"))
        sums = statistics_summarise(area=area, periods=sorted(periods))
        print(f"  {sums} summor på {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
