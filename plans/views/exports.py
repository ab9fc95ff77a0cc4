"""A plan as JSON, CSV, XLSX, DOCX and PDF, at stable addresses.

Published versions are public; the draft's files are for those who may read it.
"""

import time

from django.conf import settings
from django.core.cache import cache
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from plans.documents import PlanDocument, plan_snapshot
from plans.exports import activity_rows, plan_csv, plan_data
from plans.file_parts import pdf_parts
from plans.lookups import get_plan
from plans.office import plan_docx, plan_xlsx
from plans.views.reading import find_version
from samla.access import public, rule
from samla.pdf import render_pdf

CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}


def _file(content: bytes, fmt: str, name: str) -> HttpResponse:
    response = HttpResponse(content, content_type=CONTENT_TYPES[fmt])
    disposition = "inline" if fmt == "pdf" else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="{name}.{fmt}"'
    response["Access-Control-Allow-Origin"] = "*"
    return response


def _render(fmt: str, snapshot: dict, document: PlanDocument, area) -> bytes:
    if fmt == "csv":
        return plan_csv(snapshot)
    if fmt == "xlsx":
        return plan_xlsx(activity_rows(snapshot))
    if fmt == "docx":
        return plan_docx(document)
    return render_pdf("plans/plan_pdf.html", {"document": document, "area": area})


@require_safe
@public
def plan_export(request, area, group, plan, fmt, version=None):
    """The latest published version, or the one named, in a file format."""
    plan = get_plan(area, group, plan)
    if version:
        version = find_version(plan, version)
    else:
        version = plan.latest_version()
        if version is None:
            raise Http404
    if fmt == "json":
        url = request.build_absolute_uri(plan.url("plans:plan_version", version=version.label))
        response = JsonResponse(
            plan_data(version, url=url), json_dumps_params={"ensure_ascii": False, "indent": 2}
        )
        response["Access-Control-Allow-Origin"] = "*"
        return response
    key = f"plan-file:{version.pk}:{fmt}:{settings.RELEASE}"
    if fmt == "pdf":  # the PDF also shows what higher layers add, which changes
        key += ":" + pdf_parts(version)
    content = cache.get(key) or _render_once(key, version, fmt, plan.group.area)
    if content is None:
        return _preparing(request, plan, version, fmt)
    return _file(content, fmt, f"{plan.slug}-v{version.label}")


def _render_once(key: str, version, fmt: str, area, wait: float = 3.0) -> bytes | None:
    """Lay a version's file out once, however many ask at the same time: the
    first renders, the others wait a moment for it and are then told to come
    back (None), so that 40 readers of a new PDF do not hold 40 workers."""
    if cache.add(f"{key}:rendering", 1, timeout=120):
        try:
            document = PlanDocument.from_version(version)
            content = _render(fmt, version.snapshot, document, area)
            cache.set(key, content, timeout=None)
            return content
        finally:
            cache.delete(f"{key}:rendering")
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        time.sleep(0.2)
        content = cache.get(key)
        if content is not None:
            return content
    return None


def _preparing(request, plan, version, fmt: str):
    context = {"plan": plan, "version": version, "what": fmt.upper()}
    response = render(request, "plans/plan_file_preparing.html", context, status=503)
    response["Retry-After"] = "5"
    return response


@require_safe
@rule("plans.view_plan_draft", get_plan, visible="plans.view_plan")
def draft_export(request, plan, fmt):
    """The working draft as a file, for those who may read it."""
    snapshot = plan_snapshot(plan)
    document = PlanDocument.from_snapshot(snapshot)
    return _file(_render(fmt, snapshot, document, plan.group.area), fmt, f"{plan.slug}-utkast")
