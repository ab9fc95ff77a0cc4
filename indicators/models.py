"""Indicators (mätetal) with baselines and targets, their values per period,
and snapshots of how an activity plan's statuses stood over time."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone

from indicators import periods
from nosam.models import Area, Group, Meeting
from plans.models import Activity, ActivityPlan, PlanVersion, PrioritisedGoal
from samla.fields import FreeCharField, FreeTextField


class Direction(models.TextChoices):
    HIGHER = "hogre", "Högre är bättre"
    LOWER = "lagre", "Lägre är bättre"


class PeriodType(models.TextChoices):
    MONTH = periods.MONTH, "Månad"
    QUARTER = periods.QUARTER, "Kvartal"
    TERTIAL = periods.TERTIAL, "Tertial"
    HALF = periods.HALF, "Halvår"
    YEAR = periods.YEAR, "År"


class TargetKind(models.TextChoices):
    ABSOLUTE = "absolut", "Ett värde"
    RELATIVE = "relativ", "Förändring från utgångsläget, i procent"


class Source(models.TextChoices):
    """Where the values come from: typed in, or derived from what the portal
    already holds, so that no one types those figures twice."""

    TYPED = "inmatad", "Inmatade värden"
    DEVIATIONS = "avvikelser", "Avvikelser i samverkan per halvår (avvikelsestatistiken)"
    MEETINGS = "moten", "Genomförda möten per år (gruppens möten)"
    REPRESENTATION = "representation", "Representation vid gruppens möten per år, i procent"


# What each derived source fixes: its period type and whether it counts events
# (the small-count rule applies to those on public pages).
DERIVED = {
    Source.DEVIATIONS: (PeriodType.HALF, True),
    Source.MEETINGS: (PeriodType.YEAR, True),
    Source.REPRESENTATION: (PeriodType.YEAR, False),
}


def _label(key: str) -> str:
    """A stored period key as Swedes write it ("2026-H1" is "2026 H1")."""
    try:
        return periods.parse_period(key).label if key else ""
    except ValidationError:
        return key


def check_count(value, field: str) -> None:
    """A count of events is a whole number, 0 or more: 1,5 or −3 could not be
    shown by the small-count rule and would be typing errors anyway."""
    if value < 0 or value != value.to_integral_value():
        raise ValidationError(
            {field: ["Mätetalet räknar händelser: ange ett helt tal, 0 eller mer."]}
        )


class Indicator(models.Model):
    """Ett mätetal: of an activity, or of a prioritised goal of the Samverkansplan."""

    area = models.ForeignKey(
        Area, verbose_name="samverkansområde", on_delete=models.CASCADE, related_name="indicators"
    )
    activity = models.ForeignKey(
        Activity,
        verbose_name="aktivitet",
        on_delete=models.CASCADE,
        related_name="indicators",
        null=True,
        blank=True,
    )
    goal = models.ForeignKey(
        PrioritisedGoal,
        verbose_name="prioriterat mål",
        on_delete=models.CASCADE,
        related_name="indicators",
        null=True,
        blank=True,
    )
    name = FreeCharField("namn", max_length=200)
    description = FreeTextField("beskrivning", blank=True)
    unit = FreeCharField("enhet", max_length=40, blank=True, help_text="T.ex. st, %, personer.")
    direction = models.CharField(
        "riktning", max_length=8, choices=Direction.choices, default=Direction.HIGHER
    )
    period_type = models.CharField(
        "period", max_length=8, choices=PeriodType.choices, default=PeriodType.YEAR
    )
    baseline_value = models.DecimalField(
        "utgångsläge", max_digits=14, decimal_places=2, null=True, blank=True
    )
    baseline_period = models.CharField(
        "utgångsläget avser", max_length=12, blank=True, help_text="T.ex. 2024 H1 eller 2024."
    )
    target_kind = models.CharField(
        "slag av mål", max_length=8, choices=TargetKind.choices, default=TargetKind.ABSOLUTE
    )
    target_value = models.DecimalField(
        "målvärde",
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        help_text="Ett värde, eller en förändring i procent (100 = en fördubbling).",
    )
    target_period = models.CharField(
        "målet ska nås", max_length=12, blank=True, help_text="Perioden då målet ska vara nått."
    )
    source = models.CharField("värden", max_length=16, choices=Source.choices, default=Source.TYPED)
    group = models.ForeignKey(
        Group,
        verbose_name="grupp",
        on_delete=models.CASCADE,
        related_name="indicators",
        null=True,
        blank=True,
        help_text="Vems möten som räknas, för mätetal från gruppens möten.",
    )
    counts_events = models.BooleanField(
        "räknar händelser",
        default=False,
        help_text="Antal under tre visas som ”<3” utanför de interna sidorna.",
    )
    is_example = models.BooleanField("exempeldata", default=False)
    position = models.PositiveSmallIntegerField("ordning", default=0)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="skapad av",
        on_delete=models.SET_NULL,
        related_name="+",
        null=True,
        blank=True,
    )
    created_at = models.DateTimeField("skapad", default=timezone.now, editable=False)

    class Meta:
        verbose_name = "mätetal"
        verbose_name_plural = "mätetal"
        ordering = ["area_id", "position", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(activity__isnull=True, goal__isnull=False)
                | models.Q(activity__isnull=False, goal__isnull=True),
                name="indicator_activity_or_goal",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        derived = DERIVED.get(self.source)
        if derived:  # a derived source fixes its period and whether it counts events
            self.period_type, self.counts_events = derived
        self._fill_area()
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("indicators:indicator", kwargs={"indicator": self.pk})

    @property
    def is_derived(self) -> bool:
        return self.source != Source.TYPED

    @property
    def plan(self) -> ActivityPlan | None:
        return self.activity.plan if self.activity_id else None

    @property
    def group_of(self) -> Group | None:
        """The group whose members follow it up (an activity's plan's group)."""
        return self.activity.plan.group if self.activity_id else None

    def clean_fields(self, exclude=None):
        self._fill_area()
        super().clean_fields(exclude=exclude)

    def clean(self):
        errors = {}
        kind = self.source_period_type
        read = {}
        for field in ("baseline_period", "target_period"):
            value = getattr(self, field)
            if value:
                try:
                    read[field] = periods.parse_period(value, kind)
                    setattr(self, field, read[field].key)
                except ValidationError as error:
                    errors[field] = error.messages
        if self.counts_events and self.baseline_value is not None:
            try:
                check_count(self.baseline_value, "baseline_value")
            except ValidationError as error:
                errors.update(error.message_dict)
        if self.target_kind == TargetKind.RELATIVE and self.baseline_value is None:
            errors["baseline_value"] = [
                "Ett mål i procent räknas från utgångsläget: ange utgångsläget."
            ]
        elif self.target_kind == TargetKind.RELATIVE and self.baseline_value == 0:
            errors["target_kind"] = [
                "Ett mål i procent av utgångsläget 0 blir alltid 0: ange målet som ett värde."
            ]
        starts, ends = read.get("baseline_period"), read.get("target_period")
        if starts and ends and ends.ordinal <= starts.ordinal:
            errors["target_period"] = [
                f"Målet ska nås efter utgångsläget ({starts.label}): ange en senare period."
            ]
        if self.source in (Source.MEETINGS, Source.REPRESENTATION) and self.group_id is None:
            errors["group"] = ["Ange vilken grupps möten som räknas."]
        if errors:
            raise ValidationError(errors)

    @property
    def source_period_type(self) -> str:
        derived = DERIVED.get(self.source)
        return derived[0] if derived else self.period_type

    def _fill_area(self) -> None:
        """An indicator belongs to the area of its activity or goal."""
        if self.activity_id and not self.area_id:
            self.area_id = self.activity.plan.group.area_id
        if self.goal_id and not self.area_id:
            self.area_id = self.goal.plan.area_id

    @property
    def baseline_period_label(self) -> str:
        return _label(self.baseline_period)

    @property
    def target_period_label(self) -> str:
        return _label(self.target_period)

    @property
    def target(self):
        """The value to reach: the target itself, or the baseline changed by
        the target's percentage ("+100 %": twice the baseline)."""
        return self.target_from(self.baseline_value)

    def target_from(self, baseline):
        """The value to reach from this baseline (a relative target needs one)."""
        if self.target_value is None:
            return None
        if self.target_kind == TargetKind.RELATIVE:
            return None if baseline is None else baseline * (1 + self.target_value / 100)
        return self.target_value


