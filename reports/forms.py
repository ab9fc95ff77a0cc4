from django import forms
from django.forms import BaseModelFormSet, modelformset_factory
from django.utils import timezone

from reports.models import EconomyItem, Report, Section
from samla import forms as samla_forms
from samla.collation import swedish
from samla.patient_data import validate_no_personal_numbers


class ReportCreateForm(forms.Form):
    year = samla_forms.YearField()
    group = forms.ModelChoiceField(
        label="Grupp", required=False, empty_label="Hela området", queryset=None
    )

    def __init__(self, *args, area, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["group"].queryset = area.groups.order_by(swedish("name"))
        self.fields["year"].initial = timezone.localdate().year - 1


class ReportForm(forms.ModelForm):
    class Meta:
        model = Report
        fields = [
            "title",
            "subtitle",
            "report_date",
            "for_information_to",
            "content_owner",
            "content_owner_email",
        ]
        widgets = {"report_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}


class SectionForm(forms.ModelForm):
    class Meta:
        model = Section
        fields = ["title", "body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 12})}


class SectionAddForm(forms.Form):
    kind = forms.ChoiceField(label="Slag av avsnitt", choices=Section.Kind.choices)
    title = forms.CharField(
        label="Rubrik", max_length=200, validators=[validate_no_personal_numbers]
    )


class AdoptForm(forms.Form):
    adopted_by = forms.CharField(
        label="Fastställd av",
        max_length=200,
        initial="Samordningsgruppen",
        validators=[validate_no_personal_numbers],
    )
    adopted_on = forms.DateField(
        label="Fastställd den", widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["adopted_on"].initial = timezone.localdate()


class BaseEconomyFormSet(BaseModelFormSet):
    def clean(self):
        """The same line twice would be shown, and summed, twice."""
        super().clean()
        seen = set()
        for form in self.forms:
            data = getattr(form, "cleaned_data", None)
            if not data or data.get("DELETE") or not data.get("label"):
                continue
            key = (data.get("kind"), " ".join(data["label"].split()).casefold())
            if key in seen:
                kind = EconomyItem.Kind(data["kind"]).label.lower() if data.get("kind") else ""
                raise forms.ValidationError(
                    f"Posten ”{data['label']}” finns två gånger ({kind}). Ta bort den ena."
                )
            seen.add(key)


EconomyFormSet = modelformset_factory(
    EconomyItem,
    formset=BaseEconomyFormSet,
    fields=["kind", "label", "amount", "note"],
    formfield_callback=samla_forms.formfield,
    extra=3,
    can_delete=True,
    # Django builds as many forms as TOTAL_FORMS claims, up to absolute_max.
    max_num=samla_forms.MAX_FORMSET_ROWS,
    absolute_max=samla_forms.MAX_FORMSET_ROWS,
    validate_max=True,
)
