"""``manage.py search_index rebuild|status|update``: what an operator sees, and bad input."""

import io
import subprocess
import sys
import threading
from pathlib import Path

from django.conf import settings as django_settings
from django.core.management import call_command
from django.core.management.base import CommandError

from wagtail.models import PageViewRestriction

import pytest

from search.engines import get_engine
from search.engines.base import SearchDocument, SearchRequest
from search.models import PendingIndexUpdate
from search.query import parse_query


@pytest.fixture
def index_path(db, settings, tmp_path):
    settings.ACADEMY_SEARCH_INDEX_PATH = str(tmp_path / "index" / "search.sqlite3")
    engine = get_engine()
    yield Path(settings.ACADEMY_SEARCH_INDEX_PATH)
    engine.close()


@pytest.fixture
def unavailable(settings, tmp_path, index_path):
    """The index path lies inside a file: the real engine can neither read nor write it."""
    (tmp_path / "a-file").write_text("")
    settings.ACADEMY_SEARCH_INDEX_PATH = str(tmp_path / "a-file" / "search.sqlite3")


@pytest.fixture
def library(make_city, make_case_study, make_best_practice, translate):
    rosario = make_city("Rosario", country="AR")
    case = make_case_study("Cloudburst plan", city=rosario)
    make_best_practice("Retention squares")
    make_case_study("Unpublished plan", city=rosario, live=False)
    private = make_city("Private city", country="FR")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    translate(case, "es", title="Plan de aguaceros")


