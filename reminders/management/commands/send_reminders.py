"""Daily: send the reminders that are due (cron, a systemd timer or a CronJob)."""

from datetime import date

from django.core.management.base import BaseCommand, CommandError

from reminders.services import reminders_send
from samla.numbers import YEAR_MAX, YEAR_MIN, counted


class Command(BaseCommand):
    help = "Skickar dagens påminnelser. Idempotent: det som redan skickats skickas inte igen."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Visa vem som skulle få vad, skicka inget."
        )
        parser.add_argument("--date", help="Som om det vore detta datum (ÅÅÅÅ-MM-DD).")

    def handle(self, *args, dry_run=False, date=None, **options):
        today = _day(date) if date else None
        report = reminders_send(today, dry_run=dry_run)
        for due in report.due:
            self.stdout.write(f"{due.person.name} <{due.person.email}> – {due.kind.label}")
            self.stdout.write(f"  Ämne: {due.subject}")
            for item in due.items:
                self.stdout.write(f"  • {item.reason}")
        self.stdout.write(_summary(report, dry_run))


def _summary(report, dry_run: bool) -> str:
    if dry_run:
        mails = counted(len(report.due), "e-postmeddelande", "e-postmeddelanden")
        return f"Provkörning: {mails} skulle skickas."
    if not report.queued:
        sent = counted(
            report.skipped, "påminnelse var redan skickad", "påminnelser var redan skickade"
        )
        return "Inget nytt att skicka." + (f" {sent}." if report.skipped else "")
    queued = counted(report.queued, "e-postmeddelande köat", "e-postmeddelanden köade")
    return queued + (f", {report.skipped} redan skickade." if report.skipped else ".")


def _day(text: str) -> date:
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise CommandError(f"”{text}” är inget datum. Skriv ÅÅÅÅ-MM-DD.") from None
    if not YEAR_MIN <= day.year <= YEAR_MAX:
        raise CommandError(f"Välj ett datum mellan år {YEAR_MIN} och {YEAR_MAX}.")
    return day
