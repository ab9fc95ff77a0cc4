"""The activity plan as a document: what its page shows, built without HTTP.

The page lays out a :class:`PlanDocument`; it never reaches into models.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from plans.models import Activity, ActivityPlan, Status
from plans.partial_dates import PartialDate


@dataclass(frozen=True)
class ActivityRow:
    pk: int | None
    what: str
    how: str
    responsible: str
    start: PartialDate | None
    deadline: PartialDate | None
    measure: str
    status: str

    @property
    def status_label(self) -> str:
        return Status(self.status).label

    @property
    def what_lines(self) -> list[str]:
        return [line for line in self.what.splitlines() if line.strip()]

    def deadline_passed(self, today: date) -> bool:
        return bool(self.deadline and self.deadline.has_passed(today))

    @classmethod
    def from_activity(cls, activity: Activity) -> ActivityRow:
        return cls(
            pk=activity.pk,
            what=activity.what,
            how=activity.how,
            responsible=activity.responsible,
            start=activity.start,
            deadline=activity.deadline,
            measure=activity.measure,
            status=activity.status,
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
    version_label: str
    version_date: date | None
    introduction: str
    purpose: str
    shifts: list[str]
    target_group_text: str
    goals_heading: str
    goals: list[str]
    sections: list[GoalSection]

    @property
    def activity_count(self) -> int:
        return sum(len(section.rows) for section in self.sections)

    @classmethod
    def from_plan(cls, plan: ActivityPlan) -> PlanDocument:
        """Build the document; ``plan`` should come from ``ActivityPlan.objects.for_page()``."""
        activities = plan.activities.select_related("goal")
        return cls(
            title=plan.title,
            group=plan.group.name,
            target_group=plan.target_group_display,
            year=plan.year,
            version_label=plan.version_label,
            version_date=plan.version_date,
            introduction=plan.introduction,
            purpose=plan.purpose,
            shifts=[shift.text for shift in plan.shifts.all()],
            target_group_text=plan.target_group_text,
            goals_heading=f"Prioriterade mål enligt {plan.collaboration_plan.title}",
            goals=[goal.text for goal in plan.goals.all()],
            sections=group_by_goal(activities),
        )


def group_by_goal(activities) -> list[GoalSection]:
    """Runs of activities that share a goal become one section, in plan order."""
    sections: list[GoalSection] = []
    for activity in activities:
        goal = activity.goal_text
        if not sections or sections[-1].goal != goal:
            sections.append(GoalSection(goal=goal, prioritised=activity.goal_id is not None))
        sections[-1].rows.append(ActivityRow.from_activity(activity))
    return sections
