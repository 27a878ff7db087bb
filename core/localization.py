"""The one rule for which translation of a page a visitor is shown.

A visitor reading the site in a language is shown, of each page, the version in that language
where one is visible; otherwise the version in the site's default language (English); otherwise
the original, the oldest visible version. A listing, a search, a feed or a card built on this
rule never hides a page because it has not been translated, and never shows a page twice.

Where the version shown is not in the visitor's language, templates say so (a language badge,
``lang`` on the content): compare ``page.locale_id`` with the visitor's locale.
"""

from collections import defaultdict
from collections.abc import Iterable

from django.conf import settings
from django.db.models import Exists, OuterRef, Q, QuerySet

from wagtail.models import Locale, Page

from core.visibility import visible


def _locale_codes() -> dict[int, str]:
    return dict(Locale.objects.values_list("pk", "language_code"))


def shown_versions(queryset: QuerySet, *, locale: Locale, hidden: Q | None = None) -> QuerySet:
    """Of the visible pages of ``queryset`` (any locale), the version of each page a visitor
    of ``locale`` is shown: one row per translation key, in SQL, so the result can be filtered,
    counted and paginated like any queryset.

    Pass the listing's unfiltered base and filter the result: which version is shown does not
    depend on the filters a visitor picked.
    """
    default = Locale.get_default()
    base = visible(queryset, hidden)
    same_page = base.filter(translation_key=OuterRef("translation_key"))
    in_language = Q(locale=locale)
    in_default = Q(locale=default) & ~Exists(same_page.filter(locale=locale))
    original = (
        ~Q(locale__in=[locale.pk, default.pk])
        & ~Exists(same_page.filter(locale__in=[locale.pk, default.pk]))
        & ~Exists(same_page.filter(pk__lt=OuterRef("pk")))
    )
    return base.filter(in_language | in_default | original)


def pick_version(versions: Iterable[Page], *, language_code: str, codes: dict[int, str]):
    """The version shown in ``language_code`` among visible ``versions`` of one page."""
    versions = sorted(versions, key=lambda version: version.pk)
    for wanted in (language_code, settings.LANGUAGE_CODE):
        for version in versions:
            if codes.get(version.locale_id) == wanted:
                return version
    return versions[0] if versions else None


def version_for(page: Page, *, locale: Locale, hidden: Q | None = None) -> Page | None:
    """The version of ``page`` a visitor of ``locale`` is shown, or None if none is visible."""
    model = type(page)
    versions = visible(model.objects.filter(translation_key=page.translation_key), hidden)
    return pick_version(versions, language_code=locale.language_code, codes=_locale_codes())


def shown_languages(pages: Iterable[Page], hidden: Q | None = None) -> dict[int, set[str]]:
    """For each page, the UI languages whose visitors are shown that very version of it
    (empty when another version is shown everywhere). One query for any number of pages."""
    pages = list(pages)
    if not pages:
        return {}
    codes = _locale_codes()
    versions: dict[object, list] = defaultdict(list)
    model = type(pages[0]) if len({type(page) for page in pages}) == 1 else Page
    for version in visible(
        model.objects.filter(translation_key__in={page.translation_key for page in pages}),
        hidden,
    ).only("pk", "locale_id", "translation_key"):
        versions[version.translation_key].append(version)
    result: dict[int, set[str]] = {page.pk: set() for page in pages}
    for code, _name in settings.LANGUAGES:
        for group in versions.values():
            chosen = pick_version(group, language_code=code, codes=codes)
            if chosen is not None and chosen.pk in result:
                result[chosen.pk].add(code)
    return result
