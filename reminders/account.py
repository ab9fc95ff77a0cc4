"""Mina sidor, each member's start page: her activities that need her, her
groups' next meetings, what changed since she last looked, the plans whose
drafts she works with, her groups, and which reminders she wants."""

from __future__ import annotations

from datetime import datetime

from django.shortcuts import render
from django.utils import timezone
from django.utils.html import format_html
from django.views.decorators.http import require_safe

from nosam.models import Membership, Person
from nosam.roles import roles_of
from plans.display import status_badge
from plans.models import ActivityPlan
from reminders.forms import ReminderPreferencesForm
from reminders.my_work import ActivityRow, Changes, MyActivities, my_groups, next_meetings
from samla.access import rule

SEEN_KEY = "mina_sidor_sedan"  # the previous visit, kept for the whole session


@require_safe
@rule("samla.authenticated")
def account(request):
    user = request.user
    memberships = Membership.objects.filter(person__user=user).select_related(
        "group__area", "organisation"
    )
    areas = {m.group.area_id: m.group.area for m in memberships}
    plans = ActivityPlan.objects.select_related("group__area", "target_group")
    if not user.is_superuser:
        plans = plans.filter(group__area__in=areas)
    context = {
        "memberships": memberships,
        "plans": [p for p in plans if user.has_perm("plans.view_plan_draft", p)],
        # Asked of the rule both start pages use, so an ended membership as
        # processledare offers no button that would lead to 403.
        "areas_to_start_plans_in": [
            a for a in areas.values() if user.has_perm("plans.add_plan", a)
        ],
    }
    person = Person.objects.filter(user=user).first()
    if person is not None:
        context.update(_my_work(request, person))
    return render(request, "account/home.html", context)


def _my_work(request, person: Person) -> dict:
    now = timezone.now()
    today = timezone.localdate(now)
    groups = my_groups(person, today)
    meetings = next_meetings(groups, now)
    boards = {g.pk for g in groups if request.user.has_perm("nosam.view_group_internal", g)}
    is_process_leader = bool(roles_of(request.user).process_leader_area_ids)
    mine = MyActivities.of(person, today)
    return {
        "person": person,
        "today": today,
        "activities": mine,
        "tables": _tables(mine),
        "next_meetings": meetings,
        "boards": boards,
        "changes": Changes.of(groups, _seen_since(request, person, now), now, today),
        "preferences": ReminderPreferencesForm(person=person, is_process_leader=is_process_leader),
    }


def _seen_since(request, person: Person, now: datetime) -> datetime | None:
    """When she last looked before this session (None: never). The first view
    of a session keeps it in the session, so a reload shows the same changes;
    every view records now as her latest look."""
    if SEEN_KEY in request.session:
        kept = request.session[SEEN_KEY]
        since = datetime.fromisoformat(kept) if kept else None
    else:
        since = person.account_seen_at
        request.session[SEEN_KEY] = since.isoformat() if since else ""
    Person.objects.filter(pk=person.pk).update(account_seen_at=now)
    return since


DEADLINE_COLUMNS = ["Aktivitet", "Plan", "Deadline", "Status"]
STALE_COLUMNS = ["Aktivitet", "Plan", "Senaste uppföljning", "Status"]


def _tables(mine: MyActivities) -> list[dict]:
    """The three lists as the data table component lays them out."""
    return [
        {
            "id": "passerad-deadline",
            "caption": "Deadline har passerat",
            "empty": "Ingen av dina aktiviteter har en passerad deadline.",
            "columns": DEADLINE_COLUMNS,
            "rows": [_cells(row, _deadline(row)) for row in mine.overdue],
        },
        {
            "id": "deadline-snart",
            "caption": "Deadline inom 30 dagar",
            "empty": "Inga deadlines de närmaste 30 dagarna.",
            "columns": DEADLINE_COLUMNS,
            "rows": [_cells(row, _deadline(row)) for row in mine.due_soon],
        },
        {
            "id": "utan-uppfoljning",
            "caption": "Ingen uppföljning inom gruppens gräns",
            "empty": "Alla dina aktiviteter är uppföljda i tid.",
            "columns": STALE_COLUMNS,
            "rows": [_cells(row, _last_follow_up(row)) for row in mine.stale],
        },
    ]


def _cells(row: ActivityRow, when) -> list:
    activity = row.activity
    plan = activity.plan
    link = format_html('<a href="{}">{}</a>', activity.get_absolute_url(), activity.title)
    where = f"{plan.target_group_display or plan.group.name} {plan.year}"
    return [link, where, when, status_badge(activity.status, activity.status_label)]


def _deadline(row: ActivityRow):
    """The last day as ISO, with the deadline as the plan writes it when that differs."""
    written, end = row.activity.deadline.text, row.end.isoformat()
    if written == end:
        return format_html('<time class="text-nowrap">{}</time>', end)
    return format_html(
        '<time class="text-nowrap">{}</time> <span class="small">({})</span>', end, written
    )


def _last_follow_up(row: ActivityRow):
    if row.last_follow_up is None:
        return row.stale_reason
    date = row.last_follow_up.isoformat()
    return format_html(
        '<time class="text-nowrap">{}</time> <span class="small">({})</span>',
        date,
        row.stale_reason,
    )
