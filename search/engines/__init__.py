"""The engine the settings choose: ``get_engine()`` is the only way code reaches one.

``ACADEMY_SEARCH_BACKEND`` is ``sqlite_fts`` (default: its own SQLite file at
``ACADEMY_SEARCH_INDEX_PATH``) or ``elasticsearch`` (``ELASTICSEARCH_URL``, indices named after
``ACADEMY_SEARCH_INDEX_PREFIX``). Settings are read at each call, so ``override_settings``
works; one engine object is kept per configuration, since engines hold their connections.
"""

from functools import lru_cache

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from search.engines.base import SearchEngine

BACKENDS = ("sqlite_fts", "elasticsearch")


def get_engine() -> SearchEngine:
    backend = getattr(settings, "ACADEMY_SEARCH_BACKEND", "sqlite_fts")
    if backend == "elasticsearch":
        return _elasticsearch(
            settings.ELASTICSEARCH_URL,
            getattr(settings, "ACADEMY_SEARCH_INDEX_PREFIX", "academy"),
        )
    if backend == "sqlite_fts":
        return _sqlite(settings.ACADEMY_SEARCH_INDEX_PATH)
    raise ImproperlyConfigured(
        f"ACADEMY_SEARCH_BACKEND must be one of {', '.join(BACKENDS)}, not {backend!r}."
    )


@lru_cache(maxsize=8)
def _sqlite(path: str) -> SearchEngine:
    from search.engines.sqlite_fts import SqliteFtsEngine

    return SqliteFtsEngine(path)


@lru_cache(maxsize=8)
def _elasticsearch(url: str, prefix: str) -> SearchEngine:
    from search.engines.elasticsearch import ElasticsearchEngine

    return ElasticsearchEngine(url=url, index_prefix=prefix)
