"""Bring a plan in from Word: upload, preview with warnings, save as a draft."""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from nosam.lookups import get_area
from plans import services
from plans.documents import PlanDocument
from plans.owners import OwnerMatcher
from plans.word import ImportedPlan, imported_plan_snapshot, imported_target_group, read_word_plan
from plans.word_checks import existing_plan, other_group_named
from samla.access import rule
from samla.collation import swedish
from samla.uploads import (
    AlreadySaved,
    PreviewGone,
    UploadRejected,
    pending_upload_confirm,
    pending_upload_create,
    pending_upload_get,
)

UPLOAD_KIND = "plans.word"


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
        # Pickers in Swedish alphabetical order (the structure's own order is for trees).
        self.fields["group"].queryset = area.groups.order_by(swedish("name"))
        self.fields["target_group"].queryset = area.target_groups.all()


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
        except UploadRejected as rejected:
            form.add_error("file", str(rejected))
        else:
            if imported.year is None:
                form.add_error("file", YEAR_MISSING[imported.kind])
            else:
                target_group = form.cleaned_data["target_group"] or imported_target_group(
                    area=area, imported=imported
                )
                pending = pending_upload_create(
                    kind=UPLOAD_KIND,
                    scope=str(area.pk),
                    user=request.user,
                    payload={
                        "plan": imported.to_json(),
                        "group": form.cleaned_data["group"].pk,
                        "target_group": target_group.pk if target_group else None,
                    },
                )
                return redirect("plans:word_import_preview", area=area.slug, token=pending.token)
    status = 400 if form.errors else 200
    return render(request, "plans/word_import.html", {"area": area, "form": form}, status=status)


def _unpacked(area, payload: dict):
    """The plan, group and target group of a kept preview; the group may have
    been removed since."""
    group = area.groups.filter(pk=payload["group"]).first()
    if group is None:
        raise PreviewGone()
    target_group = area.target_groups.filter(pk=payload["target_group"]).first()
    return ImportedPlan.from_json(payload["plan"]), group, target_group


def _refused(request, area, refused: ValidationError):
    """Nothing was saved: say why, and start again from the upload."""
    for message in refused.messages:
        messages.error(request, f"Inget sparades. {message}")
    context = {"area": area, "form": WordUploadForm(area=area)}
    return render(request, "plans/word_import.html", context, status=400)


# What to do with an import when the group already has a plan for its year.
CHOICES = {
    "ersatt": "Ersätt utkastet till den befintliga planen",
    "version": "Ersätt utkastet och publicera det som en ny version",
}
SAVED = {
    None: "Planen är sparad som utkast. Kontrollera den och publicera.",
    "ersatt": "Utkastet är ersatt med innehållet i filen. Kontrollera det och publicera.",
    "version": "Utkastet är ersatt med innehållet i filen och publicerat som en ny version.",
}


def _save(request, area, token):
    choice = request.POST.get("val") or None
    if choice is not None and choice not in CHOICES:
        choice = None

    def save(payload):
        imported, group, target_group = _unpacked(area, payload)
        if imported.kind == "handlingsplan":
            return services.imported_plan_save(
                area=area, imported=imported, group=group, target_group=target_group
            ).get_absolute_url()
        existing = existing_plan(group=group, target_group=target_group, year=imported.year)
        if existing is None:
            plan = services.plan_import(imported=imported, group=group, target_group=target_group)
        elif choice is None:
            # Never a second plan for the same group, target group and year.
            raise ValidationError(
                f"Det finns redan en plan för {group.name} {imported.year}: välj om filen ska "
                "ersätta dess utkast."
            )
        else:
            note = f"Importerad från Word ({imported.file_name})." if choice == "version" else ""
            plan = services.plan_replace_draft(
                plan=existing, imported=imported, user=request.user, publish_note=note
            )
            if choice == "version":
                return plan.get_absolute_url()
        return plan.url("plans:plan_draft")

    try:
        url = pending_upload_confirm(
            kind=UPLOAD_KIND,
            scope=str(area.pk),
            token=token,
            user=request.user,
            save=save,
            url_of=str,
        )
    except ValidationError as refused:
        return _refused(request, area, refused)
    messages.success(request, SAVED[choice])
    return redirect(url)


@require_http_methods(["GET", "POST"])
@rule("plans.add_plan", get_area)
def word_import_preview(request, area, token):
    try:
        if request.method == "POST":
            return _save(request, area, token)
        pending = pending_upload_get(
            kind=UPLOAD_KIND, scope=str(area.pk), token=token, user=request.user
        )
        imported, group, target_group = _unpacked(area, pending.payload)
    except AlreadySaved as saved:
        messages.info(request, saved.message)
        return redirect(saved.url)
    except PreviewGone as gone:
        messages.error(request, gone.message)
        return redirect("plans:word_import", area=area.slug)
    context = {
        "area": area,
        "imported": imported,
        "group": group,
        "target_group": target_group,
        "rows": list(enumerate(imported.activities, start=1)),
    }
    if imported.kind == "aktivitetsplan":
        snapshot = imported_plan_snapshot(area=area, imported=imported, target_group=target_group)
        context["document"] = PlanDocument.from_snapshot(snapshot)
        context["existing"] = existing_plan(
            group=group, target_group=target_group, year=imported.year
        )
        context["other_group"] = other_group_named(area=area, group=group, title=imported.title)
        context["choices"] = CHOICES
        matcher = OwnerMatcher(area)
        context["owner_rows"] = [
            (number, row, matcher.suggest(row.responsible)) for number, row in context["rows"]
        ]
    return render(request, "plans/word_import_preview.html", context)
