"""What only the embedded engine does: its own file, damage and repair, concurrency, rebuild.

The behaviour it shares with every engine is in tests/search/contract/.
"""

import contextlib
import dataclasses
import datetime
import multiprocessing
import random
import sqlite3
import threading

import pytest

from search.engines.base import (
    COUNTED,
    DOCUMENT_TYPES,
    LANGUAGES,
    SearchDocument,
    SearchRequest,
    SearchUnavailable,
)
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


# -- facet bitmaps and their cache ------------------------------------------------------------
#
# Counts, facets and filters are computed on bitmaps of document ids, kept in the index and
# cached in each process. These tests compare every answer with a count made here, document
# by document, after each kind of write and from a second engine (another process's view).

WORDS = ("zorblat", "quixel", "vantrop", "melkish")
CLUSTERS = ("water-resources", "nature-based-solutions", "circular-economy")
REGIONS = ("europe", "north-america", "latin-america-caribbean")


def varied_documents(seed, count, first_id=1):
    rng = random.Random(seed)  # noqa: S311 - test data, not secrets
    documents = []
    for n in range(first_id, first_id + count):
        documents.append(
            SearchDocument(
                key=f"page:{n}",
                page_id=n,
                type=rng.choice(DOCUMENT_TYPES),
                language=rng.choice(LANGUAGES),
                title=f"Document {n}",
                url=f"/pages/{n}/",
                body=" ".join(rng.sample(WORDS, rng.randint(1, 3))),
                date=datetime.date(2020, 1, 1) + datetime.timedelta(days=n),
                clusters=tuple(rng.sample(CLUSTERS, rng.randint(0, 2))),
                tags=tuple(rng.sample(("pilot", "youth", "finance"), rng.randint(0, 2))),
                programmes=tuple(rng.sample(("iurc", "cities-forward"), rng.randint(0, 1))),
                city=rng.choice(("Rosario", "Hoboken", "Lyon")),
                country=rng.choice(("AR", "US", "FR")),
                region=rng.choice(REGIONS),
                size=rng.choice(("small", "medium", "large", "")),
                sdgs=tuple(rng.sample(range(1, 18), rng.randint(0, 2))),
                shown_in=tuple(rng.sample(LANGUAGES, rng.randint(0, 3))),
            )
        )
    return documents


def values_of(document, name):
    single = {
        "type": document.type,
        "language": document.language,
        "region": document.region,
        "country": document.country,
        "size": document.size,
        "city": document.city,
    }
    if name in single:
        return {single[name]} if single[name] else set()
    multiple = {
        "cluster": document.clusters,
        "programme": document.programmes,
        "sdg": document.sdgs,
        "tag": document.tags,
        "shown": {document.language, *document.shown_in},
    }
    return {str(value) for value in multiple[name]}


def expected_answer(documents, words, excluded, filters):
    """(keys found, facet counts) counted document by document."""

    def has_words(document):
        body = document.body.split()
        return all(word in body for word in words) and not any(w in body for w in excluded)

    def passes(document, skipped=None):
        # The language and the scope are one parameter: each facet is counted without both.
        skip = {"language", "shown"} if skipped in ("language", "shown") else {skipped}
        return all(
            values_of(document, name) & set(values)
            for name, values in filters.items()
            if name not in skip
        )

    found = [d for d in documents if has_words(d)]
    facets = {}
    for name in COUNTED:
        counts = {}
        for document in found:
            if passes(document, skipped=name):
                for value in values_of(document, name):
                    counts[value] = counts.get(value, 0) + 1
        facets[name] = counts
    return {d.key for d in found if passes(d)}, facets


REQUESTS = [
    ((), (), {}),
    (("zorblat",), (), {}),
    (("zorblat", "quixel"), (), {}),
    (("quixel",), ("vantrop",), {}),
    ((), ("melkish",), {}),
    ((), (), {"cluster": ("water-resources",)}),
    ((), (), {"cluster": ("water-resources",), "region": ("europe", "north-america")}),
    (("vantrop",), (), {"language": ("es", "pt"), "sdg": ("3", "7", "11")}),
    (("zorblat",), (), {"type": ("casestudy", "course"), "tag": ("youth",)}),
    (("melkish",), (), {"city": ("Lyon",), "size": ("small",), "programme": ("iurc",)}),
    (("quixel",), (), {"country": ("AR",), "cluster": ("no-such-cluster",)}),
    ((), ("zorblat",), {"tag": ("pilot", "finance"), "language": ("en",)}),
    ((), (), {"shown": ("fr",)}),
    (("zorblat",), (), {"shown": ("es",)}),
    (("quixel",), ("melkish",), {"shown": ("pt",), "cluster": ("circular-economy",)}),
    (("vantrop",), (), {"shown": ("en",), "type": ("lesson", "city", "course")}),
]


def all_pages(engine, q, filters, sort="relevance"):
    """Every page of an answer: (its responses, the keys found in order)."""
    responses, keys = [], []
    while True:
        response = engine.search(
            SearchRequest(
                query=parse_query(q), text=q, filters=filters, sort=sort, page=len(responses) + 1
            )
        )
        responses.append(response)
        if not response.results:
            return responses, keys
        keys += [hit.key for hit in response.results]


