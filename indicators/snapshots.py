"""Status snapshots: how a plan's activities stood at each publication (taken
as the version is saved) and at each meeting of its group (read afterwards
from the activities' history, so the figures are those of the meeting's hour
however late they are asked for)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils import timezone

from indicators.models import StatusSnapshot
from indicators.publication import record
from nosam.models import Group, Meeting
from nosam.selectors import GroupHierarchy
from plans.models import Activity, ActivityPlan, PlanVersion, Status


@receiver(post_save, sender=PlanVersion, dispatch_uid="indicators.snapshot_on_publication")
def _snapshot_on_publication(sender, instance: PlanVersion, created: bool, raw=False, **kwargs):
    if not created or raw:
        return
    statuses = {str(row["id"]): row["status"] for row in instance.snapshot.get("activities", [])}
    StatusSnapshot.objects.get_or_create(
        plan_id=instance.plan_id,
        version=instance,
        defaults={
            "taken_at": instance.published_at,
            "occasion": StatusSnapshot.Occasion.PUBLICATION,
            "statuses": statuses,
            "indicators": record(instance),
        },
    )


def _statuses_at(history: list[tuple[int, datetime, str, str]], moment: datetime) -> dict:
    """{activity id: status} from history rows (id, date, type, status), oldest first."""
    found: dict[str, str] = {}
    for activity_id, when, kind, status in history:
        if when > moment:
            break
        if kind == "-":
            found.pop(str(activity_id), None)
        else:
            found[str(activity_id)] = status
    return found


def _meetings_of(plans: list[ActivityPlan], now: datetime) -> dict[int, list[Meeting]]:
    """Per plan: the meetings held in its year by the groups whose board shows
    it (in a fixed number of queries however many plans)."""
    hierarchies: dict[int, GroupHierarchy] = {}
    groups_of: dict[int, set[int]] = {}
    areas = dict(
        Group.objects.filter(pk__in={p.group_id for p in plans}).values_list("pk", "area_id")
    )
    for plan in plans:
        area_id = areas[plan.group_id]
        if area_id not in hierarchies:
            hierarchies[area_id] = GroupHierarchy.of(area_id)
        hierarchy = hierarchies[area_id]
        groups_of[plan.pk] = hierarchy.and_below({plan.group_id}) | hierarchy.joint_above(
            {plan.group_id}
        )
    links = Meeting.groups.through.objects.filter(
        group__in=set().union(*groups_of.values()) if groups_of else set(),
        meeting__starts_at__lte=now,
        meeting__starts_at__year__in={plan.year for plan in plans},
    ).select_related("meeting")
    by_group: dict[int, dict[int, Meeting]] = {}
    for link in links:
        by_group.setdefault(link.group_id, {})[link.meeting_id] = link.meeting
    found = {}
    for plan in plans:
        meetings = {}
        for group_id in groups_of[plan.pk]:
            meetings.update(by_group.get(group_id, {}))
        found[plan.pk] = sorted(
            (m for m in meetings.values() if m.starts_at.year == plan.year),
            key=lambda m: m.starts_at,
        )
    return found


def _history(plans: list[ActivityPlan]) -> dict[int, list]:
    rows = (
        Activity.history.filter(plan_id__in=[plan.pk for plan in plans])
        .order_by("history_date", "history_id")
        .values_list("plan_id", "id", "history_date", "history_type", "status")
    )
    found: dict[int, list] = {}
    for plan_id, *row in rows:
        found.setdefault(plan_id, []).append(tuple(row))
    return found


def meeting_snapshots(
    plans: list[ActivityPlan], now: datetime | None = None, *, save: bool = False
) -> list[StatusSnapshot]:
    """The snapshots of the meetings held in each plan's year that are not
    stored yet, read from the activities' history as they stood at the
    meeting's hour. ``save`` stores them (``manage.py take_status_snapshots``,
    daily); pages only read them, and never write on a GET."""
    now = now or timezone.now()
    plans = list(plans)
    meetings = _meetings_of(plans, now)
    taken = set(
        StatusSnapshot.objects.filter(plan__in=plans, meeting__isnull=False).values_list(
            "plan_id", "meeting_id"
        )
    )
    wanted = [(p, m) for p in plans for m in meetings[p.pk] if (p.pk, m.pk) not in taken]
    if not wanted:
        return []
    history = _history([p for p, _ in wanted])
    made = [
        StatusSnapshot(
            plan=plan,
            meeting=meeting,
            taken_at=meeting.starts_at,
            occasion=StatusSnapshot.Occasion.MEETING,
            statuses=_statuses_at(history.get(plan.pk, []), meeting.starts_at),
        )
        for plan, meeting in wanted
    ]
    if save:
        StatusSnapshot.objects.bulk_create(made, ignore_conflicts=True)
    return made


@dataclass(frozen=True)
class StatusColumn:
    """One bar of the stacked chart: a moment and its count per status."""

    label: str
    occasion: str
    counts: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


STATUS_ORDER = [s for s in Status]


def status_movement(plans: list[ActivityPlan], year: int | None = None) -> list[StatusColumn]:
    """The statuses of these plans at each day a snapshot was taken, oldest
    first. A plan without a snapshot that day counts as it stood at its latest
    one before, so every column covers the same plans."""
    plans = list(plans)
    stored = StatusSnapshot.objects.filter(plan__in=plans)
    snapshots = sorted([*stored, *meeting_snapshots(plans)], key=lambda snapshot: snapshot.taken_at)
    if year is not None:
        snapshots = [s for s in snapshots if timezone.localtime(s.taken_at).year == year]
    days: dict[str, list[StatusSnapshot]] = {}
    for snapshot in snapshots:
        days.setdefault(timezone.localtime(snapshot.taken_at).date().isoformat(), []).append(
            snapshot
        )
    current: dict[int, dict] = {}
    columns = []
    for day, taken in days.items():
        for snapshot in taken:
            current[snapshot.plan_id] = snapshot.statuses
        counter = Counter(status for statuses in current.values() for status in statuses.values())
        occasions = sorted({snapshot.get_occasion_display() for snapshot in taken})
        columns.append(
            StatusColumn(
                day, " och ".join(occasions), {s.value: counter.get(s.value, 0) for s in Status}
            )
        )
    return columns
