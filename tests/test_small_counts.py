"""One rule for small counts: 1 and 2 never leave the internal pages.

Statistics with counts 1 and 2 (and 3 and more as controls) are rendered in
every public output: the public statistics page with its charts, a published
annual report as HTML, PDF and DOCX, the open data, the search results and
the feed. None of the small numbers appears in the cells where it would
stand; members still see them exactly.
"""

import io
import re
from datetime import date

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from docx import Document
from lxml import html as lxml_html
from pypdf import PdfReader

from deviations import statistics as stats
from deviations.importing import Preview, Row
from deviations.models import Publication
from deviations.services import statistics_import
from nosam.models import Area, Organisation, TargetGroup
from reports.models import Report
from reports.services import report_adopt, report_create, report_publish
from tests.factories import CategoryFactory

SMALL = {"Testkategori ett": 1, "Testkategori två": 2, "Testkategori andra halvåret": 2}
SHOWN = {"Testkategori tre": 3, "Testkategori tolv": 12}
YEAR = 2022


@pytest.fixture
def published(demo):
    """SAMLA's 2022: small and ordinary counts, published statistics, a published report."""
    area = Area.objects.get(slug="samla")
    kommun = Organisation.objects.get(name="Alingsås kommun")
    lasarett = Organisation.objects.get(name="Alingsås lasarett")
    target_group = TargetGroup.objects.filter(area=area).first()
    categories = {name: CategoryFactory(area=area, name=name) for name in {**SMALL, **SHOWN}}
    rows = []
    for name, count in {**SMALL, **SHOWN}.items():
        half = 2 if name == "Testkategori andra halvåret" else 1
        rows.append(
            Row(
                len(rows) + 2,
                YEAR,
                half,
                kommun.pk,
                lasarett.pk,
                target_group.pk,
                categories[name].pk,
                None,
                count,
            )
        )
    statistics_import(area=area, preview=Preview("test.csv", rows), user=None)
    Publication.objects.update_or_create(area=area, defaults={"publish_statistics": True})
    report = report_create(area=area, group=None, year=YEAR)
    report_adopt(report=report, adopted_by="Samordningsgruppen", adopted_on=date(2023, 3, 1))
    report_publish(report=report)
    return area, report


def _cells(page: str) -> dict[str, list[str]]:
    """Text of the cells after each category name, in every table row of a page."""
    tree = lxml_html.fromstring(page)
    found: dict[str, list[str]] = {}
    for row in tree.iter("tr"):
        texts = [" ".join(cell.text_content().split()) for cell in row if cell.tag in ("td", "th")]
        if texts and texts[0] in {**SMALL, **SHOWN}:
            found.setdefault(texts[0], []).extend(texts[1:])
    return found


def _svg_values(page: str) -> list[tuple[str, str, str]]:
    """(label, value text, bar width) of every bar in the page's charts ("0": no bar)."""
    tree = lxml_html.fromstring(page)
    bars = []
    for row in tree.xpath("//table[contains(@class,'bar-chart')]/tbody/tr"):
        label, value = row.xpath("./th"), row.xpath("./td[not(contains(@class,'bar-cell'))]")
        rect = row.xpath(".//rect")
        if label and value:
            width = rect[0].get("width") if rect else "0"
            bars.append((label[0].text_content().strip(), value[0].text_content().strip(), width))
    return bars


def _assert_suppressed(cells: dict[str, list[str]], names) -> None:
    for name in names:
        assert name in cells, f"{name} saknas"
        values = cells[name]
        assert values and all(value in {"<3", ""} for value in values), (name, values)


def _assert_shown(cells, names) -> None:
    for name in names:
        assert str(SHOWN[name]) in cells.get(name, []), (name, cells.get(name))


