"""The design tokens (assets/scss/_tokens.scss) as data: the style guide shows
them and tests/test_design.py checks their contrast."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from django.conf import settings

from samla.numbers import format_decimal

TOKENS = Path(settings.BASE_DIR) / "assets" / "scss" / "_tokens.scss"
_COLOUR = re.compile(r"^\$(samla-[\w-]+):\s*(#[0-9a-fA-F]{6});")


# What each colour is for, in the style guide's words (the tokens file's
# comments are for developers, in English).
ROLES = {
    "samla-ink": "brödtext",
    "samla-muted": "sekundär text",
    "samla-blue": "primärfärg, länkar och sidhuvud",
    "samla-blue-dark": "länk under muspekaren",
    "samla-blue-tint": "markerad bakgrund",
    "samla-green": "klar, enligt plan",
    "samla-amber": "snart, kräver uppmärksamhet",
    "samla-red": "försenad, fara",
    "samla-surface": "sidband, tabellhuvuden",
    "samla-border": "ramar och linjer",
    "samla-focus": "fokusram, skild från länkfärgen",
}


@dataclass(frozen=True)
class Colour:
    name: str
    hex: str

    @property
    def role(self) -> str:
        return ROLES.get(self.name, "")

    @property
    def on_white(self) -> float:
        return contrast(self.hex, "#ffffff")

    @property
    def on_white_text(self) -> str:
        """The contrast against white as the style guide shows it: "15,7:1"."""
        return f"{format_decimal(round(Decimal(self.on_white), 1), min_places=1)}:1"


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(foreground: str, background: str) -> float:
    """WCAG 2.1 contrast ratio of two colours (#rrggbb)."""
    lighter, darker = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@lru_cache(maxsize=1)
def colours() -> tuple[Colour, ...]:
    """The colour tokens, in the order the file gives them."""
    if not TOKENS.exists():
        return ()
    found = []
    for line in TOKENS.read_text(encoding="utf-8").splitlines():
        match = _COLOUR.match(line.strip())
        if match:
            found.append(Colour(match[1], match[2].lower()))
    return tuple(found)
