# SQL in this module is formatted with table names made of a generation number and with
# integers read from the index; user text only ever travels as a bound parameter.
# ruff: noqa: S608
"""Adding, replacing and removing documents in one generation's tables."""

import json
import sqlite3
import uuid
from collections.abc import Iterable, Iterator

from search import text as analysis

from ..base import LANGUAGES, SCOPE, SearchDocument
from .bitmaps import _bitmap, _bitmap_bytes, _bitmap_of_list
from .schema import _FACET_BIT_SET, _FACET_LIST, ALL_DOCUMENTS, FILTER_BITS, _Tables


def _texts(document: SearchDocument) -> tuple[str, ...]:
    """The texts of ``document`` in the order of the columns of text_g."""
    texts = (document.title, document.keywords, document.summary, document.body)
    return tuple(map(analysis.clean, texts))


def _stems(texts: tuple[str, ...], language: str) -> list[str]:
    return [analysis.index_text(text, language) for text in texts]


class _Writer:
    """Adds, replaces and removes documents in one generation's tables.

    With ``bitmaps``, the changes to ``bits_g`` are gathered and written by :meth:`flush`
    (each touched bitmap read and written once per batch, not once per document).
    """

    def __init__(
        self,
        connection: sqlite3.Connection,
        tables: _Tables,
        *,
        bitmaps: bool = False,
        touches: bool = False,
    ) -> None:
        self.connection = connection
        self.tables = tables
        # An update of a generation being rebuilt: it records the keys it writes and deletes,
        # so that the rebuild, which read those pages earlier, leaves them alone.
        self.touches = touches
        self._value_ids: dict[tuple[int, str], int] = {}
        # bitmap key -> {document id: whether it has the value now}; the last change wins, as
        # a document id can be removed and given again in one batch.
        self._changes: dict[int, dict[int, bool]] | None = {} if bitmaps else None

    def store(self, documents: Iterable[SearchDocument], *, untouched: bool = False) -> None:
        """Add or replace ``documents``; with ``untouched`` (a rebuild's own writes), only
        those no update has written or deleted since the generation was made."""
        documents = list(documents)
        if untouched:
            documents = self._untouched(documents)
        for document in documents:
            self.remove(document.key)
            self._insert(document)
        self.flush()

    def _untouched(self, documents: list[SearchDocument]) -> list[SearchDocument]:
        keys = [document.key for document in documents]
        touched = set()
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            touched.update(
                key
                for (key,) in self.connection.execute(
                    f"SELECT key FROM {self.tables.touched}"
                    f" WHERE key IN ({', '.join('?' * len(chunk))})",
                    chunk,
                )
            )
        return [document for document in documents if document.key not in touched]

    def touch(self, keys: Iterable[str]) -> None:
        """Record ``keys`` as written by an update (see ``touches``)."""
        if self.touches:
            self.connection.executemany(
                f"INSERT OR IGNORE INTO {self.tables.touched} (key) VALUES (?)",
                [(key,) for key in keys],
            )

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
        texts = _texts(document)
        doc_id = c.execute(
            f"""
            INSERT INTO {t.docs} (key, page_id, type, language, title, url, keywords, summary,
                body, date, clusters, tags, programmes, city, country, region, size, sdgs)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
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
            f"INSERT INTO {t.text} (rowid, title, keywords, summary, body) VALUES (?, ?, ?, ?, ?)",
            (doc_id, *_stems(texts, document.language)),
        )
        # Each language's titles in a column of their own: the vocabulary of "did you mean".
        column = document.language if document.language in LANGUAGES else LANGUAGES[0]
        c.execute(
            f"INSERT INTO {t.titles} (rowid, {column}) VALUES (?, ?)",
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
            f"SELECT id, language, title, keywords, summary, body FROM {t.docs} WHERE key = ?",
            (key,),
        ).fetchone()
        if row is None:
            return
        doc_id, language, *texts = row
        # External content: FTS5 is given back exactly the stems it indexed.
        c.execute(
            f"INSERT INTO {t.text} ({t.text}, rowid, title, keywords, summary, body)"
            " VALUES ('delete', ?, ?, ?, ?, ?)",
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
        SCOPE: document.scopes,
        "tag": document.tags,
    }
    for name, values in multiple.items():
        for value in values:
            yield FILTER_BITS[name], str(value)
