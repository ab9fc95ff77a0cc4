"""The change history of a plan, its activities and follow-ups, field by field."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from plans.models import Activity, ActivityPlan, FollowUp, Status, activity_title

KIND_LABELS = {"+": "Skapad", "~": "Ändrad", "-": "Borttagen"}
HIDDEN_FIELDS = {"id", "lock_version", "plan", "copied_from", "activity", "author", "created_at"}


@dataclass(frozen=True)
class Change:
    label: str
    old: str
    new: str


@dataclass
class HistoryEntry:
    when: datetime
    who: str
    kind: str
    subject: str
    changes: list[Change]

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)


def plan_history(plan: ActivityPlan, limit: int = 300) -> list[HistoryEntry]:
    """Newest first: every recorded change to the plan, its activities and follow-ups.

    Three queries whatever the number of changes; each record is compared with
    the one before it of the same object (simple-history's ``diff_against``).
    """
    activity_ids = Activity.history.filter(plan_id=plan.pk).values("id")
    sources = [
        (ActivityPlan, ActivityPlan.history.filter(id=plan.pk), _plan_subject),
        (Activity, Activity.history.filter(plan_id=plan.pk), _activity_subject),
        (FollowUp, FollowUp.history.filter(activity_id__in=activity_ids), _follow_up_subject),
    ]
    goals = dict(plan.collaboration_plan.goals.values_list("pk", "text"))
    entries: list[HistoryEntry] = []
    for model, records, subject in sources:
        records = records.select_related("history_user").order_by("id", "history_date", "pk")
        previous = None
        for record in records:
            if previous is not None and previous.id != record.id:
                previous = None
            entries.append(_entry(model, record, previous, subject, goals))
            previous = record
    entries.sort(key=lambda entry: entry.when, reverse=True)
    return entries[:limit]


def _entry(model, record, previous, subject, goals: dict[int, str]) -> HistoryEntry:
    changes = [
        Change(str(field.verbose_name), _shown(field, old, goals), _shown(field, new, goals))
        for field, old, new in _changed(model, record, previous)
    ]
    user = record.history_user
    who = (user.get_full_name() or user.username) if user else "Systemet"
    return HistoryEntry(record.history_date, who, record.history_type, subject(record), changes)


def _changed(model, record, previous) -> list[tuple]:
    """(field, old, new) in the model's field order: for a new object every
    field it was given, for a change what differs from the record before, for
    a removal nothing."""
    if record.history_type == "-":
        return []
    fields = [f for f in model._meta.concrete_fields if f.editable and f.name not in HIDDEN_FIELDS]
    if previous is None:
        values = ((f, f.value_from_object(record)) for f in fields)
        return [(field, None, new) for field, new in values if new not in ("", None)]
    delta = record.diff_against(previous, excluded_fields=HIDDEN_FIELDS)
    changed = {change.field: change for change in delta.changes}
    return [(f, changed[f.name].old, changed[f.name].new) for f in fields if f.name in changed]


def _shown(field, value, goals: dict[int, str]) -> str:
    if value is None:
        return ""
    if field.name in {"status", "new_status"}:
        return Status(value).label
    if field.name == "goal":
        return goals.get(value, "(borttaget mål)")
    return getattr(value, "text", None) or str(value)


def _plan_subject(record) -> str:
    return "Planen"


def _activity_subject(record) -> str:
    return f"Aktivitet ”{activity_title(record.what or '', record.id)}”"


def _follow_up_subject(record) -> str:
    return f"Uppföljning {record.date:%Y-%m-%d}"
