"""Courses and lessons in search: their documents, the course a lesson is classified by, quiz
answers kept out, and a lesson's place in the course tree (here for the course fixtures).
"""

import json

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from courses.models import LessonPage, ModulePage
from search.documents import document_for, documents, indexable_pages
from search.engines import get_engine
from search.engines.base import SearchRequest
from search.query import parse_query
from tests.courses.conftest import modules_of, publish, quiz_value


def find(q="", **filters) -> dict[str, str]:
    """Title -> URL of everything a search finds."""
    response = get_engine().search(
        SearchRequest(
            query=parse_query(q),
            text=q,
            filters={name: tuple(values) for name, values in filters.items()},
            page_size=100,
        )
    )
    return {hit.title: hit.url for hit in response.results}


def classify(course, *, clusters=(), programme=None):
    course.clusters.set(clusters)
    course.programme = programme
    return publish(course)


RICH_LESSON = [
    {"type": "heading", "value": {"text": "Why shade matters", "level": "h2"}},
    {"type": "paragraph", "value": "<p>Trees <b>cool</b> streets by 2&nbsp;°C &amp; more.</p>"},
    {
        "type": "figure",
        "value": {"image": None, "caption": "A shaded street in Medellín"},
    },
    {
        "type": "video",
        "value": {
            "url": "https://example.org/video",
            "title": "Green corridors walk",
            "duration_minutes": 6,
            "transcript": "<p>The corridor links two parks.</p>",
        },
    },
    {
        "type": "callout",
        "value": {"title": "Tip", "text": "<p>Start on city land.</p>", "tone": "tip"},
    },
    {
        "type": "key_takeaways",
        "value": {
            "title": "Remember",
            "items": [
                {"type": "item", "id": "t1", "value": "Trees need water budgets."},
                {"type": "item", "id": "t2", "value": "Maintenance is a budget line."},
            ],
        },
    },
    {"type": "quiz", "id": "heat", "value": quiz_value("heat")},
]


@pytest.fixture
def course(make_course, cluster, programme):
    course = make_course(
        "Cooling streets",
        modules=1,
        lessons=1,
        quizzes=False,
        description="<p>Heat <i>kills</i> quietly.</p>",
        learning_outcomes=json.dumps([{"type": "outcome", "value": "Plan a tree canopy"}]),
    )
    return classify(
        course, clusters=[cluster("nature-based-solutions")], programme=programme("iurc")
    )


@pytest.fixture
def lesson(course):
    module = modules_of(course)[0]
    lesson = LessonPage(
        title="Shade",
        slug="shade",
        summary="How trees cool a street.",
        body=json.dumps(RICH_LESSON),
    )
    module.add_child(instance=lesson)
    return publish(lesson)


# -- documents ------------------------------------------------------------------------------------


def test_a_course_document_has_its_description_outcomes_and_classification(course):
    document = document_for(course)

    assert document.type == "course"
    assert document.url == "/courses/cooling-streets/"
    assert document.summary == "Cooling streets: a course for city staff."
    assert "Heat kills quietly." in document.body
    assert "Plan a tree canopy" in document.body
    assert document.clusters == ("nature-based-solutions",)
    assert document.programmes == ("iurc",)
    assert (document.city, document.country, document.tags, document.sdgs) == ("", "", (), ())


def test_a_lesson_document_holds_its_teaching_text_and_its_course_classification(lesson):
    document = document_for(lesson)

    assert document.type == "lesson"
    assert document.url == "/courses/cooling-streets/module-1/shade/"
    assert document.summary == "How trees cool a street."
    assert document.clusters == ("nature-based-solutions",)
    assert document.programmes == ("iurc",)
    for text in (
        "Why shade matters",
        "Trees cool streets by 2 °C & more.",  # the no-break space is a space
        "A shaded street in Medellín",
        "Green corridors walk",
        "The corridor links two parks.",
        "Tip",
        "Start on city land.",
        "Remember",
        "Trees need water budgets.",
        "Maintenance is a budget line.",
        "Which one cools a street best?",
        "Green roofs hold rainwater.",
    ):
        assert text in document.body


