from django.conf import settings
from django.core.management.base import BaseCommand

from demo.services import demo_load


class Command(BaseCommand):
    help = (
        "Läser in demodata från källdokumenten: SAMLA och NOSAM Mölndal. Kan köras flera "
        "gånger; det som redan finns lämnas orört."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--users",
            action="store_true",
            help="Skapa demokonton även utanför utvecklingsläget (bara för test och demo).",
        )

    def handle(self, *args, **options):
        create_users = settings.DEVELOPMENT or options["users"]
        report = demo_load(create_users=create_users)
        for name in report.created:
            self.stdout.write(self.style.SUCCESS(f"Inläst: {name}"))
        for name in report.skipped:
            self.stdout.write(f"Fanns redan, lämnades orört: {name}")
        if report.logins:
            self.stdout.write("Demokonton (endast för utveckling):")
            for username, password in report.logins:
                self.stdout.write(f"  användarnamn {username}  lösenord {password}")
        elif not create_users:
            self.stdout.write("Inga demokonton skapades (utanför utvecklingsläget).")
