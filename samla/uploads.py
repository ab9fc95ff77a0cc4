"""One way in for uploaded files, for every import of the portal.

1. :func:`check_upload`: size, emptiness and file type, before a byte is parsed;
2. :func:`open_office_zip`: an .xlsx/.docx as a zip, refusing broken archives,
   zip bombs (compression ratio) and XML parts too large to parse;
3. :class:`ReadBudget`: a row limit and a time budget while the file is read,
   so no upload holds a worker for more than a few seconds;
4. :func:`pending_upload_create` keeps what was read for the preview (a
   :class:`~samla.models.PendingUpload`, so any instance can confirm it) and
   :func:`pending_upload_confirm` is the one confirm step.

Every refusal is an :class:`UploadRejected` of its own type whose ``str()`` is
the Swedish message for the user; callers catch the type, never the text.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from time import monotonic
from typing import TypeVar

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from samla.models import PendingUpload
from samla.numbers import format_integer

MAX_UNPACKED_BYTES = 100 * 1024 * 1024
MAX_RATIO = 100
PREVIEW_LIFETIME = timedelta(hours=2)
MB = 1024 * 1024

T = TypeVar("T")


# --- Refusals -------------------------------------------------------------------


class UploadRejected(Exception):
    """The upload cannot be used; ``str()`` says why, in Swedish."""


class FileTooLarge(UploadRejected):
    def __init__(self, *, limit_bytes: int):
        self.limit_bytes = limit_bytes
        super().__init__(f"Filen är för stor. Största tillåtna storlek är {limit_bytes // MB} MB.")


class EmptyFile(UploadRejected):
    def __init__(self, message: str = "Filen är tom."):
        super().__init__(message)


class WrongFileType(UploadRejected):
    """A file type this import does not take; the message names the one it does."""


class UnsafeArchive(UploadRejected):
    """The file is not a zip that may safely be opened."""


class BrokenArchive(UnsafeArchive):
    def __init__(self, *, document: str):
        super().__init__(
            f"Filen kunde inte läsas som {document}. Den kan vara skadad eller lösenordsskyddad."
        )


class ArchiveTooLarge(UnsafeArchive):
    """A zip bomb: it unpacks to far more than it weighs."""

    def __init__(self):
        super().__init__("Filen packas upp till orimligt mycket data och läses inte.")


class XmlPartTooLarge(UnsafeArchive):
    """One XML part is larger than a reader may parse whole."""

    def __init__(self, *, limit_bytes: int):
        limit = f"{limit_bytes / MB:.3g}".replace(".", ",")
        super().__init__(
            f"Filen är för stor för att läsas: den innehåller mer än {limit} MB text och "
            "tabeller. Dela upp den i mindre filer och försök igen."
        )


class UploadLimitExceeded(UploadRejected):
    """Reading went past a limit; ``rows_read`` is how many rows were read before."""

    def __init__(self, message: str, *, rows_read: int):
        super().__init__(message)
        self.rows_read = rows_read


class TooManyRows(UploadLimitExceeded):
    def __init__(self, *, limit: int, rows_read: int):
        shown = format_integer(limit)
        super().__init__(
            f"Filen har fler än {shown} rader. Högst {shown} rader tas emot åt gången: dela "
            "upp filen och försök igen.",
            rows_read=rows_read,
        )


class TimeBudgetExceeded(UploadLimitExceeded):
    def __init__(self, *, seconds: float, rows_read: int):
        super().__init__(
            "Filen tog för lång tid att läsa och har inte lästs in (gränsen är "
            f"{seconds:g} sekunder). Dela upp den i mindre filer och försök igen.",
            rows_read=rows_read,
        )


class PreviewGone(Exception):
    """The preview to confirm has expired, was used, or is someone else's."""

    message = "Förhandsgranskningen finns inte längre. Ladda upp filen igen."

    def __init__(self):
        super().__init__(self.message)


class AlreadySaved(PreviewGone):
    """The preview was confirmed before (a double click): where it was saved."""

    message = "Filen är redan sparad."

    def __init__(self, url: str):
        super().__init__()
        self.url = url


# --- Before reading -------------------------------------------------------------


@dataclass(frozen=True)
class UploadRules:
    """What one import accepts. The size limit is a setting, read at each check."""

    extensions: frozenset[str]
    wrong_type: str
    max_bytes_setting: str
    refused: Mapping[str, str] = field(default_factory=dict)  # extension: why not


@dataclass(frozen=True)
class CheckedUpload:
    name: str
    extension: str
    data: bytes


def check_upload(uploaded, *, rules: UploadRules, default_name: str = "fil") -> CheckedUpload:
    """Size, emptiness and type of an uploaded file; its bytes once they pass."""
    limit = getattr(settings, rules.max_bytes_setting)
    if uploaded.size > limit:
        raise FileTooLarge(limit_bytes=limit)
    if uploaded.size == 0:
        raise EmptyFile()
    name = uploaded.name or default_name
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension in rules.refused:
        raise WrongFileType(rules.refused[extension])
    if extension not in rules.extensions:
        raise WrongFileType(rules.wrong_type)
    data = uploaded.read()
    if not data:
        raise EmptyFile()
    return CheckedUpload(name, extension, data)


