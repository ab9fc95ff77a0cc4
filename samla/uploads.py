"""Bounds on reading uploaded files: checks before a file is opened, and a row
limit and a time budget while it is read, so no upload can hold a worker for
more than a few seconds (settings ``UPLOAD_TIME_BUDGET_SECONDS`` and each
import's row limit)."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterable, Iterator
from time import monotonic
from typing import TypeVar

from django.conf import settings

MAX_UNPACKED_BYTES = 100 * 1024 * 1024
MAX_RATIO = 100

T = TypeVar("T")


class UnsafeArchive(Exception):
    """The file is not a readable zip, or unpacks to far more than it weighs.

    ``str()`` is the reason: "broken", "bomb", or "xml" (one XML part is larger
    than the reader is allowed to parse)."""


def open_office_zip(
    data: bytes, *, max_unpacked: int = MAX_UNPACKED_BYTES, max_xml_part: int | None = None
) -> zipfile.ZipFile:
    """Open an .xlsx/.docx as a zip, refusing broken archives and zip bombs.

    ``max_xml_part`` bounds every XML part: python-docx parses them whole when
    it opens a document, and openpyxl may read a whole sheet to learn its size
    (when the sheet does not state it), both before a single row is counted.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, ValueError):
        raise UnsafeArchive("broken") from None
    unpacked = sum(item.file_size for item in members)
    if unpacked > max_unpacked or unpacked > MAX_RATIO * max(len(data), 1):
        raise UnsafeArchive("bomb")
    if max_xml_part is not None:
        for item in members:
            if item.filename.endswith((".xml", ".rels")) and item.file_size > max_xml_part:
                raise UnsafeArchive("xml")
    return archive


def xml_limit_message() -> str:
    """What the user is told when a part of the file is larger than may be parsed."""
    limit = f"{settings.UPLOAD_MAX_XML_BYTES / (1024 * 1024):.3g}".replace(".", ",")
    return (
        f"Filen är för stor för att läsas: den innehåller mer än {limit} MB text och "
        "tabeller. Dela upp den i mindre filer och försök igen."
    )


class UploadLimitExceeded(Exception):
    """Reading went past the row limit or the time budget; the message, in
    Swedish, says which. ``rows_read`` is how many rows were read before."""

    def __init__(self, message: str, *, rows_read: int):
        super().__init__(message)
        self.rows_read = rows_read


def swedish_number(value: int) -> str:
    """1 000, 100 000: thousands grouped with a no-break space."""
    return f"{value:,}".replace(",", "\u00a0")


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
            raise UploadLimitExceeded(
                "Filen tog för lång tid att läsa och har inte lästs in (gränsen är "
                f"{self.seconds:g} sekunder). Dela upp den i mindre filer och försök igen.",
                rows_read=self.rows_read,
            )

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
                    limit = swedish_number(self.max_rows)
                    raise UploadLimitExceeded(
                        f"Filen har fler än {limit} rader. Högst {limit} rader tas emot åt "
                        "gången: dela upp filen och försök igen.",
                        rows_read=self.rows_read,
                    )
                if seen > 0:
                    self.rows_read += 1
            yield row
