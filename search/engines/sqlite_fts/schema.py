# SQL in this module is formatted with table names made of a generation number and with
# integers read from the index; user text only ever travels as a bound parameter.
# ruff: noqa: S608
"""The layout of the index file: what each generation's tables are called and hold.

See the package's docstring for why it is laid out so.
"""

import re
import sqlite3

from search import text as analysis

from ..base import COUNTED, LANGUAGES

FORMAT = "3"  # the layout of the package docstring; a file of another format is rebuilt
# Filters and their number in values_g.facet and facets_g.facet. The first eight are the
# facets the page shows, then the default scope (counted too, not shown as a facet); tag and
# city filter without being counted.
FILTER_BITS = {name: bit for bit, name in enumerate((*COUNTED, "tag", "city"))}
FACET_BITS = tuple(FILTER_BITS[name] for name in COUNTED)
ALL_DOCUMENTS = 0  # the key of the bitmap of every document in ``bits_g`` (value ids start at 1)
# BM25 weights of the columns of text_g: title, keywords (tags, city and cluster names),
# summary, body.
WEIGHTS = (10.0, 6.0, 4.0, 1.0)
_GENERATION_TABLE = re.compile(
    r"^(?:docs|values|facets|bits|text|titles|spell|stems|touched)_(\d+)$"
)
_FACET_BIT_SET = frozenset(FACET_BITS)
_FACET_LIST = ", ".join(map(str, FACET_BITS))


class _Tables:
    """The table names of one generation (numbers only: safe to format into SQL)."""

    def __init__(self, generation: int) -> None:
        self.generation = int(generation)
        g = self.generation
        self.docs, self.values, self.facets = f"docs_{g}", f"values_{g}", f"facets_{g}"
        self.bits = f"bits_{g}"
        # While the generation is being built: the keys that updates wrote or deleted in it
        # meanwhile, newer than what the rebuild read (it leaves them as they are).
        self.touched = f"touched_{g}"
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
                keywords TEXT NOT NULL,
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
            CREATE TABLE {self.touched} (key TEXT PRIMARY KEY) WITHOUT ROWID;
            CREATE VIRTUAL TABLE {self.text} USING fts5(
                title, keywords, summary, body,
                content='{self.docs}', content_rowid='id', tokenize='{tokenizer}'
            );
            CREATE VIRTUAL TABLE {self.titles} USING fts5(
                {", ".join(LANGUAGES)}, tokenize='{tokenizer}', prefix='1 2 3'
            );
            CREATE VIRTUAL TABLE {self.spell} USING fts5vocab({self.titles}, col);
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
            self.touched,
            self.bits,
            self.facets,
            self.values,
            self.docs,
        ):
            connection.execute(f"DROP TABLE IF EXISTS {name}")
