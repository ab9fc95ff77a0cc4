"""Read activity plans and handlingsplaner from Word (.docx).

The layout is that of the plans people already have: a title, the target
group, year, date and "Version.2.9", headed sections, and a table whose
headers say Mål, Vad, Hur, Beslut Vem/Ansvarig, Startdatum, Deadline/slutdatum,
Uppföljning and Status – written in many small variants. Nothing here saves:
:func:`read_word_plan` returns what it understood, with warnings, for the
user to check in a preview.
"""

from __future__ import annotations

import difflib
import io
import re
from dataclasses import asdict, dataclass, field

from django.conf import settings

from nosam.models import TargetGroup
from plans.models import CollaborationPlan, Status
from plans.partial_dates import PartialDate
from samla.numbers import YEAR_MAX, YEAR_MIN, NumberError, integer_in_range
from samla.patient_data import find_personal_numbers
from samla.uploads import ReadBudget, UploadRejected, UploadRules, check_upload, open_office_zip

ACTIVITY_COLUMNS = {
    "goal": ("mål",),  # the header starts with "Mål"
    "what": ("vad",),
    "how": ("hur",),
    "responsible": ("beslut", "ansvarig", "vem"),
    "start": ("start",),
    "deadline": ("deadline", "slutdatum", "slut"),
    "measure": ("uppföljning", "mätetal", "utfallsmått"),
    "status": ("status",),
}
TIMETABLE_COLUMNS = {
    "activity": ("aktivitet",),
    "when": ("tidpunkt", "när"),
    "delivery": ("leverans",),
}
SECTION_HEADINGS = {
    "syfte": "purpose",
    "förflyttning god och nära vård": "shifts",
    "målgrupper": "target_group_text",
    "målgrupp": "target_group_text",
}
GOAL_MATCH = 0.9  # how alike a goal must be to one of the area's prioritised goals


UPLOAD_RULES = UploadRules(
    extensions=frozenset({"docx"}),
    wrong_type="Filen måste vara ett Word-dokument (.docx).",
    refused={
        "doc": "Äldre Word-filer (.doc) kan inte läsas. Öppna filen i Word och spara den som "
        "Word-dokument (.docx).",
        "docm": "Dokument med makron (.docm) tas inte emot. Spara filen som vanligt "
        "Word-dokument (.docx).",
    },
    max_bytes_setting="WORD_MAX_UPLOAD_BYTES",
)


class WordRejected(UploadRejected):
    """The file is a readable .docx but no plan the portal can take."""


@dataclass
class ImportedActivity:
    goal_id: int | None
    local_goal: str
    what: str
    how: str
    responsible: str
    start: str
    deadline: str
    measure: str
    status: str
    warnings: list[str] = field(default_factory=list)


@dataclass
class ImportedPlan:
    kind: str  # "aktivitetsplan" or "handlingsplan"
    file_name: str
    title: str = ""
    target_group_text: str = ""
    year: int | None = None
    version: str = ""
    version_date: str = ""
    introduction: str = ""
    purpose: str = ""
    target_group_description: str = ""
    shift_ids: list[int] = field(default_factory=list)
    goal_ids: list[int] = field(default_factory=list)
    activities: list[ImportedActivity] = field(default_factory=list)
    timetable: list[dict] = field(default_factory=list)
    sections: dict[str, str] = field(default_factory=dict)  # handlingsplan texts
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> ImportedPlan:
        data = dict(data)
        data["activities"] = [ImportedActivity(**a) for a in data["activities"]]
        return cls(**data)

    @property
    def warning_count(self) -> int:
        rows = [a.warnings for a in self.activities] + [r["warnings"] for r in self.timetable]
        return len(self.warnings) + sum(len(w) for w in rows)


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def _cell_text(cell) -> str:
    """Every paragraph of a cell, one per line; blank paragraphs kept once."""
    text = "\n".join(p.text.rstrip() for p in cell.paragraphs)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def _unique_cells(row) -> list:
    """A row's cells, with a horizontally merged cell counted once."""
    seen, cells = set(), []
    for cell in row.cells:
        if id(cell._tc) not in seen:
            seen.add(id(cell._tc))
            cells.append(cell)
    return cells


