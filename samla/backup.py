"""Consistent backups of the default database, and restoring one.

SQLite: the online backup API (``sqlite3.Connection.backup``) copies the
database page by page as one snapshot, also while the site is writing to it.
PostgreSQL: ``pg_dump -Fc`` (one snapshot by design) and ``pg_restore --clean
--if-exists --single-transaction`` (all of it or nothing).
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import tempfile
from pathlib import Path

from django.db import connections

SQLITE_MAGIC = b"SQLite format 3\x00"
PG_CUSTOM_MAGIC = b"PGDMP"


class BackupError(Exception):
    """The backup or restore cannot be done; the message says why, in Swedish."""


def _connection(alias: str):
    return connections[alias]


def backup_create(*, path: Path, alias: str = "default") -> None:
    """Write a backup of the database to ``path`` (replaced only when complete)."""
    connection = _connection(alias)
    path = Path(path)
    if not path.parent.is_dir():
        raise BackupError(f"Katalogen {path.parent} finns inte.")
    # Written beside the target and renamed at the end: never half a backup.
    handle, partial = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(handle)
    try:
        if connection.vendor == "sqlite":
            _sqlite_backup(connection, Path(partial))
        elif connection.vendor == "postgresql":
            _pg_backup(connection, Path(partial))
        else:
            raise BackupError(f"Databastypen {connection.vendor} stöds inte.")
        os.replace(partial, path)
    finally:
        if os.path.exists(partial):
            os.unlink(partial)


def backup_restore(*, path: Path, alias: str = "default") -> None:
    """Replace the database's content with the backup in ``path``."""
    connection = _connection(alias)
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"Filen {path} finns inte.")
    with path.open("rb") as file:
        head = file.read(16)
    if connection.vendor == "sqlite":
        if head != SQLITE_MAGIC:
            raise BackupError(f"{path} är ingen säkerhetskopia av en SQLite-databas.")
        _sqlite_restore(connection, path)
    elif connection.vendor == "postgresql":
        if not head.startswith(PG_CUSTOM_MAGIC):
            raise BackupError(f"{path} är ingen säkerhetskopia från pg_dump -Fc.")
        _pg_restore(connection, path)
    else:
        raise BackupError(f"Databastypen {connection.vendor} stöds inte.")


def _sqlite_path(connection) -> str:
    name = str(connection.settings_dict["NAME"])
    if connection.is_in_memory_db():
        raise BackupError("En databas i minnet kan inte säkerhetskopieras.")
    return name


def _sqlite_backup(connection, target: Path) -> None:
    source = sqlite3.connect(_sqlite_path(connection))
    destination = sqlite3.connect(target)
    try:
        source.backup(destination)
        # One self-contained file, whatever journal the live database keeps.
        destination.execute("PRAGMA journal_mode=DELETE")
    finally:
        destination.close()
        source.close()


def _sqlite_restore(connection, backup: Path) -> None:
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        if source.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise BackupError(f"{backup} är skadad och läses inte tillbaka.")
        tables = {row[0] for row in source.execute("SELECT name FROM sqlite_master")}
        if "django_migrations" not in tables:
            raise BackupError(f"{backup} är ingen säkerhetskopia av SAMLA-portalen.")
        connection.close()  # ours; the copy waits for other writers (busy timeout)
        destination = sqlite3.connect(_sqlite_path(connection), timeout=30)
        try:
            source.backup(destination)
        finally:
            destination.close()
    except sqlite3.DatabaseError as error:
        raise BackupError(
            f"{backup} är ingen säkerhetskopia av en SQLite-databas ({error})."
        ) from None
    finally:
        source.close()


def _pg_environment(connection) -> dict[str, str]:
    """libpq's variables, so the password is not on the command line."""
    settings = connection.settings_dict
    values = {
        "PGHOST": settings.get("HOST"),
        "PGPORT": settings.get("PORT"),
        "PGUSER": settings.get("USER"),
        "PGPASSWORD": settings.get("PASSWORD"),
        "PGDATABASE": settings.get("NAME"),
        "PGSSLMODE": settings.get("OPTIONS", {}).get("sslmode"),
    }
    return {**os.environ, **{k: str(v) for k, v in values.items() if v}}


def _pg_tool(connection, name: str) -> str:
    """The tool's path, if its major version is at least the server's."""
    tool = shutil.which(name)
    if tool is None:
        raise BackupError(
            f"{name} saknas. Installera PostgreSQL:s klientprogram (postgresql-client)."
        )
    output = subprocess.run([tool, "--version"], capture_output=True, text=True, check=True).stdout
    found = re.search(r"\)\s*(\d+)", output)
    tool_major = int(found[1]) if found else 0
    connection.ensure_connection()
    server_major = connection.pg_version // 10000
    if tool_major < server_major:
        raise BackupError(
            f"{name} är version {tool_major} men servern kör PostgreSQL {server_major}. "
            f"Installera {name} {server_major} eller nyare."
        )
    return tool


def _pg_run(connection, command: list[str]) -> None:
    result = subprocess.run(
        command, env=_pg_environment(connection), capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise BackupError(f"{Path(command[0]).name} misslyckades: {result.stderr.strip()}")


def _pg_backup(connection, target: Path) -> None:
    tool = _pg_tool(connection, "pg_dump")
    _pg_run(connection, [tool, "--format=custom", "--no-owner", f"--file={target}"])


def _pg_restore(connection, backup: Path) -> None:
    tool = _pg_tool(connection, "pg_restore")
    connection.close()  # pg_restore drops and recreates our tables
    _pg_run(
        connection,
        [
            tool,
            "--clean",
            "--if-exists",
            "--no-owner",
            "--single-transaction",
            f"--dbname={connection.settings_dict['NAME']}",
            str(backup),
        ],
    )
