"""A database that threads can share, for the tests that race two requests against each other.

pytest-django creates the SQLite test database in memory, in shared-cache mode. Another
connection can open it, but where two requests on a file database queue for the write lock
(``transaction_mode: IMMEDIATE`` and the busy timeout), two connections to the shared cache
fail at once with "database table is locked": no real race can be run on it.

The test database is set up once per session, before the first test that needs it, so renaming
it (``TEST["NAME"]`` or ``django_db_modify_db_settings`` in this folder) would only take effect
when these tests run alone. Instead, ``shared_database`` copies the session's test database to a
file for each test, points every new connection (any thread's) at that file, and puts the
in-memory database back afterwards. On PostgreSQL (``make test-postgres``) the test database is
already shared by every connection and nothing is changed.
"""

import sqlite3
from contextlib import closing

from django.db import DEFAULT_DB_ALIAS, connections

import pytest


@pytest.fixture(autouse=True)
def shared_database(transactional_db, tmp_path):
    """Every connection, in any thread, uses a file copy of the test database during the test."""
    in_memory = connections[DEFAULT_DB_ALIAS]
    if in_memory.vendor != "sqlite" or not in_memory.is_in_memory_db():
        yield None
        return

    path = tmp_path / "shared-test-db.sqlite3"
    in_memory.ensure_connection()
    with closing(sqlite3.connect(path)) as target:
        in_memory.connection.backup(target)
        target.execute("PRAGMA journal_mode=WAL")

    # The settings dict is shared by the connection, settings.DATABASES and the connection
    # handler, which builds each thread's connection from it: renaming it moves every new
    # connection to the file, while the in-memory connection keeps a copy with its old name.
    shared_settings = in_memory.settings_dict
    in_memory.settings_dict = dict(shared_settings)
    shared_settings["NAME"] = str(path)
    connections[DEFAULT_DB_ALIAS] = connections.create_connection(DEFAULT_DB_ALIAS)
    try:
        assert not connections[DEFAULT_DB_ALIAS].is_in_memory_db()
        yield path
    finally:
        connections[DEFAULT_DB_ALIAS].close()
        connections[DEFAULT_DB_ALIAS] = in_memory
        shared_settings["NAME"] = in_memory.settings_dict["NAME"]
        in_memory.settings_dict = shared_settings
