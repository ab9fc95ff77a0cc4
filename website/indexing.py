"""Keep the search index in step with what is published.

The apps below describe their own content (``samla.search``); this module
writes those descriptions into the index. Each source (a plan, a handlingsplan,
a meeting's minutes, a group, a report) is re-indexed as a whole: its old rows
are removed and its published content added again, so an index never holds
drafts or older versions.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime

from django.db import transaction
from django.utils import timezone

from samla import search
from website.models import SearchDocument
from website.text import fold, plain_text


def index(obj, *, now: datetime | None = None) -> None:
    """Replace the index rows of one object by its description."""
    searchable = search.searchable_for(obj)
    entries = searchable.describe(obj, now=now or timezone.now())
    source = searchable.source(obj)
    with transaction.atomic():
        SearchDocument.objects.filter(source=source).delete()
        SearchDocument.objects.bulk_create(_document(source, obj.area, entry) for entry in entries)


def _document(source: str, area, entry: search.Entry) -> SearchDocument:
    """An index row: the text as the reader sees it (minutes and reports are
    Markdown), and folded for matching (``website.text``)."""
    fields = asdict(entry) | {"body": plain_text(entry.body)}
    return SearchDocument(
        source=source,
        area=area,
        search_title=fold(entry.title)[:400],  # "ß" folds to "ss"
        search_body=fold(fields["body"]),
        **fields,
    )


def content_changed(sender, instance, **kwargs) -> None:
    """Receiver of ``samla.search.changed`` (connected in ``WebsiteConfig.ready``)."""
    index(instance)


def reindex_all() -> int:
    """Rebuild the whole index from what is published; returns the row count."""
    now = timezone.now()
    for searchable in search.registered():
        for obj in searchable.everything():
            index(obj, now=now)
    return SearchDocument.objects.count()
