from django.apps import AppConfig


class NosamConfig(AppConfig):
    name = "nosam"
    verbose_name = "Samverkansstruktur"

    def ready(self):
        from nosam import search  # noqa: F401 (registers what the site search finds here)
