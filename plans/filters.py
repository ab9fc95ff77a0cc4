"""Filters of the meeting-day board (django-filter)."""

import django_filters
from django import forms

from nosam.models import Group, TargetGroup
from plans.board import SORT_ORDERS
from plans.models import Activity, PrioritisedGoal, Status

# "Ej angiven" is stored as "", which a filter would read as "no filter".
NOT_SET = "ej_angiven"
STATUS_CHOICES = [(value or NOT_SET, label) for value, label in Status.choices]


class BoardFilter(django_filters.FilterSet):
    target_group = django_filters.ModelChoiceFilter(
        field_name="plan__target_group",
        label="Målgrupp",
        queryset=TargetGroup.objects.none(),
        empty_label="Alla målgrupper",
    )
    goal = django_filters.ModelChoiceFilter(
        label="Mål", queryset=PrioritisedGoal.objects.none(), empty_label="Alla mål"
    )
    responsible = django_filters.CharFilter(lookup_expr="icontains", label="Ansvarig innehåller")
    status = django_filters.ChoiceFilter(
        choices=STATUS_CHOICES, method="filter_status", label="Status", empty_label="Alla"
    )

    class Meta:
        model = Activity
        fields = ["target_group", "goal", "responsible", "status"]

    def __init__(self, *args, group: Group, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["target_group"].queryset = TargetGroup.objects.filter(area_id=group.area_id)
        self.filters["goal"].queryset = PrioritisedGoal.objects.filter(plan__area_id=group.area_id)
        for name in ("target_group", "goal", "status"):
            self.form.fields[name].widget.attrs["class"] = "form-select"

    def filter_status(self, queryset, name, value):
        return queryset.filter(status="" if value == NOT_SET else value)


class BoardQuery(forms.Form):
    """``?visning=`` of the board (the normal page, a large screen, or print)
    and ``?sortera=`` (passed deadlines first, or by deadline, status, responsible)."""

    visning = forms.ChoiceField(
        label="Visning",
        required=False,
        choices=[("", "Vanlig"), ("storbild", "Storbild"), ("utskrift", "Utskrift")],
    )
    sortera = forms.ChoiceField(label="Sortera efter", required=False, choices=SORT_ORDERS)


class BoardRowForm(forms.Form):
    """The board an update from the meeting-day board came from (``tavla``)."""

    tavla = forms.ModelChoiceField(queryset=Group.objects.none())

    def __init__(self, *args, area, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["tavla"].queryset = Group.objects.filter(area=area).select_related("area")


class StatusForm(forms.Form):
    status = forms.ChoiceField(label="Status", choices=Status.choices, required=False)
