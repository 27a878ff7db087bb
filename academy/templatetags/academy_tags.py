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
    # The specific class (without loading its fields), so AcademyPage's links keep the
    # visitor's language prefix on languages without their own pages.
    return site.root_page.localized.specific_deferred


@register.filter
def linkable(pages):
    """Pages of a queryset as their specific classes, fields deferred, for ``{% pageurl %}``:
    base ``Page`` objects would link French visitors back to the English URL."""
    return pages.specific(defer=True)


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
    return list(home.get_children().live().public().in_menu().order_by("path").specific(defer=True))


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per UI language, for the switcher and ``hreflang`` alternates.

    A page links to its own translation where there is one. A language with no page tree of
    its own shows this page with its interface in that language. A language whose tree lacks
    this page links to the nearest translated ancestor, never to a missing page.
    """
    request = context.get("request")
    page = context.get("page")
    current = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    path = request.get_full_path() if request else "/"
    if not (isinstance(page, Page) and page.pk):
        return [_link(code, translate_url(path, code), current) for code, _n in settings.LANGUAGES]

    ancestors = list(page.get_ancestors(inclusive=True).filter(depth__gte=2).order_by("-depth"))
    keys = [ancestor.translation_key for ancestor in ancestors]
    found: dict[tuple[str, object], Page] = {}
    for translation in (
        Page.objects.live()
        .filter(translation_key__in=keys)
        .select_related("locale")
        .order_by("-depth")
    ):
        found[(translation.locale.language_code, translation.translation_key)] = translation
    homes = {code for code, _key in found if _key == ancestors[-1].translation_key}

    links = []
    for code, _name in settings.LANGUAGES:
        if code == current:
            links.append(_link(code, path, current, exists=(code, page.translation_key) in found))
            continue
        if code not in homes:
            links.append(_link(code, translate_url(path, code), current, exists=False))
            continue
        target = next((found[(code, key)] for key in keys if (code, key) in found), None)
        with override(code):
            url = target.get_url(request=request) if target else translate_url(path, code)
        exists = target is not None and target.translation_key == page.translation_key
        links.append(_link(code, url, current, exists=exists))
    return links


def _link(code: str, url: str, current: str, exists: bool = True) -> dict:
    return {
        "code": code,
        "name": LANGUAGE_NAMES.get(code, code),
        "url": url,
        "current": code == current,
        "translated": exists,
    }


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
