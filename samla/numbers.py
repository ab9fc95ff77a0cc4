"""Numbers as Swedes type them, read by one parser and shown by one formatter.

Accepted: ``5,1``, ``5.1``, ``−0,5`` (minus sign U+2212, hyphen or en dash),
``1 234,5`` (space, no-break space U+00A0 or narrow no-break space U+202F
between thousands). Only the digits 0–9 count. Nothing is guessed: ``1.234``
(a decimal point or a thousands separator?) and ``1,234,5`` are refused with a
Swedish message, never read as some other number.

Every integer that comes from a file or an address also passes
:func:`integer_in_range`, so no value reaches the database that it cannot hold.
"""

from __future__ import annotations

import re
from decimal import Decimal

# The largest value of the databases' 32-bit integer columns (PostgreSQL
# "integer"); SQLite would take more, PostgreSQL refuses it with an error.
DB_INT_MAX = 2_147_483_647
# Years the portal works with: plans, statistics, reports, meetings.
YEAR_MIN, YEAR_MAX = 2000, 2100
# Longer text is not a number anyone typed; it is refused before any work.
MAX_LENGTH = 40

MINUS_SIGNS = "-\u2212\u2013"  # hyphen-minus, minus sign, en dash (Word's autocorrect)
GROUP_SEPARATORS = " \u00a0\u202f\u2009"  # space, no-break, narrow no-break, thin space
SHOWN_GROUP_SEPARATOR = "\u00a0"  # as THOUSAND_SEPARATOR in samla/formats/sv

_GROUP = f"[{GROUP_SEPARATORS}]"
_NUMBER = re.compile(
    rf"(?P<whole>\d{{1,3}}(?:{_GROUP}\d{{3}})+|\d+)?(?:(?P<mark>[,.])(?P<fraction>\d+))?",
    re.ASCII,
)

INVALID = "Skriv ett tal med siffrorna 0–9, t.ex. 5,1, −0,5 eller 1 234,5."
TOO_LONG = "Talet är för långt."
NOT_INTEGER = "Skriv ett heltal, t.ex. 12."
INVALID_INTEGER = "Skriv ett heltal med siffrorna 0–9, t.ex. 12 eller 2026."


class NumberError(ValueError):
    """The text is not a number the portal accepts; the message says why, in Swedish."""


def _ambiguous(text: str) -> NumberError:
    return NumberError(
        f"”{text}” kan läsas på två sätt. Skriv decimaler med komma (1,234) "
        "och tusental med mellanslag (1 234)."
    )


def _separators(text: str) -> NumberError:
    return NumberError(
        f"”{text}” har flera skiljetecken. Skriv decimaler med ett komma och tusental "
        "med mellanslag, t.ex. 1 234,5."
    )


def parse_decimal(text) -> Decimal:
    """The number ``text`` stands for, exactly; :class:`NumberError` otherwise."""
    text = str(text).strip()
    if len(text) > MAX_LENGTH:
        raise NumberError(TOO_LONG)
    body, negative = text, False
    if body[:1] in MINUS_SIGNS:
        body, negative = body[1:], True
    elif body[:1] == "+":
        body = body[1:]
    match = _NUMBER.fullmatch(body)
    if not body or match is None or not (match["whole"] or match["fraction"]):
        if sum(body.count(mark) for mark in ",.") > 1 and re.fullmatch(r"[\d,.]+", body, re.ASCII):
            raise _separators(text)
        raise NumberError(INVALID)
    whole = match["whole"] or "0"
    fraction = match["fraction"]
    # "1.234" is a thousand to many readers of English and German, and one
    # point something to others: refuse rather than guess.
    if (
        match["mark"] == "."
        and len(fraction) == 3
        and whole.isdigit()
        and len(whole) <= 3
        and not whole.startswith("0")
    ):
        raise _ambiguous(text)
    digits = "".join(char for char in whole if char.isdigit())
    return Decimal(("-" if negative else "") + digits + ("." + fraction if fraction else ""))


def parse_integer(text) -> int:
    """A whole number, with the same rules as :func:`parse_decimal`."""
    try:
        value = parse_decimal(text)
    except NumberError as error:
        if str(error) == INVALID:  # a year or a count: no decimals to suggest
            raise NumberError(INVALID_INTEGER) from None
        raise
    if re.search(r"[,.]", str(text)):
        raise NumberError(NOT_INTEGER)
    return int(value)


def check_range(value: int, *, minimum: int, maximum: int) -> int:
    if not minimum <= value <= maximum:
        raise NumberError(
            f"Talet ska vara mellan {format_integer(minimum, grouping=False)} "
            f"och {format_integer(maximum, grouping=False)}."
        )
    return value


def integer_in_range(text, *, minimum: int, maximum: int) -> int:
    """An integer from a file or an address: readable, and within what may be stored."""
    return check_range(parse_integer(text), minimum=minimum, maximum=maximum)


def _grouped(digits: str) -> str:
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return SHOWN_GROUP_SEPARATOR.join(parts)


def format_decimal(value, *, min_places: int = 0, grouping: bool = True) -> str:
    """``Decimal("1234.50")`` → ``"1 234,5"``: every significant decimal kept,
    trailing zeros dropped down to ``min_places``."""
    text = format(Decimal(value), "f")
    negative = text.startswith("-")
    whole, _, fraction = text.lstrip("-").partition(".")
    fraction = fraction.rstrip("0").ljust(min_places, "0")
    if grouping:
        whole = _grouped(whole)
    shown = whole + ("," + fraction if fraction else "")
    is_zero = not any(char in "123456789" for char in shown)
    return ("-" if negative and not is_zero else "") + shown


def format_integer(value: int, *, grouping: bool = True) -> str:
    return format_decimal(Decimal(int(value)), grouping=grouping)


def counted(count: int, one: str, many: str) -> str:
    """A count with its noun in the right number: "1 rad", "2 rader", "1 234 rader"."""
    return f"{format_integer(count)} {one if count == 1 else many}"
