"""Indicators: periods as Swedes write them, progress toward a target, derived
values, and status snapshots at publications and meetings."""

from datetime import date, datetime
from decimal import Decimal
from io import StringIO

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.utils import timezone

from deviations.models import Category, StatisticSummary
from indicators.charts import indicator_chart
from indicators.models import (
    Direction,
    Indicator,
    IndicatorValue,
    PeriodType,
    Source,
    StatusSnapshot,
    TargetKind,
)
from indicators.periods import HALF, MONTH, QUARTER, TERTIAL, YEAR, parse_period, period_of
from indicators.progress import NO_DATA, OFF_TRACK, ON_TRACK, assess, assessments, series
from indicators.snapshots import status_movement
from nosam.models import Meeting
from plans.models import Status
from tests.factories import (
    ActivityFactory,
    ActivityPlanFactory,
    GroupFactory,
    OrganisationFactory,
    TargetGroupFactory,
    publish,
)


@pytest.mark.parametrize(
    ("text", "key", "label", "kind"),
    [
        ("2026", "2026", "2026", YEAR),
        ("2026 H1", "2026-H1", "2026 H1", HALF),
        ("2026-h2", "2026-H2", "2026 H2", HALF),
        ("2026T3", "2026-T3", "2026 T3", TERTIAL),
        ("2026 K4", "2026-K4", "2026 K4", QUARTER),
        ("2026 Q1", "2026-K1", "2026 K1", QUARTER),
        ("2026-05", "2026-05", "2026-05", MONTH),
    ],
)
def test_periods_are_read_as_written(text, key, label, kind):
    period = parse_period(text)
    assert (period.key, period.label, period.kind) == (key, label, kind)
    assert parse_period(period.key) == period


@pytest.mark.parametrize("text", ["", "H1 2026", "2026 H3", "2026 T4", "2026-13", "1800", "20²6"])
def test_bad_periods_are_a_swedish_error(text):
    with pytest.raises(ValidationError) as error:
        parse_period(text)
    assert "period" in error.value.messages[0] or "ska" in error.value.messages[0]


def test_a_period_must_be_of_the_indicators_kind():
    with pytest.raises(ValidationError, match="halvår"):
        parse_period("2026 K1", HALF)


def test_period_ends_and_order():
    assert parse_period("2026 T1").ends_on == date(2026, 4, 30)
    assert parse_period("2026 H1").ends_on == date(2026, 6, 30)
    assert parse_period("2026-02").ends_on == date(2026, 2, 28)
    assert period_of(date(2026, 8, 5), QUARTER).label == "2026 K3"
    assert parse_period("2025 H2").ordinal < parse_period("2026 H1").ordinal


@pytest.fixture
def activity(db):
    return ActivityFactory(plan=ActivityPlanFactory(year=2026), what="Fler SIP")


def _indicator(activity, **fields):
    defaults = {
        "activity": activity,
        "name": "Antal SIP",
        "unit": "st",
        "period_type": PeriodType.HALF,
        "baseline_value": Decimal(10),
        "baseline_period": "2025-H1",
        "target_kind": TargetKind.RELATIVE,
        "target_value": Decimal(100),
        "target_period": "2026-H2",
    }
    indicator = Indicator(**{**defaults, **fields})
    indicator.full_clean()
    indicator.save()
    return indicator


def _value(indicator, period, value):
    IndicatorValue.objects.create(indicator=indicator, period=period, value=Decimal(value))


def test_a_relative_target_is_the_baseline_changed_by_its_percentage(activity):
    indicator = _indicator(activity)
    assert indicator.target == Decimal(20)
    assert indicator.area == activity.plan.group.area


def test_progress_follows_the_line_from_baseline_to_target(activity):
    indicator = _indicator(activity)
    assert assess(indicator, series([indicator])[indicator.pk]).state == NO_DATA
    _value(indicator, "2025-H2", "14")  # a third of the way: 13,3 expected
    result = assessments([indicator])[indicator.pk][1]
    assert result.state == ON_TRACK and result.label == "I fas"
    _value(indicator, "2026-H1", "15")  # two thirds: 16,7 expected
    result = assessments([indicator])[indicator.pk][1]
    assert result.state == OFF_TRACK and "ligger efter (väntat nu: 16,7 st)" in result.explanation
    assert "Inte i fas" in str(result.badge) and "<svg" in str(result.badge)


