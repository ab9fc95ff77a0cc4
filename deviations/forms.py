from django import forms

from deviations.models import Case, Finding
from deviations.statistics import Period
from plans.models import ActivityPlan, PrioritisedGoal
from samla import forms as samla_forms
from samla.patient_data import validate_no_personal_numbers


class UploadForm(forms.Form):
    file = forms.FileField(
        allow_empty_file=True,  # the reader explains an empty file in its own words
        label="Fil med statistik (CSV eller Excel .xlsx)",
        help_text="Använd mallen: År; Halvår; Rapporterande organisation; Mottagande "
        "organisation; Målgrupp; Kategori; Orsak; Antal.",
    )


class FindingForm(forms.ModelForm):
    year = samla_forms.YearField()

    class Meta:
        model = Finding
        fields = ["year", "half", "target_group", "finding", "measure", "meeting"]
        widgets = {
            "finding": forms.Textarea(attrs={"rows": 3}),
            "measure": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, area, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target_group"].queryset = area.target_groups.all()
        self.fields["meeting"].queryset = area.meetings.prefetch_related("groups").order_by(
            "-starts_at"
        )


class FindingActivityForm(forms.Form):
    """Turn a finding's measure into an activity, or link an existing one."""

    plan = forms.ModelChoiceField(
        label="Aktivitetsplan", queryset=ActivityPlan.objects.none(), required=False
    )
    goal = forms.ModelChoiceField(
        label="Prioriterat mål",
        queryset=PrioritisedGoal.objects.none(),
        required=False,
        empty_label="Eget mål: förbättringsåtgärd från avvikelser",
    )
    what = forms.CharField(
        label="Aktivitet (Vad)",
        required=False,
        max_length=300,
        validators=[validate_no_personal_numbers],
    )
    existing = samla_forms.IntegerField(
        label="…eller koppla till befintlig aktivitet (nummer)", required=False, min_value=1
    )

    def __init__(self, *args, area, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["plan"].queryset = ActivityPlan.objects.filter(group__area=area).select_related(
            "target_group", "group"
        )
        self.fields["goal"].queryset = PrioritisedGoal.objects.filter(plan__area=area)

    def clean(self):
        data = super().clean()
        if not data.get("existing") and not (data.get("plan") and data.get("what")):
            raise forms.ValidationError(
                "Välj plan och skriv aktiviteten, eller ange en befintlig aktivitet."
            )
        return data


class CaseForm(forms.ModelForm):
    month = forms.DateField(
        label="Månad",
        input_formats=["%Y-%m", "%Y-%m-%d"],
        widget=forms.DateInput(attrs={"type": "month"}, format="%Y-%m"),
    )

    class Meta:
        model = Case
        fields = [
            "reference",
            "month",
            "reporting",
            "receiving",
            "category",
            "summary",
            "published",
            "meeting",
        ]
        widgets = {"summary": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, area, **kwargs):
        super().__init__(*args, **kwargs)
        organisations = area.organisations.all()
        self.fields["reporting"].queryset = organisations
        self.fields["receiving"].queryset = organisations
        self.fields["category"].queryset = area.deviation_categories.filter(active=True)
        self.fields["meeting"].queryset = area.meetings.order_by("-starts_at")

    def clean_month(self):
        return self.cleaned_data["month"].replace(day=1)


class PeriodField(forms.Field):
    """A half-year ("2025-2") or a year ("2025") in an address."""

    def to_python(self, value):
        text = str(value or "").strip()
        if not text:
            return None
        period = Period.parse(text[:20])
        if period is None or len(text) > 20:
            raise forms.ValidationError(
                "Ange ett halvår som 2025-1 eller 2025-2, eller ett år som 2025.", code="invalid"
            )
        return period


class StatisticsQuery(forms.Form):
    period = PeriodField(label="Halvår", required=False)


class GoalQuery(forms.Form):
    period = PeriodField(label="Period", required=False)
    baseline = PeriodField(label="Jämfört med", required=False)
