"""HTML to tagged PDF/UA with WeasyPrint: language and title come from the page."""

import hashlib
import threading
from collections import OrderedDict

from django.contrib.staticfiles import finders
from django.template.loader import render_to_string


def render_pdf(template: str, context: dict) -> bytes:
    return pdf_from_html(render_to_string(template, context))


# The same HTML lays out as the same PDF: the last few are kept in the
# process, so a page asked for again (a demo load's adopted report, every
# test that loads the demo) is laid out once.
_LAID_OUT: OrderedDict[str, bytes] = OrderedDict()
_KEEP_BYTES = 32 * 1024 * 1024
_lock = threading.Lock()


def pdf_from_html(html: str) -> bytes:
    """Lay out HTML as a tagged PDF/UA-1 (WeasyPrint): the slow part."""
    from weasyprint import CSS, HTML

    key = hashlib.sha256(html.encode()).hexdigest()
    with _lock:
        if key in _LAID_OUT:
            _LAID_OUT.move_to_end(key)
            return _LAID_OUT[key]
    stylesheet = CSS(filename=finders.find("css/pdf.css"))
    pdf = HTML(string=html, base_url=".").write_pdf(
        stylesheets=[stylesheet], pdf_variant="pdf/ua-1"
    )
    with _lock:
        _LAID_OUT[key] = pdf
        while sum(map(len, _LAID_OUT.values())) > _KEEP_BYTES and len(_LAID_OUT) > 1:
            _LAID_OUT.popitem(last=False)
    return pdf
