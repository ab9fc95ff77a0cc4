"""Forms for editing plans, activities and follow-ups."""

import json

from django import forms
from django.urls import reverse
from django.utils import timezone

from nosam.models import Area, Group, Organisation, Person
from plans.fields import PartialDateFormField
from plans.models import EDITABLE_ACTIVITY_FIELDS, Activity, ActivityPlan, FollowUp, Status
from plans.owners import (
    OwnerSuggestion,
    area_organisations,
    owner_suggestion_of,
    suggest_owners,
)
from plans.partial_dates import ACCEPTED_FORMS, PartialDate, PartialDateError
from plans.versioning import FIRST_VERSION, VersionNumber
from samla import forms as samla_forms
from samla.collation import swedish
from samla.patient_data import validate_no_personal_numbers

DATE_FIELDS = ("start", "deadline")
# Said once per form, above its date fields, and read out with each of them.
DATE_HELP = (
    "Skriv datum som i planen, ett per rad, i någon av formerna: "
    + "; ".join(f"”{form}”" for form in ACCEPTED_FORMS)
    + "."
)


def interpretation(value) -> str:
    """How the portal reads a date field's current value, for the form."""
    if isinstance(value, PartialDate):
        return f"{value.text} → {value.interval_text()}".replace("\n", " / ")
    if value and str(value).strip():
        try:
            parsed = PartialDate.parse(str(value))
        except PartialDateError:
            return ""
        return interpretation(parsed)
    return ""


class DescribedBoundField(forms.BoundField):
    """A field described by its own help and errors (as Django links them) and
    by text the form shows once for several fields (``form.described_by``)."""

    @property
    def aria_describedby(self):
        ids = [super().aria_describedby or "", *self.form.described_by.get(self.name, ())]
        return " ".join(filter(None, ids))


OWNER_FIELDS = ("owner_people", "owner_groups", "owner_organisations")


def _owner_field(label: str, model) -> forms.ModelMultipleChoiceField:
    return forms.ModelMultipleChoiceField(
        label=label,
        queryset=model.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )


class ActivityForm(forms.ModelForm):
    """One activity of a plan. ``lock_version`` detects edits made meanwhile.

    Whom "Beslut Vem/Ansvarig" means is chosen among the plan's area's people,
    groups and organisations; an activity not yet linked is offered what its
    text names."""

    bound_field_class = DescribedBoundField
    date_help = DATE_HELP
    lock_version = samla_forms.IntegerField(widget=forms.HiddenInput, min_value=0)
    start = PartialDateFormField(label="Startdatum", required=False)
    deadline = PartialDateFormField(label="Deadline/slutdatum", required=False)
    owner_people = _owner_field("Personer", Person)
    owner_groups = _owner_field("Grupper", Group)
    owner_organisations = _owner_field("Organisationer", Organisation)

    class Meta:
        model = Activity
        fields = EDITABLE_ACTIVITY_FIELDS
        labels = {
            "goal": "Mål (prioriterat mål enligt samverkansplanen)",
            "local_goal": "…eller ett eget mål för planen",
            "what": "Vad",
            "how": "Hur",
            "responsible": "Beslut Vem/Ansvarig",
            "measure": "Uppföljning, mätetal, utfallsmått",
        }
        widgets = {
            "local_goal": forms.TextInput(),
            "what": forms.Textarea(attrs={"rows": 2}),
            "how": forms.Textarea(attrs={"rows": 3}),
            "responsible": forms.Textarea(attrs={"rows": 2}),
            "measure": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, plan: ActivityPlan, **kwargs):
        instance = kwargs.get("instance")
        # Several rows may be edited on one page: ids must not collide.
        self.key = f"a{instance.pk}" if instance is not None and instance.pk else "ny"
        kwargs.setdefault("auto_id", f"{self.key}_%s")
        super().__init__(*args, **kwargs)
        self.plan = plan
        self.date_help_id = f"{self.key}-datumformer"
        # Its error first, then how the portal reads it, then the forms accepted.
        self.described_by = {
            name: (self.preview_id(name), self.date_help_id) for name in DATE_FIELDS
        }
        for name in DATE_FIELDS:
            self.fields[name].widget.attrs.update(
                {
                    "rows": 2,
                    "hx-post": reverse("plans:partial_date_preview"),
                    "hx-trigger": "input changed delay:300ms",
                    "hx-target": f"#{self.preview_id(name)}",
                    "hx-vals": json.dumps({"field": name}),
                }
            )
        goal = self.fields["goal"]
        goal.queryset = plan.collaboration_plan.goals.all()
        goal.empty_label = "Inget prioriterat mål – skriv ett eget nedan"
        self.fields["status"].choices = Status.choices
        self._owner_choices(plan.group.area)
        if not self.is_bound:
            self.initial.setdefault("lock_version", self.instance.lock_version)

    def _owner_choices(self, area: Area) -> None:
        """The area's people, groups and organisations (with their units), in
        Swedish order; a choice from elsewhere is refused as not among them."""
        fields = self.fields
        fields["owner_people"].queryset = Person.objects.of_area(area.pk).order_by(swedish("name"))
        fields["owner_groups"].queryset = area.groups.order_by(swedish("name"))
        fields["owner_organisations"].queryset = area_organisations(area).order_by(swedish("name"))
        # What the text said, when the links are suggestions from it (shown as a hint).
        self.suggested_from = ""
        if self.is_bound or self.instance.pk is None:
            return
        owners = owner_suggestion_of(self.instance)
        if not owners and self.instance.responsible.strip():
            owners = suggest_owners(self.instance.responsible, area)
            if owners:
                self.suggested_from = " ".join(self.instance.responsible.split())
        for name, chosen in zip(OWNER_FIELDS, _owner_lists(owners), strict=True):
            self.initial.setdefault(name, [obj.pk for obj in chosen])

    def owner_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in OWNER_FIELDS]

    def owners(self) -> OwnerSuggestion:
        """The chosen owners (after validation)."""
        data = self.cleaned_data
        return OwnerSuggestion(
            people=list(data["owner_people"]),
            groups=list(data["owner_groups"]),
            organisations=list(data["owner_organisations"]),
        )

    def preview_id(self, name: str) -> str:
        return f"{self.key}-tolkning-{name}"

    def date_fields(self) -> list[tuple[forms.BoundField, str, str]]:
        """(field, id of its reading, current reading) for the two date fields."""
        return [
            (self[name], self.preview_id(name), interpretation(self[name].value()))
            for name in DATE_FIELDS
        ]

    def clean(self):
        data = super().clean()
        goal, local_goal = data.get("goal"), (data.get("local_goal") or "").strip()
        if goal and local_goal:
            self.add_error(
                "local_goal", "Välj antingen ett prioriterat mål eller skriv ett eget, inte båda."
            )
        elif not goal and not local_goal:
            self.add_error("goal", "Välj ett prioriterat mål eller skriv ett eget mål för planen.")
        data["local_goal"] = local_goal
        return data


