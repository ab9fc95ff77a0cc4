"""An annual report's activities: every activity whose time (start to
deadline, as partial dates) overlaps the report's year, from whichever year's
plan, once even when carried over from one plan to the next."""

from datetime import date

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from plans.models import Activity, ActivityPlan, FollowUp
from plans.partial_dates import PartialDate
from reports.sections import activities, activity_period, runs_in_year
from reports.services import report_create
from tests.helpers import squash


def _date(text: str):
    return PartialDate.lenient(text) if text else None


@pytest.mark.parametrize(
    ("start", "deadline", "plan_year", "year", "runs"),
    [
        ("Dec 2024", "Våren 2025", 2024, 2025, True),  # starts before, ends inside
        ("Oktober 2025", "2026", 2026, 2025, True),  # starts inside, ends after
        ("2024", "2026", 2024, 2025, True),  # spans the year
        ("Dec 2024\n\n2024", "2026", 2026, 2025, True),  # two dates in one cell
        ("2025", "Över tid", 2025, 2027, True),  # runs on
        ("Över tid", "Dec 2025", 2025, 2025, True),
        ("2024", "Dec 2024", 2024, 2025, False),  # over before
        ("Våren 2026", "Dec 2026", 2026, 2025, False),  # not begun
        ("2026-10-06", "2026-10-06", 2026, 2025, False),
        ("", "", 2025, 2025, True),  # no dates: the plan's year
        ("", "", 2025, 2024, False),
        ("", "Dec 2024", 2025, 2024, True),  # a deadline before the plan's year
        ("efter sommaren", "", 2025, 2025, True),  # not understood: the plan's year
        ("efter sommaren", "", 2025, 2026, False),
        ("2026", "2025", 2025, 2025, True),  # the wrong way round
    ],
)
def test_an_activity_runs_in_every_year_its_dates_overlap(start, deadline, plan_year, year, runs):
    period = activity_period(start=_date(start), deadline=_date(deadline), plan_year=plan_year)
    assert runs_in_year(period, year) is runs


def test_an_activity_that_runs_on_has_no_end():
    begins, ends = activity_period(
        start=_date("Våren 2025"), deadline=_date("Över tid"), plan_year=2025
    )
    assert (begins, ends) == (date(2025, 1, 1), None)


@pytest.fixture
def plans_around_2025(year_2025):
    """The 2025 plan of the year_2025 fixture, with a 2024 and a 2026 plan beside it."""
    plan_2025 = ActivityPlan.objects.get(slug="psykisk-halsa-och-missbruk-2025")

    def plan(year):
        return ActivityPlan.objects.create(
            group=plan_2025.group,
            target_group=plan_2025.target_group,
            collaboration_plan=plan_2025.collaboration_plan,
            year=year,
            title=plan_2025.title,
            slug=f"rapportens-aktiviteter-{year}",
        )

    return plan(2024), plan_2025, plan(2026)


def _activity(plan, what, start, deadline, **extra):
    return Activity.objects.create(
        plan=plan, local_goal="Mål", what=what, start=start, deadline=deadline, **extra
    )


def _rows(report) -> list[str]:
    return [row["what"] for group in activities(report)["target_groups"] for row in group["rows"]]


@pytest.mark.django_db
def test_the_report_picks_up_activities_that_start_before_end_after_or_span_the_year(
    plans_around_2025,
):
    plan_2024, _, plan_2026 = plans_around_2025
    _activity(plan_2024, "Startar före, slutar under året", "Dec 2024", "Våren 2025")
    _activity(plan_2026, "Startar under året, slutar efter", "Oktober 2025", "2026")
    _activity(plan_2024, "Spänner över året", "2024", "Över tid")
    _activity(plan_2024, "Klar året före", "2024", "Dec 2024")
    _activity(plan_2026, "Börjar året efter", "Våren 2026", "Dec 2026")
    report = report_create(area=plan_2024.group.area, group=None, year=2025)
    rows = _rows(report)
    for what in [
        "Startar före, slutar under året",
        "Startar under året, slutar efter",
        "Spänner över året",
        "SIP-utbildning 2025",  # the 2025 plan's own, without dates
    ]:
        assert rows.count(what) == 1, what
    assert "Klar året före" not in rows and "Börjar året efter" not in rows
    client = Client()
    client.force_login(get_user_model().objects.get(username="processledare"))
    html = squash(client.get(report.get_absolute_url()).content)
    assert '<td data-label="Aktivitet">Startar före, slutar under året</td>' in html
    assert "Spänner över året" in html and "Börjar året efter" not in html


@pytest.mark.django_db
def test_an_activity_carried_over_to_next_years_plan_is_reported_once_with_its_follow_ups(
    plans_around_2025,
):
    plan_2024, plan_2025, _ = plans_around_2025
    original = _activity(plan_2024, "Gemensam rutin för SIP", "Oktober 2024", "Våren 2025")
    FollowUp.objects.create(activity=original, date=date(2024, 11, 1), text="Påbörjad i fjol")
    FollowUp.objects.create(activity=original, date=date(2025, 1, 20), text="Remiss ute")
    copy = _activity(
        plan_2025, "Gemensam rutin för SIP", "Oktober 2024", "Våren 2025", copied_from=original
    )
    FollowUp.objects.create(activity=copy, date=date(2025, 5, 2), text="Rutinen antagen")
    area = plan_2024.group.area
    report_2025 = report_create(area=area, group=None, year=2025)
    rows = [
        row
        for group in activities(report_2025)["target_groups"]
        for row in group["rows"]
        if row["what"] == "Gemensam rutin för SIP"
    ]
    assert [row["follow_up"] for row in rows] == ["Remiss ute\n\nRutinen antagen"]
    report_2024 = report_create(area=area, group=plan_2024.group, year=2024)
    assert _rows(report_2024).count("Gemensam rutin för SIP") == 1
