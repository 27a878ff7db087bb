# SQL in this module is formatted with table names made of a generation number and with
# integers read from the index; user text only ever travels as a bound parameter.
# ruff: noqa: S608
"""The embedded engine: SQLite FTS5 in a file of its own, whatever the main database is.

Layout of the file (``settings.ACADEMY_SEARCH_INDEX_PATH``):

* ``meta``: the live *generation* (a number), the one being rebuilt if any, the analysis the
  live one was built with, and the time of the last rebuild.
* For each generation ``g`` a set of tables: ``docs_g`` (every field of a document, tuples as
  JSON, the original texts), ``values_g`` and ``facets_g`` (each facet value once, and which
  documents have it: facets and filters are the same rows), ``bits_g`` (the same, one bitmap
  of document ids per value of the eight facets, and one of every document), ``text_g``
  (FTS5 over title, summary and body) and ``titles_g`` (FTS5 over folded titles with prefix
  indexes, for completion and for spelling suggestions).

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
* **Generations instead of file swaps.** A rebuild fills tables of a new generation beside the
  live ones, then switches ``meta.generation`` in one transaction and drops the old tables.
  Searches never see a half-built or empty index, and no file is replaced under processes that
  have it open (replacing a WAL database file under open connections corrupts it). Writes made
  while a rebuild runs go to both generations, so nothing published meanwhile is lost.
* **Concurrency.** WAL mode: any number of readers while one process writes; write
  transactions are short (a few hundred documents); ``busy_timeout`` waits out other writers.
  Connections belong to one thread of one process and are reopened after a fork or when the
  file was replaced (repair of a corrupt file).

A missing, corrupt or locked index raises :class:`SearchUnavailable`; ``rebuild()`` repairs it
(a file SQLite cannot read is set aside and a new one made).
"""

import contextlib
import datetime
import json
import logging
import os
import re
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path

from search import text as analysis
from search.query import parse_query

from .base import (
    FACETS,
    LANGUAGES,
    MAX_SUGGESTIONS,
    PAGE_SIZE,
    Clause,
    ParsedQuery,
    Phrase,
    SearchDocument,
    SearchHit,
    SearchRequest,
    SearchResponse,
    SearchUnavailable,
    Suggestion,
    Term,
)

logger = logging.getLogger(__name__)

FORMAT = "2"  # the layout above; a file of another format is rebuilt, not read
# Filters and their number in values_g.facet and facets_g.facet. The first eight are the
# facets the page shows; tag and city filter without being counted.
FILTER_BITS = {name: bit for bit, name in enumerate((*FACETS, "tag", "city"))}
FACET_BITS = tuple(FILTER_BITS[name] for name in FACETS)
ALL_DOCUMENTS = 0  # the key of the bitmap of every document in ``bits_g`` (value ids start at 1)
# BM25 weights of the columns of text_g: title, summary, body.
WEIGHTS = (10.0, 4.0, 1.0)
BATCH = 500  # documents per write transaction
BUSY_TIMEOUT = 5.0
SPELLING_THRESHOLD = 0  # suggest a respelling when a query finds no more than this
SPELLING_CANDIDATES = 2000
_GENERATION_TABLE = re.compile(r"^(?:docs|values|facets|bits|text|titles|spell|stems)_(\d+)$")
# Beyond any count of documents; keeps a huge page number from overflowing SQLite's integers.
MAX_OFFSET = 2**40


# Connections a child process inherited through a fork. Kept referenced, so that garbage
# collection never closes them in the child (SQLite forbids using them across a fork).
_INHERITED: list[sqlite3.Connection] = []


def _quote(text: str) -> str:
    """An FTS5 string: whatever ``text`` holds, FTS5 reads it as words, never as syntax."""
    return '"' + text.replace('"', '""') + '"'


def _now() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")


class _Tables:
    """The table names of one generation (numbers only: safe to format into SQL)."""

    def __init__(self, generation: int) -> None:
        self.generation = int(generation)
        g = self.generation
        self.docs, self.values, self.facets = f"docs_{g}", f"values_{g}", f"facets_{g}"
        self.bits = f"bits_{g}"
        self.text, self.titles = f"text_{g}", f"titles_{g}"
        # fts5vocab views of the two indexes: title words (spelling) and stems (known words).
        self.spell, self.stems = f"spell_{g}", f"stems_{g}"

    def create(self, connection: sqlite3.Connection) -> None:
        tokenizer = analysis.FTS5_TOKENIZER
        # One statement at a time: executescript() would commit the caller's transaction.
        schema = f"""
            CREATE TABLE {self.docs} (
                id INTEGER PRIMARY KEY,
                key TEXT NOT NULL UNIQUE,
                page_id INTEGER NOT NULL,
                type TEXT NOT NULL,
                language TEXT NOT NULL,
                title TEXT NOT NULL,
                url TEXT NOT NULL,
                summary TEXT NOT NULL,
                body TEXT NOT NULL,
                date TEXT,
                clusters TEXT NOT NULL,
                tags TEXT NOT NULL,
                programmes TEXT NOT NULL,
                city TEXT NOT NULL,
                country TEXT NOT NULL,
                region TEXT NOT NULL,
                size TEXT NOT NULL,
                sdgs TEXT NOT NULL
            );
            CREATE INDEX {self.docs}_date ON {self.docs} (date);
            CREATE TABLE {self.values} (
                id INTEGER PRIMARY KEY,
                facet INTEGER NOT NULL,
                value TEXT NOT NULL,
                n INTEGER NOT NULL DEFAULT 0,  -- documents with this value
                UNIQUE (facet, value)
            );
            CREATE TABLE {self.facets} (
                doc INTEGER NOT NULL,
                facet INTEGER NOT NULL,
                value INTEGER NOT NULL,
                PRIMARY KEY (doc, facet, value)
            ) WITHOUT ROWID;
            CREATE INDEX {self.facets}_value ON {self.facets} (value, doc);
            CREATE TABLE {self.bits} (
                value INTEGER PRIMARY KEY,  -- values_g.id, or ALL_DOCUMENTS
                bits BLOB NOT NULL  -- document ids, little-endian: bit i is document i
            );
            CREATE VIRTUAL TABLE {self.text} USING fts5(
                title, summary, body,
                content='{self.docs}', content_rowid='id', tokenize='{tokenizer}'
            );
            CREATE VIRTUAL TABLE {self.titles} USING fts5(
                words, tokenize='{tokenizer}', prefix='1 2 3'
            );
            CREATE VIRTUAL TABLE {self.spell} USING fts5vocab({self.titles}, row);
            CREATE VIRTUAL TABLE {self.stems} USING fts5vocab({self.text}, row)
            """
        for statement in schema.split(";"):
            connection.execute(statement)

    def drop(self, connection: sqlite3.Connection) -> None:
        for name in (
            self.spell,
            self.stems,
            self.titles,
            self.text,
            self.bits,
            self.facets,
            self.values,
            self.docs,
        ):
            connection.execute(f"DROP TABLE IF EXISTS {name}")


