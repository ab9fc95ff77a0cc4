from django.urls import include, path

from reports.views import editing, reading

app_name = "reports"

section_patterns = [
    path("", editing.section_edit, name="section_edit"),
    path("flytta/", editing.section_move, name="section_move"),
    path("ta-bort/", editing.section_delete, name="section_delete"),
]

report_patterns = [
    path("", reading.report_detail, name="report"),
    path("rapport.pdf", reading.report_pdf_view, name="report_pdf"),
    path("rapport.docx", reading.report_docx_view, name="report_docx"),
    path("redigera/", editing.report_edit, name="report_edit"),
    path("nasta-ar/", editing.report_continue, name="report_continue"),
    path("ekonomi/", editing.economy_edit, name="economy"),
    path("faststall/", editing.report_adopt, name="report_adopt"),
    path("publicera/", editing.report_publish, name="report_publish"),
    path("avsnitt/nytt/", editing.section_add, name="section_add"),
    path("avsnitt/<int:section>/", include(section_patterns)),
]

urlpatterns = [
    path("<slug:area>/rapporter/", reading.report_list, name="reports"),
    path("<slug:area>/rapporter/ny/", editing.report_create, name="report_create"),
    path("<slug:area>/rapporter/<int:report>/", include(report_patterns)),
]