def test_public_progress_gives_no_hidden_count_away(activity):
    # Baseline 2 events ("<3" in public); +100 % makes the target 4.
    indicator = _indicator(activity, baseline_value=Decimal(2), counts_events=True)
    _value(indicator, "2026-H1", "3")
    inside = assess(indicator, series([indicator])[indicator.pk])
    assert "(målvärde 4 st)" in inside.explanation and "väntat nu: 3,3 st" in inside.explanation
    public = assess(indicator, series([indicator])[indicator.pk], public=True)
    assert "+100 % mot utgångsläget 2026 H2" in public.explanation
    assert "4 st" not in public.explanation and "väntat nu" not in public.explanation
    assert public.target is None and public.expected is None
    # On track with baseline 1 (1,7 expected now), behind with 2 (3,3): not said.
    assert public.state == NO_DATA and "för få händelser" in public.explanation
    IndicatorValue.objects.filter(indicator=indicator).update(value=5)
    public = assess(indicator, series([indicator])[indicator.pk], public=True)
    assert public.state == ON_TRACK and "nått" in public.explanation  # 2 or 4: reached


def test_a_public_verdict_that_would_tell_1_from_2_is_not_given(activity):
    indicator = _indicator(
        activity,
        target_kind=TargetKind.ABSOLUTE,
        target_value=Decimal(2),
        target_period="",
        baseline_value=None,
        baseline_period="",
        counts_events=True,
    )
    _value(indicator, "2026-H1", "1")  # reached 2 or not: only the exact count tells
    assert assess(indicator, series([indicator])[indicator.pk]).state == OFF_TRACK
    public = assess(indicator, series([indicator])[indicator.pk], public=True)
    assert public.state == NO_DATA and "för få händelser" in public.explanation
    assert "<3" in public.explanation and " 1 st" not in public.explanation


def test_a_public_chart_draws_no_line_at_a_hidden_baseline(activity):
    indicator = _indicator(activity, baseline_value=Decimal(2), counts_events=True)
    _value(indicator, "2026-H1", "7")
    points = series([indicator])[indicator.pk]
    assert {line.name for line in indicator_chart(indicator, points).lines} == {
        "Utgångsläge",
        "Mål",
    }
    assert indicator_chart(indicator, points, public=True).lines == []
    absolute = _indicator(
        activity,
        target_kind=TargetKind.ABSOLUTE,
        target_value=Decimal(9),
        counts_events=True,
        baseline_value=Decimal(1),
    )
    [line] = indicator_chart(absolute, [], public=True).lines
    assert line.label == "Mål 2026 H2: 9 st"


def test_lower_is_better_turns_the_comparison(activity):
    indicator = _indicator(
        activity, direction=Direction.LOWER, target_kind=TargetKind.ABSOLUTE, target_value=5
    )
    _value(indicator, "2026-H2", "4")
    assert assessments([indicator])[indicator.pk][1].state == ON_TRACK
    IndicatorValue.objects.filter(indicator=indicator).update(value=6)
    assert assessments([indicator])[indicator.pk][1].state == OFF_TRACK


def test_a_relative_target_needs_a_baseline_and_periods_their_kind(activity):
    with pytest.raises(ValidationError) as error:
        _indicator(activity, baseline_value=None, baseline_period="2025 K1")
    assert set(error.value.message_dict) == {"baseline_value", "baseline_period"}


