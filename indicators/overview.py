"""The lägesbild of an area: where the activities of its current plans stand,
counted by status, passed deadline, missing follow-up and their indicators on
and off track, grouped by prioritised goal, by förflyttning, by group and by
target group.

Built without HTTP from an area, a day and the chosen filters, in a fixed
number of queries however many activities and indicators there are. The page,
the list of the activities behind each number and the XLSX file all read the
same :class:`Overview`, so a number and its list never disagree.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from urllib.parse import urlencode

from django import forms
from django.db.models import Max, Q
from django.urls import reverse
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString

from indicators.models import Indicator
from indicators.progress import OFF_TRACK, ON_TRACK, Assessment, assessments
from nosam.models import Area, Group, TargetGroup
from plans.board import activity_url
from plans.display import status_badge
from plans.models import (
    Activity,
    ActivityPlan,
    CollaborationPlan,
    FollowUp,
    PrioritisedGoal,
    Shift,
    Status,
)
from plans.owners import FINISHED, current_plans
from reminders.collect import QUIET, stale_since
from samla import forms as samla_forms
from samla.collation import swedish_sort_key

NOT_SET = "ej_angiven"  # "Ej angiven" is stored as "", which a query cannot carry
OWN_GOAL, NONE = "eget", "ingen"
OVERDUE, STALE = "passerad", "ouppfoljd"


def status_key(value: str) -> str:
    return value or NOT_SET


# The columns of every table: (query parameter and value, heading).
MEASURES: list[tuple[tuple[str, str] | None, str]] = [
    (None, "Aktiviteter"),
    *[(("status", status_key(value)), label) for value, label in Status.choices],
    (("visa", OVERDUE), "Passerad deadline"),
    (("visa", STALE), "Ej uppföljd inom gränsen"),
    (("visa", ON_TRACK), "Mätetal i fas"),
    (("visa", OFF_TRACK), "Mätetal inte i fas"),
]
MEASURE_HEADINGS = [heading for _, heading in MEASURES]
# The dimensions a number can be narrowed by (and the page filtered by).
DIMENSIONS = ("mal", "forflyttning", "grupp", "malgrupp")


class OverviewQuery(forms.Form):
    """What the lägesbild and its lists of activities may be asked for."""

    grupp = forms.TypedChoiceField(label="Grupp", required=False, coerce=int, empty_value=None)
    malgrupp = forms.ChoiceField(label="Målgrupp", required=False)
    mal = forms.ChoiceField(label="Prioriterat mål", required=False)
    forflyttning = forms.ChoiceField(label="Förflyttning", required=False)
    # Any year may be asked for (one without plans shows none); the list offers the plans' years.
    ar = samla_forms.YearField(label="År", required=False, widget=forms.Select)
    status = forms.ChoiceField(
        label="Status",
        required=False,
        choices=[("", "Alla"), *[(status_key(v), label) for v, label in Status.choices]],
    )
    visa = forms.ChoiceField(
        label="Visa",
        required=False,
        choices=[("", "Alla")] + [(m[1], h) for m, h in MEASURES if m and m[0] == "visa"],
    )

    def __init__(self, *args, area: Area, today: date, choices: dict | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        choices = choices or self.choices_for(area, today)
        for name, options in choices.items():
            field_ = self.fields[name]
            if name == "ar":
                field_.widget.choices = options
            else:
                field_.choices = options
            field_.widget.attrs["class"] = "form-select"

    @staticmethod
    def choices_for(area: Area, today: date) -> dict[str, list]:
        """The area's groups, target groups, goals, förflyttningar and years
        (read once, for the form that checks the query and the one shown)."""
        groups = Group.objects.filter(area=area).values_list("pk", "name")
        target_groups = TargetGroup.objects.filter(area=area).values_list("pk", "name")
        goals = PrioritisedGoal.objects.filter(plan__area=area).values_list("pk", "text")
        shifts = Shift.objects.filter(plan__area=area).values_list("pk", "text")
        years = set(
            ActivityPlan.objects.filter(group__area=area).values_list("year", flat=True).distinct()
        ) | {today.year}
        return {
            "grupp": [("", "Alla grupper"), *sorted(groups, key=_by_name)],
            "malgrupp": [
                ("", "Alla målgrupper"),
                *[(str(pk), name) for pk, name in target_groups],
                (NONE, "Ingen målgrupp"),
            ],
            "mal": [
                ("", "Alla mål"),
                *[(str(pk), _short(text)) for pk, text in goals],
                (OWN_GOAL, "Eget mål"),
            ],
            "forflyttning": [
                ("", "Alla förflyttningar"),
                *[(str(pk), _short(text)) for pk, text in shifts],
                (NONE, "Ingen förflyttning angiven"),
            ],
            "ar": [("", f"I år ({today.year})")]
            + [(year, str(year)) for year in sorted(years, reverse=True)],
        }


def _by_name(choice):
    return swedish_sort_key(choice[1])


def _short(text: str, words: int = 12) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


@dataclass
class Item:
    """One activity, with what the lägesbild knows of it."""

    activity: Activity
    overdue: bool
    stale: bool
    indicators: list[tuple[Indicator, Assessment]] = field(default_factory=list)

    def indicators_in(self, state: str) -> list[tuple[Indicator, Assessment]]:
        return [(i, a) for i, a in self.indicators if a.state == state]

    @property
    def plan(self) -> ActivityPlan:
        return self.activity.plan

    @property
    def url(self) -> str:
        return activity_url(self.activity.pk)


@dataclass
class Figures:
    total: int = 0
    statuses: Counter = field(default_factory=Counter)
    overdue: int = 0
    stale: int = 0
    states: Counter = field(default_factory=Counter)

    def add(self, item: Item) -> None:
        self.total += 1
        self.statuses[status_key(item.activity.status)] += 1
        self.overdue += item.overdue
        self.stale += item.stale
        self.states.update(a.state for _, a in item.indicators)

    def add_indicators(self, found: list[tuple[Indicator, Assessment]]) -> None:
        self.states.update(a.state for _, a in found)

    def value(self, measure: tuple[str, str] | None) -> int:
        if measure is None:
            return self.total
        name, value = measure
        if name == "status":
            return self.statuses[value]
        if value == OVERDUE:
            return self.overdue
        if value == STALE:
            return self.stale
        return self.states[value]

    @property
    def values(self) -> list[int]:
        return [self.value(measure) for measure, _ in MEASURES]


@dataclass(frozen=True)
class Cell:
    value: int
    url: str  # the activities behind the number; "" for a zero


@dataclass
class Line:
    label: str
    params: dict[str, str]
    figures: Figures = field(default_factory=Figures)
    cells: list[Cell] = field(default_factory=list)  # one per column of MEASURES
    shown_cells: list[Cell] = field(default_factory=list)  # those the page shows


@dataclass
class Grouping:
    key: str  # the dimension's query parameter
    title: str
    heading: str  # the heading of the label column
    lines: list[Line]


def _plan_selection(area: Area, today: date, year: int | None):
    if year is None or year == today.year:
        plans = current_plans(today)
    else:
        plans = ActivityPlan.objects.filter(year=year)
    return (
        plans.filter(group__area=area)
        .select_related("group", "target_group", "collaboration_plan")
        .prefetch_related("shifts")
    )


def _matches_plan(plan: ActivityPlan, shift_ids: set[int], params: dict) -> bool:
    if params.get("grupp") and plan.group_id != int(params["grupp"]):
        return False
    target = params.get("malgrupp")
    if target and plan.target_group_id != (None if target == NONE else int(target)):
        return False
    shift = params.get("forflyttning")
    if shift == NONE:
        return not shift_ids
    return not shift or int(shift) in shift_ids


def _matches_goal(activity: Activity, params: dict) -> bool:
    goal = params.get("mal")
    if not goal:
        return True
    return activity.goal_id == (None if goal == OWN_GOAL else int(goal))


def _matches_measure(item: Item, params: dict) -> bool:
    status, shown = params.get("status"), params.get("visa")
    if status and status_key(item.activity.status) != status:
        return False
    if shown == OVERDUE:
        return item.overdue
    if shown == STALE:
        return item.stale
    if shown:
        return bool(item.indicators_in(shown))
    return True


def _goal_indicators_apply(params: dict) -> bool:
    """A goal's own indicators belong to no plan: they count where no group,
    target group or förflyttning narrows the figures, and not under Eget mål."""
    return not any(params.get(k) for k in ("grupp", "malgrupp", "forflyttning")) and (
        params.get("mal") != OWN_GOAL
    )


@dataclass
class Overview:
    area: Area
    today: date
    year: int
    params: dict[str, str]  # the chosen filters, as the query carries them
    plans: list[ActivityPlan]
    items: list[Item]
    goal_indicators: dict[int, list[tuple[Indicator, Assessment]]]
    goals: list[PrioritisedGoal]
    shifts: list[Shift]
    totals: Line = field(init=False)
    groupings: list[Grouping] = field(init=False)

    @classmethod
    def build(cls, area: Area, *, today: date, query: dict | None = None) -> Overview:
        """The lägesbild for the cleaned :class:`OverviewQuery` values ``query``."""
        query = query or {}
        params = {k: str(v) for k, v in query.items() if k in (*DIMENSIONS, "ar") and v}
        plans = list(_plan_selection(area, today, query.get("ar")))
        shift_ids = {plan.pk: {s.pk for s in plan.shifts.all()} for plan in plans}
        plans = [p for p in plans if _matches_plan(p, shift_ids[p.pk], params)]
        by_pk = {plan.pk: plan for plan in plans}
        activities = [
            a
            for a in Activity.objects.filter(plan__in=list(by_pk)).select_related("goal")
            if _matches_goal(a, params)
        ]
        for activity in activities:  # the few plans are shared, not fetched per row
            activity.plan = by_pk[activity.plan_id]
        collaboration = {plan.collaboration_plan_id for plan in plans}
        if not collaboration:
            current = CollaborationPlan.objects.current(area)
            collaboration = {current.pk} if current else set()
        goals = list(PrioritisedGoal.objects.filter(plan__in=collaboration))
        shifts = list(Shift.objects.filter(plan__in=collaboration))
        items = _items(activities, today)
        indicators = list(
            Indicator.objects.filter(area=area)
            .filter(Q(activity__plan__in=list(by_pk)) | Q(goal__in=[g.pk for g in goals]))
            .select_related("area", "group", "goal")
        )
        found = assessments(indicators)
        by_activity = {item.activity.pk: item for item in items}
        goal_indicators: dict[int, list] = {}
        for indicator in indicators:
            pair = (indicator, found[indicator.pk][1])
            if indicator.activity_id in by_activity:
                by_activity[indicator.activity_id].indicators.append(pair)
            elif indicator.goal_id:
                goal_indicators.setdefault(indicator.goal_id, []).append(pair)
        overview = cls(
            area=area,
            today=today,
            year=query.get("ar") or today.year,
            params=params,
            plans=plans,
            items=items,
            goal_indicators=goal_indicators,
            goals=goals,
            shifts=shifts,
        )
        overview._count()
        return overview

    @property
    def headline(self) -> list[tuple[str, Cell]]:
        """The totals that matter most at a glance: all, passed, stale, indicators."""
        return [
            (heading, cell)
            for (measure, heading), cell in zip(MEASURES, self.totals.cells, strict=True)
            if measure is None or measure[0] == "visa"
        ]

    @property
    def total_lines(self) -> list[Line]:
        return [self.totals]

    @property
    def shown_columns(self) -> list[int]:
        """The columns the page shows: a status no activity of the selection
        has is left out (the XLSX keeps every column)."""
        return [
            index
            for index, (measure, _) in enumerate(MEASURES)
            if not (measure and measure[0] == "status") or self.totals.figures.value(measure)
        ]

    @property
    def hidden_statuses(self) -> list[str]:
        shown = set(self.shown_columns)
        return [heading for index, (_, heading) in enumerate(MEASURES) if index not in shown]

    @property
    def column_headings(self) -> list[SafeString]:
        """Each shown column's heading; a status with its icon (never colour alone)."""
        shown = set(self.shown_columns)
        return [
            status_badge("" if m[1] == NOT_SET else m[1], heading)
            if m and m[0] == "status"
            else conditional_escape(heading)
            for index, (m, heading) in enumerate(MEASURES)
            if index in shown
        ]

    def shift_ids(self, plan: ActivityPlan) -> set[int]:
        return {s.pk for s in plan.shifts.all()}

    def goal_indicators_for(self, params: dict) -> list[tuple[Indicator, Assessment]]:
        """The goals' own indicators that belong under ``params``."""
        if not _goal_indicators_apply(params):
            return []
        goal = params.get("mal")
        return [
            pair
            for goal_id, pairs in self.goal_indicators.items()
            if not goal or goal_id == int(goal)
            for pair in pairs
        ]

    def _count(self) -> None:
        self.totals = Line("Alla aktiviteter", {})
        goal_lines = {g.pk: Line(g.text, {"mal": str(g.pk)}) for g in self.goals}
        own = Line("Eget mål", {"mal": OWN_GOAL})
        shift_lines = {s.pk: Line(s.text, {"forflyttning": str(s.pk)}) for s in self.shifts}
        no_shift = Line("Ingen förflyttning angiven", {"forflyttning": NONE})
        group_lines: dict[int, Line] = {}
        target_lines: dict[int | None, Line] = {}
        for plan in self.plans:
            group_lines.setdefault(
                plan.group_id, Line(plan.group.name, {"grupp": str(plan.group_id)})
            )
            target = plan.target_group
            target_lines.setdefault(
                plan.target_group_id,
                Line(target.name, {"malgrupp": str(target.pk)})
                if target
                else Line("Ingen målgrupp", {"malgrupp": NONE}),
            )
        for item in self.items:
            activity, plan = item.activity, item.plan
            self.totals.figures.add(item)
            goal_line = goal_lines.get(activity.goal_id) if activity.goal_id else own
            if goal_line is None:  # a goal of an older Samverkansplan
                goal = activity.goal
                goal_line = goal_lines[goal.pk] = Line(goal.text, {"mal": str(goal.pk)})
            goal_line.figures.add(item)
            shifts = [shift_lines[pk] for pk in self.shift_ids(plan) if pk in shift_lines]
            for line in shifts or [no_shift]:
                line.figures.add(item)
            group_lines[plan.group_id].figures.add(item)
            target_lines[plan.target_group_id].figures.add(item)
        self.totals.figures.add_indicators(self.goal_indicators_for(self.params))
        for goal_id, line in goal_lines.items():
            line.figures.add_indicators(self.goal_indicators_for({**self.params, "mal": goal_id}))
        groups = sorted(group_lines.values(), key=lambda line: swedish_sort_key(line.label))
        targets = sorted(
            target_lines.values(),
            key=lambda line: (line.params["malgrupp"] == NONE, swedish_sort_key(line.label)),
        )
        self.groupings = [
            Grouping("mal", "Per prioriterat mål", "Prioriterat mål", [*goal_lines.values(), own]),
            Grouping(
                "forflyttning",
                "Per förflyttning",
                "Förflyttning",
                [*shift_lines.values(), no_shift],
            ),
            Grouping("grupp", "Per grupp", "Grupp", groups),
            Grouping("malgrupp", "Per målgrupp", "Målgrupp", targets),
        ]
        for grouping in self.groupings:
            chosen = self.params.get(grouping.key)
            grouping.lines = [
                line
                for line in grouping.lines
                if (line.params[grouping.key] == chosen if chosen else True)
                # the rows for "none" only when something is there
                and (line.figures.total or line.params[grouping.key] not in (OWN_GOAL, NONE))
            ]
        base = reverse("indicators:overview_activities", kwargs={"area": self.area.slug})
        shown = self.shown_columns
        for line in [self.totals, *(line for g in self.groupings for line in g.lines)]:
            line.cells = [
                Cell(value, self._link(base, line.params, measure) if value else "")
                for (measure, _), value in zip(MEASURES, line.figures.values, strict=True)
            ]
            line.shown_cells = [line.cells[index] for index in shown]

    def _link(self, base: str, params: dict, measure) -> str:
        query = {**self.params, **params}
        if measure is not None:
            query[measure[0]] = measure[1]
        return f"{base}?{urlencode(query)}"

    # --- the activities behind a number ------------------------------------------------

    def matching(self, params: dict) -> list[Item]:
        """The activities behind a number: the overview built for the same
        filters already holds only those of its dimension; this narrows to the measure."""
        return [item for item in self.items if _matches_measure(item, params)]


def _items(activities: list[Activity], today: date) -> list[Item]:
    last = dict(
        FollowUp.objects.filter(activity__plan__in={a.plan_id for a in activities})
        .values("activity")
        .annotate(last=Max("date"))
        .values_list("activity", "last")
    )
    items = []
    for activity in activities:
        open_ = activity.status not in FINISHED
        overdue = open_ and bool(activity.deadline and activity.deadline.has_passed(today))
        stale = False
        if open_ and activity.status not in QUIET:
            since = stale_since(activity, last.get(activity.pk))
            stale = today - since > timedelta(weeks=activity.plan.group.stale_after_weeks)
        items.append(Item(activity, overdue, stale))
    return items


def describe(query: dict, form: OverviewQuery) -> list[str]:
    """The chosen filters and measure in words ("Status: Pågår")."""
    said = []
    for name in (*DIMENSIONS, "ar", "status", "visa"):
        value = query.get(name)
        if value in (None, ""):
            continue
        field_ = form.fields[name]
        options = getattr(field_, "choices", None) or field_.widget.choices
        label = dict((str(k), v) for k, v in options).get(str(value), str(value))
        said.append(f"{field_.label}: {label}")
    return said
