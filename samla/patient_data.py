r"""No patient data: refuse free text that holds a Swedish personal identity number.

The portal stores plans, follow-ups, deviations and minutes; none of it may
identify a patient. Every free-text field that is stored passes
:func:`validate_no_personal_numbers`. It finds personnummer and
samordningsnummer (day + 60) written with 10 or 12 digits, with ``-``, ``+``,
a space, a dash of any kind or no separator, whose date is real and whose check
digit is right, so dates, phone numbers and amounts in ordinary text are left
alone. Invisible characters (zero-width space, soft hyphen) copied along from
other systems do not hide a number.

Two more readings close the ways around it. A number split oddly
("121212-12 12", "12 12 12-1212", a tab, a line break, "/", ".", "_" or "--"
between its parts) is found as a run of digit groups that holds exactly 10
or 12 digits, unless the run is shaped like a phone number (a first group of
up to four digits starting with 0) or an amount (groups of three). And text
is also read as it is shown: Markdown and HTML (entities such as ``&#45;``,
comments, tags, ``**``, ``\-``) are taken away first, so minutes and report
sections cannot show a number that their source hides.
"""

from __future__ import annotations

import contextlib
import html
import re
import unicodedata
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
# A run of digit groups with up to three of anything but letters and digits
# between them: spaces of any kind, line breaks, dashes, ".", "/", ":", ","…
_RUN = re.compile(r"(?<!\d)\d+(?:[\W_]{1,3}\d+)*")
_LONE_SPACE = re.compile(f"^[{_SPACES}]$")
_LOOSE = re.compile(r"(\d{2})?(\d{2})(\d{2})(\d{2})(\d{3})(\d)")
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
    """Every valid personnummer or samordningsnummer in ``text``, as written
    (or, for one that only Markdown or HTML hid, as it would be shown)."""
    text = text or ""
    found = _find(text)
    shown = _as_shown(text)
    if shown != text:
        digits = {_digits(number) for number in found}
        found += [number for number in _find(shown) if _digits(number) not in digits]
    return found


def _digits(number: str) -> str:
    return re.sub(r"\D", "", number)[-10:]


def _find(text: str) -> list[str]:
    visible, origin = _visible(text)
    spans = []
    for match in _CANDIDATE.finditer(visible):
        if _valid(*match.groups()):
            spans.append(match.span())
    for run in _RUN.finditer(visible):
        start, end = run.span()
        overlaps = any(start < other_end and other_start < end for other_start, other_end in spans)
        if not overlaps and _loose_number(run.group(0)):
            spans.append((start, end))
    return [
        text[origin[start] : origin[end - 1] + 1] if origin else visible[start:end]
        for start, end in sorted(spans)
    ]


def _valid(century, yy, mm, dd, serial, check) -> bool:
    if century and int(century) not in {18, 19, 20}:
        return False
    if not _real_date(century, yy, mm, dd):
        return False
    return luhn_check_digit(yy + mm + dd + serial) == int(check)


def _loose_number(run: str) -> bool:
    """Whether a run of digit groups is a number split in an unusual way."""
    groups = re.findall(r"\d+", run)
    digits = "".join(groups)
    if len(groups) < 2 or len(digits) not in (10, 12):
        return False
    if groups[0].startswith("0") and len(groups[0]) <= 4:
        return False  # a phone number: 070-123 45 67, 08-12 34 56 78
    separators = re.findall(r"\D+", run)
    if all(len(g) == 3 for g in groups[1:]) and all(_LONE_SPACE.match(s) for s in separators):
        return False  # an amount: 1 201 234 567
    match = _LOOSE.fullmatch(digits if len(digits) == 12 else "__" + digits)
    if match is None:
        match = _LOOSE.fullmatch(digits)
    return match is not None and _valid(*match.groups())


def _as_shown(text: str) -> str:
    """``text`` as a reader sees it: rendered as Markdown (the way minutes and
    report sections are shown), without tags, entities or comments, digits in
    their plain form (NFKC: "¹" is "1") and without combining marks."""
    from samla.markdown import render_markdown

    # A check must never fail on odd input; the raw reading stays then.
    with contextlib.suppress(Exception):
        text = str(render_markdown(text))
    for _ in range(3):  # &amp;#45; is "&#45;" is "-"
        unescaped = html.unescape(text)
        if unescaped == text:
            break
        text = unescaped
    text = re.sub(r"<!--.*?(-->|$)", "", text, flags=re.S)
    text = re.sub(r"<(img|br|hr)\b[^>]*>", "", text)  # an image's alt is not between the digits
    text = re.sub(r"<[^>]*>", "", text)
    text = re.sub(r"\\(?=[^\w\s])", "", text)  # Markdown's backslash escapes
    text = re.sub(r"\[\^[^\]]*\]", "", text)  # footnote marks, [^1]
    text = re.sub(r"[*_~`]", "", text)
    text = unicodedata.normalize("NFKC", text)
    return "".join(char for char in text if unicodedata.category(char) != "Mn")


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