# -- building FTS5 queries ---------------------------------------------------------------------


class _Matcher:
    """Turns a :class:`ParsedQuery` into FTS5 MATCH expressions over stems.

    Each word is stemmed in every language searched; its alternatives are ORed, so with
    ``lang=all`` "ciudades" matches the Spanish stem in Spanish documents and "parks" the
    English one in English documents.
    """

    def __init__(self, languages: tuple[str, ...]) -> None:
        self.languages = languages

    def words(self, words: Iterable[str]) -> str | None:
        """One word, or words in a row (a phrase), in every searched language."""
        words = tuple(words)
        variants = []
        for language in self.languages:
            stems = [stem for word in words for stem in analysis.query_stems(word, language)]
            if stems:
                variants.append(_quote(" ".join(stems)))
        return _any(dict.fromkeys(variants))

    def clause(self, clause: Clause) -> str | None:
        if isinstance(clause, Term):
            return self.words([clause.text])
        if isinstance(clause, Phrase):
            return self.words(clause.words)
        return _any(filter(None, (self.clause(option) for option in clause.options)))

    def expressions(self, query: ParsedQuery) -> tuple[str | None, str | None]:
        """(what must match, what must not): each an FTS5 expression, or None for nothing.

        With no positive expression every document (but the excluded ones) is listed. A word
        that analyses to nothing (symbols of a script FTS5 splits) constrains nothing, as in
        the Elasticsearch engine.
        """
        must = [c for c in query.must if not self._is_stopword(c)] or list(query.must)
        required = [expression for expression in map(self.clause, must) if expression]
        excluded = [expression for expression in map(self.clause, query.exclude) if expression]
        positive = " AND ".join(required) if required else None
        return positive, _any(excluded)

    def _is_stopword(self, clause: Clause) -> bool:
        return isinstance(clause, Term) and analysis.is_stopword(clause.text, self.languages)


def _any(expressions: Iterable[str]) -> str | None:
    expressions = list(expressions)
    if not expressions:
        return None
    return expressions[0] if len(expressions) == 1 else "(" + " OR ".join(expressions) + ")"


def _title_expression(query: ParsedQuery) -> str | None:
    """Completion: every word typed is the start of a word of the title (folded, unstemmed)."""

    def words(text: str, *, prefix: bool) -> str | None:
        folded = analysis.folded_words(text)
        return (_quote(folded) + (" *" if prefix else "")) if folded else None

    def clause(item: Clause) -> str | None:
        if isinstance(item, Term):
            return words(item.text, prefix=True)
        if isinstance(item, Phrase):
            return words(" ".join(item.words), prefix=False)
        return _any(filter(None, map(clause, item.options)))

    required = [expression for expression in map(clause, query.must) if expression]
    if not required:
        return None
    expression = " AND ".join(required)
    excluded = _any(filter(None, map(clause, query.exclude)))
    return f"({expression}) NOT {excluded}" if excluded else expression


# -- the engine --------------------------------------------------------------------------------