def test_deviations_per_half_year_are_derived_from_the_statistics(activity):
    area = activity.plan.group.area
    dimensions = {
        "reporting": OrganisationFactory(),
        "receiving": OrganisationFactory(),
        "target_group": TargetGroupFactory(area=area),
        "category": Category.objects.create(area=area, name="Kategori"),
    }
    for year, half, count in [(2024, 2, 30), (2025, 1, 45)]:
        StatisticSummary.objects.create(area=area, year=year, half=half, count=count, **dimensions)
    indicator = _indicator(
        activity,
        name="Avvikelser",
        source=Source.DEVIATIONS,
        period_type=PeriodType.YEAR,
        baseline_value=30,
        baseline_period="2024 H2",
    )
    assert indicator.period_type == PeriodType.HALF and indicator.counts_events
    points = series([indicator])[indicator.pk]
    assert [(p.period.label, p.value) for p in points] == [("2024 H2", 30), ("2025 H1", 45)]


def test_meetings_held_are_derived_per_group_and_year(activity):
    group = activity.plan.group
    for day in ["2025-03-01", "2025-09-01", "2026-02-01", "2099-01-01"]:
        meeting = Meeting.objects.create(
            area=group.area, starts_at=timezone.make_aware(datetime.fromisoformat(day + " 10:00"))
        )
        meeting.groups.add(group)
    indicator = _indicator(
        activity,
        name="Möten",
        source=Source.MEETINGS,
        group=group,
        target_kind="absolut",
        target_value=4,
        baseline_value=None,
        baseline_period="",
        target_period="2026",
    )
    points = series([indicator])[indicator.pk]
    assert [(p.period.label, int(p.value)) for p in points] == [("2025", 2), ("2026", 1)]
    old = Meeting.objects.create(
        area=group.area, starts_at=timezone.make_aware(datetime(2023, 5, 1))
    )
    old.groups.add(group)
    points = series([indicator])[indicator.pk]  # 2024 held none: 0, not left out
    assert [(p.period.label, int(p.value)) for p in points] == [
        ("2023", 1),
        ("2024", 0),
        ("2025", 2),
        ("2026", 1),
    ]


def test_series_of_many_indicators_take_a_fixed_number_of_queries(
    activity, django_assert_max_num_queries
):
    group = GroupFactory(area=activity.plan.group.area)
    indicators = [_indicator(activity, name=f"M{n}") for n in range(30)]
    indicators += [
        _indicator(
            activity,
            source=Source.MEETINGS,
            group=group,
            name=f"Möten {n}",
            baseline_period="",
            target_period="",
        )
        for n in range(5)
    ]
    with django_assert_max_num_queries(3):
        series(indicators)


def test_snapshots_at_publication_and_meetings_show_how_statuses_moved(db):
    plan = ActivityPlanFactory(year=2026)
    first, second = ActivityFactory(plan=plan), ActivityFactory(plan=plan)
    publish(plan)
    assert StatusSnapshot.objects.filter(plan=plan, occasion="publicering").count() == 1
    first.status = Status.IN_PROGRESS
    first.save()
    meeting = Meeting.objects.create(area=plan.group.area, starts_at=timezone.now())
    meeting.groups.add(plan.group)
    second.status = Status.DONE  # after the meeting: not in its snapshot
    second.save()
    columns = status_movement([plan])  # read from the history; a page never writes
    assert not StatusSnapshot.objects.filter(meeting=meeting).exists()
    assert columns[-1].counts[Status.IN_PROGRESS] == 1
    assert columns[-1].counts[Status.DONE] == 0
    assert columns[-1].total == 2
    call_command("take_status_snapshots", stdout=StringIO())
    call_command("take_status_snapshots", stdout=StringIO())
    stored = StatusSnapshot.objects.get(plan=plan, meeting=meeting)  # taken once
    assert stored.statuses == {str(first.pk): Status.IN_PROGRESS, str(second.pk): ""}
    assert status_movement([plan]) == columns


def test_status_movement_takes_fixed_queries_however_many_plans(db, django_assert_max_num_queries):
    area = GroupFactory().area
    plans = [ActivityPlanFactory(year=2026, group=GroupFactory(area=area)) for _ in range(8)]
    for plan in plans:
        ActivityFactory(plan=plan)
        meeting = Meeting.objects.create(area=plan.group.area, starts_at=timezone.now())
        meeting.groups.add(plan.group)
    with django_assert_max_num_queries(8):
        columns = status_movement(plans, timezone.localdate().year)
    assert columns[-1].total == 8
