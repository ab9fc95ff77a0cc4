"""Swedish alphabetical order (… x, y, z, å, ä, ö) on SQLite and PostgreSQL.

PostgreSQL uses the ICU collation ``sv-x-icu``. SQLite has no Swedish
collation, so ``samla.db.sqlite3`` registers ``swedish`` on every connection,
backed by :func:`swedish_sort_key`. Use :func:`swedish` in ``order_by`` and
``Meta.ordering`` instead of a bare field name when a list is sorted by name.
"""

import unicodedata

from django.db.models import Func

POSTGRESQL_COLLATION = "sv-x-icu"
SQLITE_COLLATION = "swedish"

# Letters with their own place at the end of the Swedish alphabet, and
# foreign letters that Swedish dictionaries file beside them.
_TAIL_LETTERS = {"å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}"}
_SAME_AS = {"ü": "y"}


def _base_letter(char: str) -> str:
    if not char.isalnum() and not char.isspace():
        # Punctuation and symbols file before digits and letters, as in ICU:
        # "Alingsås – Barn" before "Alingsås och" (U+2013 would sort last).
        return "!"
    if char in _TAIL_LETTERS:
        return _TAIL_LETTERS[char]
    if char in _SAME_AS:
        return _SAME_AS[char]
    decomposed = unicodedata.normalize("NFD", char)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def swedish_sort_key(value: str) -> tuple[str, str]:
    """Key that sorts strings as a Swedish dictionary does.

    Primary: letters without case or accents (é = e), with å, ä, ö after z.
    Secondary: the string itself, so the order is total and stable.
    """
    folded = value.casefold()
    primary = "".join(_base_letter(c) for c in folded)
    return primary, value


def swedish_compare(left: str, right: str) -> int:
    a, b = swedish_sort_key(left), swedish_sort_key(right)
    return (a > b) - (a < b)


class Swedish(Func):
    """``expression COLLATE <swedish>`` for the database in use."""

    template = "%(expressions)s"

    def as_sql(self, compiler, connection, **extra_context):
        sql, params = super().as_sql(compiler, connection, **extra_context)
        if connection.vendor == "postgresql":
            return f'{sql} COLLATE "{POSTGRESQL_COLLATION}"', params
        if connection.vendor == "sqlite":
            return f"{sql} COLLATE {SQLITE_COLLATION}", params
        return sql, params


def swedish(field: str, descending: bool = False):
    """Ordering expression for ``field`` in Swedish alphabetical order."""
    expression = Swedish(field)
    return expression.desc() if descending else expression.asc()
