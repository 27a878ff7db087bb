from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """The shared toolkit every content app builds on. It imports no content app."""

    name = "core"
    verbose_name = _("Academy core")
