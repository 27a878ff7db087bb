"""The Elasticsearch engine: the documents and answers of the embedded one, from a cluster.

Chosen with ``ACADEMY_SEARCH_BACKEND=elasticsearch`` and ``ELASTICSEARCH_URL``.

Design, and why:

* **One field per language** (``title_en``, ``title_es``, ...), filled only by documents in that
  language. Each text is stemmed by its own language's rules only, stored once (not four times,
  as sub-fields would), and term statistics stay per language, so a word common in English does
  not skew Spanish ranking. Searching one language means searching its fields; ``lang=all``
  searches every language's fields, and since a document fills only its own, every clause of a
  query is matched in the document's own language.
* **Analyzers** do what the embedded engine's analysis does (search/text.py): lowercase, fold
  accents, make a few plurals singular, then the language's Snowball stemmer. Folding comes
  first, so "energia" finds "energía"; the same stemmers and rules mean both engines agree on
  what matches, and one contract suite holds for both. Stop words stay in the index (phrases
  match exactly) and are dropped from queries while another word remains, as there.
* **Filters** go in the query's ``bool.filter`` (cached, and they cut the hits before scoring).
  A facet must be counted with every filter except its own, so a facet whose filter is active
  is counted inside a ``global`` aggregation that re-applies the text query and the other
  filters; facets without an active filter are counted on the hits directly.
* **The default scope** is the keyword field ``shown`` (the UI languages whose visitors are
  shown the document): one filter. The language and scope facets are counted together,
  without either filter, in every language's fields.
* **Did you mean** comes from ``spell`` (every language's words: is the word known at all?)
  and ``spell_<lang>`` (the words offered, only those of the languages searched).
* **Rebuild** fills a new, timestamped index and moves the alias ``<prefix>-documents`` in one
  ``update_aliases`` call, so searches never meet an empty or half-built index. While a rebuild
  runs, :meth:`ElasticsearchEngine.index` and :meth:`~ElasticsearchEngine.delete` write to the
  live index *and* the one being built (a deletion as a tombstone there, which every read
  leaves out), and the rebuild's ``create`` never overwrites what they wrote, so a page
  published, edited or deleted meanwhile is not lost or undone by the swap. One rebuild at a
  time: a lock document (locking.py).

Every failure of the cluster (refused connection, timeout, missing index or alias, a rejected
request) becomes :class:`SearchUnavailable`; no transport error escapes to a view.

The functions building the mapping, the settings and the request bodies are pure, so they are
tested without a server.
"""

from .engine import ENGINE_ERRORS, REBUILD_CHUNK, ElasticsearchEngine
from .generations import (
    alias_name,
    alias_swap_actions,
    is_generation,
    new_index_name,
    stale_indices,
    tombstone,
    unfinished_indices,
    write_targets,
)
from .locking import LOCK_STALE_AFTER, lock_index, lock_is_stale, refusal
from .mapping import (
    ANALYZER_NAMES,
    EXCERPT_CHARS,
    FACET_VALUE_MAX,
    MAPPING_VERSION,
    PLURAL_RULES,
    AcademyDocument,
    document_source,
    index_body,
    index_mapping,
    index_settings,
)
from .queries import (
    FACET_SIZE,
    FILTER_FIELDS,
    MAX_EXCLUDED_WORDS,
    MAX_MUST_WORDS,
    facet_counts,
    respelling,
    search_body,
    search_hit,
    spelling_languages,
    suggest_body,
)

__all__ = [
    "ANALYZER_NAMES",
    "ENGINE_ERRORS",
    "EXCERPT_CHARS",
    "FACET_SIZE",
    "FACET_VALUE_MAX",
    "FILTER_FIELDS",
    "MAPPING_VERSION",
    "MAX_EXCLUDED_WORDS",
    "MAX_MUST_WORDS",
    "PLURAL_RULES",
    "REBUILD_CHUNK",
    "AcademyDocument",
    "ElasticsearchEngine",
    "alias_name",
    "alias_swap_actions",
    "document_source",
    "facet_counts",
    "index_body",
    "index_mapping",
    "index_settings",
    "is_generation",
    "new_index_name",
    "respelling",
    "search_body",
    "search_hit",
    "spelling_languages",
    "stale_indices",
    "suggest_body",
    "tombstone",
    "unfinished_indices",
    "write_targets",
    "LOCK_STALE_AFTER",
    "lock_index",
    "lock_is_stale",
    "refusal",
]
