"""The Samverkansplan as a whole, for the public: each prioritised goal with
the activities of the published activity plans, their status and the
progress of the goal's and the activities' indicators.

Only what was published is read: each plan's latest published version (its
snapshot), never the draft's activities, statuses or follow-ups, and the
indicators as that publication recorded them (:mod:`indicators.publication`). Counts of
events under three are shown as "<3". A fixed number of queries, however many
plans, activities and indicators there are.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import OuterRef, Subquery

from indicators.charts import Chart, indicator_chart
from indicators.models import Indicator
from indicators.progress import Assessment, Point, public_value
from indicators.publication import published_indicators
from nosam.models import Area
from plans.models import ActivityPlan, CollaborationPlan, PlanVersion, PrioritisedGoal, Status
from plans.partial_dates import PartialDate
from samla.collation import swedish_sort_key


@dataclass(frozen=True)
class ValueRow:
    period: str
    shown: str


@dataclass
class PublicIndicator:
    indicator: Indicator
    assessment: Assessment
    rows: list[ValueRow]
    chart: Chart | None = None

    @property
    def title(self) -> str:
        unit = self.indicator.unit
        return f"{self.indicator.name} ({unit})" if unit else self.indicator.name

    @classmethod
    def of(cls, indicator: Indicator, points: list[Point], assessment: Assessment):
        rows = [ValueRow(p.period.label, public_value(indicator, p.value)) for p in points]
        return cls(indicator, assessment, rows, indicator_chart(indicator, points, public=True))


@dataclass
class PublicActivity:
    pk: int
    title: str
    status: str
    deadline: PartialDate | None
    plan_title: str
    plan_url: str
    indicators: list[PublicIndicator] = field(default_factory=list)

    @property
    def status_label(self) -> str:
        return Status(self.status).label


@dataclass
class PublicGoal:
    pk: int | None  # None: the activities under goals of the plans' own
    text: str
    activities: list[PublicActivity] = field(default_factory=list)
    indicators: list[PublicIndicator] = field(default_factory=list)

    @property
    def status_counts(self) -> list[tuple[str, str, int]]:
        """(status, label, count) of its activities, in the statuses' order."""
        counts = {}
        for activity in self.activities:
            counts[activity.status] = counts.get(activity.status, 0) + 1
        return [(s.value, s.label, counts[s.value]) for s in Status if s.value in counts]


@dataclass
class GoalsPage:
    collaboration_plan: CollaborationPlan | None
    goals: list[PublicGoal]
    own_goals: PublicGoal | None

    @classmethod
    def build(cls, area: Area, *, only_goal: int | None = None) -> GoalsPage:
        plan = CollaborationPlan.objects.current(area)
        if plan is None:
            return cls(None, [], None)
        goals = list(PrioritisedGoal.objects.filter(plan=plan))
        if only_goal is not None:
            goals = [goal for goal in goals if goal.pk == only_goal]
        by_text = {goal.text.strip(): PublicGoal(goal.pk, goal.text) for goal in goals}
        public_goals = {g.pk: g for g in by_text.values()}
        own = PublicGoal(None, "Mål som aktivitetsplanerna satt själva")
        activities: dict[int, PublicActivity] = {}
        versions = _latest_versions(plan)
        for version in versions:
            url = version.plan.get_absolute_url()
            shown = version.snapshot.get("plan", {})
            plan_title = " ".join(
                str(part)
                for part in (
                    shown.get("title", ""),
                    shown.get("target_group", ""),
                    shown.get("year"),
                )
                if part
            )
            for row in version.snapshot.get("activities", []):
                goal = by_text.get(row["goal"].strip()) if row.get("goal_prioritised") else None
                if goal is None and (only_goal is not None or row.get("goal_prioritised")):
                    continue  # another goal's, or a goal no longer in the Samverkansplan
                activity = PublicActivity(
                    pk=row["id"],
                    title=_title(row),
                    status=row.get("status", ""),
                    deadline=PartialDate.lenient(row["deadline"]) if row.get("deadline") else None,
                    plan_title=plan_title,
                    plan_url=url,
                )
                activities[activity.pk] = activity
                (goal or own).activities.append(activity)
        for indicator, points, assessment in published_indicators(versions):
            shown = PublicIndicator.of(indicator, points, assessment)
            if indicator.goal_id in public_goals:
                public_goals[indicator.goal_id].indicators.append(shown)
            elif indicator.activity_id in activities:
                activities[indicator.activity_id].indicators.append(shown)
        return cls(plan, list(by_text.values()), own if own.activities else None)


def _title(row: dict) -> str:
    first = next((line for line in row.get("what", "").splitlines() if line.strip()), "")
    return first.strip() or f"Aktivitet {row['id']}"


def _latest_versions(plan: CollaborationPlan) -> list[PlanVersion]:
    """The latest published version of each group's and target group's latest
    published plan under the Samverkansplan (two queries)."""
    plans = (
        ActivityPlan.objects.published()
        .filter(collaboration_plan=plan)
        .values("pk", "group_id", "target_group_id", "year")
        .order_by("year")
    )
    newest: dict[tuple, int] = {}
    for row in plans:  # by year: the latest year's plan of each stays
        newest[(row["group_id"], row["target_group_id"])] = row["pk"]
    latest = PlanVersion.objects.filter(plan=OuterRef("plan")).latest_first().values("pk")[:1]
    versions = PlanVersion.objects.filter(
        plan__in=newest.values(), pk=Subquery(latest)
    ).select_related("plan__group__area")
    return sorted(versions, key=lambda v: (swedish_sort_key(v.plan.group.name), v.plan.pk))
