"""Samverkansplan, activity plans with their activities, and handlingsplaner."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from simple_history.models import HistoricalRecords

from nosam.models import Area, Group, Organisation, Person, TargetGroup
from plans.fields import PartialDateField
from plans.versioning import VersionNumber
from samla.fields import FreeCharField, FreeTextField
from samla.patient_data import validate_no_personal_numbers


class CollaborationPlanQuerySet(models.QuerySet):
    def current(self, area: Area) -> CollaborationPlan | None:
        """The area's current Samverkansplan: the one that starts last. New
        activity plans take their goals and förflyttningar from it."""
        return self.filter(area=area).order_by("-start_year").first()


class CollaborationPlan(models.Model):
    """Samverkansplan: an area's plan for several years, with its priorities."""

    area = models.ForeignKey(
        Area,
        verbose_name="samverkansområde",
        on_delete=models.CASCADE,
        related_name="collaboration_plans",
    )
    title = FreeCharField("titel", max_length=200)
    start_year = models.PositiveSmallIntegerField("från år")
    end_year = models.PositiveSmallIntegerField("till år")
    description = FreeTextField("beskrivning", blank=True)
    good_close_care = FreeTextField(
        "en god och nära vård",
        blank=True,
        help_text="Vad en god och nära vård innebär, en per rad.",
    )

    objects = CollaborationPlanQuerySet.as_manager()

    class Meta:
        verbose_name = "samverkansplan"
        verbose_name_plural = "samverkansplaner"
        ordering = ["area_id", "-start_year"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_year__gte=models.F("start_year")),
                name="collaborationplan_end_after_start",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def period(self) -> str:
        return f"{self.start_year}–{self.end_year}"


class _PlanListItem(models.Model):
    """An item in one of a samverkansplan's ordered lists."""

    text = FreeTextField("text")
    position = models.PositiveSmallIntegerField("ordning", default=0)

    class Meta:
        abstract = True
        ordering = ["position", "pk"]

    def __str__(self) -> str:
        return self.text


class PrioritisedGoal(_PlanListItem):
    """One of the prioritised goals (prioriterade mål) of a samverkansplan."""

    plan = models.ForeignKey(
        CollaborationPlan,
        verbose_name="samverkansplan",
        on_delete=models.CASCADE,
        related_name="goals",
    )

    class Meta(_PlanListItem.Meta):
        verbose_name = "prioriterat mål"
        verbose_name_plural = "prioriterade mål"


class FocusArea(_PlanListItem):
    """A prioriterat målområde, such as Psykisk hälsa or SIP."""

    plan = models.ForeignKey(
        CollaborationPlan,
        verbose_name="samverkansplan",
        on_delete=models.CASCADE,
        related_name="focus_areas",
    )

    class Meta(_PlanListItem.Meta):
        verbose_name = "prioriterat målområde"
        verbose_name_plural = "prioriterade målområden"


class Shift(_PlanListItem):
    """A förflyttning towards God och nära vård."""

    plan = models.ForeignKey(
        CollaborationPlan,
        verbose_name="samverkansplan",
        on_delete=models.CASCADE,
        related_name="shifts",
    )

    class Meta(_PlanListItem.Meta):
        verbose_name = "förflyttning"
        verbose_name_plural = "förflyttningar"


class ActivityPlanQuerySet(models.QuerySet):
    def published(self):
        """Plans with at least one published version: what the public may see."""
        return self.filter(versions__isnull=False).distinct()


