from django.urls import include, path

from indicators import views, views_import, views_overview

app_name = "indicators"

indicator_patterns = [
    path("", views.indicator_detail, name="indicator"),
    path("redigera/", views.indicator_edit, name="indicator_edit"),
    path("ta-bort/", views.indicator_delete, name="indicator_delete"),
    path("varden/", views.value_create, name="value_create"),
]

urlpatterns = [
    path("matetal/<int:indicator>/", include(indicator_patterns)),
    path(
        "aktiviteter/<int:activity>/matetal/ny/",
        views.activity_indicator_create,
        name="activity_indicator_create",
    ),
    path("aktiviteter/<int:activity>/matvarde/", views.board_value, name="board_value"),
    path(
        "<slug:area>/malen/<int:goal>/matetal/ny/",
        views.goal_indicator_create,
        name="goal_indicator_create",
    ),
    path("<slug:area>/matetal/importera/", views_import.upload, name="import"),
    path(
        "<slug:area>/matetal/importera/<uuid:token>/",
        views_import.confirm,
        name="import_confirm",
    ),
    path("<slug:area>/matetal/mall.<str:kind>", views_import.template, name="template"),
    path("<slug:area>/lagesbild/", views_overview.overview, name="overview"),
    path(
        "<slug:area>/lagesbild/aktiviteter/",
        views_overview.overview_activities,
        name="overview_activities",
    ),
    path(
        "<slug:area>/lagesbild/lagesbild.xlsx", views_overview.overview_xlsx, name="overview_xlsx"
    ),
    path("<slug:area>/malen/", views_overview.goals, name="goals"),
    path("<slug:area>/malen/<int:goal>/", views_overview.goal, name="goal"),
]
