"""Sending reminders: claim what is due, then hand the e-mails to the worker.

Every item is recorded (``SentReminder``) before its e-mail is queued, under a
unique constraint: a second run, or a run on another machine at the same
moment, finds the item taken and queues nothing for it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from django.db import IntegrityError, transaction
from django.utils import timezone

from reminders.collect import Due, Item, due_today
from reminders.messages import UnsafeMessage, build_message
from reminders.models import SentReminder
from reminders.tasks import reminder_deliver

log = logging.getLogger(__name__)


@dataclass
class RunReport:
    due: list[Due]
    queued: int = 0
    skipped: int = 0


def _claim(due: Due) -> list[tuple[Item, int]]:
    claimed = []
    for item in due.items:
        try:
            with transaction.atomic():
                record = SentReminder.objects.create(
                    person=due.person, kind=due.kind, key=item.key, reason=item.reason[:300]
                )
        except IntegrityError:
            continue  # taken by another run
        claimed.append((item, record.pk))
    return claimed


def reminders_send(today: date | None = None, *, dry_run: bool = False) -> RunReport:
    """Send what is due ``today`` (default: today) and not sent before."""
    today = today or timezone.localdate()
    report = RunReport(due=due_today(today))
    if dry_run:
        return report
    for due in report.due:
        try:
            with transaction.atomic():
                if _queue(due):
                    report.queued += 1
                else:
                    report.skipped += 1
        except UnsafeMessage:
            log.error("Påminnelse stoppad: texten liknar ett personnummer (%s).", due.kind)
            report.skipped += 1
    return report


def _queue(due: Due) -> bool:
    claimed = _claim(due)
    if not claimed:
        return False
    due.items = [item for item, pk in claimed]
    message = build_message(due)  # raises UnsafeMessage: the claims roll back
    # With the database backend the task is stored in this transaction:
    # recorded and queued together, or neither.
    reminder_deliver.enqueue(
        [pk for item, pk in claimed],
        {
            "subject": message.subject,
            "body": message.body,
            "html": message.alternatives[0][0],
            "to": message.to,
            "headers": message.extra_headers,
        },
    )
    return True
