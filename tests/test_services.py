"""Logic that used to sit in views, tested without HTTP: the services and
selectors take plain, keyword-only data."""

from datetime import date, datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.test import Client
from django.utils import timezone

from deviations import statistics as stats
from deviations.importing import Preview, Row
from deviations.services import finding_link_activity, statistics_import
from nosam.models import AgendaItem, Meeting
from nosam.services import AgendaLine, meeting_save
from plans.word import ImportedActivity, ImportedPlan, imported_plan_snapshot, imported_target_group
from reports.models import Report
from reports.services import report_adopt, report_create, report_publish
from tests.factories import (
    ActivityFactory,
    AreaFactory,
    CategoryFactory,
    FindingFactory,
    GroupFactory,
    OrganisationFactory,
    ReportFactory,
    TargetGroupFactory,
)

NUMBER = "811218-9876"


# --- deviations ------------------------------------------------------------------


@pytest.mark.django_db
def test_the_statistics_csv_rows_hold_three_tables_of_the_half_year():
    area = AreaFactory()
    reporting = OrganisationFactory(name="Alingsås kommun")
    receiving = OrganisationFactory(name="Lasarettet")
    area.organisations.set([reporting, receiving])
    elderly = TargetGroupFactory(area=area, name="Äldre")
    category = CategoryFactory(area=area, name="Vårdens övergångar")
    rows = [
        Row(2, 2024, 2, reporting.pk, receiving.pk, elderly.pk, category.pk, None, 5),
        Row(3, 2024, 2, receiving.pk, reporting.pk, None, category.pk, None, 2),
        Row(4, 2025, 1, reporting.pk, receiving.pk, None, category.pk, None, 9),
    ]
    statistics_import(area=area, preview=Preview("s.csv", rows), user=None)

    assert stats.statistics_csv_rows(area=area, period=stats.Period(2024, 2)) == [
        ["Halvår", "Rapporterande organisation", "Mottagande organisation", "Antal"],
        ["2024 H2", "Alingsås kommun", "Lasarettet", 5],
        ["2024 H2", "Lasarettet", "Alingsås kommun", 2],
        [],
        ["Halvår", "Kategori", "Antal"],
        ["2024 H2", "Vårdens övergångar", 7],
        [],
        ["Halvår", "Målgrupp", "Antal"],
        ["2024 H2", "Äldre", 5],
        ["2024 H2", "Ingen målgrupp", 2],
    ]


@pytest.mark.django_db
def test_a_finding_is_linked_to_an_activity_of_its_own_area_only(world):
    finding = FindingFactory(area=world.area, finding="Sent besked")
    elsewhere = ActivityFactory()
    with pytest.raises(ValidationError, match="ingen sådan aktivitet i området"):
        finding_link_activity(finding=finding, activity_id=elsewhere.pk)
    finding.refresh_from_db()
    assert finding.activity is None
    finding_link_activity(finding=finding, activity_id=world.activity.pk)
    finding.refresh_from_db()
    assert finding.activity == world.activity


# --- reports ---------------------------------------------------------------------


@pytest.mark.django_db
def test_a_draft_report_cannot_be_published(world):
    report = report_create(area=world.area, group=None, year=2025)
    with pytest.raises(ValidationError, match="måste fastställas innan den publiceras"):
        report_publish(report=report)
    report.refresh_from_db()
    assert report.is_draft and report.published_at is None
    report_adopt(report=report, adopted_by="Styrgruppen", adopted_on=date(2026, 3, 1))
    report_publish(report=report)
    report.refresh_from_db()
    assert report.is_published


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("with_group", [False, True], ids=["area", "group"])
def test_one_report_per_area_group_and_year_in_the_database(with_group):
    area = AreaFactory()
    group = GroupFactory(area=area) if with_group else None
    ReportFactory(area=area, group=group, year=2025)
    with pytest.raises(IntegrityError), transaction.atomic():
        ReportFactory(area=area, group=group, year=2025, title="Årsrapport 2025 igen")
    # Another year, or the area beside its group, is another report.
    ReportFactory(area=area, group=group, year=2024)
    other = None if with_group else GroupFactory(area=area)
    ReportFactory(area=area, group=other, year=2025)
    assert Report.objects.filter(area=area).count() == 3


@pytest.mark.django_db
def test_creating_a_report_that_exists_says_so_and_creates_nothing(world):
    report_create(area=world.area, group=world.group, year=2025)
    client = Client()
    client.force_login(world.users["processledare"])
    before = Report.objects.count()
    response = client.post(
        f"/{world.area.slug}/rapporter/ny/", {"year": "2025", "group": world.group.pk}
    )
    assert response.status_code == 200
    assert "Det finns redan en årsrapport" in response.content.decode()
    assert Report.objects.count() == before


