"""The search document of each page type, and which pages may be indexed at all.

Lessons and courses have their own file under tests/courses/ (their fixtures live there).
"""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import PageViewRestriction

import pytest

from casestudies.models import OutcomeIndicator
from search.documents import MAX_BODY_CHARS, document_for, documents, indexable_pages


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def rosario(make_city):
    return make_city(
        "Rosario",
        country="AR",
        population=1_300_000,
        programmes=["cities-forward"],
        clusters=["water-resources", "nature-based-solutions"],
        summary="A river city on the Paraná.",
        profile="<p>Rosario grows <b>urban farms</b> &amp; parks.</p>",
        challenges="<p>Floods after heavy rain.</p>",
    )


@pytest.fixture
def cloudburst(make_case_study, rosario):
    return make_case_study(
        "Cloudburst plan",
        city=rosario,
        clusters=["water-resources"],
        programme_slug="cities-forward",
        tags=["stormwater", "Green roofs"],
        sdgs=[11, 6],
        summary="Streets that store rain.",
        challenge="<p>Flooded basements &amp; closed roads.</p>",
        objectives="<p>Hold a 100-year storm.</p>",
        solution="<p>Retention <i>squares</i> and <a href='https://example.org'>canals</a>.</p>",
        results="<p>Fewer claims.</p>",
        lessons_learned="<p>Start with one district.</p>",
        transferability="<p>Any flat city with a drainage utility.</p>",
        indicators=[OutcomeIndicator(name="Basements flooded per year", unit="count")],
    )


# -- each type's fields -------------------------------------------------------------------------


def test_a_case_study_document_carries_its_text_and_its_city(cloudburst):
    document = document_for(cloudburst)

    assert document.key == f"page:{cloudburst.pk}"
    assert document.page_id == cloudburst.pk
    assert document.type == "casestudy"
    assert document.language == "en"
    assert document.title == "Cloudburst plan"
    assert document.url == "/case-studies/cloudburst-plan/"
    assert document.summary == "Streets that store rain."
    assert document.date == timezone.localdate()
    assert document.clusters == ("water-resources",)
    assert document.programmes == ("cities-forward",)
    assert document.tags == ("green-roofs", "stormwater")
    assert document.sdgs == (6, 11)
    assert (document.city, document.country) == ("Rosario", "AR")
    assert (document.region, document.size) == ("latin-america-caribbean", "large")
    for text in (
        "Flooded basements & closed roads.",
        "Hold a 100-year storm.",
        "Retention squares and canals.",
        "Fewer claims.",
        "Start with one district.",
        "Any flat city with a drainage utility.",
        "Basements flooded per year",
    ):
        assert text in document.body
    assert "<" not in document.body and "&amp;" not in document.body


def test_a_best_practice_document_has_its_steps_and_no_city(make_best_practice, cloudburst):
    practice = make_best_practice(
        "Retention squares",
        clusters=["water-resources", "resilient-districts"],
        programme_slug="iurc",
        tags=["stormwater"],
        sdgs=[13],
        summary="Squares that flood on purpose.",
        what="<p>A square <b>below</b> street level.</p>",
        why="<p>Storage where land is scarce.</p>",
        steps=[
            ("step", {"title": "Map the low points", "text": "<p>Use the flood model.</p>"}),
            ("step", {"title": "Design with residents", "text": ""}),
        ],
        enabling_conditions="<p>A drainage budget.</p>",
        pitfalls="<p>Mosquitoes if water stands.</p>",
        case_studies=[cloudburst],
    )

    document = document_for(practice)

    assert document.type == "bestpractice"
    assert document.url == "/best-practices/retention-squares/"
    assert document.summary == "Squares that flood on purpose."
    assert set(document.clusters) == {"water-resources", "resilient-districts"}
    assert document.programmes == ("iurc",)
    assert document.tags == ("stormwater",)
    assert document.sdgs == (13,)
    assert (document.city, document.country, document.region, document.size) == ("", "", "", "")
    for text in (
        "A square below street level.",
        "Storage where land is scarce.",
        "Map the low points",
        "Use the flood model.",
        "Design with residents",
        "A drainage budget.",
        "Mosquitoes if water stands.",
    ):
        assert text in document.body


