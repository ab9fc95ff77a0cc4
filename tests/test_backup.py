"""Backup and restore: a round trip gives back every row of every table.

On SQLite through its online backup API; on PostgreSQL (DATABASE_URL) with
pg_dump -Fc and pg_restore. The test database is the one backed up.
"""

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from nosam.models import Area, Meeting
from plans.models import FollowUp
from tests.factories import AreaFactory

pytestmark = pytest.mark.django_db(transaction=True)


def _counts() -> dict[str, int]:
    counts = {}
    with connection.cursor() as cursor:
        for table in sorted(connection.introspection.table_names(cursor)):
            cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}")
            counts[table] = cursor.fetchone()[0]
    return counts


@pytest.fixture
def demo(demo_fresh):
    """The backup reads the database through a connection of its own."""
    return demo_fresh


def test_a_backup_restores_every_table_as_it_was(demo, tmp_path):
    before = _counts()
    assert sum(before.values()) > 500
    backup = tmp_path / "samla.backup"
    call_command("backup", str(backup))
    assert backup.stat().st_size > 10_000

    meetings = Meeting.objects.count()
    FollowUp.objects.all().delete()
    Meeting.objects.all().delete()
    AreaFactory(name="Nytt område efter säkerhetskopian")
    changed = _counts()
    assert changed != before

    call_command("restore", str(backup), "--noinput")
    assert _counts() == before
    assert Meeting.objects.count() == meetings > 0
    assert not Area.objects.filter(name="Nytt område efter säkerhetskopian").exists()


def test_a_file_that_is_no_backup_is_refused_and_nothing_changes(demo, tmp_path):
    before = _counts()
    junk = tmp_path / "inte-en-kopia.backup"
    junk.write_bytes(b"PK\x03\x04 not a database")
    with pytest.raises(CommandError, match="ingen säkerhetskopia"):
        call_command("restore", str(junk), "--noinput")
    assert _counts() == before


def test_a_missing_file_is_refused(tmp_path):
    with pytest.raises(CommandError, match="finns inte"):
        call_command("restore", str(tmp_path / "saknas.backup"), "--noinput")


def test_restore_asks_before_it_replaces_the_database(demo, tmp_path, monkeypatch):
    backup = tmp_path / "samla.backup"
    call_command("backup", str(backup))
    AreaFactory(name="Finns kvar")
    monkeypatch.setattr("builtins.input", lambda prompt: "nej")
    with pytest.raises(CommandError, match="Avbrutet"):
        call_command("restore", str(backup))
    assert Area.objects.filter(name="Finns kvar").exists()
