from django.urls import path

from reminders import views

app_name = "reminders"

urlpatterns = [
    path("konto/paminnelser/", views.preferences, name="preferences"),
    path("paminnelser/avsluta/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
