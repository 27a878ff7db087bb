"""The parameters of shared/specs/search-api.md, read once for the page and the API alike.

A search is bookmarkable: everything it needs is in the query string, and the page links back
to itself (facets, chips, pages, "did you mean") with the same parameters. So reading them and
writing them back live together here, as :class:`SearchParams`.

Whatever arrives is read without error, because a stale bookmark or a hand-edited URL should
still show a search: ``q`` is cut to 500 characters, unknown parameters and values are ignored,
repeated values are deduplicated and capped. The one thing refused is a ``page`` that is not a
page number (:class:`BadParameter`, a 400): there is no sensible page to show instead.
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property
from urllib.parse import urlencode

from django.conf import settings
from django.utils.translation import get_language, get_language_info, gettext
from django.utils.translation import gettext_lazy as _

from django_countries import countries

from academy.filters import MAX_VALUES_PER_PARAMETER, Facet, FilteredListing, Option
from academy.models import Programme, ThematicCluster
from academy.taxonomy import SizeBand, WorldRegion
from casestudies.vocabulary import SDG_NAMES
from search.engines.base import (
    DOCUMENT_TYPES,
    FACETS,
    LANGUAGES,
    MAX_QUERY_LENGTH,
    PAGE_SIZE,
    SCOPE,
    SearchRequest,
)
from search.query import parse_query

ALL_LANGUAGES = "all"
SORTS = ("relevance", "date")
# Far beyond any corpus (200,000 results); a larger number is a mistake or a probe.
MAX_PAGE = 10_000
# The filter parameters: each is the facet of the same name. The "language" facet is `lang`.
FILTERS = ("type", "cluster", "region", "country", "programme", "size", "sdg")

TYPE_LABELS = {
    "course": _("Course"),
    "lesson": _("Lesson"),
    "casestudy": _("Case study"),
    "bestpractice": _("Best practice"),
    "city": _("City"),
}
FACET_LABELS = {
    "type": _("Content type"),
    "cluster": _("Thematic cluster"),
    "region": _("World region"),
    "country": _("Country"),
    "programme": _("Programme"),
    "size": _("City size"),
    "sdg": _("Sustainable Development Goal"),
    "language": _("Language"),
}

# Control characters (null bytes included) and lone surrogates: read as spaces, so that
# what is echoed back into the page and the JSON is plain text.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_PAGE = re.compile(r"[0-9]{1,9}")
_SDG = re.compile(r"[0-9]{1,2}")


class BadParameter(ValueError):
    """A parameter that cannot be read: ``code`` is stable, ``message`` is for the user."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class Vocabulary:
    """Every value a filter parameter accepts, with its label in the active language.

    Clusters and programmes are editable snippets: they are read from the database once, on
    first use (a request filtering on neither, through the API, costs no query at all).
    """

    @cached_property
    def _clusters(self) -> dict[str, str]:
        return {c.slug: c.display_name for c in ThematicCluster.objects.all()}

    @cached_property
    def _programmes(self) -> dict[str, str]:
        return {p.slug: p.display_name for p in Programme.objects.all()}

    def choices(self, name: str) -> Mapping[str, str]:
        """Value -> label, in the order the page lists them (countries: see :meth:`label`)."""
        if name == "type":
            return {value: TYPE_LABELS.get(value, value) for value in DOCUMENT_TYPES}
        if name == "cluster":
            return self._clusters
        if name == "programme":
            return self._programmes
        if name == "region":
            return dict(WorldRegion.choices)
        if name == "size":
            return dict(SizeBand.choices)
        if name == "sdg":
            return {str(number): f"{number}. {label}" for number, label in SDG_NAMES.items()}
        if name == "language":
            return {code: language_name(code) for code in LANGUAGES}
        return {}

    def accept(self, name: str, value: str) -> str | None:
        """``value`` as the index stores it, or None when the parameter has no such value."""
        value = value.strip()
        if name == "country":
            code = value.upper()
            return code if len(code) == 2 and code in countries else None
        if name == "sdg":
            # ASCII digits only: int() would also read "٣" or "³".
            return str(int(value)) if _SDG.fullmatch(value) and 1 <= int(value) <= 17 else None
        return value if value in self.choices(name) else None

    def label(self, name: str, value: str) -> str:
        if name == "country":
            return str(countries.name(value) or value)
        return str(self.choices(name).get(value, value))


