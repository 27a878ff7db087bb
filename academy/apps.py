from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


def _tolerate_tampered_chooser_ids() -> None:
    """Render Wagtail's chooser widgets empty, not a 500, when a POSTed id is not an id.

    Wagtail's ``BaseChooser.get_instance`` catches ``DoesNotExist`` but not the ``ValueError``
    or ``ValidationError`` a non-numeric id raises when the invalid form is re-rendered. The
    field's own validation has already reported the bad value. Remove once fixed upstream.
    """
    from django.core.exceptions import ValidationError

    from wagtail.admin.widgets.chooser import BaseChooser

    original = BaseChooser.get_instance
    if getattr(original, "_academy_tolerant", False):
        return

    def get_instance(self, value):
        try:
            return original(self, value)
        except (ValueError, TypeError, ValidationError):
            return None

    get_instance._academy_tolerant = True
    BaseChooser.get_instance = get_instance


class AcademyConfig(AppConfig):
    name = "academy"
    verbose_name = _("Academy")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        _tolerate_tampered_chooser_ids()
