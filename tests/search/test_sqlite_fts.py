"""What only the embedded engine does: its own file, damage and repair, concurrency, rebuild.

The behaviour it shares with every engine is in tests/search/contract/.
"""

import contextlib
import multiprocessing
import sqlite3
import threading

import pytest

from search.engines.base import SearchDocument, SearchRequest, SearchUnavailable
from search.engines.sqlite_fts import BATCH, SqliteFtsEngine
from search.query import parse_query


def doc(key, title, **fields):
    return SearchDocument(
        key=f"page:{key}",
        page_id=int(key),
        type="casestudy",
        language="en",
        title=title,
        url=f"/pages/{key}/",
        **fields,
    )


def search(engine, q="", **filters):
    return engine.search(SearchRequest(query=parse_query(q), text=q, filters=filters))


@pytest.fixture
def path(tmp_path):
    return tmp_path / "index" / "search.sqlite3"


@pytest.fixture
def engine(path):
    engine = SqliteFtsEngine(path, busy_timeout=0.2)
    engine.rebuild([doc("1", "Green roofs"), doc("2", "Blue roofs")])
    yield engine
    engine.close()


def generation_tables(path):
    connection = sqlite3.connect(path)
    try:
        return sorted(
            name
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            if name.split("_")[0] in {"docs", "values", "facets", "text", "titles"}
            and name.count("_") == 1
        )
    finally:
        connection.close()


# -- its own file -----------------------------------------------------------------------------


def test_the_index_lives_in_the_file_the_setting_names(settings, tmp_path):
    settings.ACADEMY_SEARCH_INDEX_PATH = str(tmp_path / "from-settings.sqlite3")
    engine = SqliteFtsEngine()
    engine.rebuild([doc("1", "Green roofs")])
    assert (tmp_path / "from-settings.sqlite3").exists()
    assert search(engine, "green").count == 1
    # Read when used, not when made: a new setting is a new file.
    settings.ACADEMY_SEARCH_INDEX_PATH = str(tmp_path / "other.sqlite3")
    with pytest.raises(SearchUnavailable):
        search(engine, "green")
    engine.close()


def test_the_index_is_not_the_main_database(engine, path, settings):
    from django.db import connection

    assert str(path) != str(connection.settings_dict["NAME"])
    assert path.exists()


def test_status_describes_the_file(engine, path):
    status = engine.status()
    assert status["engine"] == "sqlite_fts"
    assert status["path"] == str(path)
    assert status["documents"] == 2
    assert status["size_bytes"] >= path.stat().st_size > 0
    assert status["last_rebuild"]
    assert status["rebuilding"] is False
    assert status["analysis_current"] is True
    before = status["generation"]
    engine.rebuild([doc("3", "Bus lanes")])
    assert engine.status()["generation"] == before + 1


# -- missing, damaged, locked -----------------------------------------------------------------


def test_a_missing_index_is_unavailable_until_a_rebuild(path):
    engine = SqliteFtsEngine(path)
    for attempt in (
        lambda: search(engine, "green"),
        lambda: engine.suggest("gre", language=None),
        lambda: engine.status(),
        lambda: engine.index([doc("1", "Green roofs")]),
        lambda: engine.delete(["page:1"]),
    ):
        with pytest.raises(SearchUnavailable, match="missing"):
            attempt()
    assert not path.exists()  # asking did not create an empty index
    engine.rebuild([doc("1", "Green roofs")])
    assert search(engine, "green").count == 1


def test_an_index_deleted_under_a_running_engine_is_unavailable(engine, path):
    assert search(engine, "green").count == 1
    path.unlink()
    with pytest.raises(SearchUnavailable):
        search(engine, "green")
    engine.rebuild([doc("3", "Green corridors")])
    assert [hit.title for hit in search(engine, "green").results] == ["Green corridors"]


@pytest.mark.parametrize(
    "damage",
    [
        b"this is not a database at all" * 100,
        b"SQLite format 3\x00" + b"\xff" * 4000,
        b"",
    ],
    ids=["garbage", "broken-header", "empty"],
)
def test_a_damaged_file_is_unavailable_and_a_rebuild_repairs_it(engine, path, damage):
    engine.close()
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    path.write_bytes(damage)
    with pytest.raises(SearchUnavailable):
        search(engine, "green")
    with pytest.raises(SearchUnavailable):
        engine.index([doc("3", "Green corridors")])
    engine.rebuild([doc("3", "Green corridors")])
    assert [hit.title for hit in search(engine, "green").results] == ["Green corridors"]
    assert path.with_name(path.name + ".damaged").exists()  # set aside, not destroyed


