"""When the database cannot be reached: a 503 page that needs no database.

Django turns an exception into a response at every middleware layer, so a
middleware would see only the exceptions of views. The error handler
(``handler500`` in samla/urls.py) sees every one: from views, from templates
that ask for the user, and from the session and authentication middleware.
It answers a lost database with 503 and ``Retry-After``, anything else with
the usual 500 page.
"""

import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.views.defaults import server_error as default_server_error


def database_unavailable() -> HttpResponse:
    """The 503 page in the site's layout, rendered without a request: no
    context processors run, so nothing looks up the user or the session."""
    seconds = settings.OUTAGE_RETRY_AFTER_SECONDS
    html = loader.render_to_string("503.html", {"retry_after": seconds})
    response = HttpResponse(html, status=503)
    response["Retry-After"] = str(seconds)
    response["Cache-Control"] = "no-store"
    return response


def server_error(request):
    error = sys.exc_info()[1]
    if isinstance(error, OperationalError | InterfaceError):
        return database_unavailable()
    return default_server_error(request)
