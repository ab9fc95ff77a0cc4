"""What the design system's includes (templates/components/) are given."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Link:
    """A labelled address: a menu item, a page's primary action."""

    label: str
    url: str
