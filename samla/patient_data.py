"""No patient data: refuse free text that holds a Swedish personal identity number.

The portal stores plans, follow-ups, deviations and minutes; none of it may
identify a patient. Every free-text field that is stored passes
:func:`validate_no_personal_numbers`. It finds personnummer and
samordningsnummer (day + 60) written with 10 or 12 digits, with ``-``, ``+``,
a space, a dash of any kind or no separator, whose date is real and whose check
digit is right, so dates, phone numbers and amounts in ordinary text are left
alone. Invisible characters (zero-width space, soft hyphen) copied along from
other systems do not hide a number.
"""

from __future__ import annotations

import re
from datetime import date

from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible

# Hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash, em dash,
# horizontal bar, minus sign, small and fullwidth hyphen-minus: Word and other
# systems turn "-" into any of these.
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"
# Space, no-break space, figure space, thin space, narrow no-break space. Not a
# tab or a line break: those separate cells and lines, not parts of a number.
_SPACES = " \u00a0\u2007\u2009\u202f"
_SEPARATOR = f"[{_SPACES}]?[{_DASHES}+][{_SPACES}]?|[{_SPACES}]"
# Optional century, YYMMDD, optional separator, three serial digits, check digit.
# Not inside a longer run of digits, so "2026-05-21" or an amount never matches;
# a dash before it is fine ("ref-811218-9876").
_CANDIDATE = re.compile(
    rf"(?<!\d)(\d{{2}})?(\d{{2}})(\d{{2}})(\d{{2}})(?:{_SEPARATOR})?(\d{{3}})(\d)(?!\d)"
)
# Zero-width space, zero-width non-joiner and joiner, word joiner, BOM, soft hyphen.
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")

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


def _visible(text: str) -> tuple[str, list[int]]:
    """``text`` without invisible characters, and where each kept one came from."""
    if not any(char in _INVISIBLE for char in text):
        return text, []
    kept = [(index, char) for index, char in enumerate(text) if char not in _INVISIBLE]
    return "".join(char for _, char in kept), [index for index, _ in kept]


def find_personal_numbers(text: str) -> list[str]:
    """Every valid personnummer or samordningsnummer in ``text``, as written."""
    text = text or ""
    visible, origin = _visible(text)
    found = []
    for match in _CANDIDATE.finditer(visible):
        century, yy, mm, dd, serial, check = match.groups()
        if century and int(century) not in {18, 19, 20}:
            continue
        if not _real_date(century, yy, mm, dd):
            continue
        if luhn_check_digit(yy + mm + dd + serial) != int(check):
            continue
        start, end = match.span()
        found.append(text[origin[start] : origin[end - 1] + 1] if origin else match.group(0))
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
