"""Form fields for numbers as Swedes type them (see :mod:`samla.numbers`).

Number fields are text inputs: a browser's ``<input type="number">`` rewrites
what is typed by its own locale (Chromium turned "5,1" into 51) and shows
"51.00". These fields read the text with :func:`samla.numbers.parse_decimal`
and show values back as "5,1" or "1 234,5".

Model forms get them through :func:`formfield`, their ``formfield_callback``;
``tests/test_number_fields.py`` fails for a form with any other number field.
"""

from __future__ import annotations

from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.db import models

from samla.numbers import (
    DB_INT_MAX,
    YEAR_MAX,
    YEAR_MIN,
    NumberError,
    format_decimal,
    format_integer,
    parse_decimal,
    parse_integer,
)

# Rows of a formset (economy lines, agenda items). Django builds as many forms
# as the posted TOTAL_FORMS says, up to absolute_max (default 2 000): a request
# claiming more held a worker for 40 s.
MAX_FORMSET_ROWS = 100


def _is_number(value) -> bool:
    return isinstance(value, int | Decimal) and not isinstance(value, bool)


class DecimalField(forms.DecimalField):
    widget = forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"})

    def __init__(self, *, min_places: int = 0, **kwargs):
        self.min_places = min_places
        super().__init__(**kwargs)

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if _is_number(value):
            return Decimal(value)
        try:
            return parse_decimal(value)
        except NumberError as error:
            raise ValidationError(str(error), code="invalid") from None

    def prepare_value(self, value):
        if _is_number(value):
            return format_decimal(value, min_places=self.min_places)
        return value


class IntegerField(forms.IntegerField):
    widget = forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"})

    def __init__(self, *, grouping: bool = False, **kwargs):
        self.grouping = grouping
        # The same bounds on SQLite as on PostgreSQL, whose integer column ends here.
        kwargs.setdefault("min_value", -DB_INT_MAX - 1)
        kwargs.setdefault("max_value", DB_INT_MAX)
        super().__init__(**kwargs)

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if _is_number(value):
            return int(value)
        try:
            return parse_integer(value)
        except NumberError as error:
            raise ValidationError(str(error), code="invalid") from None

    def prepare_value(self, value):
        if _is_number(value):
            return format_integer(value, grouping=self.grouping)
        return value


class YearField(IntegerField):
    """A year the portal works with (2000–2100)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", "År")
        kwargs.setdefault("min_value", YEAR_MIN)
        kwargs.setdefault("max_value", YEAR_MAX)
        super().__init__(**kwargs)


def formfield(db_field: models.Field, **kwargs) -> forms.Field | None:
    """``formfield_callback`` for model forms: number columns get the fields above."""
    if isinstance(db_field, models.DecimalField):
        return db_field.formfield(form_class=DecimalField, **kwargs)
    if isinstance(db_field, models.IntegerField) and not db_field.choices:
        return db_field.formfield(form_class=IntegerField, **kwargs)
    return db_field.formfield(**kwargs)
