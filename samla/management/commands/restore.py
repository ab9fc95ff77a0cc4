from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from samla.backup import BackupError, backup_restore


class Command(BaseCommand):
    help = (
        "Läser tillbaka en säkerhetskopia från FIL (gjord med manage.py backup) och ersätter "
        "allt innehåll i databasen. Stoppa webbplatsen först."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="säkerhetskopian att läsa tillbaka")
        parser.add_argument("--database", default="default", help="databasalias (default)")
        parser.add_argument(
            "--noinput",
            "--no-input",
            action="store_false",
            dest="interactive",
            help="fråga inte före ersättningen",
        )

    def handle(self, *args, file, database, interactive, **options):
        if not file.is_file():
            raise CommandError(f"Filen {file} finns inte.")
        if interactive:
            answer = input(
                f"Allt i databasen ersätts med innehållet i {file}. Skriv ”ja” för att fortsätta: "
            )
            if answer.strip().lower() != "ja":
                raise CommandError("Avbrutet: databasen är orörd.")
        try:
            backup_restore(path=file, alias=database)
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            f"Databasen är återställd från {file}. Kör manage.py migrate om koden är nyare "
            "än säkerhetskopian."
        )