class IndicatorValue(models.Model):
    """Ett utfall: an indicator's value for one period, with where it came from."""

    indicator = models.ForeignKey(
        Indicator, verbose_name="mätetal", on_delete=models.CASCADE, related_name="values"
    )
    period = models.CharField("period", max_length=12)
    value = models.DecimalField("värde", max_digits=14, decimal_places=2)
    source = FreeCharField("källa", max_length=200, blank=True)
    comment = FreeTextField("kommentar", blank=True)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="inmatat av",
        on_delete=models.SET_NULL,
        related_name="+",
        null=True,
        blank=True,
    )
    entered_at = models.DateTimeField("inmatat", default=timezone.now, editable=False)

    class Meta:
        verbose_name = "mätvärde"
        verbose_name_plural = "mätvärden"
        ordering = ["indicator_id", "period"]
        constraints = [
            models.UniqueConstraint(fields=["indicator", "period"], name="indicatorvalue_once"),
        ]

    def __str__(self) -> str:
        return f"{self.indicator}: {self.period_label} = {self.value}"

    @property
    def period_label(self) -> str:
        return _label(self.period)

    def clean(self):
        if self.indicator_id and self.period:
            try:
                kind = self.indicator.source_period_type
                period = periods.parse_period(self.period, kind)
                period.check_has_begun(timezone.localdate())
                self.period = period.key
            except ValidationError as error:
                raise ValidationError({"period": error.messages}) from None
        if self.indicator_id and self.value is not None and self.indicator.counts_events:
            check_count(self.value, "value")


