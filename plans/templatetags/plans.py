from django import template

from plans import display
from plans.models import Status

register = template.Library()


@register.filter
def status_icon(value: str) -> str:
    """The text symbol of a status ("pagar" → "◐"), for plain-text outputs."""
    return Status(value or "").icon


@register.simple_tag
def status_badge(value: str, label: str | None = None):
    return display.status_badge(value, label)


@register.simple_tag
def partial_date(value):
    return display.partial_date(value)


@register.simple_tag(takes_context=True)
def board_rows(context, rows, editing=None):
    """The rows of the meeting-day board (plans.display.board_rows)."""
    return display.board_rows(
        rows,
        group_pk=context["group"].pk,
        followable=context.get("followable_plans") or set(),
        editing=editing or None,
    )


@register.simple_tag
def edit_rows(activities):
    """The editors' rows of a draft (plans.display.edit_rows)."""
    return display.edit_rows(activities)
