from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "reports"
    verbose_name = "Årsrapporter"

    def ready(self):
        from deviations.statistics import publishes_years
        from reports import search  # noqa: F401 (registers what the site search finds here)
        from reports.selectors import published_deviation_years

        publishes_years(published_deviation_years)
