"""The base of every Academy page: keeps a visitor in their language on untranslated content."""

from django.conf import settings
from django.utils.translation import get_language

from wagtail.models import Locale, Page


def _fallback_languages(request) -> tuple[int, set[str]]:
    """The default locale's id, and the UI languages with no home page of their own.

    Those languages are shown default-language content. Computed once per request (two
    queries), since every link on a page asks.
    """
    cached = getattr(request, "_academy_fallback_languages", None) if request else None
    if cached is not None:
        return cached
    translated = set(
        Page.objects.filter(depth=2, live=True).values_list("locale__language_code", flat=True)
    )
    result = (
        Locale.get_default().pk,
        {code for code, _name in settings.LANGUAGES} - translated,
    )
    if request is not None:
        request._academy_fallback_languages = result
    return result


class AcademyPage(Page):
    """Abstract base page.

    A language with no page tree of its own (say French, before any page is translated) is
    served the default-language pages with the French interface, at ``/fr/...``. Wagtail would
    link those pages at their own language's URL (``/...``) and drop the visitor back into
    English at the first click; here their links keep the visitor's language prefix instead.
    """

    class Meta:
        abstract = True

    def get_url_parts(self, request=None):
        parts = super().get_url_parts(request)
        if parts is None:
            return parts
        active = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
        if active == settings.LANGUAGE_CODE:
            return parts
        default_locale_id, fallback_languages = _fallback_languages(request)
        if self.locale_id == default_locale_id and active in fallback_languages:
            site_id, root_url, page_path = parts
            if not page_path.startswith(f"/{active}/"):
                page_path = f"/{active}{page_path}"
            return site_id, root_url, page_path
        return parts


class CleanRichTextMixin:
    """Pass every rich text field and rich text block through ``clean_rich_text`` before the
    page is validated, saved as a revision or saved, so stored markup is always inert."""

    def clean_rich_text_fields(self) -> None:
        from wagtail.fields import RichTextField, StreamField

        from academy.sanitize import clean_rich_text, clean_stream_value

        for model_field in self._meta.concrete_fields:
            if isinstance(model_field, RichTextField):
                value = getattr(self, model_field.attname)
                setattr(self, model_field.attname, clean_rich_text(value))
            elif isinstance(model_field, StreamField):
                value = getattr(self, model_field.attname)
                if value is not None and not isinstance(value, str | list):
                    clean_stream_value(model_field.stream_block, value)

    def full_clean(self, *args, **kwargs):
        self.clean_rich_text_fields()
        return super().full_clean(*args, **kwargs)

    def save(self, *args, **kwargs):
        self.clean_rich_text_fields()
        return super().save(*args, **kwargs)
