"""Settings for SAMLA-portalen, read from the environment.

DATABASE_URL  database (default: SQLite file under var/)
SECRET_KEY    required unless in development mode
ALLOWED_HOSTS comma-separated host names
SAMLA_DEVELOPMENT "1" for development mode: a local key, local hosts, plain
              HTTP, mail to the console, static files from the source tree;
              error pages stay the site's own (make run)
DEBUG         "1" also shows Django's debug pages (tracebacks); implies
              development mode
"""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.contrib.messages import constants as message_constants
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("SAMLA_VAR_DIR", BASE_DIR / "var"))


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


DEBUG = env_bool("DEBUG")
# Development mode without DEBUG is what `make run` serves: a visitor trying
# the demo sees the site's own 400/404/500 pages, never a traceback or the
# URL configuration.
DEVELOPMENT = DEBUG or env_bool("SAMLA_DEVELOPMENT")

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEVELOPMENT:
        raise ImproperlyConfigured(
            "SECRET_KEY måste sättas utanför utvecklingsläget (SAMLA_DEVELOPMENT=1)."
        )
    SECRET_KEY = "development-only-insecure-key-do-not-use-in-production"

ALLOWED_HOSTS = [h.strip() for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h.strip()]
if DEVELOPMENT and not ALLOWED_HOSTS:
    ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "samla",  # before WhiteNoise: its runserver command wraps WhiteNoise's
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "axes",
    "csp",
    "crispy_forms",
    "crispy_bootstrap5",
    "django_htmx",
    "django_filters",
    "simple_history",
    "django_tasks",
    "django_tasks_db",
    "rules.apps.AutodiscoverRulesConfig",
    "nosam",
    "plans",
    "reminders",
    "deviations",
    "indicators",
    "reports",
    "website",
    "demo",
]

# The project's own apps, lowest layer first (pyproject.toml's layers contract).
PROJECT_APPS = [
    "samla",
    "nosam",
    "plans",
    "reminders",
    "deviations",
    "indicators",
    "reports",
    "website",
    "demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Anonymous readers of public pages are answered here, from the cache,
    # before sessions, users, CSRF and messages are looked at.
    "samla.pagecache.PublicPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # A 405 gets a Swedish page, not an empty answer.
    "samla.errors.MethodNotAllowedPageMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # Deny by default: refuses a view that states no access rule.
    "samla.access.AccessRuleMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks: it turns lockouts into a response.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "samla.urls"
WSGI_APPLICATION = "samla.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "website.context_processors.navigation",
            ],
        },
    },
]

# Database: SQLite under var/ unless DATABASE_URL says otherwise. SQLite gets a
# backend of our own that registers the Swedish collation on every connection.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'samla.sqlite3'}",
        # Reuse connections between requests (a new one per request costs more
        # than a cached page does); CONN_MAX_AGE=0 turns it off.
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["ENGINE"] = "samla.db.sqlite3"
    # Meeting day: many people write at once. WAL lets readers go on while one
    # writes; IMMEDIATE takes the write lock when a transaction begins, so a
    # waiting writer queues for `timeout` seconds instead of failing with
    # "database is locked" when it upgrades a read lock.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": int(os.environ.get("SQLITE_BUSY_TIMEOUT", "20")),
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
        **DATABASES["default"].get("OPTIONS", {}),
    }
    VAR_DIR.mkdir(parents=True, exist_ok=True)
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # A database host that vanishes must not hold a worker for the TCP timeout.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("connect_timeout", 5)
# While the database cannot be reached, pages answer 503 with this Retry-After.
# Atom entry ids are tag: URIs (RFC 4151): the site's domain (the host asked for
# when empty) and a day it was already the site's.
FEED_TAG_DOMAIN = os.environ.get("FEED_TAG_DOMAIN", "")
FEED_TAG_DATE = os.environ.get("FEED_TAG_DATE", "")

OUTAGE_RETRY_AFTER_SECONDS = int(os.environ.get("OUTAGE_RETRY_AFTER_SECONDS", "30"))

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
]

LANGUAGE_CODE = "sv"
LANGUAGES = [("sv", "Svenska")]
TIME_ZONE = "Europe/Stockholm"
USE_I18N = True
USE_TZ = True
# Date and number formats: samla/formats/sv/formats.py (ISO dates), the one source.
FORMAT_MODULE_PATH = ["samla.formats"]

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEVELOPMENT
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
MEDIA_ROOT = VAR_DIR / "media"
# In development WhiteNoise serves static files straight from the source tree
# (Django's runserver serves them only with DEBUG on).
WHITENOISE_USE_FINDERS = DEVELOPMENT
WHITENOISE_AUTOREFRESH = DEVELOPMENT

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/konto/"
LOGOUT_REDIRECT_URL = "/"