class SqliteFtsEngine:
    """The :class:`~search.engines.base.SearchEngine` protocol on SQLite FTS5."""

    name = "sqlite_fts"

    def __init__(
        self, path: str | os.PathLike | None = None, *, busy_timeout: float = BUSY_TIMEOUT
    ) -> None:
        """``path``: the index file (default: the setting). ``busy_timeout``: how long, in
        seconds, to wait for another process's lock before answering SearchUnavailable."""
        self._path = path
        self.busy_timeout = busy_timeout
        self._local = threading.local()
        self._bitmaps: _Bitmaps | None = None  # of the revision read last, in any thread

    @property
    def path(self) -> Path:
        """The index file; read from settings when used, so ``override_settings`` works."""
        if self._path is not None:
            return Path(self._path)
        from django.conf import settings

        return Path(settings.ACADEMY_SEARCH_INDEX_PATH)

    # -- connections ----------------------------------------------------------------------------

    def _open(self, path: Path, *, create: bool = False) -> sqlite3.Connection:
        mode = "rwc" if create else "rw"
        connection = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode={mode}",
            uri=True,
            isolation_level=None,  # transactions are explicit
            check_same_thread=True,
            cached_statements=256,
        )
        connection.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout * 1000)}")
        connection.execute("PRAGMA temp_store = MEMORY")
        connection.execute("PRAGMA synchronous = NORMAL")  # safe with WAL; a rebuild restores
        connection.execute("PRAGMA cache_size = -16000")
        connection.execute("PRAGMA mmap_size = 268435456")
        return connection

    def _connection(self) -> sqlite3.Connection:
        """This thread's connection, opened again after a fork or a replaced file."""
        path = self.path
        try:
            stat = os.stat(path)
        except OSError as error:
            self.close()
            raise SearchUnavailable(
                f"The search index {path} is missing: run `manage.py search_index rebuild`."
            ) from error
        identity = (os.getpid(), str(path), stat.st_dev, stat.st_ino)
        local = self._local
        if getattr(local, "identity", None) != identity:
            self.close()
            local.connection = self._open(path)
            local.identity = identity
        return local.connection

    def close(self) -> None:
        """Close this thread's connection (one inherited through a fork is only forgotten:
        closing it would touch the parent's locks)."""
        local = self._local
        connection = getattr(local, "connection", None)
        identity = getattr(local, "identity", None)
        local.connection = local.identity = None
        if connection is not None and identity and identity[0] == os.getpid():
            connection.close()
        elif connection is not None:
            _INHERITED.append(connection)  # never closed nor used

    @contextlib.contextmanager
    def _transaction(self, *, write: bool = False) -> Iterator[sqlite3.Connection]:
        """A transaction on this thread's connection; every SQLite error becomes
        :class:`SearchUnavailable` (missing tables, a corrupt file, a lock held too long)."""
        try:
            connection = self._connection()
            connection.execute("BEGIN IMMEDIATE" if write else "BEGIN")
        except sqlite3.Error as error:
            self.close()
            raise self._unavailable(error) from error
        try:
            yield connection
            connection.execute("COMMIT")
        except BaseException as error:
            with contextlib.suppress(sqlite3.Error):
                connection.execute("ROLLBACK")
            if isinstance(error, sqlite3.Error):
                raise self._unavailable(error) from error
            raise

    def _unavailable(self, error: sqlite3.Error) -> SearchUnavailable:
        logger.warning("Search index %s unavailable: %s", self.path, error)
        if isinstance(error, sqlite3.OperationalError) and "locked" in str(error):
            reason = "it is locked by another process"
        elif isinstance(error, sqlite3.DatabaseError) and not isinstance(
            error, sqlite3.OperationalError
        ):
            reason = "it is damaged: run `manage.py search_index rebuild`"
        else:
            reason = f"{error}; `manage.py search_index rebuild` makes a new one"
        return SearchUnavailable(f"The search index {self.path} cannot be used: {reason}.")

    @staticmethod
    def _meta(connection: sqlite3.Connection) -> dict[str, str]:
        meta = dict(connection.execute("SELECT key, value FROM meta"))
        if meta.get("format") != FORMAT or "generation" not in meta:
            raise sqlite3.DatabaseError("not a search index of this version")
        return meta

    def _live(self, connection: sqlite3.Connection) -> _Tables:
        return _Tables(int(self._meta(connection)["generation"]))

    def _writable(self, connection: sqlite3.Connection) -> list[_Tables]:
        """The generations a write goes to: the live one and, during a rebuild, the new one."""
        meta = self._meta(connection)
        if meta.get("analysis") != analysis.analysis_signature():
            raise SearchUnavailable(
                "The search index was built by another version of the text analysis: "
                "run `manage.py search_index rebuild` before indexing again."
            )
        generations = [_Tables(int(meta["generation"]))]
        if meta.get("building"):
            generations.append(_Tables(int(meta["building"])))
        return generations

    # -- writing --------------------------------------------------------------------------------

    def index(self, documents: Iterable[SearchDocument]) -> int:
        written = 0
        for batch in _batches(documents):
            with self._transaction(write=True) as connection:
                for writer in self._writers(connection):
                    writer.store(batch)
                _new_revision(connection)
            written += len(batch)
        return written

    def delete(self, keys: Iterable[str]) -> None:
        for batch in _batches(keys):
            with self._transaction(write=True) as connection:
                for writer in self._writers(connection):
                    for key in batch:
                        writer.remove(key)
                    writer.flush()
                _new_revision(connection)

    def _writers(self, connection: sqlite3.Connection) -> list["_Writer"]:
        """A writer for each generation a write goes to. The live one keeps its bitmaps up to
        date; the one being rebuilt gets them all at once when it goes live."""
        live, *building = self._writable(connection)
        return [
            _Writer(connection, live, bitmaps=True),
            *(_Writer(connection, tables) for tables in building),
        ]

    def rebuild(
        self,
        documents: Iterable[SearchDocument],
        *,
        progress: Callable[[int], None] | None = None,
    ) -> int:
        """Fill a new generation, then make it the live one in one transaction.

        Until the switch every search uses the previous generation; if anything fails the new
        tables are dropped and the previous ones stay live. A file SQLite cannot read is set
        aside first (renamed ``<name>.damaged``) and a new one made.
        """
        self._prepare_file()
        with self._transaction(write=True) as connection:
            meta = dict(connection.execute("SELECT key, value FROM meta"))
            live = int(meta.get("generation", 0))
            for name in self._generation_tables(connection, keep=live):
                connection.execute(f"DROP TABLE IF EXISTS {name}")
            new = _Tables(max(live, int(meta.get("next", 0))) + 1)
            new.create(connection)
            connection.executemany(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                [("building", str(new.generation)), ("next", str(new.generation))],
            )
        written = 0
        try:
            for batch in _batches(documents):
                with self._transaction(write=True) as connection:
                    _Writer(connection, new).store(batch)
                written += len(batch)
                if progress is not None:
                    progress(written)
            with self._transaction(write=True) as connection:
                for table in (new.text, new.titles):
                    connection.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")
                _fill_bitmaps(connection, new)
                connection.execute(f"ANALYZE {new.docs}")
                connection.execute(f"ANALYZE {new.facets}")
                connection.executemany(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                    [
                        ("generation", str(new.generation)),
                        ("analysis", analysis.analysis_signature()),
                        ("rebuilt_at", _now()),
                    ],
                )
                connection.execute("DELETE FROM meta WHERE key = 'building'")
                _new_revision(connection)
        except BaseException:
            with contextlib.suppress(SearchUnavailable), self._transaction(write=True) as c:
                new.drop(c)
                c.execute("DELETE FROM meta WHERE key = 'building'")
            raise
        self._drop_old_generations()
        return written

    def _drop_old_generations(self) -> None:
        """Drop what the switch left behind and give the space back (best effort: a failure
        here leaves unused tables, never a broken search; the next rebuild retries)."""
        try:
            with self._transaction(write=True) as connection:
                live = self._live(connection).generation
                for name in self._generation_tables(connection, keep=live):
                    connection.execute(f"DROP TABLE IF EXISTS {name}")
            connection = self._connection()
            connection.execute("PRAGMA incremental_vacuum")
            connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
        except (SearchUnavailable, sqlite3.Error) as error:
            logger.warning("Could not drop old search tables: %s", error)

    @staticmethod
    def _generation_tables(connection: sqlite3.Connection, *, keep: int) -> list[str]:
        """Tables of every generation but ``keep``, virtual ones first (FTS5 drops its own
        shadow tables)."""
        rows = connection.execute(
            "SELECT name, sql LIKE 'CREATE VIRTUAL%' FROM sqlite_master WHERE type = 'table'"
        ).fetchall()
        names = [
            name
            for name, virtual in rows
            if (match := _GENERATION_TABLE.match(name)) and int(match.group(1)) != keep
        ]
        virtual = {name for name, is_virtual in rows if is_virtual}
        # fts5vocab tables before the FTS5 tables they read, then the plain tables.
        return sorted(
            names, key=lambda name: (name not in virtual, not name.startswith(("spell", "stems")))
        )

    def _prepare_file(self) -> None:
        """Make sure a readable index file exists; set a damaged one aside."""
        path = self.path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise SearchUnavailable(
                f"The search index cannot be created in {path.parent}: {error.strerror}."
            ) from error
        if path.exists():
            try:
                connection = self._open(path)
                try:
                    self._meta(connection)  # an index of this format...
                    if connection.execute("PRAGMA quick_check(1)").fetchone()[0] == "ok":
                        return  # ...and undamaged
                finally:
                    connection.close()
            except sqlite3.Error as error:
                logger.warning("Search index %s is damaged (%s): making a new one", path, error)
            self.close()
            for suffix in ("-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    os.remove(f"{path}{suffix}")
            os.replace(path, f"{path}.damaged")
        self._create_file(path)

    def _create_file(self, path: Path) -> None:
        """A new, empty index (generation 0), made aside and moved into place in one step."""
        temporary = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.new")
        with contextlib.suppress(FileNotFoundError):
            os.remove(temporary)
        connection = self._open(temporary, create=True)
        try:
            connection.execute("PRAGMA auto_vacuum = INCREMENTAL")
            connection.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            connection.execute("BEGIN")
            _Tables(0).create(connection)
            connection.executemany(
                "INSERT INTO meta (key, value) VALUES (?, ?)",
                [
                    ("format", FORMAT),
                    ("generation", "0"),
                    ("next", "0"),
                    ("analysis", analysis.analysis_signature()),
                ],
            )
            _new_revision(connection)
            connection.execute("COMMIT")
            connection.execute("PRAGMA journal_mode = WAL")
        finally:
            connection.close()
        os.replace(temporary, path)

    # -- reading --------------------------------------------------------------------------------

    def search(self, request: SearchRequest) -> SearchResponse:
        languages = _searched_languages(request)
        positive, negative = _Matcher(languages).expressions(request.query)
        page = max(1, int(request.page))
        page_size = max(1, int(request.page_size or PAGE_SIZE))
        with self._transaction() as connection:
            meta = self._meta(connection)
            tables = _Tables(int(meta["generation"]))
            search = _Search(
                connection,
                tables,
                request.filters,
                bitmaps=lambda: self._cached_bitmaps(connection, tables, meta),
            )
            search.collect(positive, negative)
            if languages != LANGUAGES:
                search.widen_languages(request.query)
            count = search.count()
            rows = search.page(
                by_date=request.sort == "date" or positive is None,
                offset=(page - 1) * page_size,
                limit=page_size,
            )
            snippets = search.snippets(positive, rows, languages)
            facets = search.facets()
            spelling = ""
            if count <= SPELLING_THRESHOLD and request.text:
                spelling = _Speller(connection, tables).respell(request.text, request.query)
        return SearchResponse(
            count=count,
            page=page,
            results=[_hit(row, snippets.get(row["id"], "")) for row in rows],
            facets=facets,
            spelling=spelling,
        )

    def _cached_bitmaps(
        self, connection: sqlite3.Connection, tables: _Tables, meta: dict[str, str]
    ) -> "_Bitmaps":
        """The facet bitmaps of the revision this transaction reads, loaded once per process
        and revision (a few milliseconds at 100,000 documents)."""
        key = (meta.get("revision", ""), tables.generation)
        cached = self._bitmaps
        if cached is None or cached.key != key:
            cached = self._bitmaps = _Bitmaps.load(connection, tables, key)
        return cached

    def suggest(self, text: str, *, language: str | None) -> list[Suggestion]:
        expression = _title_expression(parse_query(text, suggest=True))
        if expression is None:
            return []
        with self._transaction() as connection:
            tables = self._live(connection)
            where, parameters = "", [expression]
            if language:
                where, parameters = "AND d.language = ?", [expression, language]
            rows = connection.execute(
                f"""
                SELECT d.title, d.url, d.type
                FROM {tables.titles} AS t JOIN {tables.docs} AS d ON d.id = t.rowid
                WHERE {tables.titles} MATCH ? {where}
                ORDER BY t.rank, length(d.title), d.id
                LIMIT {MAX_SUGGESTIONS}
                """,
                parameters,
            ).fetchall()
        return [Suggestion(title=title, url=url, type=type_) for title, url, type_ in rows]

    def status(self) -> dict:
        with self._transaction() as connection:
            meta = self._meta(connection)
            tables = _Tables(int(meta["generation"]))
            types = dict(
                connection.execute(f"SELECT type, count(*) FROM {tables.docs} GROUP BY type")
            )
            languages = dict(
                connection.execute(
                    f"SELECT language, count(*) FROM {tables.docs} GROUP BY language"
                )
            )
        size = sum(
            os.stat(name).st_size
            for name in (self.path, f"{self.path}-wal")
            if os.path.exists(name)
        )
        return {
            "engine": self.name,
            "path": str(self.path),
            "generation": tables.generation,
            "documents": sum(types.values()),
            "types": types,
            "languages": languages,
            "size_bytes": size,
            "last_rebuild": meta.get("rebuilt_at", ""),
            "rebuilding": bool(meta.get("building")),
            "analysis_current": meta.get("analysis") == analysis.analysis_signature(),
        }


def _batches(items: Iterable) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, BATCH)):
        yield batch


