"""Numbers as Swedes type them: one parser, one formatter, nothing rescaled."""

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from samla.numbers import (
    DB_INT_MAX,
    NumberError,
    format_decimal,
    format_integer,
    integer_in_range,
    parse_decimal,
    parse_integer,
)

NBSP, NNBSP, MINUS = "\u00a0", "\u202f", "\u2212"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("5,1", Decimal("5.1")),
        ("5.1", Decimal("5.1")),
        ("-0,5", Decimal("-0.5")),
        (f"{MINUS}0,5", Decimal("-0.5")),
        ("1 234,5", Decimal("1234.5")),
        (f"1{NBSP}234,5", Decimal("1234.5")),
        (f"1{NNBSP}234,5", Decimal("1234.5")),
        ("1 234 567", Decimal("1234567")),
        ("1 234.5", Decimal("1234.5")),
        ("  12  ", Decimal("12")),
        ("0.125", Decimal("0.125")),
        ("1234.567", Decimal("1234.567")),
        (",5", Decimal("0.5")),
        ("+3", Decimal("3")),
        ("4,80", Decimal("4.80")),
    ],
)
def test_swedish_and_plain_numbers_are_read_as_meant(text, value):
    assert parse_decimal(text) == value


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("1.234", "kan läsas på två sätt"),
        ("-1.234", "kan läsas på två sätt"),
        ("1,234,5", "flera skiljetecken"),
        ("1.234,5", "flera skiljetecken"),
        ("1.234.567", "flera skiljetecken"),
        ("12 34", "Skriv ett tal"),
        ("--5", "Skriv ett tal"),
        ("²", "Skriv ett tal"),
        ("20²6", "Skriv ett tal"),
        ("٣", "Skriv ett tal"),  # an Arabic-Indic digit is not guessed at
        ("1e20", "Skriv ett tal"),
        ("NaN", "Skriv ett tal"),
        ("Infinity", "Skriv ett tal"),
        ("1_000", "Skriv ett tal"),
        ("5,", "Skriv ett tal"),
        ("fem", "Skriv ett tal"),
        ("5\x00", "Skriv ett tal"),
        ("", "Skriv ett tal"),
        ("9" * 100, "för långt"),
    ],
)
def test_ambiguous_or_foreign_input_is_refused_not_guessed(text, message):
    with pytest.raises(NumberError, match=message):
        parse_decimal(text)


def test_integers_refuse_decimals_and_keep_their_range():
    assert parse_integer("1 234") == 1234
    assert parse_integer(f"{MINUS}7") == -7
    with pytest.raises(NumberError, match="heltal"):
        parse_integer("5,1")
    with pytest.raises(NumberError, match="mellan 0 och 100"):
        integer_in_range("101", minimum=0, maximum=100)
    with pytest.raises(NumberError, match="mellan"):
        integer_in_range("99999999999999999999", minimum=0, maximum=DB_INT_MAX)
    assert integer_in_range("3", minimum=0, maximum=3) == 3


def test_values_are_shown_in_swedish_format():
    assert format_decimal(Decimal("5.10")) == "5,1"
    assert format_decimal(Decimal("51.00")) == "51"
    assert format_decimal(Decimal("-0.5")) == "-0,5"
    assert format_decimal(Decimal("1234.5")) == f"1{NBSP}234,5"
    assert format_decimal(Decimal("8.00"), min_places=1) == "8,0"
    assert format_decimal(Decimal("5.15"), min_places=1) == "5,15"  # never rounded away
    assert format_decimal(Decimal("1E+3")) == f"1{NBSP}000"
    assert format_integer(2025, grouping=False) == "2025"
    assert format_integer(1234567) == f"1{NBSP}234{NBSP}567"


decimals = st.decimals(
    min_value=Decimal("-1e12"), max_value=Decimal("1e12"), places=3, allow_nan=False
)


@st.composite
def typed_as_swede(draw, value: Decimal):
    """``value`` written as a person might: any minus, decimal mark and grouping."""
    text = format(value, "f").lstrip("-")
    whole, _, fraction = text.partition(".")
    group = draw(st.sampled_from(["", " ", NBSP, NNBSP]))
    if group:
        head = len(whole) % 3 or 3
        whole = group.join([whole[:head]] + [whole[i : i + 3] for i in range(head, len(whole), 3)])
    mark = draw(st.sampled_from([",", "."]))
    sign = draw(st.sampled_from(["-", MINUS])) if value < 0 else ""
    return sign + whole + (mark + fraction if fraction else ""), mark


@settings(max_examples=300, deadline=None)
@given(decimals)
def test_formatted_values_read_back_unchanged(value):
    assert parse_decimal(format_decimal(value)) == value


@settings(max_examples=300, deadline=None)
@given(st.data(), decimals)
def test_typed_numbers_are_read_as_written_or_refused_never_rescaled(data, value):
    text, mark = data.draw(typed_as_swede(value))
    if mark == ",":
        assert parse_decimal(text) == value
    else:
        try:
            assert parse_decimal(text) == value
        except NumberError as error:
            assert "två sätt" in str(error)


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=-(10**15), max_value=10**15), st.booleans())
def test_integers_round_trip(value, grouping):
    assert parse_integer(format_integer(value, grouping=grouping)) == value


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=60))
def test_any_text_is_a_number_or_a_swedish_message(text):
    try:
        value = parse_decimal(text)
    except NumberError as error:
        assert str(error)
    else:
        assert isinstance(value, Decimal) and value.is_finite()


@pytest.mark.parametrize("text", ["20²6", "tjugo", "--5"])
def test_an_unreadable_integer_is_explained_without_decimals(text):
    with pytest.raises(NumberError) as refused:
        parse_integer(text)
    assert "heltal" in str(refused.value) and "5,1" not in str(refused.value)
