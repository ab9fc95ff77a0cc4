"""Before indicators were recorded at publication, the public saw them as
they stood. So that an upgrade shows the public what it saw the day before,
each plan's latest publication records its indicators as they stand now."""

from django.db import migrations

FIELDS = [
    "area_id",
    "activity_id",
    "goal_id",
    "group_id",
    "name",
    "description",
    "unit",
    "direction",
    "source",
    "period_type",
    "baseline_period",
    "target_kind",
    "target_period",
    "counts_events",
    "is_example",
    "position",
]
DECIMALS = ["baseline_value", "target_value"]


def record_latest(apps, schema_editor):
    from django.db.models import Q

    Indicator = apps.get_model("indicators", "Indicator")
    IndicatorValue = apps.get_model("indicators", "IndicatorValue")
    StatusSnapshot = apps.get_model("indicators", "StatusSnapshot")
    PlanVersion = apps.get_model("plans", "PlanVersion")
    latest: dict[int, object] = {}
    for version in PlanVersion.objects.select_related("plan").order_by("major", "minor"):
        latest[version.plan_id] = version
    for version in latest.values():
        indicators = Indicator.objects.filter(
            Q(activity__plan=version.plan_id) | Q(goal__plan=version.plan.collaboration_plan_id)
        ).order_by("position", "pk")
        rows = []
        for indicator in indicators:
            values = IndicatorValue.objects.filter(indicator=indicator).order_by("period")
            rows.append(
                {
                    "id": indicator.pk,
                    **{f: getattr(indicator, f) for f in FIELDS},
                    **{
                        f: None if getattr(indicator, f) is None else str(getattr(indicator, f))
                        for f in DECIMALS
                    },
                    "values": [[v.period, str(v.value), v.source] for v in values]
                    if indicator.source == "inmatad"
                    else [],
                }
            )
        StatusSnapshot.objects.filter(version=version, indicators__isnull=True).update(
            indicators=rows
        )


class Migration(migrations.Migration):
    dependencies = [
        ("indicators", "0002_published_indicators"),
        ("plans", "0005_activity_owners"),
    ]

    operations = [migrations.RunPython(record_latest, migrations.RunPython.noop)]
