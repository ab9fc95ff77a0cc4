"""Benchmark: the portal next to a bare Django site, under the same gunicorn.

Both run with 2 workers on this machine; the portal with production settings
on PostgreSQL and Redis (DATABASE_URL, default postgres://postgres@127.0.0.1/
samla_bench, created if missing; REDIS_URL, default redis://127.0.0.1:6379/13).
wrk (Debian's package) loads each page for a few seconds, interleaved with the
bare site, three rounds each, and the table gives the ratio to bare Django,
requests per second, p50 and p99 latency, with the spread over the rounds.
The report PDF and a Word import are timed request by request.

    make bench-web         (make bench runs it too)

Options (environment): BENCH_SECONDS (per run, 5), BENCH_CONNECTIONS (16),
BENCH_ROWS (statistic rows, 1 000 000).
"""

from __future__ import annotations

import http.client
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_DB = "postgres://postgres@127.0.0.1:5432/samla_bench"
PLAN = "/samla/grupper/nosam-alingsas-och-lerum/aktivitetsplaner/psykisk-halsa-och-missbruk-2026/"
SECONDS = int(os.environ.get("BENCH_SECONDS", 5))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", 16))
ROUNDS = 3
PASSWORD = "samla-demo-2026"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def environment(var: str) -> dict:
    url = os.environ.get("DATABASE_URL", DEFAULT_DB)
    if not url.startswith("postgres"):
        raise SystemExit("Benchmarken kräver PostgreSQL: sätt DATABASE_URL.")
    if url == DEFAULT_DB:
        subprocess.run(
            ["createdb", "-h", "127.0.0.1", "-U", "postgres", "samla_bench"],
            stderr=subprocess.DEVNULL,
            check=False,
        )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "samla.settings",
        "SECRET_KEY": "bench-only-" + "x" * 40,
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": url,
        "REDIS_URL": os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/13"),
        "SECURE_SSL_REDIRECT": "0",
        "SAMLA_VAR_DIR": var,
        "LOG_LEVEL": "WARNING",
    }
    for name in ("DEBUG", "SAMLA_DEVELOPMENT"):
        env.pop(name, None)
    return env


def prepare(env: dict) -> dict:
    """Migrate, load the demo, build the large plans, the statistics and a
    big draft report; return the paths the bench loads."""
    os.environ.update(env)
    import django

    django.setup()
    from django.core.cache import cache
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("collectstatic", "--noinput", verbosity=0)
    call_command("load_demo", "--users", verbosity=0)
    from bench.deviations import ensure_rows
    from nosam.models import Area

    area = Area.objects.get(slug="samla")
    boards = {count: large_plan(area, count) for count in (200, 500)}
    ensure_rows(area, int(os.environ.get("BENCH_ROWS", 1_000_000)))
    report = big_report(area)
    cache.clear()
    return {"boards": boards, "report": report}


def large_plan(area, count: int) -> tuple[str, str]:
    """A group of its own with a plan of ``count`` activities: (board, draft)."""
    from datetime import date

    from nosam.models import Group, Membership, Person
    from plans.models import Activity, ActivityPlan, CollaborationPlan, FollowUp

    group, _ = Group.objects.get_or_create(
        area=area, slug=f"bench-{count}", defaults={"name": f"Benchgrupp {count}", "kind": "tema"}
    )
    plan, created = ActivityPlan.objects.get_or_create(
        group=group,
        slug=f"bench-{count}",
        defaults={
            "year": date.today().year,
            "title": f"Aktivitetsplan med {count} aktiviteter",
            "collaboration_plan": CollaborationPlan.objects.current(area),
        },
    )
    if created:
        Activity.objects.bulk_create(
            Activity(
                plan=plan,
                position=i + 1,
                local_goal=f"Mål {i // 10}",
                what=f"Aktivitet {i} med en beskrivning av vad som ska göras",
                how="Genom samverkan mellan kommun och region, med en rad om hur.",
                responsible="NOSAM Alingsås",
                deadline="2026-10-01" if i % 7 == 0 else "Våren 2027",
                measure="Antal deltagare, uppföljning i december",
            )
            for i in range(count)
        )
        FollowUp.objects.bulk_create(
            FollowUp(activity=a, date=date(2026, 10, 1), text="Planering pågår enligt plan.")
            for a in plan.activities.all()
        )
        leader = Person.objects.get(user__username="processledare")
        Membership.objects.get_or_create(group=group, person=leader, defaults={"role": "ledamot"})
    return (
        f"/{area.slug}/grupper/{group.slug}/motesvy/",
        f"/{area.slug}/grupper/{group.slug}/aktivitetsplaner/{plan.slug}/utkast/",
    )


