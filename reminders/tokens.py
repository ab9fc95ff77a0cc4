"""One-click unsubscribe: a signed token naming a person and a kind of
reminder. It needs no login, and it can turn off that one kind only."""

from __future__ import annotations

from django.core import signing

from reminders.models import Kind

SALT = "reminders.unsubscribe"


def unsubscribe_token(person_id: int, kind: str) -> str:
    return signing.Signer(salt=SALT).sign_object({"p": person_id, "k": str(kind)}, compress=False)


def read_token(token: str) -> tuple[int, Kind] | None:
    """(person id, kind) of a genuine token; None for anything else."""
    try:
        data = signing.Signer(salt=SALT).unsign_object(token)
        return int(data["p"]), Kind(data["k"])
    except (signing.BadSignature, ValueError, TypeError, KeyError):
        return None
