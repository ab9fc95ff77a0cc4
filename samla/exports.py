"""Files people download from the portal."""

import csv
import io


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
