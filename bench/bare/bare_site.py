"""A bare Django 5.2 site: one view that answers "Hello, world", with the apps
and middleware `startproject` gives a new project (the view touches neither
session nor database). The portal's bench compares against it,
under the same gunicorn settings, in the same run.

    gunicorn --chdir bench/bare bare_site:application
"""

import os

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

settings.configure(
    DEBUG=False,
    SECRET_KEY=os.environ.get("SECRET_KEY", "bare-bench-" + "x" * 40),
    ALLOWED_HOSTS=["*"],
    ROOT_URLCONF=__name__,
    INSTALLED_APPS=[
        "django.contrib.auth",
        "django.contrib.contenttypes",
        "django.contrib.sessions",
        "django.contrib.messages",
    ],
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    # What `startproject` puts in MIDDLEWARE, so the baseline is a usual Django.
    MIDDLEWARE=[
        "django.middleware.security.SecurityMiddleware",
        "django.contrib.sessions.middleware.SessionMiddleware",
        "django.middleware.common.CommonMiddleware",
        "django.middleware.csrf.CsrfViewMiddleware",
        "django.contrib.auth.middleware.AuthenticationMiddleware",
        "django.contrib.messages.middleware.MessageMiddleware",
        "django.middleware.clickjacking.XFrameOptionsMiddleware",
    ],
)


def hello(request):
    return HttpResponse("Hello, world")


urlpatterns = [path("", hello)]
application = get_wsgi_application()
