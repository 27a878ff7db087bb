from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """The Academy's own search index and engines (see the search issue)."""

    name = "search"
    label = "academy_search"
    verbose_name = _("Search")

    def ready(self):
        from search import receivers  # noqa: F401  (connects them)
