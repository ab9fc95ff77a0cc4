"""Settings come from the environment."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _settings(**env) -> subprocess.CompletedProcess:
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in {"SECRET_KEY", "DEBUG", "SAMLA_DEVELOPMENT", "DATABASE_URL", "ALLOWED_HOSTS"}
    }
    clean.update(env, DJANGO_SETTINGS_MODULE="samla.settings", SAMLA_VAR_DIR="/tmp/samla-test-var")
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.DEBUG, s.LANGUAGE_CODE, s.TIME_ZONE, s.DATABASES['default']['ENGINE'], "
        "s.ALLOWED_HOSTS)"
    )
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=clean, capture_output=True, text=True
    )


def test_secret_key_is_required_unless_debug():
    result = _settings()
    assert result.returncode != 0
    assert "SECRET_KEY måste sättas" in result.stderr


def test_development_mode_runs_without_secret_key_and_without_debug_pages():
    result = _settings(SAMLA_DEVELOPMENT="1")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[:4] == ["False", "sv", "Europe/Stockholm", "samla.db.sqlite3"]


def test_debug_runs_without_secret_key_on_sqlite_in_swedish():
    result = _settings(DEBUG="1")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[:4] == ["True", "sv", "Europe/Stockholm", "samla.db.sqlite3"]


def test_database_url_and_allowed_hosts_come_from_the_environment():
    result = _settings(
        SECRET_KEY="x" * 50,
        DATABASE_URL="postgres://u:p@db.example:5432/samla",
        ALLOWED_HOSTS="samla.example.se, www.samla.example.se",
    )
    assert result.returncode == 0, result.stderr
    assert "django.db.backends.postgresql" in result.stdout
    assert "['samla.example.se', 'www.samla.example.se']" in result.stdout


def test_manage_py_alone_runs_in_development_mode_but_wsgi_needs_a_key():
    clean = {
        k: v
        for k, v in os.environ.items()
        if k
        not in {
            "SECRET_KEY",
            "DEBUG",
            "SAMLA_DEVELOPMENT",
            "DATABASE_URL",
            "DJANGO_SETTINGS_MODULE",
        }
    }
    clean["SAMLA_VAR_DIR"] = "/tmp/samla-test-var"
    manage = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=clean, capture_output=True, text=True
    )
    assert manage.returncode == 0, manage.stderr
    wsgi = subprocess.run(
        [sys.executable, "-c", "import samla.wsgi"],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
    )
    assert wsgi.returncode != 0 and "SECRET_KEY måste sättas" in wsgi.stderr
