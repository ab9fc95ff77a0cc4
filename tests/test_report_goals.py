"""The annual report's generated section Måluppfyllelse: the year's
indicators with their values and progress, and how statuses moved."""

from datetime import datetime
from decimal import Decimal

import pytest
from django.test import Client
from django.utils import timezone

from indicators.models import Indicator, IndicatorValue, PeriodType, TargetKind
from nosam.models import Meeting
from plans.models import Status
from reports.models import Section
from reports.sections import goal_attainment, section_data
from reports.services import report_create
from tests.factories import ActivityFactory, ActivityPlanFactory, UserFactory, publish


@pytest.fixture
def report_with_indicator(db):
    plan = ActivityPlanFactory(year=2026)
    activity = ActivityFactory(plan=plan, what="Fler SIP", status=Status.IN_PROGRESS)
    indicator = Indicator.objects.create(
        activity=activity,
        name="Antal SIP-möten",
        unit="st",
        period_type=PeriodType.HALF,
        baseline_value=Decimal(2),
        baseline_period="2025-H2",
        target_kind=TargetKind.RELATIVE,
        target_value=Decimal(100),
        target_period="2026-H2",
        counts_events=True,
    )
    for period, value in [("2026-H1", 2), ("2026-H2", 5)]:
        IndicatorValue.objects.create(indicator=indicator, period=period, value=value)
    publish(plan)
    meeting = Meeting.objects.create(
        area=plan.group.area, starts_at=timezone.make_aware(datetime(2026, 5, 4, 13))
    )
    meeting.groups.add(plan.group)
    report = report_create(area=plan.group.area, group=None, year=2026)
    return report, indicator


def test_the_section_lists_indicators_with_target_values_and_progress(report_with_indicator):
    report, indicator = report_with_indicator
    data = goal_attainment(report)
    [row] = data["indicators"]
    assert row["name"] == "Antal SIP-möten"
    # A report is public: counts of events under three are "<3", and a target
    # worked out from such a baseline (2 + 100 % = 4) would give it away.
    assert row["target"] == "+100 % mot utgångsläget 2026 H2"
    assert row["baseline"] == "<3 st (2025 H2)"
    assert row["values"] == [["2026 H1", "<3"], ["2026 H2", "5"]]
    assert row["state_label"] == "I fas"
    assert "5 st" in row["explanation"] and " 2 st" not in row["explanation"]
    assert "4 st" not in row["explanation"] and "väntat nu" not in row["explanation"]
    assert data["movement"] and data["movement"][-1]["total"] == 1


def test_the_section_shows_the_indicators_as_the_plan_published_them(report_with_indicator):
    report, indicator = report_with_indicator
    indicator.name = "Ändrat efter publiceringen"
    indicator.save()
    IndicatorValue.objects.filter(indicator=indicator, period="2026-H2").update(value=150)
    [row] = goal_attainment(report)["indicators"]
    assert row["name"] == "Antal SIP-möten"
    assert row["values"] == [["2026 H1", "<3"], ["2026 H2", "5"]]


def test_the_report_page_shows_the_section(report_with_indicator):
    report, _ = report_with_indicator
    admin = UserFactory(is_superuser=True, is_staff=True)
    client = Client()
    client.force_login(admin)
    html = client.get(report.get_absolute_url()).content.decode()
    assert "Måluppfyllelse" in html and "Antal SIP-möten" in html
    assert "Aktiviteternas status vid varje publicering och möte 2026" in html
    section = report.sections.get(kind=Section.Kind.GOALS)
    assert section_data(section)["indicators"][0]["state_label"] == "I fas"