@pytest.mark.django_db
def test_the_public_statistics_page_and_its_charts_show_no_small_counts(published):
    anonymous = Client()
    html = anonymous.get(f"/samla/avvikelser/statistik/?period={YEAR}-1").content.decode()
    cells = _cells(html)
    _assert_suppressed(cells, ["Testkategori ett", "Testkategori två"])
    _assert_shown(cells, SHOWN)
    bars = [bar for bar in _svg_values(html) if bar[0].startswith("Testkategori")]
    assert bars
    for label, value, width in bars:
        if label in SMALL:
            assert (value, width) == ("<3", "0"), (label, value, width)
    # The order of suppressed rows must not tell a 2 from a 1: by name among themselves.
    order = [name for name in re.findall(r"Testkategori \w+", html) if name in SMALL]
    assert order[:2] == ["Testkategori ett", "Testkategori två"]
    # A half-year whose total is small says so as "<3".
    second = anonymous.get(f"/samla/avvikelser/statistik/?period={YEAR}-2").content.decode()
    assert re.search(r"Totalt <strong>&lt;3</strong>", second)
    trend = [bar for bar in _svg_values(html) if bar[0] == f"{YEAR} H2"]
    assert trend == [(f"{YEAR} H2", "<3", "0")]


@pytest.mark.django_db
def test_the_published_report_as_html_shows_no_small_counts(published):
    _, report = published
    html = Client().get(report.get_absolute_url()).content.decode()
    cells = _cells(html)
    _assert_suppressed(cells, SMALL)
    _assert_shown(cells, SHOWN)
    assert _cells_for_label(html, f"{YEAR} H2") == ["<3"]
    for label, value, width in _svg_values(html):
        if label in SMALL:
            assert (value, width) == ("<3", "0")


def _cells_for_label(page: str, label: str) -> list[str]:
    tree = lxml_html.fromstring(page)
    for row in tree.iter("tr"):
        # A chart's bar repeats the number beside it: not a cell of its own.
        cells = [cell for cell in row if "bar-cell" not in (cell.get("class") or "")]
        texts = [" ".join(cell.text_content().split()) for cell in cells]
        if texts and texts[0] == label:
            return texts[1:]
    return []


@pytest.mark.django_db
def test_the_published_report_as_pdf_shows_no_small_counts(published):
    _, report = published
    content = Client().get(report.get_absolute_url() + "rapport.pdf").content
    reader = PdfReader(io.BytesIO(content))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    for name in SMALL:
        assert re.search(rf"{name} <3", text), name
        assert not re.search(rf"{name} [12]\b", text), name
    for name, count in SHOWN.items():
        assert re.search(rf"{name} {count}\b", text), name
    assert not re.search(rf"{YEAR} H2 2\b", text)


@pytest.mark.django_db
def test_the_published_report_as_docx_shows_no_small_counts(published):
    _, report = published
    content = Client().get(report.get_absolute_url() + "rapport.docx").content
    document = Document(io.BytesIO(content))
    cells: dict[str, list[str]] = {}
    for table in document.tables:
        for row in table.rows:
            texts = [cell.text.strip() for cell in row.cells]
            cells.setdefault(texts[0], []).extend(texts[1:])
    _assert_suppressed({k: v for k, v in cells.items() if k in SMALL}, SMALL)
    _assert_shown(cells, SHOWN)
    assert cells[f"{YEAR} H2"] == ["<3"]


@pytest.mark.django_db
def test_open_data_search_and_feed_carry_no_small_counts(published):
    area, report = published
    anonymous = Client()
    plan_url = (
        "/samla/grupper/nosam-alingsas-och-lerum/aktivitetsplaner/psykisk-halsa-och-missbruk-2026/"
    )
    outputs = [
        anonymous.get(plan_url + "plan.json").content.decode(),
        anonymous.get(plan_url + "plan.csv").content.decode("utf-8-sig"),
        anonymous.get("/samla/sok/", {"q": "avvikelser"}).content.decode(),
        anonymous.get("/samla/sok/", {"q": "Testkategori"}).content.decode(),
        anonymous.get("/samla/flode.atom").content.decode(),
    ]
    assert report.title in outputs[-1]  # the report is in the feed
    for output in outputs:
        for name in SMALL:
            assert not re.search(rf"{name}\W+[12]\b", output), name


