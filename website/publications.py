"""What an area has published, newest first: for its start page and its feed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time

from django.utils import timezone

from nosam.models import Meeting
from plans.models import ActionPlan, PlanVersion
from reports.models import Report


@dataclass(frozen=True)
class Publication:
    kind: str
    title: str
    description: str
    url: str
    published_at: datetime  # a plan version's own date, not when it was saved
    key: str  # stable and unique across kinds: "plan-version/12"


def latest_publications(area, limit: int = 10) -> list[Publication]:
    versions = (
        PlanVersion.objects.filter(plan__group__area=area)
        .select_related("plan__group__area", "plan__target_group")
        .order_by("-version_date", "-published_at")[:limit]
    )
    minutes = (
        Meeting.objects.filter(area=area, minutes_published=True)
        .select_related("area")
        .prefetch_related("groups")
        .order_by("-minutes_published_at")[:limit]
    )
    reports = (
        Report.objects.filter(area=area, status=Report.Status.PUBLISHED)
        .select_related("area")
        .order_by("-published_at")[:limit]
    )
    action_plans = (
        ActionPlan.objects.published()
        .filter(area=area)
        .select_related("area")
        .order_by("-published_at")[:limit]
    )
    items = (
        [
            Publication(
                kind="Aktivitetsplan",
                title=_plan_title(v),
                description=v.note,
                url=v.plan.url("plans:plan_version", version=v.label),
                published_at=version_moment(v),
                key=f"plan-version/{v.pk}",
            )
            for v in versions
        ]
        + [
            Publication(
                kind="Minnesanteckningar",
                title=f"Minnesanteckningar: {m}",
                description=f"Minnesanteckningar från {m.display_title}.",
                url=m.get_absolute_url(),
                published_at=m.minutes_published_at or m.starts_at,
                key=f"minutes/{m.pk}",
            )
            for m in minutes
        ]
        + [
            Publication(
                kind="Årsrapport",
                title=f"{r.title}: {r.subtitle}",
                description=f"{r.title} för {r.subtitle}.",
                url=r.get_absolute_url(),
                published_at=r.published_at,
                key=f"report/{r.pk}",
            )
            for r in reports
        ]
        + [
            Publication(
                kind="Handlingsplan",
                title=a.title,
                description=f"Handlingsplan {a.start_year}–{a.end_year}.",
                url=a.get_absolute_url(),
                published_at=a.published_at,
                key=f"action-plan/{a.pk}",
            )
            for a in action_plans
        ]
    )
    items.sort(key=lambda item: item.published_at, reverse=True)
    return items[:limit]


def version_moment(version) -> datetime:
    """When a plan version was published, as the plan says: its version date
    ("Version 2.9 of 2026-05-21"), which a version read in from Word or
    published late keeps. The time of day is the save's if it was saved that
    day, else the start of the day."""
    saved = timezone.localtime(version.published_at)
    if saved.date() == version.version_date:
        return version.published_at
    return timezone.make_aware(datetime.combine(version.version_date, time.min))


def _plan_title(version) -> str:
    plan = version.plan
    return f"{plan.full_title} – version {version.label}"
