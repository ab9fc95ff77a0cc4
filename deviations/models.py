"""Avvikelser i samverkan: half-year statistics from the incident system,
the analysis group's findings, and cases discussed at NOSAM.

No patient data: statistics are counts; free text passes the personnummer
check; a case holds a short de-identified summary only.
"""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from simple_history.models import HistoricalRecords

from nosam.models import Area, Meeting, Organisation, TargetGroup
from samla.collation import swedish
from samla.fields import FreeCharField, FreeTextField


class Half(models.IntegerChoices):
    FIRST = 1, "H1 (januari–juni)"
    SECOND = 2, "H2 (juli–december)"


class _AreaList(models.Model):
    """An editable list of an area: categories and causes."""

    area = models.ForeignKey(Area, verbose_name="samverkansområde", on_delete=models.CASCADE)
    name = FreeCharField("namn", max_length=200)
    position = models.PositiveSmallIntegerField("ordning", default=0)
    active = models.BooleanField("används", default=True)

    class Meta:
        abstract = True
        ordering = ["area_id", "position", swedish("name")]

    def __str__(self) -> str:
        return self.name


class Category(_AreaList):
    area = models.ForeignKey(
        Area,
        verbose_name="samverkansområde",
        on_delete=models.CASCADE,
        related_name="deviation_categories",
    )

    class Meta(_AreaList.Meta):
        verbose_name = "kategori"
        verbose_name_plural = "kategorier"
        constraints = [
            models.UniqueConstraint(fields=["area", "name"], name="category_unique_name"),
        ]


class Cause(_AreaList):
    area = models.ForeignKey(
        Area,
        verbose_name="samverkansområde",
        on_delete=models.CASCADE,
        related_name="deviation_causes",
    )

    class Meta(_AreaList.Meta):
        verbose_name = "orsak"
        verbose_name_plural = "orsaker"
        constraints = [
            models.UniqueConstraint(fields=["area", "name"], name="cause_unique_name"),
        ]


class Publication(models.Model):
    """Whether an area publishes its statistics (counts under 3 are hidden)."""

    area = models.OneToOneField(
        Area,
        verbose_name="samverkansområde",
        on_delete=models.CASCADE,
        related_name="deviation_publication",
    )
    publish_statistics = models.BooleanField("publicera statistiken", default=False)

    class Meta:
        verbose_name = "publicering av avvikelsestatistik"
        verbose_name_plural = "publicering av avvikelsestatistik"

    def __str__(self) -> str:
        return f"{self.area}: {'publiceras' if self.publish_statistics else 'publiceras inte'}"


class StatisticsImport(models.Model):
    """A file of statistics that was imported: who, when, what."""

    area = models.ForeignKey(
        Area,
        verbose_name="samverkansområde",
        on_delete=models.CASCADE,
        related_name="deviation_imports",
    )
    file_name = FreeCharField("filnamn", max_length=255)
    row_count = models.PositiveIntegerField("rader")
    total = models.PositiveIntegerField("antal avvikelser")
    periods = models.CharField("halvår", max_length=200)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="importerad av",
        on_delete=models.SET_NULL,
        related_name="+",
        null=True,
        blank=True,
    )
    imported_at = models.DateTimeField("importerad", default=timezone.now)
    is_example = models.BooleanField("exempeldata", default=False)

    class Meta:
        verbose_name = "import av statistik"
        verbose_name_plural = "importer av statistik"
        ordering = ["-imported_at"]

    def __str__(self) -> str:
        return f"{self.file_name} ({self.periods})"


class StatisticRow(models.Model):
    """One count: reported by, received by, target group, category, cause."""

    area = models.ForeignKey(
        Area, verbose_name="samverkansområde", on_delete=models.CASCADE, related_name="+"
    )
    year = models.PositiveSmallIntegerField("år")
    half = models.PositiveSmallIntegerField("halvår", choices=Half.choices)
    reporting = models.ForeignKey(
        Organisation,
        verbose_name="rapporterande organisation",
        on_delete=models.PROTECT,
        related_name="+",
    )
    receiving = models.ForeignKey(
        Organisation,
        verbose_name="mottagande organisation",
        on_delete=models.PROTECT,
        related_name="+",
    )
    target_group = models.ForeignKey(
        TargetGroup,
        verbose_name="målgrupp",
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
    )
    category = models.ForeignKey(
        Category, verbose_name="kategori", on_delete=models.PROTECT, related_name="+"
    )
    cause = models.ForeignKey(
        Cause,
        verbose_name="orsak",
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
    )
    count = models.PositiveIntegerField("antal")
    source = models.ForeignKey(
        StatisticsImport, verbose_name="import", on_delete=models.CASCADE, related_name="rows"
    )

    class Meta:
        verbose_name = "statistikrad"
        verbose_name_plural = "statistik"
        # Covering index: totals per half-year come from the index alone.
        indexes = [
            models.Index(
                fields=["area", "year", "half"], include=["count"], name="statrow_area_period"
            )
        ]
        constraints = [
            models.CheckConstraint(condition=models.Q(half__in=[1, 2]), name="statrow_half_1_or_2"),
        ]

    def __str__(self) -> str:
        return f"{self.year} H{self.half}: {self.count}"