def assert_answers_match(engine, documents):
    dates = {d.key: d.date for d in documents}
    for words, excluded, filters in REQUESTS:
        q = " ".join([*words, *(f"-{word}" for word in excluded)])
        expected_keys, expected_facets = expected_answer(documents, words, excluded, filters)
        responses, found = all_pages(engine, q, filters)
        for response in responses:
            assert response.count == len(expected_keys), (q, filters)
            assert response.facets == expected_facets, (q, filters)
            for counts in response.facets.values():  # most frequent first, then by value
                assert list(counts.items()) == sorted(counts.items(), key=lambda i: (-i[1], i[0]))
        assert sorted(found) == sorted(expected_keys), (q, filters)
        # Newest first, filtered or not.
        newest_first = sorted(expected_keys, key=lambda key: dates[key], reverse=True)
        assert all_pages(engine, q, filters, sort="date")[1] == newest_first, (q, filters)
        if words:  # a filter keeps the order of relevance (BM25 does not depend on it)
            unfiltered = all_pages(engine, q, {})[1]
            assert found == [key for key in unfiltered if key in expected_keys], (q, filters)


def typed(key, title, type_):
    return dataclasses.replace(doc(key, title), type=type_)


def test_counts_facets_and_filters_agree_with_every_document(path):
    engine = SqliteFtsEngine(path)
    documents = varied_documents(1, 150)
    engine.rebuild(documents)
    assert_answers_match(engine, documents)


def test_counts_and_facets_follow_every_write(path):
    engine = SqliteFtsEngine(path)
    documents = {d.key: d for d in varied_documents(2, 120)}
    engine.rebuild(documents.values())
    assert_answers_match(engine, list(documents.values()))
    # Indexed again with other values, new ones added, some deleted: each write is counted.
    changed = varied_documents(3, 40, first_id=90)  # 90-119 replaced, 120-129 new
    engine.index(changed)
    documents.update((d.key, d) for d in changed)
    assert_answers_match(engine, list(documents.values()))
    removed = [f"page:{n}" for n in range(1, 130, 7)]
    engine.delete(removed)
    for key in removed:
        del documents[key]
    assert_answers_match(engine, list(documents.values()))


def test_a_key_written_twice_in_one_batch_counts_its_last_version(engine):
    first = doc("7", "Skylights", clusters=("water-resources",), region="europe")
    second = doc("7", "Skylights", clusters=("circular-economy",), region="north-america")
    engine.index([first, second])  # the same document id may be removed and given again
    response = search(engine, "skylights")
    assert response.count == 1
    assert response.facets["cluster"] == {"circular-economy": 1}
    assert response.facets["region"] == {"north-america": 1}
    assert search(engine, "skylights", cluster=["water-resources"]).count == 0
    assert search(engine, region=["europe"]).count == 0


def test_another_process_sees_each_write_at_once(path, engine):
    other = SqliteFtsEngine(path)  # its own connection and cache: another process's view
    assert search(other, "roofs").facets["type"] == {"casestudy": 2}
    engine.index([typed("3", "Red roofs", "course")])
    assert search(other, "roofs").facets["type"] == {"casestudy": 2, "course": 1}
    assert search(other, "roofs", type=["course"]).count == 1
    other.delete(["page:1"])
    assert search(engine, "roofs").facets["type"] == {"casestudy": 1, "course": 1}
    assert search(engine, cluster=["none"], type=["casestudy"]).count == 0
    other.rebuild([typed("9", "Flat roofs", "lesson")])
    assert search(engine, "roofs").facets["type"] == {"lesson": 1}
    other.close()


def test_a_new_file_in_place_of_the_old_one_is_not_read_from_the_cache(path, engine):
    assert search(engine, "roofs", type=["casestudy"]).count == 2
    engine.close()
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    SqliteFtsEngine(path).rebuild([typed("5", "Roofs", "city")])  # same generation number
    response = search(engine, "roofs", type=["casestudy"])
    assert response.count == 0
    assert response.facets["type"] == {"city": 1}


def test_writes_during_a_rebuild_are_counted_once_it_is_live(engine):
    midway, checked = threading.Event(), threading.Event()

    def documents():
        yield typed("100", "Roofs before", "course")
        midway.set()
        checked.wait(10)
        yield typed("101", "Roofs after", "course")

    thread = threading.Thread(target=lambda: engine.rebuild(documents()))
    thread.start()
    try:
        assert midway.wait(30)
        engine.index([typed("200", "Roofs published meanwhile", "lesson")])
        assert search(engine, "roofs").facets["type"] == {"casestudy": 2, "lesson": 1}
    finally:
        checked.set()
        thread.join()
    response = search(engine, "roofs")
    assert response.count == 3
    assert response.facets["type"] == {"course": 2, "lesson": 1}


def test_an_index_of_the_previous_layout_is_unavailable_until_a_rebuild(engine, path):
    connection = sqlite3.connect(path)
    connection.execute("UPDATE meta SET value = '2' WHERE key = 'format'")  # before keywords
    connection.commit()
    connection.close()
    with pytest.raises(SearchUnavailable, match="another version .* search_index rebuild"):
        search(engine, "roofs")
    with pytest.raises(SearchUnavailable, match="another version"):
        engine.status()
    engine.rebuild([doc("1", "Green roofs")])
    assert search(engine, "roofs").facets["type"] == {"casestudy": 1}


def test_an_index_path_that_cannot_be_made_is_unavailable_not_a_crash(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    engine = SqliteFtsEngine(blocker / "index" / "search.sqlite3")
    with pytest.raises(SearchUnavailable, match="cannot be created"):
        engine.rebuild([])
