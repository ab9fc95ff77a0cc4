"""Reminders by e-mail: what each person has turned off, and what was sent."""

from django.db import models
from django.utils import timezone

from nosam.models import Person
from samla.fields import FreeCharField


class Kind(models.TextChoices):
    """The kinds of e-mail the portal sends; each can be turned off on Mina sidor."""

    DEADLINE = "deadline", "Deadline närmar sig eller har passerat"
    STALE = "uppfoljning", "Aktivitet utan uppföljning"
    DIGEST = "motesutskick", "Utskick före gruppens möte"
    WEEKLY = "veckosammanfattning", "Veckosammanfattning för processledare"


class OptOut(models.Model):
    """A kind of reminder a person does not want. Every kind is on until turned off."""

    person = models.ForeignKey(
        Person, verbose_name="person", on_delete=models.CASCADE, related_name="reminder_opt_outs"
    )
    kind = models.CharField("slag", max_length=24, choices=Kind.choices)
    created_at = models.DateTimeField("avstängd", default=timezone.now)

    class Meta:
        verbose_name = "avstängd påminnelse"
        verbose_name_plural = "avstängda påminnelser"
        constraints = [
            models.UniqueConstraint(fields=["person", "kind"], name="optout_unique_kind"),
        ]

    def __str__(self) -> str:
        return f"{self.person}: {self.get_kind_display()}"


class SentReminder(models.Model):
    """One thing a person was reminded of, recorded before the e-mail goes.

    ``key`` names the thing and the occasion ("activity:12:deadline-before:2026-06-30"):
    the unique constraint makes a second run, or a run on another machine at
    the same time, find it taken and send nothing twice.
    """

    person = models.ForeignKey(
        Person, verbose_name="person", on_delete=models.CASCADE, related_name="reminders_sent"
    )
    kind = models.CharField("slag", max_length=24, choices=Kind.choices)
    key = models.CharField("avser", max_length=200)
    reason = FreeCharField("varför", max_length=300)
    created_at = models.DateTimeField("registrerad", default=timezone.now)
    sent_at = models.DateTimeField("skickad", null=True, blank=True)

    class Meta:
        verbose_name = "skickad påminnelse"
        verbose_name_plural = "skickade påminnelser"
        ordering = ["-created_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["person", "kind", "key"], name="reminder_sent_once"),
        ]

    def __str__(self) -> str:
        return f"{self.person}: {self.reason}"
