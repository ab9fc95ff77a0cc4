"""Read a file of half-year statistics (CSV or Excel) and check every row.

Nothing here writes to the database: :func:`read_statistics` raises an
``UploadRejected`` (samla.uploads) or returns a :class:`Preview` of valid rows
and row errors, which the user sees before anything is saved.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.utils import timezone

from deviations.models import Category, Cause, Half
from deviations.statistics import Period
from nosam.models import Organisation, TargetGroup
from samla.exports import ExcelCsv
from samla.numbers import (
    DB_INT_MAX,
    YEAR_MAX,
    YEAR_MIN,
    NumberError,
    format_integer,
    integer_in_range,
    parse_integer,
)
from samla.patient_data import find_personal_numbers
from samla.uploads import (
    EmptyFile,
    ReadBudget,
    TooManyRows,
    UploadRejected,
    UploadRules,
    check_upload,
    open_office_zip,
)

HEADERS = [
    "År",
    "Halvår",
    "Rapporterande organisation",
    "Mottagande organisation",
    "Målgrupp",
    "Kategori",
    "Orsak",
    "Antal",
]
EXAMPLE_ROWS = [
    [
        "2025",
        "H2",
        "Alingsås kommun",
        "Alingsås lasarett",
        "Äldre",
        "In- och utskrivningsprocessen / vårdens övergångar",
        "Kommunikation/informationsbrist",
        "12",
    ],
    [
        "2025",
        "H2",
        "Regional primärvård",
        "Lerums kommun",
        "Psykisk hälsa och missbruk",
        "Informationsöverföring",
        "",
        "4",
    ],
]
# An .xlsx is a zip: refuse one that would unpack to far more than it weighs.
MAX_UNPACKED_BYTES = 50 * 1024 * 1024
# No row of a half-year's statistics counts anywhere near this many deviations;
# a larger number is a mistake in the file (or an Excel cell like 1e20).
MAX_COUNT = 100_000
# The import's total is stored in an integer column.
MAX_TOTAL = DB_INT_MAX
# Cell text quoted back in a message is cut here.
QUOTE_LENGTH = 60


NOT_TAKEN = (
    "Filformatet .{} stöds inte. Spara filen som Excel-arbetsbok (.xlsx) eller CSV och försök igen."
)
UPLOAD_RULES = UploadRules(
    extensions=frozenset({"csv", "xlsx"}),
    wrong_type="Filen måste vara en CSV-fil (.csv) eller en Excel-fil (.xlsx).",
    refused={
        extension: NOT_TAKEN.format(extension) for extension in ("xls", "xlsm", "xlsb", "ods")
    },
    max_bytes_setting="DEVIATIONS_MAX_UPLOAD_BYTES",
)


class FileRejected(UploadRejected):
    """The file is readable but holds no statistics the portal can take."""


@dataclass(frozen=True)
class Row:
    line: int
    year: int
    half: int
    reporting: int
    receiving: int
    target_group: int | None
    category: int
    cause: int | None
    count: int


@dataclass(frozen=True)
class RowError:
    line: int
    message: str


@dataclass
class Preview:
    file_name: str
    rows: list[Row] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return bool(self.rows) and not self.errors

    @property
    def total(self) -> int:
        return sum(row.count for row in self.rows)

    @property
    def periods(self) -> list[tuple[int, int]]:
        return sorted({(row.year, row.half) for row in self.rows})

    def totals_by_period(self) -> list[tuple[str, int, int]]:
        counts, lines = Counter(), Counter()
        for row in self.rows:
            counts[(row.year, row.half)] += row.count
            lines[(row.year, row.half)] += 1
        return [(f"{y} H{h}", lines[(y, h)], counts[(y, h)]) for y, h in sorted(counts)]

    def totals_by_category(self, names: dict[int, str]) -> list[tuple[str, int]]:
        counts = Counter()
        for row in self.rows:
            counts[row.category] += row.count
        return sorted(((names[c], n) for c, n in counts.items()), key=lambda item: -item[1])

    def to_json(self) -> dict:
        return {"file_name": self.file_name, "rows": [list(vars(r).values()) for r in self.rows]}

    @classmethod
    def from_json(cls, data: dict) -> Preview:
        return cls(data["file_name"], [Row(*values) for values in data["rows"]])


def read_statistics(area, uploaded) -> Preview:
    """Check and read an uploaded file; raise an :class:`UploadRejected` if unusable."""
    upload = check_upload(uploaded, rules=UPLOAD_RULES)
    table = _read_csv(upload.data) if upload.extension == "csv" else _read_xlsx(upload.data)
    _refuse_patient_data(upload.name, table)
    return _check(area, upload.name, table)


def _refuse_patient_data(name: str, table: list[list[str]]) -> None:
    """Refuse the whole file before a cell is echoed in the preview or kept."""
    cells = (str(cell) for row in table for cell in row)
    if find_personal_numbers(name) or any(find_personal_numbers(cell) for cell in cells):
        raise FileRejected(
            "Filen verkar innehålla personnummer eller samordningsnummer. Uppgifter som kan "
            "identifiera en patient får inte sparas i portalen. Ta bort dem och försök igen."
        )


def _read_csv(data: bytes) -> list[list[str]]:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1252 decodes almost anything
        raise FileRejected("Filens teckenkodning kunde inte läsas. Spara den som UTF-8.")
    if "\x00" in text:
        raise FileRejected("Filen ser inte ut som en CSV-fil (den innehåller binära data).")
    first = text.splitlines()[0] if text.strip() else ""
    delimiter = max(";,\t", key=first.count) if first else ";"
    try:
        return _bounded(csv.reader(io.StringIO(text), delimiter=delimiter))
    except csv.Error:
        raise FileRejected("Filen kunde inte läsas som CSV.") from None


def _read_xlsx(data: bytes) -> list[list[str]]:
    from openpyxl import load_workbook

    open_office_zip(
        data,
        document="Excel-fil",
        max_unpacked=MAX_UNPACKED_BYTES,
        max_xml_part=settings.UPLOAD_MAX_XML_BYTES,
    )
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        sheet = workbook.worksheets[0]
        table = _bounded(
            [_cell(value) for value in row] for row in sheet.iter_rows(values_only=True)
        )
        workbook.close()
    except UploadRejected:
        raise
    except Exception:  # openpyxl raises many kinds; the user needs one message
        raise FileRejected("Filen kunde inte läsas som Excel-fil. Den kan vara skadad.") from None
    return table


def _bounded(rows) -> list[list[str]]:
    """The file's rows, read within the row limit and the time budget."""
    budget = ReadBudget(max_rows=settings.DEVIATIONS_MAX_ROWS)
    return list(
        budget.rows(rows, counted=lambda row: any(str(c).strip() for c in row), header_rows=1)
    )


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _lookups(area) -> dict[str, dict[str, int]]:
    organisations: dict[str, int] = {}
    for pk, name, short in area.organisations.values_list("pk", "name", "short_name"):
        organisations[_key(name)] = pk
        if short:
            organisations.setdefault(_key(short), pk)
    # Units of the area's organisations count too, e.g. a kommun's förvaltning.
    units = Organisation.objects.filter(parent__areas=area).values_list("pk", "name")
    for pk, name in units:
        organisations.setdefault(_key(name), pk)
    target_groups: dict[str, int] = {}
    for pk, name, others in TargetGroup.objects.filter(area=area).values_list(
        "pk", "name", "other_names"
    ):
        target_groups[_key(name)] = pk
        for other in others.splitlines():
            if other.strip():
                target_groups.setdefault(_key(other), pk)
    return {
        "organisation": organisations,
        "target_group": target_groups,
        "category": {
            _key(n): pk for pk, n in Category.objects.filter(area=area).values_list("pk", "name")
        },
        "cause": {
            _key(n): pk for pk, n in Cause.objects.filter(area=area).values_list("pk", "name")
        },
    }


