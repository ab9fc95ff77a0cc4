"""Settings for the test suite: production settings with fast, local parts."""

import os

os.environ.setdefault("SECRET_KEY", "test-only-secret-key-not-for-production-use-0123456789")

from samla.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # noqa: F405 (WhiteNoise looks for it)
LOGGING = {"version": 1, "disable_existing_loggers": False}
# Tests close connections after each request, so the test database can be dropped.
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
if DATABASES["default"]["ENGINE"] == "samla.db.sqlite3":  # noqa: F405
    # A file, not memory: the live server's threads then open connections of
    # their own and contend for the write lock as on meeting day (an in-memory
    # test database would be one connection shared by every thread).
    import tempfile

    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": os.path.join(tempfile.gettempdir(), f"samla-test-{os.getpid()}.sqlite3")
    }

# The page cache's generation, per test process (xdist runs several at once).
PAGE_CACHE_GENERATION_FILE = os.path.join(
    __import__("tempfile").gettempdir(), f"samla-pages-{os.getpid()}.generation"
)
