from django.apps import AppConfig


class SamlaConfig(AppConfig):
    name = "samla"
    verbose_name = "SAMLA-portalen"

    def ready(self):
        from samla.db import lookups  # noqa: F401 (registers the integer __in lookup)
