"""Query parameters, read through a form and refused with a Swedish 400.

Views never read ``request.GET`` themselves (``tests/test_query_params.py``
holds them to it): they declare a small form of what the address may carry and
call :func:`query_values`. A value the form refuses (``?ar=-1``, ``?period=²``,
a NUL byte) gives the 400 page with the field's message, never a 500 and never
a silent guess.
"""

from __future__ import annotations

from django import forms
from django.core.exceptions import BadRequest
from django.http import HttpResponseBadRequest
from django.shortcuts import render
from django.template.loader import render_to_string

MAX_MESSAGE = 300


class InvalidQuery(BadRequest):
    """A query parameter that cannot be used; the message is shown on the 400 page."""


def query_values(request, form_class: type[forms.Form], **form_kwargs) -> dict:
    """The cleaned query parameters, or :class:`InvalidQuery` (answered with a 400)."""
    form = form_class(request.GET, **form_kwargs)
    if not form.is_valid():
        raise InvalidQuery(errors_text(form))
    return form.cleaned_data


def errors_text(form: forms.BaseForm) -> str:
    parts = []
    for name, errors in form.errors.items():
        label = form.fields[name].label if name in form.fields else None
        parts.append(f"{label or name}: {' '.join(errors)}")
    text = " ".join(parts)
    # Some messages quote the value; an address can be long.
    return text if len(text) <= MAX_MESSAGE else text[: MAX_MESSAGE - 1] + "…"


def bad_request(request, exception=None):
    """The 400 page (``handler400``), with the reason when it is ours to tell."""
    message = str(exception) if isinstance(exception, InvalidQuery) else ""
    if not hasattr(request, "user"):
        # Refused before the authentication middleware ran (a Host that is not
        # ours, asked by the page cache or CommonMiddleware): the page without
        # the request, so that no context processor asks for the user.
        return HttpResponseBadRequest(render_to_string("400.html", {"message": message}))
    return render(request, "400.html", {"message": message}, status=400)
