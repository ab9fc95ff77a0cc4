"""The activity plan as a document: what its pages show, built without HTTP.

A published version stores a snapshot (plain JSON) of the plan; the working
draft is turned into the same snapshot on the fly. Pages lay out a
:class:`PlanDocument` built from a snapshot, so a version and the draft are
shown by the same code and can be compared field by field.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from plans.models import ActivityPlan, FollowUp, PlanVersion, Status
from plans.partial_dates import PartialDate

SNAPSHOT_SCHEMA = 1

# The activity fields a snapshot keeps, with the labels of the Word table.
ACTIVITY_FIELDS = {
    "goal": "Mål",
    "what": "Vad",
    "how": "Hur",
    "responsible": "Beslut Vem/Ansvarig",
    "start": "Startdatum",
    "deadline": "Deadline/slutdatum",
    "measure": "Uppföljning, mätetal, utfallsmått",
    "status": "Status",
}
PLAN_FIELDS = {
    "title": "Titel",
    "target_group": "Målgrupp",
    "year": "År",
    "introduction": "Inledning",
    "purpose": "Syfte",
    "shifts": "Förflyttning God och nära vård",
    "target_group_text": "Målgrupper",
    "goals": "Prioriterade mål",
}


def plan_snapshot(plan: ActivityPlan) -> dict:
    """The plan's content as plain JSON: what a published version keeps."""
    activities = plan.activities.select_related("goal")
    return {
        "schema": SNAPSHOT_SCHEMA,
        "plan": {
            "title": plan.title,
            "group": plan.group.name,
            "target_group": plan.target_group_display,
            "year": plan.year,
            "introduction": plan.introduction,
            "purpose": plan.purpose,
            "shifts": [shift.text for shift in plan.shifts.all()],
            "target_group_text": plan.target_group_text,
            "goals_heading": f"Prioriterade mål enligt {plan.collaboration_plan.title}",
            "goals": [goal.text for goal in plan.goals.all()],
        },
        "activities": [
            {
                "id": activity.pk,
                "goal": activity.goal_text,
                "goal_prioritised": activity.goal_id is not None,
                "what": activity.what,
                "how": activity.how,
                "responsible": activity.responsible,
                "start": activity.start.text if activity.start else "",
                "deadline": activity.deadline.text if activity.deadline else "",
                "measure": activity.measure,
                "status": activity.status,
            }
            for activity in activities
        ],
    }


@dataclass(frozen=True)
class LatestFollowUp:
    date: date
    text: str


@dataclass(frozen=True)
class ActivityRow:
    pk: int | None
    goal: str
    what: str
    how: str
    responsible: str
    start: PartialDate | None
    deadline: PartialDate | None
    measure: str
    status: str
    latest_follow_up: LatestFollowUp | None = None

    @property
    def status_label(self) -> str:
        return Status(self.status).label

    @property
    def what_lines(self) -> list[str]:
        return [line for line in self.what.splitlines() if line.strip()]

    def deadline_passed(self, today: date) -> bool:
        return bool(self.deadline and self.deadline.has_passed(today))

    @classmethod
    def from_snapshot(cls, data: dict, latest: LatestFollowUp | None = None) -> ActivityRow:
        return cls(
            pk=data["id"],
            goal=data["goal"],
            what=data["what"],
            how=data["how"],
            responsible=data["responsible"],
            start=PartialDate.lenient(data["start"]) if data["start"] else None,
            deadline=PartialDate.lenient(data["deadline"]) if data["deadline"] else None,
            measure=data["measure"],
            status=data["status"],
            latest_follow_up=latest,
        )


@dataclass
class GoalSection:
    """Consecutive activities under one goal, as the Word table's merged Mål cell."""

    goal: str
    prioritised: bool
    rows: list[ActivityRow] = field(default_factory=list)


@dataclass
class PlanDocument:
    title: str
    group: str
    target_group: str
    year: int
    introduction: str
    purpose: str
    shifts: list[str]
    target_group_text: str
    goals_heading: str
    goals: list[str]
    sections: list[GoalSection]
    version_label: str = ""
    version_date: date | None = None
    published_at: datetime | None = None
    version_pk: int | None = None
    is_draft: bool = False

    @property
    def activity_count(self) -> int:
        return sum(len(section.rows) for section in self.sections)

    @property
    def rows(self) -> list[ActivityRow]:
        return [row for section in self.sections for row in section.rows]

    @classmethod
    def from_snapshot(
        cls,
        snapshot: dict,
        *,
        version: PlanVersion | None = None,
        latest_follow_ups: dict[int, LatestFollowUp] | None = None,
    ) -> PlanDocument:
        plan = snapshot["plan"]
        latest_follow_ups = latest_follow_ups or {}
        return cls(
            title=plan["title"],
            group=plan["group"],
            target_group=plan["target_group"],
            year=plan["year"],
            introduction=plan["introduction"],
            purpose=plan["purpose"],
            shifts=plan["shifts"],
            target_group_text=plan["target_group_text"],
            goals_heading=plan["goals_heading"],
            goals=plan["goals"],
            sections=group_by_goal(snapshot["activities"], latest_follow_ups),
            version_label=version.label if version else "",
            version_date=version.version_date if version else None,
            published_at=version.published_at if version else None,
            version_pk=version.pk if version else None,
            is_draft=version is None,
        )

    @classmethod
    def from_version(cls, version: PlanVersion) -> PlanDocument:
        return cls.from_snapshot(version.snapshot, version=version)

    @classmethod
    def from_draft(cls, plan: ActivityPlan) -> PlanDocument:
        """The working draft, with each activity's latest follow-up (internal)."""
        return cls.from_snapshot(plan_snapshot(plan), latest_follow_ups=latest_follow_ups(plan))


def latest_follow_ups(plan: ActivityPlan) -> dict[int, LatestFollowUp]:
    """The newest follow-up of every activity of the plan, in one query."""
    latest: dict[int, LatestFollowUp] = {}
    rows = FollowUp.objects.filter(activity__plan=plan).values_list("activity_id", "date", "text")
    for activity_id, day, text in rows:  # newest first, by FollowUp's ordering
        latest.setdefault(activity_id, LatestFollowUp(day, text))
    return latest


def group_by_goal(activities: list[dict], latest: dict[int, LatestFollowUp]) -> list[GoalSection]:
    """Runs of activities that share a goal become one section, in plan order."""
    sections: list[GoalSection] = []
    for data in activities:
        if not sections or sections[-1].goal != data["goal"]:
            sections.append(GoalSection(goal=data["goal"], prioritised=data["goal_prioritised"]))
        sections[-1].rows.append(ActivityRow.from_snapshot(data, latest.get(data["id"])))
    return sections
