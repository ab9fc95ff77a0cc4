"""What the site search finds, without the apps knowing the site.

The search index belongs to ``website``, the top layer, but what is worth
finding lives in the layers below it. So the hook is here, in the bottom layer:

- each app describes its own published content: ``@searchable(Model, ...)``
  registers a function that turns one object into the entries the search
  shows (nothing for a draft), and says where all such objects are;
- a service that changes what is published calls ``content_changed(obj)``;
- ``website`` listens to the ``changed`` signal and keeps its index from the
  descriptions (``website.indexing``), and rebuilds it from ``registered()``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from django.db import models
from django.dispatch import Signal


class Kind(models.TextChoices):
    PLAN = "plan", "Aktivitetsplan"
    ACTIVITY = "aktivitet", "Aktivitet"
    ACTION_PLAN = "handlingsplan", "Handlingsplan"
    MINUTES = "minnesanteckningar", "Minnesanteckningar"
    GROUP = "grupp", "Grupp"
    REPORT = "rapport", "Årsrapport"


@dataclass(frozen=True)
class Entry:
    """One thing the search can find, with the words shown around a hit."""

    kind: Kind
    title: str
    where: str  # where the hit is, for the reader
    body: str
    url: str
    published_at: datetime


# describe(obj, now=...) -> the object's entries; ``now`` is the moment of
# indexing, for content that has no publication time of its own (a group's texts).
Describe = Callable[..., list[Entry]]


@dataclass(frozen=True)
class Searchable:
    model: type[models.Model]
    prefix: str  # an object's entries are kept and replaced under "<prefix>:<pk>"
    describe: Describe
    everything: Callable[[], models.QuerySet]  # every object, for a full rebuild

    def source(self, obj) -> str:
        return f"{self.prefix}:{obj.pk}"


_REGISTRY: dict[type[models.Model], Searchable] = {}

# Sent with ``instance`` when the published content of an object changed.
changed = Signal()


def searchable(model, *, prefix: str, everything: Callable[[], models.QuerySet]):
    """Register ``describe`` (the decorated function) for the objects of ``model``.

    Each object must answer ``.area``: the search is per area.
    """

    def register(describe: Describe) -> Describe:
        _REGISTRY[model] = Searchable(model, prefix, describe, everything)
        return describe

    return register


def searchable_for(obj) -> Searchable:
    return _REGISTRY[type(obj)]


def registered() -> list[Searchable]:
    return list(_REGISTRY.values())


def content_changed(obj) -> None:
    """Tell the search that what ``obj`` publishes changed (or was withdrawn)."""
    changed.send(sender=type(obj), instance=obj)
