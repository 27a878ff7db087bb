"""One rebuild of an index file at a time.

A rebuild holds an exclusive ``flock`` on ``<index file>.rebuild-lock`` from before it looks
at the file until it has dropped the old tables. Every rebuild, in any thread or process of
the machine, takes it first, so a second one waits for the first or is refused, never
interleaved with it. The kernel releases the lock when its process ends, however it ends, so
a killed rebuild never blocks the next one (which then clears what the killed one left).

The lock file says who holds it (process, host, start), for the message a refused rebuild
gives. Writes of the indexing task take no part in this: they go on during a rebuild, to the
live tables and the ones being filled (see the engine's ``_writable``).
"""

import contextlib
import datetime
import fcntl
import json
import os
import socket
import time
from pathlib import Path

from ..base import RebuildRunning

POLL_SECONDS = 0.1
# A rebuild refused at once could meet ``status`` looking at the lock for a moment: a short
# grace absorbs that.
GRACE_SECONDS = 0.5


def lock_path(index_path: Path) -> Path:
    return index_path.with_name(f"{index_path.name}.rebuild-lock")


class RebuildLock:
    """The exclusive lock of one rebuild (a context manager)."""

    def __init__(self, index_path: Path, *, wait: float = 0.0) -> None:
        self.path = lock_path(index_path)
        self.wait = max(0.0, float(wait))
        self._fd: int | None = None

    def __enter__(self) -> "RebuildLock":
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + max(self.wait, GRACE_SECONDS)
        try:
            while not _try_lock(fd, fcntl.LOCK_EX):
                if time.monotonic() >= deadline:
                    raise RebuildRunning(_refusal(_holder(fd)))
                time.sleep(POLL_SECONDS)
            _write_holder(fd)
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd
        return self

    def __exit__(self, *exc_info) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)


def rebuild_running(index_path: Path) -> bool:
    """Whether a rebuild holds the lock now (a shared lock it would refuse, for a moment)."""
    try:
        fd = os.open(lock_path(index_path), os.O_RDONLY)
    except OSError:
        return False
    try:
        if _try_lock(fd, fcntl.LOCK_SH):
            fcntl.flock(fd, fcntl.LOCK_UN)
            return False
        return True
    finally:
        os.close(fd)


def _try_lock(fd: int, kind: int) -> bool:
    try:
        fcntl.flock(fd, kind | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _write_holder(fd: int) -> None:
    holder = {
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "started": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
    }
    os.ftruncate(fd, 0)
    os.pwrite(fd, json.dumps(holder).encode(), 0)


def _holder(fd: int) -> dict:
    try:
        holder = json.loads(os.pread(fd, 4096, 0) or b"{}")
    except (OSError, ValueError):
        return {}
    return holder if isinstance(holder, dict) else {}


def _refusal(holder: dict) -> str:
    who = ""
    if holder.get("pid"):
        who = f" (process {holder['pid']} on {holder.get('host', '?')}"
        who += f", since {holder['started']})" if holder.get("started") else ")"
    return (
        f"Another rebuild of the search index is running{who}. Wait for it to finish, or "
        "run `manage.py search_index rebuild --wait` to start once it has."
    )
