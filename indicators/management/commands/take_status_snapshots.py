"""Daily: store how each current plan's statuses stood at the meetings held
since (read from the history, so a late run records the meeting's hour)."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from indicators.snapshots import meeting_snapshots
from plans.models import ActivityPlan


class Command(BaseCommand):
    help = "Sparar aktivitetsplanernas status vid varje hållet möte. Idempotent."

    def handle(self, *args, **options):
        year = timezone.localdate().year
        plans = ActivityPlan.objects.filter(year__in=[year - 1, year]).select_related("group")
        made = meeting_snapshots(plans, save=True)
        self.stdout.write(f"{len(made)} ögonblicksbilder sparade.")