def test_another_sqlite_database_in_its_place_is_unavailable(engine, path):
    engine.close()
    path.unlink()
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE unrelated (x)")
    other.commit()
    other.close()
    with pytest.raises(SearchUnavailable):
        search(engine, "green")
    engine.rebuild([doc("1", "Green roofs")])
    assert search(engine, "green").count == 1


def test_a_damaged_page_inside_the_index_is_unavailable(engine, path):
    engine.rebuild([doc(str(i), f"Green roofs {i}", body="roof " * 2000) for i in range(1, 40)])
    engine.close()
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(2 * page, len(data), 2 * page):  # every other page after the first
        data[offset : offset + page] = b"\x07" * page
    path.write_bytes(bytes(data))
    # SearchUnavailable, or an answer from the pages left intact; never an sqlite3 error.
    with contextlib.suppress(SearchUnavailable):
        search(engine, "roofs")
    engine.rebuild([doc("1", "Green roofs")])
    assert search(engine, "green").count == 1


def test_a_locked_index_is_unavailable_not_an_error(engine, path):
    engine.close()  # an exclusive lock needs the file to itself
    locker = sqlite3.connect(path, isolation_level=None)
    locker.execute("PRAGMA locking_mode = EXCLUSIVE")
    locker.execute("BEGIN EXCLUSIVE")
    locker.execute("UPDATE meta SET value = value WHERE key = 'generation'")
    locker.execute("COMMIT")  # in exclusive locking mode the lock outlives the transaction
    try:
        with pytest.raises(SearchUnavailable):
            search(engine, "green")
        with pytest.raises(SearchUnavailable):
            engine.index([doc("3", "Green corridors")])
    finally:
        locker.close()
    assert search(engine, "green").count == 1


def test_an_index_from_another_text_analysis_refuses_writes_until_a_rebuild(engine, path):
    connection = sqlite3.connect(path)
    connection.execute("UPDATE meta SET value = 'academy-0' WHERE key = 'analysis'")
    connection.commit()
    connection.close()
    with pytest.raises(SearchUnavailable, match="rebuild"):
        engine.index([doc("3", "Green corridors")])
    with pytest.raises(SearchUnavailable, match="rebuild"):
        engine.delete(["page:1"])
    assert search(engine, "green").count == 1  # searching goes on meanwhile
    assert engine.status()["analysis_current"] is False
    engine.rebuild([doc("3", "Green corridors")])
    engine.index([doc("4", "Green streets")])
    assert search(engine, "green").count == 2


# -- concurrency ------------------------------------------------------------------------------


def test_a_reader_is_not_blocked_by_a_writer_mid_transaction(engine):
    writing, written = threading.Event(), threading.Event()
    errors = []

    def writer():
        try:
            with engine._transaction(write=True) as connection:
                connection.execute("UPDATE meta SET value = value WHERE key = 'generation'")
                writing.set()
                written.wait(10)
        except Exception as error:  # reported by the assertion below
            errors.append(error)

    thread = threading.Thread(target=writer)
    thread.start()
    assert writing.wait(10)
    try:
        # busy_timeout is 0.2 s: a reader waiting for the writer would fail here.
        assert search(engine, "roofs").count == 2
        assert engine.suggest("gre", language=None)
    finally:
        written.set()
        thread.join()
    assert errors == []


def test_readers_see_whole_batches_while_another_thread_indexes(engine):
    done = threading.Event()
    errors, counts = [], []

    def writer():
        try:
            for start in range(100, 400, 50):
                engine.index(doc(str(i), f"Roofs {i}") for i in range(start, start + 50))
        except Exception as error:
            errors.append(error)
        finally:
            done.set()

    thread = threading.Thread(target=writer)
    thread.start()
    while not done.is_set():
        response = search(engine, "roofs")
        counts.append(response.count)
    thread.join()
    assert errors == []
    assert counts == sorted(counts)  # never goes back
    assert all((count - 2) % 50 == 0 for count in counts)  # a batch is seen whole or not at all
    assert search(engine, "roofs").count == 302


def _count_in_child(path, queue):
    queue.put(search(SqliteFtsEngine(path), "roofs").count)


