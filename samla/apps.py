from django.apps import AppConfig


class SamlaConfig(AppConfig):
    name = "samla"
    verbose_name = "SAMLA-portalen"