def _searched_languages(request: SearchRequest) -> tuple[str, ...]:
    chosen = tuple(lang for lang in request.filters.get("language", ()) if lang in LANGUAGES)
    return chosen or LANGUAGES


# -- writing documents -------------------------------------------------------------------------


def _texts(title: str, summary: str, body: str) -> tuple[str, str, str]:
    return analysis.clean(title), analysis.clean(summary), analysis.clean(body)


def _stems(texts: tuple[str, str, str], language: str) -> list[str]:
    return [analysis.index_text(text, language) for text in texts]


class _Writer:
    """Adds, replaces and removes documents in one generation's tables.

    With ``bitmaps``, the changes to ``bits_g`` are gathered and written by :meth:`flush`
    (each touched bitmap read and written once per batch, not once per document).
    """

    def __init__(
        self, connection: sqlite3.Connection, tables: _Tables, *, bitmaps: bool = False
    ) -> None:
        self.connection = connection
        self.tables = tables
        self._value_ids: dict[tuple[int, str], int] = {}
        # bitmap key -> {document id: whether it has the value now}; the last change wins, as
        # a document id can be removed and given again in one batch.
        self._changes: dict[int, dict[int, bool]] | None = {} if bitmaps else None

    def store(self, documents: Iterable[SearchDocument]) -> None:
        for document in documents:
            self.remove(document.key)
            self._insert(document)
        self.flush()

    def flush(self) -> None:
        """Write the gathered bitmap changes."""
        if not self._changes:
            return
        t, c = self.tables, self.connection
        for key, documents in self._changes.items():
            row = c.execute(f"SELECT bits FROM {t.bits} WHERE value = ?", (key,)).fetchone()
            bits = int.from_bytes(row[0], "little") if row else 0
            bits &= ~_bitmap([doc for doc, has in documents.items() if not has])
            bits |= _bitmap([doc for doc, has in documents.items() if has])
            c.execute(
                f"INSERT OR REPLACE INTO {t.bits} (value, bits) VALUES (?, ?)",
                (key, _bitmap_bytes(bits)),
            )
        self._changes.clear()

    def _mark(self, keys: Iterable[int], doc_id: int, *, has: bool) -> None:
        if self._changes is not None:
            for key in keys:
                self._changes.setdefault(key, {})[doc_id] = has

    def _insert(self, document: SearchDocument) -> None:
        t, c = self.tables, self.connection
        texts = _texts(document.title, document.summary, document.body)
        doc_id = c.execute(
            f"""
            INSERT INTO {t.docs} (key, page_id, type, language, title, url, summary, body,
                date, clusters, tags, programmes, city, country, region, size, sdgs)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            (
                document.key,
                document.page_id,
                document.type,
                document.language,
                *texts[:1],
                analysis.clean(document.url),
                *texts[1:],
                document.date.isoformat() if document.date else None,
                json.dumps(list(document.clusters)),
                json.dumps(list(document.tags)),
                json.dumps(list(document.programmes)),
                analysis.clean(document.city),
                document.country,
                document.region,
                document.size,
                json.dumps([int(sdg) for sdg in document.sdgs]),
            ),
        ).lastrowid
        c.execute(
            f"INSERT INTO {t.text} (rowid, title, summary, body) VALUES (?, ?, ?, ?)",
            (doc_id, *_stems(texts, document.language)),
        )
        c.execute(
            f"INSERT INTO {t.titles} (rowid, words) VALUES (?, ?)",
            (doc_id, analysis.folded_words(texts[0])),
        )
        values = {(bit, self._value_id(bit, value)) for bit, value in _filter_values(document)}
        c.executemany(
            f"INSERT INTO {t.facets} (doc, facet, value) VALUES (?, ?, ?)",
            [(doc_id, bit, value) for bit, value in values],
        )
        c.executemany(
            f"UPDATE {t.values} SET n = n + 1 WHERE id = ?", [(value,) for _, value in values]
        )
        counted = [value for bit, value in values if bit in _FACET_BIT_SET]
        self._mark([ALL_DOCUMENTS, *counted], doc_id, has=True)

    def remove(self, key: str) -> None:
        t, c = self.tables, self.connection
        row = c.execute(
            f"SELECT id, language, title, summary, body FROM {t.docs} WHERE key = ?", (key,)
        ).fetchone()
        if row is None:
            return
        doc_id, language, *texts = row
        # External content: FTS5 is given back exactly the stems it indexed.
        c.execute(
            f"INSERT INTO {t.text} ({t.text}, rowid, title, summary, body)"
            " VALUES ('delete', ?, ?, ?, ?)",
            (doc_id, *_stems(tuple(texts), language)),
        )
        c.execute(f"DELETE FROM {t.titles} WHERE rowid = ?", (doc_id,))
        if self._changes is not None:
            counted = c.execute(
                f"SELECT value FROM {t.facets} WHERE doc = ? AND facet IN ({_FACET_LIST})",
                (doc_id,),
            ).fetchall()
            self._mark([ALL_DOCUMENTS, *(value for (value,) in counted)], doc_id, has=False)
        c.execute(
            f"UPDATE {t.values} SET n = n - 1"
            f" WHERE id IN (SELECT value FROM {t.facets} WHERE doc = ?)",
            (doc_id,),
        )
        c.execute(f"DELETE FROM {t.facets} WHERE doc = ?", (doc_id,))
        c.execute(f"DELETE FROM {t.docs} WHERE id = ?", (doc_id,))

    def _value_id(self, bit: int, value: str) -> int:
        key = (bit, value)
        if key not in self._value_ids:
            t, c = self.tables, self.connection
            c.execute(f"INSERT OR IGNORE INTO {t.values} (facet, value) VALUES (?, ?)", key)
            self._value_ids[key] = c.execute(
                f"SELECT id FROM {t.values} WHERE facet = ? AND value = ?", key
            ).fetchone()[0]
        return self._value_ids[key]


def _fill_bitmaps(connection: sqlite3.Connection, tables: _Tables) -> None:
    """Every bitmap of ``tables`` from its facet rows (a rebuild's writes skip them)."""
    t, c = tables, connection
    rows = c.execute(
        f"SELECT value, group_concat(doc) FROM {t.facets}"
        f" WHERE facet IN ({_FACET_LIST}) GROUP BY value"
    ).fetchall()
    rows.append((ALL_DOCUMENTS, c.execute(f"SELECT group_concat(id) FROM {t.docs}").fetchone()[0]))
    c.execute(f"DELETE FROM {t.bits}")
    c.executemany(
        f"INSERT INTO {t.bits} (value, bits) VALUES (?, ?)",
        [(key, _bitmap_bytes(_bitmap_of_list(ids))) for key, ids in rows],
    )


def _new_revision(connection: sqlite3.Connection) -> None:
    """Tell every process that the live index changed (their bitmap caches are stale)."""
    connection.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES ('revision', ?)", (uuid.uuid4().hex,)
    )


def _filter_values(document: SearchDocument) -> Iterator[tuple[int, str]]:
    """(filter bit, value) for every filterable value of ``document``."""
    single = {
        "type": document.type,
        "language": document.language,
        "region": document.region,
        "country": document.country,
        "size": document.size,
        "city": document.city,
    }
    for name, value in single.items():
        if value:
            yield FILTER_BITS[name], str(value)
    multiple = {
        "cluster": document.clusters,
        "programme": document.programmes,
        "sdg": document.sdgs,
        "tag": document.tags,
    }
    for name, values in multiple.items():
        for value in values:
            yield FILTER_BITS[name], str(value)


# -- sets of documents ------------------------------------------------------------------------

_FACET_BIT_SET = frozenset(FACET_BITS)
_FACET_LIST = ", ".join(map(str, FACET_BITS))
_BIT = tuple(1 << i for i in range(8))


def _bitmap(ids: Iterable[int]) -> int:
    """The set of document ids ``ids`` as an integer: bit ``i`` set for document ``i``."""
    ids = list(ids)
    if not ids:
        return 0
    buffer = bytearray((max(ids) >> 3) + 1)
    bit = _BIT
    for i in ids:
        buffer[i >> 3] |= bit[i & 7]
    return int.from_bytes(buffer, "little")


def _bitmap_of_list(text: str | None) -> int:
    """The set of the ids in ``text``, as SQLite's ``group_concat()`` lists them."""
    return _bitmap(map(int, text.split(","))) if text else 0


def _bitmap_bytes(bits: int) -> bytes:
    return bits.to_bytes((bits.bit_length() + 7) // 8, "little")


def _selection(bits: int) -> bytes:
    """The set as SQLite can test it: a blob of one byte per document id, ``b"1"`` where the
    bit is set, so ``substr(blob, id + 1, 1) = x'31'`` tests document ``id`` (a blob's substr
    is found by offset, in constant time). 100,000 documents: 100 kB, built in C."""
    return bin(bits)[:1:-1].encode("ascii")


class _Bitmaps:
    """Which documents have each value of the eight facets, and which documents there are."""

    def __init__(self, key: tuple) -> None:
        self.key = key
        self.documents = 0
        self.values: dict[int, int] = {}  # value id -> documents
        self.by_facet: dict[int, list[tuple[int, str]]] = {bit: [] for bit in FACET_BITS}

    @classmethod
    def load(cls, connection: sqlite3.Connection, tables: _Tables, key: tuple) -> "_Bitmaps":
        bitmaps = cls(key)
        rows = connection.execute(
            f"SELECT b.value, v.facet, v.value, b.bits FROM {tables.bits} AS b"
            f" LEFT JOIN {tables.values} AS v ON v.id = b.value"
        )
        for key_, facet, value, blob in rows:
            bits = int.from_bytes(blob, "little")
            if key_ == ALL_DOCUMENTS:
                bitmaps.documents = bits
            elif bits and facet in bitmaps.by_facet:
                bitmaps.values[key_] = bits
                bitmaps.by_facet[facet].append((key_, value))
        return bitmaps


# -- one search request ------------------------------------------------------------------------


class _Search:
    """The work of one request, on sets of document ids (see "Sets of documents as bitmaps"
    at the top of this module).

    ``hits``: the documents the words leave (or every document, but the excluded ones, when
    there are no words); ``passing``: for each filter in use, the documents it accepts;
    ``selected``: the hits passing every filter. A request with no words and no filter (the
    bare search page) reads the tables directly, with facet counts kept up to date in
    ``values_g.n``.
    """

    def __init__(
        self,
        connection: sqlite3.Connection,
        tables: _Tables,
        filters: dict[str, tuple[str, ...]],
        *,
        bitmaps: Callable[[], _Bitmaps],
    ) -> None:
        self.connection = connection
        self.tables = tables
        self.filters = self._resolve(filters)
        self._bitmaps = bitmaps
        self.everything = False  # no words, no filters: read the tables directly
        self.expression: str | None = None  # the FTS5 expression of the words, if any
        self.hits = 0
        self.passing: dict[int, int] = {}  # filter bit -> documents it accepts
        self.selected = 0
        # With a language chosen, the words are analysed in that language only; the language
        # facet counts each language's documents with that language's own analysis.
        self.every_language_hits: int | None = None

    def _resolve(self, filters: dict[str, tuple[str, ...]]) -> dict[int, list[int]]:
        """Filter bit -> ids of the accepted values (none known: the filter matches nothing)."""
        resolved: dict[int, list[int]] = {}
        for name, values in filters.items():
            values = [str(value) for value in values if str(value)]
            if name in FILTER_BITS and values:
                bit = FILTER_BITS[name]
                marks = ", ".join("?" * len(values))
                resolved[bit] = [
                    row[0]
                    for row in self.connection.execute(
                        f"SELECT id FROM {self.tables.values}"
                        f" WHERE facet = ? AND value IN ({marks})",
                        (bit, *values),
                    )
                ]
        return resolved

    def _matching(self, expression: str) -> int:
        """The documents an FTS5 expression matches (rowids only: no ranking)."""
        t = self.tables
        text = self.connection.execute(
            f"SELECT group_concat(rowid) FROM {t.text} WHERE {t.text} MATCH ?", (expression,)
        ).fetchone()[0]
        return _bitmap_of_list(text)

    def _accepted(self, bit: int, ids: list[int], bitmaps: _Bitmaps) -> int:
        """The documents with one of the values ``ids`` of filter ``bit``."""
        if bit in _FACET_BIT_SET:
            accepted = 0
            for value_id in ids:
                accepted |= bitmaps.values.get(value_id, 0)
            return accepted
        if not ids:
            return 0
        # A tag or a city: few documents each, read from the facet index.
        text = self.connection.execute(
            f"SELECT group_concat(doc) FROM {self.tables.facets}"
            f" WHERE value IN ({', '.join(map(str, ids))})"  # integers read from the index
        ).fetchone()[0]
        return _bitmap_of_list(text)

    def collect(self, positive: str | None, negative: str | None) -> None:
        """Find the hits and what each filter accepts."""
        if positive is None and negative is None and not self.filters:
            self.everything = True
            return
        bitmaps = self._bitmaps()
        if positive is not None:
            self.expression = f"({positive}) NOT {negative}" if negative else positive
        self.hits = self._hits_of(positive, negative, bitmaps)
        self.passing = {bit: self._accepted(bit, ids, bitmaps) for bit, ids in self.filters.items()}
        self.selected = self._passing_all_but(None)

    def _hits_of(self, positive: str | None, negative: str | None, bitmaps: "_Bitmaps") -> int:
        if positive is not None:
            return self._matching(f"({positive}) NOT {negative}" if negative else positive)
        if negative is None:
            return bitmaps.documents
        return bitmaps.documents & ~self._matching(negative)

    def widen_languages(self, query: ParsedQuery) -> None:
        """For the language facet: each language's documents that the words, analysed in that
        language, match (what choosing that language would find). One MATCH per language."""
        if self.everything or query.is_empty:
            return
        bitmaps = self._bitmaps()
        bit = FILTER_BITS["language"]
        hits = 0
        for language in LANGUAGES:
            ids = self._resolve({"language": (language,)}).get(bit, [])
            in_language = self._accepted(bit, ids, bitmaps)
            if in_language:
                positive, negative = _Matcher((language,)).expressions(query)
                hits |= self._hits_of(positive, negative, bitmaps) & in_language
        self.every_language_hits = hits

    def _passing_all_but(self, skipped: int | None) -> int:
        """The hits passing every filter but ``skipped`` (a filter bit, or None)."""
        documents = self.hits
        if skipped == FILTER_BITS["language"] and self.every_language_hits is not None:
            documents = self.every_language_hits
        for bit, accepted in self.passing.items():
            if bit != skipped:
                documents &= accepted
        return documents

    def count(self) -> int:
        if self.everything:
            return self.connection.execute(f"SELECT count(*) FROM {self.tables.docs}").fetchone()[0]
        return self.selected.bit_count()

    def page(self, *, by_date: bool, offset: int, limit: int) -> list[sqlite3.Row]:
        """The rows of one page, newest first (undated last) or best first; ties go to the
        document indexed last. BM25 is computed for the selected matches only."""
        t = self.tables
        columns = (
            "d.id, d.key, d.title, d.url, d.type, d.language, d.summary, d.body,"
            " d.city, d.country, d.clusters, d.date"
        )
        parameters: list = []
        if self.everything:
            sql = f"""
                SELECT {columns}, 0 AS score FROM {t.docs} AS d
                ORDER BY d.date DESC, d.id DESC LIMIT ? OFFSET ?"""
        elif self.expression is None:
            # No words: the selected documents, from the date index.
            sql = f"""
                SELECT {columns}, 0 AS score FROM {t.docs} AS d
                WHERE substr(?, d.id + 1, 1) = x'31'
                ORDER BY d.date DESC, d.id DESC LIMIT ? OFFSET ?"""
            parameters.append(_selection(self.selected))
        else:
            weights = ", ".join(map(str, WEIGHTS))
            parameters.append(self.expression)
            selected = ""
            if self.passing:
                selected = "AND substr(?, rowid + 1, 1) = x'31'"
                parameters.append(_selection(self.selected))
            matches = f"""
                SELECT rowid AS id, bm25({t.text}, {weights}) AS score FROM {t.text}
                WHERE {t.text} MATCH ? {selected}"""
            if by_date:
                order = "d.date DESC, h.score, h.id DESC"
                sql = f"""
                    SELECT {columns}, h.score FROM ({matches}) AS h
                    CROSS JOIN {t.docs} AS d ON d.id = h.id
                    ORDER BY {order} LIMIT ? OFFSET ?"""
            else:
                # Only the 20 best need their document: no join for the ordering.
                order = "h.score, h.id DESC"
                sql = f"""
                    SELECT {columns}, h.score FROM (
                        {matches} ORDER BY score, id DESC LIMIT ? OFFSET ?
                    ) AS h
                    CROSS JOIN {t.docs} AS d ON d.id = h.id ORDER BY {order}"""
        cursor = self.connection.cursor()
        cursor.row_factory = sqlite3.Row
        return cursor.execute(sql, (*parameters, limit, min(offset, MAX_OFFSET))).fetchall()

    def facets(self) -> dict[str, dict[str, int]]:
        """Every facet's counts, each over the hits passing every filter but its own."""
        names = {bit: name for name, bit in FILTER_BITS.items()}
        rows: list[tuple[int, str, int]] = []
        if self.everything:
            rows = self.connection.execute(
                f"SELECT facet, value, n FROM {self.tables.values}"
                f" WHERE n > 0 AND facet IN ({_FACET_LIST})"
            ).fetchall()
        else:
            bitmaps = self._bitmaps()
            for bit in FACET_BITS:
                base = self._passing_all_but(bit) if bit in self.passing else self.selected
                if not base:
                    continue
                for value_id, value in bitmaps.by_facet[bit]:
                    n = (base & bitmaps.values[value_id]).bit_count()
                    if n:
                        rows.append((bit, value, n))
        facets: dict[str, dict[str, int]] = {name: {} for name in FACETS}
        for bit, value, n in sorted(rows, key=lambda row: (-row[2], row[1])):
            facets[names[bit]][value] = n
        return facets

    def snippets(
        self, positive: str | None, rows: list[sqlite3.Row], languages: tuple[str, ...]
    ) -> dict[int, str]:
        """The snippet of each shown row: FTS5 picks the best fragment of the summary and of
        the body from the matched positions; the one with more matches is shown."""
        if not rows:
            return {}
        if positive is None:
            return {row["id"]: _leading_snippet(row) for row in rows}
        t = self.tables
        marks = ", ".join("?" * len(rows))
        fragment = f"?, ?, ?, {analysis.SNIPPET_WORDS}"
        options = (analysis.MARK_START, analysis.MARK_END, analysis.ELLIPSIS)
        found = self.connection.execute(
            f"""
            SELECT rowid, snippet({t.text}, 1, {fragment}), snippet({t.text}, 2, {fragment})
            FROM {t.text} WHERE {t.text} MATCH ? AND rowid IN ({marks})
            """,
            (*options, *options, positive, *(row["id"] for row in rows)),
        ).fetchall()
        snippets = {}
        for row_id, summary, body in found:
            best = max((summary, body), key=lambda text: text.count(analysis.MARK_START))
            snippets[row_id] = analysis.render_marked(best or summary or body)
        for row in rows:
            if row["id"] not in snippets:
                snippets[row["id"]] = _leading_snippet(row)
        return snippets


def _leading_snippet(row: sqlite3.Row) -> str:
    """The start of the summary (or body) when there is nothing to mark."""
    return analysis.snippet(row["summary"] or row["body"], (), row["language"])


def _hit(row: sqlite3.Row, snippet: str) -> SearchHit:
    return SearchHit(
        key=row["key"],
        title=row["title"],
        url=row["url"],
        type=row["type"],
        language=row["language"],
        snippet=snippet,
        city=row["city"],
        country=row["country"],
        clusters=tuple(json.loads(row["clusters"])),
        date=datetime.date.fromisoformat(row["date"]) if row["date"] else None,
        score=-row["score"],
    )


# -- did you mean ------------------------------------------------------------------------------


class _Speller:
    """Respells a query that found nothing with words of the index's own titles.

    A word of the query that no title holds is replaced by the closest title word (edit
    distance 1, or 2 for words of six letters or more; ties go to the word in most titles),
    looking only at words sharing its first letter and about its length, so this stays cheap.
    """

    def __init__(self, connection: sqlite3.Connection, tables: _Tables) -> None:
        self.connection = connection
        self.tables = tables

    def respell(self, text: str, query: ParsedQuery) -> str:
        words = [c.text for c in query.must if isinstance(c, Term)]
        changed = False
        for word in words:
            folded = analysis.folded_words(word)
            if not folded or " " in folded or not folded.isalpha() or self._known(folded):
                continue
            better = self._closest(folded)
            if better:
                text = re.sub(rf"(?<!\S){re.escape(word)}(?!\S)", better, text)
                changed = True
        return text.strip() if changed else ""

    def _known(self, word: str) -> bool:
        return (
            self.connection.execute(
                f"SELECT 1 FROM {self.tables.spell} WHERE term = ?", (word,)
            ).fetchone()
            is not None
        )

    def _closest(self, word: str) -> str:
        limit = 1 if len(word) < 6 else 2
        first = word[0]
        candidates = self.connection.execute(
            f"""
            SELECT term, doc FROM {self.tables.spell}
            WHERE term >= ? AND term < ? AND length(term) BETWEEN ? AND ?
            LIMIT {SPELLING_CANDIDATES}
            """,
            (first, chr(ord(first) + 1), len(word) - limit, len(word) + limit),
        ).fetchall()
        best, best_key = "", (limit + 1, 0)
        for term, documents in candidates:
            distance = _edit_distance(word, term, limit)
            if (distance, -documents) < best_key:
                best, best_key = term, (distance, -documents)
        return best


def _edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of ``a`` and ``b``, or ``limit + 1`` once it is known to exceed
    ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]
