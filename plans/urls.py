from django.urls import path

from plans import views

app_name = "plans"

urlpatterns = [
    path(
        "<slug:area>/grupper/<slug:group>/aktivitetsplaner/<slug:plan>/",
        views.activity_plan_detail,
        name="activity_plan",
    ),
    path(
        "<slug:area>/handlingsplaner/<slug:plan>/",
        views.action_plan_detail,
        name="action_plan",
    ),
]
