"""Search what is published: PostgreSQL full-text search in Swedish, or a
simpler word match on SQLite. Each hit says where it is and shows the words
around it. Both match the index's folded texts against a folded query
(``website.text``), so capitals such as Å, Ä and Ö match on either database."""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.db import connection
from django.db.models import F, Q, Value
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from website.models import SearchDocument
from website.text import fold

MAX_RESULTS = 50
SNIPPET_WORDS = 18
# Markers PostgreSQL puts around hits; the snippet is escaped before they
# become <mark>, so nothing in a text can inject HTML.
START, STOP = "\u2063[[", "]]\u2063"
_PUNCTUATED = re.compile(r"([^\w]*)(.*?)([^\w]*)", re.S)


@dataclass(frozen=True)
class Hit:
    title: str
    where: str
    url: str
    kind: str
    snippet: SafeString

    @property
    def label(self) -> str:
        """Kind and place, the kind left out where the place already names it
        ("Handlingsplan", "Gruppen NOSAM Lerum", "Aktivitet i …")."""
        if not self.where or fold(self.where).startswith(fold(self.kind)):
            return self.where or self.kind
        return f"{self.kind} · {self.where}"


def _terms(query: str) -> list[str]:
    return [t for t in re.findall(r"\w+", fold(query)) if len(t) > 1][:8]


def search(area, query: str) -> list[Hit]:
    if not _terms(query):
        return []
    documents = SearchDocument.objects.filter(area=area)
    if connection.vendor == "postgresql":
        return _search_postgresql(documents, query)
    return _search_simple(documents, query)


def _search_postgresql(documents, query: str) -> list[Hit]:
    from django.contrib.postgres.search import (
        SearchHeadline,
        SearchQuery,
        SearchRank,
        SearchVector,
    )

    vector = SearchVector("search_title", weight="A", config="swedish") + SearchVector(
        "search_body", weight="B", config="swedish"
    )
    search_query = SearchQuery(fold(query), config="swedish", search_type="websearch")
    rows = (
        documents.annotate(rank=SearchRank(vector, search_query))
        .filter(rank__gt=0)
        .annotate(
            headline=SearchHeadline(
                "body",
                search_query,
                config="swedish",
                start_sel=START,
                stop_sel=STOP,
                max_words=SNIPPET_WORDS + 12,
                min_words=SNIPPET_WORDS,
            )
        )
        .order_by(F("rank").desc(), "-published_at")[:MAX_RESULTS]
    )
    return [_hit(row, _marked(row.headline)) for row in rows]


def _search_simple(documents, query: str) -> list[Hit]:
    terms = _terms(query)
    condition = Q()
    for term in terms:
        condition &= Q(search_title__contains=term) | Q(search_body__contains=term)
    rows = documents.filter(condition).annotate(rank=Value(0))[:MAX_RESULTS]
    return [_hit(row, _snippet(row.body or row.title, terms)) for row in rows]


def _hit(row, snippet: SafeString) -> Hit:
    return Hit(row.title, row.where, row.url, row.get_kind_display(), snippet)


def _marked(headline: str) -> SafeString:
    text = escape(headline)
    return mark_safe(text.replace(escape(START), "<mark>").replace(escape(STOP), "</mark>"))


def _snippet(text: str, terms: list[str]) -> SafeString:
    words = text.split()
    lowered = [fold(w) for w in words]
    first = next((i for i, w in enumerate(lowered) if any(t in w for t in terms)), 0)
    start = max(0, first - SNIPPET_WORDS // 3)
    chosen = words[start : start + SNIPPET_WORDS]
    out = []
    for word in chosen:
        # The mark goes round the word, not the punctuation beside it ("ÖVM,").
        before, core, after = _PUNCTUATED.fullmatch(word).groups()
        if core and any(t in fold(core) for t in terms):
            out.append(f"{escape(before)}<mark>{escape(core)}</mark>{escape(after)}")
        else:
            out.append(escape(word))
    prefix = "… " if start > 0 else ""
    suffix = " …" if start + SNIPPET_WORDS < len(words) else ""
    return mark_safe(prefix + " ".join(out) + suffix)
