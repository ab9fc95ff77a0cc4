"""Confirmations of in-page updates (htmx): the response names what was saved,
and static/js/samla.js reads it into the page's live region (#meddelanden)."""

from django_htmx.http import trigger_client_event

EVENT = "samla:notice"


def announce(response, text: str):
    """Have ``text`` ("Sparat", "Status ändrad till Pågår") spoken and shown."""
    return trigger_client_event(response, EVENT, {"text": text})
