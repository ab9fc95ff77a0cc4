from django.urls import path

from nosam import views

app_name = "nosam"

urlpatterns = [
    path("", views.home, name="home"),
    path("<slug:area>/", views.area_detail, name="area"),
    path("<slug:area>/grupper/<slug:group>/", views.group_detail, name="group"),
]
