"""Partial dates: what people write in a plan's date columns.

Plans say "Dec 2024", "Våren 2026", "Över tid" or "2026-10-06". A
:class:`PartialDate` keeps the text exactly as typed and understands it as an
interval with a precision, so the portal can sort activities, tell whether a
deadline has passed and render the date back in Swedish.

A cell may hold several dates, one per line ("Dec 2024" and "2024"): all are
kept and the date covers the span from the earliest start to the latest end.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from enum import Enum
from functools import lru_cache


class Precision(Enum):
    DAY = "dag"
    MONTH = "månad"
    MONTHS = "flera månader"
    SEASON = "termin/halvår"
    QUARTER = "kvartal"
    TERTIAL = "tertial"
    YEAR = "år"
    YEARS = "flera år"
    RANGE = "period"
    ONGOING = "löpande"


MONTHS = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
]

_MONTH_ALIASES = {name: i + 1 for i, name in enumerate(MONTHS)}
_MONTH_ALIASES.update(
    {
        "jan": 1,
        "feb": 2,
        "febr": 2,
        "mar": 3,
        "apr": 4,
        "jun": 6,
        "jul": 7,
        "aug": 8,
        "sep": 9,
        "sept": 9,
        "okt": 10,
        "nov": 11,
        "dec": 12,
    }
)

# Season words. Spring and autumn follow the school terms (vt/ht): the first
# and second half of the year, which is also how plans use them.
_SEASONS = {
    "våren": (1, 6, "våren"),
    "vår": (1, 6, "våren"),
    "vt": (1, 6, "våren"),
    "vårterminen": (1, 6, "våren"),
    "h1": (1, 6, "våren"),
    "sommaren": (6, 8, "sommaren"),
    "hösten": (7, 12, "hösten"),
    "höst": (7, 12, "hösten"),
    "ht": (7, 12, "hösten"),
    "höstterminen": (7, 12, "hösten"),
    "h2": (7, 12, "hösten"),
}

_ONGOING = {
    "över tid": "Över tid",
    "löpande": "Löpande",
    "tills vidare": "Tills vidare",
    "tillsvidare": "Tills vidare",
    "pågående": "Pågående",
    "kontinuerligt": "Kontinuerligt",
}

ACCEPTED_FORMS = (
    "2026-10-06",
    "6 oktober 2026",
    "oktober 2026 eller okt 2026",
    "januari & februari 2021",
    "våren 2026, hösten 2026, vt 2026, ht 2026",
    "Q3 2025, kvartal 3 2025, tertial 2 2025",
    "2026",
    "2025–2026",
    "Över tid, Löpande, Tills vidare",
)

_DASH = r"\s*(?:–|—|-|till)\s*"
_YEAR = r"(\d{4})"
_MONTH_WORD = r"([a-zåäö]+)\.?"


class PartialDateError(ValueError):
    """Text that cannot be understood as a date; the message is for the user."""

    def __init__(self, text: str):
        self.text = text
        forms = "; ".join(f"”{form}”" for form in ACCEPTED_FORMS)
        super().__init__(
            f"Datumet ”{text}” kunde inte tolkas. Skriv ett datum per rad i någon "
            f"av formerna: {forms}."
        )


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _month_number(word: str) -> int | None:
    return _MONTH_ALIASES.get(word.lower().rstrip("."))


def _check_year(year: int) -> int:
    if not 1900 <= year <= 2200:
        raise ValueError(year)
    return year


@dataclass(frozen=True, order=False)
class DateSpan:
    """One date as written on one line, understood as an interval."""

    precision: Precision
    start: date | None
    end: date | None
    label: str = ""  # canonical word for seasons and ongoing ("våren", "Över tid")

    def render(self) -> str:
        """This span in canonical Swedish; parsing it gives the same span back."""
        p = self.precision
        start, end = self.start, self.end
        if p is Precision.ONGOING:
            return self.label or "Över tid"
        assert start is not None and end is not None
        if p is Precision.DAY:
            return start.isoformat()
        if p is Precision.MONTH:
            return f"{MONTHS[start.month - 1]} {start.year}"
        if p is Precision.MONTHS:
            return f"{MONTHS[start.month - 1]}–{MONTHS[end.month - 1]} {start.year}"
        if p is Precision.SEASON:
            return f"{self.label} {start.year}"
        if p is Precision.QUARTER:
            return f"kvartal {(start.month - 1) // 3 + 1} {start.year}"
        if p is Precision.TERTIAL:
            return f"tertial {(start.month - 1) // 4 + 1} {start.year}"
        if p is Precision.YEAR:
            return str(start.year)
        if p is Precision.YEARS:
            return f"{start.year}–{end.year}"
        return f"{start.isoformat()} – {end.isoformat()}"

    @property
    def sort_key(self) -> tuple[date, date]:
        return (self.start or date.max, self.end or date.max)


def _parse_single(text: str) -> DateSpan:
    """Parse one line; raise ValueError when it is not a date we know."""
    s = " ".join(text.strip().split())
    low = s.lower()
    if low in _ONGOING:
        return DateSpan(Precision.ONGOING, None, None, _ONGOING[low])

    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s):
        day = date(_check_year(int(m[1])), int(m[2]), int(m[3]))
        return DateSpan(Precision.DAY, day, day)
    if m := re.fullmatch(rf"(\d{{1,2}})\s+{_MONTH_WORD}\s+{_YEAR}", low):
        month = _month_number(m[2])
        if month is None:
            raise ValueError(s)
        day = date(_check_year(int(m[3])), month, int(m[1]))
        return DateSpan(Precision.DAY, day, day)
    if m := re.fullmatch(r"(\d{4})-(\d{2})", s):
        year, month = _check_year(int(m[1])), int(m[2])
        return DateSpan(Precision.MONTH, date(year, month, 1), _month_end(year, month))
    if m := re.fullmatch(rf"{_MONTH_WORD}\s+{_YEAR}", low):
        month = _month_number(m[1])
        if month is not None:
            year = _check_year(int(m[2]))
            return DateSpan(Precision.MONTH, date(year, month, 1), _month_end(year, month))
        if m[1] in _SEASONS:
            first, last, label = _SEASONS[m[1]]
            year = _check_year(int(m[2]))
            return DateSpan(Precision.SEASON, date(year, first, 1), _month_end(year, last), label)
        raise ValueError(s)
    if m := re.fullmatch(
        rf"{_MONTH_WORD}(?:\s*(?:&|och|,|–|—|-|till)\s*{_MONTH_WORD})+\s+{_YEAR}", low
    ):
        words = re.findall(r"[a-zåäö]+", low.rsplit(" ", 1)[0])
        numbers = [_month_number(w) for w in words if w not in {"och", "till"}]
        if not numbers or None in numbers:
            raise ValueError(s)
        year = _check_year(int(m.groups()[-1]))
        first, last = min(numbers), max(numbers)
        if first == last:
            return DateSpan(Precision.MONTH, date(year, first, 1), _month_end(year, first))
        return DateSpan(Precision.MONTHS, date(year, first, 1), _month_end(year, last))
    if m := re.fullmatch(r"(?:q|kvartal|kv\.?)\s*([1-4])\s+(\d{4})", low):
        quarter, year = int(m[1]), _check_year(int(m[2]))
        first = 3 * (quarter - 1) + 1
        return DateSpan(Precision.QUARTER, date(year, first, 1), _month_end(year, first + 2))
    if m := re.fullmatch(r"(?:t|tertial)\s*([1-3])\s+(\d{4})", low):
        tertial, year = int(m[1]), _check_year(int(m[2]))
        first = 4 * (tertial - 1) + 1
        return DateSpan(Precision.TERTIAL, date(year, first, 1), _month_end(year, first + 3))
    if m := re.fullmatch(r"(\d{4})", s):
        year = _check_year(int(m[1]))
        return DateSpan(Precision.YEAR, date(year, 1, 1), date(year, 12, 31))
    if m := re.fullmatch(rf"{_YEAR}{_DASH}{_YEAR}", low):
        first, last = _check_year(int(m[1])), _check_year(int(m[2]))
        if last <= first:
            raise ValueError(s)
        return DateSpan(Precision.YEARS, date(first, 1, 1), date(last, 12, 31))
    if m := re.fullmatch(r"(\d{4}-\d{2}-\d{2})\s+(?:–|—|-|till)\s+(\d{4}-\d{2}-\d{2})", s):
        first, last = _parse_single(m[1]), _parse_single(m[2])
        if last.start < first.start:  # type: ignore[operator]
            raise ValueError(s)
        return DateSpan(Precision.RANGE, first.start, last.end)
    raise ValueError(s)


@lru_cache(maxsize=4096)
def _lenient(cls, text: str) -> PartialDate:
    try:
        return cls.parse(text)
    except PartialDateError:
        return cls(text=text.strip("\n"), spans=())


@dataclass(frozen=True)
class PartialDate:
    """A date as a person wrote it, with the interval it stands for."""

    text: str
    spans: tuple[DateSpan, ...]

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Understand ``text``; raise :class:`PartialDateError` if we cannot."""
        lines = [line for line in (text or "").splitlines() if line.strip()]
        if not lines:
            raise PartialDateError(text or "")
        spans = []
        for line in lines:
            try:
                spans.append(_parse_single(line))
            except (ValueError, TypeError):
                raise PartialDateError(line.strip()) from None
        return cls(text=text.strip("\n"), spans=tuple(spans))

    @classmethod
    def lenient(cls, text: str) -> PartialDate:
        """Like :meth:`parse`, but text that cannot be understood is kept as
        it is (``valid`` is then false) instead of raising. Used for what is
        already stored, such as imported cells waiting to be corrected. A
        PartialDate never changes, so each text is read once (a board of 500
        rows holds a few dozen different dates)."""
        return _lenient(cls, text or "")

    @property
    def valid(self) -> bool:
        return bool(self.spans)

    @classmethod
    def from_span(cls, span: DateSpan) -> PartialDate:
        return cls(text=span.render(), spans=(span,))

    # The interval this date covers -------------------------------------
    @property
    def ongoing(self) -> bool:
        return any(s.precision is Precision.ONGOING for s in self.spans)

    @property
    def start(self) -> date | None:
        starts = [s.start for s in self.spans if s.start is not None]
        return min(starts) if starts else None

    @property
    def end(self) -> date | None:
        """Last day of the interval; ``None`` when it runs on over time."""
        if self.ongoing or not self.spans:
            return None
        return max(s.end for s in self.spans if s.end is not None)

    @property
    def precision(self) -> Precision | None:
        if len(self.spans) == 1:
            return self.spans[0].precision
        return Precision.RANGE if self.spans else None

    @property
    def sort_key(self) -> tuple[date, date]:
        return (self.start or date.max, self.end or date.max)

    def has_passed(self, today: date) -> bool:
        """A deadline has passed once the whole interval is over."""
        end = self.end
        return end is not None and today > end

    # Rendering ---------------------------------------------------------
    def render(self) -> str:
        """Canonical Swedish, one line per date."""
        return "\n".join(span.render() for span in self.spans)

    def interval_text(self) -> str:
        """How the portal understands the date, e.g. "2026-01-01 – 2026-06-30"."""
        if not self.valid:
            return "kunde inte tolkas"
        start, end = self.start, self.end
        if start is None and end is None:
            return "löpande, utan slutdatum"
        if end is None:
            return f"från {start.isoformat()}, utan slutdatum"
        if start == end:
            return start.isoformat()
        return f"{start.isoformat()} – {end.isoformat()}"

    def __str__(self) -> str:
        return self.text

    def __lt__(self, other: PartialDate) -> bool:
        return self.sort_key < other.sort_key
