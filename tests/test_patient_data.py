"""No personnummer or samordningsnummer in stored free text."""

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
    separator = draw(st.sampled_from(["", "-", "+"]))
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
    ],
)
def test_things_that_only_look_like_numbers_pass(text):
    assert find_personal_numbers(text) == []
    validate_no_personal_numbers(text)


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