def language_name(code: str) -> str:
    """A content language's name in the interface's language ("Spanish", "Español")."""
    return get_language_info(code)["name_translated"]


def request_language() -> str:
    """The interface's language as a content language: whose default scope ``lang`` means
    when it is absent (what a visitor of that language is shown on the site)."""
    code = (get_language() or settings.LANGUAGE_CODE).split("-")[0].lower()
    return code if code in LANGUAGES else settings.LANGUAGE_CODE


def first_value(params, name: str) -> str:
    """A single parameter's value: the first, when it is repeated."""
    values = params.getlist(name)
    return values[0] if values else ""


def parse_lang(value: str) -> str:
    """The `lang` parameter: a content language, "all", or "" (absent or unknown: the
    default scope)."""
    value = value.strip().lower()
    return value if value in (*LANGUAGES, ALL_LANGUAGES) else ""


def clean_text(text: str) -> str:
    """``q`` as it is searched and shown: at most 500 characters, no control characters."""
    return _CONTROL.sub(" ", text[:MAX_QUERY_LENGTH])


def parse_page(value: str) -> int:
    """The 1-based page number; an empty value is the first page."""
    value = value.strip()
    if not value:
        return 1
    if not _PAGE.fullmatch(value) or not 1 <= int(value) <= MAX_PAGE:
        raise BadParameter(
            "invalid_page",
            gettext("The page must be a whole number from 1 to %(max)s.") % {"max": MAX_PAGE},
        )
    return int(value)


