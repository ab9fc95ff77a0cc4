"""Core models: what every app's uploads share."""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone


class PendingUpload(models.Model):
    """A checked upload waiting for its user to confirm the preview.

    Kept in the database rather than the session, so that whichever instance
    serves the confirmation finds it. ``kind`` names the import
    (``"plans.word"``) and ``scope`` what it belongs to in that app's terms (an
    area's pk): this core app knows neither. Rows live until ``expires_at`` and
    are cleared when a new one is kept (``samla.uploads.pending_upload_create``).
    """

    kind = models.CharField("slag", max_length=40)
    scope = models.CharField("hör till", max_length=40)
    token = models.UUIDField("nyckel", unique=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="uppladdad av",
        on_delete=models.CASCADE,
        related_name="pending_uploads",
    )
    payload = models.JSONField("granskat innehåll")
    # Once saved, the row stays until it expires (without its payload), so a
    # second click on "Spara" finds where the first one led.
    saved_url = models.CharField("sparad, finns på", max_length=300, blank=True)
    created_at = models.DateTimeField("uppladdad", default=timezone.now)
    expires_at = models.DateTimeField("gäller till")

    class Meta:
        verbose_name = "uppladdning som väntar på bekräftelse"
        verbose_name_plural = "uppladdningar som väntar på bekräftelse"
        indexes = [models.Index(fields=["expires_at"], name="pendingupload_expires")]

    def __str__(self) -> str:
        return f"{self.kind} ({self.created_at:%Y-%m-%d %H:%M})"
