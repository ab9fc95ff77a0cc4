"""Benchmark: how long the biggest uploads hold a worker, with the limits on.

Builds the files of the findings (a .docx with a 30 000-row table, CSV and
Excel files past the row limit) and files just inside the limits, reads each
as the import views do, and prints the time and the answer. Runs on a fresh
SQLite database with the demo data in a temporary directory.

    python bench/uploads.py
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CSV_ROW = "2025;H2;Alingsås kommun;Alingsås lasarett;Äldre;Informationsöverföring;;1\r\n"


def _timed(label: str, read) -> None:
    start = time.perf_counter()
    try:
        result = read()
        answer = f"läst: {result}"
    except Exception as refused:  # the refusal is the answer being measured
        answer = f"avvisad: {refused}"
    print(f"{label:<44} {time.perf_counter() - start:6.2f} s  {answer[:90]}")


def main() -> None:
    var = tempfile.mkdtemp(prefix="samla-bench-uploads-")
    os.environ.update(
        SAMLA_VAR_DIR=var, DJANGO_SETTINGS_MODULE="samla.settings", DEBUG="1", LOG_LEVEL="WARNING"
    )
    os.environ.pop("DATABASE_URL", None)
    import django

    django.setup()
    from django.conf import settings
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.core.management import call_command
    from openpyxl import Workbook

    from deviations.importing import HEADERS, read_statistics
    from nosam.models import Area
    from plans.word import read_word_plan
    from tests.word_documents import plan_with_rows

    call_command("migrate", verbosity=0)
    call_command("load_demo", verbosity=0)
    area = Area.objects.get(slug="samla")
    word_rows, sheet_rows = settings.WORD_MAX_ROWS, settings.DEVIATIONS_MAX_ROWS
    print(
        f"Gränser: Word {word_rows} rader, avvikelser {sheet_rows} rader, "
        f"{settings.UPLOAD_TIME_BUDGET_SECONDS:g} s, XML {settings.UPLOAD_MAX_XML_BYTES} byte"
    )

    def docx(rows: int):
        content = plan_with_rows(rows)
        return lambda: len(
            read_word_plan(SimpleUploadedFile("plan.docx", content), area=area).activities
        )

    def csv(rows: int):
        content = (";".join(HEADERS) + "\r\n" + CSV_ROW * rows).encode()
        return lambda: len(read_statistics(area, SimpleUploadedFile("s.csv", content)).rows)

    def xlsx(rows: int):
        # Write-only workbooks leave out the sheet's size, so openpyxl reads the
        # whole sheet once to find it: the slowest kind of file to read.
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet()
        sheet.append(HEADERS)
        for _ in range(rows):
            sheet.append(
                [
                    2025,
                    "H2",
                    "Alingsås kommun",
                    "Alingsås lasarett",
                    "Äldre",
                    "Informationsöverföring",
                    "",
                    1,
                ]
            )
        buffer = io.BytesIO()
        workbook.save(buffer)
        content = buffer.getvalue()
        return lambda: len(read_statistics(area, SimpleUploadedFile("s.xlsx", content)).rows)

    _timed("Word, 30 000 rader (fyndet)", docx(30_000))
    _timed(f"Word, {word_rows + 500} rader", docx(word_rows + 500))
    _timed(f"Word, {word_rows} rader (gränsen)", docx(word_rows))
    _timed(f"CSV, {sheet_rows + 1} rader", csv(sheet_rows + 1))
    _timed(f"CSV, {sheet_rows} rader (gränsen)", csv(sheet_rows))
    _timed(f"Excel, {sheet_rows + 1} rader", xlsx(sheet_rows + 1))
    _timed(f"Excel, {sheet_rows} rader (gränsen)", xlsx(sheet_rows))


if __name__ == "__main__":
    main()
