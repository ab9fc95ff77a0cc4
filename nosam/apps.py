from django.apps import AppConfig


class NosamConfig(AppConfig):
    name = "nosam"
    verbose_name = "Samverkansstruktur"