@pytest.mark.django_db
def test_members_still_see_exact_counts(published):
    member = Client()
    member.force_login(get_user_model().objects.get(username="ledamot"))
    html = member.get(f"/samla/avvikelser/?period={YEAR}-1").content.decode()
    cells = _cells(html)
    assert "1" in cells["Testkategori ett"] and "2" in cells["Testkategori två"]
    csv = member.get(f"/samla/avvikelser/export.csv?period={YEAR}-1").content.decode("utf-8-sig")
    assert f"{YEAR} H1;Testkategori ett;1" in csv


@pytest.mark.django_db
def test_the_demo_2024_report_no_longer_prints_sip_2(demo):
    """The hole as found: the public page said "<3", the report printed SIP = 2."""
    report = Report.objects.get(area__slug="samla", year=2024)
    sip = "SIP – Samordnad individuell plan"
    raw = dict(
        next(s for s in report.sections.all() if s.kind == "avvikelser").frozen_data["categories"]
    )
    assert 0 < raw[sip] < 3  # the frozen data holds the exact count...
    html = Client().get(report.get_absolute_url()).content.decode()
    # ...which never leaves: "<3", or "×" where "<3" would let it be worked out.
    [shown] = _cells_for_label(html, sip)
    assert shown in (stats.SUPPRESSED, stats.HIDDEN)
    pdf = Client().get(report.get_absolute_url() + "rapport.pdf").content
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())
    assert f"{sip} {shown}" in text and f"{sip} {raw[sip]}" not in text
    stats.suppressed(raw[sip])  # the one rule, used by every output


# --- Worked out from a total (found from outside) ----------------------------------


def _number_or_hidden(text: str):
    text = " ".join(text.split())
    return int(text) if text.isdigit() else text


def _leaks(page: str, *, summed: tuple[str, ...]) -> list[str]:
    """What an attacker works out by subtraction: every table whose caption
    starts with one of ``summed`` sums to the page's "Totalt", and every column
    of a table with a "Totalt" footer sums to it. A sum whose one hidden part
    is a "<3" gives that count away."""
    tree = lxml_html.fromstring(page)
    total = re.search(r"Totalt <strong>(\d+)</strong>", page)
    leaks = []
    for table in tree.iter("table"):
        caption = " ".join(table.xpath("string(.//caption)").split())
        body = [
            [_number_or_hidden(cell.text_content()) for cell in row if cell.tag in ("td", "th")]
            for row in table.xpath("./tbody/tr")
        ]
        columns = []
        if total and caption.startswith(summed):
            columns.append(([row[1] for row in body if len(row) == 2], int(total.group(1))))
        footer = table.xpath("./tfoot/tr")
        if footer:
            sums = [_number_or_hidden(c.text_content()) for c in footer[0]][1:]
            for index, column_total in enumerate(sums):
                if isinstance(column_total, int):
                    columns.append(([row[index + 1] for row in body], column_total))
        for values, column_total in columns:
            hidden = [v for v in values if not isinstance(v, int)]
            if hidden == [stats.SUPPRESSED]:
                rest = sum(v for v in values if isinstance(v, int))
                leaks.append(f"{caption}: {column_total} − {rest} = {column_total - rest}")
    return leaks


@pytest.mark.django_db
def test_no_small_count_can_be_worked_out_from_a_total_on_the_public_page(published):
    area, _ = published
    anonymous = Client()
    for period in stats.periods(area):
        page = anonymous.get(f"/samla/avvikelser/statistik/?period={period.key}")
        if page.status_code == 200:
            html = page.content.decode()
            assert not _leaks(html, summed=("Avvikelser per kategori", "Avvikelser per målgrupp"))
    html = anonymous.get(f"/samla/avvikelser/statistik/?period={YEAR}-1").content.decode()
    assert "×" in html and "dolt (×)" in html  # a second count hidden, and said so


