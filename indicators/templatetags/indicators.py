"""What the pages of plans show of indicators, without plans importing them
(plans is the lower layer): the activity page's "Mätetal" section, the board
row's "Mätvärde" button and the plan PDF's indicators."""

from django import template

from indicators.charts import indicator_chart
from indicators.forms import ValueForm
from indicators.models import Indicator, Source
from indicators.progress import assessments, number
from indicators.publication import published_indicators
from plans.models import PlanVersion

register = template.Library()


@register.inclusion_tag("indicators/_activity_section.html", takes_context=True)
def activity_indicators(context, activity):
    """The activity's indicators with badge and latest value, read in a fixed
    number of queries however many there are."""
    user = context["request"].user
    indicators = list(activity.indicators.select_related("area", "group"))
    found = assessments(indicators)
    rows = []
    for indicator in indicators:
        assessment = found[indicator.pk][1]
        latest = assessment.latest
        shown = f"{latest.period.label}: {number(latest.value, indicator.unit)}" if latest else ""
        rows.append((indicator, assessment, shown))
    typed = [i for i in indicators if i.source == Source.TYPED]
    may_enter = typed and user.has_perm("plans.follow_up_activity", activity)
    return {
        "activity": activity,
        "rows": rows,
        "can_add": user.has_perm("plans.change_plan", activity),
        "value_form": ValueForm(
            indicators=activity.indicators.filter(source=Source.TYPED),
            auto_id=f"matvarde-{activity.pk}-%s",
        )
        if may_enter
        else None,
    }


@register.inclusion_tag("indicators/_board_value_button.html")
def board_value_button(activity):
    """ "Mätvärde" in a board row's update forms, for an activity with typed indicators."""
    return {"activity": activity, "shown": activity.indicators.filter(source=Source.TYPED).exists()}


@register.inclusion_tag("indicators/_plan_pdf.html")
def plan_pdf_indicators(document):
    """A plan's PDF: each activity's indicators with chart and data table, as
    the public sees them (counts under three as "<3"): a published version's
    as its publication recorded them, a draft's as they are now. A fixed
    number of queries for the whole plan."""
    rows = [row for section in document.sections for row in section.rows if row.pk]
    if document.version_pk:
        version = PlanVersion.objects.get(pk=document.version_pk)
        found = published_indicators([version], goals=False)
    else:
        indicators = list(
            Indicator.objects.filter(activity_id__in=[row.pk for row in rows]).select_related(
                "area", "group"
            )
        )
        assessed = assessments(indicators, public=True)
        found = [(i, *assessed[i.pk]) for i in indicators]
    by_activity: dict[int, list] = {}
    for indicator, points, assessment in found:
        chart = indicator_chart(indicator, points, public=True, id=f"pdf-matetal-{indicator.pk}")
        by_activity.setdefault(indicator.activity_id, []).append((indicator, assessment, chart))
    return {"activities": [(row, by_activity[row.pk]) for row in rows if row.pk in by_activity]}
