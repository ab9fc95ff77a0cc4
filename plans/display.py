"""How plan data is shown in HTML: written once, in Python, so that a page and
its htmx fragments (and a 500-row board) lay out the same markup fast."""

from __future__ import annotations

from functools import lru_cache

from django.utils.html import conditional_escape, escape, format_html, linebreaks
from django.utils.safestring import SafeString, mark_safe

from plans.models import Status
from plans.owners import is_owned
from samla.icons import icon

# For those who edit the plan: the text alone names who answers for the activity.
UNOWNED_TEXT = "Ingen länkad ansvarig"
UNOWNED_ICON = "icon-warning"


@lru_cache(maxsize=64)
def status_badge(value: str, label: str | None = None) -> SafeString:
    """A status as icon and text, never colour alone ("◐ Pågår")."""
    status = Status(value or "")
    css = status.value or "ej-angiven"
    return format_html(
        '<span class="status status-{}">{} {}</span>',
        css,
        icon(f"status-{css}"),
        label or status.label,
    )


@lru_cache(maxsize=1)
def unowned_mark() -> SafeString:
    """ "Ingen länkad ansvarig" with its icon (not colour alone)."""
    return format_html(
        '<p class="flag flag-unowned small mb-0">{} {}</p>', icon(UNOWNED_ICON), UNOWNED_TEXT
    )


def partial_date(value) -> SafeString:
    """A date as written ("Våren 2026"), with its interval as a title, or
    marked when it could not be read."""
    if not value:
        return SafeString("")
    if value.valid:
        return format_html(
            '<span class="date-text" title="{}">{}</span>', value.interval_text(), value.text
        )
    return format_html(
        '<span class="date-text">{}</span> <span class="badge text-bg-warning">Kunde inte '
        "tolkas</span>",
        value.text,
    )


def board_rows(rows, *, group_pk: int, followable: set[int], editing=None) -> SafeString:
    """The board's rows as HTML, in one pass (a board has up to 500 rows; the
    template engine would take ten times as long). The page and its htmx row
    fragment both use this, so they never drift apart. ``editing`` is the
    rendered update forms of the one row that shows them."""
    return mark_safe(
        "".join(_board_row(row, group_pk, followable, editing) for row in rows)  # noqa: S308
    )


def _board_row(row, group_pk: int, followable: set[int], editing) -> str:
    # Plain f-strings: every value is escaped here or is already safe HTML
    # (format_html per value would double the time of a 500-row board).
    activity = row.activity
    pk = activity.pk
    css = ' class="row-overdue"' if row.overdue else ""
    if not css and row.due_before_next_meeting:
        css = ' class="row-due"'
    flags = f'<ul class="flags">{row.flags_html}</ul>' if row.flags else ""
    url = row.url
    if editing is not None:
        update = editing
    elif activity.plan_id in followable:
        update = (
            f'<a id="u{pk}" class="btn btn-outline-primary btn-sm" href="{url}#ny-uppfoljning" '
            f'hx-get="{url}tavla/" aria-labelledby="u{pk} t{pk}">Uppdatera</a>'
        )
    else:
        update = f'<span class="small">Uppdateras av {escape(activity.plan.group.name)}</span>'
    responsible = escape(activity.responsible).replace("\n", "<br>")
    return (
        f'<tr id="rad-{pk}"{css}><th scope="row"><a id="t{pk}" href="{url}">'
        f"{escape(row.title)}</a><small>{escape(row.context)}</small>{flags}"
        f"</th><td>{responsible}</td><td>{row.deadline_html}</td><td>{row.status_html}</td>"
        f'<td>{row.latest_html}</td><td class="board-update no-print">{update}</td></tr>\n'
    )


def _paragraphs(text: str) -> str:
    return linebreaks(conditional_escape(text)) if text else ""


def edit_rows(activities) -> SafeString:
    """The editors' rows of a draft's activity table, in one pass (see
    :func:`board_rows`); each row's one action, "Redigera", opens its form in
    place, where the rest of its actions are. A row linked to no owner says so
    (``activities`` from :func:`plans.owners.with_owner_mark` ask no query for it)."""
    return mark_safe("".join(_edit_row(activity) for activity in activities))  # noqa: S308


def _edit_row(activity) -> str:
    pk = activity.pk
    edit = f"/aktiviteter/{pk}/redigera/"
    unowned = "" if is_owned(activity) else unowned_mark()
    return (
        f'<tr id="aktivitet-{pk}"><td>{escape(activity.goal_text)}</td>'
        f'<th scope="row" id="a{pk}">{escape(activity.what)}</th>'
        f"<td>{_paragraphs(activity.how)}</td><td>{_paragraphs(activity.responsible)}{unowned}</td>"
        f"<td>{partial_date(activity.start)}</td><td>{partial_date(activity.deadline)}</td>"
        f"<td>{_paragraphs(activity.measure)}</td>"
        f"<td>{status_badge(activity.status, activity.status_label)}</td>"
        f'<td><a id="e{pk}" class="btn btn-outline-primary btn-sm" href="{edit}" hx-get="{edit}" '
        f'aria-labelledby="e{pk} a{pk}">Redigera</a></td></tr>\n'
    )