class ActivityPlan(models.Model):
    """Aktivitetsplan for a group and target group, for one year."""

    # Who may know that it exists (samla.access: 404 for the others).
    view_permission = "plans.view_plan"

    group = models.ForeignKey(
        Group, verbose_name="grupp", on_delete=models.PROTECT, related_name="activity_plans"
    )
    target_group = models.ForeignKey(
        TargetGroup,
        verbose_name="målgrupp",
        on_delete=models.PROTECT,
        related_name="activity_plans",
        null=True,
        blank=True,
    )
    collaboration_plan = models.ForeignKey(
        CollaborationPlan,
        verbose_name="samverkansplan",
        on_delete=models.PROTECT,
        related_name="activity_plans",
    )
    year = models.PositiveSmallIntegerField("år")
    slug = models.SlugField(
        "webbadressnamn", max_length=120, validators=[validate_no_personal_numbers]
    )
    title = FreeCharField("titel", max_length=300)
    target_group_title = FreeCharField(
        "målgrupp enligt planen",
        max_length=200,
        blank=True,
        help_text="Målgruppens namn som planen skriver det, om det skiljer sig.",
    )
    introduction = FreeTextField("inledning", blank=True)
    purpose = FreeTextField("syfte", blank=True)
    target_group_text = FreeTextField("målgrupper", blank=True)
    shifts = models.ManyToManyField(
        Shift, verbose_name="förflyttningar", related_name="activity_plans", blank=True
    )
    goals = models.ManyToManyField(
        PrioritisedGoal,
        verbose_name="prioriterade mål",
        related_name="activity_plans",
        blank=True,
    )
    history = HistoricalRecords(verbose_name="historik för aktivitetsplan")

    objects = ActivityPlanQuerySet.as_manager()

    class Meta:
        verbose_name = "aktivitetsplan"
        verbose_name_plural = "aktivitetsplaner"
        ordering = ["-year", "group_id", "target_group_id"]
        constraints = [
            models.UniqueConstraint(fields=["group", "slug"], name="activityplan_unique_slug"),
        ]

    def __str__(self) -> str:
        return f"{self.title} {self.year}"

    def get_absolute_url(self) -> str:
        return reverse("plans:activity_plan", kwargs=self.url_kwargs())

    def url_kwargs(self) -> dict[str, str]:
        return {"area": self.group.area.slug, "group": self.group.slug, "plan": self.slug}

    @property
    def url_draft(self) -> str:
        return self.url("plans:plan_draft")

    @property
    def full_title(self) -> str:
        """ "Aktivitetsplan för …, Psykisk ohälsa … 2026" (no comma for none)."""
        target = self.target_group_display
        return f"{self.title}, {target} {self.year}" if target else f"{self.title} {self.year}"

    def url(self, name: str, **extra) -> str:
        """URL of one of this plan's pages, e.g. ``plan.url("plans:plan_draft")``."""
        return reverse(name, kwargs={**self.url_kwargs(), **extra})

    @property
    def area(self) -> Area:
        return self.group.area

    def latest_version(self) -> PlanVersion | None:
        """The latest published version (None before the first): what the plan's
        address shows. Uses the versions a page has prefetched, without a query."""
        if "versions" in getattr(self, "_prefetched_objects_cache", {}):
            return max(self.versions.all(), key=lambda v: v.number, default=None)
        return self.versions.latest_first().first()

    @property
    def target_group_display(self) -> str:
        if self.target_group_title:
            return self.target_group_title
        return self.target_group.name if self.target_group else ""


class Status(models.TextChoices):
    """Where an activity stands. Always shown as text with an icon."""

    NOT_SET = "", "Ej angiven"
    NOT_STARTED = "ej_paborjad", "Ej påbörjad"
    IN_PROGRESS = "pagar", "Pågår"
    DONE = "genomford", "Genomförd"
    DELAYED = "forsenad", "Försenad"
    PAUSED = "pausad", "Pausad"
    CANCELLED = "avbruten", "Avbruten"

    @property
    def icon(self) -> str:
        """Shown beside the label, never instead of it (status is not told by colour alone)."""
        return STATUS_ICONS[self]


STATUS_ICONS = {
    Status.NOT_SET: "–",
    Status.NOT_STARTED: "○",
    Status.IN_PROGRESS: "◐",
    Status.DONE: "✔",
    Status.DELAYED: "⚠",
    Status.PAUSED: "⏸",
    Status.CANCELLED: "✖",
}


# What editors change in an activity: its form, its copy to next year, its history.
EDITABLE_ACTIVITY_FIELDS = [
    "goal",
    "local_goal",
    "what",
    "how",
    "responsible",
    "start",
    "deadline",
    "measure",
    "status",
]


def activity_title(what: str, pk) -> str:
    """What lists, the board, the history and the search call an activity: the
    first line of its "what" that has text."""
    first = next((line for line in what.splitlines() if line.strip()), "")
    return first or f"Aktivitet {pk}"


