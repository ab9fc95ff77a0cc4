from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "SAMLA-portalen – administration"
admin.site.site_title = "SAMLA-portalen"
admin.site.index_title = "Administration"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("plans.urls")),
    path("", include("nosam.urls")),
]
