"""Import half-year statistics: upload, preview with totals, then save."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_safe

from deviations import services
from deviations.forms import UploadForm
from deviations.importing import Preview, read_statistics, template_csv, template_xlsx
from deviations.models import Category, StatisticsImport
from nosam.lookups import get_area
from samla.access import rule
from samla.uploads import (
    AlreadySaved,
    PreviewGone,
    pending_upload_confirm,
    pending_upload_from,
    pending_upload_get,
)

IMPORT = "deviations.import_statistics"
UPLOAD_KIND = "deviations.statistics"


@require_http_methods(["GET", "POST"])
@rule(IMPORT, get_area)
def upload(request, area):
    form = UploadForm(request.POST or None, request.FILES or None)
    preview, pending = pending_upload_from(
        form,
        read=lambda file: read_statistics(area, file),
        kind=UPLOAD_KIND,
        scope=str(area.pk),
        user=request.user,
    )
    if pending is not None:
        return redirect("deviations:import_confirm", area=area.slug, token=pending.token)
    context = {
        "area": area,
        "form": form,
        "preview": preview,
        "imports": StatisticsImport.objects.filter(area=area).select_related("imported_by")[:20],
    }
    return render(request, "deviations/import.html", context, status=400 if form.errors else 200)


def _categories(area) -> dict[int, str]:
    return dict(Category.objects.filter(area=area).values_list("pk", "name"))


def _save(request, area, token):
    def save(payload):
        preview = Preview.from_json(payload)
        return services.statistics_import(area=area, preview=preview, user=request.user)

    try:
        record = pending_upload_confirm(
            kind=UPLOAD_KIND,
            scope=str(area.pk),
            token=token,
            user=request.user,
            save=save,
            url_of=lambda _record: reverse("deviations:statistics", kwargs={"area": area.slug}),
        )
    except ValidationError as refused:
        messages.error(request, "Statistiken sparades inte. " + " ".join(refused.messages))
        return redirect("deviations:import", area=area.slug)
    messages.success(
        request,
        f"{record.row_count} rader med sammanlagt {record.total} avvikelser är sparade "
        f"({record.periods}).",
    )
    return redirect("deviations:statistics", area=area.slug)


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
        return redirect("deviations:import", area=area.slug)
    preview = Preview.from_json(pending.payload)
    replaced = {
        f"{year} H{half}"
        for year, half in preview.periods
        if area.deviation_imports.filter(periods__contains=f"{year} H{half}").exists()
    }
    context = {
        "area": area,
        "preview": preview,
        "by_category": preview.totals_by_category(_categories(area)),
        "replaced": sorted(replaced),
    }
    return render(request, "deviations/import_confirm.html", context)


@require_safe
@rule(IMPORT, get_area)
def template(request, area, kind):
    if kind not in {"csv", "xlsx"}:
        raise Http404
    if kind == "xlsx":
        content = template_xlsx()
        content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    else:
        content, content_type = template_csv(), "text/csv; charset=utf-8"
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="mall-avvikelser.{kind}"'
    return response