def _column_map(header_cells, columns: dict[str, tuple[str, ...]]) -> dict[str, int]:
    """Which column holds what, from header texts in their many variants
    ("Beslut\nVem/Ansvarig", "Deadline/ slutdatum", …). Columns are tried in
    order, so "Beslut" is the responsible person before "slut" can mean a date."""
    found: dict[str, int] = {}
    for index, cell in enumerate(header_cells):
        text = _norm(_cell_text(cell))
        for name, keys in columns.items():
            if name in found:
                continue
            hit = text.startswith("mål") if name == "goal" else any(k in text for k in keys)
            if hit:
                found[name] = index
                break
    return found


def read_word_plan(uploaded, *, area) -> ImportedPlan:
    """Check and read an uploaded .docx; raise an :class:`UploadRejected` if unusable."""
    upload = check_upload(uploaded, rules=UPLOAD_RULES, default_name="dokument")
    name, data = upload.name, upload.data
    archive = open_office_zip(
        data, document="Word-dokument", max_xml_part=settings.UPLOAD_MAX_XML_BYTES
    )
    names = set(archive.namelist())
    if "word/document.xml" not in names:
        raise WordRejected("Filen är inget Word-dokument.")
    if "word/vbaProject.bin" in names or b"macroEnabled" in archive.read("[Content_Types].xml"):
        raise WordRejected("Dokument med makron tas inte emot. Spara som vanligt .docx.")
    from docx import Document

    budget = ReadBudget(max_rows=settings.WORD_MAX_ROWS)
    try:
        document = Document(io.BytesIO(data))
    except Exception:  # python-docx raises many kinds; the user needs one message
        raise WordRejected(
            "Filen kunde inte läsas som Word-dokument. Den kan vara skadad."
        ) from None
    plan = _read(document, name, area, budget)
    # The file name too: it is shown in the preview. Cells apart, so that two
    # numbers in neighbouring cells never read as one.
    numbers = find_personal_numbers("\n".join([name, *(p.text for p in document.paragraphs)]))
    for table in document.tables:
        for row in budget.rows(table.rows, header_rows=1):
            numbers += find_personal_numbers("\n".join(c.text for c in row.cells))
    if numbers:
        raise WordRejected(
            "Dokumentet verkar innehålla personnummer eller samordningsnummer. Uppgifter som "
            "kan identifiera en patient får inte sparas i portalen. Ta bort dem och försök igen."
        )
    return plan


def _read(document, file_name: str, area, budget: ReadBudget) -> ImportedPlan:
    for table in document.tables:
        budget.check_time()
        header = _unique_cells(table.rows[0]) if table.rows else []
        columns = _column_map(header, ACTIVITY_COLUMNS)
        if {"what", "deadline"} <= set(columns) and ("goal" in columns or "how" in columns):
            plan = ImportedPlan("aktivitetsplan", file_name)
            _read_front(document, plan, area)
            _read_activities(table, columns, plan, area, budget)
            return plan
    for table in document.tables:
        budget.check_time()
        header = _unique_cells(table.rows[0]) if table.rows else []
        columns = _column_map(header, TIMETABLE_COLUMNS)
        if {"activity", "when"} <= set(columns):
            plan = ImportedPlan("handlingsplan", file_name)
            _read_action_plan(document, table, columns, plan, budget)
            return plan
    raise WordRejected(
        "Dokumentet har ingen aktivitetstabell. Tabellen ska ha kolumnerna Mål, Vad, Hur, "
        "Beslut Vem/Ansvarig, Startdatum, Deadline/slutdatum, Uppföljning och Status "
        "(eller, för en handlingsplan, Aktivitet, Tidpunkt och Leverans)."
    )


def _paragraphs(document) -> list[str]:
    return [p.text.strip() for p in document.paragraphs]


def _read_front(document, plan: ImportedPlan, area) -> None:
    """Title, target group, year, date, version, and the headed sections."""
    texts = _paragraphs(document)
    lines = [t for t in texts if t]
    if not lines:
        plan.warnings.append("Dokumentet saknar rubrik.")
        return
    plan.title = lines[0]
    heading_index = next(
        (i for i, t in enumerate(lines) if _section_key(t) is not None), len(lines)
    )
    front, rest = lines[1:heading_index], lines[heading_index:]
    target_lines = []
    for line in front:
        if re.fullmatch(r"\d{4}", line):
            plan.year = _year(line)
        elif re.fullmatch(r"\d{4}-\d{2}-\d{2}", line):
            plan.version_date = line
        elif m := re.fullmatch(r"(?i)version\s*\.?\s*(\d+\.\d+)", line):
            plan.version = m[1]
        elif plan.year is None:
            target_lines.append(line)
        else:
            plan.introduction = "\n\n".join(filter(None, [plan.introduction, line]))
    plan.target_group_text = " ".join(" ".join(target_lines).split())
    if plan.year is None:
        plan.warnings.append("Året kunde inte läsas ur dokumentet.")
    _read_sections(rest, plan, area)


