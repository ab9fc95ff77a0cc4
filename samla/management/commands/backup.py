from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from samla.backup import BackupError, backup_create


class Command(BaseCommand):
    help = (
        "Gör en konsekvent säkerhetskopia av databasen till FIL (SQLite: backup-API:t; "
        "PostgreSQL: pg_dump -Fc). Kan köras medan webbplatsen är i gång."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="filen som säkerhetskopian skrivs till")
        parser.add_argument("--database", default="default", help="databasalias (default)")

    def handle(self, *args, file, database, **options):
        try:
            backup_create(path=file, alias=database)
        except BackupError as error:
            raise CommandError(str(error)) from None
        size = file.stat().st_size
        self.stdout.write(f"Säkerhetskopian är skriven till {file} ({size} byte).")
