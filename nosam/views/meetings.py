"""Meetings of groups: agenda, attendance, minutes, and a calendar feed."""

from datetime import datetime, time, timedelta

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from nosam import services
from nosam.agenda import agenda_activities
from nosam.calendar import group_calendar
from nosam.forms import (
    AttendanceForm,
    MeetingForm,
    MinutesForm,
    RepresentationQuery,
    agenda_formset,
)
from nosam.lookups import get_group, get_meeting
from nosam.models import Organisation
from nosam.representation import RepresentationOverview
from nosam.roles import roles_of
from nosam.selectors import suggested_next_meeting
from samla.access import public, rule
from samla.query import query_values


def _groups_to_meet_in(user, area):
    """Processledare meet with any group of their area; members with their own
    groups and those under them, never with a group above their own."""
    if user.has_perm("nosam.manage_structure", area):
        return area.groups.all()
    return area.groups.filter(pk__in=roles_of(user).groups_to_meet_in(area.pk))


def _groups_of_own(user, area):
    """None for a processledare; for a member, the groups a meeting must name one of."""
    if user.has_perm("nosam.manage_structure", area):
        return None
    return roles_of(user).groups_of_own(area.pk)


def _activities_for(groups):
    return agenda_activities(groups, timezone.localdate())


@require_GET
@public
def group_meetings(request, area, group):
    """The group's meetings: dates for everyone, the rest for its members."""
    group = get_group(area, group)
    internal = request.user.has_perm("nosam.view_group_internal", group)
    context = {
        "area": group.area,
        "group": group,
        "meetings": group.meetings.select_related("area")
        .prefetch_related("groups")
        .order_by("-starts_at"),
        "internal": internal,
        "suggested": suggested_next_meeting(group) if internal else None,
    }
    return render(request, "nosam/group_meetings.html", context)


@require_http_methods(["GET", "POST"])
@rule("nosam.add_meeting", get_group)
def meeting_create(request, group):
    area = group.area
    initial = {"groups": [group.pk], "minutes_target_group": group.target_group_id}
    suggested = suggested_next_meeting(group)
    if suggested:
        initial["starts_at"] = timezone.make_aware(datetime.combine(suggested, time(13, 0)))
        initial["ends_at"] = initial["starts_at"] + timedelta(hours=3)
    form = MeetingForm(
        request.POST or None,
        area=area,
        groups=_groups_to_meet_in(request.user, area),
        own_groups=_groups_of_own(request.user, area),
        initial=initial,
    )
    agenda = agenda_formset(activities=_activities_for([group]), data=request.POST or None)
    if form.is_valid() and agenda.is_valid():
        meeting = services.meeting_save(area=area, agenda=agenda.lines(), **form.cleaned_data)
        messages.success(request, "Mötet är inlagt.")
        return redirect(meeting.get_absolute_url())
    context = {"area": area, "group": group, "form": form, "agenda": agenda, "suggested": suggested}
    return render(request, "nosam/meeting_form.html", context)


@require_http_methods(["GET", "POST"])
@rule("nosam.change_meeting", get_meeting, visible="nosam.view_meeting")
def meeting_edit(request, meeting):
    groups = list(meeting.groups.all())
    form = MeetingForm(
        request.POST or None,
        area=meeting.area,
        groups=_groups_to_meet_in(request.user, meeting.area),
        own_groups=_groups_of_own(request.user, meeting.area),
        instance=meeting,
    )
    agenda = agenda_formset(
        activities=_activities_for(groups), data=request.POST or None, instance=meeting
    )
    if form.is_valid() and agenda.is_valid():
        services.meeting_save(
            meeting=meeting, area=meeting.area, agenda=agenda.lines(), **form.cleaned_data
        )
        messages.success(request, "Mötet är sparat.")
        return redirect(meeting.get_absolute_url())
    context = {"area": meeting.area, "meeting": meeting, "form": form, "agenda": agenda}
    return render(request, "nosam/meeting_form.html", context)


@require_GET
@rule("nosam.view_meeting", get_meeting)
def meeting_detail(request, meeting):
    internal = request.user.has_perm("nosam.view_meeting_internal", meeting)
    context = {
        "area": meeting.area,
        "meeting": meeting,
        "internal": internal,
        "agenda": meeting.agenda_items.select_related("activity") if internal else [],
        "attendance": meeting.attendances.select_related("organisation") if internal else [],
        "can_change": request.user.has_perm("nosam.change_meeting", meeting),
    }
    return render(request, "nosam/meeting_detail.html", context)


def _expected_organisations(meeting):
    expected = Organisation.objects.filter(expected_in_groups__in=meeting.groups.all())
    recorded = Organisation.objects.filter(attendances__meeting=meeting)
    return (expected | recorded).distinct()


@require_http_methods(["GET", "POST"])
@rule("nosam.change_meeting", get_meeting, visible="nosam.view_meeting")
def meeting_attendance(request, meeting):
    organisations = list(_expected_organisations(meeting))
    present = set(
        meeting.attendances.filter(present=True).values_list("organisation_id", flat=True)
    )
    form = AttendanceForm(request.POST or None, organisations=organisations, present=present)
    if form.is_valid():
        services.attendance_record(
            meeting=meeting, organisations=organisations, present=form.present_ids()
        )
        messages.success(request, "Närvaron är sparad.")
        return redirect(meeting.get_absolute_url())
    return render(
        request,
        "nosam/meeting_attendance.html",
        {"area": meeting.area, "meeting": meeting, "form": form},
    )


@require_http_methods(["GET", "POST"])
@rule("nosam.change_meeting", get_meeting, visible="nosam.view_meeting")
def meeting_minutes(request, meeting):
    form = MinutesForm(request.POST or None, instance=meeting)
    if form.is_valid():
        services.minutes_save(
            meeting=meeting,
            text=form.cleaned_data["minutes"],
            publish=form.cleaned_data["minutes_published"],
        )
        messages.success(request, "Minnesanteckningarna är sparade.")
        return redirect(meeting.get_absolute_url())
    return render(
        request,
        "nosam/meeting_minutes.html",
        {"area": meeting.area, "meeting": meeting, "form": form},
    )


@require_GET
@rule("nosam.view_group_internal", get_group)
def group_representation(request, group):
    year = query_values(request, RepresentationQuery)["ar"] or timezone.localdate().year
    overview = RepresentationOverview.for_year(group, year)
    context = {"area": group.area, "group": group, "overview": overview, "year": year}
    return render(request, "nosam/group_representation.html", context)


@require_GET
@public
def group_calendar_feed(request, area, group):
    """iCalendar feed of the group's meetings, for calendar subscriptions."""
    group = get_group(area, group)
    response = HttpResponse(
        group_calendar(group, request), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'inline; filename="{group.slug}.ics"'
    return response
