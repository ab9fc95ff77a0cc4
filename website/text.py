"""Text as the search keeps it: plain (no Markdown) and folded (no case).

SQLite's ``LIKE`` and ``LOWER`` know the case of ASCII letters only, and
PostgreSQL's full-text search lowercases by the database's locale (under ``C``
only ASCII too), so "ÖVM" would not find "övm". The index therefore keeps its
texts folded in Python, and a query is folded the same way.
"""

from __future__ import annotations

import html
import re
import unicodedata

import nh3

from samla.markdown import render_markdown

# Tags after which a reader sees a break: the text on either side stays two words.
_BREAKS = re.compile(r"<(?:/(?:p|li|h[1-6]|blockquote|pre|tr|td|th)|br|hr)\b[^>]*>", re.I)


def fold(text: str) -> str:
    """``text`` without case, in one Unicode form: "ÖVM", "övm" and an "Ö"
    typed as "O" and a combining diaeresis all read alike."""
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())


def plain_text(text: str) -> str:
    """What a reader of ``text`` sees, without its Markdown: no ``**``, ``#``,
    link syntax or list markers. Line breaks between blocks stay."""
    rendered = _BREAKS.sub(lambda m: m.group(0) + "\n", str(render_markdown(text or "")))
    stripped = html.unescape(nh3.clean(rendered, tags=set()))
    lines = (" ".join(line.split()) for line in stripped.splitlines())
    return "\n".join(line for line in lines if line)
