"""What else a published plan's PDF shows, as part of its cache key.

A published version's files are cached for good, as the version never
changes. A higher layer that adds to the PDF (indicators: each activity's
values, which keep coming after publication) offers here how to tell that its
part changed (``IndicatorsConfig.ready``); plans never imports it.
"""

from __future__ import annotations

from collections.abc import Callable

PdfPart = Callable[[object], str]

_parts: list[PdfPart] = []


def offer_pdf_part(part: PdfPart) -> None:
    """``part(version)`` returns a short text that changes when what it adds does."""
    if part not in _parts:
        _parts.append(part)


def pdf_parts(version) -> str:
    return ":".join(part(version) for part in _parts)
