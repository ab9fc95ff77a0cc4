"""Small helpers for forms, used with htmx."""

from django.shortcuts import render
from django.views.decorators.http import require_POST

from plans.partial_dates import PartialDate, PartialDateError
from samla.access import rule


@require_POST
@rule("samla.authenticated")
def partial_date_preview(request):
    """How a date field's text is understood: "Våren 2026 → 2026-01-01 – 2026-06-30"."""
    text = request.POST.get(request.POST.get("field", ""), "")
    context = {"text": text}
    if text.strip():
        try:
            context["parsed"] = PartialDate.parse(text)
        except PartialDateError as error:
            context["error"] = str(error)
    return render(request, "plans/_partial_date_preview.html", context)