def test_a_lesson_document_never_gives_quiz_answers_away(lesson):
    body = document_for(lesson).body

    for secret in (
        "Street trees",  # the correct choice
        "Black asphalt",  # the wrong one
        "Yes.",  # feedback
        "No.",
        "Shade and evapotranspiration both cool.",  # the explanation
        "True",
        "correct",
    ):
        assert secret not in body


def test_quiz_answers_are_not_found_by_searching(engine, committed, course):
    with committed():
        module = modules_of(course)[0]
        lesson = LessonPage(title="Shade", slug="shade", body=json.dumps(RICH_LESSON))
        module.add_child(instance=lesson)
        publish(lesson)

    assert list(find("cools street")) == ["Shade"]
    assert find("asphalt") == {}
    assert find("evapotranspiration") == {}


# -- a lesson's place in the course ----------------------------------------------------------------


def test_a_lesson_under_a_draft_course_is_not_indexed(engine, committed, course, lesson):
    with committed():
        course.unpublish()

    assert document_for(lesson) is None
    assert lesson.pk not in {page.pk for page in indexable_pages()}
    assert find(type=["lesson"]) == {}

    with committed():
        publish(course)
    assert set(find(type=["lesson"])) == {"Shade", "Lesson 1.1"}


def test_a_lesson_published_under_a_draft_module_is_not_indexed(engine, committed, course):
    module = modules_of(course)[0]
    module.unpublish()

    with committed():
        draft_module_lesson = LessonPage(title="Hidden", slug="hidden", body="[]")
        module.add_child(instance=draft_module_lesson)
        publish(draft_module_lesson)

    assert find() == {}


def test_a_course_given_new_clusters_reclassifies_its_lessons(
    engine, committed, course, lesson, cluster
):
    with committed():
        classify(course, clusters=[cluster("water-resources")])

    assert set(find(cluster=["water-resources"])) == {"Cooling streets", "Lesson 1.1", "Shade"}
    assert find(cluster=["nature-based-solutions"]) == {}
    assert find(programme=["iurc"]) == {}


def test_a_module_moved_to_another_course_moves_and_reclassifies_its_lessons(
    engine, committed, make_course, course, lesson, cluster
):
    other = classify(make_course("Water", modules=0), clusters=[cluster("water-resources")])
    module = modules_of(course)[0]

    with committed():
        module.move(other, pos="last-child")

    assert find(type=["lesson"]) == {
        "Lesson 1.1": "/courses/water/module-1/lesson-1-1/",
        "Shade": "/courses/water/module-1/shade/",
    }
    assert set(find(type=["lesson"], cluster=["water-resources"])) == {"Lesson 1.1", "Shade"}


def test_a_spanish_lesson_is_found_in_spanish(engine, committed, course, lesson, translate):
    with committed():
        translate(lesson, "es", title="Sombra", summary="Cómo los árboles enfrían una calle.")

    spanish = find("arboles enfrian", language=["es"])
    assert list(spanish) == ["Sombra"]
    assert spanish["Sombra"].startswith("/es/")


# -- cost ---------------------------------------------------------------------------------------


def _queries_for_all_documents() -> tuple[int, int]:
    with CaptureQueriesContext(connection) as queries:
        built = list(documents())
    return len(queries), len(built)


def test_building_lesson_documents_costs_the_same_queries_for_5_or_25_lessons(make_course):
    make_course("First", modules=1, lessons=5)
    _queries_for_all_documents()  # the site's root paths are cached from here on
    few, built_few = _queries_for_all_documents()
    make_course("Second", modules=4, lessons=5)
    many, built_many = _queries_for_all_documents()

    assert LessonPage.objects.count() == 25 and ModulePage.objects.count() == 5
    assert (built_few, built_many) == (1 + 5, 2 + 25)
    assert many == few
