"""Every search engine, fresh and empty for each test of the contract suite.

``sqlite_fts`` always runs, on a file of its own in the test's temporary directory.
``elasticsearch`` runs when ``ELASTICSEARCH_URL`` points at a cluster; each test gets indices
of its own prefix, deleted afterwards.
"""

import contextlib
import os
import uuid

import pytest

from search.engines.sqlite_fts import SqliteFtsEngine

ENGINES = ("sqlite_fts", "elasticsearch")


@pytest.fixture
def engine_spec(engine):
    """How another process makes the same engine: its kind and arguments, as JSON."""
    if isinstance(engine, SqliteFtsEngine):
        return ["sqlite_fts", str(engine.path)]
    return ["elasticsearch", engine.url, engine.index_prefix]


@pytest.fixture(params=ENGINES)
def engine(request, tmp_path):
    if request.param == "sqlite_fts":
        engine = SqliteFtsEngine(tmp_path / "search.sqlite3")
        engine.rebuild([])
        yield engine
        engine.close()
        return
    url = os.environ.get("ELASTICSEARCH_URL", "")
    if not url:
        pytest.skip("ELASTICSEARCH_URL is not set")
    from search.engines.elasticsearch import ElasticsearchEngine

    engine = ElasticsearchEngine(url=url, index_prefix=f"academy-test-{uuid.uuid4().hex[:12]}")
    engine.rebuild([])
    yield engine
    with contextlib.suppress(Exception):  # leftovers of a failed test are only litter
        engine.drop()
