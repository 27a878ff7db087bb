"""Sets of documents as Python integers (bit *i* set: document *i*), and the cache of the
bitmaps of every facet value (see "Sets of documents as bitmaps" in the package docstring)."""

# ruff: noqa: S608
import sqlite3
from collections.abc import Iterable

from .schema import ALL_DOCUMENTS, FACET_BITS, _Tables

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
