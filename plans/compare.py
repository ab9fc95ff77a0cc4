"""Compare two snapshots of a plan: what was added, removed and changed."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cached_property

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from plans.documents import ACTIVITY_FIELDS, PLAN_FIELDS
from plans.models import Status

# A word with the white space after it; white space at the very start on its own.
_TOKEN = re.compile(r"\s+|\S+\s*")
SAME, INSERTED, DELETED = "same", "ins", "del"
# Read out before and after a marked stretch, so that a change is not told by
# colour or strike-through alone.
SPOKEN = {INSERTED: ("tillagt: ", " (slut tillagt)"), DELETED: ("borttaget: ", " (slut borttaget)")}


@dataclass(frozen=True)
class DiffPart:
    kind: str  # SAME, INSERTED or DELETED
    text: str


def word_diff(old: str, new: str) -> tuple[list[DiffPart], list[DiffPart]]:
    """The two texts word by word: the old one with what was deleted marked,
    the new one with what was inserted marked. White space is kept as written
    (line breaks matter in a plan) but does not count as a change."""
    old_tokens, new_tokens = _TOKEN.findall(old), _TOKEN.findall(new)
    matcher = SequenceMatcher(
        None, [t.strip() for t in old_tokens], [t.strip() for t in new_tokens], autojunk=False
    )
    before: list[DiffPart] = []
    after: list[DiffPart] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        _add(before, SAME if op == "equal" else DELETED, old_tokens[i1:i2])
        _add(after, SAME if op == "equal" else INSERTED, new_tokens[j1:j2])
    return before, after


def _add(parts: list[DiffPart], kind: str, tokens: list[str]) -> None:
    """Append a stretch, its trailing white space outside the mark, joined to
    a neighbour of the same kind."""
    text = "".join(tokens)
    if not text:
        return
    pieces = [(kind, text)]
    if kind != SAME:
        core = text.rstrip()
        pieces = [(kind, core), (SAME, text[len(core) :])] if core else [(SAME, text)]
    for piece_kind, piece in pieces:
        if not piece:
            continue
        if parts and parts[-1].kind == piece_kind:
            parts[-1] = DiffPart(piece_kind, parts[-1].text + piece)
        else:
            parts.append(DiffPart(piece_kind, piece))


def diff_html(parts: list[DiffPart]) -> SafeString:
    """The parts as HTML: <ins> and <del> with their kind said in words."""
    return format_html_join("", "{}", ((_part_html(part),) for part in parts))


def _part_html(part: DiffPart) -> SafeString:
    if part.kind == SAME:
        return format_html("{}", part.text)
    opening, closing = SPOKEN[part.kind]
    return format_html(
        '<{0}><span class="visually-hidden">{1}</span>{2}'
        '<span class="visually-hidden">{3}</span></{0}>',
        part.kind,
        opening,
        part.text,
        closing,
    )


@dataclass(frozen=True)
class FieldChange:
    label: str
    old: str
    new: str

    @cached_property
    def _parts(self) -> tuple[list[DiffPart], list[DiffPart]]:
        return word_diff(self.old, self.new)

    @property
    def old_html(self) -> SafeString:
        """The old text, what was removed marked word by word."""
        return diff_html(self._parts[0])

    @property
    def new_html(self) -> SafeString:
        """The new text, what was added marked word by word."""
        return diff_html(self._parts[1])


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
