"""Helpers every page test uses: query counting."""

from collections.abc import Callable

from django.db import connection
from django.test.utils import CaptureQueriesContext


def count_queries(action: Callable[[], object]) -> tuple[int, object]:
    """Run ``action`` and return how many SQL queries it made, with its result."""
    with CaptureQueriesContext(connection) as context:
        result = action()
    return len(context.captured_queries), result


def assert_queries_do_not_grow(
    fetch: Callable[[], object], grow: Callable[[], object], *, status: int = 200
) -> int:
    """Fetch a page, add rows with ``grow``, fetch again: the query count must not change.

    ``fetch`` returns a response; both must have ``status``. Returns the count.
    """
    before, response = count_queries(fetch)
    assert response.status_code == status, response.status_code
    grow()
    after, response = count_queries(fetch)
    assert response.status_code == status, response.status_code
    assert before == after, f"{before} frågor med få rader men {after} med många"
    return before


def squash(html: str | bytes) -> str:
    """A page's HTML with each run of whitespace read as one space and none
    next to a tag: assertions then do not depend on how a template wraps its
    lines."""
    import re

    if isinstance(html, bytes):
        html = html.decode()
    # ASCII whitespace only: a no-break space in "1 234,5" is content.
    space = "[ \t\n\r\f]"
    return re.sub(f"{space}*(<[^>]*>){space}*", r"\1", re.sub(f"{space}+", " ", html))
