from django.apps import AppConfig


class PlansConfig(AppConfig):
    name = "plans"
    verbose_name = "Planer"

    def ready(self):
        from nosam.agenda import offer_activities
        from plans import search  # noqa: F401 (registers what the site search finds here)
        from plans.board import agenda_activities, agenda_activity_status

        offer_activities(agenda_activities, status=agenda_activity_status)
