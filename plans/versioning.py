"""Version numbers of published plans: "2.9", then "2.10" (minor) or "3.0" (major)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_PATTERN = re.compile(r"^\s*(?:version\s*\.?\s*|v\.?\s*)?(\d{1,4})\.(\d{1,4})\s*$", re.IGNORECASE)


class VersionNumberError(ValueError):
    def __init__(self, text: str):
        super().__init__(
            f"Versionsnumret ”{text}” kunde inte tolkas. Skriv huvud- och delversion med punkt, "
            "t.ex. ”2.9” eller ”3.0”."
        )


@dataclass(frozen=True, order=True)
class VersionNumber:
    """Compares as numbers, so 2.10 comes after 2.9."""

    major: int
    minor: int

    @classmethod
    def parse(cls, text: str) -> VersionNumber:
        match = _PATTERN.match(text or "")
        if not match:
            raise VersionNumberError(text)
        return cls(int(match[1]), int(match[2]))

    def next_minor(self) -> VersionNumber:
        return VersionNumber(self.major, self.minor + 1)

    def next_major(self) -> VersionNumber:
        return VersionNumber(self.major + 1, 0)

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}"


FIRST_VERSION = VersionNumber(1, 0)