def test_a_city_document_is_the_city_itself(rosario):
    document = document_for(rosario)

    assert document.type == "city"
    assert document.url == "/cities/rosario/"
    assert document.title == document.city == "Rosario"
    assert (document.country, document.region, document.size) == (
        "AR",
        "latin-america-caribbean",
        "large",
    )
    assert document.summary == "A river city on the Paraná."
    assert set(document.clusters) == {"water-resources", "nature-based-solutions"}
    assert document.programmes == ("cities-forward",)
    assert "Rosario grows urban farms & parks." in document.body
    assert "Floods after heavy rain." in document.body


@pytest.mark.parametrize(
    ("population", "band"),
    [(60_000, "small"), (250_000, "medium"), (1_000_000, "medium"), (1_000_001, "large")],
)
def test_the_size_band_follows_the_population(make_city, population, band):
    assert document_for(make_city("Hoboken", country="US", population=population)).size == band


def test_a_city_of_unknown_population_has_no_size_band(make_city):
    document = document_for(make_city("Hoboken", country="US", population=None))
    assert (document.region, document.size) == ("north-america", "")


def test_a_spanish_translation_is_a_spanish_document_at_a_spanish_address(cloudburst, translate):
    spanish = translate(cloudburst, "es", title="Plan de aguaceros", summary="Calles que guardan.")

    document = document_for(spanish)

    assert document.language == "es"
    assert document.title == "Plan de aguaceros"
    assert document.url.startswith("/es/")
    assert document.url.endswith("/cloudburst-plan/")
    assert document_for(cloudburst).url == "/case-studies/cloudburst-plan/"


def test_tags_city_and_cluster_names_are_the_keywords(cloudburst):
    keywords = document_for(cloudburst).keywords.split("\n")
    assert keywords == ["Green roofs", "stormwater", "Rosario", "Water resources"]
    assert document_for(cloudburst).tags == ("green-roofs", "stormwater")  # the filter's slugs


def test_a_translation_has_its_city_and_cluster_names_in_its_own_language(
    cloudburst, rosario, translate
):
    translate(rosario, "fr", title="Rosario (Argentine)")
    spanish = translate(cloudburst, "es", title="Plan de aguaceros")
    french = translate(cloudburst, "fr", title="Plan contre les averses")

    assert document_for(spanish).keywords.split("\n") == [
        "Green roofs",
        "stormwater",
        "Rosario",  # no Spanish page of the city: its English one is shown
        "Recursos hídricos",
    ]
    french_keywords = document_for(french).keywords.split("\n")
    assert french_keywords[2:] == ["Rosario (Argentine)", "Rosario", "Ressources en eau"]


def test_a_practice_a_course_a_city_carry_their_cluster_names(make_best_practice, rosario):
    practice = make_best_practice("Retention squares", tags=["BRT"], clusters=["water-resources"])
    assert document_for(practice).keywords.split("\n") == ["BRT", "Water resources"]
    assert set(document_for(rosario).keywords.split("\n")) == {
        "Water resources",
        "Nature-based solutions and green infrastructure",
    }


def test_a_document_names_the_languages_whose_visitors_are_shown_it(cloudburst, translate):
    assert document_for(cloudburst).shown_in == ("en", "es", "fr", "pt")

    spanish = translate(cloudburst, "es", title="Plan de aguaceros")

    assert document_for(cloudburst).shown_in == ("en", "fr", "pt")
    assert document_for(spanish).shown_in == ("es",)
    built = {document.page_id: document.shown_in for document in documents()}
    assert built[cloudburst.pk] == ("en", "fr", "pt")
    assert built[spanish.pk] == ("es",)


def test_where_an_alias_is_shown_its_original_stands_for_it(cloudburst, locale):
    alias = cloudburst.copy_for_translation(locale("fr"), copy_parents=True, alias=True)
    for ancestor in alias.get_ancestors().filter(depth__gt=1, live=False):
        ancestor.specific.save_revision().publish()

    assert document_for(alias) is None
    assert document_for(cloudburst).shown_in == ("en", "es", "fr", "pt")