@pytest.mark.django_db
def test_the_demo_2024_report_does_not_give_away_sip_by_subtraction(demo):
    """Found from outside: Totalt 337 and categories 179 + 74 + 53 + 29 left SIP = 2."""
    report = Report.objects.get(area__slug="samla", year=2024)
    html = Client().get(report.get_absolute_url()).content.decode()
    assert not _leaks(html, summed=("Avvikelser per kategori", "Avvikelser per halvår"))
    document = Document(
        io.BytesIO(Client().get(report.get_absolute_url() + "rapport.docx").content)
    )
    text = "\n".join(p.text for p in document.paragraphs)
    total = int(re.search(r"Totalt (\d+) registrerade", text).group(1))
    for table in document.tables:
        values = [_number_or_hidden(row.cells[1].text) for row in table.rows[1:]]
        if table.rows[0].cells[0].text in {"Kategori", "Halvår"}:
            hidden = [v for v in values if not isinstance(v, int)]
            assert hidden != [stats.SUPPRESSED], (total, values)


def test_a_disclosure_hides_a_second_count_where_one_would_be_worked_out():
    disclosure = stats.Disclosure()
    total = disclosure.cell(114)
    parts = disclosure.cells([54, 31, 20, 8, 1])
    disclosure.relation(parts, total)
    assert [disclosure.shown(i) for i in parts] == ["54", "31", "20", "×", "<3"]
    assert disclosure.shown(total) == "114"
    # Two small counts hide each other: nothing more is needed.
    both = stats.Disclosure()
    total = both.cell(10)
    parts = both.cells([7, 2, 1])
    both.relation(parts, total)
    assert [both.shown(i) for i in parts] == ["7", "<3", "<3"]


def _what_a_reader_can_tell(counts, relations, shown):
    """Every value each hidden cell can take, by trying every assignment (small
    cases only): a "<3" is 1 or 2, a "×" anything from 0 to the largest total.
    A search that drops an assignment as soon as a relation it completes fails."""
    hidden = [i for i, text in enumerate(shown) if not text.isdigit()]
    ceiling = max(counts)
    guess = [int(text) if text.isdigit() else None for text in shown]
    possible = {i: set() for i in hidden}

    def holds():
        for parts, total in relations:
            cells = [guess[i] for i in (*parts, total)]
            if None not in cells and sum(cells[:-1]) != cells[-1]:
                return False
        return True

    def assign(position):
        if position == len(hidden):
            for i in hidden:
                possible[i].add(guess[i])
            return
        i = hidden[position]
        for value in (1, 2) if shown[i] == stats.SUPPRESSED else range(ceiling + 1):
            guess[i] = value
            if holds():
                assign(position + 1)
        guess[i] = None

    assign(0)
    return possible


@pytest.mark.parametrize(
    "case",
    [
        # Found from outside: the hidden pair left only 1 + 3 (55 − 51 = 4).
        {"counts": [55, 51, 1, 3], "relations": [([1, 2, 3], 0)]},
        # Found from outside: the year's SIP "<3" and both half-years' "<3" meant 2 = 1 + 1.
        {
            "counts": [10, 5, 5, 2, 8, 1, 4, 1, 4],
            "relations": [([1, 2], 0), ([3, 4], 0), ([5, 6], 1), ([7, 8], 2), ([5, 7], 3)],
        },
        # One small count beside a total.
        {"counts": [114, 54, 31, 20, 8, 1], "relations": [([1, 2, 3, 4, 5], 0)]},
    ],
)
def test_no_disclosed_small_count_can_be_pinned_down_by_any_reasoning(case):
    counts, relations = case["counts"], case["relations"]
    disclosure = stats.Disclosure()
    cells = disclosure.cells(counts)
    for parts, total in relations:
        disclosure.relation([cells[i] for i in parts], cells[total])
    shown = [disclosure.shown(i) for i in cells]
    assert all(text != str(n) for text, n in zip(shown, counts, strict=True) if 0 < n < 3)
    possible = _what_a_reader_can_tell(counts, relations, shown)
    for i, values in possible.items():
        if 0 < counts[i] < 3:
            assert len(values) >= 2, (shown, i, values)
