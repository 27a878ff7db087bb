"""One rebuild of an alias at a time, on any number of machines: a lock document.

The lock is the document ``rebuild`` of the small index ``<alias>-lock``. A rebuild creates it
with ``op_type=create`` (of two rebuilds creating it at once, one succeeds), naming its owner
(a random token, the process and the host) and a heartbeat that the rebuild renews at every
chunk it writes. Only its owner releases it: every update and the deletion carry the sequence
number it last wrote (``if_seq_no``), so an owner that was presumed dead cannot delete a
successor's lock, and learns at its next heartbeat that it lost the lock (it then stops).

A lock nobody holds any more is taken over, atomically, by the next rebuild: one whose process
is gone (on the same host: a rebuild killed here is taken over at once) or whose heartbeat is
older than LOCK_STALE_AFTER (a rebuild killed on another machine). So a killed rebuild never
blocks the next one for long; the next one also drops the index the killed one was filling.
"""

import contextlib
import datetime
import os
import socket
import time
import uuid
from collections.abc import Callable

from elasticsearch import BadRequestError, ConflictError, NotFoundError

from ..base import RebuildRunning

LOCK_ID = "rebuild"
# Far longer than a chunk of documents takes to read and write, however slow the database.
LOCK_STALE_AFTER = 120.0
POLL_SECONDS = 0.5


def lock_index(alias: str) -> str:
    """The index holding the lock document (not a generation: see ``is_generation``)."""
    return f"{alias}-lock"


def process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError):
        return True  # another user's process, or not a pid this system can check: assume alive
    return True


def lock_is_stale(
    holder: dict, *, now: float, host: str, alive: Callable[[int], bool] = process_alive
) -> bool:
    """Whether the rebuild named by a lock document has stopped without releasing it."""
    heartbeat = holder.get("heartbeat")
    if not isinstance(heartbeat, int | float) or now - heartbeat > LOCK_STALE_AFTER:
        return True
    pid = holder.get("pid")
    return holder.get("host") == host and isinstance(pid, int) and not alive(pid)


def lock_holder(client, alias: str) -> dict | None:
    """Who holds the rebuild lock now, or None (free, or left by a rebuild that stopped)."""
    try:
        holder = client.get(index=lock_index(alias), id=LOCK_ID).body.get("_source", {})
    except NotFoundError:
        return None
    stale = lock_is_stale(holder, now=time.time(), host=socket.gethostname())
    return None if stale else holder


def refusal(holder: dict) -> str:
    """What a refused rebuild says."""
    who = ""
    if holder.get("pid"):
        who = f" (process {holder['pid']} on {holder.get('host', '?')}"
        who += f", since {holder['started']})" if holder.get("started") else ")"
    return (
        f"Another rebuild of the search index is running{who}. Wait for it to finish, or "
        "run `manage.py search_index rebuild --wait` to start once it has."
    )


class RebuildLock:
    """The lock of one rebuild (a context manager); ``heartbeat()`` at every chunk."""

    def __init__(self, client, alias: str, *, wait: float = 0.0) -> None:
        self.client = client
        self.index = lock_index(alias)
        self.wait = max(0.0, float(wait))
        self.host = socket.gethostname()
        self.holder = {
            "owner": uuid.uuid4().hex,
            "pid": os.getpid(),
            "host": self.host,
            "started": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        }
        self._version: dict | None = None  # if_seq_no and if_primary_term of our last write

    def __enter__(self) -> "RebuildLock":
        self._make_index()
        deadline = time.monotonic() + self.wait
        while True:
            other = self._try()
            if other is None:
                return self
            if time.monotonic() >= deadline:
                raise RebuildRunning(refusal(other))
            time.sleep(POLL_SECONDS)

    def __exit__(self, *exc_info) -> None:
        if self._version is not None:
            with contextlib.suppress(ConflictError, NotFoundError):
                self.client.delete(index=self.index, id=LOCK_ID, refresh=True, **self._version)
            self._version = None

    def heartbeat(self) -> None:
        """Renew the lock; raises RebuildRunning if another rebuild took it over."""
        try:
            if self._version is None:
                raise ConflictError("lost", None, None)
            self._write(**self._version)
        except (ConflictError, NotFoundError) as error:
            self._version = None
            raise RebuildRunning(
                "This rebuild was taken for dead and another one took over the search index: "
                "it stops here, leaving the index to the other one."
            ) from error

    def _make_index(self) -> None:
        if self.client.indices.exists(index=self.index):
            return
        try:
            self.client.indices.create(
                index=self.index,
                settings={"number_of_shards": 1, "auto_expand_replicas": "0-1"},
                mappings={"dynamic": False, "properties": {}},
            )
        except BadRequestError:
            if not self.client.indices.exists(index=self.index):
                raise  # not "made by another rebuild meanwhile"

    def _try(self) -> dict | None:
        """Take the lock if it is free or stale; else the holder's document."""
        try:
            self._write(op_type="create")
            return None
        except ConflictError:
            pass
        try:
            found = self.client.get(index=self.index, id=LOCK_ID).body
        except NotFoundError:
            return {}  # released meanwhile: try again
        holder = found.get("_source", {})
        if not lock_is_stale(holder, now=time.time(), host=self.host):
            return holder
        try:
            self._write(if_seq_no=found["_seq_no"], if_primary_term=found["_primary_term"])
        except ConflictError:
            return holder  # another rebuild took it over first
        return None

    def _write(self, **options) -> None:
        document = {**self.holder, "heartbeat": time.time()}
        answer = self.client.index(index=self.index, id=LOCK_ID, document=document, **options)
        self._version = {
            "if_seq_no": answer["_seq_no"],
            "if_primary_term": answer["_primary_term"],
        }
