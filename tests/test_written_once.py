"""The small things every app needs, each written once in the lowest layer
that needs it, and the hooks through which a lower layer hears from a higher."""

from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from nosam.agenda import agenda_activities
from nosam.models import Group, Meeting
from nosam.rules import area_of, group_of
from nosam.selectors import GroupHierarchy
from plans.models import ActionPlan, Activity, ActivityPlan, CollaborationPlan, Status
from reports.models import Report
from samla import search
from samla.exports import ExcelCsv
from tests.factories import (
    ActionPlanFactory,
    ActivityFactory,
    ActivityPlanFactory,
    AreaFactory,
    CollaborationPlanFactory,
    FindingFactory,
    GroupFactory,
    ReportFactory,
    SectionFactory,
    publish,
)


@pytest.mark.django_db
def test_each_object_answers_for_its_own_area_and_group():
    activity = ActivityFactory()
    plan = activity.plan
    area, group = plan.group.area, plan.group
    report = ReportFactory(area=area, group=group, year=2026)
    section = SectionFactory(report=report)
    meeting = Meeting.objects.create(area=area, starts_at=timezone.now())
    finding = FindingFactory(area=area)
    action_plan = ActionPlanFactory(area=area)
    for obj in (area, group, plan, activity, report, section, meeting, finding, action_plan):
        assert area_of(obj) == area, obj
    for obj in (group, plan, activity, report):
        assert group_of(obj) == group, obj
    assert area_of(None) is None and group_of(meeting) is None


@pytest.mark.django_db
def test_group_hierarchy_walks_down_any_depth_and_up_through_joint_groups_only():
    area = AreaFactory()
    top = GroupFactory(area=area)
    joint = GroupFactory(area=area, parent=top, is_joint=True)
    nosam = GroupFactory(area=area, parent=joint)
    theme = GroupFactory(area=area, parent=nosam)
    sibling = GroupFactory(area=area, parent=top)
    hierarchy = GroupHierarchy.of(area.pk)
    assert hierarchy.and_below({joint.pk}) == {joint.pk, nosam.pk, theme.pk}
    assert hierarchy.and_below({top.pk}) == {g.pk for g in Group.objects.filter(area=area)}
    assert hierarchy.joint_above({theme.pk}) == set()  # its parent is not joint
    assert hierarchy.joint_above({nosam.pk}) == {joint.pk}  # and never on to the top
    assert hierarchy.joint_above({sibling.pk}) == set()


@pytest.mark.django_db
def test_latest_version_is_the_highest_number_and_reads_prefetched_versions_without_a_query():
    plan = ActivityPlanFactory()
    assert plan.latest_version() is None
    publish(plan)
    publish(plan, step="minor")
    assert plan.latest_version().label == "1.1"
    publish(plan, step="major")
    (prefetched,) = ActivityPlan.objects.filter(pk=plan.pk).prefetch_related("versions")
    with CaptureQueriesContext(connection) as queries:
        assert prefetched.latest_version().label == "2.0"
    assert len(queries) == 0


@pytest.mark.django_db
def test_the_current_collaboration_plan_is_the_one_of_the_area_that_starts_last():
    area = AreaFactory()
    assert CollaborationPlan.objects.current(area) is None
    CollaborationPlanFactory(area=area, start_year=2019, end_year=2022)
    newest = CollaborationPlanFactory(area=area, start_year=2023, end_year=2026)
    CollaborationPlanFactory(start_year=2027, end_year=2030)  # another area's
    assert CollaborationPlan.objects.current(area) == newest


def test_an_activity_is_called_by_the_first_line_of_what_that_has_text():
    assert Activity(pk=7, what="\n  \nPsykiatrins dag\nmed föreläsning").title == "Psykiatrins dag"
    assert str(Activity(pk=7, what="Trygg hemgång")) == "Trygg hemgång"
    assert Activity(pk=7, what=" \n").title == "Aktivitet 7"


@pytest.mark.parametrize("status", list(Status))
def test_every_status_is_shown_with_its_icon_and_its_label(status):
    html = render_to_string("_status.html", {"status": status.value, "label": status.label})
    name = status.value or "ej-angiven"
    assert f'#status-{name}"></use></svg> {status.label}</span>' in html
    # Each status has an icon of its own in the sprite, and a text symbol for plain text.
    sprite = (Path(settings.BASE_DIR) / "static" / "icons" / "icons.svg").read_text()
    assert f'<symbol id="status-{name}"' in sprite
    assert status.icon and status.icon not in {other.icon for other in Status if other != status}


def test_csv_for_excel_starts_with_a_byte_order_mark_and_separates_with_semicolons():
    writer = ExcelCsv()
    writer.writerow(["Målgrupp", "Antal"])
    writer.writerows([["Äldre; sköra", 5]])
    assert writer.to_bytes() == '\ufeffMålgrupp;Antal\r\n"Äldre; sköra";5\r\n'.encode()


def test_each_app_describes_its_own_searchable_content():
    described = {s.model: s.describe.__module__ for s in search.registered()}
    assert set(described) == {ActivityPlan, ActionPlan, Meeting, Group, Report}
    for model, module in described.items():
        assert module == f"{model._meta.app_label}.search"


@pytest.mark.django_db
def test_a_meeting_agenda_offers_the_activities_on_the_groups_board():
    today = timezone.localdate()
    activity = ActivityFactory(plan__year=today.year)
    other = ActivityFactory(plan__year=today.year)  # another group's
    old = ActivityFactory(plan__group=activity.plan.group, plan__year=today.year - 1)
    offered = agenda_activities([activity.plan.group], today)
    assert set(offered) == {activity}
    assert other not in offered and old not in offered
    assert set(agenda_activities([], today + timedelta(days=1))) == set()
