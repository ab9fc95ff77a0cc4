"""Work on plans that spans several objects, each in one transaction."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.text import slugify
from simple_history.utils import bulk_create_with_history

from plans.documents import plan_snapshot
from plans.fields import PartialDateField
from plans.models import (
    EDITABLE_ACTIVITY_FIELDS,
    ActionPlan,
    Activity,
    ActivityPlan,
    CollaborationPlan,
    FollowUp,
    PlanVersion,
    PrioritisedGoal,
    Shift,
    Status,
    TimetableRow,
)
from plans.owners import (
    OwnerMatcher,
    OwnerSuggestion,
    link_owners,
    link_owners_many,
    owner_suggestion_of,
)
from plans.versioning import FIRST_VERSION
from samla.ordering import move
from samla.search import content_changed

CARRIED_OVER_EXCLUDES = {Status.DONE, Status.CANCELLED}


class EditConflict(Exception):
    """Someone saved the activity after this user opened it."""

    def __init__(self, current: Activity):
        super().__init__(f"Aktiviteten {current.pk} har ändrats av någon annan.")
        self.current = current


def plan_publish(
    *, plan: ActivityPlan, step: str, note: str, user, version_date: date
) -> PlanVersion:
    """Fastställ och publicera: freeze the draft as the next version number."""
    with transaction.atomic():
        # Lock the plan so two publishers cannot take the same number.
        ActivityPlan.objects.select_for_update().filter(pk=plan.pk).first()
        latest = plan.latest_version()
        if latest is None:
            number = FIRST_VERSION
        elif step == "major":
            number = latest.number.next_major()
        else:
            number = latest.number.next_minor()
        version = PlanVersion(
            plan=plan,
            major=number.major,
            minor=number.minor,
            version_date=version_date,
            published_by=user,
            note=note,
            snapshot=plan_snapshot(plan),
        )
        version.full_clean()
        version.save()
        content_changed(plan)
    return version


def plan_create(
    *, group, target_group, year: int, title: str, target_group_title: str = ""
) -> ActivityPlan:
    """A new, empty draft plan for a group and target group, for a year."""
    collaboration_plan = CollaborationPlan.objects.current(group.area)
    with transaction.atomic():
        plan = ActivityPlan.objects.create(
            group=group,
            target_group=target_group,
            collaboration_plan=collaboration_plan,
            year=year,
            title=title,
            target_group_title=target_group_title,
            slug=_free_slug(group, target_group, year),
        )
        plan.shifts.set(collaboration_plan.shifts.all())
        plan.goals.set(collaboration_plan.goals.all())
    return plan


def _free_slug(group, target_group, year: int) -> str:
    base = slugify(f"{target_group.name if target_group else 'plan'}-{year}")
    slug, n = base, 2
    while ActivityPlan.objects.filter(group=group, slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def plan_copy_to_year(*, plan: ActivityPlan, year: int) -> ActivityPlan:
    """Next year's draft: the same texts, and the activities still to do.

    Activities that are Genomförd or Avbruten stay behind. Each copy points to
    the activity it came from, so its follow-ups remain one click away.
    """
    with transaction.atomic():
        copy = ActivityPlan.objects.create(
            group=plan.group,
            target_group=plan.target_group,
            collaboration_plan=plan.collaboration_plan,
            year=year,
            title=plan.title,
            target_group_title=plan.target_group_title,
            introduction=plan.introduction,
            purpose=plan.purpose,
            target_group_text=plan.target_group_text,
            slug=_free_slug(plan.group, plan.target_group, year),
        )
        copy.shifts.set(plan.shifts.all())
        copy.goals.set(plan.goals.all())
        carried = plan.activities.exclude(status__in=CARRIED_OVER_EXCLUDES).prefetch_related(
            "owner_people", "owner_groups", "owner_organisations"
        )
        for position, activity in enumerate(carried, start=1):
            new = Activity.objects.create(
                plan=copy,
                position=position,
                copied_from=activity,
                **{name: getattr(activity, name) for name in EDITABLE_ACTIVITY_FIELDS},
            )
            # Whom the row means comes along with its text.
            link_owners(new, owner_suggestion_of(activity))
    return copy


def activity_create(
    *, plan: ActivityPlan, data: dict, owners: OwnerSuggestion | None = None
) -> Activity:
    """A new activity last in the plan, linked to ``owners`` when given."""
    with transaction.atomic():
        last = plan.activities.aggregate(last=Max("position"))["last"] or 0
        activity = Activity(plan=plan, position=last + 1, **data)
        activity.full_clean()
        activity.save()
        if owners is not None:
            link_owners(activity, owners)
    return activity


def activity_update(
    *,
    activity: Activity,
    data: dict,
    expected_version: int,
    owners: OwnerSuggestion | None = None,
) -> Activity:
    """Save the user's edit (and its owners, when given), unless someone else
    saved the activity meanwhile."""
    with transaction.atomic():
        current = Activity.objects.select_for_update().get(pk=activity.pk)
        if current.lock_version != expected_version:
            raise EditConflict(current)
        for name in EDITABLE_ACTIVITY_FIELDS:
            setattr(current, name, data[name])
        current.lock_version += 1
        current.save()
        if owners is not None:
            link_owners(current, owners)
    return current


def activity_move(*, activity: Activity, step: int) -> None:
    """Move an activity one place up (step -1) or down (+1) in its plan."""
    with transaction.atomic():
        siblings = list(activity.plan.activities.select_for_update().order_by("position", "pk"))
        for item in move(siblings, activity.pk, step):
            item.lock_version += 1
            item.save(update_fields=["position", "lock_version"])


def activity_delete(*, activity: Activity) -> None:
    activity.delete()


@dataclass
class FollowUpResult:
    follow_up: FollowUp
    status_changed: bool


def follow_up_add(
    *, activity: Activity, day: date, text: str, new_status: str | None, author
) -> FollowUpResult:
    """Record a follow-up; a new status is set on the activity in the same step."""
    with transaction.atomic():
        current = Activity.objects.select_for_update().get(pk=activity.pk)
        follow_up = FollowUp(
            activity=current, date=day, text=text, new_status=new_status, author=author
        )
        follow_up.full_clean()
        follow_up.save()
        changed = new_status is not None and new_status != current.status
        if changed:
            current.status = new_status
            current.lock_version += 1
            current.save(update_fields=["status", "lock_version"])
    return FollowUpResult(follow_up, changed)


def activity_set_status(*, activity: Activity, status: str) -> bool:
    """Set the status directly (from the board); True if it changed."""
    with transaction.atomic():
        current = Activity.objects.select_for_update().get(pk=activity.pk)
        if current.status == status:
            return False
        current.status = status
        current.lock_version += 1
        current.save(update_fields=["status", "lock_version"])
    activity.status, activity.lock_version = current.status, current.lock_version
    return True


def plan_import(*, imported, group, target_group) -> ActivityPlan:
    """Save an activity plan read from Word as a new draft, all or nothing."""
    with transaction.atomic():
        collaboration_plan = CollaborationPlan.objects.current(group.area)
        plan = ActivityPlan(
            group=group,
            target_group=target_group,
            collaboration_plan=collaboration_plan,
            year=imported.year,
            slug=_free_slug(group, target_group, imported.year),
        )
        _imported_texts(plan, imported, target_group)
        # The group, target group and Samverkansplan come from the database and
        # the slug is free: no validation query is needed.
        _check_imported(plan, "Planen", queries=False)
        plan.save()
        _link_new(plan, ActivityPlan.shifts, Shift, imported.shift_ids, collaboration_plan)
        _link_new(plan, ActivityPlan.goals, PrioritisedGoal, imported.goal_ids, collaboration_plan)
        _imported_activities(plan, imported)
    return plan


def plan_replace_draft(*, plan: ActivityPlan, imported, user=None, publish_note: str = ""):
    """The import as the working draft of a plan that exists (its texts and
    activities replaced, its versions kept); with ``publish_note`` also
    published as its next version. Returns the plan."""
    with transaction.atomic():
        _imported_texts(plan, imported, plan.target_group)
        _check_imported(plan, "Planen", queries=False)
        plan.save()
        collaboration_plan = plan.collaboration_plan
        plan.shifts.clear()
        plan.goals.clear()
        _link_new(plan, ActivityPlan.shifts, Shift, imported.shift_ids, collaboration_plan)
        _link_new(plan, ActivityPlan.goals, PrioritisedGoal, imported.goal_ids, collaboration_plan)
        for activity in plan.activities.all():
            activity.delete()  # recorded in the history, one by one
        _imported_activities(plan, imported)
        if publish_note:
            plan_publish(
                plan=plan,
                step="minor",
                note=publish_note,
                user=user,
                version_date=timezone.localdate(),
            )
    return plan


def _imported_texts(plan, imported, target_group) -> None:
    plan.title = imported.title[:300]
    plan.target_group_title = (
        imported.target_group_text
        if target_group is None or imported.target_group_text != target_group.name
        else ""
    )[:200]
    plan.introduction = imported.introduction
    plan.purpose = imported.purpose
    plan.target_group_text = imported.target_group_description


def _imported_activities(plan, imported) -> None:
    activities = []
    for position, row in enumerate(imported.activities, start=1):
        activity = Activity(
            plan=plan,
            position=position,
            goal_id=row.goal_id,
            local_goal=row.local_goal,
            what=row.what,
            how=row.how,
            responsible=row.responsible,
            start=row.start,
            deadline=row.deadline,
            measure=row.measure,
            status=row.status,
        )
        # No query per row: nothing can clash with a new row, and the one
        # constraint (a goal or a local goal) is checked here.
        _check_imported(activity, f"Aktivitet {position}", exclude=["plan"], queries=False)
        if activity.goal_id and activity.local_goal:
            raise ValidationError(f"Aktivitet {position}: både prioriterat och eget mål.")
        activities.append(activity)
    # One insert for the activities and one for their history.
    saved = bulk_create_with_history(activities, Activity, batch_size=500)
    # Who each row names, linked with one insert per kind of owner.
    matcher = OwnerMatcher(plan.group.area)
    link_owners_many([(a, matcher.suggest(a.responsible)) for a in saved])


def _link_new(plan, relation, model, ids, collaboration_plan) -> None:
    """Link a new plan to those of ``ids`` that belong to its Samverkansplan,
    with one insert (the plan is new: nothing is linked yet)."""
    through = relation.through
    found = model.objects.filter(pk__in=ids, plan=collaboration_plan).values_list("pk", flat=True)
    source, target = relation.field.m2m_field_name(), relation.field.m2m_reverse_field_name()
    through.objects.bulk_create(
        through(**{f"{source}_id": plan.pk, f"{target}_id": pk}) for pk in found
    )


def _check_imported(instance, where: str, *, exclude=(), queries: bool = True) -> None:
    """The model validation a form runs, for a row read from a file.

    Dates the parser could not read are kept as written, to be fixed later, so
    they skip parsing; they still pass the field's validators (no personal
    numbers), like every text. Errors name where in the document they are.
    """
    dates = [f.name for f in instance._meta.concrete_fields if isinstance(f, PartialDateField)]
    errors: dict[str, list[str]] = {}
    try:
        instance.full_clean(
            exclude=[*exclude, *dates], validate_unique=queries, validate_constraints=queries
        )
    except ValidationError as error:
        errors.update(error.message_dict)
    for name in dates:
        try:
            instance._meta.get_field(name).run_validators(getattr(instance, name))
        except ValidationError as error:
            errors.setdefault(name, []).extend(error.messages)
    if errors:
        raise ValidationError(
            [
                f"{where}, {_label(instance, name)}: {message}"
                for name, messages in errors.items()
                for message in messages
            ]
        )


def _label(instance, name: str) -> str:
    if name == "__all__":
        return "helheten"
    return str(instance._meta.get_field(name).verbose_name)


def _create_checked(model, where: str, **fields):
    """``model.objects.create(**fields)``, after :func:`_check_imported`."""
    instance = model(**fields)
    _check_imported(instance, where)
    instance.save()
    return instance


def _project_dates(text: str) -> dict:
    """ "Projektet startar 2021-01-01 och pågår till 2022-12-31" → start and end."""
    found = re.findall(r"\d{4}-\d{2}-\d{2}", text)
    dates = {}
    if len(found) >= 1:
        dates["starts_on"] = date.fromisoformat(found[0])
    if len(found) >= 2:
        dates["ends_on"] = date.fromisoformat(found[1])
    return dates


def action_plan_publish(*, plan: ActionPlan) -> None:
    """Make a draft handlingsplan public: on its page, in lists, search and feed."""
    with transaction.atomic():
        plan.publish(now=timezone.now())
        content_changed(plan)


def action_plan_import(*, imported, area):
    """Save a handlingsplan read from Word with its timetable, as a draft."""
    sections = imported.sections
    with transaction.atomic():
        base = slugify(imported.title)[:100] or "handlingsplan"
        slug, n = base, 2
        while ActionPlan.objects.filter(area=area, slug=slug).exists():
            slug, n = f"{base}-{n}", n + 1
        plan = _create_checked(
            ActionPlan,
            "Handlingsplanen",
            area=area,
            slug=slug,
            title=imported.title[:300],
            start_year=imported.year,
            end_year=int(sections.get("end_year") or imported.year),
            background=sections.get("background", ""),
            purpose=sections.get("purpose", ""),
            goal=sections.get("goal", ""),
            method_questions=sections.get("method_questions", ""),
            pilot_questions=sections.get("pilot_questions", ""),
            costs=sections.get("costs", ""),
            organisation_note=sections.get("organisation_note", ""),
            reporting=sections.get("reporting", ""),
            closing_label=sections.get("closing_label", ""),
            closing=sections.get("closing", ""),
            **_project_dates(sections.get("timetable_intro", "")),
        )
        for position, row in enumerate(imported.timetable, start=1):
            _create_checked(
                TimetableRow,
                f"Tidplanens rad {position}",
                plan=plan,
                position=position,
                activity=row.get("activity", "")[:300],
                when=row.get("when", ""),
                delivery=row.get("delivery", ""),
            )
    return plan


def imported_plan_save(*, area, imported, group, target_group) -> ActivityPlan | ActionPlan:
    """Save a plan read from Word as a draft: a handlingsplan of the area, or
    an activity plan of ``group``."""
    if imported.kind == "handlingsplan":
        return action_plan_import(imported=imported, area=area)
    return plan_import(imported=imported, group=group, target_group=target_group)
