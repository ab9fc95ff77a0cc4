from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path, reverse_lazy

from samla.access import public, rule

admin.site.site_header = "SAMLA-portalen – administration"
admin.site.site_title = "SAMLA-portalen"
admin.site.index_title = "Administration"

signed_in = rule("samla.authenticated")

account_patterns = [
    path(
        "logga-in/",
        public(auth_views.LoginView.as_view(redirect_authenticated_user=True)),
        name="login",
    ),
    path("logga-ut/", public(auth_views.LogoutView.as_view()), name="logout"),
    path(
        "losenord/",
        signed_in(
            auth_views.PasswordChangeView.as_view(success_url=reverse_lazy("password_change_done"))
        ),
        name="password_change",
    ),
    path(
        "losenord/klart/",
        signed_in(auth_views.PasswordChangeDoneView.as_view()),
        name="password_change_done",
    ),
    path(
        "glomt-losenord/",
        public(
            auth_views.PasswordResetView.as_view(success_url=reverse_lazy("password_reset_done"))
        ),
        name="password_reset",
    ),
    path(
        "glomt-losenord/skickat/",
        public(auth_views.PasswordResetDoneView.as_view()),
        name="password_reset_done",
    ),
    path(
        "aterstall/<uidb64>/<token>/",
        public(
            auth_views.PasswordResetConfirmView.as_view(
                success_url=reverse_lazy("password_reset_complete")
            )
        ),
        name="password_reset_confirm",
    ),
    path(
        "aterstall/klart/",
        public(auth_views.PasswordResetCompleteView.as_view()),
        name="password_reset_complete",
    ),
]

# A lost database answers 503 with Retry-After (samla/outage.py).
handler500 = "samla.outage.server_error"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("konto/", include(account_patterns)),
    path("konto/", include("reminders.account_urls")),  # Mina sidor: my work and reminders
    path("", include("website.urls")),
    path("", include("deviations.urls")),
    path("", include("reports.urls")),
    path("", include("reminders.urls")),
    path("", include("indicators.urls")),
    path("", include("plans.urls")),
    path("", include("nosam.urls")),
]

handler400 = "samla.query.bad_request"