class Activity(models.Model):
    """A row of an activity plan's table."""

    # Who may know that it exists (samla.access: 404 for the others).
    view_permission = "plans.view_plan"

    plan = models.ForeignKey(
        ActivityPlan,
        verbose_name="aktivitetsplan",
        on_delete=models.CASCADE,
        related_name="activities",
    )
    position = models.PositiveIntegerField("ordning", default=0)
    goal = models.ForeignKey(
        PrioritisedGoal,
        verbose_name="prioriterat mål",
        on_delete=models.PROTECT,
        related_name="activities",
        null=True,
        blank=True,
    )
    local_goal = FreeTextField(
        "eget mål",
        blank=True,
        help_text="Ett mål som bara gäller planen, när det inte är ett av de prioriterade.",
    )
    what = FreeTextField("vad")
    how = FreeTextField("hur", blank=True)
    responsible = FreeTextField("beslut vem/ansvarig", blank=True)
    # The text above stays as written (display, Word); these say who it means.
    owner_people = models.ManyToManyField(
        Person, verbose_name="ansvariga personer", related_name="owned_activities", blank=True
    )
    owner_groups = models.ManyToManyField(
        Group, verbose_name="ansvariga grupper", related_name="owned_activities", blank=True
    )
    owner_organisations = models.ManyToManyField(
        Organisation,
        verbose_name="ansvariga organisationer",
        related_name="owned_activities",
        blank=True,
    )
    start = PartialDateField("startdatum")
    deadline = PartialDateField("deadline/slutdatum")
    measure = FreeTextField("uppföljning, mätetal, utfallsmått", blank=True)
    status = models.CharField(
        "status", max_length=12, choices=Status.choices, default=Status.NOT_SET, blank=True
    )
    lock_version = models.PositiveIntegerField(
        "ändringsnummer",
        default=0,
        editable=False,
        help_text="Räknas upp vid varje ändring, så att två samtidiga ändringar upptäcks.",
    )
    copied_from = models.ForeignKey(
        "self",
        verbose_name="kopierad från",
        on_delete=models.SET_NULL,
        related_name="copies",
        null=True,
        blank=True,
    )
    history = HistoricalRecords(
        verbose_name="historik för aktivitet", excluded_fields=["lock_version"]
    )

    class Meta:
        verbose_name = "aktivitet"
        verbose_name_plural = "aktiviteter"
        ordering = ["plan_id", "position", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(goal__isnull=True) | models.Q(local_goal=""),
                name="activity_one_kind_of_goal",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("plans:activity", kwargs={"activity": self.pk})

    @property
    def title(self) -> str:
        return activity_title(self.what, self.pk)

    @property
    def group(self) -> Group:
        return self.plan.group

    @property
    def area(self) -> Area:
        return self.plan.group.area

    @property
    def goal_text(self) -> str:
        return self.goal.text if self.goal_id else self.local_goal

    @property
    def status_label(self) -> str:
        return Status(self.status).label

    def lineage_ids(self) -> list[int]:
        """This activity and the ones it was copied from, newest first."""
        ids, current = [self.pk], self.copied_from
        while current is not None and current.pk not in ids:
            ids.append(current.pk)
            current = current.copied_from
        return ids


class FollowUp(models.Model):
    """Uppföljning: a dated note on an activity, optionally changing its status.

    Follow-ups are internal to the group and the processledare; the public
    sees an activity's status, not these notes.
    """

    activity = models.ForeignKey(
        Activity, verbose_name="aktivitet", on_delete=models.CASCADE, related_name="follow_ups"
    )
    date = models.DateField("datum", default=timezone.localdate)
    text = FreeTextField("uppföljning")
    # NULL means "status unchanged"; "" is the status Ej angiven.
    new_status = models.CharField(  # noqa: DJ001
        "ny status", max_length=12, choices=Status.choices, blank=True, null=True
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="skriven av",
        on_delete=models.SET_NULL,
        related_name="follow_ups",
        null=True,
        blank=True,
    )
    created_at = models.DateTimeField("skapad", default=timezone.now, editable=False)
    history = HistoricalRecords(verbose_name="historik för uppföljning")

    class Meta:
        verbose_name = "uppföljning"
        verbose_name_plural = "uppföljningar"
        ordering = ["-date", "-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.date:%Y-%m-%d}: {self.text[:60]}"

    @property
    def new_status_label(self) -> str:
        return Status(self.new_status).label if self.new_status is not None else ""


class PlanVersionQuerySet(models.QuerySet):
    def latest_first(self):
        return self.order_by("-major", "-minor")

    def listed(self):
        """Newest first, without the snapshots: what a list of versions needs."""
        return self.latest_first().defer("snapshot")


class PlanVersion(models.Model):
    """A published, immutable version of an activity plan ("Version 2.9").

    The snapshot holds the plan as it was published; pages of a version are
    drawn from it, so later edits to the draft never change a version.
    """

    plan = models.ForeignKey(
        ActivityPlan,
        verbose_name="aktivitetsplan",
        on_delete=models.CASCADE,
        related_name="versions",
    )
    major = models.PositiveIntegerField("huvudversion")
    minor = models.PositiveIntegerField("delversion")
    version_date = models.DateField("versionsdatum", default=timezone.localdate)
    published_at = models.DateTimeField("publicerad", default=timezone.now)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="publicerad av",
        on_delete=models.SET_NULL,
        related_name="published_plan_versions",
        null=True,
        blank=True,
    )
    note = FreeTextField("ändringsnotering")
    snapshot = models.JSONField("innehåll", editable=False)

    objects = PlanVersionQuerySet.as_manager()

    class Meta:
        verbose_name = "publicerad version"
        verbose_name_plural = "publicerade versioner"
        ordering = ["plan_id", "-major", "-minor"]
        constraints = [
            models.UniqueConstraint(
                fields=["plan", "major", "minor"], name="planversion_unique_number"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.plan} version {self.number}"

    def save(self, *args, **kwargs):
        # A published version is a record of what was decided: never rewritten.
        if self.pk is not None:
            raise PublishedVersionIsImmutable(self)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return self.plan.url("plans:plan_version", version=self.label)

    @property
    def number(self) -> VersionNumber:
        return VersionNumber(self.major, self.minor)

    @property
    def label(self) -> str:
        return str(self.number)


class PublishedVersionIsImmutable(Exception):
    def __init__(self, version):
        super().__init__(f"Publicerade versioner ändras aldrig ({version}).")


class ActionPlanQuerySet(models.QuerySet):
    def published(self):
        return self.filter(published_at__isnull=False)

    def for_reader(self, user, area):
        """The published ones; drafts too for those who may read the area's drafts."""
        if user.has_perm("plans.view_action_plan_draft", area):
            return self
        return self.published()


class ActionPlan(models.Model):
    """Handlingsplan: a project-style plan with a timetable and a steering group.

    A draft (``published_at`` empty) is read by the area's members only, until
    the processledare publishes it."""

    # Who may know that it exists (samla.access: 404 for the others).
    view_permission = "plans.view_action_plan"

    area = models.ForeignKey(
        Area, verbose_name="samverkansområde", on_delete=models.CASCADE, related_name="action_plans"
    )
    slug = models.SlugField(
        "webbadressnamn", max_length=120, validators=[validate_no_personal_numbers]
    )
    title = FreeCharField("titel", max_length=300)
    start_year = models.PositiveSmallIntegerField("från år")
    end_year = models.PositiveSmallIntegerField("till år")
    background = FreeTextField("bakgrund", blank=True)
    purpose = FreeTextField("syfte", blank=True)
    goal = FreeTextField("mål", blank=True)
    method_questions = FreeTextField(
        "uppföljning av metod", blank=True, help_text="En fråga per rad."
    )
    pilot_questions = FreeTextField(
        "uppföljning av pilot", blank=True, help_text="En fråga per rad."
    )
    starts_on = models.DateField("projektstart", null=True, blank=True)
    ends_on = models.DateField("projektslut", null=True, blank=True)
    costs = FreeTextField("kostnader", blank=True)
    steering_group = models.ForeignKey(
        Group,
        verbose_name="styrgrupp",
        on_delete=models.PROTECT,
        related_name="action_plans",
        null=True,
        blank=True,
    )
    organisation_note = FreeTextField("projektorganisation, övrigt", blank=True)
    reporting = FreeTextField("rapporteringsrutiner", blank=True)
    closing_label = PartialDateField("projektavslut")
    closing = FreeTextField("projektavslut, beskrivning", blank=True)
    published_at = models.DateTimeField(
        "publicerad", null=True, blank=True, help_text="Tom för ett utkast."
    )

    objects = ActionPlanQuerySet.as_manager()

    class Meta:
        verbose_name = "handlingsplan"
        verbose_name_plural = "handlingsplaner"
        ordering = ["area_id", "-start_year"]
        constraints = [
            models.UniqueConstraint(fields=["area", "slug"], name="actionplan_unique_slug"),
            models.CheckConstraint(
                condition=models.Q(end_year__gte=models.F("start_year")),
                name="actionplan_end_after_start",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("plans:action_plan", kwargs={"area": self.area.slug, "plan": self.slug})

    @property
    def is_published(self) -> bool:
        return self.published_at is not None

    def publish(self, *, now) -> None:
        self.published_at = now
        self.save(update_fields=["published_at"])

    @property
    def method_question_list(self) -> list[str]:
        return [q.strip() for q in self.method_questions.splitlines() if q.strip()]

    @property
    def pilot_question_list(self) -> list[str]:
        return [q.strip() for q in self.pilot_questions.splitlines() if q.strip()]


class TimetableRow(models.Model):
    """A row of a handlingsplan's timetable: Aktivitet, Tidpunkt, Leverans."""

    plan = models.ForeignKey(
        ActionPlan, verbose_name="handlingsplan", on_delete=models.CASCADE, related_name="timetable"
    )
    position = models.PositiveIntegerField("ordning", default=0)
    activity = FreeCharField("aktivitet", max_length=300)
    when = PartialDateField("tidpunkt")
    delivery = FreeTextField("leverans", blank=True)

    class Meta:
        verbose_name = "rad i tidplan"
        verbose_name_plural = "tidplan"
        ordering = ["plan_id", "position", "pk"]

    def __str__(self) -> str:
        return f"{self.activity} ({self.when})"
