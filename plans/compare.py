"""Compare two snapshots of a plan: what was added, removed and changed."""

from __future__ import annotations

from dataclasses import dataclass, field

from plans.documents import ACTIVITY_FIELDS, PLAN_FIELDS
from plans.models import Status


@dataclass(frozen=True)
class FieldChange:
    label: str
    old: str
    new: str


@dataclass
class ActivityChange:
    title: str
    changes: list[FieldChange]


@dataclass
class PlanComparison:
    plan_changes: list[FieldChange] = field(default_factory=list)
    added: list[dict] = field(default_factory=list)
    removed: list[dict] = field(default_factory=list)
    changed: list[ActivityChange] = field(default_factory=list)
    moved: list[str] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not (self.plan_changes or self.added or self.removed or self.changed or self.moved)

    @classmethod
    def between(cls, old: dict, new: dict) -> PlanComparison:
        comparison = cls(plan_changes=_field_changes(old["plan"], new["plan"], PLAN_FIELDS))
        old_rows = {row["id"]: row for row in old["activities"]}
        new_rows = {row["id"]: row for row in new["activities"]}
        comparison.added = [row for row in new["activities"] if row["id"] not in old_rows]
        comparison.removed = [row for row in old["activities"] if row["id"] not in new_rows]
        for row in new["activities"]:
            before = old_rows.get(row["id"])
            if before is None:
                continue
            changes = _field_changes(before, row, ACTIVITY_FIELDS)
            if changes:
                comparison.changed.append(ActivityChange(activity_title(row), changes))
        kept_old = [i for i in old_rows if i in new_rows]
        kept_new = [i for i in new_rows if i in old_rows]
        if kept_old != kept_new:
            comparison.moved = [activity_title(new_rows[i]) for i in kept_new]
        return comparison


def activity_title(row: dict) -> str:
    lines = [line for line in row["what"].splitlines() if line.strip()]
    return lines[0] if lines else "(utan rubrik)"


def _show(name: str, value) -> str:
    if name == "status":
        return Status(value).label
    if isinstance(value, list):
        return "\n".join(value)
    return str(value)


def _field_changes(old: dict, new: dict, fields: dict[str, str]) -> list[FieldChange]:
    return [
        FieldChange(label, _show(name, old.get(name, "")), _show(name, new.get(name, "")))
        for name, label in fields.items()
        if old.get(name, "") != new.get(name, "")
    ]
