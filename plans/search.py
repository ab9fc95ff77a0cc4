"""What the site search finds in plans: the latest published version of each
activity plan, its activities, and published handlingsplaner (registered with
``samla.search``; see ``PlansConfig.ready``)."""

from plans.models import ActionPlan, ActivityPlan, activity_title
from samla.search import Entry, Kind, searchable


@searchable(
    ActivityPlan,
    prefix="plan",
    everything=lambda: ActivityPlan.objects.select_related("group__area"),
)
def describe_plan(plan: ActivityPlan, *, now) -> list[Entry]:
    """The latest published version of an activity plan (nothing if none)."""
    version = plan.latest_version()
    if version is None:
        return []
    snapshot = version.snapshot
    url = plan.get_absolute_url()
    head = snapshot["plan"]
    title = f"{head['title']}, {head['target_group']} {head['year']}"
    where = f"{title}, version {version.label}"
    texts = [head[name] for name in ("introduction", "purpose", "target_group_text")]
    texts += head["shifts"] + head["goals"]
    entries = [
        Entry(
            kind=Kind.PLAN,
            title=title,
            where=where,
            body="\n".join(t for t in texts if t),
            url=url,
            published_at=version.published_at,
        )
    ]
    for activity in snapshot["activities"]:
        entries.append(
            Entry(
                kind=Kind.ACTIVITY,
                title=activity_title(activity["what"], activity["id"]),
                where=f"Aktivitet i {where}",
                body="\n".join(
                    activity[name]
                    for name in ("goal", "what", "how", "responsible", "measure")
                    if activity[name]
                ),
                url=f"{url}#aktivitet-{activity['id']}",
                published_at=version.published_at,
            )
        )
    return entries


@searchable(
    ActionPlan, prefix="handlingsplan", everything=lambda: ActionPlan.objects.select_related("area")
)
def describe_action_plan(plan: ActionPlan, *, now) -> list[Entry]:
    """A published handlingsplan; a draft is taken out of the index."""
    if not plan.is_published:
        return []
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
    return [
        Entry(
            kind=Kind.ACTION_PLAN,
            title=plan.title,
            where="Handlingsplan",
            body="\n".join(p for p in parts if p),
            url=plan.get_absolute_url(),
            published_at=plan.published_at,
        )
    ]
