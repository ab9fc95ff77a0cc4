"""Public pages for anonymous readers, answered before the rest of the stack.

A page a ``@public`` view rendered for an anonymous visitor (no session
cookie, no CSRF token in it, no cookie set) is kept in the cache, compressed
with brotli and gzip, under a key that names the site's *generation*. A hit is
answered here, right after the security middleware: no session, user, CSRF or
message middleware runs, and no database query is made. Conditional requests
get 304 from the stored ETag and Last-Modified.

The generation changes whenever content changes: after every committed save
or delete of the project's models (signals, connected in ``samla.apps``; bulk
writes call :func:`content_changed` themselves). It lives in the shared cache
(Redis), so every instance sees a new generation at once; with a cache that
is local to each process it is the modification time of a file in
``SAMLA_VAR_DIR``, shared by the processes of one machine. Pages are compressed
only here, where no page carries a secret (BREACH needs one).
"""

from __future__ import annotations

import gzip
import hashlib
import logging
import os
import time
from pathlib import Path

import brotli
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse, HttpResponseNotModified
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import http_date, parse_http_date_safe

logger = logging.getLogger(__name__)
GENERATION_KEY = "pages:generation"
# Entries never change (their key names the generation), so each process also
# keeps the most recent ones in memory and asks the shared cache only once.
LOCAL_ENTRIES = 256
TIMEOUT = 24 * 3600
MAX_BODY = 4 * 1024 * 1024
MAX_QUERY = 120
CACHEABLE_TYPES = (
    "text/html",
    "application/json",
    "text/csv",
    "application/atom+xml",
    "text/calendar",
    "application/pdf",
)
COMPRESSIBLE_TYPES = CACHEABLE_TYPES[:5]
# Headers a stored page keeps; Set-Cookie never is (such a page is not stored).
KEPT_HEADERS = {
    "content-type",
    "content-language",
    "content-disposition",
    "content-security-policy",
    "x-frame-options",
    "cache-control",
    "etag",
    "last-modified",
}


def _uses_local_cache() -> bool:
    backend = settings.CACHES["default"]["BACKEND"]
    return backend.endswith(("locmem.LocMemCache", "dummy.DummyCache"))


def _generation_file() -> Path:
    configured = getattr(settings, "PAGE_CACHE_GENERATION_FILE", None)
    return Path(configured) if configured else Path(settings.VAR_DIR) / "pages.generation"


def generation() -> str:
    """The current generation of public content."""
    if _uses_local_cache():
        try:
            return str(_generation_file().stat().st_mtime_ns)
        except FileNotFoundError:
            return "0"
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, 1, timeout=None)
        value = cache.get(GENERATION_KEY, 1)
    return str(value)


def _bump() -> None:
    if _uses_local_cache():
        path = _generation_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch()
        now = time.time_ns()
        os.utime(path, ns=(now, max(now, path.stat().st_mtime_ns + 1)))
        return
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # not there yet (or evicted): start above anything cached
        cache.set(GENERATION_KEY, time.time_ns(), timeout=None)


def content_changed(**_kwargs) -> None:
    """Public content may have changed: every cached page is stale. Bumped now
    and again once the transaction commits, so a page rendered meanwhile from
    the data before the commit is not kept under the new generation."""
    _bump()
    transaction.on_commit(_bump)


# Models whose writes never change a public page, or that are written in bulk
# (statistics rows: a half-year's import saves its StatisticsImport, which counts).
UNWATCHED = {
    "samla.pendingupload",
    "deviations.statisticrow",
    "deviations.statisticsummary",
    "website.searchdocument",
}


def watch_models(app_labels) -> None:
    """Connect :func:`content_changed` to every save and delete of the models
    of ``app_labels``; simple-history's copies follow their originals."""
    from django.apps import apps
    from django.db.models.signals import m2m_changed, post_delete, post_save

    for model in apps.get_models():
        label = model._meta.label_lower
        if model._meta.app_label not in app_labels or label in UNWATCHED:
            continue
        if model.__module__.startswith("simple_history") or label.split(".")[1].startswith(
            "historical"
        ):
            continue
        post_save.connect(content_changed, sender=model, dispatch_uid=f"pages-save-{label}")
        post_delete.connect(content_changed, sender=model, dispatch_uid=f"pages-delete-{label}")
        for field in model._meta.local_many_to_many:
            m2m_changed.connect(
                content_changed,
                sender=field.remote_field.through,
                dispatch_uid=f"pages-m2m-{label}",
            )


def _eligible(request) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        # A message waiting in its cookie ("Du är utloggad") belongs on this page.
        and getattr(settings, "MESSAGE_COOKIE_NAME", "messages") not in request.COOKIES
        and "HTTP_HX_REQUEST" not in request.META
        and len(request.META.get("QUERY_STRING", "")) <= MAX_QUERY
    )


def _key(where: str) -> str:
    digest = hashlib.sha256(where.encode()).hexdigest()[:32]
    return f"page:{settings.RELEASE}:{generation()}:{digest}"


