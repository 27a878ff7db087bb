"""The index follows the pages: publish, unpublish, delete, move, privacy, cities, clusters,
and an engine that is down. Everything goes through the real engine on a file of the test's
own, and through what a user would find with it.

Indexing runs after the commit; ``committed()`` runs the commit callbacks at the end of its
block, as a real commit would (the test's own transaction never commits).
"""

import logging

from django.core.management import call_command

from wagtail.models import PageViewRestriction

import pytest

from academy.models import StandardPage
from search.engines import get_engine
from search.engines.base import SearchRequest
from search.models import PendingIndexUpdate
from search.query import parse_query


@pytest.fixture
def unavailable(settings, tmp_path, engine):
    """Make the real engine unavailable: its index path lies inside a file, not a directory.
    Returns a function that makes it available again."""
    working = settings.ACADEMY_SEARCH_INDEX_PATH
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("")
    settings.ACADEMY_SEARCH_INDEX_PATH = str(blocker / "search.sqlite3")

    def restore():
        settings.ACADEMY_SEARCH_INDEX_PATH = working

    return restore


def find(q="", **filters) -> dict[str, str]:
    """Title -> URL of everything a search finds (every language unless filtered)."""
    response = get_engine().search(
        SearchRequest(
            query=parse_query(q),
            text=q,
            filters={name: tuple(values) for name, values in filters.items()},
            page_size=100,
        )
    )
    return {hit.title: hit.url for hit in response.results}


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def rosario(make_city):
    return make_city("Rosario", country="AR", population=1_300_000)


@pytest.fixture
def draft(make_case_study, rosario):
    return make_case_study(
        "Cloudburst plan",
        city=rosario,
        live=False,
        solution="<p>Retention squares hold the rain.</p>",
    )


# -- publish, unpublish, delete -------------------------------------------------------------------


def test_publishing_a_page_makes_it_findable(engine, committed, draft):
    assert find("retention") == {}

    with committed():
        publish(draft)

    assert find("retention squares") == {"Cloudburst plan": "/case-studies/cloudburst-plan/"}


def test_publishing_again_replaces_what_is_found(engine, committed, draft):
    with committed():
        publish(draft)
        draft.title = "Rain squares"
        publish(draft)

    assert find() == {"Rain squares": "/case-studies/cloudburst-plan/"}
    assert list(find("rain squares")) == ["Rain squares"]


def test_a_draft_is_never_indexed_and_a_live_page_shows_its_published_text(
    engine, committed, draft
):
    with committed():
        draft.save_revision()
    assert find() == {}

    with committed():
        publish(draft)
        draft.title = "Unpublished new title"
        draft.save_revision()  # an editor's draft of the live page
        call_command("search_index", "rebuild", verbosity=0)

    assert list(find(type=["casestudy"])) == ["Cloudburst plan"]
    assert find("unpublished") == {}


def test_unpublishing_removes_the_page(engine, committed, draft):
    with committed():
        publish(draft)
    with committed():
        draft.unpublish()

    assert find("retention") == {}


def test_deleting_a_page_removes_it(engine, committed, draft):
    with committed():
        publish(draft)
    with committed():
        draft.delete()

    assert find() == {}


def test_deleting_a_section_removes_every_page_below_it(
    engine, committed, make_case_study, rosario, case_study_index
):
    with committed():
        make_case_study("Cloudburst plan", city=rosario)
        make_case_study("Green corridors", city=rosario)
        publish(rosario)
    assert set(find()) == {"Cloudburst plan", "Green corridors", "Rosario"}

    with committed():
        case_study_index.delete()

    assert set(find()) == {"Rosario"}


# -- the tree: moves, drafts and privacy above a page ----------------------------------------------


def test_moving_a_section_moves_the_address_of_every_page_below_it(
    engine, committed, home, make_case_study, rosario, case_study_index
):
    library = StandardPage(title="Library", slug="library")
    home.add_child(instance=library)
    publish(library)
    with committed():
        make_case_study("Cloudburst plan", city=rosario)
        make_case_study("Green corridors", city=rosario)

    with committed():
        case_study_index.move(library, pos="last-child")

    assert find() == {
        "Cloudburst plan": "/library/case-studies/cloudburst-plan/",
        "Green corridors": "/library/case-studies/green-corridors/",
    }


def test_unpublishing_a_section_hides_the_pages_below_it_and_publishing_restores_them(
    engine, committed, make_case_study, rosario, case_study_index
):
    with committed():
        make_case_study("Cloudburst plan", city=rosario)
    with committed():
        case_study_index.unpublish()
    assert find() == {}

    with committed():
        publish(case_study_index)
    assert list(find()) == ["Cloudburst plan"]


