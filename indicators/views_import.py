"""Values of many indicators at once, from a CSV or Excel file: a template,
a preview of every row and every error, then all rows saved or none."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_safe

from indicators import services
from indicators.forms import UploadForm
from indicators.importing import Preview, read_values, template_csv, template_xlsx
from nosam.lookups import get_area
from samla.access import rule
from samla.numbers import counted
from samla.uploads import (
    AlreadySaved,
    PreviewGone,
    pending_upload_confirm,
    pending_upload_from,
    pending_upload_get,
)

IMPORT = "indicators.import_values"
UPLOAD_KIND = "indicators.values"


@require_http_methods(["GET", "POST"])
@rule(IMPORT, get_area)
def upload(request, area):
    form = UploadForm(request.POST or None, request.FILES or None)
    preview, pending = pending_upload_from(
        form,
        read=lambda file: read_values(area, file),
        kind=UPLOAD_KIND,
        scope=str(area.pk),
        user=request.user,
    )
    if pending is not None:
        return redirect("indicators:import_confirm", area=area.slug, token=pending.token)
    context = {"area": area, "form": form, "preview": preview}
    status = 400 if form.errors or preview is not None else 200
    return render(request, "indicators/import.html", context, status=status)


def _save(request, area, token):
    def save(payload):
        rows = Preview.from_json(payload).rows
        return services.indicator_values_import(area=area, rows=rows, user=request.user)

    try:
        new, replaced = pending_upload_confirm(
            kind=UPLOAD_KIND,
            scope=str(area.pk),
            token=token,
            user=request.user,
            save=save,
            url_of=lambda _saved: reverse("indicators:import", kwargs={"area": area.slug}),
        )
    except ValidationError as refused:
        messages.error(request, "Värdena sparades inte. " + " ".join(refused.messages))
        return redirect("indicators:import", area=area.slug)
    values = counted(new + replaced, "värde är sparat", "värden är sparade")
    saved = f"{values} ({new} nya, {replaced} ändrade)."
    messages.success(request, saved)
    return redirect("indicators:import", area=area.slug)


@require_http_methods(["GET", "POST"])
@rule(IMPORT, get_area)
def confirm(request, area, token):
    try:
        if request.method == "POST":
            return _save(request, area, token)
        pending = pending_upload_get(
            kind=UPLOAD_KIND, scope=str(area.pk), token=token, user=request.user
        )
    except AlreadySaved as saved:
        messages.info(request, saved.message)
        return redirect(saved.url)
    except PreviewGone as gone:
        messages.error(request, gone.message)
        return redirect("indicators:import", area=area.slug)
    context = {"area": area, "preview": Preview.from_json(pending.payload)}
    return render(request, "indicators/import_confirm.html", context)


@require_safe
@rule(IMPORT, get_area)
def template(request, area, kind):
    if kind == "xlsx":
        content = template_xlsx(area)
        content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    elif kind == "csv":
        content, content_type = template_csv(area), "text/csv; charset=utf-8"
    else:
        raise Http404
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="mall-matvarden-{area.slug}.{kind}"'
    return response
