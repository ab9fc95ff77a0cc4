from django.urls import include, path

from nosam.views import meetings, structure

app_name = "nosam"

group_patterns = [
    path("moten/", meetings.group_meetings, name="group_meetings"),
    path("moten/nytt/", meetings.meeting_create, name="meeting_create"),
    path("moten.ics", meetings.group_calendar_feed, name="group_calendar"),
    path("representation/", meetings.group_representation, name="group_representation"),
]

meeting_patterns = [
    path("", meetings.meeting_detail, name="meeting"),
    path("redigera/", meetings.meeting_edit, name="meeting_edit"),
    path("narvaro/", meetings.meeting_attendance, name="meeting_attendance"),
    path("minnesanteckningar/", meetings.meeting_minutes, name="meeting_minutes"),
]

urlpatterns = [
    path("", structure.home, name="home"),
    path("<slug:area>/grupper/<slug:group>/", include(group_patterns)),
    path("<slug:area>/moten/<int:meeting>/", include(meeting_patterns)),
]
