"""A published plan as open data (JSON, CSV) and as PDF."""

from __future__ import annotations

from plans.models import PlanVersion, Status
from plans.partial_dates import PartialDate
from samla.exports import ExcelCsv

CSV_COLUMNS = [
    "Ordning",
    "Mål",
    "Prioriterat mål",
    "Vad",
    "Hur",
    "Beslut Vem/Ansvarig",
    "Startdatum",
    "Start från",
    "Start till",
    "Deadline/slutdatum",
    "Deadline från",
    "Deadline till",
    "Uppföljning, mätetal, utfallsmått",
    "Status",
]


def _date(text: str) -> dict:
    parsed = PartialDate.lenient(text) if text else None
    return {
        "text": text,
        "from": parsed.start.isoformat() if parsed and parsed.start else None,
        "to": parsed.end.isoformat() if parsed and parsed.end else None,
    }


def plan_data(version: PlanVersion, *, url: str) -> dict:
    """The published version as JSON-ready data (documented on /oppna-data/)."""
    snapshot = version.snapshot
    head = snapshot["plan"]
    return {
        "format": "samla-aktivitetsplan/1",
        "plan": {
            "title": head["title"],
            "group": head["group"],
            "area": version.plan.group.area.name,
            "target_group": head["target_group"],
            "year": head["year"],
            "version": version.label,
            "version_date": version.version_date.isoformat(),
            "published_at": version.published_at.isoformat(),
            "url": url,
        },
        "introduction": head["introduction"],
        "purpose": head["purpose"],
        "shifts": head["shifts"],
        "target_group_text": head["target_group_text"],
        "goals_heading": head["goals_heading"],
        "goals": head["goals"],
        "activities": _activities(snapshot),
    }


def _activities(snapshot: dict) -> list[dict]:
    return [
        {
            "position": position,
            "goal": row["goal"],
            "goal_is_prioritised": row["goal_prioritised"],
            "what": row["what"],
            "how": row["how"],
            "responsible": row["responsible"],
            "start": _date(row["start"]),
            "deadline": _date(row["deadline"]),
            "measure": row["measure"],
            "status": {
                "code": row["status"] or "ej_angiven",
                "label": Status(row["status"]).label,
            },
        }
        for position, row in enumerate(snapshot["activities"], start=1)
    ]


def activity_rows(snapshot: dict) -> list[list]:
    """One row per activity, in the columns of CSV_COLUMNS."""
    rows = []
    for activity in _activities(snapshot):
        rows.append(
            [
                activity["position"],
                activity["goal"],
                "ja" if activity["goal_is_prioritised"] else "nej",
                activity["what"],
                activity["how"],
                activity["responsible"],
                activity["start"]["text"],
                activity["start"]["from"] or "",
                activity["start"]["to"] or "",
                activity["deadline"]["text"],
                activity["deadline"]["from"] or "",
                activity["deadline"]["to"] or "",
                activity["measure"],
                activity["status"]["label"],
            ]
        )
    return rows


def plan_csv(snapshot: dict) -> bytes:
    """One row per activity; UTF-8 with BOM and semicolons, as Excel in Sweden expects."""
    writer = ExcelCsv()
    writer.writerow(CSV_COLUMNS)
    writer.writerows(activity_rows(snapshot))
    return writer.to_bytes()
