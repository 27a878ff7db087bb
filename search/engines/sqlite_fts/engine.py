# SQL in this module is formatted with table names made of a generation number and with
# integers read from the index; user text only ever travels as a bound parameter.
# ruff: noqa: S608
"""The engine: connections, transactions, writes, rebuilds and reads of the index file."""

import contextlib
import datetime
import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path

from search import text as analysis
from search.query import parse_query

from ..base import (
    MAX_SUGGESTIONS,
    PAGE_SIZE,
    SCOPE,
    SearchDocument,
    SearchRequest,
    SearchResponse,
    SearchUnavailable,
    Suggestion,
)
from .bitmaps import _Bitmaps
from .locking import RebuildLock, rebuild_running
from .matching import _title_expression
from .schema import _GENERATION_TABLE, FILTER_BITS, FORMAT, _Tables
from .searching import _hit, _Search
from .speller import _Speller
from .writer import _fill_bitmaps, _new_revision, _Writer

logger = logging.getLogger(__name__)

BATCH = 500  # documents per write transaction
BUSY_TIMEOUT = 5.0
SPELLING_THRESHOLD = 0  # suggest a respelling when a query finds no more than this
_OTHER_FORMAT = "not a search index of this version"
# Connections a child process inherited through a fork. Kept referenced, so that garbage
# collection never closes them in the child (SQLite forbids using them across a fork).
_INHERITED: list[sqlite3.Connection] = []


def _now() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")


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
        elif str(error) == _OTHER_FORMAT:
            reason = (
                "it was made by another version of the Academy's search, whose layout this one "
                "cannot read: run `manage.py search_index rebuild`"
            )
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
            raise sqlite3.DatabaseError(_OTHER_FORMAT)
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
                    writer.touch(document.key for document in batch)
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
                    writer.touch(batch)
                _new_revision(connection)

    def _writers(self, connection: sqlite3.Connection) -> list["_Writer"]:
        """A writer for each generation a write goes to. The live one keeps its bitmaps up to
        date; the one being rebuilt gets them all at once when it goes live."""
        live, *building = self._writable(connection)
        return [
            _Writer(connection, live, bitmaps=True),
            *(_Writer(connection, tables, touches=True) for tables in building),
        ]

    def rebuild(
        self,
        documents: Iterable[SearchDocument],
        *,
        progress: Callable[[int], None] | None = None,
        wait: float = 0.0,
    ) -> int:
        """Fill a new generation, then make it the live one in one transaction.

        Until the switch every search uses the previous generation; if anything fails the new
        tables are dropped and the previous ones stay live. A file SQLite cannot read is set
        aside first (renamed ``<name>.damaged``) and a new one made. One rebuild at a time:
        see locking.py; updates meanwhile go to both generations (``_writable``) and the
        rebuild leaves what they wrote as they wrote it.
        """
        self._make_directory()
        with RebuildLock(self.path, wait=wait):
            self._prepare_file()
            new = self._start_generation()
            try:
                written = self._fill(new, documents, progress)
                self._switch_to(new)
            except BaseException:
                self._abandon(new)
                raise
            self._drop_old_generations()
        return written

    def _start_generation(self) -> _Tables:
        """New tables, marked as the generation being built. Under the rebuild lock, anything
        an earlier rebuild left (a killed one: its tables and its marker) is cleared first."""
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
        return new

    def _fill(self, new: _Tables, documents, progress) -> int:
        written = 0
        for batch in _batches(documents):
            with self._transaction(write=True) as connection:
                _Writer(connection, new).store(batch, untouched=True)
            written += len(batch)
            if progress is not None:
                progress(written)
        return written

    def _switch_to(self, new: _Tables) -> None:
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
            self._unmark(connection, new)
            connection.execute(f"DELETE FROM {new.touched}")
            _new_revision(connection)

    def _abandon(self, new: _Tables) -> None:
        """After a failure: the new tables and their marker go, the live ones stay."""
        with contextlib.suppress(SearchUnavailable), self._transaction(write=True) as c:
            new.drop(c)
            self._unmark(c, new)

    @staticmethod
    def _unmark(connection: sqlite3.Connection, new: _Tables) -> None:
        """Remove the "being built" marker of ``new`` (of no other generation)."""
        connection.execute(
            "DELETE FROM meta WHERE key = 'building' AND value = ?", (str(new.generation),)
        )

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

    def _make_directory(self) -> None:
        path = self.path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise SearchUnavailable(
                f"The search index cannot be created in {path.parent}: {error.strerror}."
            ) from error

    def _prepare_file(self) -> None:
        """Make sure a readable index file exists; set a damaged one aside."""
        path = self.path
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
        page = max(1, int(request.page))
        page_size = max(1, int(request.page_size or PAGE_SIZE))
        with self._transaction() as connection:
            meta = self._meta(connection)
            tables = _Tables(int(meta["generation"]))
            search = _Search(
                connection,
                tables,
                request.filters,
                request.query,
                bitmaps=lambda: self._cached_bitmaps(connection, tables, meta),
            )
            search.collect()
            count = search.count()
            rows = search.page(
                by_date=request.sort == "date" or search.expression is None,
                offset=(page - 1) * page_size,
                limit=page_size,
            )
            snippets = search.snippets(rows)
            facets = search.facets()
            spelling = ""
            # Found in another language, the words are spelt right: the page offers those.
            if count <= SPELLING_THRESHOLD and request.text and not facets["language"]:
                speller = _Speller(connection, tables, search.languages)
                spelling = speller.respell(request.text, request.query)
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

    def suggest(
        self, text: str, *, language: str | None = None, shown: str | None = None
    ) -> list[Suggestion]:
        expression = _title_expression(parse_query(text, suggest=True))
        if expression is None:
            return []
        with self._transaction() as connection:
            tables = self._live(connection)
            where, parameters = "", [expression]
            if language:
                where, parameters = "AND d.language = ?", [expression, language]
            elif shown:
                # In the default scope of a UI language: the facet index says which are.
                bit = FILTER_BITS[SCOPE]
                where = f"""AND EXISTS (
                    SELECT 1 FROM {tables.facets} AS f WHERE f.doc = d.id AND f.facet = ?
                    AND f.value = (SELECT id FROM {tables.values} WHERE facet = ? AND value = ?)
                )"""
                parameters = [expression, bit, bit, shown]
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
            # A marker without the lock is what a killed rebuild left: the next one clears it.
            "rebuilding": bool(meta.get("building")) and rebuild_running(self.path),
            "analysis_current": meta.get("analysis") == analysis.analysis_signature(),
        }


def _batches(items: Iterable) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, BATCH)):
        yield batch
