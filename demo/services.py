"""Load the demo data: the real structure and plans of the source documents.

Idempotent and careful: each area is seeded once. Running the loader again
finds what is there and leaves it alone, so edits made in the portal survive a
restart of ``make run``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from demo.data import deviations as deviation_data
from demo.data import meetings as meeting_data
from demo.data import plans as plan_data
from demo.data import reports as report_data
from demo.data import structure as structure_data
from demo.indicators import seed_indicators
from deviations.importing import Preview, Row
from deviations.models import Case, Category, Cause, Finding, Publication
from deviations.services import statistics_import
from nosam.models import (
    Area,
    Attendance,
    Group,
    Meeting,
    Membership,
    Organisation,
    Person,
    TargetGroup,
)
from plans.documents import plan_snapshot
from plans.models import (
    ActionPlan,
    Activity,
    ActivityPlan,
    CollaborationPlan,
    FocusArea,
    FollowUp,
    PlanVersion,
    PrioritisedGoal,
    Shift,
    TimetableRow,
)
from plans.owners import OwnerMatcher, link_owners
from reports.models import EconomyItem, Report, Section
from reports.services import report_adopt, report_publish
from website.indexing import reindex_all

DEMO_USERS = [
    # username, password, person, is_superuser
    ("processledare", "samla-demo-2026", "Lena Arvidsson", False),
    ("ledamot", "samla-ledamot-2026", "Demoledamot NOSAM Alingsås", False),
    ("admin", "samla-admin-2026", None, True),
]


@dataclass
class DemoReport:
    created: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    logins: list[tuple[str, str]] = field(default_factory=list)


def demo_load(*, create_users: bool) -> DemoReport:
    """Seed SAMLA and NOSAM Mölndal; with ``create_users`` also the demo logins."""
    report = DemoReport()
    with transaction.atomic():
        organisations = _organisations()
        people = _people()
        _area(structure_data.SAMLA, _seed_samla, organisations, people, report)
        _area(structure_data.MOLNDAL, _seed_molndal, organisations, people, report)
        if create_users:
            _users(people, report)
        if report.created:
            reindex_all()
    return report


def _organisations() -> dict[str, Organisation]:
    found: dict[str, Organisation] = {}
    for name, short_name, kind, parent in structure_data.ORGANISATIONS:
        found[name], _ = Organisation.objects.get_or_create(
            name=name,
            defaults={
                "short_name": short_name,
                "kind": kind,
                "parent": found[parent] if parent else None,
            },
        )
    return found


def _people() -> dict[str, Person]:
    found = {}
    for name, email in structure_data.PEOPLE:
        person = Person.objects.filter(name=name).first()
        found[name] = person or Person.objects.create(name=name, email=email)
    return found


def _area(spec, seed, organisations, people, report: DemoReport) -> None:
    if Area.objects.filter(slug=spec["slug"]).exists():
        report.skipped.append(spec["name"])
        return
    area = Area.objects.create(**spec)
    seed(area, organisations, people)
    report.created.append(spec["name"])


def _target_groups(area: Area, specs) -> dict[str, TargetGroup]:
    return {spec["slug"]: TargetGroup.objects.create(area=area, **spec) for spec in specs}


def _groups(area: Area, specs, target_groups) -> dict[str, Group]:
    groups: dict[str, Group] = {}
    for spec in specs:
        fields = dict(spec)
        parent = fields.pop("parent", None)
        target_group = fields.pop("target_group", None)
        groups[spec["slug"]] = Group.objects.create(
            area=area,
            parent=groups[parent] if parent else None,
            target_group=target_groups[target_group] if target_group else None,
            **fields,
        )
    return groups


def _memberships(groups, organisations, people) -> None:
    for slug, seats in structure_data.MEMBERSHIPS.items():
        for position, (person, title, organisation, role) in enumerate(seats, start=1):
            Membership.objects.create(
                group=groups[slug],
                person=people[person] if person else None,
                title=title,
                organisation=organisations[organisation] if organisation else None,
                role=role,
                position=position,
            )


def _seed_samla(area: Area, organisations, people) -> None:
    area.organisations.set([organisations[n] for n in structure_data.SAMLA_ORGANISATIONS])
    target_groups = _target_groups(area, structure_data.SAMLA_TARGET_GROUPS)
    groups = _groups(area, structure_data.SAMLA_GROUPS, target_groups)
    _memberships(groups, organisations, people)

    collaboration_plan = CollaborationPlan.objects.create(area=area, **plan_data.COLLABORATION_PLAN)
    goals = {
        text: PrioritisedGoal.objects.create(plan=collaboration_plan, text=text, position=i)
        for i, text in enumerate(plan_data.PRIORITISED_GOALS, start=1)
    }
    for i, text in enumerate(plan_data.FOCUS_AREAS, start=1):
        FocusArea.objects.create(plan=collaboration_plan, text=text, position=i)
    shifts = [
        Shift.objects.create(plan=collaboration_plan, text=text, position=i)
        for i, text in enumerate(plan_data.SHIFTS, start=1)
    ]

    spec = dict(plan_data.ACTIVITY_PLAN_2026)
    plan = ActivityPlan.objects.create(
        group=groups[spec.pop("group")],
        target_group=target_groups[spec.pop("target_group")],
        collaboration_plan=collaboration_plan,
        **spec,
    )
    plan.shifts.set(shifts)
    plan.goals.set(goals.values())
    matcher = OwnerMatcher(area)
    for position, row in enumerate(plan_data.ACTIVITIES_2026, start=1):
        fields = dict(row)
        goal = fields.pop("goal", None)
        activity = Activity.objects.create(
            plan=plan, position=position, goal=goals[goal] if goal else None, **fields
        )
        # Whom "Beslut Vem/Ansvarig" names, linked as the Word import links it.
        link_owners(activity, matcher.suggest(activity.responsible))
    PlanVersion.objects.create(plan=plan, snapshot=plan_snapshot(plan), **plan_data.PUBLISHED_2026)

    _meetings(area, groups, meeting_data.SAMLA_2024 + meeting_data.SAMLA_2026)
    _representation(groups, organisations)
    _deviations(area, organisations, target_groups)
    _samla_report(area)
    seed_indicators(area)

    spec = dict(plan_data.ACTION_PLAN)
    action_plan = ActionPlan.objects.create(
        area=area,
        steering_group=groups[spec.pop("steering_group")],
        # 003 is the adopted plan, public from the day the project started.
        published_at=timezone.make_aware(datetime.combine(spec["starts_on"], datetime.min.time())),
        **spec,
    )
    for position, (activity, when, delivery) in enumerate(plan_data.TIMETABLE, start=1):
        TimetableRow.objects.create(
            plan=action_plan, position=position, activity=activity, when=when, delivery=delivery
        )


def _seed_molndal(area: Area, organisations, people) -> None:
    area.organisations.set([organisations[n] for n in structure_data.MOLNDAL_ORGANISATIONS])
    target_groups = _target_groups(area, structure_data.MOLNDAL_TARGET_GROUPS)
    groups = _groups(area, structure_data.MOLNDAL_GROUPS, target_groups)
    _meetings(area, groups, meeting_data.MOLNDAL_2024)
    _molndal_plan(area, groups["nosam-molndal"])
    _report(
        area, groups["nosam-molndal"], report_data.MOLNDAL_2024, report_data.MOLNDAL_2024_SECTIONS
    )


def _report(area: Area, group, spec, sections) -> Report:
    report = Report.objects.create(area=area, group=group, **spec)
    for position, (kind, title, body) in enumerate(sections, start=1):
        Section.objects.create(report=report, position=position, kind=kind, title=title, body=body)
    return report


def _samla_report(area: Area) -> None:
    spec = dict(report_data.SAMLA_2024)
    adopted_by, adopted_on = spec.pop("adopted_by"), spec.pop("adopted_on")
    report = _report(area, None, spec, report_data.SAMLA_2024_SECTIONS)
    for position, (kind, label, amount, note) in enumerate(report_data.SAMLA_2024_ECONOMY):
        EconomyItem.objects.create(
            report=report, kind=kind, label=label, amount=amount, note=note, position=position
        )
    report_adopt(report=report, adopted_by=adopted_by, adopted_on=adopted_on)
    report_publish(report=report)
    Report.objects.filter(pk=report.pk).update(
        published_at=timezone.make_aware(datetime.combine(adopted_on, datetime.min.time()))
    )


def _molndal_plan(area: Area, group) -> None:
    spec = report_data.MOLNDAL_PLAN
    collaboration_plan = CollaborationPlan.objects.create(
        area=area, title=spec["collaboration_plan"], start_year=2024, end_year=2025
    )
    plan = ActivityPlan.objects.create(
        group=group,
        collaboration_plan=collaboration_plan,
        year=spec["year"],
        title=spec["title"],
        slug=spec["slug"],
    )
    for position, row in enumerate(report_data.MOLNDAL_ROWS, start=1):
        activity = Activity.objects.create(
            plan=plan,
            position=position,
            local_goal=row["goal"],
            what=row["what"],
            status="genomford",
        )
        FollowUp.objects.create(
            activity=activity, date=spec["follow_up_date"], text=row["follow_up"]
        )


def _meetings(area: Area, groups, specs) -> None:
    for slugs, title, day, hour, hours, place in specs:
        starts = timezone.make_aware(datetime.fromisoformat(day).replace(hour=hour))
        meeting = Meeting.objects.create(
            area=area,
            title=title,
            starts_at=starts,
            ends_at=starts + timedelta(hours=hours),
            place="" if place == "Digitalt" else place,
            is_digital=place == "Digitalt",
        )
        meeting.groups.set([groups[slug] for slug in slugs])
    example = Meeting.objects.filter(
        groups=groups.get("nosam-alingsas"), starts_at__date=date(2026, 11, 3)
    ).first()
    if example is not None:
        example.minutes = meeting_data.MINUTES_EXAMPLE
        example.minutes_published = True
        example.minutes_published_at = example.starts_at + timedelta(days=2)
        example.save()


def _deviations(area: Area, organisations, target_groups) -> None:
    categories = {
        name: Category.objects.create(area=area, name=name, position=i)
        for i, name in enumerate(deviation_data.CATEGORIES, start=1)
    }
    causes = {
        name: Cause.objects.create(area=area, name=name, position=i)
        for i, name in enumerate(deviation_data.CAUSES, start=1)
    }
    by_name = {tg.name: tg.pk for tg in target_groups.values()}
    rows = [
        Row(
            line,
            year,
            half,
            organisations[rep].pk,
            organisations[rec].pk,
            by_name[tg],
            categories[cat].pk,
            causes[cause].pk,
            count,
        )
        for line, (year, half, rep, rec, tg, cat, cause, count) in enumerate(
            deviation_data.example_rows(), start=2
        )
    ]
    statistics_import(
        area=area,
        preview=Preview("exempeldata-medcontrol-2023-2025.xlsx", rows),
        user=None,
        is_example=True,
    )
    Publication.objects.create(area=area, publish_statistics=True)
    for spec in deviation_data.FINDINGS:
        Finding.objects.create(
            area=area,
            **{**spec, "target_group": target_groups_by_name(target_groups)[spec["target_group"]]},
        )
    for spec in deviation_data.CASES:
        Case.objects.create(
            area=area,
            reference=spec["reference"],
            month=date.fromisoformat(spec["month"]),
            reporting=organisations[spec["reporting"]],
            receiving=organisations[spec["receiving"]],
            category=categories[spec["category"]],
            summary=spec["summary"],
        )


def target_groups_by_name(target_groups):
    return {tg.name: tg for tg in target_groups.values()}


def _representation(groups, organisations) -> None:
    for slug, names in meeting_data.NOSAM_EXPECTED.items():
        group = groups[slug]
        group.expected_organisations.set([organisations[name] for name in names])
        # Example attendance: everyone came, except the user organisation at
        # every other meeting (001 names missing representation as a problem).
        for i, meeting in enumerate(group.meetings.filter(starts_at__year=2024)):
            for name in names:
                present = not (name == "NSPH i Västra Götaland" and i % 2)
                Attendance.objects.get_or_create(
                    meeting=meeting,
                    organisation=organisations[name],
                    defaults={"present": present},
                )
    for slug, seats in meeting_data.CHAIRS.items():
        for title, organisation, role, starts, ends in seats:
            Membership.objects.create(
                group=groups[slug],
                title=title,
                organisation=organisations[organisation],
                role=role,
                starts_on=date.fromisoformat(starts),
                ends_on=date.fromisoformat(ends),
            )


def _users(people, report: DemoReport) -> None:
    User = get_user_model()
    for username, password, person_name, superuser in DEMO_USERS:
        user = User.objects.filter(username=username).first()
        if user is None:
            # The processledare manages her area's structure in the admin.
            staff = superuser or username == "processledare"
            user = User(username=username, is_staff=staff, is_superuser=superuser)
            if person_name:
                first, _, last = person_name.partition(" ")
                user.first_name, user.last_name = first, last
                user.email = people[person_name].email
            user.set_password(password)
            user.save()
        if person_name and people[person_name].user_id is None:
            people[person_name].user = user
            people[person_name].save(update_fields=["user"])
        report.logins.append((username, password))