def _storable(request, response) -> bool:
    """An anonymous visitor's successful page: whatever its view's rule, what
    it showed to someone who is not signed in is public."""
    content_type = response.get("Content-Type", "").split(";")[0].strip()
    cache_control = response.get("Cache-Control", "")
    user = getattr(request, "user", None)
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and (user is None or not user.is_authenticated)
        and content_type in CACHEABLE_TYPES
        and "private" not in cache_control
        and "no-store" not in cache_control
        and len(response.content) <= MAX_BODY
    )


def _entry(response) -> dict:
    body = response.content
    headers = {k: v for k, v in response.items() if k.lower() in KEPT_HEADERS}
    headers.setdefault(
        "ETag", '"' + hashlib.sha256(body).hexdigest()[:24] + f"-{settings.RELEASE}" + '"'
    )
    headers.setdefault("Last-Modified", http_date())
    # Browsers and proxies ask again each time (a 304 is cheap): a publication
    # is seen at once there too.
    headers.setdefault("Cache-Control", "public, no-cache")
    entry = {"headers": headers, "identity": body}
    content_type = headers.get("Content-Type", "").split(";")[0]
    if content_type in COMPRESSIBLE_TYPES and len(body) > 512:
        entry["br"] = brotli.compress(body, quality=9)
        entry["gzip"] = gzip.compress(body, compresslevel=6, mtime=0)
    return entry


def _encoding(request, entry) -> str:
    """The best encoding the browser accepts (``q=0`` refuses one)."""
    accepted = {}
    for part in request.META.get("HTTP_ACCEPT_ENCODING", "").split(","):
        name, _, params = part.strip().lower().partition(";")
        quality = 1.0
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if name:
            accepted[name] = quality
    for encoding in ("br", "gzip"):
        if encoding in entry and accepted.get(encoding, accepted.get("*", 0.0)) > 0:
            return encoding
    return "identity"


def _etag(entry, encoding: str) -> str:
    """Each encoding is a representation of its own, with a tag of its own."""
    tag = entry["headers"]["ETag"]
    return tag if encoding == "identity" else f'{tag[:-1]}-{encoding}"'


def _answer(request, entry, *, state: str) -> HttpResponse:
    headers = entry["headers"]
    encoding = _encoding(request, entry)
    etag = _etag(entry, encoding)
    last_modified = parse_http_date_safe(headers["Last-Modified"])
    answer = get_conditional_response(
        request, etag=etag, last_modified=last_modified, response=None
    )
    if answer is None or not isinstance(answer, HttpResponseNotModified):
        answer = HttpResponse(b"" if request.method == "HEAD" else entry[encoding])
        if encoding != "identity":
            answer["Content-Encoding"] = encoding
        if request.method == "HEAD":
            answer["Content-Length"] = str(len(entry[encoding]))
    for name, value in headers.items():
        if answer.status_code == 200 or name.lower() in {"etag", "last-modified", "cache-control"}:
            answer[name] = value
    answer["ETag"] = etag
    if "br" in entry:
        patch_vary_headers(answer, ("Accept-Encoding",))
    patch_vary_headers(answer, ("Cookie",))
    answer["X-Page-Cache"] = state
    return answer


class _Local:
    """A small LRU of entries in this process."""

    def __init__(self, size: int):
        from collections import OrderedDict

        self.size = size
        self.entries: OrderedDict = OrderedDict()

    def get(self, key):
        entry = self.entries.get(key)
        if entry is not None:
            self.entries.move_to_end(key)
        return entry

    def put(self, key, entry) -> None:
        self.entries[key] = entry
        self.entries.move_to_end(key)
        while len(self.entries) > self.size:
            self.entries.popitem(last=False)


_local = _Local(LOCAL_ENTRIES)


def clear_local() -> None:
    _local.entries.clear()


class PublicPageCacheMiddleware:
    """Answers anonymous readers from the page cache (see the module's text).
    Placed right after Django's security middleware and WhiteNoise."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _eligible(request):
            return self.get_response(request)
        where = f"{request.get_host()}{request.get_full_path()}"  # a bad Host: a 400
        try:
            key = _key(where)
            entry = _local.get(key) or _shared(key)
        except Exception:  # the cache is down: serve the page the slow way
            logger.warning("Page cache unreachable", exc_info=True)
            return self.get_response(request)
        if entry is not None:
            return _answer(request, entry, state="hit")
        response = self.get_response(request)
        if not _storable(request, response):
            return response
        entry = _entry(response)
        try:
            cache.set(key, entry, timeout=TIMEOUT)
        except Exception:  # each cache backend fails in its own way (redis: ConnectionError)
            logger.warning("Page cache unreachable", exc_info=True)
        _local.put(key, entry)
        return _answer(request, entry, state="miss")


def _shared(key):
    entry = cache.get(key)
    if entry is not None:
        _local.put(key, entry)
    return entry
