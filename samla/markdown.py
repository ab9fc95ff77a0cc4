"""Markdown for minutes and reports, rendered safely.

Markdown becomes HTML with python-markdown; nh3 then keeps only the tags a
text needs (no scripts, styles, event handlers or foreign attributes).
"""

import markdown as markdown_lib
import nh3
from django.utils.safestring import SafeString, mark_safe

ALLOWED_TAGS = {
    "p",
    "br",
    "strong",
    "em",
    "b",
    "i",
    "ul",
    "ol",
    "li",
    "blockquote",
    "code",
    "pre",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "a",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "hr",
    "del",
    "ins",
    "sup",
    "sub",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "th": {"scope"}, "td": set()}


def render_markdown(text: str, *, shift_headings: int = 1) -> SafeString:
    """Safe HTML from Markdown. Headings move down ``shift_headings`` levels, so
    a "# Rubrik" in minutes becomes an h2 under the page's own h1 (the ``toc``
    extension's ``baselevel``; its ``[TOC]`` marker is switched off, and nh3
    drops the ids it gives headings)."""
    html = markdown_lib.markdown(
        text or "",
        extensions=["extra", "sane_lists", "toc"],
        extension_configs={"toc": {"baselevel": 1 + shift_headings, "marker": ""}},
        output_format="html",
    )
    clean = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
    )
    return mark_safe(clean)  # noqa: S308 - cleaned by nh3 above
