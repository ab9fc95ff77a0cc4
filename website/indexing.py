"""Keep the search index in step with what is published.

Each source (a plan, a handlingsplan, a meeting's minutes, a group) is
re-indexed as a whole: its old rows are removed and the published content
added again, so an index never holds drafts or older versions.
"""

from __future__ import annotations

from django.db import transaction

from website.models import SearchDocument

Kind = SearchDocument.Kind


def _replace(source: str, area, rows: list[dict]) -> None:
    with transaction.atomic():
        SearchDocument.objects.filter(source=source).delete()
        SearchDocument.objects.bulk_create(
            SearchDocument(source=source, area=area, **row) for row in rows
        )


def index_plan(plan) -> None:
    """The latest published version of an activity plan (nothing if none)."""
    version = plan.versions.latest_first().first()
    if version is None:
        _replace(f"plan:{plan.pk}", plan.group.area, [])
        return
    snapshot = version.snapshot
    url = plan.get_absolute_url()
    head = snapshot["plan"]
    title = f"{head['title']}, {head['target_group']} {head['year']}"
    where = f"{title}, version {version.label}"
    texts = [snapshot["plan"][name] for name in ("introduction", "purpose", "target_group_text")]
    texts += snapshot["plan"]["shifts"] + snapshot["plan"]["goals"]
    rows = [
        {
            "kind": Kind.PLAN,
            "title": title,
            "where": where,
            "body": "\n".join(t for t in texts if t),
            "url": url,
            "published_at": version.published_at,
        }
    ]
    for activity in snapshot["activities"]:
        first_line = next((line for line in activity["what"].splitlines() if line.strip()), "")
        rows.append(
            {
                "kind": Kind.ACTIVITY,
                "title": first_line or "Aktivitet",
                "where": f"Aktivitet i {where}",
                "body": "\n".join(
                    activity[name]
                    for name in ("goal", "what", "how", "responsible", "measure")
                    if activity[name]
                ),
                "url": f"{url}#aktivitet-{activity['id']}",
                "published_at": version.published_at,
            }
        )
    _replace(f"plan:{plan.pk}", plan.group.area, rows)


def index_action_plan(plan) -> None:
    """A published handlingsplan; a draft is taken out of the index."""
    if not plan.is_published:
        _replace(f"handlingsplan:{plan.pk}", plan.area, [])
        return
    parts = [
        plan.background,
        plan.purpose,
        plan.goal,
        plan.method_questions,
        plan.pilot_questions,
        plan.costs,
        plan.reporting,
        plan.closing,
    ]
    parts += [f"{row.activity} {row.when or ''} {row.delivery}" for row in plan.timetable.all()]
    row = {
        "kind": Kind.ACTION_PLAN,
        "title": plan.title,
        "where": "Handlingsplan",
        "body": "\n".join(p for p in parts if p),
        "url": plan.get_absolute_url(),
        "published_at": plan.published_at,
    }
    _replace(f"handlingsplan:{plan.pk}", plan.area, [row])


def index_meeting(meeting) -> None:
    """Published minutes only; unpublishing removes them from the index."""
    rows = []
    if meeting.minutes_published and meeting.minutes:
        rows.append(
            {
                "kind": Kind.MINUTES,
                "title": f"Minnesanteckningar {meeting}",
                "where": f"Minnesanteckningar från {meeting.display_title}",
                "body": meeting.minutes,
                "url": meeting.get_absolute_url(),
                "published_at": meeting.minutes_published_at or meeting.starts_at,
            }
        )
    _replace(f"mote:{meeting.pk}", meeting.area, rows)


def index_group(group, published_at) -> None:
    parts = [group.description, group.purpose, group.goal, group.mandate, group.representation]
    row = {
        "kind": Kind.GROUP,
        "title": group.name,
        "where": f"Gruppen {group.name}",
        "body": "\n".join(p for p in parts if p),
        "url": group.get_absolute_url(),
        "published_at": published_at,
    }
    _replace(f"grupp:{group.pk}", group.area, [row])


def index_report(report) -> None:
    """A published annual report: one row per section."""
    rows = []
    if report.is_published:
        for section in report.sections.all():
            rows.append(
                {
                    "kind": Kind.REPORT,
                    "title": section.title,
                    "where": f"{report.title} – {report.subtitle}",
                    "body": section.body,
                    "url": report.get_absolute_url(),
                    "published_at": report.published_at,
                }
            )
    _replace(f"rapport:{report.pk}", report.area, rows)


def reindex_all() -> int:
    """Rebuild the whole index from what is published; returns the row count."""
    from django.utils import timezone

    from nosam.models import Group, Meeting
    from plans.models import ActionPlan, ActivityPlan

    now = timezone.now()
    for plan in ActivityPlan.objects.select_related("group__area"):
        index_plan(plan)
    for action_plan in ActionPlan.objects.select_related("area"):
        index_action_plan(action_plan)
    for meeting in Meeting.objects.select_related("area").prefetch_related("groups"):
        index_meeting(meeting)
    for group in Group.objects.select_related("area"):
        index_group(group, now)
    from reports.models import Report

    for report in Report.objects.select_related("area").prefetch_related("sections"):
        index_report(report)
    return SearchDocument.objects.count()