def _year(text: str) -> int | None:
    """A year from the document, if it is one the portal works with."""
    try:
        return integer_in_range(text, minimum=YEAR_MIN, maximum=YEAR_MAX)
    except NumberError:
        return None


def _section_key(text: str) -> str | None:
    key = _norm(text)
    if key in SECTION_HEADINGS:
        return SECTION_HEADINGS[key]
    if key.startswith("prioriterade mål"):
        return "goals"
    return None


def _read_sections(lines: list[str], plan: ImportedPlan, area) -> None:
    current, collected = None, {}
    for line in lines:
        key = _section_key(line)
        if key is not None:
            current = key
            collected.setdefault(current, [])
        elif current:
            collected[current].append(line)
    plan.purpose = "\n\n".join(collected.get("purpose", []))
    plan.target_group_description = "\n\n".join(collected.get("target_group_text", []))
    collaboration = CollaborationPlan.objects.current(area)
    if collaboration is None:
        return
    shifts = {_norm(s.text): s.pk for s in collaboration.shifts.all()}
    for line in collected.get("shifts", []):
        found = _closest(line, shifts)
        if found:
            plan.shift_ids.append(found)
        else:
            plan.warnings.append(f"Förflyttningen ”{line}” finns inte i samverkansplanen.")
    goals = {_norm(g.text): g.pk for g in collaboration.goals.all()}
    for line in collected.get("goals", []):
        found = _closest(line, goals)
        if found:
            plan.goal_ids.append(found)


def _closest(text: str, candidates: dict[str, int]) -> int | None:
    key = _norm(text)
    best, score = None, 0.0
    for candidate, pk in candidates.items():
        ratio = difflib.SequenceMatcher(None, key, candidate).ratio()
        if ratio > score:
            best, score = pk, ratio
    return best if score >= GOAL_MATCH else None


def _row_values(cells, columns: dict[str, int], names) -> dict[str, str]:
    values = {}
    for name in names:
        index = columns.get(name)
        values[name] = _cell_text(cells[index]) if index is not None and index < len(cells) else ""
    return values


STATUS_BY_LABEL = {_norm(label): value for value, label in Status.choices}


def _read_activities(
    table, columns: dict[str, int], plan: ImportedPlan, area, budget: ReadBudget
) -> None:
    collaboration = CollaborationPlan.objects.current(area)
    goals = {_norm(g.text): g.pk for g in collaboration.goals.all()} if collaboration else {}
    previous_goal = ""
    for number, row in enumerate(budget.rows(table.rows[1:]), start=2):
        values = _row_values(_unique_cells(row), columns, ACTIVITY_COLUMNS)
        if not any(values.values()):
            continue  # empty trailing rows
        warnings = []
        goal_text = values["goal"] or previous_goal
        if not values["goal"] and previous_goal:
            warnings.append("Målcellen är tom: målet från raden ovanför används.")
        previous_goal = goal_text
        goal_id = _closest(goal_text, goals) if goal_text else None
        if not goal_text:
            warnings.append("Raden saknar mål.")
        for name, label in (("start", "Startdatum"), ("deadline", "Deadline")):
            if values[name] and not PartialDate.lenient(values[name]).valid:
                warnings.append(
                    f"{label} ”{values[name]}” kunde inte tolkas och sparas som text – rätta den."
                )
        status = ""
        if values["status"]:
            status = STATUS_BY_LABEL.get(_norm(values["status"]), "")
            if not status:
                warnings.append(f"Status ”{values['status']}” är okänd och sätts till Ej angiven.")
        if not values["what"]:
            warnings.append(f"Rad {number} saknar Vad.")
        plan.activities.append(
            ImportedActivity(
                goal_id=goal_id,
                local_goal="" if goal_id else goal_text,
                what=values["what"] or "(utan rubrik)",
                how=values["how"],
                responsible=values["responsible"],
                start=values["start"],
                deadline=values["deadline"],
                measure=values["measure"],
                status=status,
                warnings=warnings,
            )
        )
    if not plan.activities:
        plan.warnings.append("Aktivitetstabellen har inga rader.")