def _search_with_inherited_engine(engine, queue):
    try:
        queue.put(search(engine, "roofs").count)
    except Exception as error:
        queue.put(repr(error))


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork()")
def test_a_forked_process_opens_its_own_connection(engine):
    assert search(engine, "roofs").count == 2  # the parent's connection is open
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    child = context.Process(target=_search_with_inherited_engine, args=(engine, queue))
    child.start()
    answer = queue.get(timeout=30)
    child.join(30)
    assert answer == 2
    assert search(engine, "roofs").count == 2  # and the parent's still works


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork()")
def test_another_process_reads_while_this_one_writes(engine, path):
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    with engine._transaction(write=True):
        child = context.Process(target=_count_in_child, args=(path, queue))
        child.start()
        answer = queue.get(timeout=30)
        child.join(30)
    assert answer == 2


# -- rebuild ----------------------------------------------------------------------------------


def test_a_rebuild_never_shows_an_empty_or_partial_index(engine):
    midway, checked = threading.Event(), threading.Event()
    seen = {}

    def documents():
        for i in range(100, 100 + BATCH + 10):
            if i == 100 + BATCH:  # the first batch of the new index is written by now
                midway.set()
                checked.wait(10)
            yield doc(str(i), f"Roofs {i}")

    thread = threading.Thread(target=lambda: seen.update(written=engine.rebuild(documents())))
    thread.start()
    try:
        assert midway.wait(30)
        during = search(engine, "roofs")
        assert during.count == 2
        assert {hit.title for hit in during.results} == {"Green roofs", "Blue roofs"}
        assert engine.status()["rebuilding"] is True
    finally:
        checked.set()
        thread.join()
    assert seen["written"] == BATCH + 10
    assert search(engine, "roofs").count == BATCH + 10
    assert search(engine, "green").count == 0


def test_writes_during_a_rebuild_are_kept_by_it(engine):
    midway, checked = threading.Event(), threading.Event()

    def documents():
        yield doc("100", "Roofs before")
        midway.set()
        checked.wait(10)
        yield doc("101", "Roofs after")

    thread = threading.Thread(target=lambda: engine.rebuild(documents()))
    thread.start()
    try:
        assert midway.wait(30)
        engine.index([doc("200", "Roofs published meanwhile")])
        engine.delete(["page:100"])
    finally:
        checked.set()
        thread.join()
    titles = {hit.title for hit in search(engine, "roofs").results}
    assert "Roofs published meanwhile" in titles
    assert "Roofs after" in titles


def test_a_failed_rebuild_leaves_the_old_index_live(engine, path):
    tables_before = generation_tables(path)

    def documents():
        yield doc("100", "Roofs 100")
        raise RuntimeError("the page tree could not be read")

    with pytest.raises(RuntimeError):
        engine.rebuild(documents())
    assert search(engine, "roofs").count == 2
    assert engine.status()["rebuilding"] is False
    assert generation_tables(path) == tables_before  # the half-built tables are gone


def test_a_rebuild_drops_the_old_tables(engine, path):
    before = generation_tables(path)
    engine.rebuild([doc("3", "Bus lanes")])
    after = generation_tables(path)
    assert len(after) == len(before) == 5
    assert set(after).isdisjoint(before)


# -- engine-specific details ------------------------------------------------------------------


def test_snippets_mark_the_right_word_whatever_the_characters_around_it(engine):
    # Characters FTS5 and Python classify differently (a newer emoji, a currency sign,
    # combining marks): the stored stems must stay one per original token.
    body = "Pay 100 ₽ 🙂 a\u0301 ✅ e\u0308 then plant green roofs, said ﬁnance."
    engine.rebuild([doc("1", "Budget", body=body)])
    (hit,) = search(engine, "roofs").results
    assert "<mark>roofs</mark>," in hit.snippet
    assert hit.snippet.count("<mark>") == 1
    (hit,) = search(engine, "finance").results
    assert "<mark>ﬁnance</mark>" in hit.snippet


def test_fts5_syntax_in_a_query_is_searched_as_text(engine):
    engine.rebuild(
        [doc("1", "Roofs", body='He said "green" NEAR the roofs: title* ^x'), doc("2", "Green")]
    )
    assert search(engine, 'said"green" near').count == 1
    assert search(engine, "title* ^x").count == 1
    assert search(engine, 'green" OR "x').count == 1


def test_a_page_number_beyond_any_result_is_empty(engine):
    request = SearchRequest(query=parse_query("roofs"), page=10**15)
    response = engine.search(request)
    assert response.results == []
    assert response.count == 2
