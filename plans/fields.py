"""Model and form fields for partial dates."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.query_utils import DeferredAttribute

from plans.partial_dates import PartialDate, PartialDateError
from samla.patient_data import validate_no_personal_numbers


class PartialDateFormField(forms.CharField):
    """A text field that only accepts what :class:`PartialDate` understands."""

    widget = forms.Textarea(attrs={"rows": 2})

    def to_python(self, value):
        text = super().to_python(value)
        if not text:
            return None
        try:
            return PartialDate.parse(text)
        except PartialDateError as error:
            raise ValidationError(str(error), code="partial_date") from None

    def prepare_value(self, value):
        return value.text if isinstance(value, PartialDate) else value

    def run_validators(self, value):
        super().run_validators(value.text if isinstance(value, PartialDate) else value)


class PartialDateDescriptor(DeferredAttribute):
    """Text assigned to the attribute becomes a PartialDate at once, so an
    object reads the same before and after it has been saved."""

    def __set__(self, instance, value):
        if isinstance(value, str):
            value = PartialDate.lenient(value) if value.strip() else None
        instance.__dict__[self.field.attname] = value


class PartialDateField(models.CharField):
    """Stores the text a person wrote; gives it back as a :class:`PartialDate`.

    Stored text that cannot be understood (say, from an imported document) is
    kept as it is and comes back with ``valid`` false, so nothing is lost.
    """

    description = "Datum som det skrivs i en plan (t.ex. ”Våren 2026”)"
    descriptor_class = PartialDateDescriptor
    # Text that is not understood is kept as written, so it is checked as free text.
    default_validators = [validate_no_personal_numbers]

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 200)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", "")
        super().__init__(*args, **kwargs)

    def from_db_value(self, value, expression, connection):
        return PartialDate.lenient(value) if value else None

    def to_python(self, value):
        if value is None or isinstance(value, PartialDate):
            return value
        if not str(value).strip():
            return None
        try:
            return PartialDate.parse(str(value))
        except PartialDateError as error:
            raise ValidationError(str(error), code="partial_date") from None

    def run_validators(self, value):
        super().run_validators(value.text if isinstance(value, PartialDate) else value)

    def get_prep_value(self, value):
        if isinstance(value, PartialDate):
            return value.text
        return "" if value is None else str(value)

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def formfield(self, **kwargs):
        kwargs.setdefault("form_class", PartialDateFormField)
        return super().formfield(**kwargs)
