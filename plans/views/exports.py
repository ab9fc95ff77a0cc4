"""A published plan as JSON, CSV and PDF, at stable addresses."""

from django.conf import settings
from django.core.cache import cache
from django.http import Http404, HttpResponse, JsonResponse
from django.views.decorators.http import require_GET

from plans.documents import PlanDocument
from plans.exports import plan_csv, plan_data
from plans.lookups import get_plan
from plans.views.reading import find_version
from samla.access import public
from samla.pdf import render_pdf


def _version(plan, version):
    """The named version, or the latest published one; never a draft."""
    if version:
        return find_version(plan, version)
    latest = plan.versions.latest_first().first()
    if latest is None:
        raise Http404
    return latest


def _filename(plan, version, extension: str) -> str:
    return f"{plan.slug}-v{version.label}.{extension}"


@require_GET
@public
def plan_json(request, area, group, plan, version=None):
    plan = get_plan(area, group, plan)
    version = _version(plan, version)
    url = request.build_absolute_uri(plan.url("plans:plan_version", version=version.label))
    response = JsonResponse(
        plan_data(version, url=url), json_dumps_params={"ensure_ascii": False, "indent": 2}
    )
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_GET
@public
def plan_csv_view(request, area, group, plan, version=None):
    plan = get_plan(area, group, plan)
    version = _version(plan, version)
    response = HttpResponse(plan_csv(version), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_filename(plan, version, "csv")}"'
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_GET
@public
def plan_pdf(request, area, group, plan, version=None):
    plan = get_plan(area, group, plan)
    version = _version(plan, version)
    key = f"plan-pdf:{version.pk}:{settings.RELEASE}"
    pdf = cache.get(key)
    if pdf is None:
        context = {"document": PlanDocument.from_version(version), "area": plan.group.area}
        pdf = render_pdf("plans/plan_pdf.html", context)
        cache.set(key, pdf, timeout=None)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{_filename(plan, version, "pdf")}"'
    return response