ACTION_SECTIONS = {
    "bakgrund": "background",
    "syfte": "purpose",
    "mål": "goal",
    "uppföljning av metod": "method_questions",
    "uppföljning av pilot": "pilot_questions",
    "tidplan": "timetable_intro",
    "kostnader": "costs",
    "projektorganisation": "organisation_note",
    "rapporteringsrutiner": "reporting",
}


def _read_action_plan(document, table, columns, plan: ImportedPlan, budget: ReadBudget) -> None:
    lines = [t for t in _paragraphs(document) if t]
    plan.title = " ".join(lines[0].split()) if lines else ""
    if m := re.search(r"(\d{4})\s*[–-]\s*(\d{4})", plan.title):
        start, end = _year(m[1]), _year(m[2])
        if start is not None and end is not None and start <= end:
            plan.year = start
            plan.sections["end_year"] = str(end)
    current = None
    collected: dict[str, list[str]] = {}
    for line in lines[1:]:
        key = _norm(line)
        if key in ACTION_SECTIONS:
            current = ACTION_SECTIONS[key]
        elif key.startswith("projektavslut"):
            current = "closing"
            plan.sections["closing_label"] = line[len("Projektavslut") :].strip()
        elif key in {"innehåll"} or re.search(r"\.{3,}|\t\d+$", line):
            continue  # the table of contents
        elif current:
            collected.setdefault(current, []).append(line)
    for key, values in collected.items():
        separator = "\n" if key in {"method_questions", "pilot_questions"} else "\n\n"
        plan.sections[key] = separator.join(values)
    for number, row in enumerate(budget.rows(table.rows[1:]), start=2):
        cells = _unique_cells(row)
        values = {
            name: _cell_text(cells[i]) if i < len(cells) else "" for name, i in columns.items()
        }
        if not any(values.values()):
            continue
        warnings = []
        if values.get("when") and not PartialDate.lenient(values["when"]).valid:
            warnings.append(f"Rad {number}: tidpunkten ”{values['when']}” kunde inte tolkas.")
        plan.timetable.append({**values, "warnings": warnings})


# --- What the preview and the save need ---------------------------------------------


def imported_target_group(*, area, imported: ImportedPlan):
    """The area's target group the document names, by name or another name."""
    wanted = " ".join(imported.target_group_text.casefold().split())
    for target_group in TargetGroup.objects.filter(area=area):
        names = [target_group.name, *target_group.other_names.splitlines()]
        if wanted and any(" ".join(n.casefold().split()) == wanted for n in names):
            return target_group
    return None


def imported_plan_snapshot(*, area, imported: ImportedPlan, target_group) -> dict:
    """The imported plan in the shape the plan page draws, for the preview."""
    collaboration = CollaborationPlan.objects.current(area)
    goals = {g.pk: g.text for g in collaboration.goals.all()} if collaboration else {}
    shifts = {s.pk: s.text for s in collaboration.shifts.all()} if collaboration else {}
    return {
        "plan": {
            "title": imported.title,
            "group": "",
            "target_group": imported.target_group_text
            or (target_group.name if target_group else ""),
            "year": imported.year,
            "introduction": imported.introduction,
            "purpose": imported.purpose,
            "shifts": [shifts[pk] for pk in imported.shift_ids if pk in shifts],
            "target_group_text": imported.target_group_description,
            "goals_heading": "Prioriterade mål enligt "
            + (collaboration.title if collaboration else "samverkansplanen"),
            "goals": [goals[pk] for pk in imported.goal_ids if pk in goals],
        },
        "activities": [
            {
                "id": index,
                "goal": goals.get(row.goal_id, row.local_goal),
                "goal_prioritised": row.goal_id is not None,
                "what": row.what,
                "how": row.how,
                "responsible": row.responsible,
                "start": row.start,
                "deadline": row.deadline,
                "measure": row.measure,
                "status": row.status,
            }
            for index, row in enumerate(imported.activities, start=1)
        ],
    }
