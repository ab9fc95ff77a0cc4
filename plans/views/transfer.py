"""Bring a plan in from Word: upload, preview with warnings, save as a draft."""

import uuid

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from nosam.lookups import get_area
from nosam.models import TargetGroup
from plans import services
from plans.documents import PlanDocument
from plans.models import CollaborationPlan
from plans.word import ImportedPlan, WordRejected, read_word_plan
from samla.access import rule

SESSION_KEY = "word-import:{}"
NO_YEAR = "Året kunde inte läsas ur dokumentet. Skriv året under rubriken."


class WordUploadForm(forms.Form):
    file = forms.FileField(label="Word-dokument (.docx)", allow_empty_file=True)
    group = forms.ModelChoiceField(label="Grupp som planen tillhör", queryset=None)
    target_group = forms.ModelChoiceField(
        label="Målgrupp",
        queryset=None,
        required=False,
        empty_label="Läs ur dokumentet",
    )

    def __init__(self, *args, area, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["group"].queryset = area.groups.all()
        self.fields["target_group"].queryset = area.target_groups.all()


def _target_group(area, imported: ImportedPlan):
    wanted = " ".join(imported.target_group_text.casefold().split())
    for target_group in TargetGroup.objects.filter(area=area):
        names = [target_group.name, *target_group.other_names.splitlines()]
        if wanted and any(" ".join(n.casefold().split()) == wanted for n in names):
            return target_group
    return None


YEAR_MISSING = {
    "aktivitetsplan": "Året kunde inte läsas ur dokumentet. Skriv året under rubriken.",
    "handlingsplan": "Året kunde inte läsas ur dokumentet. Skriv åren i rubriken, t.ex. "
    "”Handlingsplan 2021 – 2022 för …”.",
}


@require_http_methods(["GET", "POST"])
@rule("plans.add_plan", get_area)
def word_import(request, area):
    form = WordUploadForm(request.POST or None, request.FILES or None, area=area)
    if form.is_valid():
        try:
            imported = read_word_plan(form.cleaned_data["file"], area=area)
        except WordRejected as rejected:
            form.add_error("file", str(rejected))
        else:
            if imported.year is None:
                form.add_error("file", YEAR_MISSING[imported.kind])
            else:
                target_group = form.cleaned_data["target_group"] or _target_group(area, imported)
                token = uuid.uuid4().hex
                request.session[SESSION_KEY.format(token)] = {
                    "plan": imported.to_json(),
                    "group": form.cleaned_data["group"].pk,
                    "target_group": target_group.pk if target_group else None,
                }
                return redirect("plans:word_import_preview", area=area.slug, token=token)
    status = 400 if form.errors else 200
    return render(request, "plans/word_import.html", {"area": area, "form": form}, status=status)


def _snapshot(imported: ImportedPlan, area, target_group) -> dict:
    """The imported plan in the shape the plan page draws, for the preview."""
    collaboration = CollaborationPlan.objects.current(area)
    goals = {g.pk: g.text for g in collaboration.goals.all()} if collaboration else {}
    shifts = {s.pk: s.text for s in collaboration.shifts.all()} if collaboration else {}
    return {
        "plan": {
            "title": imported.title,
            "group": "",
            "target_group": imported.target_group_text
            or (target_group.name if target_group else ""),
            "year": imported.year,
            "introduction": imported.introduction,
            "purpose": imported.purpose,
            "shifts": [shifts[pk] for pk in imported.shift_ids if pk in shifts],
            "target_group_text": imported.target_group_description,
            "goals_heading": "Prioriterade mål enligt "
            + (collaboration.title if collaboration else "samverkansplanen"),
            "goals": [goals[pk] for pk in imported.goal_ids if pk in goals],
        },
        "activities": [
            {
                "id": index,
                "goal": goals.get(row.goal_id, row.local_goal),
                "goal_prioritised": row.goal_id is not None,
                "what": row.what,
                "how": row.how,
                "responsible": row.responsible,
                "start": row.start,
                "deadline": row.deadline,
                "measure": row.measure,
                "status": row.status,
            }
            for index, row in enumerate(imported.activities, start=1)
        ],
    }


def _refused(request, area, token, refused: ValidationError):
    """Nothing was saved: say why, and start again from the upload (the preview
    would show the refused text once more)."""
    del request.session[SESSION_KEY.format(token)]
    for message in refused.messages:
        messages.error(request, f"Inget sparades. {message}")
    context = {"area": area, "form": WordUploadForm(area=area)}
    return render(request, "plans/word_import.html", context, status=400)


@require_http_methods(["GET", "POST"])
@rule("plans.add_plan", get_area)
def word_import_preview(request, area, token):
    pending = request.session.get(SESSION_KEY.format(token))
    if pending is None:
        messages.error(request, "Förhandsgranskningen finns inte längre. Ladda upp filen igen.")
        return redirect("plans:word_import", area=area.slug)
    imported = ImportedPlan.from_json(pending["plan"])
    group = area.groups.get(pk=pending["group"])
    target_group = area.target_groups.filter(pk=pending["target_group"]).first()
    if request.method == "POST":
        try:
            if imported.kind == "handlingsplan":
                saved = services.action_plan_import(imported=imported, area=area)
                url = saved.get_absolute_url()
            else:
                saved = services.plan_import(
                    imported=imported, group=group, target_group=target_group
                )
                url = saved.url("plans:plan_draft")
        except ValidationError as refused:
            return _refused(request, area, token, refused)
        del request.session[SESSION_KEY.format(token)]
        messages.success(request, "Planen är sparad som utkast. Kontrollera den och publicera.")
        return redirect(url)
    context = {
        "area": area,
        "imported": imported,
        "group": group,
        "target_group": target_group,
        "rows": list(enumerate(imported.activities, start=1)),
    }
    if imported.kind == "aktivitetsplan":
        context["document"] = PlanDocument.from_snapshot(_snapshot(imported, area, target_group))
    return render(request, "plans/word_import_preview.html", context)
