"""No personnummer or samordningsnummer in stored free text: the recogniser."""

from datetime import date
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from hypothesis import given
from hypothesis import strategies as st

from demo.data import plans as plan_data
from demo.data import structure as structure_data
from samla.patient_data import (
    find_personal_numbers,
    luhn_check_digit,
    validate_no_personal_numbers,
)

SEEDS = Path(__file__).parent / "data" / "seeds"

# How people write the separator: nothing, hyphen, plus (100 years or older),
# space, and what word processors and other systems put there instead.
SEPARATORS = [
    "",
    "-",
    "+",
    " ",
    "\u2013",  # en dash, Word's autocorrection of " - "
    "\u2014",  # em dash
    "\u00a0",  # no-break space
    "\u202f",  # narrow no-break space
    "\u2212",  # minus sign
    "\u2010",  # hyphen
    "\u2011",  # non-breaking hyphen
    " - ",
    " \u2013 ",
]
# Text around a number: letters and punctuation, including "-" and "+" right
# before or after it ("ref-811218-9876"), but no digits, which would make it
# part of a longer number.
AROUND = st.text(alphabet=st.sampled_from(list("abcåäöXYZ .,;:!?()[]/\"'-–+*#_=&%§\n\t")))


def test_luhn_check_digit_of_a_known_test_number():
    # Skatteverket's example number 811218-9876.
    assert luhn_check_digit("811218987") == 6


@st.composite
def identity_numbers(draw) -> str:
    born = draw(st.dates(min_value=date(1900, 1, 1), max_value=date(2025, 12, 31)))
    serial = draw(st.integers(min_value=0, max_value=999))
    coordination = draw(st.booleans())
    day = born.day + (60 if coordination else 0)
    short = f"{born:%y%m}{day:02d}{serial:03d}"
    check = luhn_check_digit(short)
    century = f"{born.year // 100}"
    separator = draw(st.sampled_from(SEPARATORS))
    if draw(st.booleans()):
        return f"{century}{short[:6]}{separator}{short[6:]}{check}"
    return f"{short[:6]}{separator}{short[6:]}{check}"


@given(identity_numbers(), st.sampled_from(["", "Patient ", "Ärende gällande ", "("]))
def test_every_valid_number_is_caught(number, before):
    text = f"{before}{number} har fått vård."
    assert find_personal_numbers(text) == [number]
    with pytest.raises(ValidationError) as error:
        validate_no_personal_numbers(text)
    assert "personnummer" in str(error.value)
    assert number not in str(error.value)  # the message does not repeat the number


@given(identity_numbers(), AROUND, AROUND)
def test_every_valid_number_is_caught_inside_any_text(number, before, after):
    assert find_personal_numbers(f"{before}{number}{after}") == [number]


@pytest.mark.parametrize(
    "text",
    [
        "811218 9876",
        "811218\u20139876",
        "811218\u20149876",
        "811218\u00a09876",
        "811218\u22129876",
        "19811218 9876",
        "19811218\u20139876",
        "811218 - 9876",
        "ref-811218-9876",
        "MC-8112189876",
        "-8112189876",
        "nr:811218-9876.",
        "811218\u200b-9876",  # a zero-width space, copied along from another system
        "81121\u00ad8-9876",  # a soft hyphen
    ],
)
def test_numbers_written_in_other_ways_are_caught(text):
    assert len(find_personal_numbers(text)) == 1
    with pytest.raises(ValidationError):
        validate_no_personal_numbers(text)


@pytest.mark.parametrize(
    "text",
    [
        # Split in unusual ways (found from outside: each was saved before).
        "811218\t9876",
        "811218\n9876",
        "811218--9876",
        "811218/9876",
        "811218.9876",
        "811218_9876",
        "811218-98 76",
        "81 12 18-9876",
        # Hidden by Markdown or HTML, shown on the page all the same.
        "Patient 811218&#45;9876 diskuterades",
        "811218&amp;#45;9876",
        "811218\\-9876",
        "8112<!-- -->18-9876",
        "811218**-**9876",
        "81121<b></b>8-9876",
        "*811218*-*9876*",
        # Found from outside on the second try: more Markdown, more separators.
        "811218![](x.png)-9876",
        "811218![-](x.png)9876",
        "[811218](https://example.se)-9876",
        "811218-  \n9876",
        "811218\n---\n9876",
        "811218[^1]-9876",
        "811218:9876",
        "811218,9876",
        "(811218)9876",
        "811218\x0b9876",
        "811218\u20289876",
        "⁸¹¹²¹⁸-⁹⁸⁷⁶",
        "8\u030111218-9876",
    ],
)
def test_numbers_split_oddly_or_hidden_by_markdown_are_caught(text):
    assert len(find_personal_numbers(text)) == 1, find_personal_numbers(text)
    with pytest.raises(ValidationError):
        validate_no_personal_numbers(text)


@pytest.mark.parametrize(
    "text",
    [
        "811218-9875",  # wrong check digit
        "811318-9876",  # month 13
        "810230-9876",  # 30 February
        "2026-05-21",
        "Version.2.9",
        "ca 1 200 000 kr",
        "Offentlighets- och sekretesslag (2009:400)",
        "telefon 031-123 45 67",
        "100%",
        "0322-61 60 00",
        "070-123 45 67",
        "+46 70 123 45 67",
        "Alingsås kommun, org.nr 212000-1537",  # month 20: an organisation
        "Västra Götalandsregionen 232100-0131",
        "2024-01-01–2024-12-31",
        "2023 – 2026",
        "2025-03-21 13.00–15.00",
        "Dnr 2024-00123",
        "441 81 Alingsås",
        "12 345 678,50 kr",
        "SIP 2024: 123 456 st",
        "Budget 1 201 234 567 kr",
        "08-12 01 23 45",
        "Ring 0322-61 60 00 eller 070-123 45 67",
        "**2024-01-01**–2024-12-31",
    ],
)
def test_things_that_only_look_like_numbers_pass(text):
    assert find_personal_numbers(text) == []
    validate_no_personal_numbers(text)


def _grouped(number: int) -> str:
    return f"{number:,}".replace(",", " ")


@given(
    st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)),
    st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)),
    st.sampled_from(["-", "–", " – ", " - "]),
    st.integers(min_value=0, max_value=10**12),
    st.integers(min_value=0, max_value=99),
    st.sampled_from(["08", "031", "0322", "070", "0733"]),
    st.integers(min_value=10**5, max_value=10**8 - 1),
)
def test_dates_amounts_and_phone_numbers_as_swedes_write_them_pass(
    first, second, dash, amount, cents, area_code, subscriber
):
    digits = str(subscriber)
    groups = [digits[: len(digits) % 2 or 2]] + [
        digits[i : i + 2] for i in range(len(digits) % 2 or 2, len(digits), 2)
    ]
    text = (
        f"Mötet {first:%Y-%m-%d} kl. 13.00{dash}15.00, perioden {first}{dash}{second}, "
        f"{first.year}{dash}{second.year}. Budget {_grouped(amount)},{cents:02d} kr "
        f"({_grouped(amount)} kr). Ring {area_code}-{' '.join(groups)}."
    )
    assert find_personal_numbers(text) == []


def test_the_source_documents_are_not_flagged():
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    assert len(texts) == 5
    for text in texts:
        assert find_personal_numbers(text) == []


def test_the_demo_data_is_not_flagged():
    strings = []
    for module in (plan_data, structure_data):
        for value in vars(module).values():
            strings.append(repr(value))
    assert find_personal_numbers("\n".join(strings)) == []