class StatisticSummary(models.Model):
    """A half-year's imported rows summed per reporting and receiving
    organisation, category and target group, written by the import. Every
    statistics page, chart, report and public page reads these few rows, never
    the imported ones (a million rows sum to a few hundred here)."""

    area = models.ForeignKey(
        Area, verbose_name="samverkansområde", on_delete=models.CASCADE, related_name="+"
    )
    year = models.PositiveSmallIntegerField("år")
    half = models.PositiveSmallIntegerField("halvår", choices=Half.choices)
    reporting = models.ForeignKey(
        Organisation,
        verbose_name="rapporterande organisation",
        on_delete=models.PROTECT,
        related_name="+",
    )
    receiving = models.ForeignKey(
        Organisation,
        verbose_name="mottagande organisation",
        on_delete=models.PROTECT,
        related_name="+",
    )
    target_group = models.ForeignKey(
        TargetGroup,
        verbose_name="målgrupp",
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
    )
    category = models.ForeignKey(
        Category, verbose_name="kategori", on_delete=models.PROTECT, related_name="+"
    )
    count = models.PositiveIntegerField("antal")

    class Meta:
        verbose_name = "summa per halvår"
        verbose_name_plural = "summor per halvår"
        indexes = [
            models.Index(fields=["area", "year", "half"], name="statsummary_area_period"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(half__in=[1, 2]), name="statsummary_half_1_or_2"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.year} H{self.half}: {self.count}"


class Finding(models.Model):
    """The analysis group's finding for a half-year and target group, with a
    proposed measure that may become an activity in an activity plan."""

    # Who may know that it exists (samla.access: 404 for the others).
    view_permission = "deviations.analyse"

    area = models.ForeignKey(
        Area,
        verbose_name="samverkansområde",
        on_delete=models.CASCADE,
        related_name="deviation_findings",
    )
    year = models.PositiveSmallIntegerField("år")
    half = models.PositiveSmallIntegerField("halvår", choices=Half.choices)
    target_group = models.ForeignKey(
        TargetGroup,
        verbose_name="målgrupp",
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
    )
    finding = FreeTextField("iakttagelse")
    measure = FreeTextField("föreslagen åtgärd", blank=True)
    activity = models.ForeignKey(
        "plans.Activity",
        verbose_name="förbättringsaktivitet",
        on_delete=models.SET_NULL,
        related_name="deviation_findings",
        null=True,
        blank=True,
    )
    meeting = models.ForeignKey(
        Meeting,
        verbose_name="diskuterad på möte",
        on_delete=models.SET_NULL,
        related_name="deviation_findings",
        null=True,
        blank=True,
    )
    created_at = models.DateTimeField("skapad", default=timezone.now)
    history = HistoricalRecords(verbose_name="historik för iakttagelse")

    class Meta:
        verbose_name = "iakttagelse"
        verbose_name_plural = "analys: iakttagelser och åtgärder"
        ordering = ["-year", "-half", "target_group_id", "pk"]

    def __str__(self) -> str:
        return f"{self.year} H{self.half}: {self.finding[:60]}"

    def get_absolute_url(self) -> str:
        return reverse("deviations:finding", kwargs={"area": self.area.slug, "finding": self.pk})

    @property
    def period_key(self) -> str:
        return f"{self.year}-{self.half}"


class Case(models.Model):
    """An individual case discussed at NOSAM, de-identified."""

    area = models.ForeignKey(
        Area,
        verbose_name="samverkansområde",
        on_delete=models.CASCADE,
        related_name="deviation_cases",
    )
    reference = FreeCharField("MedControl-referens", max_length=40)
    month = models.DateField("månad", help_text="Första dagen i månaden.")
    reporting = models.ForeignKey(
        Organisation,
        verbose_name="rapporterande organisation",
        on_delete=models.PROTECT,
        related_name="+",
    )
    receiving = models.ForeignKey(
        Organisation,
        verbose_name="mottagande organisation",
        on_delete=models.PROTECT,
        related_name="+",
    )
    category = models.ForeignKey(
        Category, verbose_name="kategori", on_delete=models.PROTECT, related_name="+"
    )
    summary = FreeTextField(
        "avidentifierad sammanfattning",
        max_length=1000,
        help_text="Kort och utan uppgifter som kan peka ut en person.",
    )
    published = models.BooleanField("publicerad", default=False)
    meeting = models.ForeignKey(
        Meeting,
        verbose_name="diskuterad på möte",
        on_delete=models.SET_NULL,
        related_name="deviation_cases",
        null=True,
        blank=True,
    )
    history = HistoricalRecords(verbose_name="historik för ärende")

    class Meta:
        verbose_name = "ärende"
        verbose_name_plural = "ärenden"
        ordering = ["-month", "pk"]

    def __str__(self) -> str:
        return f"{self.reference} ({self.month:%Y-%m})"
