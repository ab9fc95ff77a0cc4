"""Forms of the indicator pages: an indicator, a value, a file of values."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone

from indicators.models import Indicator, Source, TargetKind, check_count
from indicators.periods import parse_period
from nosam.models import Group
from samla import forms as samla_forms
from samla.patient_data import validate_no_personal_numbers

PERIOD_HELP = (
    "Som det skrivs: 2026, 2026 H1 (halvår), 2026 T2 (tertial), 2026 K3 (kvartal) eller 2026-05."
)


class IndicatorForm(forms.ModelForm):
    """An indicator of an activity or a goal (set on the instance before)."""

    class Meta:
        model = Indicator
        fields = [
            "name",
            "description",
            "unit",
            "direction",
            "source",
            "group",
            "period_type",
            "baseline_value",
            "baseline_period",
            "target_kind",
            "target_value",
            "target_period",
            "counts_events",
        ]
        formfield_callback = samla_forms.formfield
        labels = {
            "name": "Namn",
            "description": "Beskrivning",
            "unit": "Enhet",
            "direction": "Riktning",
            "source": "Var kommer värdena från?",
            "group": "Grupp",
            "period_type": "Period",
            "baseline_value": "Utgångsläge",
            "baseline_period": "Utgångsläget avser period",
            "target_kind": "Slag av mål",
            "target_value": "Målvärde",
            "target_period": "Målet ska vara nått",
            "counts_events": "Räknar händelser (t.ex. antal avvikelser)",
        }
        help_texts = {
            "name": "T.ex. ”Avvikelser i samverkan” eller ”Upprättade SIP”.",
            "unit": "T.ex. st, %, personer.",
            "source": "Mätetal från portalens egna uppgifter fylls i av sig själva: ingen skriver "
            "in de siffrorna två gånger.",
            "group": "För möten och representation: vems möten som räknas. Inget för avvikelser.",
            "period_type": "Hur ofta värdet mäts. Avvikelser mäts per halvår, möten och "
            "representation per år, vad som än väljs här.",
            "baseline_value": "Värdet när arbetet började, t.ex. 12 eller 5,1.",
            "baseline_period": PERIOD_HELP,
            "target_value": "Ett värde, eller med mål i procent förändringen från utgångsläget: "
            "100 betyder +100 %, alltså en fördubbling; −50 en halvering.",
            "target_period": "Perioden då målet ska vara nått. " + PERIOD_HELP,
            "counts_events": "Antal under tre visas som ”<3” på allmänna sidor, så att ingen "
            "enskild händelse kan pekas ut. Förvalt för nya mätetal; avmarkera för andelar, "
            "belopp och annat som inte är antal händelser.",
        }
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, area, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["group"].queryset = Group.objects.filter(area=area).order_by("name")
        self.fields["group"].empty_label = "Ingen grupp"
        if self.instance.pk is None and not self.is_bound:
            self.initial["counts_events"] = True  # privacy by default: a count hides 1s and 2s
        self.fields["target_kind"].choices = [
            (TargetKind.ABSOLUTE, "Ett värde att nå"),
            (TargetKind.RELATIVE, "En förändring från utgångsläget, i procent"),
        ]

    def clean(self):
        data = super().clean()
        source = data.get("source")
        if source in (Source.TYPED, Source.DEVIATIONS):
            data["group"] = None  # only meetings and representation are counted per group
            self.instance.group = None
        return data


class ValueForm(forms.Form):
    """One value of one period. With ``indicators`` (the board), which one it is for."""

    indicator = forms.ModelChoiceField(
        label="Mätetal", queryset=Indicator.objects.none(), empty_label=None
    )
    period = forms.CharField(label="Period", max_length=20, help_text=PERIOD_HELP)
    value = samla_forms.DecimalField(
        label="Värde",
        max_digits=14,
        decimal_places=2,
        help_text="T.ex. 12, 5,1 eller 1 234,5. Värdet blir publikt, i planens PDF och på sidan om "
        "målen, när planen publiceras nästa gång (antal under tre som ”<3”).",
    )
    source = forms.CharField(
        label="Källa",
        max_length=200,
        required=False,
        help_text="Var siffran kommer från. Visas även publikt; kommentaren visas bara internt.",
        validators=[validate_no_personal_numbers],
    )
    comment = forms.CharField(
        label="Kommentar",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        validators=[validate_no_personal_numbers],
    )

    def __init__(self, *args, indicator=None, indicators=None, **kwargs):
        super().__init__(*args, **kwargs)
        if indicator is not None:
            del self.fields["indicator"]
            self.fixed = indicator
        else:
            self.fixed = None
            self.fields["indicator"].queryset = indicators

    @property
    def chosen(self) -> Indicator | None:
        if self.fixed is not None:
            return self.fixed
        return self.cleaned_data.get("indicator") if hasattr(self, "cleaned_data") else None

    def clean(self):
        data = super().clean()
        indicator = self.chosen
        text = data.get("period")
        if indicator is not None and text:
            if indicator.is_derived:
                raise ValidationError(
                    "Mätetalet fylls i av portalens egna uppgifter och tar inga inskrivna värden."
                )
            try:
                data["period"] = parse_period(text, indicator.source_period_type)
                data["period"].check_has_begun(timezone.localdate())
            except ValidationError as error:
                self.add_error("period", error)
        if indicator is not None and indicator.counts_events and data.get("value") is not None:
            try:
                check_count(data["value"], "value")
            except ValidationError as error:
                self.add_error(None, error)
        return data


class UploadForm(forms.Form):
    file = forms.FileField(
        allow_empty_file=True,  # the reader explains an empty file in its own words
        label="Fil med mätvärden (CSV eller Excel .xlsx)",
        help_text="Använd mallen: mätetal-id; mätetal; period; värde; källa; kommentar.",
    )
