"""HTTP for search: the ``/search/`` page, ``/api/search/`` and ``/api/search/suggest/``.

The three read the same parameters (search/params.py) and ask whichever engine the settings
name (``get_engine()``); none knows which one answers. What they add is HTTP:

- Search results are never indexed by search engines: ``X-Robots-Tag: noindex`` on every
  answer, and the page's ``<meta name="robots">`` too.
- A malformed ``page`` is a 400 saying what a page is. An engine that cannot answer
  (``SearchUnavailable``: server down, index missing or damaged) is a 503 with a translated
  message; the exception's text names files and commands, so it goes to the log only.
- The JSON endpoints are a public read API: any origin may call them
  (``Access-Control-Allow-Origin: *``; simple GETs, so no preflight is needed).
- Snippets come from the engine as HTML where only ``<mark>`` is markup. They are cleaned
  again here with nh3, allowing ``<mark>`` alone, so a fault in an engine cannot put markup
  from a page's text into the results.
"""

import functools
import logging

from django.core.paginator import Page, Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

import nh3
from django_countries import countries

from search.engines import get_engine
from search.engines.base import (
    FACETS,
    LANGUAGES,
    PAGE_SIZE,
    SCOPE,
    SearchHit,
    SearchResponse,
    SearchUnavailable,
)
from search.params import (
    ALL_LANGUAGES,
    BadParameter,
    SearchParams,
    clean_text,
    first_value,
    language_name,
    parse_search_params,
    parse_suggest_params,
)

logger = logging.getLogger(__name__)

NOINDEX = "noindex"
SAFE_URL_PREFIXES = ("/", "https://", "http://")


def _unavailable_message() -> str:
    return _("Search is unavailable at the moment. Please try again in a few minutes.")


def clean_snippet(snippet: str) -> str:
    """The snippet with every tag but ``<mark>`` (and every attribute) removed."""
    return nh3.clean(snippet or "", tags={"mark"}, attributes={}, strip_comments=True)


def safe_url(url: str) -> str:
    """A result's link, unless it is not a web address (``javascript:``...)."""
    url = url or ""
    return url if url.startswith(SAFE_URL_PREFIXES) and not url.startswith("//") else ""


# The page ------------------------------------------------------------------------------------


def _noindex(response):
    response["X-Robots-Tag"] = NOINDEX
    return response


def _present(hit: SearchHit, params: SearchParams) -> dict:
    """One result as the page shows it: labels in the interface's language, and the name of
    the content's language where it is another (a badge beside the title)."""
    vocabulary = params.vocabulary
    other_language = hit.language != params.ui_language and hit.language in LANGUAGES
    return {
        "title": hit.title,
        "url": safe_url(hit.url),
        "type": hit.type,
        "type_label": vocabulary.label("type", hit.type),
        "language": hit.language,
        "language_label": language_name(hit.language) if other_language else "",
        "snippet": mark_safe(clean_snippet(hit.snippet)),  # noqa: S308 - cleaned just above
        "city": hit.city,
        "country": str(countries.name(hit.country) or hit.country) if hit.country else "",
        "clusters": [vocabulary.label("cluster", slug) for slug in hit.clusters],
        "date": hit.date,
    }


def _page_of_results(params: SearchParams, count: int, results: list[dict]) -> Page | None:
    """A Django ``Page`` for the shared pagination component, or None past the last page."""
    paginator = Paginator(range(count), PAGE_SIZE)
    if count and params.page > paginator.num_pages:
        return None
    return Page(results, params.page, paginator)


def _option(value: str, label: str, count: int, params: SearchParams) -> dict:
    return {
        "value": value,
        "label": label,
        "count": count,
        "selected": value == params.language_choice,
        "id": f"search-lang-{value or 'shown'}",
    }


def _language_options(params: SearchParams, facets: dict[str, dict[str, int]]) -> list[dict]:
    """The page's language choice, each with what it finds: what this site shows in the
    interface's language (the default), only that language, each other language, all."""
    counts, shown = facets.get("language", {}), facets.get(SCOPE, {})
    ui = params.ui_language
    name = language_name(ui)
    options = [
        _option("", _("What this site shows in %(language)s") % {"language": name}, 0, params),
        _option(ui, _("Only in %(language)s") % {"language": name}, counts.get(ui, 0), params),
    ]
    options[0]["count"] = shown.get(ui, 0)
    options += [
        _option(code, language_name(code), counts.get(code, 0), params)
        for code in LANGUAGES
        if code != ui
    ]
    total = sum(counts.get(code, 0) for code in LANGUAGES)
    options.append(_option(ALL_LANGUAGES, _("All languages"), total, params))
    return options


def _scope_text(params: SearchParams) -> str:
    """What the results are drawn from, in a sentence."""
    if params.lang == ALL_LANGUAGES:
        return _("Content in every language.")
    if params.languages:
        return _("Content in %(language)s only.") % {"language": language_name(params.lang)}
    return _(
        "What this site shows in %(language)s: pages in %(language)s, and the English or "
        "original version of those not translated yet."
    ) % {"language": language_name(params.ui_language)}


def _elsewhere(params: SearchParams, response: SearchResponse) -> list[dict]:
    """When nothing matches, the languages where something does, most results first, each
    with a link to this search in that language (the words are right: only the language)."""
    if response.count:
        return []
    counts = response.facets.get("language", {})
    found = [code for code in LANGUAGES if counts.get(code) and code not in params.languages]
    found.sort(key=lambda code: -counts[code])
    return [
        {
            "code": code,
            "label": language_name(code),
            "count": counts[code],
            "url": "?" + params.query_string(lang=code),
        }
        for code in found
    ]


