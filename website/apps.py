from django.apps import AppConfig


class WebsiteConfig(AppConfig):
    name = "website"
    verbose_name = "Webbplats"

    def ready(self):
        from samla import search
        from website import indexing

        search.changed.connect(indexing.content_changed, dispatch_uid="website.indexing")
