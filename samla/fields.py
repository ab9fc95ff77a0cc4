"""Model fields for text that people type: no patient data.

Declaring a free-text field with these instead of Django's own puts the
personnummer check on the field itself, so it runs wherever the model is
validated (``full_clean``): in every ModelForm, in the admin and in the
imports. ``tests/test_patient_data_guard.py`` fails for a CharField or
TextField of our apps that is neither guarded nor exempt for a stated reason.
"""

from django.db import models

from samla.patient_data import NoPersonalNumbers, validate_no_personal_numbers


class _RefusesPersonalNumbers:
    """Adds the personnummer validator to the field's own validators.

    It is an ordinary validator, so migrations record the field as Django's own
    with ``validators=[NoPersonalNumbers()]``: no schema change, and the same
    migration as writing the validator out by hand.
    """

    def __init__(self, *args, validators=(), **kwargs):
        validators = list(validators)
        if not any(isinstance(v, NoPersonalNumbers) for v in validators):
            validators.insert(0, validate_no_personal_numbers)
        super().__init__(*args, validators=validators, **kwargs)

    def deconstruct(self):
        name, _path, args, kwargs = super().deconstruct()
        return name, self.migration_path, args, kwargs


class FreeCharField(_RefusesPersonalNumbers, models.CharField):
    """A line of text a person types; refuses a personnummer or samordningsnummer."""

    migration_path = "django.db.models.CharField"


class FreeTextField(_RefusesPersonalNumbers, models.TextField):
    """Text a person types; refuses a personnummer or samordningsnummer."""

    migration_path = "django.db.models.TextField"
