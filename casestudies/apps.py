from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CaseStudiesConfig(AppConfig):
    """Case studies and best practices (see the case studies issue)."""

    name = "casestudies"
    verbose_name = _("Case studies")