class StatusSnapshot(models.Model):
    """How an activity plan's statuses stood at a moment: at each publication
    and at each meeting of its group (read from the activities' history)."""

    class Occasion(models.TextChoices):
        PUBLICATION = "publicering", "Publicering"
        MEETING = "mote", "Möte"

    plan = models.ForeignKey(
        ActivityPlan,
        verbose_name="aktivitetsplan",
        on_delete=models.CASCADE,
        related_name="status_snapshots",
    )
    taken_at = models.DateTimeField("tidpunkt")
    occasion = models.CharField("tillfälle", max_length=12, choices=Occasion.choices)
    version = models.ForeignKey(
        PlanVersion,
        verbose_name="version",
        on_delete=models.CASCADE,
        related_name="status_snapshots",
        null=True,
        blank=True,
    )
    meeting = models.ForeignKey(
        Meeting,
        verbose_name="möte",
        on_delete=models.CASCADE,
        related_name="status_snapshots",
        null=True,
        blank=True,
    )
    # {activity id: status}; the keys are strings, as JSON has them.
    statuses = models.JSONField("status per aktivitet", default=dict)
    # At a publication: the indicators as published (indicators.publication);
    # None for versions published before indicators were recorded.
    indicators = models.JSONField("mätetal som publicerade", null=True, blank=True, default=None)

    class Meta:
        verbose_name = "lägesbild vid ett tillfälle"
        verbose_name_plural = "lägesbilder över tid"
        ordering = ["plan_id", "taken_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "version"], name="snapshot_once_per_version"),
            models.UniqueConstraint(fields=["plan", "meeting"], name="snapshot_once_per_meeting"),
        ]

    def __str__(self) -> str:
        return f"{self.plan} {self.taken_at:%Y-%m-%d} ({self.get_occasion_display()})"