def test_the_address_does_not_follow_the_language_active_while_indexing(cloudburst):
    from django.utils import translation

    with translation.override("fr"):
        assert document_for(cloudburst).url == "/case-studies/cloudburst-plan/"


def test_a_very_long_body_is_cut_at_a_word(make_case_study, rosario):
    words = "rain " * (MAX_BODY_CHARS // 5 + 1000)
    page = make_case_study("Long story", city=rosario, solution=f"<p>{words}</p>")

    body = document_for(page).body

    assert len(body) <= MAX_BODY_CHARS
    assert body.endswith("rain")


def test_the_date_is_the_last_publication(cloudburst):
    cloudburst.last_published_at = datetime.datetime(2024, 5, 1, 12, tzinfo=datetime.UTC)
    assert document_for(cloudburst).date == datetime.date(2024, 5, 1)


# -- what is never indexed ----------------------------------------------------------------------


def test_a_draft_has_no_document(make_case_study, rosario):
    draft = make_case_study("Unpublished plan", city=rosario, live=False)
    assert document_for(draft) is None
    assert draft.pk not in {page.pk for page in indexable_pages()}


def test_a_private_page_and_everything_below_a_private_page_have_no_document(
    cloudburst, case_study_index
):
    PageViewRestriction.objects.create(page=case_study_index, restriction_type="login")

    assert document_for(cloudburst) is None
    assert cloudburst.pk not in {page.pk for page in indexable_pages()}


def test_a_page_under_a_draft_ancestor_has_no_document(cloudburst, case_study_index):
    case_study_index.unpublish()

    assert document_for(cloudburst) is None
    assert cloudburst.pk not in {page.pk for page in indexable_pages([cloudburst.pk])}


def test_an_alias_has_no_document_its_original_has_one(cloudburst):
    alias = cloudburst.create_alias(update_slug="cloudburst-again")

    assert alias.live
    assert document_for(alias) is None
    assert document_for(cloudburst) is not None
    assert alias.pk not in {page.pk for page in indexable_pages()}


def test_pages_of_other_types_have_no_document(home, case_study_index):
    assert document_for(home) is None
    assert document_for(case_study_index) is None


def test_indexable_pages_hold_every_live_public_page_of_each_type(
    cloudburst, rosario, make_best_practice, make_city
):
    practice = make_best_practice("Retention squares")
    hidden = make_city("Hidden city", country="FR")
    PageViewRestriction.objects.create(page=hidden, restriction_type="login")

    found = {page.pk: type(page).__name__ for page in indexable_pages()}

    assert found == {
        cloudburst.pk: "CaseStudyPage",
        rosario.pk: "CityPage",
        practice.pk: "BestPracticePage",
    }


# -- cost -------------------------------------------------------------------------------------


def _library(make_city, make_case_study, make_best_practice, count, offset):
    for n in range(offset, offset + count):
        city = make_city(f"City {n}", country="BR", clusters=["water-resources"])
        make_case_study(
            f"Case {n}", city=city, tags=[f"tag-{n}"], sdgs=[6], programme_slug="iurc"
        ).indicators.create(name=f"Indicator {n}")
        make_best_practice(f"Practice {n}", tags=[f"tag-{n}"], sdgs=[11])


def _queries_for_all_documents() -> tuple[int, int]:
    with CaptureQueriesContext(connection) as queries:
        built = list(documents())
    return len(queries), len(built)


def test_building_every_document_costs_the_same_queries_for_5_or_25_pages_of_each_type(
    make_city, make_case_study, make_best_practice
):
    _library(make_city, make_case_study, make_best_practice, 5, 0)
    _queries_for_all_documents()  # the site's root paths are cached from here on
    few, built_few = _queries_for_all_documents()
    _library(make_city, make_case_study, make_best_practice, 20, 5)
    many, built_many = _queries_for_all_documents()

    assert (built_few, built_many) == (15, 75)
    assert many == few
    # the hidden pages, then per type its pages, their relations, their cities' names, and
    # the languages each is shown in (its aliases, its versions, the locales)
    assert few <= 28
