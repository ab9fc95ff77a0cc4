"""One object of every kind in an area, for tests that must cover them all."""

from datetime import date, datetime

from django.utils import timezone

from deviations.models import (
    Case,
    Category,
    Cause,
    Finding,
    Publication,
    StatisticRow,
    StatisticsImport,
    StatisticSummary,
)
from indicators.models import Indicator, IndicatorValue, StatusSnapshot
from nosam.models import AgendaItem, Attendance, Meeting, Membership, PersonAttendance
from plans.models import FocusArea, FollowUp
from reminders.models import Kind, OptOut, SentReminder
from reports.services import report_create
from tests.factories import (
    ActionPlanFactory,
    ActivityFactory,
    ActivityPlanFactory,
    GroupFactory,
    MembershipFactory,
    OrganisationFactory,
    PersonFactory,
    PrioritisedGoalFactory,
    ShiftFactory,
    TargetGroupFactory,
    TimetableRowFactory,
    UserFactory,
    publish,
)


def populate(area, *, name: str) -> dict:
    """Objects of every model of the area, keyed by model; ``name`` marks them."""
    target_group = TargetGroupFactory(area=area, name=f"Målgrupp {name}")
    group = GroupFactory(area=area, name=f"Grupp {name}", target_group=target_group)
    person = PersonFactory(name=f"Person {name}", user=UserFactory())
    membership = MembershipFactory(group=group, person=person)
    organisation = OrganisationFactory(name=f"Organisation {name}")
    area.organisations.add(organisation)
    meeting = Meeting.objects.create(
        area=area, starts_at=timezone.make_aware(datetime(2026, 3, 3, 13)), minutes="Internt"
    )
    meeting.groups.add(group)
    plan = ActivityPlanFactory(group=group, target_group=target_group, title=f"Plan {name}")
    goal = PrioritisedGoalFactory(plan=plan.collaboration_plan, text=f"Mål {name}")
    plan.goals.add(goal)
    shift = ShiftFactory(plan=plan.collaboration_plan, text=f"Förflyttning {name}")
    plan.shifts.add(shift)
    activity = ActivityFactory(plan=plan, goal=goal, local_goal="", what=f"Aktivitet {name}")
    follow_up = FollowUp.objects.create(activity=activity, text=f"Uppföljning {name}")
    version = publish(plan)
    action_plan = ActionPlanFactory(area=area, steering_group=group, title=f"Handlingsplan {name}")
    category = Category.objects.create(area=area, name=f"Kategori {name}")
    cause = Cause.objects.create(area=area, name=f"Orsak {name}")
    statistics_import = StatisticsImport.objects.create(
        area=area, file_name=f"{name}.csv", row_count=1, total=5, periods="2025 H1"
    )
    report = report_create(area=area, group=None, year=2025)
    indicator = Indicator.objects.create(
        area=area, activity=activity, name=f"Mätetal {name}", unit="st"
    )
    return {
        type(obj): obj
        for obj in [
            area,
            target_group,
            group,
            person,
            membership,
            organisation,
            meeting,
            AgendaItem.objects.create(meeting=meeting, title=f"Punkt {name}", activity=activity),
            Attendance.objects.create(meeting=meeting, organisation=organisation),
            OptOut.objects.create(person=person, kind=Kind.WEEKLY),
            indicator,
            IndicatorValue.objects.create(indicator=indicator, period="2026", value=3),
            StatusSnapshot.objects.get(version=version),  # taken as the version was published
            SentReminder.objects.create(
                person=person, kind=Kind.DEADLINE, key=f"test:{name}", reason=f"Påminnelse {name}"
            ),
            PersonAttendance.objects.create(meeting=meeting, person=person),
            plan.collaboration_plan,
            goal,
            shift,
            FocusArea.objects.create(plan=plan.collaboration_plan, text=f"Fokus {name}"),
            plan,
            activity,
            follow_up,
            version,
            action_plan,
            TimetableRowFactory(plan=action_plan, activity=f"Rad {name}"),
            category,
            cause,
            Publication.objects.create(area=area, publish_statistics=False),
            statistics_import,
            StatisticRow.objects.create(
                area=area,
                year=2025,
                half=1,
                reporting=organisation,
                receiving=organisation,
                target_group=target_group,
                category=category,
                cause=cause,
                count=5,
                source=statistics_import,
            ),
            StatisticSummary.objects.create(
                area=area,
                year=2025,
                half=1,
                reporting=organisation,
                receiving=organisation,
                target_group=target_group,
                category=category,
                count=5,
            ),
            Finding.objects.create(
                area=area,
                year=2025,
                half=1,
                target_group=target_group,
                finding=f"Iakttagelse {name}",
                activity=activity,
                meeting=meeting,
            ),
            Case.objects.create(
                area=area,
                reference=f"MC-{name}"[:40],
                month=date(2025, 3, 1),
                reporting=organisation,
                receiving=organisation,
                category=category,
                summary=f"Sammanfattning {name}",
                meeting=meeting,
            ),
            report,
            report.sections.first(),
        ]
    }


def processledare_of(area):
    from tests.conftest import member_user

    group = GroupFactory(area=area, name=f"Processledning {area.short_name}")
    return member_user(group, role=Membership.Role.PROCESS_LEADER, is_staff=True)
