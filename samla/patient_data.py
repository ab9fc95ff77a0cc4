"""No patient data: refuse free text that holds a Swedish personal identity number.

The portal stores plans, follow-ups, deviations and minutes; none of it may
identify a patient. Every free-text field that is stored passes
:func:`validate_no_personal_numbers`. It finds personnummer and
samordningsnummer (day + 60) written with 10 or 12 digits, with ``-``, ``+``
or no separator, whose date is real and whose check digit is right, so dates,
phone numbers and amounts in ordinary text are left alone.
"""

from __future__ import annotations

import re
from datetime import date

from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible

# Optional century, YYMMDD, optional separator, three serial digits, check digit.
# Not inside a longer run of digits, so "2026-05-21" or an amount never matches.
_CANDIDATE = re.compile(r"(?<![\d-])(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{3})(\d)(?![\d])")

MESSAGE = (
    "Texten verkar innehålla ett personnummer eller samordningsnummer ({numbers}). "
    "Portalen är inte en journal: uppgifter som kan identifiera en patient eller brukare får "
    "inte sparas här. Ta bort numret och beskriv ärendet utan personuppgifter."
)


def luhn_check_digit(nine_digits: str) -> int:
    """The check digit of a personnummer, from its first nine digits (YYMMDDNNN)."""
    total = 0
    for index, char in enumerate(nine_digits):
        product = int(char) * (2 if index % 2 == 0 else 1)
        total += product // 10 + product % 10
    return (10 - total % 10) % 10


def _real_date(century: str | None, yy: str, mm: str, dd: str) -> bool:
    day = int(dd)
    if day > 60:  # samordningsnummer: the day of birth plus 60
        day -= 60
    years = [int(century + yy)] if century else [1900 + int(yy), 2000 + int(yy)]
    for year in years:
        try:
            date(year, int(mm), day)
        except ValueError:
            continue
        return True
    return False


def find_personal_numbers(text: str) -> list[str]:
    """Every valid personnummer or samordningsnummer in ``text``, as written."""
    found = []
    for match in _CANDIDATE.finditer(text or ""):
        century, yy, mm, dd, _sep, serial, check = match.groups()
        if century and century not in {"18", "19", "20"}:
            continue
        if not _real_date(century, yy, mm, dd):
            continue
        if luhn_check_digit(yy + mm + dd + serial) != int(check):
            continue
        found.append(match.group(0))
    return found


@deconstructible
class NoPersonalNumbers:
    """Validator for models and forms: refuses text with a personal identity number."""

    code = "personal_number"

    def __call__(self, value) -> None:
        numbers = find_personal_numbers(str(value or ""))
        if numbers:
            masked = ", ".join(_mask(n) for n in numbers)
            raise ValidationError(MESSAGE.format(numbers=masked), code=self.code)

    def __eq__(self, other) -> bool:
        return isinstance(other, NoPersonalNumbers)


def _mask(number: str) -> str:
    # Do not echo the whole number back: show where it is, not what it is.
    return number[:-4] + "****"


validate_no_personal_numbers = NoPersonalNumbers()
