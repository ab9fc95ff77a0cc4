"""Minutes of a meeting: a draft from its agenda, and the text as the pages show it."""

from __future__ import annotations

import re

from django.utils.safestring import SafeString

from nosam.agenda import activity_status
from nosam.models import Meeting
from samla.collation import swedish
from samla.markdown import render_markdown

# A first heading that says only what the page's own heading says: "# Minnesanteckningar",
# or the same underlined (Setext: "===" is level 1, "---" level 2).
_REPEATED_HEADING = re.compile(
    r"\A\s*(?:(?P<hashes>#{1,6})[ \t]*minnesanteckningar[ \t:]*#*[ \t]*"
    r"|minnesanteckningar[ \t:]*\r?\n(?P<line>=+|-+)[ \t]*)(?:\r?\n|\Z)",
    re.IGNORECASE,
)
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]])")


def minutes_render(text: str) -> SafeString:
    """The minutes as HTML under the page's heading "Minnesanteckningar" (an h2).

    A first heading that only repeats that heading is left out, so that it
    shows once; the text's headings under it then follow the page's (its
    "##" becomes an h3). Otherwise "# Rubrik" becomes an h3."""
    text = text or ""
    match = _REPEATED_HEADING.match(text)
    if match is None:
        return render_markdown(text, shift_headings=2)
    level = len(match["hashes"]) if match["hashes"] else (1 if match["line"][0] == "=" else 2)
    return render_markdown(text[match.end() :], shift_headings=1 if level == 1 else 2)


def _escaped(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def minutes_draft(*, meeting: Meeting) -> str:
    """Minutes to start from: who was there, then the agenda's points in their
    order as a numbered list, each activity named with its current status in
    words ("Pågår"). Read in three queries however long the agenda is."""
    lines = []
    present = [
        attendance.organisation.name
        for attendance in meeting.attendances.filter(present=True)
        .select_related("organisation")
        .order_by(swedish("organisation__name"))
    ]
    if present:
        lines += [f"Närvarande organisationer: {_escaped(', '.join(present))}.", ""]
    people = [
        attendance.person.name
        for attendance in meeting.person_attendances.filter(present=True)
        .select_related("person")
        .order_by(swedish("person__name"))
    ]
    if people:
        lines += [f"Närvarande: {_escaped(', '.join(people))}.", ""]
    items = meeting.agenda_items.select_related("activity")
    for number, item in enumerate(items, start=1):
        lines.append(f"{number}. {_escaped(item.title)}")
        if item.activity is not None:
            status = activity_status(item.activity)
            about = f"    - Aktivitet: {_escaped(str(item.activity))}"
            lines.append(f"{about}, status: {status}" if status else about)
    return "\n".join(lines).strip() + "\n" if lines else ""
