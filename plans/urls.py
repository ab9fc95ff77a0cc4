from django.urls import include, path

from plans.views import (
    board,
    editing,
    exports,
    follow_ups,
    history,
    publishing,
    reading,
    tools,
    transfer,
)

app_name = "plans"

plan_patterns = [
    path("", reading.activity_plan_detail, name="activity_plan"),
    path("utkast/", reading.plan_draft, name="plan_draft"),
    path("versioner/", reading.plan_versions, name="plan_versions"),
    path("version/<str:version>/", reading.plan_version, name="plan_version"),
    *[
        path(f"plan.{fmt}", exports.plan_export, {"fmt": fmt}, name=f"plan_{fmt}")
        for fmt in ("json", "csv", "xlsx", "docx", "pdf")
    ],
    *[
        path(
            f"version/<str:version>/plan.{fmt}",
            exports.plan_export,
            {"fmt": fmt},
            name=f"plan_version_{fmt}",
        )
        for fmt in ("json", "csv", "xlsx", "docx", "pdf")
    ],
    *[
        path(f"utkast/plan.{fmt}", exports.draft_export, {"fmt": fmt}, name=f"plan_draft_{fmt}")
        for fmt in ("csv", "xlsx", "docx")
    ],
    path("jamfor/", reading.plan_compare, name="plan_compare"),
    path("historik/", history.plan_history_page, name="plan_history"),
    path("redigera/", editing.plan_edit, name="plan_edit"),
    path("kopiera/", editing.plan_copy, name="plan_copy"),
    path("publicera/", publishing.plan_publish, name="plan_publish"),
    path("aktiviteter/ny/", editing.activity_create, name="activity_create"),
]

activity_patterns = [
    path("", follow_ups.activity_detail, name="activity"),
    path("redigera/", editing.activity_edit, name="activity_edit"),
    path("rad/", editing.activity_row, name="activity_row"),
    path("flytta/", editing.activity_move, name="activity_move"),
    path("ta-bort/", editing.activity_delete, name="activity_delete"),
    path("uppfoljning/", follow_ups.follow_up_create, name="follow_up_create"),
    path("status/", board.activity_status, name="activity_status"),
    path("tavla/", board.board_row_forms, name="board_row_forms"),
]

urlpatterns = [
    path("datum/tolka/", tools.partial_date_preview, name="partial_date_preview"),
    path("aktiviteter/<int:activity>/", include(activity_patterns)),
    path("<slug:area>/aktivitetsplaner/ny/", editing.plan_create, name="plan_create"),
    path("<slug:area>/aktivitetsplaner/importera/", transfer.word_import, name="word_import"),
    path(
        "<slug:area>/aktivitetsplaner/importera/<uuid:token>/",
        transfer.word_import_preview,
        name="word_import_preview",
    ),
    path("<slug:area>/grupper/<slug:group>/motesvy/", board.board, name="board"),
    path("<slug:area>/grupper/<slug:group>/aktivitetsplaner/<slug:plan>/", include(plan_patterns)),
    path(
        "<slug:area>/handlingsplaner/<slug:plan>/",
        reading.action_plan_detail,
        name="action_plan",
    ),
    path(
        "<slug:area>/handlingsplaner/<slug:plan>/publicera/",
        publishing.action_plan_publish,
        name="action_plan_publish",
    ),
]