@dataclass
class SearchParams:
    """One search as the query string asks for it, validated."""

    q: str = ""
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # The `lang` parameter as given and accepted: "" when absent (the default scope), a
    # content language, or "all".
    lang: str = ""
    # The interface's language, whose default scope an absent `lang` means.
    default_language: str = ""
    sort: str = "relevance"
    page: int = 1
    vocabulary: Vocabulary = field(default_factory=Vocabulary, repr=False)

    @property
    def ui_language(self) -> str:
        return self.default_language or request_language()

    @property
    def languages(self) -> tuple[str, ...]:
        """The content language chosen with `lang`, if one was: empty for every language and
        for the default scope."""
        return (self.lang,) if self.lang in LANGUAGES else ()

    @property
    def scope(self) -> str:
        """The UI language whose default scope is searched ("" when `lang` chose otherwise):
        the pages in that language, and the version shown in their place of the others."""
        return "" if self.lang else self.ui_language

    @property
    def language_choice(self) -> str:
        """The value of the page's language control: "" (the default scope), a language, or
        "all"."""
        return self.lang

    @property
    def is_filtered(self) -> bool:
        return any(self.filters.values())

    def search_request(self, *, lang: str | None = None) -> SearchRequest:
        """The engine's request for this search (``lang`` replacing this search's own)."""
        params = self if lang is None else replace(self, lang=lang)
        filters = dict(self.filters)
        if params.languages:
            filters["language"] = params.languages
        elif params.scope:
            filters[SCOPE] = (params.scope,)
        return SearchRequest(
            query=parse_query(self.q),
            text=self.q,
            filters=filters,
            sort=self.sort,
            page=self.page if lang is None else 1,
            page_size=PAGE_SIZE,
        )

    # -- links back to the search ---------------------------------------------------------------

    def query_string(self, *, filters=None, **changes) -> str:
        """This search's parameters (``filters`` and ``changes`` replacing some) as a query
        string, without the page unless one is given: a changed search starts on page 1.
        Defaults are left out, so links stay short."""
        values = {"q": self.q.strip(), "lang": self.lang, "sort": self.sort, "page": None}
        values.update(changes)
        chosen = self.filters if filters is None else filters
        pairs = [("q", values["q"])] if values["q"] else []
        pairs += [(name, value) for name in FILTERS for value in chosen.get(name, ())]
        if values["lang"]:
            pairs.append(("lang", values["lang"]))
        if values["sort"] and values["sort"] != SORTS[0]:
            pairs.append(("sort", values["sort"]))
        if values["page"] and int(values["page"]) > 1:
            pairs.append(("page", values["page"]))
        return urlencode(pairs)

    def without(self, name: str, value: str) -> str:
        """The query string with one filter value removed."""
        return self.query_string(
            filters={
                key: tuple(v for v in values if not (key == name and v == value))
                for key, values in self.filters.items()
            }
        )

    # -- facets and chips, in the shapes of academy/filters.py -----------------------------------

    def facets(self, counts: Mapping[str, Mapping[str, int]]) -> list[Facet]:
        """Every facet of the spec with its options: those the results have, and those chosen
        (a chosen value with no result still shows, so it can be unticked)."""
        facets = []
        for name in FACETS:
            found = counts.get(name, {})
            chosen = self.languages if name == "language" else self.filters.get(name, ())
            if name == "country":
                values = sorted(
                    {*found, *chosen}, key=lambda code: self.vocabulary.label(name, code).lower()
                )
                values = [value for value in values if self.vocabulary.accept(name, value)]
            else:
                values = list(self.vocabulary.choices(name))
            facets.append(
                Facet(
                    name=name,
                    label=FACET_LABELS[name],
                    options=[
                        Option(
                            value=value,
                            label=self.vocabulary.label(name, value),
                            count=found.get(value, 0),
                            selected=value in chosen,
                        )
                        for value in values
                        if found.get(value, 0) or value in chosen
                    ],
                )
            )
        return facets

    def chips(self) -> list[dict]:
        """The chosen filters, each with a link to this search without it."""
        return [
            {
                "label": self.vocabulary.label(name, value),
                "facet": FACET_LABELS[name],
                "remove_url": "?" + self.without(name, value),
            }
            for name in FILTERS
            for value in self.filters.get(name, ())
        ]

    def listing(self, counts: Mapping[str, Mapping[str, int]]) -> FilteredListing:
        """Facets and chips as the shared listing components expect them."""
        return FilteredListing(
            queryset=None,
            facets=self.facets(counts),
            selection={name: list(values) for name, values in self.filters.items()},
            chips=self.chips(),
        )


def parse_search_params(params, *, default_language: str | None = None) -> SearchParams:
    """Read a GET query string (a ``QueryDict``). Single parameters take their first value.

    Raises :class:`BadParameter` for a malformed ``page``; ignores anything else it does not
    know.
    """
    vocabulary = Vocabulary()
    filters: dict[str, tuple[str, ...]] = {}
    for name in FILTERS:
        accepted: list[str] = []
        for value in params.getlist(name)[:MAX_VALUES_PER_PARAMETER]:
            value = vocabulary.accept(name, value)
            if value is not None and value not in accepted:
                accepted.append(value)
        if accepted:
            filters[name] = tuple(accepted)
    sort = first_value(params, "sort").strip().lower()
    return SearchParams(
        q=clean_text(first_value(params, "q")),
        filters=filters,
        lang=parse_lang(first_value(params, "lang")),
        default_language=default_language or request_language(),
        sort=sort if sort in SORTS else SORTS[0],
        page=parse_page(first_value(params, "page")),
        vocabulary=vocabulary,
    )


def parse_suggest_params(params) -> tuple[str, str | None, str | None]:
    """``q`` (as typed: a trailing space says the last word is complete), the language of
    the titles suggested, and the UI language whose default scope they come from (both None
    for every language; the scope is the request's language unless `lang` says otherwise)."""
    lang = parse_lang(first_value(params, "lang"))
    language = lang if lang in LANGUAGES else None
    shown = None if lang else request_language()
    return clean_text(first_value(params, "q")), language, shown
