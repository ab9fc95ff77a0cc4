"""A reminder as an e-mail: Swedish, HTML and plain text, with an unsubscribe
link and the List-Unsubscribe header (RFC 2369, one-click per RFC 8058)."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse

from reminders.collect import Due, absolute
from reminders.tokens import unsubscribe_token
from samla.patient_data import find_personal_numbers


class UnsafeMessage(Exception):
    """A message that would carry a personal identity number: never sent."""


def unsubscribe_url(person_id: int, kind: str) -> str:
    token = unsubscribe_token(person_id, kind)
    return absolute(reverse("reminders:unsubscribe", args=[token]))


def build_message(due: Due) -> EmailMultiAlternatives:
    unsubscribe = unsubscribe_url(due.person.pk, due.kind)
    context = {
        **due.context,
        "person": due.person.name,
        "kind": due.kind,
        "kind_label": due.kind.label,
        "subject": due.subject,
        "items": due.items,
        "unsubscribe_url": unsubscribe,
        "account_url": absolute(reverse("account") + "#paminnelser"),
    }
    text = render_to_string(f"reminders/email/{due.kind.value}.txt", context)
    html = render_to_string(f"reminders/email/{due.kind.value}.html", context)
    if find_personal_numbers(due.subject) or find_personal_numbers(text + html):
        raise UnsafeMessage(f"{due.kind}: {due.person.pk}")
    message = EmailMultiAlternatives(
        subject=due.subject,
        body=text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[due.person.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Auto-Submitted": "auto-generated",
        },
    )
    message.attach_alternative(html, "text/html")
    return message
