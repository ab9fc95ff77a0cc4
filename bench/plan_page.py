"""Benchmark: the public plan page next to a trivial Django view, in one run.

Starts gunicorn on a fresh database with the demo data (production settings,
DEBUG off), loads both pages with several client processes and prints
requests per second and p50/p95/p99 latency, and the ratio between them.

    make bench                       # SQLite in a temporary folder
    DATABASE_URL=postgres://… make bench

Options: --requests N (per page), --concurrency C, --workers W.
"""

from __future__ import annotations

import argparse
import http.client
import multiprocessing
import os
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLAN = "/samla/grupper/nosam-alingsas-och-lerum/aktivitetsplaner/psykisk-halsa-och-missbruk-2026/"
TRIVIAL = "/helsa/"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(cmd: list[str], env: dict) -> None:
    subprocess.run(cmd, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


def client(args: tuple[int, str, int]) -> list[float]:
    port, path, count = args
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    timings = []
    for _ in range(count):
        start = time.perf_counter()
        connection.request("GET", path, headers={"Host": "127.0.0.1"})
        response = connection.getresponse()
        body = response.read()
        timings.append(time.perf_counter() - start)
        if response.status != 200 or not body:
            raise SystemExit(f"{path}: HTTP {response.status}")
    connection.close()
    return timings


def measure(port: int, path: str, requests: int, concurrency: int) -> dict:
    per_client = max(1, requests // concurrency)
    with multiprocessing.Pool(concurrency) as pool:
        pool.map(client, [(port, path, 20)] * concurrency)  # warm up
        start = time.perf_counter()
        results = pool.map(client, [(port, path, per_client)] * concurrency)
        elapsed = time.perf_counter() - start
    timings = sorted(t for result in results for t in result)
    quantiles = statistics.quantiles(timings, n=100)
    return {
        "path": path,
        "requests": len(timings),
        "rps": len(timings) / elapsed,
        "p50": quantiles[49] * 1000,
        "p95": quantiles[94] * 1000,
        "p99": quantiles[98] * 1000,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=4000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    options = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="samla-bench-") as tmp:
        port = free_port()
        env = {
            **os.environ,
            "SECRET_KEY": secrets.token_urlsafe(50),
            "DEBUG": "0",
            "ALLOWED_HOSTS": "127.0.0.1",
            "SECURE_SSL_REDIRECT": "0",
            "SAMLA_VAR_DIR": tmp,
            "LOG_LEVEL": "WARNING",
        }
        python = sys.executable
        print("Förbereder databas, demodata och statiska filer …", flush=True)
        run([python, "manage.py", "migrate", "--noinput", "-v", "0"], env)
        run([python, "manage.py", "load_demo"], env)
        run([python, "manage.py", "collectstatic", "--noinput", "-v", "0"], env)
        server = subprocess.Popen(
            [
                python,
                "-m",
                "gunicorn",
                "samla.wsgi:application",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                str(options.workers),
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=env,
        )
        try:
            for _ in range(100):
                try:
                    client((port, TRIVIAL, 1))
                    break
                except (ConnectionError, OSError):
                    time.sleep(0.1)
            database = (
                "PostgreSQL" if env.get("DATABASE_URL", "").startswith("postgres") else "SQLite"
            )
            print(
                f"gunicorn: {options.workers} arbetare · "
                f"{options.concurrency} samtidiga klienter · "
                f"{options.requests} anrop per sida · {database}\n"
            )
            results = [
                measure(port, path, options.requests, options.concurrency)
                for path in (TRIVIAL, PLAN)
            ]
        finally:
            server.terminate()
            server.wait(timeout=10)

    header = f"{'sida':<14}{'anrop':>8}{'anrop/s':>10}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}"
    print(header)
    print("-" * len(header))
    for name, result in zip(("trivial vy", "planens sida"), results, strict=True):
        print(
            f"{name:<14}{result['requests']:>8}{result['rps']:>10.0f}"
            f"{result['p50']:>9.2f}{result['p95']:>9.2f}{result['p99']:>9.2f}"
        )
    trivial, plan = results
    throughput = plan["rps"] / trivial["rps"]
    latency = plan["p50"] / trivial["p50"]
    print(
        f"\nKvot planens sida / trivial vy: {throughput:.2f} av genomströmningen, "
        f"p50 {latency:.2f}× så lång svarstid."
    )


if __name__ == "__main__":
    main()
