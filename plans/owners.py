"""Who an activity belongs to: the people, groups and organisations its
"Beslut Vem/Ansvarig" text names, linked so that reminders and Mina sidor can
find them. The text stays as written; the links say whom it means.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from django.db.models import Exists, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce

from nosam.models import Area, Group, Organisation, Person
from nosam.selectors import current_seats, seated_group_ids
from plans.models import Activity, ActivityPlan, Status

FINISHED = (Status.DONE, Status.CANCELLED)


def current_plans(today: date) -> QuerySet[ActivityPlan]:
    """Each group's and target group's plan of this year, or of its latest
    year before it: the plans whose activities are worked on now (last year's
    rows live on in this year's copy and remind no one)."""
    latest_year = (
        ActivityPlan.objects.filter(group=OuterRef("group"), year__lte=today.year)
        .annotate(target=Coalesce("target_group_id", Value(0)))
        .filter(target=OuterRef("target"))
        .order_by("-year")
        .values("year")[:1]
    )
    return (
        ActivityPlan.objects.annotate(target=Coalesce("target_group_id", Value(0)))
        .filter(year__lte=today.year)
        .filter(year=Subquery(latest_year))
    )


def open_activities(today: date) -> QuerySet[Activity]:
    """Activities of the current plans that are not done or cancelled."""
    return Activity.objects.filter(plan__in=current_plans(today).values("pk")).exclude(
        status__in=FINISHED
    )


def owned_by(person: Person, today: date) -> Q:
    """The activities a person answers for: named herself, through a group she
    sits in (or a joint group it belongs to), or through the organisation she
    represents in the plan's group."""
    seats = current_seats(today).filter(person=person)
    owner_orgs = Activity.owner_organisations.through.objects.filter(
        activity_id=OuterRef(OuterRef("pk"))
    ).values("organisation_id")
    through_organisation = Exists(
        seats.filter(group_id=OuterRef("plan__group_id"), organisation_id__in=owner_orgs)
    )
    return (
        Q(owner_people=person)
        | Q(owner_groups__in=seated_group_ids(person, today))
        | Q(through_organisation)
    )


def activities_of(person: Person, today: date) -> QuerySet[Activity]:
    """A person's open activities in the current plans, each once."""
    mine = open_activities(today).filter(owned_by(person, today)).values("pk")
    return Activity.objects.filter(pk__in=mine)


def has_owner() -> Q:
    return (
        Q(owner_people__isnull=False)
        | Q(owner_groups__isnull=False)
        | Q(owner_organisations__isnull=False)
    )


def without_owner(activities: QuerySet[Activity]) -> QuerySet[Activity]:
    """Those of ``activities`` that are linked to no one (the text alone names them)."""
    linked = Activity.objects.filter(has_owner()).values("pk")
    return activities.exclude(pk__in=linked)


@dataclass
class OwnerSuggestion:
    people: list[Person] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.people or self.groups or self.organisations)

    def named(self) -> list[str]:
        """Each owner's name and kind: "NOSAM Alingsås (grupp)"."""
        return (
            [f"{person.name} (person)" for person in self.people]
            + [f"{group.name} (grupp)" for group in self.groups]
            + [f"{org.name} (organisation)" for org in self.organisations]
        )


def _normal(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split())


def _pattern(normal_name: str) -> re.Pattern:
    return re.compile(rf"(?<!\w){re.escape(normal_name)}(?!\w)")


# Shorter names than this are too likely to occur by chance ("AU", "GR").
MIN_NAME_LENGTH = 4
_MUNICIPALITY = re.compile(r"^(?P<unit>.+?),\s*(?P<place>\w+?)s? (?:kommun|stad)$", re.IGNORECASE)


def _unit_names(organisation: Organisation) -> list[str]:
    """An organisation's names as plans write them: its name, its short name,
    and for a municipal unit ("Socialtjänst, Alingsås kommun") the unit and the
    place ("Socialtjänst Alingsås", also "… Lerum" for "Lerums kommun")."""
    names = [organisation.name, organisation.short_name]
    match = _MUNICIPALITY.match(organisation.name)
    if match:
        unit, place = match["unit"], match["place"]
        names += [f"{unit} {place}", f"{unit} {place}s"]
    return [name for name in names if name]