def _check(area, file_name: str, table: list[list[str]], today=None) -> Preview:
    rows = [row for row in table if any(str(cell).strip() for cell in row)]
    if not rows:
        raise EmptyFile("Filen är tom: den innehåller varken rubriker eller rader.")
    headers = [str(cell).strip() for cell in rows[0]]
    while headers and not headers[-1]:
        headers.pop()
    if [_key(h) for h in headers] != [_key(h) for h in HEADERS]:
        raise FileRejected(
            "Kolumnrubrikerna stämmer inte med mallen. Första raden ska vara: "
            + "; ".join(HEADERS)
            + ". Filen har: "
            + ("; ".join(headers) or "(inga rubriker)")
            + "."
        )
    if len(rows) == 1:
        raise FileRejected("Filen har rubriker men inga rader med statistik.")
    if len(rows) - 1 > settings.DEVIATIONS_MAX_ROWS:
        raise TooManyRows(limit=settings.DEVIATIONS_MAX_ROWS, rows_read=len(rows) - 1)
    lookups = _lookups(area)
    today = today or timezone.localdate()
    preview = Preview(file_name)
    line_numbers = {id(row): index for index, row in enumerate(table, start=1)}
    first_line: dict[tuple, int] = {}
    for row in rows[1:]:
        line = line_numbers[id(row)]
        cells = [str(cell).strip() for cell in row]
        while len(cells) > len(HEADERS) and not cells[-1]:
            cells.pop()
        if len(cells) > len(HEADERS):
            preview.errors.append(
                RowError(line, f"Raden har fler kolumner än rubrikerna ({len(cells)} mot 8)")
            )
            continue
        result = _row(line, cells + [""] * (len(HEADERS) - len(cells)), lookups, today)
        if not isinstance(result, Row):
            preview.errors.extend(result)
            continue
        # An exact copy of a row would otherwise be summed without anyone noticing.
        key = tuple(vars(result).values())[1:]
        if key in first_line:
            preview.errors.append(
                RowError(line, f"Raden är samma som rad {first_line[key]}; ta bort den ena")
            )
            continue
        first_line[key] = line
        preview.rows.append(result)
    if preview.total > MAX_TOTAL:
        raise FileRejected(
            f"Summan av Antal i filen ({format_integer(preview.total)}) är större än vad "
            "som kan sparas. Kontrollera kolumnen Antal."
        )
    return preview


