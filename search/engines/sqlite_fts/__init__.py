"""The embedded engine: SQLite FTS5 in a file of its own, whatever the main database is.

Layout of the file (``settings.ACADEMY_SEARCH_INDEX_PATH``):

* ``meta``: the live *generation* (a number), the one being rebuilt if any, the analysis the
  live one was built with, and the time of the last rebuild.
* For each generation ``g`` a set of tables: ``docs_g`` (every field of a document, tuples as
  JSON, the original texts), ``values_g`` and ``facets_g`` (each facet value once, and which
  documents have it: facets and filters are the same rows), ``bits_g`` (the same, one bitmap
  of document ids per value of the eight facets and of the default scope, and one of every
  document), ``text_g`` (FTS5 over title, keywords, summary and body), ``titles_g`` (FTS5
  over folded titles, a column per language, with prefix indexes: for completion, and each
  language's vocabulary for spelling suggestions) and ``touched_g`` (while ``g`` is being
  built: the keys updates wrote or deleted in it meanwhile).
* Beside the file, ``<file>.rebuild-lock``: the lock that one rebuild at a time holds.

Why:

* **Stems in the index, originals as content.** FTS5 cannot run Snowball, so search/text.py
  folds and stems each text in the document's language and ``text_g`` indexes that. The table
  is an *external content* table over ``docs_g``, which holds the original texts, one original
  token for each stem. So FTS5's own ``snippet()`` finds the best fragment from the matched
  stems' positions and returns it in the original words: fast (C, and only for the 20 shown),
  exact (phrases and OR included), with the document's own accents and capitals. Every word of
  the user reaches FTS5 inside a string this module quotes; nothing they type is FTS5 syntax.
  The catch: FTS5 must be told the stemmed text again to unindex a document, so the index
  records the analysis it was built with and refuses writes (``SearchUnavailable``) after an
  upgrade that changes it, until a rebuild; searching goes on meanwhile.
* **Sets of documents as bitmaps; BM25 only for the documents shown.** Measured on 100,000
  documents, two costs dominated a request: counting facets over tens of thousands of
  matching rows (a join and a ``GROUP BY`` sorting a row per document and value: 200 ms), and
  BM25 (about 2.5 µs a row, title weighted above summary above body) computed for every
  matching row, in every language, though most are filtered out. So a request works on sets
  of document ids held as Python integers (bit *i* set: document *i*): the documents the
  words match (FTS5 ``MATCH``, rowids only: cheap), and for each filter the documents it
  accepts. The count is the population count of their ``&``; each facet is counted over the
  matches passing every filter but its own, one ``&`` and ``bit_count()`` per value (a few
  microseconds each, in C, whatever the number of matches). The page is then read in SQL,
  BM25 computed only for the matches that pass every filter: the set is handed to SQLite as
  a blob of one byte per document id, tested with ``substr()`` before the ranking.
  The bitmaps of the eight facets' values are kept in ``bits_g``, updated with each write,
  and loaded into a per-process cache (at 100,000 documents, 12.5 kB per value: 0.8 MiB in
  the benchmark, under 4 MiB with every country of the world) that is read again (under
  1 ms) when ``meta.revision`` changes: every write to the live generation and every rebuild
  gives it a new random value, so every process notices every other's writes, and a cache
  never outlives its file. Tags and cities filter without being counted; their sets are read from
  the facet index of the request's values. Document ids only grow until the next rebuild (a
  document indexed again gets a new one), and the bitmaps with them.
* **Each document in its own language.** The words are analysed in each language searched
  (the one chosen, else those of the documents in the default scope, else all), and what each
  analysis matches is kept among that language's documents: a one-language search and an
  every-language one find each document alike, as Elasticsearch's per-language fields do. The
  language and the scope facets are counted that way in every language, without ``lang``.
* **Generations instead of file swaps.** A rebuild fills tables of a new generation beside the
  live ones, then switches ``meta.generation`` in one transaction and drops the old tables.
  Searches never see a half-built or empty index, and no file is replaced under processes that
  have it open (replacing a WAL database file under open connections corrupts it). Writes made
  while a rebuild runs go to both generations and are recorded in ``touched_g``: the rebuild,
  which read those pages earlier, leaves them as written, so nothing published, edited or
  unpublished meanwhile is lost or undone. One rebuild at a time (locking.py): a second one
  waits or is refused, and a killed one leaves nothing that blocks the next.
* **Concurrency.** WAL mode: any number of readers while one process writes; write
  transactions are short (a few hundred documents); ``busy_timeout`` waits out other writers.
  Connections belong to one thread of one process and are reopened after a fork or when the
  file was replaced (repair of a corrupt file).

A missing, corrupt or locked index raises :class:`SearchUnavailable`; ``rebuild()`` repairs it
(a file SQLite cannot read is set aside and a new one made).
"""

from .bitmaps import _Bitmaps
from .engine import BATCH, BUSY_TIMEOUT, SqliteFtsEngine
from .matching import _Matcher, _title_expression
from .schema import FORMAT, WEIGHTS

__all__ = [
    "BATCH",
    "BUSY_TIMEOUT",
    "FORMAT",
    "WEIGHTS",
    "SqliteFtsEngine",
    "_Bitmaps",
    "_Matcher",
    "_title_expression",
]