def area_organisations(area: Area) -> QuerySet[Organisation]:
    """The organisations of an area and their units (each once)."""
    of_area = Organisation.objects.filter(Q(areas=area) | Q(parent__areas=area)).values("pk")
    return Organisation.objects.filter(pk__in=of_area)


class OwnerMatcher:
    """The names of an area's groups, organisations (and their units) and
    people, read once (three queries), to suggest owners for many texts."""

    def __init__(self, area: Area):
        candidates: list[tuple[str, object, str]] = []
        for group in Group.objects.filter(area=area):
            candidates += [(n, group, "groups") for n in (group.name, group.short_name) if n]
        for organisation in area_organisations(area):
            candidates += [(n, organisation, "organisations") for n in _unit_names(organisation)]
        for person in Person.objects.of_area(area.pk):
            candidates.append((person.name, person, "people"))
        normal = [(_normal(name), obj, kind) for name, obj, kind in candidates]
        normal = [c for c in normal if len(c[0]) >= MIN_NAME_LENGTH]
        # The longest names first: "NOSAM Alingsås och Lerum" before "NOSAM Alingsås".
        normal.sort(key=lambda c: len(c[0]), reverse=True)
        self._candidates = [(_pattern(name), obj, kind) for name, obj, kind in normal]

    def suggest(self, text: str) -> OwnerSuggestion:
        """What ``text`` names; each part of the text is matched once."""
        remaining = _normal(text)
        found = OwnerSuggestion()
        for pattern, obj, kind in self._candidates:
            if not remaining:
                break
            remaining, count = pattern.subn(" ", remaining)
            bucket = getattr(found, kind)
            if count and obj not in bucket:
                bucket.append(obj)
        return found


def suggest_owners(text: str, area: Area) -> OwnerSuggestion:
    """What ``text`` names among the area's groups, organisations and people.
    The longest names are tried first, so "NOSAM Alingsås och Lerum" is not
    also read as "NOSAM Alingsås", and each part of the text is matched once.
    Matching ignores case and punctuation."""
    if not _normal(text):
        return OwnerSuggestion()
    return OwnerMatcher(area).suggest(text)


def owner_suggestion_of(activity: Activity) -> OwnerSuggestion:
    """The activity's linked owners, in the shape of a suggestion."""
    return OwnerSuggestion(
        people=list(activity.owner_people.all()),
        groups=list(activity.owner_groups.all()),
        organisations=list(activity.owner_organisations.all()),
    )


def with_owner_mark(activities: QuerySet[Activity]) -> QuerySet[Activity]:
    """``activities`` annotated with ``is_owned`` (linked to anyone), without
    a query per row."""
    throughs = (Activity.owner_people, Activity.owner_groups, Activity.owner_organisations)
    linked = [
        Exists(relation.through.objects.filter(activity_id=OuterRef("pk"))) for relation in throughs
    ]
    return activities.annotate(is_owned=linked[0] | linked[1] | linked[2])


def is_owned(activity: Activity) -> bool:
    """Whether the activity is linked to an owner: from :func:`with_owner_mark`
    when annotated, else asked."""
    marked = getattr(activity, "is_owned", None)
    if marked is not None:
        return bool(marked)
    return Activity.objects.filter(has_owner(), pk=activity.pk).exists()


def link_owners(activity: Activity, suggestion: OwnerSuggestion) -> None:
    activity.owner_people.set(suggestion.people)
    activity.owner_groups.set(suggestion.groups)
    activity.owner_organisations.set(suggestion.organisations)


def link_owners_many(pairs: list[tuple[Activity, OwnerSuggestion]]) -> None:
    """Link new activities (nothing linked yet) to their suggested owners, with
    one insert per kind of owner."""
    for kind, relation, column in (
        ("people", Activity.owner_people, "person_id"),
        ("groups", Activity.owner_groups, "group_id"),
        ("organisations", Activity.owner_organisations, "organisation_id"),
    ):
        through = relation.through
        rows = [
            through(activity_id=activity.pk, **{column: obj.pk})
            for activity, suggestion in pairs
            for obj in getattr(suggestion, kind)
        ]
        if rows:
            through.objects.bulk_create(rows)
