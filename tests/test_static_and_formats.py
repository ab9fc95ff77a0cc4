"""Vendored files are loaded by a page, and dates have one format source."""

from datetime import date, datetime
from pathlib import Path

import pytest
from django.utils import formats, timezone, translation

ROOT = Path(__file__).resolve().parent.parent


def test_every_vendored_script_and_stylesheet_is_loaded_by_a_template():
    templates = "".join(p.read_text() for p in (ROOT / "templates").rglob("*.html"))
    vendored = [
        p.name for p in (ROOT / "static" / "vendor").iterdir() if p.suffix in {".js", ".css"}
    ]
    assert vendored
    unused = [name for name in vendored if f"vendor/{name}" not in templates]
    assert not unused, f"Vendrade filer som ingen sida laddar: {unused}"


def test_date_formats_are_set_in_the_swedish_format_module_only():
    import samla.settings

    written_twice = {"DATE_FORMAT", "SHORT_DATE_FORMAT", "DATETIME_FORMAT", "SHORT_DATETIME_FORMAT"}
    assert not written_twice & set(vars(samla.settings))


@pytest.mark.parametrize(
    ("value", "name", "shown"),
    [
        (date(2026, 3, 1), "DATE_FORMAT", "2026-03-01"),
        (date(2026, 3, 1), "SHORT_DATE_FORMAT", "2026-03-01"),
        (datetime(2026, 3, 1, 13, 5), "DATETIME_FORMAT", "2026-03-01 13:05"),
        (date(2026, 10, 1), "YEAR_MONTH_FORMAT", "oktober 2026"),
    ],
)
def test_dates_are_shown_the_portals_way(value, name, shown):
    with translation.override("sv"):
        assert formats.date_format(value, name) == shown
    assert timezone.get_current_timezone_name() == "Europe/Stockholm"


def test_no_template_line_is_longer_than_120_characters():
    long_lines = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in (ROOT / "templates").rglob("*.html")
        for number, line in enumerate(path.read_text().splitlines(), start=1)
        if len(line) > 120
    ]
    assert not long_lines, f"Mallrader över 120 tecken: {long_lines}"


@pytest.mark.django_db
def test_a_refused_method_gets_a_swedish_page_and_keeps_allow(client):
    """Found from outside: a 405 was an empty answer."""
    response = client.delete("/tillganglighet/")
    assert response.status_code == 405
    assert "GET" in response["Allow"]
    assert "Det går inte att göra så här" in response.content.decode()
