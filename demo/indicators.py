"""The demo's indicators (mätetal): two derived from what the demo holds,
and one typed, invented and marked as example data."""

from __future__ import annotations

from decimal import Decimal

from deviations import statistics
from indicators.models import (
    Direction,
    Indicator,
    IndicatorValue,
    PeriodType,
    Source,
    TargetKind,
)
from indicators.publication import keep
from nosam.models import Area
from plans.models import Activity, ActivityPlan, PrioritisedGoal

DEVIATIONS_ACTIVITY = "Avvikelse i samverkan"
SIP_ACTIVITY = "Förbättra arbetet kring SIP"
TRUST_GOAL = "Öka tilliten mellan huvudmännen genom att stärka samverkanskulturen"
MEETING_GROUP = "nosam-alingsas"


def seed_indicators(area: Area) -> None:
    activities = Activity.objects.filter(plan__group__area=area, plan__year=2026)
    deviations = activities.filter(what=DEVIATIONS_ACTIVITY).first()
    if deviations is not None:
        # 000: "Ökar antalet avvikelser i samverkan. Mål 100% ökning", from the
        # first half-year of the (example) statistics.
        totals = statistics.period_totals(area)
        first = next(((p, n) for p, n in totals if p.half), None)
        if first is not None:
            period, count = first
            Indicator.objects.create(
                activity=deviations,
                name="Avvikelser i samverkan per halvår",
                unit="st",
                direction=Direction.HIGHER,
                source=Source.DEVIATIONS,
                baseline_value=Decimal(count),
                baseline_period=f"{period.year}-H{period.half}",
                target_kind=TargetKind.RELATIVE,
                target_value=Decimal(100),
                target_period="2026-H2",
                description="Planens mätetal: ”Ökar antalet avvikelser i samverkan. Mål 100% "
                "ökning”. Värdena hämtas ur avvikelsestatistiken (exempeldata i demon).",
                is_example=True,
            )
    goal = PrioritisedGoal.objects.filter(plan__area=area, text=TRUST_GOAL).first()
    group = area.groups.filter(slug=MEETING_GROUP).first()
    if goal is not None and group is not None:
        # 001: NOSAM Alingsås met seven times in 2024.
        Indicator.objects.create(
            goal=goal,
            name="Genomförda möten, NOSAM Alingsås",
            unit="möten",
            source=Source.MEETINGS,
            group=group,
            target_kind=TargetKind.ABSOLUTE,
            target_value=Decimal(6),
            description="Räknas ur gruppens möten i portalen.",
        )
    sip = activities.filter(what=SIP_ACTIVITY).first()
    if sip is not None:
        # Invented, plainly: the plan asks "Mäta kvaliteten och inte antalet SIP?".
        example = Indicator.objects.create(
            activity=sip,
            name="Andel SIP där den enskilde själv deltog (exempel)",
            unit="%",
            direction=Direction.HIGHER,
            period_type=PeriodType.HALF,
            baseline_value=Decimal(40),
            baseline_period="2025-H2",
            target_kind=TargetKind.ABSOLUTE,
            target_value=Decimal(60),
            target_period="2026-H2",
            description="Påhittat exempel på ett kvalitetsmått för SIP, med påhittade värden.",
            is_example=True,
        )
        for period, value in [("2025-H2", 40), ("2026-H1", 47)]:
            IndicatorValue.objects.create(
                indicator=example,
                period=period,
                value=Decimal(value),
                source="Exempeldata",
                comment="Påhittat värde för demonstration.",
            )
    # The demo's indicators were there when the plans' current versions were
    # published: record them there, as a publication does.
    for plan in ActivityPlan.objects.filter(group__area=area).exclude(versions=None):
        keep(plan.latest_version())
