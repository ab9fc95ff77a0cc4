"""Markdown of minutes and reports: headings sit under the page's own."""

import pytest

from samla.markdown import render_markdown


@pytest.mark.parametrize(
    ("shift", "text", "expected"),
    [
        (1, "# Rubrik", "<h2>Rubrik</h2>"),
        (1, "## Under", "<h3>Under</h3>"),
        (2, "# Rubrik", "<h3>Rubrik</h3>"),
        (1, "##### Femte", "<h6>Femte</h6>"),
        (1, "###### Sjätte", "<h6>Sjätte</h6>"),  # no h7: the deepest stays h6
    ],
)
def test_headings_move_down_under_the_page_heading(shift, text, expected):
    assert str(render_markdown(text, shift_headings=shift)) == expected


def test_a_heading_tag_written_in_code_is_left_alone():
    html = str(render_markdown("Skriv `<h1>` eller\n\n    <h2>kod</h2>"))
    assert "&lt;h1&gt;" in html and "&lt;h2&gt;kod&lt;/h2&gt;" in html
    assert "<h2>" not in html and "<h3>" not in html


def test_a_table_of_contents_marker_is_only_text():
    assert str(render_markdown("[TOC]\n\n# Rubrik")) == "<p>[TOC]</p>\n<h2>Rubrik</h2>"
