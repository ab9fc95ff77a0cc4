"""E-mail is sent by the worker (django-tasks; ``manage.py db_worker``), never
on a request."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.utils import timezone
from django_tasks import task

from reminders.models import SentReminder


@task()
def reminder_deliver(reminder_ids: list[int], message: dict) -> None:
    """Send one reminder e-mail and mark its items sent. If the mail server
    refuses, the items are released, so that the next daily run tries again."""
    email = EmailMultiAlternatives(
        subject=message["subject"],
        body=message["body"],
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=message["to"],
        headers=message["headers"],
    )
    email.attach_alternative(message["html"], "text/html")
    try:
        email.send()
    except OSError:
        SentReminder.objects.filter(pk__in=reminder_ids, sent_at__isnull=True).delete()
        raise
    SentReminder.objects.filter(pk__in=reminder_ids).update(sent_at=timezone.now())
