"""Every route of the site, with real addresses in the demo data.

Tests that must cover every page or every form walk :func:`routes` and fill
in the URL arguments with :func:`demo_values`, so a new route is covered the
day it is added.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from django.urls import URLPattern, URLResolver, get_resolver, reverse


@dataclass(frozen=True)
class Route:
    name: str  # "namespace:name"
    arguments: frozenset[str]
    view: object


def _walk(patterns, namespace=None, arguments=frozenset()):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            if entry.namespace == "admin":  # Django's admin checks is_staff itself
                continue
            inner = entry.namespace or namespace
            yield from _walk(entry.url_patterns, inner, arguments | set(entry.pattern.converters))
        elif isinstance(entry, URLPattern) and entry.name:
            name = f"{namespace}:{entry.name}" if namespace else entry.name
            own = set(entry.pattern.converters)
            yield Route(name, frozenset(arguments | own), entry.callback)


def routes() -> list[Route]:
    return list(_walk(get_resolver().url_patterns))


def demo_values() -> dict[str, object]:
    """URL arguments that exist in the demo data (SAMLA's plan, a draft report)."""
    from deviations.models import Finding
    from indicators.models import Indicator, Source
    from nosam.models import Area, Meeting
    from plans.models import ActionPlan, ActivityPlan
    from reports.models import Report
    from reports.services import report_create

    plan = ActivityPlan.objects.select_related("group__area").get(
        slug="psykisk-halsa-och-missbruk-2026"
    )
    area = Area.objects.get(slug="samla")
    report = Report.objects.filter(area=area, status=Report.Status.DRAFT).first() or report_create(
        area=area, group=None, year=2025
    )
    indicator = Indicator.objects.filter(activity__plan=plan, source=Source.TYPED).first()
    if indicator is None:
        indicator = Indicator.objects.create(
            activity=plan.activities.first(), name="Mätetal i testet", unit="st"
        )
    return {
        "indicator": indicator.pk,
        "area": area.slug,
        "group": plan.group.slug,
        "plan": plan.slug,
        "version": plan.versions.latest_first().first().label,
        "activity": plan.activities.first().pk,
        "meeting": Meeting.objects.filter(area=area).order_by("starts_at").last().pk,
        "report": report.pk,
        "section": report.sections.first().pk,
        "finding": Finding.objects.filter(area=area).first().pk,
        "token": str(uuid.uuid4()),
        "uidb64": "MQ",
        "kind": "csv",
        "period": "2025-2",
        "goal": plan.collaboration_plan.goals.first().pk,
        # Routes whose arguments name other things than the plan above.
        "plans:action_plan": {
            "area": area.slug,
            "plan": ActionPlan.objects.filter(area=area).first().slug,
        },
    }


def url_of(route: Route, values: dict[str, object]) -> str:
    kwargs = values.get(route.name) or {name: values[name] for name in route.arguments}
    return reverse(route.name, kwargs=kwargs)