def _quoted(text: str) -> str:
    return text if len(text) <= QUOTE_LENGTH else text[: QUOTE_LENGTH - 1] + "…"


def _row(line: int, cells: list[str], lookups, today) -> Row | list[RowError]:
    year_text, half_text, reporting, receiving, target_group, category, cause, count = cells
    problems: list[str] = []

    try:
        year = integer_in_range(year_text, minimum=YEAR_MIN, maximum=YEAR_MAX)
    except NumberError:
        year = None
        problems.append(
            f"År ”{_quoted(year_text)}” ska vara ett årtal mellan {YEAR_MIN} och {YEAR_MAX}, "
            "t.ex. 2025"
        )
    half = {"h1": Half.FIRST, "1": Half.FIRST, "h2": Half.SECOND, "2": Half.SECOND}.get(
        half_text.casefold()
    )
    if half is None:
        problems.append(f"Halvår ”{_quoted(half_text)}” ska vara H1 eller H2")
    elif year is not None and not Period(year, half).has_ended(today):
        period = Period(year, half)
        problems.append(
            f"Halvåret {period.label} är inte slut ({period.ends_on:%Y-%m-%d}); statistik "
            "för ett halvår tas emot när det är slut"
        )

    def find(kind: str, text: str, label: str, required: bool = True) -> int | None:
        if not text:
            if required:
                problems.append(f"{label} saknas")
            return None
        found = lookups[kind].get(_key(text))
        if found is None:
            problems.append(f"{label} ”{_quoted(text)}” är okänd i området")
        return found

    reporting_id = find("organisation", reporting, "Rapporterande organisation")
    receiving_id = find("organisation", receiving, "Mottagande organisation")
    target_group_id = find("target_group", target_group, "Målgrupp", required=False)
    category_id = find("category", category, "Kategori")
    cause_id = find("cause", cause, "Orsak", required=False)

    number = None
    try:
        number = parse_integer(count)
    except NumberError:
        problems.append(f"Antal ”{_quoted(count)}” är inte ett heltal")
    else:
        if number < 0:
            problems.append(f"Antal ”{_quoted(count)}” får inte vara negativt")
        elif number > MAX_COUNT:
            problems.append(
                f"Antal ”{_quoted(count)}” är orimligt stort (högst "
                f"{format_integer(MAX_COUNT)} per rad)"
            )
    if problems:
        return [RowError(line, message) for message in problems]
    return Row(
        line,
        year,
        half,
        reporting_id,
        receiving_id,
        target_group_id,
        category_id,
        cause_id,
        number,
    )


def template_csv() -> bytes:
    writer = ExcelCsv()
    writer.writerow(HEADERS)
    writer.writerows(EXAMPLE_ROWS)
    return writer.to_bytes()


def template_xlsx() -> bytes:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Statistik"
    sheet.append(HEADERS)
    for row in EXAMPLE_ROWS:
        sheet.append([int(row[0]), *row[1:7], int(row[7])])
    for column, width in zip("ABCDEFGH", (8, 8, 32, 32, 28, 44, 36, 8), strict=True):
        sheet.column_dimensions[column].width = width
    sheet.auto_filter.ref = sheet.dimensions
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
