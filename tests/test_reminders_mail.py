"""Reminders delivered for real: Django's SMTP backend to a local SMTP server
(aiosmtpd, on a free port), through the database task queue and its worker,
and two runs at the same moment sending each reminder once."""

import socket
import threading
from datetime import date, datetime
from email import message_from_bytes, policy
from io import StringIO
from urllib.parse import urlparse

import pytest
import time_machine
from aiosmtpd.controller import Controller
from django.core.management import call_command
from django.db import connection, connections
from django.utils import timezone

from nosam.models import Membership
from plans.models import FollowUp
from reminders.models import Kind, OptOut, SentReminder
from reminders.services import reminders_send
from tests.factories import (
    ActivityFactory,
    ActivityPlanFactory,
    AreaFactory,
    GroupFactory,
    MembershipFactory,
    PersonFactory,
)


class Inbox:
    """An aiosmtpd handler that keeps every message it is given."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
        message = message_from_bytes(envelope.content, policy=policy.default)
        self.messages.append((envelope.rcpt_tos, message))
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp(settings):
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=_free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", controller.port
    settings.EMAIL_USE_TLS = False
    settings.PORTAL_URL = "https://samla.example.se"
    yield inbox
    controller.stop()


def _owner_with_a_deadline():
    area = AreaFactory(name="Område M")
    group = GroupFactory(area=area, name="NOSAM Mby")
    owner = PersonFactory(name="Maja Mottagare", email="maja@example.se")
    MembershipFactory(group=group, person=owner, role=Membership.Role.MEMBER)
    plan = ActivityPlanFactory(group=group, year=2026)
    activity = ActivityFactory(plan=plan, what="Gemensam utbildning", deadline="Våren 2026")
    activity.owner_people.add(owner)
    FollowUp.objects.create(activity=activity, date=date(2026, 6, 1), text="På gång")
    return owner, activity


def _june_16():
    moment = timezone.make_aware(datetime(2026, 6, 16, 7, 0))
    return time_machine.travel(moment, tick=False)


def _parts(message):
    text = message.get_body(preferencelist=("plain",)).get_content()
    html = message.get_body(preferencelist=("html",)).get_content()
    return text, html


@pytest.mark.django_db
def test_a_reminder_reaches_the_smtp_server_and_its_link_turns_the_kind_off(smtp, client):
    owner, activity = _owner_with_a_deadline()
    with _june_16():
        call_command("send_reminders", stdout=StringIO())
    assert len(smtp.messages) == 1
    recipients, message = smtp.messages[0]
    assert recipients == ["maja@example.se"]
    assert message["Subject"] == "Påminnelse: deadline"
    text, html = _parts(message)
    assert "Hej Maja Mottagare!" in text and "Hej Maja Mottagare!" in html
    assert "Deadline 2026-06-30 (om 14 dagar): Gemensam utbildning" in text
    assert f"https://samla.example.se/aktiviteter/{activity.pk}/" in text
    assert 'lang="sv"' in html and "Gemensam utbildning" in html
    header = str(message["List-Unsubscribe"]).strip()  # long: folded onto a new line
    assert header.startswith("<https://samla.example.se/paminnelser/avsluta/")
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    link = header.strip("<>")
    assert link in text and link in html

    page = client.get(urlparse(link).path)  # no login needed
    assert page.status_code == 200
    # Opening the link asks; a mail server's link scanner turns nothing off.
    assert "Vill du sluta få e-post om: Deadline" in page.content.decode()
    assert not OptOut.objects.exists()
    page = client.post(urlparse(link).path, {"action": "off"})
    assert "Du får inte längre e-post om" in page.content.decode()
    assert OptOut.objects.filter(person=owner, kind=Kind.DEADLINE).exists()
    assert "Du får redan inte" in client.get(urlparse(link).path).content.decode()

    # A later deadline would remind; that kind is off, so only the other kind
    # (no follow-up since 1 June) is sent.
    activity.deadline = "Hösten 2026"
    activity.save()
    with time_machine.travel(timezone.make_aware(datetime(2026, 12, 17, 7)), tick=False):
        call_command("send_reminders", stdout=StringIO())
    assert [m["Subject"] for _, m in smtp.messages] == [
        "Påminnelse: deadline",
        "Påminnelse: uppföljning saknas",
    ]


@pytest.mark.django_db
def test_a_second_run_delivers_nothing(smtp):
    _owner_with_a_deadline()
    with _june_16():
        first, out = StringIO(), StringIO()
        call_command("send_reminders", stdout=first)
        call_command("send_reminders", stdout=out)
    assert len(smtp.messages) == 1
    assert "1 e-postmeddelande köat." in first.getvalue()
    assert out.getvalue().strip() == "Inget nytt att skicka."


@pytest.mark.django_db
def test_one_click_post_turns_off_and_the_page_turns_it_on_again(smtp, client):
    owner, _ = _owner_with_a_deadline()
    with _june_16():
        reminders_send()
    path = urlparse(str(smtp.messages[0][1]["List-Unsubscribe"]).strip().strip("<>")).path
    answer = client.post(path, {"List-Unsubscribe": "One-Click"})  # as a mail client sends it
    assert answer.status_code == 200
    assert OptOut.objects.filter(person=owner, kind=Kind.DEADLINE).count() == 1
    client.post(path, {"action": "on"})
    assert not OptOut.objects.filter(person=owner).exists()


@pytest.mark.django_db
def test_a_forged_or_altered_token_changes_nothing(smtp, client):
    owner, _ = _owner_with_a_deadline()
    with _june_16():
        reminders_send()
    path = urlparse(str(smtp.messages[0][1]["List-Unsubscribe"]).strip().strip("<>")).path
    token = path.rstrip("/").rsplit("/", 1)[1]
    altered = token[:-1] + ("A" if token[-1] != "A" else "B")
    for bad in ["x", "eyJwIjoxfQ:abc", altered, token + "x"]:
        bad = f"/paminnelser/avsluta/{bad}/"
        assert client.get(bad).status_code == 404
    assert not OptOut.objects.exists()


@pytest.mark.django_db
def test_a_refusing_mail_server_leaves_the_reminder_for_the_next_run(settings):
    owner, _ = _owner_with_a_deadline()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", _free_port()  # nobody listens
    settings.EMAIL_TIMEOUT = 2
    with _june_16():
        reminders_send()
    assert not SentReminder.objects.exists()


@pytest.mark.django_db(transaction=True)  # the worker opens and closes its own connection
def test_with_the_database_backend_the_worker_sends(smtp, settings):
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }
    _owner_with_a_deadline()
    with _june_16():
        report = reminders_send()
    assert report.queued == 1 and smtp.messages == []  # queued, not sent on the spot
    assert SentReminder.objects.get().sent_at is None
    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)
    assert len(smtp.messages) == 1
    assert SentReminder.objects.get().sent_at is not None


@pytest.mark.django_db(transaction=True)
def test_two_runs_at_the_same_moment_send_each_reminder_once(smtp):
    """Two machines run the job at once: each item is claimed by one of them."""
    _owner_with_a_deadline()
    start = threading.Barrier(2)
    errors = []

    def run():
        try:
            start.wait()
            reminders_send(date(2026, 6, 16))
        except Exception as error:  # noqa: BLE001 (reported below)
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    assert len(smtp.messages) == 1
    assert SentReminder.objects.count() == 1
    assert connection.vendor in {"sqlite", "postgresql"}
