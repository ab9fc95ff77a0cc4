"""Forms for meetings: details, agenda, attendance and minutes."""

from django import forms
from django.forms import BaseInlineFormSet, inlineformset_factory
from django.utils import timezone

from nosam.models import AgendaItem, Meeting, Organisation, Person
from nosam.selectors import AttendanceList
from nosam.services import AgendaLine
from samla.collation import swedish
from samla.forms import MAX_FORMSET_ROWS, YearField


class MeetingForm(forms.ModelForm):
    starts_at = forms.DateTimeField(
        label="Börjar",
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )
    ends_at = forms.DateTimeField(
        label="Slutar",
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )

    class Meta:
        model = Meeting
        fields = [
            "groups",
            "title",
            "starts_at",
            "ends_at",
            "place",
            "is_digital",
            "minutes_target_group",
        ]
        widgets = {"groups": forms.CheckboxSelectMultiple}

    def __init__(self, *args, area, groups, own_groups=None, **kwargs):
        """``groups``: those the user may hold the meeting with. Groups of an
        existing meeting outside them are kept as they are. ``own_groups``: if
        given, the meeting must name at least one of them."""
        super().__init__(*args, **kwargs)
        self.area = area
        self.own_groups = own_groups
        self.fields["groups"].queryset = groups.order_by(swedish("name"))
        self.kept_groups = (
            list(self.instance.groups.exclude(pk__in=groups)) if self.instance.pk else []
        )
        self.fields["minutes_target_group"].queryset = area.target_groups.all()
        self.fields["groups"].help_text = "Välj flera grupper för ett gemensamt möte (Stor NOSAM)."

    def clean_groups(self):
        chosen = [*self.cleaned_data["groups"], *self.kept_groups]
        if self.own_groups is not None and not any(g.pk in self.own_groups for g in chosen):
            raise forms.ValidationError(
                "Välj minst en av dina egna grupper. Ett möte för bara andra grupper "
                "läggs in av deras ledamöter eller av processledaren."
            )
        return chosen

    def clean(self):
        data = super().clean()
        starts, ends = data.get("starts_at"), data.get("ends_at")
        if starts and ends and ends < starts:
            self.add_error("ends_at", "Mötet kan inte sluta innan det börjar.")
        return data


class AgendaItemForm(forms.ModelForm):
    class Meta:
        model = AgendaItem
        fields = ["title", "activity"]
        labels = {"title": "Punkt", "activity": "Gäller aktivitet (valfritt)"}


class AgendaFormSet(BaseInlineFormSet):
    def lines(self) -> list[AgendaLine]:
        """The agenda as data for ``meeting_save``: what was added, changed or
        removed; blank extra rows and untouched points are left out."""
        lines = []
        for form in self.forms:
            pk = form.instance.pk
            if self._should_delete_form(form):
                if pk is not None:
                    lines.append(AgendaLine(title=form.instance.title, pk=pk, delete=True))
            elif form.has_changed():
                data = form.cleaned_data
                lines.append(AgendaLine(title=data["title"], activity=data["activity"], pk=pk))
        return lines


def agenda_formset(*, activities, data=None, instance=None):
    formset_class = inlineformset_factory(
        Meeting,
        AgendaItem,
        form=AgendaItemForm,
        formset=AgendaFormSet,
        extra=3,
        can_delete=True,
        # Django builds as many forms as TOTAL_FORMS claims, up to absolute_max.
        max_num=MAX_FORMSET_ROWS,
        absolute_max=MAX_FORMSET_ROWS,
        validate_max=True,
    )
    formset = formset_class(data, instance=instance or Meeting(), prefix="dagordning")
    for form in formset.forms:
        form.fields["activity"].queryset = activities
        form.fields["activity"].empty_label = "Ingen särskild aktivitet"
    return formset


class AttendanceForm(forms.Form):
    """A checkbox per organisation and per person listed (were they there?),
    and a choice of one more of each from the meeting's area, added as present."""

    def __init__(self, *args, attendance: AttendanceList, **kwargs):
        super().__init__(*args, **kwargs)
        self.attendance = attendance
        for organisation in attendance.organisations:
            self.fields[f"org_{organisation.pk}"] = forms.BooleanField(
                label=organisation.name,
                required=False,
                initial=organisation.pk in attendance.present_organisations,
            )
        for person, seat in attendance.people:
            self.fields[f"person_{person.pk}"] = forms.BooleanField(
                label=f"{person.name} ({seat})" if seat else person.name,
                required=False,
                initial=person.pk in attendance.present_people,
            )
        self.fields["add_organisation"] = forms.ModelChoiceField(
            label="Lägg till en organisation som inte förväntades",
            queryset=attendance.other_organisations,
            required=False,
            empty_label="Ingen",
            help_text="Organisationen registreras som närvarande.",
        )
        self.fields["add_person"] = forms.ModelChoiceField(
            label="Lägg till en person från samverkansområdet",
            queryset=attendance.other_people,
            required=False,
            empty_label="Ingen",
            help_text="Personen registreras som närvarande.",
        )

    def organisation_fields(self):
        return [self[f"org_{o.pk}"] for o in self.attendance.organisations]

    def person_fields(self):
        return [self[f"person_{p.pk}"] for p, _ in self.attendance.people]

    def organisations(self) -> list[Organisation]:
        added = self.cleaned_data.get("add_organisation")
        return [*self.attendance.organisations, *([added] if added else [])]

    def present_ids(self) -> set[int]:
        added = self.cleaned_data.get("add_organisation")
        return {
            organisation.pk
            for organisation in self.attendance.organisations
            if self.cleaned_data.get(f"org_{organisation.pk}")
        } | ({added.pk} if added else set())

    def people(self) -> list[Person]:
        added = self.cleaned_data.get("add_person")
        return [*(p for p, _ in self.attendance.people), *([added] if added else [])]

    def present_people(self) -> set[int]:
        added = self.cleaned_data.get("add_person")
        return {
            person.pk
            for person, _ in self.attendance.people
            if self.cleaned_data.get(f"person_{person.pk}")
        } | ({added.pk} if added else set())

    def added(self) -> list[str]:
        """The names of those added to the list."""
        chosen = [self.cleaned_data.get("add_organisation"), self.cleaned_data.get("add_person")]
        return [str(choice) for choice in chosen if choice]


class MinutesForm(forms.ModelForm):
    class Meta:
        model = Meeting
        fields = ["minutes", "minutes_published"]
        widgets = {"minutes": forms.Textarea(attrs={"rows": 14})}
        labels = {"minutes_published": "Publicera minnesanteckningarna på webbplatsen"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.instance.has_started():
            when = timezone.localtime(self.instance.starts_at)
            self.fields[
                "minutes_published"
            ].help_text = (
                f"Kan publiceras när mötet har börjat, {when:%Y-%m-%d} klockan {when:%H:%M}."
            )


class RepresentationQuery(forms.Form):
    """``?ar=2025`` on the representation page."""

    ar = YearField(required=False)