# Brute-force protection on the login form (django-axes).
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/lockout.html"
AXES_VERBOSE = False

# E-mail (password reset). Development prints mail to the console.
EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEVELOPMENT
    else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "SAMLA-portalen <noreply@localhost>")
# Where the portal is reached from outside: e-mail links are built on it.
PORTAL_URL = os.environ.get("PORTAL_URL", "http://127.0.0.1:8000")

# The accessibility statement (tillgänglighetsredogörelse) as Digg requires it.
ACCESSIBILITY = {
    "actor": os.environ.get("ACCESSIBILITY_ACTOR", "SAMLA – Vårdsamverkan Lerum Alingsås"),
    "service": "SAMLA-portalen (denna webbplats)",
    "compliance": "delvis förenlig",
    "assessed_on": "2026-11-22",
    "updated_on": "2026-11-22",
    "contact_email": os.environ.get("ACCESSIBILITY_CONTACT_EMAIL", "samla@example.se"),
    "response_time": "Vi svarar normalt inom två arbetsdagar.",
    "complaint_url": "https://www.digg.se/tdosanmalan",
}

# Cache: Redis when REDIS_URL is set (shared by all workers), else local memory.
REDIS_URL = os.environ.get("REDIS_URL", "")
CACHES = {
    "default": (
        {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            # An unreachable Redis fails fast instead of holding the worker.
            "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
        }
        if REDIS_URL
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    )
}
# Background work (django-tasks). Development and tests run a task as it is
# enqueued; production stores tasks in the database for `manage.py db_worker`
# (TASKS_BACKEND=database).
TASKS = {
    "default": {
        "BACKEND": (
            "django_tasks_db.DatabaseBackend"
            if os.environ.get("TASKS_BACKEND", "") == "database"
            else "django_tasks.backends.immediate.ImmediateBackend"
        ),
        "QUEUES": ["default"],
    }
}

# Part of every cache key and ETag of rendered pages: a new release renders anew.
RELEASE = os.environ.get("SAMLA_RELEASE", "0.5")

# Imports of deviation statistics: largest file accepted, and most rows.
DEVIATIONS_MAX_UPLOAD_BYTES = int(os.environ.get("DEVIATIONS_MAX_UPLOAD_BYTES", 5 * 1024 * 1024))
DEVIATIONS_MAX_ROWS = int(os.environ.get("DEVIATIONS_MAX_ROWS", 5_000))

# Imports of plans from Word.
WORD_MAX_UPLOAD_BYTES = int(os.environ.get("WORD_MAX_UPLOAD_BYTES", 10 * 1024 * 1024))
WORD_MAX_ROWS = int(os.environ.get("WORD_MAX_ROWS", 500))  # per table

# Every upload (samla/uploads.py): no XML part parsed whole may be larger than
# this, and reading stops with a message once it has taken this long.
UPLOAD_MAX_XML_BYTES = int(os.environ.get("UPLOAD_MAX_XML_BYTES", 5 * 1024 * 1024))
UPLOAD_TIME_BUDGET_SECONDS = float(os.environ.get("UPLOAD_TIME_BUDGET_SECONDS", 5))

# Content Security Policy: no inline scripts or styles anywhere.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
CSRF_FAILURE_VIEW = "samla.views.csrf_failure"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
if not DEVELOPMENT:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
    if not SECURE_HSTS_PRELOAD:
        # Preloading binds every subdomain of the owner's domain (often a
        # municipality's) for years: the site owner opts in, not the code.
        SILENCED_SYSTEM_CHECKS = ["security.W021"]

# The covering index of deviation statistics includes a column on PostgreSQL;
# SQLite ignores the INCLUDE part and works without it.
SILENCED_SYSTEM_CHECKS = [*globals().get("SILENCED_SYSTEM_CHECKS", []), "models.W040"]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"without_traceback": {"()": "samla.logs.WithoutTraceback"}},
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # A request for a Host not in ALLOWED_HOSTS gets a 400; one line in the log.
    "loggers": {"django.security.DisallowedHost": {"filters": ["without_traceback"]}},
}

# Messages map to Bootstrap's alert colours (an error is "danger").
MESSAGE_TAGS = {message_constants.ERROR: "danger"}
