"""The one upload pipeline (samla/uploads.py): typed refusals, one kept
preview in the database, one confirm step, for Word and statistics alike."""

import io
import itertools
import uuid
import zipfile
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone

from deviations.models import StatisticsImport
from nosam.models import Membership
from plans.models import ActivityPlan
from samla import uploads
from samla.models import PendingUpload
from samla.uploads import (
    AlreadySaved,
    ArchiveTooLarge,
    BrokenArchive,
    EmptyFile,
    FileTooLarge,
    PreviewGone,
    ReadBudget,
    TimeBudgetExceeded,
    TooManyRows,
    UnsafeArchive,
    UploadRejected,
    UploadRules,
    WrongFileType,
    XmlPartTooLarge,
    check_upload,
    open_office_zip,
    pending_upload_confirm,
    pending_upload_create,
    pending_upload_get,
)
from tests.conftest import member_user
from tests.word_documents import plan_2026

RULES = UploadRules(
    extensions=frozenset({"docx"}),
    wrong_type="Filen måste vara ett Word-dokument (.docx).",
    refused={"doc": "Äldre Word-filer (.doc) kan inte läsas."},
    max_bytes_setting="WORD_MAX_UPLOAD_BYTES",
)


def _zip(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def _refusal(call) -> UploadRejected:
    with pytest.raises(UploadRejected) as refused:
        call()
    return refused.value


@pytest.mark.parametrize(
    ("call", "kind", "message"),
    [
        (
            lambda: check_upload(SimpleUploadedFile("a.docx", b"x" * 2000), rules=RULES),
            FileTooLarge,
            "Filen är för stor. Största tillåtna storlek är 0 MB.",
        ),
        (
            lambda: check_upload(SimpleUploadedFile("a.docx", b""), rules=RULES),
            EmptyFile,
            "Filen är tom.",
        ),
        (
            lambda: check_upload(SimpleUploadedFile("a.txt", b"text"), rules=RULES),
            WrongFileType,
            "Filen måste vara ett Word-dokument (.docx).",
        ),
        (
            lambda: check_upload(SimpleUploadedFile("a.DOC", b"text"), rules=RULES),
            WrongFileType,
            "Äldre Word-filer (.doc) kan inte läsas.",
        ),
        (
            lambda: open_office_zip(b"PK\x03\x04 broken", document="Word-dokument"),
            BrokenArchive,
            "Filen kunde inte läsas som Word-dokument. Den kan vara skadad eller lösenordsskyddad.",
        ),
        (
            lambda: open_office_zip(_zip({"a.xml": b"0" * 200_000}), document="Excel-fil"),
            ArchiveTooLarge,
            "Filen packas upp till orimligt mycket data och läses inte.",
        ),
        (
            lambda: open_office_zip(
                _zip({"a.xml": b"<a/>" + b" " * 5000}), document="Excel-fil", max_xml_part=1000
            ),
            XmlPartTooLarge,
            "Filen är för stor för att läsas",
        ),
    ],
    ids=["size", "empty", "type", "refused-type", "broken", "bomb", "xml-part"],
)
def test_each_check_refuses_with_its_own_type_and_a_swedish_message(settings, call, kind, message):
    settings.WORD_MAX_UPLOAD_BYTES = 1000
    refusal = _refusal(call)
    assert type(refusal) is kind
    assert str(refusal).startswith(message)


def test_archive_refusals_share_one_type():
    assert issubclass(BrokenArchive, UnsafeArchive)
    assert issubclass(ArchiveTooLarge, UnsafeArchive)
    assert issubclass(XmlPartTooLarge, UnsafeArchive)


def test_a_good_upload_comes_back_checked(settings):
    checked = check_upload(SimpleUploadedFile("Plan.DOCX", b"PK"), rules=RULES)
    assert (checked.name, checked.extension, checked.data) == ("Plan.DOCX", "docx", b"PK")


def test_reading_past_the_row_limit_raises_too_many_rows():
    budget = ReadBudget(max_rows=3, seconds=60)
    with pytest.raises(TooManyRows, match="fler än 3 rader") as refused:
        list(budget.rows(range(10)))
    assert refused.value.rows_read == 3


def test_reading_past_the_time_budget_raises_time_budget_exceeded(monkeypatch):
    ticks = itertools.count()
    monkeypatch.setattr("samla.uploads.monotonic", lambda: float(next(ticks)))
    budget = ReadBudget(max_rows=1000, seconds=5)
    with pytest.raises(TimeBudgetExceeded, match="5 sekunder") as refused:
        list(budget.rows(range(100)))
    assert 0 < refused.value.rows_read <= 5


# --- One kept preview, one confirm step ------------------------------------------


@pytest.fixture
def owner(world):
    return world.users["processledare"]


def _pending(owner, **fields) -> PendingUpload:
    values = {"kind": "test", "scope": "1", "user": owner, "payload": {"n": 1}} | fields
    return pending_upload_create(**values)


@pytest.mark.django_db
def test_confirming_saves_once_and_a_second_click_learns_where_it_was_saved(owner):
    pending = _pending(owner)
    saved = []
    args = {
        "kind": "test",
        "scope": "1",
        "token": pending.token,
        "user": owner,
        "url_of": lambda n: f"/sparad/{n}/",
    }
    assert pending_upload_confirm(**args, save=lambda payload: saved.append(payload) or 7) == 7
    with pytest.raises(AlreadySaved) as second:
        pending_upload_confirm(**args, save=saved.append)
    assert second.value.url == "/sparad/7/"
    with pytest.raises(AlreadySaved):
        pending_upload_get(kind="test", scope="1", token=pending.token, user=owner)
    assert saved == [{"n": 1}]
    assert PendingUpload.objects.get().payload == {}  # what was read is gone


@pytest.mark.django_db
@pytest.mark.parametrize("wrong", ["kind", "scope", "token", "user"])
def test_a_preview_is_confirmed_only_by_its_user_for_its_kind_and_scope(owner, world, wrong):
    pending = _pending(owner)
    args = {"kind": "test", "scope": "1", "token": pending.token, "user": owner}
    args[wrong] = {
        "kind": "other",
        "scope": "2",
        "token": uuid.uuid4(),
        "user": world.users["member"],
    }[wrong]
    with pytest.raises(PreviewGone):
        pending_upload_confirm(**args, save=lambda payload: pytest.fail("saved"), url_of=str)
    assert PendingUpload.objects.filter(pk=pending.pk).exists()


@pytest.mark.django_db
def test_an_expired_preview_cannot_be_confirmed_and_is_cleared_later(owner):
    old = _pending(owner)
    PendingUpload.objects.filter(pk=old.pk).update(expires_at=timezone.now())
    with pytest.raises(PreviewGone):
        pending_upload_confirm(
            kind="test",
            scope="1",
            token=old.token,
            user=owner,
            save=lambda p: pytest.fail(),
            url_of=str,
        )
    _pending(owner)
    assert not PendingUpload.objects.filter(pk=old.pk).exists()


@pytest.mark.django_db
def test_a_refused_save_rolls_back_and_removes_the_preview(owner, world):
    pending = _pending(owner)

    def refuse(payload):
        world.plan.activities.all().delete()
        raise ValidationError("Nej")

    before = world.plan.activities.count()
    with pytest.raises(ValidationError):
        pending_upload_confirm(
            kind="test", scope="1", token=pending.token, user=owner, save=refuse, url_of=str
        )
    assert world.plan.activities.count() == before
    assert not PendingUpload.objects.exists()


@pytest.mark.django_db
def test_a_failure_while_saving_keeps_the_preview_for_another_try(owner):
    pending = _pending(owner)

    def broken(payload):
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        pending_upload_confirm(
            kind="test", scope="1", token=pending.token, user=owner, save=broken, url_of=str
        )
    assert PendingUpload.objects.filter(pk=pending.pk).exists()


# --- Word and statistics both use it ----------------------------------------------


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _word_upload(client, world):
    return client.post(
        f"/{world.area.slug}/aktivitetsplaner/importera/",
        # A group without plans: the import is a new plan (no choice to make).
        {"file": SimpleUploadedFile("plan.docx", plan_2026()), "group": world.other_group.pk},
    )


@pytest.mark.django_db
def test_a_word_preview_is_kept_in_the_database_and_confirmed_from_another_session(world, owner):
    before = set(ActivityPlan.objects.values_list("pk", flat=True))
    response = _word_upload(_client(owner), world)
    assert response.status_code == 302
    pending = PendingUpload.objects.get()
    assert (pending.kind, pending.user) == ("plans.word", owner)
    assert str(pending.token) in response["Location"]
    # Another instance, another session: the preview is still there.
    saved = _client(owner).post(response["Location"])
    plan = ActivityPlan.objects.exclude(pk__in=before).get()
    assert saved["Location"] == plan.url("plans:plan_draft")
    assert PendingUpload.objects.get().payload == {}
    # A second click leads to the plan that was saved, and saves nothing more.
    again = _client(owner).post(response["Location"])
    assert again["Location"] == plan.url("plans:plan_draft")
    assert ActivityPlan.objects.exclude(pk__in=before).count() == 1


@pytest.mark.django_db
def test_an_expired_word_preview_is_not_shown_nor_saved(world, owner):
    location = _word_upload(_client(owner), world)["Location"]
    PendingUpload.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    before = ActivityPlan.objects.count()
    for method in ("get", "post"):
        response = getattr(_client(owner), method)(location)
        assert response.status_code == 302
        assert response["Location"] == f"/{world.area.slug}/aktivitetsplaner/importera/"
        assert [str(m) for m in get_messages(response.wsgi_request)] == [PreviewGone.message]
    assert ActivityPlan.objects.count() == before


@pytest.mark.django_db
def test_another_processledare_cannot_confirm_my_word_preview(world, owner):
    location = _word_upload(_client(owner), world)["Location"]
    colleague = member_user(world.other_group, role=Membership.Role.PROCESS_LEADER)
    before = ActivityPlan.objects.count()
    response = _client(colleague).post(location)
    assert response.status_code == 302 and "importera/" in response["Location"]
    assert ActivityPlan.objects.count() == before
    assert PendingUpload.objects.count() == 1


@pytest.mark.django_db
def test_a_word_preview_whose_group_was_removed_starts_again_without_an_error(world, owner):
    client = _client(owner)
    location = _word_upload(client, world)["Location"]
    pending = PendingUpload.objects.get()
    pending.payload["group"] = 999_999
    pending.save()
    for method in (client.get, client.post):
        response = method(location)
        assert response.status_code == 302
        assert response["Location"] == f"/{world.area.slug}/aktivitetsplaner/importera/"


@pytest.mark.django_db
def test_a_statistics_preview_cannot_be_confirmed_at_the_word_address(world, owner):
    pending = pending_upload_create(
        kind="deviations.statistics",
        scope=str(world.area.pk),
        user=owner,
        payload={"file_name": "s.csv", "rows": []},
    )
    response = _client(owner).post(
        f"/{world.area.slug}/aktivitetsplaner/importera/{pending.token}/"
    )
    assert response.status_code == 302
    assert PendingUpload.objects.filter(pk=pending.pk).exists()


@pytest.mark.django_db
def test_an_expired_statistics_preview_is_not_saved(world, owner):
    pending = pending_upload_create(
        kind="deviations.statistics",
        scope=str(world.area.pk),
        user=owner,
        payload={"file_name": "s.csv", "rows": []},
    )
    PendingUpload.objects.update(expires_at=timezone.now())
    response = _client(owner).post(f"/{world.area.slug}/avvikelser/import/{pending.token}/")
    assert response.status_code == 302
    assert response["Location"] == f"/{world.area.slug}/avvikelser/import/"
    assert [str(m) for m in get_messages(response.wsgi_request)] == [PreviewGone.message]
    assert not StatisticsImport.objects.exists()


def test_no_check_compares_exception_texts():
    import inspect

    from deviations import importing
    from plans import word

    for module in (uploads, word, importing):
        assert "str(problem)" not in inspect.getsource(module)


@pytest.mark.django_db
def test_the_preview_lifetime_is_two_hours(owner):
    pending = _pending(owner)
    assert pending.expires_at - pending.created_at == timedelta(hours=2)
    assert get_user_model().objects.filter(pending_uploads=pending).get() == owner


@pytest.mark.django_db(transaction=True)
def test_two_confirmations_at_the_same_time_save_once(owner):
    import threading
    import time

    from django.db import connection

    pending = _pending(owner)
    saved, gone = [], []

    def save(payload):
        saved.append(payload)
        time.sleep(0.3)  # the other confirmation arrives meanwhile
        return len(saved)

    def confirm():
        try:
            pending_upload_confirm(
                kind="test", scope="1", token=pending.token, user=owner, save=save, url_of=str
            )
        except PreviewGone:
            gone.append(1)
        finally:
            connection.close()

    threads = [threading.Thread(target=confirm) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert (len(saved), len(gone)) == (1, 1)
