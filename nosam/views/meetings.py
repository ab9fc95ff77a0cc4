"""Meetings of groups: agenda, attendance, minutes, and a calendar feed."""

from datetime import datetime, time, timedelta

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_safe

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
from nosam.minutes import minutes_draft, minutes_render
from nosam.representation import RepresentationOverview
from nosam.roles import roles_of
from nosam.selectors import AttendanceList, suggested_next_meeting
from samla.access import public, rule
from samla.collation import swedish
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


@require_safe
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


@require_safe
@rule("nosam.view_meeting", get_meeting)
def meeting_detail(request, meeting):
    internal = request.user.has_perm("nosam.view_meeting_internal", meeting)
    shows_minutes = meeting.minutes_published or internal
    people = meeting.person_attendances.select_related("person").order_by(swedish("person__name"))
    context = {
        "area": meeting.area,
        "meeting": meeting,
        "internal": internal,
        "agenda": meeting.agenda_items.select_related("activity") if internal else [],
        "attendance": meeting.attendances.select_related("organisation") if internal else [],
        "people": people if internal else [],
        "minutes_html": minutes_render(meeting.minutes) if shows_minutes else "",
        "can_change": request.user.has_perm("nosam.change_meeting", meeting),
        # The boards this user may open (the rule of plans.views.board.board).
        "boards": [
            g for g in meeting.groups.all() if request.user.has_perm("nosam.view_group_internal", g)
        ],
    }
    return render(request, "nosam/meeting_detail.html", context)


@require_http_methods(["GET", "POST"])
@rule("nosam.change_meeting", get_meeting, visible="nosam.view_meeting")
def meeting_attendance(request, meeting):
    """Who was there: the organisations and people expected, and others added."""
    form = AttendanceForm(request.POST or None, attendance=AttendanceList.of(meeting))
    if form.is_valid():
        try:
            services.attendance_record(
                meeting=meeting,
                organisations=form.organisations(),
                present=form.present_ids(),
                people=form.people(),
                present_people=form.present_people(),
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            if added := form.added():  # back to the list, to see them there or add more
                messages.success(request, f"Närvaron är sparad. Tillagda: {', '.join(added)}.")
                return redirect(request.path)
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
    """Write the minutes: from a draft of the agenda if one likes, previewed
    (htmx, or the page again without JavaScript), then saved and published."""
    action = request.POST.get("atgard", "")
    if action in ("utkast", "ersatt"):
        return _minutes_draft(request, meeting, replace=action == "ersatt")
    form = MinutesForm(request.POST or None, instance=meeting)
    if action == "forhandsgranska":
        form.is_valid()  # what could not be saved is said beside the preview
        preview = minutes_render(form.data.get("minutes", ""))
        if request.htmx:
            context = {"preview": preview, "form": form, "alone": True}
            return render(request, "nosam/_minutes_preview.html", context)
        return _minutes_page(request, meeting, form, preview=preview)
    if form.is_valid():
        services.minutes_save(
            meeting=meeting,
            text=form.cleaned_data["minutes"],
            publish=form.cleaned_data["minutes_published"],
        )
        messages.success(request, "Minnesanteckningarna är sparade.")
        return redirect(meeting.get_absolute_url())
    return _minutes_page(request, meeting, form)


def _minutes_draft(request, meeting, *, replace: bool):
    """The form with the agenda's draft, or, over text already written, the
    draft beside it to replace it with only if the user says so."""
    draft = minutes_draft(meeting=meeting)
    written = request.POST.get("minutes", "")
    keep = bool(written.strip()) and not replace
    initial = {
        "minutes": written if keep else draft,
        "minutes_published": bool(request.POST.get("minutes_published")),
    }
    form = MinutesForm(initial=initial, instance=meeting)
    return _minutes_page(request, meeting, form, draft=minutes_render(draft) if keep else None)


def _minutes_page(request, meeting, form, *, preview=None, draft=None):
    context = {
        "area": meeting.area,
        "meeting": meeting,
        "form": form,
        "preview": preview,
        "draft": draft,
        "has_agenda": meeting.agenda_items.exists(),
    }
    return render(request, "nosam/meeting_minutes.html", context)


@require_safe
@rule("nosam.view_group_internal", get_group)
def group_representation(request, group):
    year = query_values(request, RepresentationQuery)["ar"] or timezone.localdate().year
    overview = RepresentationOverview.for_year(group, year)
    context = {"area": group.area, "group": group, "overview": overview, "year": year}
    return render(request, "nosam/group_representation.html", context)


@require_safe
@public
def group_calendar_feed(request, area, group):
    """iCalendar feed of the group's meetings, for calendar subscriptions."""
    group = get_group(area, group)
    response = HttpResponse(
        group_calendar(group, request), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'inline; filename="{group.slug}.ics"'
    return response