def test_a_view_restriction_hides_the_pages_below_it_and_lifting_it_restores_them(
    engine, committed, make_case_study, rosario, case_study_index
):
    with committed():
        make_case_study("Cloudburst plan", city=rosario)
        make_case_study("Green corridors", city=rosario)

    with committed():
        restriction = PageViewRestriction.objects.create(
            page=case_study_index, restriction_type=PageViewRestriction.PASSWORD, password="x"
        )
    assert find() == {}

    with committed():
        restriction.delete()
    assert set(find()) == {"Cloudburst plan", "Green corridors"}


def test_a_page_published_under_a_private_section_is_not_indexed(
    engine, committed, draft, case_study_index
):
    PageViewRestriction.objects.create(page=case_study_index, restriction_type="login")

    with committed():
        publish(draft)

    assert find() == {}


# -- languages ------------------------------------------------------------------------------------


def test_a_spanish_translation_is_found_in_spanish_at_its_spanish_address(
    engine, committed, make_case_study, rosario, translate
):
    with committed():
        page = make_case_study("Cloudburst plan", city=rosario)
        translate(
            page,
            "es",
            title="Plan de aguaceros",
            solution="<p>Plazas que almacenan la lluvia de las tormentas.</p>",
        )

    spanish = find("almacenar tormenta", language=["es"])
    assert list(spanish) == ["Plan de aguaceros"]
    assert spanish["Plan de aguaceros"].startswith("/es/")
    assert list(find(language=["en"])) == ["Cloudburst plan"]


def shown(language, q=""):
    """Title -> URL of what a search finds in the default scope of a UI language."""
    return find(q, shown=[language])


def test_an_untranslated_page_is_found_by_visitors_of_every_language(
    engine, committed, make_case_study, rosario, client
):
    with committed():
        make_case_study("Water squares", city=rosario, solution="<p>Rain water stored.</p>")

    for language in ("en", "es", "fr", "pt"):
        assert list(shown(language, "water")) == ["Water squares"]
    french = client.get("/fr/search/", {"q": "water"}).content.decode()
    assert "Water squares" in french
    api = client.get("/api/search/", {"q": "water"}, headers={"accept-language": "pt"}).json()
    assert [result["title"] for result in api["results"]] == ["Water squares"]


def test_publishing_a_translation_shows_it_in_place_of_the_original_and_unpublishing_reverts(
    engine, committed, make_case_study, rosario, translate
):
    with committed():
        page = make_case_study("Water squares", city=rosario)
    with committed():
        spanish = translate(page, "es", title="Plazas de agua")

    assert list(shown("es")) == ["Plazas de agua"]
    assert list(shown("en")) == list(shown("fr")) == ["Water squares"]

    with committed():
        spanish.unpublish()
    assert list(shown("es")) == ["Water squares"]


def test_deleting_the_original_shows_the_translation_everywhere(
    engine, committed, make_case_study, rosario, translate
):
    with committed():
        page = make_case_study("Water squares", city=rosario)
        translate(page, "es", title="Plazas de agua")
    assert list(shown("fr")) == ["Water squares"]

    with committed():
        page.delete()

    for language in ("en", "es", "fr", "pt"):
        assert list(shown(language)) == ["Plazas de agua"]


# -- cities, clusters, programmes --------------------------------------------------------------


def test_tags_and_city_and_cluster_names_find_the_pages_they_describe(
    engine, committed, make_case_study, make_city, rosario
):
    curitiba = make_city("Curitiba", country="BR")
    with committed():
        make_case_study("Rapid buses", city=curitiba, tags=["BRT"])
        make_case_study("Trunk lines", city=rosario, tags=["BRT"], clusters=["water-resources"])
        make_case_study("Bike lanes", city=rosario, tags=["cycling"])

    assert set(find("BRT")) == {"Rapid buses", "Trunk lines"}
    assert set(find("curitiba", type=["casestudy"])) == {"Rapid buses"}
    assert set(find('"water resources"')) == {"Trunk lines"}


def test_renaming_a_city_or_a_cluster_renames_it_in_the_search(
    engine, committed, make_case_study, make_city, cluster
):
    curitiba = make_city("Curitiba", country="BR")
    with committed():
        make_case_study("Rapid buses", city=curitiba, clusters=["sustainable-mobility"])

    with committed():
        curitiba.title = "Curitiba do Paraná"
        publish(curitiba)
        mobility = cluster("sustainable-mobility")
        mobility.name = "Moving people"
        mobility.save()

    assert set(find("parana", type=["casestudy"])) == {"Rapid buses"}
    assert set(find('"moving people"')) == {"Rapid buses"}


