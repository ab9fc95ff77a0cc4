from django.urls import path

from website import feeds, style_guide, views

app_name = "website"

urlpatterns = [
    path("helsa/", views.health, name="health"),
    path("helsa/redo/", views.readiness, name="readiness"),
    path("tillganglighet/", views.accessibility_statement, name="accessibility"),
    path("oppna-data/", views.open_data, name="open_data"),
    path("stil/", style_guide.style_guide, name="style_guide"),
    path("<slug:area>/sok/", views.search_page, name="search"),
    path("<slug:area>/planer/", views.published_plans, name="published_plans"),
    path("<slug:area>/minnesanteckningar/", views.published_minutes, name="published_minutes"),
    path("<slug:area>/flode.atom", feeds.area_feed, name="feed"),
    path("<slug:area>/", views.area_detail, name="area"),
    path("<slug:area>/grupper/<slug:group>/", views.group_detail, name="group"),
]
