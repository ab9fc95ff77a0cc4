from django.urls import path

from deviations.views import analysis, imports, statistics

app_name = "deviations"

urlpatterns = [
    path("<slug:area>/avvikelser/", statistics.statistics_page, name="statistics"),
    path("<slug:area>/avvikelser/export.csv", statistics.statistics_csv, name="statistics_csv"),
    path("<slug:area>/avvikelser/mal/", statistics.goal_page, name="goal"),
    path("<slug:area>/avvikelser/statistik/", statistics.public_statistics, name="public"),
    path(
        "<slug:area>/avvikelser/rapport/<str:period>/",
        statistics.half_year_report,
        name="report",
    ),
    path(
        "<slug:area>/avvikelser/rapport/<str:period>/rapport.pdf",
        statistics.half_year_report_pdf,
        name="report_pdf",
    ),
    path("<slug:area>/avvikelser/import/", imports.upload, name="import"),
    path("<slug:area>/avvikelser/import/<uuid:token>/", imports.confirm, name="import_confirm"),
    path(
        "<slug:area>/avvikelser/mall.<str:kind>",
        imports.template,
        name="template",
    ),
    path("<slug:area>/avvikelser/analys/", analysis.findings, name="findings"),
    path("<slug:area>/avvikelser/analys/<int:finding>/", analysis.finding_detail, name="finding"),
    path("<slug:area>/avvikelser/arenden/", analysis.cases, name="cases"),
]
