from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from plans.partial_dates import DateSpan, PartialDate, PartialDateError, Precision


@pytest.mark.parametrize(
    ("text", "precision", "start", "end"),
    [
        ("2026-10-06", Precision.DAY, date(2026, 10, 6), date(2026, 10, 6)),
        ("6 oktober 2026", Precision.DAY, date(2026, 10, 6), date(2026, 10, 6)),
        ("6 okt. 2026", Precision.DAY, date(2026, 10, 6), date(2026, 10, 6)),
        ("Dec 2024", Precision.MONTH, date(2024, 12, 1), date(2024, 12, 31)),
        ("Oktober 2025", Precision.MONTH, date(2025, 10, 1), date(2025, 10, 31)),
        ("maj 2021", Precision.MONTH, date(2021, 5, 1), date(2021, 5, 31)),
        ("FEBRUARI 2024", Precision.MONTH, date(2024, 2, 1), date(2024, 2, 29)),
        ("sept 2025", Precision.MONTH, date(2025, 9, 1), date(2025, 9, 30)),
        ("2025-09", Precision.MONTH, date(2025, 9, 1), date(2025, 9, 30)),
        ("Januari & Februari 2021", Precision.MONTHS, date(2021, 1, 1), date(2021, 2, 28)),
        ("januari och mars 2021", Precision.MONTHS, date(2021, 1, 1), date(2021, 3, 31)),
        ("Våren 2026", Precision.SEASON, date(2026, 1, 1), date(2026, 6, 30)),
        ("hösten 2026", Precision.SEASON, date(2026, 7, 1), date(2026, 12, 31)),
        ("VT 2026", Precision.SEASON, date(2026, 1, 1), date(2026, 6, 30)),
        ("ht 2025", Precision.SEASON, date(2025, 7, 1), date(2025, 12, 31)),
        ("Q3 2025", Precision.QUARTER, date(2025, 7, 1), date(2025, 9, 30)),
        ("kvartal 1 2025", Precision.QUARTER, date(2025, 1, 1), date(2025, 3, 31)),
        ("tertial 2 2025", Precision.TERTIAL, date(2025, 5, 1), date(2025, 8, 31)),
        ("2024", Precision.YEAR, date(2024, 1, 1), date(2024, 12, 31)),
        ("2025–2026", Precision.YEARS, date(2025, 1, 1), date(2026, 12, 31)),
        ("2025-2026", Precision.YEARS, date(2025, 1, 1), date(2026, 12, 31)),
        ("2023 - 2026", Precision.YEARS, date(2023, 1, 1), date(2026, 12, 31)),
        ("Över tid", Precision.ONGOING, None, None),
        ("löpande", Precision.ONGOING, None, None),
        ("Tills vidare", Precision.ONGOING, None, None),
    ],
)
def test_accepted_forms_are_understood_as_intervals(text, precision, start, end):
    parsed = PartialDate.parse(text)
    assert parsed.precision is precision
    assert parsed.start == start
    assert parsed.end == end
    assert parsed.text == text


def test_a_cell_with_several_dates_keeps_them_all_and_covers_their_span():
    parsed = PartialDate.parse("Dec 2024\n\n2024")
    assert [span.precision for span in parsed.spans] == [Precision.MONTH, Precision.YEAR]
    assert parsed.start == date(2024, 1, 1)
    assert parsed.end == date(2024, 12, 31)
    assert parsed.text == "Dec 2024\n\n2024"


@pytest.mark.parametrize(
    "text", ["", "   ", "snart", "13 2026", "2026-02-30", "Q5 2025", "våren", "2026–2025", "42"]
)
def test_what_cannot_be_understood_gets_a_swedish_message_listing_accepted_forms(text):
    with pytest.raises(PartialDateError) as error:
        PartialDate.parse(text)
    message = str(error.value)
    assert "kunde inte tolkas" in message
    assert "Våren 2026".lower() in message.lower()
    assert "Över tid" in message


def test_lenient_keeps_unreadable_text_instead_of_raising():
    kept = PartialDate.lenient("någon gång i vår")
    assert not kept.valid
    assert kept.text == "någon gång i vår"
    assert kept.end is None
    assert kept.interval_text() == "kunde inte tolkas"