def _page_context(
    params: SearchParams, response: SearchResponse, elsewhere: SearchResponse | None
) -> dict:
    """What search_page.html shows: results, facets and chips, and the links that change
    one thing of this search (a page, a spelling, a language, no filters); when nothing
    matches but another language has results, the first page of those (``elsewhere``)."""
    results = [_present(hit, params) for hit in response.results]
    languages_found = _elsewhere(params, response)
    listing = params.listing(response.facets)
    return {
        "params": params,
        "q": params.q.strip(),
        "count": response.count,
        "results": results,
        "page_obj": _page_of_results(params, response.count, results),
        "first_number": (params.page - 1) * PAGE_SIZE + 1,
        "listing": listing,
        "facets": [facet for facet in listing.facets if facet.name != "language"],
        "languages": _language_options(params, response.facets),
        "scope_text": _scope_text(params),
        "language_label": language_name(params.lang) if params.languages else "",
        "sorts": {"relevance": _("Relevance"), "date": _("Newest first")},
        "sort": params.sort,
        "filter_query": params.query_string(),
        "first_page_url": "?" + params.query_string(),
        "spelling": response.spelling,
        "spelling_url": "?" + params.query_string(q=response.spelling) if response.spelling else "",
        "all_languages_url": (
            "?" + params.query_string(lang=ALL_LANGUAGES)
            if params.language_choice != ALL_LANGUAGES
            else ""
        ),
        "languages_found": languages_found,
        "elsewhere": languages_found[0] if languages_found and elsewhere else None,
        "elsewhere_results": [_present(hit, params) for hit in elsewhere.results]
        if elsewhere
        else [],
        "clear_url": "?" + params.query_string(filters={}),
    }


def _error_page(request, *, status: int, title: str, message: str, q: str = ""):
    context = {"title": title, "message": message, "q": q}
    return _noindex(render(request, "search/search_error.html", context, status=status))


@require_safe
def search_page(request):
    try:
        params = parse_search_params(request.GET)
    except BadParameter as error:
        return _error_page(
            request,
            status=400,
            title=_("This page of results does not exist"),
            message=error.message,
            q=clean_text(first_value(request.GET, "q")),
        )
    try:
        engine = get_engine()
        response = engine.search(params.search_request())
        # Nothing here, but something in another language (the language facet is counted
        # without `lang`): show the first page of the language with most results instead.
        found = _elsewhere(params, response)
        elsewhere = engine.search(params.search_request(lang=found[0]["code"])) if found else None
    except SearchUnavailable as error:
        logger.warning("Search page unavailable: %s", error)
        page = _error_page(
            request,
            status=503,
            title=_("Search is unavailable"),
            message=_unavailable_message(),
            q=params.q,
        )
        page["Retry-After"] = "60"
        return page
    context = _page_context(params, response, elsewhere)
    return _noindex(render(request, "search/search_page.html", context))


# The JSON API --------------------------------------------------------------------------------


def _in_request_language(view):
    """Run an API view in the language the client asks for (its language cookie or
    Accept-Language, else English). The API lives outside the language prefixes of the
    site's addresses, so that is "the request's language": the default ``lang``, and the
    language of error messages."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        language = translation.get_language_from_request(request)
        with translation.override(language):
            response = view(request, *args, **kwargs)
        response["Content-Language"] = language
        return response

    return wrapped


def _api(data: dict, *, status: int = 200) -> JsonResponse:
    response = JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})
    response["Access-Control-Allow-Origin"] = "*"
    return _noindex(response)


def _api_unavailable(error: SearchUnavailable) -> JsonResponse:
    logger.warning("Search API unavailable: %s", error)
    response = _api({"error": _unavailable_message()}, status=503)
    response["Retry-After"] = "60"
    return response


def _hit_json(hit: SearchHit) -> dict:
    return {
        "title": hit.title,
        "url": safe_url(hit.url),
        "type": hit.type,
        "language": hit.language,
        "snippet": clean_snippet(hit.snippet),
        "city": hit.city,
        "country": hit.country,
        "clusters": list(hit.clusters),
        "date": hit.date.isoformat() if hit.date else None,
    }


@require_safe
@_in_request_language
def search_api(request):
    try:
        params = parse_search_params(request.GET)
    except BadParameter as error:
        return _api({"error": error.message}, status=400)
    try:
        response = get_engine().search(params.search_request())
    except SearchUnavailable as error:
        return _api_unavailable(error)
    return _api(
        {
            "query": params.q,
            "count": response.count,
            "page": params.page,
            "results": [_hit_json(hit) for hit in response.results],
            "facets": {name: dict(response.facets.get(name, {})) for name in FACETS},
        }
    )


@require_safe
@_in_request_language
def suggest_api(request):
    """Titles completing what is being typed; ``lang`` as for the search (default: what the
    site shows in the request's language, ``all`` for every language)."""
    text, language, shown = parse_suggest_params(request.GET)
    if not text.strip():
        return _api({"query": text, "suggestions": []})
    try:
        suggestions = get_engine().suggest(text, language=language, shown=shown)
    except SearchUnavailable as error:
        return _api_unavailable(error)
    return _api(
        {
            "query": text,
            "suggestions": [
                {"title": s.title, "url": safe_url(s.url), "type": s.type} for s in suggestions
            ],
        }
    )
