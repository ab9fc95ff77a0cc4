"""Files people download from the portal."""

import csv
import io

from docx.enum.section import WD_ORIENT
from docx.shared import Mm

A4_SHORT, A4_LONG = Mm(210), Mm(297)


class ExcelCsv:
    """A CSV file as Excel in Sweden opens it: UTF-8 with a byte order mark
    (without it Excel reads å, ä and ö as cp1252), semicolons (the comma is the
    decimal sign) and CRLF line ends. Written like ``csv.writer``."""

    def __init__(self):
        self._buffer = io.StringIO()
        self._writer = csv.writer(self._buffer, delimiter=";", lineterminator="\r\n")

    def writerow(self, row) -> None:
        self._writer.writerow(row)

    def writerows(self, rows) -> None:
        self._writer.writerows(rows)

    def to_bytes(self) -> bytes:
        return ("\ufeff" + self._buffer.getvalue()).encode("utf-8")


def a4_page(section, *, landscape: bool = False, margin_mm: float = 25) -> None:
    """Lay a Word section (python-docx) out on A4, as Swedish offices print:
    python-docx's own template is US Letter."""
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (
        (A4_LONG, A4_SHORT) if landscape else (A4_SHORT, A4_LONG)
    )
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(margin_mm))
