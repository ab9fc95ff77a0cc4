"""Annual reports (årsrapporter) of an area or a group: ordered sections of
text and of data from the portal, adopted, exported and published."""

from django.db import models
from django.urls import reverse
from django.utils import timezone
from simple_history.models import HistoricalRecords

from nosam.models import Area, Group
from samla.fields import FreeCharField, FreeTextField


class Report(models.Model):
    # Who may know that it exists (samla.access: 404 for the others).
    view_permission = "reports.view_report"

    class Status(models.TextChoices):
        DRAFT = "utkast", "Utkast"
        ADOPTED = "faststalld", "Fastställd"
        PUBLISHED = "publicerad", "Publicerad"

    area = models.ForeignKey(
        Area, verbose_name="samverkansområde", on_delete=models.CASCADE, related_name="reports"
    )
    group = models.ForeignKey(
        Group,
        verbose_name="grupp",
        on_delete=models.PROTECT,
        related_name="reports",
        null=True,
        blank=True,
        help_text="Tomt för områdets egen årsrapport.",
    )
    year = models.PositiveSmallIntegerField("år")
    title = FreeCharField("titel", max_length=200)
    subtitle = FreeCharField("undertitel", max_length=200, blank=True)
    report_date = models.DateField("datum", default=timezone.localdate)
    status = models.CharField("status", max_length=12, choices=Status.choices, default=Status.DRAFT)
    adopted_by = FreeCharField("fastställd av", max_length=200, blank=True)
    adopted_on = models.DateField("fastställd den", null=True, blank=True)
    for_information_to = FreeCharField("för information till", max_length=200, blank=True)
    content_owner = FreeCharField("innehållsansvarig", max_length=200, blank=True)
    content_owner_email = models.EmailField("innehållsansvarigs e-post", blank=True)
    published_at = models.DateTimeField("publicerad", null=True, blank=True)
    # An adopted report never changes: its PDF and Word file are rendered once,
    # in the background (reports.tasks), and served as files.
    pdf_file = models.FileField("PDF", upload_to="arsrapporter/", blank=True, editable=False)
    docx_file = models.FileField("Word-fil", upload_to="arsrapporter/", blank=True, editable=False)
    history = HistoricalRecords(
        verbose_name="historik för årsrapport", excluded_fields=["pdf_file", "docx_file"]
    )

    class Meta:
        verbose_name = "årsrapport"
        verbose_name_plural = "årsrapporter"
        ordering = ["-year", "group_id", "pk"]
        # One report per group and year, and one for the area itself (no group).
        # Two partial constraints rather than nulls_distinct=False: SQLite and
        # PostgreSQL before 15 have no NULLS NOT DISTINCT.
        constraints = [
            models.UniqueConstraint(
                fields=["area", "group", "year"],
                condition=models.Q(group__isnull=False),
                name="report_unique_group_year",
                violation_error_message="Det finns redan en årsrapport för gruppen det året.",
            ),
            models.UniqueConstraint(
                fields=["area", "year"],
                condition=models.Q(group__isnull=True),
                name="report_unique_area_year",
                violation_error_message="Det finns redan en årsrapport för området det året.",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.get_status_display().lower()})"

    def get_absolute_url(self) -> str:
        return reverse("reports:report", kwargs={"area": self.area.slug, "report": self.pk})

    @property
    def is_draft(self) -> bool:
        return self.status == self.Status.DRAFT

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED


class Section(models.Model):
    """A section of a report: text the processledare writes, or data of the
    year from the portal (with her comment), frozen when the report is adopted."""

    # Who may know that it exists (samla.access: 404 for the others).
    view_permission = "reports.view_report"

    class Kind(models.TextChoices):
        TEXT = "text", "Text"
        STRUCTURE = "struktur", "Samverkansstruktur och representation"
        MEETINGS = "moten", "Möten per grupp"
        ACTIVITIES = "aktiviteter", "Mål, aktivitet och uppföljning"
        GOALS = "maluppfyllelse", "Måluppfyllelse: mätetal och status under året"
        DEVIATIONS = "avvikelser", "Avvikelser i samverkan"
        ECONOMY = "ekonomi", "Ekonomi"

    report = models.ForeignKey(
        Report, verbose_name="årsrapport", on_delete=models.CASCADE, related_name="sections"
    )
    position = models.PositiveSmallIntegerField("ordning", default=0)
    kind = models.CharField("slag", max_length=16, choices=Kind.choices, default=Kind.TEXT)
    title = FreeCharField("rubrik", max_length=200)
    body = FreeTextField(
        "text",
        blank=True,
        help_text="Markdown. För avsnitt med data: din kommentar till siffrorna.",
    )
    frozen_data = models.JSONField("fastställda data", null=True, blank=True, editable=False)
    history = HistoricalRecords(verbose_name="historik för avsnitt")

    class Meta:
        verbose_name = "avsnitt"
        verbose_name_plural = "avsnitt"
        ordering = ["report_id", "position", "pk"]

    def __str__(self) -> str:
        return self.title

    @property
    def area(self) -> Area:
        return self.report.area

    @property
    def is_generated(self) -> bool:
        return self.kind != self.Kind.TEXT


class EconomyItem(models.Model):
    """A line of the economy section, entered by the processledare."""

    class Kind(models.TextChoices):
        INCOME = "intakt", "Intäkt"
        SPENDING = "kostnad", "Kostnad"
        RESULT = "resultat", "Resultat"
        BALANCE = "balans", "Överfört till nästa år"
        COMMITMENT = "atagande", "Åtagande"

    report = models.ForeignKey(
        Report, verbose_name="årsrapport", on_delete=models.CASCADE, related_name="economy"
    )
    kind = models.CharField("slag", max_length=10, choices=Kind.choices)
    label = FreeCharField("post", max_length=200)
    amount = models.DecimalField(
        "belopp (mnkr)", max_digits=9, decimal_places=2, null=True, blank=True
    )
    note = FreeCharField("kommentar", max_length=300, blank=True)
    position = models.PositiveSmallIntegerField("ordning", default=0)

    class Meta:
        verbose_name = "ekonomipost"
        verbose_name_plural = "ekonomi"
        ordering = ["report_id", "position", "pk"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.label}"
