"""Template tags for the site chrome: navigation, language switcher, map data."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, override

from wagtail.models import Locale, Page, Site

register = template.Library()

LANGUAGE_NAMES = {"en": "English", "es": "Español", "fr": "Français", "pt": "Português"}


def _site_home(request):
    site = Site.find_for_request(request) if request else None
    if site is None:
        return None
    return site.root_page.localized


@register.simple_tag(takes_context=True)
def site_home(context):
    """The home page in the active language (or the default one where not translated)."""
    return _site_home(context.get("request"))


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The home page's children marked "show in menus", in the active language."""
    home = _site_home(context.get("request"))
    if home is None:
        return []
    return list(home.get_children().live().public().in_menu().order_by("path"))


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per UI language: the page's translation where there is one.

    Where a page has no translation in a language, the link keeps the same page and shows it
    with that language's interface (Wagtail falls back to the default-language content).
    """
    request = context.get("request")
    page = context.get("page")
    current = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    translations = {}
    if isinstance(page, Page) and page.pk:
        for translation in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[translation.locale.language_code] = translation
    path = request.get_full_path() if request else "/"
    links = []
    for code, _name in settings.LANGUAGES:
        translation = translations.get(code)
        if translation is not None and translation.locale.language_code != current:
            with override(code):
                url = translation.get_url(request=request)
        else:
            url = translate_url(path, code)
        links.append(
            {
                "code": code,
                "name": LANGUAGE_NAMES.get(code, code),
                "url": url,
                "current": code == current,
            }
        )
    return links


@register.simple_tag
def active_locale():
    return Locale.get_active()


@register.filter
def pick(mapping, key):
    """``{{ mapping|pick:key }}``: dictionary lookup in templates."""
    try:
        return mapping[key]
    except (KeyError, TypeError, IndexError):
        return ""
