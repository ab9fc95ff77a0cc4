from django.apps import AppConfig


class IndicatorsConfig(AppConfig):
    name = "indicators"
    verbose_name = "Mätetal och lägesbild"

    def ready(self):
        from indicators import snapshots  # noqa: F401 (takes a snapshot at each publication)
        from indicators.charts import plan_pdf_part
        from plans.file_parts import offer_pdf_part

        offer_pdf_part(plan_pdf_part)  # the plan's PDF shows its indicators
