from django.apps import AppConfig


class SamlaConfig(AppConfig):
    name = "samla"
    verbose_name = "SAMLA-portalen"

    def ready(self):
        from django.conf import settings

        from samla import pagecache, search
        from samla.db import lookups  # noqa: F401 (registers the integer __in lookup)

        # Cached public pages go stale with every change of the project's content.
        pagecache.watch_models(settings.PROJECT_APPS)
        search.changed.connect(pagecache.content_changed, dispatch_uid="pages-search")