def test_a_city_that_grows_moves_its_case_studies_to_another_size_band(
    engine, committed, make_case_study, make_city
):
    hoboken = make_city("Hoboken", country="US", population=60_000)
    with committed():
        make_case_study("Resilient waterfront", city=hoboken)
    assert list(find(size=["small"])) == ["Resilient waterfront"]

    with committed():
        hoboken.population = 1_200_000
        publish(hoboken)

    assert find(size=["small"]) == {}
    assert set(find(size=["large"])) == {"Resilient waterfront", "Hoboken"}
    assert list(find(size=["large"], type=["casestudy"])) == ["Resilient waterfront"]


def test_a_deleted_city_leaves_its_case_studies_without_a_city(
    engine, committed, make_case_study, make_city
):
    hoboken = make_city("Hoboken", country="US", population=60_000)
    with committed():
        make_case_study("Resilient waterfront", city=hoboken)

    with committed():
        hoboken.delete()

    assert find(size=["small"]) == {}
    assert list(find("waterfront")) == ["Resilient waterfront"]


def test_renaming_a_cluster_slug_reindexes_the_pages_tagged_with_it(
    engine, committed, make_case_study, make_best_practice, rosario, cluster
):
    with committed():
        make_case_study("Cloudburst plan", city=rosario, clusters=["water-resources"])
        make_best_practice("Retention squares", clusters=["water-resources"])

    with committed():
        water = cluster("water-resources")
        water.slug = "water"
        water.save()

    assert find(cluster=["water-resources"]) == {}
    assert set(find(cluster=["water"])) == {"Cloudburst plan", "Retention squares"}


def test_deleting_a_programme_takes_it_off_its_pages(
    engine, committed, make_case_study, rosario, programme
):
    with committed():
        make_case_study("Cloudburst plan", city=rosario, programme_slug="iurc")
    assert list(find(programme=["iurc"])) == ["Cloudburst plan"]

    with committed():
        programme("iurc").delete()

    assert find(programme=["iurc"]) == {}
    assert list(find("cloudburst")) == ["Cloudburst plan"]


# -- an engine that is down ---------------------------------------------------------------------


def test_publishing_while_the_engine_is_down_succeeds_and_loses_nothing(
    engine, committed, draft, unavailable, caplog
):
    with caplog.at_level(logging.WARNING, logger="search.indexing"), committed():
        publish(draft)

    assert draft.live
    assert list(PendingIndexUpdate.objects.values_list("page_id", flat=True)) == [draft.pk]
    assert "search_index update" in caplog.text

    unavailable()  # the engine is back
    call_command("search_index", "update", verbosity=0)

    assert list(find("retention")) == ["Cloudburst plan"]
    assert not PendingIndexUpdate.objects.exists()


def test_the_next_successful_update_retries_what_is_pending(
    engine, committed, make_case_study, rosario, draft, unavailable
):
    with committed():
        publish(draft)
    unavailable()

    with committed():
        make_case_study("Green corridors", city=rosario)

    assert set(find()) == {"Cloudburst plan", "Green corridors"}
    assert not PendingIndexUpdate.objects.exists()


def test_deleting_and_moving_while_the_engine_is_down_succeed_and_a_rebuild_repairs(
    settings, engine, committed, home, make_case_study, rosario, case_study_index, tmp_path
):
    with committed():
        doomed = make_case_study("Cloudburst plan", city=rosario)
        make_case_study("Green corridors", city=rosario)
    working = settings.ACADEMY_SEARCH_INDEX_PATH
    (tmp_path / "file").write_text("")
    settings.ACADEMY_SEARCH_INDEX_PATH = str(tmp_path / "file" / "search.sqlite3")
    library = StandardPage(title="Library", slug="library")
    home.add_child(instance=library)

    with committed():
        doomed.delete()
        case_study_index.move(library, pos="last-child")

    assert PendingIndexUpdate.objects.filter(page_id=doomed.pk).exists()
    settings.ACADEMY_SEARCH_INDEX_PATH = working
    assert set(find()) == {"Cloudburst plan", "Green corridors"}  # stale until repaired

    call_command("search_index", "rebuild", verbosity=0)

    assert find(type=["casestudy"]) == {"Green corridors": "/library/case-studies/green-corridors/"}
    assert not PendingIndexUpdate.objects.exists()


def test_an_outage_is_one_warning_not_one_per_page(
    engine, committed, make_case_study, rosario, unavailable, caplog
):
    with caplog.at_level(logging.INFO, logger="search.indexing"):
        for title in ("Cloudburst plan", "Green corridors", "Blue roofs"):
            with committed():
                make_case_study(title, city=rosario)

    levels = [record.levelno for record in caplog.records if record.name == "search.indexing"]
    assert levels == [logging.WARNING, logging.INFO, logging.INFO]
    assert PendingIndexUpdate.objects.count() == 3
