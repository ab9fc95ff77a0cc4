"""Scale out: two instances of the portal behind a load balancer share one
PostgreSQL and one Redis. A publication through one is seen by anonymous
readers of the other on their next request, and a session made on one works
on the other. Runs where PostgreSQL is the test database and Redis answers
(always in CI); it starts two gunicorn processes with production settings.
"""

import http.client
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parent.parent
PLAN = "/samla/grupper/nosam-alingsas-och-lerum/aktivitetsplaner/psykisk-halsa-och-missbruk-2026/"
REDIS = "redis://127.0.0.1:6379/14"

pytestmark = pytest.mark.django_db(transaction=True)


def _redis_answers() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


@pytest.fixture
def instances(demo_fresh, tmp_path):
    if connection.vendor != "postgresql" or not _redis_answers():
        if os.environ.get("CI") and os.environ.get("DATABASE_URL", "").startswith("postgres"):
            pytest.fail("CI med PostgreSQL: Redis måste svara för testet av flera instanser.")
        pytest.skip("Kräver PostgreSQL som testdatabas och Redis på 127.0.0.1:6379.")
    # The instances hash passwords as production does (the suite uses MD5).
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import PBKDF2PasswordHasher

    hasher = PBKDF2PasswordHasher()
    get_user_model().objects.filter(username="processledare").update(
        password=hasher.encode("samla-demo-2026", hasher.salt())
    )
    settings = connection.settings_dict
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "samla.settings",
        "SECRET_KEY": "scale-out-test-" + "x" * 40,
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": (
            f"postgres://{settings['USER']}@{settings['HOST'] or '127.0.0.1'}:"
            f"{settings['PORT'] or 5432}/{settings['NAME']}"
        ),
        "REDIS_URL": REDIS,
        "SECURE_SSL_REDIRECT": "0",
        "SAMLA_VAR_DIR": str(tmp_path),
    }
    for name in ("DEBUG", "SAMLA_DEVELOPMENT"):
        env.pop(name, None)
    python = sys.executable
    subprocess.run(
        [python, "manage.py", "collectstatic", "--noinput", "-v", "0"],
        cwd=ROOT,
        env=env,
        check=True,
    )
    subprocess.run(
        [python, "-c", f"import redis; redis.Redis.from_url({REDIS!r}).flushdb()"], check=True
    )
    gunicorn = shutil.which("gunicorn", path=str(Path(python).parent)) or "gunicorn"
    ports, processes = [], []
    for _ in range(2):
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        ports.append(port)
        processes.append(
            subprocess.Popen(
                [
                    gunicorn,
                    "samla.wsgi",
                    "-b",
                    f"127.0.0.1:{port}",
                    "-w",
                    "1",
                    "--log-level",
                    "error",
                    "--control-socket",
                    str(tmp_path / f"gunicorn-{port}.ctl"),
                ],
                cwd=ROOT,
                env=env,
            )
        )
    try:
        for port in ports:
            _wait_for(port)
        yield ports
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=10)


def _wait_for(port: int) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if _get(port, "/helsa/")[0] == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"instansen på port {port} startade inte")


def _request(port, method, path, *, cookies=None, body=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {"Host": f"127.0.0.1:{port}"}
    if cookies:
        headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
    if body is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        headers["Referer"] = f"http://127.0.0.1:{port}{path}"
        headers["Origin"] = f"http://127.0.0.1:{port}"
        body = urllib.parse.urlencode(body)
    conn.request(method, path, body=body, headers=headers)
    response = conn.getresponse()
    content = response.read().decode("utf-8", "replace")
    set_cookies = {}
    for header, value in response.getheaders():
        if header.lower() == "set-cookie":
            name, _, rest = value.partition("=")
            set_cookies[name] = rest.split(";")[0]
    conn.close()
    return response.status, content, set_cookies, dict(response.getheaders())


def _get(port, path, **kwargs):
    return _request(port, "GET", path, **kwargs)


def _form_post(port, path, data, cookies):
    """GET the form for its CSRF token, then POST it with the session."""
    status, page, new, _ = _get(port, path, cookies=cookies)
    assert status == 200, (path, status)
    cookies = {**cookies, **new}
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    return _request(
        port, "POST", path, cookies=cookies, body={"csrfmiddlewaretoken": token, **data}
    )


def test_a_publication_through_one_instance_is_seen_on_the_other_and_sessions_are_shared(
    instances,
):
    a, b = instances
    status, before, _, _ = _get(b, PLAN)
    assert status == 200 and "2.9" in before
    assert _get(b, PLAN)[3].get("X-Page-Cache") == "hit"  # B serves it from the cache

    # Log in on A; the session works on B.
    status, _, cookies, _ = _get(a, "/konto/logga-in/")
    status, _, new, _ = _form_post(
        a, "/konto/logga-in/", {"username": "processledare", "password": "samla-demo-2026"}, cookies
    )
    assert status == 302, status
    cookies = {**cookies, **new}
    status, account, _, _ = _get(b, "/konto/", cookies=cookies)
    assert status == 200 and "Lena" in account

    # Publish 2.10 through A; B's next anonymous reader sees it.
    status, _, _, headers = _form_post(
        a,
        PLAN + "publicera/",
        {"step": "minor", "version_date": "2026-12-01", "note": "Ny version"},
        cookies,
    )
    assert status == 302, status
    status, after, _, headers = _get(b, PLAN)
    assert status == 200
    assert headers.get("X-Page-Cache") == "miss"
    assert "2.10" in after