def test_interval_text_explains_how_the_date_was_understood():
    assert PartialDate.parse("Våren 2026").interval_text() == "2026-01-01 – 2026-06-30"
    assert PartialDate.parse("2026-10-06").interval_text() == "2026-10-06"
    assert "utan slutdatum" in PartialDate.parse("Över tid").interval_text()


def test_a_deadline_passes_only_at_the_end_of_its_interval():
    deadline = PartialDate.parse("Dec 2026")
    assert not deadline.has_passed(date(2026, 12, 1))
    assert not deadline.has_passed(date(2026, 12, 31))
    assert deadline.has_passed(date(2027, 1, 1))


def test_over_tid_never_passes():
    assert not PartialDate.parse("Över tid").has_passed(date(2999, 1, 1))


def test_dates_sort_by_start():
    texts = ["Dec 2026", "Över tid", "Våren 2026", "2025", "2026-10-06"]
    ordered = sorted(PartialDate.parse(t) for t in texts)
    assert [d.text for d in ordered] == ["2025", "Våren 2026", "2026-10-06", "Dec 2026", "Över tid"]


def test_render_gives_canonical_swedish():
    assert PartialDate.parse("Dec 2024").render() == "december 2024"
    assert PartialDate.parse("VT 2026").render() == "våren 2026"
    assert PartialDate.parse("Q3 2025").render() == "kvartal 3 2025"
    assert PartialDate.parse("Januari & Februari 2021").render() == "januari–februari 2021"
    assert PartialDate.parse("2025-2026").render() == "2025–2026"
    assert PartialDate.parse("tills vidare").render() == "Tills vidare"


# Property-based: whatever interval we render, parsing the text gives it back.

years = st.integers(min_value=1990, max_value=2100)
months = st.integers(min_value=1, max_value=12)


@st.composite
def spans(draw) -> DateSpan:
    precision = draw(st.sampled_from([p for p in Precision if p is not Precision.RANGE]))
    year = draw(years)
    if precision is Precision.DAY:
        day = draw(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)))
        text = day.isoformat() if draw(st.booleans()) else _long_day(day)
    elif precision is Precision.MONTH:
        text = f"{_month(draw(months))} {year}"
    elif precision is Precision.MONTHS:
        first = draw(st.integers(1, 11))
        last = draw(st.integers(first + 1, 12))
        text = f"{_month(first)} & {_month(last)} {year}"
    elif precision is Precision.SEASON:
        text = f"{draw(st.sampled_from(['våren', 'hösten', 'sommaren', 'vt', 'ht']))} {year}"
    elif precision is Precision.QUARTER:
        text = f"Q{draw(st.integers(1, 4))} {year}"
    elif precision is Precision.TERTIAL:
        text = f"tertial {draw(st.integers(1, 3))} {year}"
    elif precision is Precision.YEAR:
        text = str(year)
    elif precision is Precision.YEARS:
        text = f"{year}–{year + draw(st.integers(1, 10))}"
    else:
        text = draw(st.sampled_from(["Över tid", "Löpande", "Tills vidare"]))
    return PartialDate.parse(text).spans[0]


def _month(number: int) -> str:
    from plans.partial_dates import MONTHS

    return MONTHS[number - 1]


def _long_day(day: date) -> str:
    return f"{day.day} {_month(day.month)} {day.year}"


@given(spans())
def test_render_then_parse_gives_the_same_interval(span):
    rendered = span.render()
    again = PartialDate.parse(rendered)
    assert again.spans == (span,)
    assert again.render() == rendered


@given(st.lists(spans(), min_size=1, max_size=4))
def test_multi_line_cells_round_trip_and_cover_the_span_of_their_lines(span_list):
    text = "\n".join(span.render() for span in span_list)
    parsed = PartialDate.parse(text)
    assert parsed.spans == tuple(span_list)
    starts = [s.start for s in span_list if s.start]
    assert parsed.start == (min(starts) if starts else None)
    if any(s.precision is Precision.ONGOING for s in span_list):
        assert parsed.end is None
    else:
        assert parsed.end == max(s.end for s in span_list)


@given(st.text(max_size=40))
def test_any_text_either_parses_or_raises_the_swedish_error(text):
    try:
        parsed = PartialDate.parse(text)
    except PartialDateError as error:
        assert "kunde inte tolkas" in str(error)
    else:
        assert parsed.spans