# --- nosam -----------------------------------------------------------------------


def _meeting_values(world, **changes) -> dict:
    starts = timezone.make_aware(datetime(2026, 11, 24, 13))
    return {
        "title": "Stor NOSAM",
        "starts_at": starts,
        "ends_at": None,
        "place": "Alingsås",
        "is_digital": False,
        "minutes_target_group": None,
        "groups": [world.group, world.subgroup],
    } | changes


@pytest.mark.django_db
def test_a_meeting_is_saved_from_plain_data_with_its_agenda(world):
    meeting = meeting_save(
        area=world.area,
        agenda=[
            AgendaLine(title="Psykiatrins dag", activity=world.activity),
            AgendaLine(title="Övrigt"),
        ],
        **_meeting_values(world),
    )
    assert meeting.area == world.area
    assert set(meeting.groups.all()) == {world.group, world.subgroup}
    first, second = meeting.agenda_items.order_by("pk")
    assert (first.title, first.activity) == ("Psykiatrins dag", world.activity)

    meeting_save(
        meeting=meeting,
        area=world.area,
        agenda=[
            AgendaLine(title="Psykiatrins dag – utvärdering", pk=first.pk),
            AgendaLine(title="Övrigt", pk=second.pk, delete=True),
        ],
        **_meeting_values(world, title="Stor NOSAM i Lerum", groups=[world.group]),
    )
    meeting.refresh_from_db()
    assert meeting.title == "Stor NOSAM i Lerum"
    assert list(meeting.groups.all()) == [world.group]
    assert [(i.title, i.activity) for i in meeting.agenda_items.all()] == [
        ("Psykiatrins dag – utvärdering", None)
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("where", ["title", "agenda"])
def test_a_meeting_with_a_personnummer_is_refused_whole(world, where):
    before = Meeting.objects.count(), AgendaItem.objects.count()
    title = f"Om {NUMBER}" if where == "title" else "Möte"
    agenda = [
        AgendaLine(title="Punkt"),
        AgendaLine(title=f"Om {NUMBER}" if where == "agenda" else "Punkt 2"),
    ]
    with pytest.raises(ValidationError):
        meeting_save(area=world.area, agenda=agenda, **_meeting_values(world, title=title))
    assert (Meeting.objects.count(), AgendaItem.objects.count()) == before


@pytest.mark.django_db
def test_an_agenda_line_of_another_meeting_is_not_changed(world):
    other = meeting_save(
        area=world.area, agenda=[AgendaLine(title="Deras punkt")], **_meeting_values(world)
    )
    theirs = other.agenda_items.get()
    with pytest.raises(ValidationError):
        meeting_save(
            area=world.area,
            agenda=[AgendaLine(title="Kapad", pk=theirs.pk)],
            **_meeting_values(world),
        )
    theirs.refresh_from_db()
    assert theirs.title == "Deras punkt"


# --- plans: the Word preview ---------------------------------------------------------


@pytest.mark.django_db
def test_the_imported_target_group_is_found_by_any_of_its_names(world):
    wanted = TargetGroupFactory(
        area=world.area, name="Psykisk hälsa", other_names="Psykisk ohälsa och beroende"
    )
    TargetGroupFactory(name="Psykisk ohälsa och beroende")  # another area's
    imported = ImportedPlan(
        "aktivitetsplan", "p.docx", target_group_text="psykisk  OHÄLSA och beroende"
    )
    assert imported_target_group(area=world.area, imported=imported) == wanted
    imported.target_group_text = ""
    assert imported_target_group(area=world.area, imported=imported) is None


@pytest.mark.django_db
def test_the_preview_snapshot_names_prioritised_goals_and_keeps_local_ones(world):
    goal = world.activity.goal
    activity = ImportedActivity(goal.pk, "", "Vad", "Hur", "Vem", "2026", "Över tid", "", "")
    local = ImportedActivity(None, "Eget mål", "Vad 2", "", "", "", "", "", "")
    imported = ImportedPlan(
        "aktivitetsplan",
        "p.docx",
        title="Plan",
        year=2026,
        goal_ids=[goal.pk],
        activities=[activity, local],
    )
    snapshot = imported_plan_snapshot(area=world.area, imported=imported, target_group=None)
    assert snapshot["plan"]["goals"] == ["Öka tilliten"]
    assert [(a["goal"], a["goal_prioritised"]) for a in snapshot["activities"]] == [
        ("Öka tilliten", True),
        ("Eget mål", False),
    ]
