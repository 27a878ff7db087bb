"""The indices a rebuild makes behind the alias, and where updates go meanwhile."""

import datetime
import re
from collections.abc import Iterable

from ..base import SearchUnavailable

INDEX_NAME_RE = r"\d{20}"  # the UTC timestamp a rebuild gives a new index


def alias_name(index_prefix: str) -> str:
    return f"{index_prefix.lower()}-documents"


def new_index_name(alias: str, now: datetime.datetime | None = None) -> str:
    """``<alias>-<UTC timestamp to the microsecond>``: names sort by age."""
    now = now or datetime.datetime.now(datetime.UTC)
    return f"{alias}-{now.strftime('%Y%m%d%H%M%S%f')}"


def is_generation(alias: str, name: str) -> bool:
    """Whether ``name`` is one of the indices rebuilds create behind ``alias``."""
    return re.fullmatch(re.escape(alias) + "-" + INDEX_NAME_RE, name) is not None


def alias_swap_actions(alias: str, new_index: str, old_indices: Iterable[str]) -> list[dict]:
    """One atomic ``update_aliases`` request: the alias leaves the old indices for the new."""
    actions = [{"add": {"index": new_index, "alias": alias}}]
    actions += [
        {"remove": {"index": old, "alias": alias}}
        for old in sorted(old_indices)
        if old != new_index
    ]
    return actions


def write_targets(alias: str, indices: dict) -> list[str]:
    """Where an update goes: the live index, and any newer one a rebuild is filling.

    ``indices`` is a ``get_alias`` answer for the alias's generations: index -> its aliases.
    """
    generations = sorted(name for name in indices if is_generation(alias, name))
    live = [name for name in generations if alias in indices[name].get("aliases", {})]
    if not live:
        raise SearchUnavailable(
            f"The search index {alias!r} does not exist yet: run `manage.py search_index rebuild`."
        )
    return live + [name for name in generations if name > live[-1]]


def unfinished_indices(alias: str, indices: dict) -> list[str]:
    """Generations newer than the live one: those a rebuild was filling. Called under the
    rebuild lock, when no rebuild is running, they are what a killed rebuild left."""
    generations = sorted(name for name in indices if is_generation(alias, name))
    live = [name for name in generations if alias in indices[name].get("aliases", {})]
    return [name for name in generations if not live or name > live[-1]]


def tombstone(key: str) -> dict:
    """What a deletion writes in an index being filled by a rebuild, instead of deleting:
    the rebuild's ``create`` of that key then fails, so it cannot bring the page back. Every
    read leaves tombstones out (``NOT_DELETED``), and the swap clears them."""
    return {"key": key, "deleted": True}


def stale_indices(alias: str, new_index: str, existing: Iterable[str]) -> list[str]:
    """Generations older than ``new_index``: the replaced one and any a failed rebuild left.

    Newer ones are kept: they belong to a rebuild started after this one.
    """
    return sorted(name for name in existing if is_generation(alias, name) and name < new_index)
