"""Checks every uploaded Office file passes before it is opened."""

from __future__ import annotations

import io
import zipfile

MAX_UNPACKED_BYTES = 100 * 1024 * 1024
MAX_RATIO = 100


class UnsafeArchive(Exception):
    """The file is not a readable zip, or unpacks to far more than it weighs."""


def open_office_zip(data: bytes, *, max_unpacked: int = MAX_UNPACKED_BYTES) -> zipfile.ZipFile:
    """Open an .xlsx/.docx as a zip, refusing broken archives and zip bombs."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        unpacked = sum(item.file_size for item in archive.infolist())
    except (zipfile.BadZipFile, ValueError):
        raise UnsafeArchive("broken") from None
    if unpacked > max_unpacked or unpacked > MAX_RATIO * max(len(data), 1):
        raise UnsafeArchive("bomb")
    return archive