def _owner_lists(owners: OwnerSuggestion) -> tuple[list, list, list]:
    return owners.people, owners.groups, owners.organisations


class FollowUpForm(forms.ModelForm):
    new_status = forms.ChoiceField(
        label="Ny status", required=False, choices=[("-", "Oförändrad")] + list(Status.choices)
    )

    class Meta:
        model = FollowUp
        fields = ["date", "text", "new_status"]
        widgets = {
            "date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "text": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.initial.setdefault("date", timezone.localdate())
        self.initial.setdefault("new_status", "-")

    def clean_new_status(self):
        value = self.cleaned_data["new_status"]
        return None if value in ("-", None) else value


class PlanCreateForm(forms.ModelForm):
    year = samla_forms.YearField()

    class Meta:
        model = ActivityPlan
        fields = ["group", "target_group", "year", "title", "target_group_title"]
        labels = {"title": "Titel"}

    def __init__(self, *args, area: Area, **kwargs):
        super().__init__(*args, **kwargs)
        self.area = area
        self.fields["group"].queryset = area.groups.order_by(swedish("name"))
        self.fields["target_group"].queryset = area.target_groups.all()
        self.fields["year"].initial = timezone.localdate().year
        self.fields["title"].initial = "Aktivitetsplan"

    def clean(self):
        data = super().clean()
        if not self.area.collaboration_plans.exists():
            raise forms.ValidationError(
                "Området saknar samverkansplan. Lägg in samverkansplanen först."
            )
        return data


class PlanTextsForm(forms.ModelForm):
    class Meta:
        model = ActivityPlan
        fields = [
            "title",
            "target_group_title",
            "introduction",
            "purpose",
            "target_group_text",
            "shifts",
            "goals",
        ]
        widgets = {
            "shifts": forms.CheckboxSelectMultiple,
            "goals": forms.CheckboxSelectMultiple,
            "introduction": forms.Textarea(attrs={"rows": 3}),
            "purpose": forms.Textarea(attrs={"rows": 4}),
            "target_group_text": forms.Textarea(attrs={"rows": 4}),
        }
        labels = {"title": "Titel", "goals": "Prioriterade mål som planen hänvisar till"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        collaboration_plan = self.instance.collaboration_plan
        self.fields["shifts"].queryset = collaboration_plan.shifts.all()
        self.fields["goals"].queryset = collaboration_plan.goals.all()


class PublishForm(forms.Form):
    step = forms.ChoiceField(label="Ny version", widget=forms.RadioSelect)
    version_date = forms.DateField(
        label="Versionsdatum",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    note = forms.CharField(
        label="Vad har ändrats?",
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Visas i versionshistoriken, t.ex. ”Uppföljning våren 2026”.",
    )

    def __init__(self, *args, current: VersionNumber | None, **kwargs):
        super().__init__(*args, **kwargs)
        if current is None:
            choices = [("major", f"{FIRST_VERSION} (första publicerade versionen)")]
        else:
            choices = [
                ("minor", f"{current.next_minor()} – mindre ändring"),
                ("major", f"{current.next_major()} – större ändring"),
            ]
        self.fields["step"].choices = choices
        self.fields["step"].initial = choices[0][0]
        self.fields["version_date"].initial = timezone.localdate()

    def clean_note(self):
        note = self.cleaned_data["note"]
        validate_no_personal_numbers(note)
        return note


class CopyPlanForm(forms.Form):
    year = samla_forms.YearField(label="Till år")

    def __init__(self, *args, plan: ActivityPlan, **kwargs):
        super().__init__(*args, **kwargs)
        self.plan = plan
        self.fields["year"].initial = plan.year + 1

    def clean_year(self):
        year = self.cleaned_data["year"]
        if year <= self.plan.year:
            raise forms.ValidationError("Välj ett senare år än planens.")
        return year