def open_office_zip(
    data: bytes,
    *,
    document: str,
    max_unpacked: int = MAX_UNPACKED_BYTES,
    max_xml_part: int | None = None,
) -> zipfile.ZipFile:
    """Open an .xlsx/.docx (``document`` names it in messages) as a zip.

    ``max_xml_part`` bounds every XML part: python-docx parses them whole when
    it opens a document, and openpyxl may read a whole sheet to learn its size
    (when the sheet does not state it), both before a single row is counted.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, ValueError):
        raise BrokenArchive(document=document) from None
    unpacked = sum(item.file_size for item in members)
    if unpacked > max_unpacked or unpacked > MAX_RATIO * max(len(data), 1):
        raise ArchiveTooLarge()
    if max_xml_part is not None:
        for item in members:
            if item.filename.endswith((".xml", ".rels")) and item.file_size > max_xml_part:
                raise XmlPartTooLarge(limit_bytes=max_xml_part)
    return archive


# --- While reading --------------------------------------------------------------


class ReadBudget:
    """A row limit and a deadline for reading one upload.

    Reading loops pass their rows through :meth:`rows`, which stops at the
    first row past ``max_rows`` (in any one table or sheet) or past the
    deadline; work between loops calls :meth:`check_time`.
    """

    def __init__(self, *, max_rows: int, seconds: float | None = None):
        self.max_rows = max_rows
        self.seconds = settings.UPLOAD_TIME_BUDGET_SECONDS if seconds is None else seconds
        self.deadline = monotonic() + self.seconds
        self.rows_read = 0

    def check_time(self) -> None:
        if monotonic() > self.deadline:
            raise TimeBudgetExceeded(seconds=self.seconds, rows_read=self.rows_read)

    def rows(
        self,
        rows: Iterable[T],
        *,
        counted: Callable[[T], bool] | None = None,
        header_rows: int = 0,
    ) -> Iterator[T]:
        """Yield ``rows`` while within the limits. ``counted`` says which rows
        count towards the limit (e.g. not blank ones); the first
        ``header_rows`` of those are headings and do not count."""
        seen = -header_rows
        for row in rows:
            self.check_time()
            if counted is None or counted(row):
                seen += 1
                if seen > self.max_rows:
                    raise TooManyRows(limit=self.max_rows, rows_read=self.rows_read)
                if seen > 0:
                    self.rows_read += 1
            yield row


# --- The preview and the confirm step ---------------------------------------------


def pending_upload_create(*, kind: str, scope: str, user, payload: dict) -> PendingUpload:
    """Keep what was read until the user confirms it; clear previews that expired."""
    now = timezone.now()
    PendingUpload.objects.filter(expires_at__lte=now).delete()
    return PendingUpload.objects.create(
        kind=kind,
        scope=scope,
        user=user,
        payload=payload,
        created_at=now,
        expires_at=now + PREVIEW_LIFETIME,
    )


def _theirs(*, kind: str, scope: str, token, user):
    return PendingUpload.objects.filter(
        kind=kind, scope=scope, token=token, user=user, expires_at__gt=timezone.now()
    )


def _gone(*, kind: str, scope: str, token, user) -> PreviewGone:
    saved = _theirs(kind=kind, scope=scope, token=token, user=user).exclude(saved_url="").first()
    return AlreadySaved(saved.saved_url) if saved else PreviewGone()


def pending_upload_from(form, *, read, kind: str, scope: str, user):
    """A posted file read into a preview; a preview without errors is kept
    for confirmation. Returns (preview, pending): no preview before a valid
    post or for a refused file (the form's error then says why), no pending
    while the preview has errors."""
    if not form.is_valid():
        return None, None
    try:
        preview = read(form.cleaned_data["file"])
    except UploadRejected as rejected:
        form.add_error("file", str(rejected))
        return None, None
    if not preview.ok:
        return preview, None
    payload = preview.to_json()
    return preview, pending_upload_create(kind=kind, scope=scope, user=user, payload=payload)


def pending_upload_get(*, kind: str, scope: str, token, user) -> PendingUpload:
    """The user's own preview of this kind and scope; :class:`PreviewGone`
    otherwise (:class:`AlreadySaved` once it has been confirmed)."""
    pending = _theirs(kind=kind, scope=scope, token=token, user=user).filter(saved_url="").first()
    if pending is None:
        raise _gone(kind=kind, scope=scope, token=token, user=user)
    return pending


def pending_upload_confirm(
    *, kind: str, scope: str, token, user, save: Callable[[dict], T], url_of: Callable[[T], str]
) -> T:
    """The one confirm step: ``save`` the user's preview in one transaction, so
    it is saved once even when confirmed twice at the same time. The preview
    keeps only ``url_of(saved)``: a second confirmation raises
    :class:`AlreadySaved` with it.

    A ``ValidationError`` from ``save`` saves nothing and removes the preview:
    showing it again would show the refused text once more. Any other failure
    keeps it for another try.
    """
    try:
        with transaction.atomic():
            pending = (
                _theirs(kind=kind, scope=scope, token=token, user=user)
                .filter(saved_url="")
                .select_for_update()
                .first()
            )
            if pending is None:
                raise _gone(kind=kind, scope=scope, token=token, user=user)
            saved = save(pending.payload)
            pending.payload, pending.saved_url = {}, url_of(saved)[:300]
            pending.save(update_fields=["payload", "saved_url"])
    except ValidationError:
        PendingUpload.objects.filter(kind=kind, scope=scope, token=token, user=user).delete()
        raise
    return saved
