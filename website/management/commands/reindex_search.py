from django.core.management.base import BaseCommand

from website.indexing import reindex_all


class Command(BaseCommand):
    help = "Bygger om sökindexet för den publika webbplatsen från det som är publicerat."

    def handle(self, *args, **options):
        count = reindex_all()
        self.stdout.write(self.style.SUCCESS(f"Sökindexet innehåller {count} texter."))