def big_report(area) -> str:
    """A draft annual report of 35 groups and the 500 activities' year."""
    from datetime import date

    from nosam.models import Group
    from reports.models import Report
    from reports.services import report_create

    for i in range(35 - area.groups.count()):
        Group.objects.get_or_create(
            area=area, slug=f"bench-grupp-{i}", defaults={"name": f"Benchtema {i}", "kind": "tema"}
        )
    year = date.today().year
    report = Report.objects.filter(area=area, group=None, year=year).first()
    if report is None:
        report = report_create(area=area, group=None, year=year)
    return report.get_absolute_url() + "rapport.pdf"


def request(port: int, method: str, path: str, *, cookies=None, body=None, headers=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    sent = {"Host": f"127.0.0.1:{port}", **(headers or {})}
    if cookies:
        sent["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
    if isinstance(body, dict):
        sent["Content-Type"] = "application/x-www-form-urlencoded"
        sent["Origin"] = f"http://127.0.0.1:{port}"
        body = urllib.parse.urlencode(body)
    conn.request(method, path, body=body, headers=sent)
    response = conn.getresponse()
    content = response.read()
    got = {}
    for name, value in response.getheaders():
        if name.lower() == "set-cookie":
            key, _, rest = value.partition("=")
            got[key] = rest.split(";")[0]
    conn.close()
    return response, content, got


def log_in(port: int) -> dict:
    _, page, cookies = request(port, "GET", "/konto/logga-in/")
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1).decode()
    data = {"csrfmiddlewaretoken": token, "username": "processledare", "password": PASSWORD}
    response, _, new = request(port, "POST", "/konto/logga-in/", cookies=cookies, body=data)
    assert response.status == 302, response.status
    return {**cookies, **new}


def wrk(port: int, path: str, headers: dict, connections: int = CONNECTIONS) -> dict:
    command = ["wrk", f"-t{min(2, connections)}", f"-c{connections}", f"-d{SECONDS}s", "--latency"]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    output = subprocess.run(
        [*command, f"http://127.0.0.1:{port}{path}"], capture_output=True, text=True, check=True
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    p50 = _ms(re.search(r"50%\s+([\d.]+\w+)", output).group(1))
    p99 = _ms(re.search(r"99%\s+([\d.]+\w+)", output).group(1))
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if bad:
        raise SystemExit(f"{path}: {bad.group(1)} svar var fel\n{output}")
    return {"rate": rate, "p50": p50, "p99": p99}


def _ms(text: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(\w+)", text).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def serve(args: list[str], env: dict, port: int, cwd: Path) -> subprocess.Popen:
    gunicorn = shutil.which("gunicorn", path=str(Path(sys.executable).parent)) or "gunicorn"
    process = subprocess.Popen(
        [
            gunicorn,
            *args,
            "-b",
            f"127.0.0.1:{port}",
            "-w",
            "2",
            "--log-level",
            "error",
            "--control-socket",
            str(Path(env["SAMLA_VAR_DIR"]) / f"gunicorn-{port}.ctl"),
        ],
        cwd=cwd,
        env=env,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            request(port, "GET", "/" if "bare" in str(cwd) else "/helsa/")
            return process
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"gunicorn startade inte på {port}")


def main() -> None:
    if shutil.which("wrk") is None:
        raise SystemExit("wrk saknas: sudo apt-get install -y wrk")
    var = tempfile.mkdtemp(prefix="samla-bench-web-")
    env = environment(var)
    print("Förbereder databasen (demo, stora planer, statistikrader, årsrapport) …", flush=True)
    paths = prepare(env)
    bare_port, portal_port = free_port(), free_port()
    bare = serve(["bare_site:application"], env, bare_port, ROOT / "bench" / "bare")
    portal = serve(["samla.wsgi"], env, portal_port, ROOT)
    try:
        cookies = log_in(portal_port)
        session = {"Cookie": "; ".join(f"{k}={v}" for k, v in cookies.items())}
        response, _, _ = request(portal_port, "GET", PLAN)
        etag = response.getheader("ETag")
        # Public pages under load (16 connections); signed-in pages with one
        # connection per worker, so that their latency is the server's time.
        targets = [
            ("planen (anonym)", PLAN, {"Accept-Encoding": "br"}, CONNECTIONS),
            ("startsidan (anonym)", "/", {"Accept-Encoding": "br"}, CONNECTIONS),
            ("planen, 304", PLAN, {"If-None-Match": etag}, CONNECTIONS),
            ("statistik publik", "/samla/avvikelser/statistik/?period=2025-2", {}, CONNECTIONS),
        ]
        for count, (board, draft) in paths["boards"].items():
            targets.append((f"mötesvy {count} akt.", board, session, 2))
            targets.append((f"redigering {count} akt.", draft, session, 2))
        targets.append(("statistik 1 M rader", "/samla/avvikelser/?period=2025-2", session, 2))
        only = os.environ.get("BENCH_ONLY")
        if only:
            targets = [t for t in targets if only in t[0]]
        print(
            f"\nwrk: {SECONDS} s per körning, {CONNECTIONS} anslutningar, {ROUNDS} omgångar "
            "växelvis med bar Django (gunicorn, 2 arbetare)\n"
        )
        print(f"{'sida':<30}{'kvot':>6}{'req/s':>16}{'p50 ms':>14}{'p99 ms':>14}")
        for name, path, headers, connections in targets:
            bare_runs, runs = [], []
            for _ in range(ROUNDS):
                bare_runs.append(wrk(bare_port, "/", {}, connections))
                runs.append(wrk(portal_port, path, headers, connections))
            print(_line(f"{name} (c={connections})", runs, bare_runs))
        print()
        _timed("årsrapport PDF (utkast)", portal_port, paths["report"], cookies)
        _word_import(portal_port, cookies)
    finally:
        for process in (bare, portal):
            process.terminate()


def _line(name: str, runs: list[dict], bare: list[dict]) -> str:
    rates = [r["rate"] for r in runs]
    ratio = statistics.mean(rates) / statistics.mean(r["rate"] for r in bare)
    spread = (max(rates) - min(rates)) / 2

    def ms(key):
        values = [r[key] for r in runs]
        return f"{statistics.mean(values):.1f} ±{(max(values) - min(values)) / 2:.1f}"

    rate = f"{statistics.mean(rates):.0f} ±{spread:.0f}"
    return f"{name:<30}{ratio:>6.2f}{rate:>16}{ms('p50'):>14}{ms('p99'):>14}"


def _timed(name: str, port: int, path: str, cookies: dict) -> None:
    times = []
    for _ in range(3):
        started = time.perf_counter()
        response, content, _ = request(port, "GET", path, cookies=cookies)
        times.append(time.perf_counter() - started)
        assert response.status == 200 and content.startswith(b"%PDF"), response.status
    print(f"{name:<24} {statistics.median(times):.2f} s (median av 3; max {max(times):.2f} s)")


def _word_import(port: int, cookies: dict) -> None:
    from tests.word_documents import plan_with_rows

    times = []
    for _ in range(3):
        _, page, new = request(port, "GET", "/samla/aktivitetsplaner/importera/", cookies=cookies)
        cookies = {**cookies, **new}
        token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1).decode()
        group = re.search(rb'<option value="(\d+)"[^>]*>NOSAM Alings', page).group(1).decode()
        boundary = "----samlabench"
        field = f"--{boundary}\r\nContent-Disposition: form-data; name="
        parts = [
            f'{field}"csrfmiddlewaretoken"\r\n\r\n{token}\r\n',
            f'{field}"group"\r\n\r\n{group}\r\n',
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="plan.docx"\r\n'
            "Content-Type: application/octet-stream\r\n\r\n",
        ]
        body = "".join(parts).encode() + plan_with_rows(50) + f"\r\n--{boundary}--\r\n".encode()
        started = time.perf_counter()
        response, _, _ = request(
            port,
            "POST",
            "/samla/aktivitetsplaner/importera/",
            cookies=cookies,
            body=body,
            headers={
                "Content-Type": f"multipart/form-data; boundary={boundary}",
                "Origin": f"http://127.0.0.1:{port}",
            },
        )
        assert response.status == 302, response.status
        preview = response.getheader("Location")
        _, page, _ = request(port, "GET", preview, cookies=cookies)
        token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1).decode()
        saved, _, _ = request(
            port, "POST", preview, cookies=cookies, body={"csrfmiddlewaretoken": token}
        )
        assert saved.status == 302, saved.status
        times.append(time.perf_counter() - started)
    median = statistics.median(times)
    print(f"{'Wordimport, 50 rader':<24} {median:.2f} s (uppladdning och sparande; median av 3)")


if __name__ == "__main__":
    main()