def run(*args) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("search_index", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def titles(q="") -> set[str]:
    response = get_engine().search(SearchRequest(query=parse_query(q), text=q, page_size=100))
    return {hit.title for hit in response.results}


# -- rebuild ---------------------------------------------------------------------------------------


def test_rebuild_indexes_every_live_public_page_and_reports_per_type(index_path, library):
    out, err = run("rebuild")

    assert index_path.exists()
    assert titles() == {"Rosario", "Cloudburst plan", "Plan de aguaceros", "Retention squares"}
    assert "Indexed 4 documents in" in out
    assert "documents/s" in out
    assert "  bestpractice: 1\n  casestudy: 2\n  city: 1\n" in out
    assert "Indexing" in err and "4/4" in err  # the progress bar, on stderr


def test_rebuild_twice_gives_the_same_index(index_path, library):
    run("rebuild")
    out, _err = run("rebuild")

    assert "Indexed 4 documents" in out
    assert len(titles()) == 4


def test_rebuild_repairs_a_damaged_index(index_path, library):
    index_path.parent.mkdir(parents=True)
    index_path.write_bytes(b"this is not a database" * 100)

    run("rebuild")

    assert "Cloudburst plan" in titles()


def test_rebuild_clears_the_pending_updates(index_path, library):
    PendingIndexUpdate.objects.create(page_id=999_999)

    run("rebuild")

    assert not PendingIndexUpdate.objects.exists()


def test_rebuild_is_quiet_at_verbosity_zero(index_path, library):
    out, err = io.StringIO(), io.StringIO()
    call_command("search_index", "rebuild", verbosity=0, stdout=out, stderr=err)
    assert (out.getvalue(), err.getvalue()) == ("", "")
    assert len(titles()) == 4


@pytest.fixture
def another_rebuild(index_path):
    """Another rebuild of the same index, running in a thread of its own until released: it
    holds the rebuild lock. Returns the event that lets it finish."""
    engine = get_engine()
    engine.rebuild([])
    filling, release = threading.Event(), threading.Event()

    def documents():
        yield SearchDocument(
            key="page:1", page_id=1, type="city", language="en", title="Other", url="/o/"
        )
        filling.set()
        release.wait(60)

    thread = threading.Thread(target=lambda: engine.rebuild(documents()))
    thread.start()
    assert filling.wait(60)
    yield release
    release.set()
    thread.join(60)


def test_a_rebuild_while_another_runs_is_refused_saying_whose_and_how_to_wait(
    library, another_rebuild
):
    with pytest.raises(CommandError) as refused:
        run("rebuild")
    message = str(refused.value)
    assert message.startswith("Another rebuild of the search index is running (process ")
    assert "--wait" in message
    another_rebuild.set()


def test_a_rebuild_with_wait_starts_once_the_other_has_finished(library, another_rebuild):
    threading.Timer(1.0, another_rebuild.set).start()

    out, _err = run("rebuild", "--wait", "60")

    assert "Indexed 4 documents" in out
    assert titles() == {"Rosario", "Cloudburst plan", "Plan de aguaceros", "Retention squares"}


def test_a_rebuild_that_waits_too_little_is_refused(library, another_rebuild):
    with pytest.raises(CommandError, match="Another rebuild"):
        run("rebuild", "--wait", "0.2")


@pytest.mark.parametrize("value", ["abc", "-1", "nan", "inf", "1e9", "", "0x10", "1,5"])
def test_a_wait_that_is_not_a_number_of_seconds_is_refused(index_path, value):
    with pytest.raises(CommandError, match="--wait"):
        run("rebuild", f"--wait={value}")


# -- status ----------------------------------------------------------------------------------------


def test_status_shows_backend_documents_size_last_rebuild_and_pending(index_path, library):
    run("rebuild")
    PendingIndexUpdate.objects.create(page_id=999_999)

    out, _err = run("status")

    assert "Engine: sqlite_fts\n" in out
    assert "Documents: 4\n" in out
    assert "  by type: bestpractice 1, casestudy 2, city 1\n" in out
    assert "  by language: en 3, es 1\n" in out
    assert "Size: " in out and "KB" in out
    assert "Last rebuild: 20" in out
    assert "Pending updates: 1\n" in out


def test_status_of_a_missing_index_is_a_clear_error(index_path):
    with pytest.raises(CommandError, match="search_index rebuild"):
        run("status")


# -- update --------------------------------------------------------------------------------------


def test_update_retries_the_pending_pages(index_path, library, make_city):
    run("rebuild")
    hoboken = make_city("Hoboken", country="US")  # made while the engine was down, say
    PendingIndexUpdate.objects.create(page_id=hoboken.pk)

    out, _err = run("update")

    assert "Updated 1 pending page(s)" in out
    assert "Hoboken" in titles()
    assert not PendingIndexUpdate.objects.exists()


def test_update_with_nothing_pending_says_so(index_path, library):
    run("rebuild")
    out, _err = run("update")
    assert "No updates pending" in out


def test_update_while_the_engine_is_down_is_a_clear_error_and_keeps_the_pending(
    unavailable, library
):
    PendingIndexUpdate.objects.create(page_id=1)

    with pytest.raises(CommandError, match=r"unavailable.*\(1 page update\(s\) pending\)"):
        run("update")

    assert PendingIndexUpdate.objects.count() == 1


@pytest.mark.parametrize("action", ["rebuild", "status"])
def test_an_unavailable_engine_is_a_clear_error(unavailable, library, action):
    with pytest.raises(CommandError, match="The search engine is unavailable"):
        run(action)


def test_an_unknown_backend_is_a_clear_error(settings, index_path):
    settings.ACADEMY_SEARCH_BACKEND = "solr"
    with pytest.raises(CommandError, match="ACADEMY_SEARCH_BACKEND"):
        run("status")


# -- bad input -------------------------------------------------------------------------------------


@pytest.mark.parametrize("args", [(), ("frobnicate",), ("rebuild", "now"), ("--all",)])
def test_bad_arguments_are_refused(args):
    with pytest.raises(CommandError):
        run(*args)


def test_from_the_command_line_an_unknown_action_exits_non_zero_without_a_traceback():
    result = subprocess.run(
        [sys.executable, "manage.py", "search_index", "frobnicate"],
        cwd=django_settings.BASE_DIR,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert result.returncode == 2
    assert "invalid choice: 'frobnicate'" in result.stderr
    assert "rebuild" in result.stderr
    assert "Traceback" not in result.stderr
