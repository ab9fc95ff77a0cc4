"""Which reminders a person wants, on Mina sidor: one checkbox per kind."""

from django import forms
from django.db import transaction

from nosam.models import Person
from reminders.models import Kind, OptOut

WHO_GETS = {
    Kind.DEADLINE: "När en deadline för en av dina aktiviteter närmar sig eller har passerat.",
    Kind.STALE: "När en av dina aktiviteter inte har följts upp inom gruppens gräns.",
    Kind.DIGEST: "Till gruppens medlemmar några dagar före varje möte: dagordning och läget.",
    Kind.WEEKLY: "Skickas bara till processledare, en gång i veckan.",
}
NOT_FOR_YOU = " Du är inte processledare och får den inte nu."


class ReminderPreferencesForm(forms.Form):
    """Every kind is on until turned off; turned off is an ``OptOut`` row."""

    prefix = "paminnelse"

    def __init__(self, *args, person: Person, is_process_leader: bool, **kwargs):
        off = set(person.reminder_opt_outs.values_list("kind", flat=True))
        kwargs.setdefault("initial", {kind.value: kind.value not in off for kind in Kind})
        super().__init__(*args, **kwargs)
        self.person = person
        for kind in Kind:
            help_text = WHO_GETS[kind]
            if kind == Kind.WEEKLY and not is_process_leader:
                help_text += NOT_FOR_YOU
            self.fields[kind.value] = forms.BooleanField(
                label=kind.label, required=False, help_text=help_text
            )

    def save(self) -> None:
        wanted = {kind for kind in Kind if self.cleaned_data[kind.value]}
        with transaction.atomic():
            OptOut.objects.filter(person=self.person, kind__in=wanted).delete()
            for kind in set(Kind) - wanted:
                OptOut.objects.get_or_create(person=self.person, kind=kind)
