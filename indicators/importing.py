"""Read a file of indicator values (CSV or Excel) and check every row.

Nothing here writes: :func:`read_values` raises an ``UploadRejected``
(samla.uploads) or returns a :class:`Preview` of every row and every error,
which the processledare sees before anything is saved. The limits are those
of the deviation statistics' import (size, rows, time, zip bombs), which the
same pipeline enforces.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone

from deviations.importing import _read_csv, _refuse_patient_data
from indicators.models import Indicator, Source, check_count
from indicators.periods import parse_period
from indicators.progress import number
from indicators.services import ImportedRow
from samla.exports import ExcelCsv
from samla.numbers import DB_INT_MAX, NumberError, parse_decimal
from samla.uploads import (
    EmptyFile,
    ReadBudget,
    TooManyRows,
    UploadRejected,
    UploadRules,
    check_upload,
    open_office_zip,
)

HEADERS = ["mätetal-id", "mätetal", "period", "värde", "källa", "kommentar"]
MAX_UNPACKED_BYTES = 50 * 1024 * 1024
# What the value column holds (14 digits, 2 of them decimals).
MAX_VALUE = Decimal("999999999999.99")
QUOTE_LENGTH = 60
UPLOAD_RULES = UploadRules(
    extensions=frozenset({"csv", "xlsx"}),
    wrong_type="Filen måste vara en CSV-fil (.csv) eller en Excel-fil (.xlsx).",
    refused={
        extension: f"Filformatet .{extension} stöds inte. Spara filen som Excel-arbetsbok "
        "(.xlsx) eller CSV och försök igen."
        for extension in ("xls", "xlsm", "xlsb", "ods")
    },
    max_bytes_setting="DEVIATIONS_MAX_UPLOAD_BYTES",
)


class FileRejected(UploadRejected):
    """The file is readable but holds no values the portal can take."""


@dataclass(frozen=True)
class Line:
    """One row of the file as the preview shows it."""

    line: int
    indicator: str  # the indicator's name, or what the file says
    period: str
    shown: str
    source: str
    comment: str
    replaces: str = ""  # the value it replaces, as shown
    errors: tuple[str, ...] = ()


@dataclass
class Preview:
    file_name: str
    lines: list[Line] = field(default_factory=list)
    rows: list[ImportedRow] = field(default_factory=list)

    @property
    def errors(self) -> list[tuple[int, str]]:
        return [(line.line, error) for line in self.lines for error in line.errors]

    @property
    def ok(self) -> bool:
        return bool(self.rows) and not self.errors

    @property
    def replaced_count(self) -> int:
        return sum(1 for line in self.lines if line.replaces)

    def to_json(self) -> dict:
        return {
            "file_name": self.file_name,
            "lines": [list(vars(line).values()) for line in self.lines],
            "rows": [list(vars(row).values()) for row in self.rows],
        }

    @classmethod
    def from_json(cls, data: dict) -> Preview:
        lines = [Line(*values[:7], tuple(values[7])) for values in data["lines"]]
        return cls(data["file_name"], lines, [ImportedRow(*values) for values in data["rows"]])


def read_values(area, uploaded) -> Preview:
    """Check and read an uploaded file; raise an :class:`UploadRejected` if unusable."""
    upload = check_upload(uploaded, rules=UPLOAD_RULES)
    table = _read_csv(upload.data) if upload.extension == "csv" else _read_xlsx(upload.data)
    _refuse_patient_data(upload.name, table)
    return _check(area, upload.name, table)


def _read_xlsx(data: bytes) -> list[list[str]]:
    from openpyxl import load_workbook

    open_office_zip(
        data,
        document="Excel-fil",
        max_unpacked=MAX_UNPACKED_BYTES,
        max_xml_part=settings.UPLOAD_MAX_XML_BYTES,
    )
    try:
        # Formulas as written (not their last computed value), so that they are refused.
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
        sheet = workbook.worksheets[0]
        rows = sheet.iter_rows(values_only=True)
        table = _bounded([_cell(value) for value in row] for row in rows)
        workbook.close()
    except UploadRejected:
        raise
    except Exception:  # openpyxl raises many kinds; the user needs one message
        raise FileRejected("Filen kunde inte läsas som Excel-fil. Den kan vara skadad.") from None
    return table


def _bounded(rows) -> list[list[str]]:
    budget = ReadBudget(max_rows=settings.DEVIATIONS_MAX_ROWS)
    return list(
        budget.rows(rows, counted=lambda row: any(str(c).strip() for c in row), header_rows=1)
    )


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return "ogiltigt tal"
        if value.is_integer() and abs(value) <= DB_INT_MAX:
            return str(int(value))
        # Excel's own decimals, written the Swedish way for the one parser.
        return format(Decimal(repr(value)), "f").replace(".", ",")
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return str(value).strip()


def _quoted(text: str) -> str:
    return text if len(text) <= QUOTE_LENGTH else text[: QUOTE_LENGTH - 1] + "…"


def _check(area, file_name: str, table: list[list[str]]) -> Preview:
    rows = [row for row in table if any(str(cell).strip() for cell in row)]
    if not rows:
        raise EmptyFile("Filen är tom: den innehåller varken rubriker eller rader.")
    headers = [str(cell).strip().casefold() for cell in rows[0]]
    while headers and not headers[-1]:
        headers.pop()
    if headers != HEADERS:
        raise FileRejected(
            "Kolumnrubrikerna stämmer inte med mallen. Första raden ska vara: "
            + "; ".join(HEADERS)
            + ". Filen har: "
            + (_quoted("; ".join(headers)) or "(inga rubriker)")
            + "."
        )
    if len(rows) == 1:
        raise FileRejected("Filen har rubriker men inga rader med värden.")
    if len(rows) - 1 > settings.DEVIATIONS_MAX_ROWS:
        raise TooManyRows(limit=settings.DEVIATIONS_MAX_ROWS, rows_read=len(rows) - 1)
    known = _known(rows[1:])
    existing = _existing(known.values())
    preview = Preview(file_name)
    seen: dict[tuple[int, str], int] = {}
    line_numbers = {id(row): index for index, row in enumerate(table, start=1)}
    for row in rows[1:]:
        cells = [str(cell).strip() for cell in row] + [""] * len(HEADERS)
        line = line_numbers[id(row)]
        own, extra = cells[: len(HEADERS)], cells[len(HEADERS) :]
        checked = _row(area, line, own, known, existing, seen, extra=extra)
        preview.lines.append(checked[0])
        if checked[1] is not None:
            preview.rows.append(checked[1])
    return preview


def _known(rows) -> dict[int, Indicator]:
    ids = set()
    for row in rows:
        text = str(row[0]).strip() if row else ""
        if text.isascii() and text.isdigit() and len(text) < 10:
            ids.add(int(text))
    return {i.pk: i for i in Indicator.objects.filter(pk__in=ids).select_related("area")}


def _existing(indicators) -> dict[tuple[int, str], Decimal]:
    from indicators.models import IndicatorValue

    return {
        (indicator_id, period): value
        for indicator_id, period, value in IndicatorValue.objects.filter(
            indicator__in=list(indicators)
        ).values_list("indicator_id", "period", "value")
    }


def _row(area, line, cells, known, existing, seen, *, extra):
    id_text, name, period_text, value_text, source, comment = cells
    problems: list[str] = []
    if any(extra_cell for extra_cell in extra):
        problems.append("Raden har fler kolumner än rubrikerna")
    formulas = [cell for cell in cells if cell.startswith("=")]
    if formulas:
        problems.append(
            f"Cellen ”{_quoted(formulas[0])}” är en formel; skriv in själva värdet i stället"
        )
    indicator = None
    if not id_text:
        problems.append("Mätetal-id saknas")
    elif not (id_text.isascii() and id_text.isdigit()):
        problems.append(f"Mätetal-id ”{_quoted(id_text)}” ska vara ett nummer ur mallen")
    else:
        indicator = known.get(int(id_text)) if len(id_text) < 10 else None
        if indicator is not None and indicator.area_id != area.pk:
            indicator = None  # another area's indicators are not told apart from none
        if indicator is None:
            problems.append(f"Mätetal {id_text} finns inte i {area.name}")
        elif indicator.is_derived:
            problems.append(
                f"Mätetal {id_text} fylls i av portalens egna uppgifter och tar inga "
                "inskrivna värden"
            )
            indicator = None
    period = None
    if not period_text:
        problems.append("Period saknas")
    elif not period_text.startswith("="):
        try:
            period = parse_period(period_text, indicator.source_period_type if indicator else None)
            period.check_has_begun(timezone.localdate())
        except ValidationError as error:
            period = None
            problems.append(" ".join(error.messages).rstrip("."))
    value = None
    if not value_text:
        problems.append("Värde saknas")
    elif not value_text.startswith("="):
        try:
            value = parse_decimal(value_text)
        except NumberError as error:
            problems.append(f"Värde ”{_quoted(value_text)}”: {error}".rstrip("."))
        else:
            if abs(value) > MAX_VALUE or value != value.quantize(Decimal("0.01")):
                problems.append(
                    f"Värde ”{_quoted(value_text)}” går inte att spara (högst "
                    "999 999 999 999,99 och två decimaler)"
                )
                value = None
            elif indicator is not None and indicator.counts_events:
                try:
                    check_count(value, "value")
                except ValidationError:
                    problems.append(
                        f"Värde ”{_quoted(value_text)}”: mätetalet räknar händelser, ange ett "
                        "helt tal, 0 eller mer"
                    )
                    value = None
    for label, text, limit in (("Källa", source, 200), ("Kommentar", comment, 2000)):
        if len(text) > limit:
            problems.append(f"{label} är längre än {limit} tecken")
    replaces = ""
    if indicator is not None and period is not None:
        key = (indicator.pk, period.key)
        if key in seen:
            problems.append(f"Samma mätetal och period som rad {seen[key]}; ta bort den ena")
        else:
            seen[key] = line
        if key in existing:
            replaces = number(existing[key], indicator.unit)
    shown = number(value, indicator.unit if indicator else "") if value is not None else value_text
    checked = Line(
        line,
        indicator.name if indicator else _quoted(name),
        period.label if period else _quoted(period_text),
        _quoted(shown),
        _quoted(source),
        _quoted(comment),
        replaces,
        tuple(problems),
    )
    if problems:
        return checked, None
    return checked, ImportedRow(indicator.pk, period.key, str(value), source, comment)


def _template_rows(area) -> list[list]:
    indicators = Indicator.objects.filter(area=area, source=Source.TYPED).order_by("position", "pk")
    return [[indicator.pk, indicator.name, "", "", "", ""] for indicator in indicators]


def template_csv(area) -> bytes:
    writer = ExcelCsv()
    writer.writerow(HEADERS)
    writer.writerows(_template_rows(area))
    return writer.to_bytes()


def template_xlsx(area) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Mätvärden"
    sheet.append(HEADERS)
    for row in _template_rows(area):
        sheet.append(row)
    for column, width in zip("ABCDEF", (12, 40, 12, 12, 30, 40), strict=True):
        sheet.column_dimensions[column].width = width
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
