from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "reports"
    verbose_name = "Årsrapporter"

    def ready(self):
        from reports import search  # noqa: F401 (registers what the site search finds here)
