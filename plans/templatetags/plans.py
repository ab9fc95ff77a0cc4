from django import template

from plans.models import Status

register = template.Library()


@register.filter
def status_icon(value: str) -> str:
    """The icon of a status value ("pagar" → "◐"), shown beside its label."""
    return Status(value or "").icon
