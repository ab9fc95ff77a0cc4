"""The periods an indicator is measured in: month, quarter, tertial, half-year
or year, written as Swedes write them ("2026", "2026 H1", "2026 T2",
"2026 K3", "2026-05") and stored by a key that sorts ("2026-H1")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from django.core.exceptions import ValidationError

from samla.numbers import YEAR_MAX, YEAR_MIN

MONTH, QUARTER, TERTIAL, HALF, YEAR = "manad", "kvartal", "tertial", "halvar", "ar"
MONTHS_PER = {MONTH: 1, QUARTER: 3, TERTIAL: 4, HALF: 6, YEAR: 12}
_LETTER = {QUARTER: "K", TERTIAL: "T", HALF: "H"}
_KIND_OF_LETTER = {"K": QUARTER, "Q": QUARTER, "T": TERTIAL, "H": HALF}
_PARTS = re.compile(
    r"(?P<year>\d{4})(?:\s*[-/ ]?\s*(?:(?P<letter>[KQTH])\s*(?P<n>\d{1,2})|(?P<month>\d{1,2})))?",
    re.ASCII | re.IGNORECASE,
)
_EXAMPLE = {MONTH: "2026-05", QUARTER: "2026 K3", TERTIAL: "2026 T2", HALF: "2026 H1", YEAR: "2026"}
_HINT = "Skriv t.ex. 2026, 2026 H1 (halvår), 2026 T2 (tertial), 2026 K3 (kvartal) eller 2026-05."


@dataclass(frozen=True, order=True)
class Period:
    year: int
    start_month: int  # 1–12: where the period begins, so periods of one kind sort
    kind: str

    @property
    def n(self) -> int:
        return (self.start_month - 1) // MONTHS_PER[self.kind] + 1

    @property
    def key(self) -> str:
        if self.kind == YEAR:
            return str(self.year)
        if self.kind == MONTH:
            return f"{self.year}-{self.start_month:02d}"
        return f"{self.year}-{_LETTER[self.kind]}{self.n}"

    @property
    def label(self) -> str:
        if self.kind in _LETTER:
            return f"{self.year} {_LETTER[self.kind]}{self.n}"
        return self.key

    @property
    def ordinal(self) -> int:
        """Months since year 0 at the period's end: a timeline across kinds."""
        return self.year * 12 + self.start_month - 1 + MONTHS_PER[self.kind]

    @property
    def ends_on(self) -> date:
        last = self.start_month + MONTHS_PER[self.kind] - 1
        following = date(self.year + (last == 12), last % 12 + 1, 1)
        return date.fromordinal(following.toordinal() - 1)

    @property
    def starts_on(self) -> date:
        return date(self.year, self.start_month, 1)

    def has_ended(self, today: date) -> bool:
        return self.ends_on < today

    def check_has_begun(self, today: date) -> None:
        """An outcome is given for a period that has begun (the current one
        may be filled in as it goes); a later one is a typing error."""
        if self.starts_on > today:
            raise ValidationError(
                f"Perioden {self.label} har inte börjat än; ange utfall för en period "
                "som har börjat."
            )

    def __str__(self) -> str:
        return self.label


def parse_period(text: str, kind: str | None = None) -> Period:
    """Read a period; with ``kind``, it must be of that kind. Raises ValidationError."""
    match = _PARTS.fullmatch((text or "").strip())
    if match is None:
        raise ValidationError(f"”{text}” är ingen period. {_HINT}", code="period")
    year = int(match["year"])
    if not YEAR_MIN <= year <= YEAR_MAX:
        raise ValidationError(f"Året ska ligga mellan {YEAR_MIN} och {YEAR_MAX}.", code="period")
    if match["letter"]:
        found = _KIND_OF_LETTER[match["letter"].upper()]
        n = int(match["n"])
        count = 12 // MONTHS_PER[found]
        if not 1 <= n <= count:
            raise ValidationError(
                f"”{text}”: det finns {count} perioder av det slaget på ett år.", code="period"
            )
        period = Period(year, (n - 1) * MONTHS_PER[found] + 1, found)
    elif match["month"]:
        month = int(match["month"])
        if not 1 <= month <= 12:
            raise ValidationError(f"”{text}”: månaden ska vara 1–12.", code="period")
        period = Period(year, month, MONTH)
    else:
        period = Period(year, 1, YEAR)
    if kind is not None and period.kind != kind:
        raise ValidationError(
            f"”{text}” är inte en period av mätetalets slag ({KIND_LABELS[kind].lower()}). "
            f"Skriv t.ex. {_EXAMPLE[kind]}.",
            code="period_kind",
        )
    return period


def period_of(day: date, kind: str) -> Period:
    """The period of ``kind`` that holds ``day``."""
    size = MONTHS_PER[kind]
    return Period(day.year, (day.month - 1) // size * size + 1, kind)


KIND_LABELS = {MONTH: "Månad", QUARTER: "Kvartal", TERTIAL: "Tertial", HALF: "Halvår", YEAR: "År"}
