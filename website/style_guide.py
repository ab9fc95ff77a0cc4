"""The living style guide (/stil/): every component of the design system,
rendered from the real templates with example data. Public: it shows no data
of anyone's."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from django import forms
from django.shortcuts import render
from django.views.decorators.http import require_safe

from plans.display import status_badge
from plans.models import Status
from samla.access import public
from samla.components import Link
from samla.design import colours


class ExampleForm(forms.Form):
    title = forms.CharField(
        label="Aktivitet", help_text="Vad ska göras? Högst 300 tecken.", max_length=300
    )
    deadline = forms.CharField(
        label="Deadline/slutdatum",
        help_text="Ett datum (2026-10-06), en månad (Oktober 2025) eller en termin.",
    )


def _example_plan():
    group = SimpleNamespace(name="NOSAM Alingsås och Lerum")
    plan = SimpleNamespace(
        full_title="Aktivitetsplan för NOSAM i Alingsås och Lerum, Psykisk ohälsa 2026",
        get_absolute_url="#planer",
        group=group,
    )
    return plan, SimpleNamespace(label="2.9", version_date=date(2026, 5, 21))


@require_safe
@public
def style_guide(request):
    plan, version = _example_plan()
    context = {
        "colours": colours(),
        "statuses": [status_badge(s.value, s.label) for s in Status],
        "form": ExampleForm({"title": "Psykiatrins dag", "deadline": ""}),
        "plan": plan,
        "version": version,
        "downloads": [Link("PDF", "#pdf"), Link("Word", "#word"), Link("Excel", "#excel")],
        "kicker": "Formspråk",
        "lead": "Färger, typografi och komponenter, visade med de mallar sidorna själva använder.",
        "action": Link("Till komponenterna", "#komponenter"),
        "empty_text": "Gruppen har inga egna planer. Planen för gruppen ovanför gäller.",
        "notices": [
            {
                "kind": "info",
                "title": "Utkast",
                "text": "Ändringar syns först när planen publiceras.",
            },
            {"kind": "success", "title": "Sparat", "text": "Status ändrad till Pågår."},
            {
                "kind": "warning",
                "title": "Kontrollera gruppen",
                "text": "Rubriken nämner en annan grupp.",
            },
            {"kind": "danger", "title": "Kunde inte sparas", "text": "Filen är större än 10 MB."},
        ],
        "columns": ["Avvikelsetyp", "2024 H1", "2024 H2"],
        "rows": [["Utskrivning", "12", "9"], ["Läkemedel", "<3", "4"], ["SIP", "5", "<3"]],
    }
    return render(request, "website/style_guide.html", context)
