from django.apps import AppConfig


class PlansConfig(AppConfig):
    name = "plans"
    verbose_name = "Planer"

    def ready(self):
        from plans import search  # noqa: F401 (registers what the site search finds here)
