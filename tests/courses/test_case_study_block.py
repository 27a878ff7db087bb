"""A lesson embeds a case study card; the case study page lists the lessons that teach it."""

import json

from django.test import RequestFactory
from django.utils import translation

from wagtail.models import PageViewRestriction

import pytest
from bs4 import BeautifulSoup

from courses.blocks import LessonBodyBlock
from tests.courses.conftest import lessons_of, modules_of

# What a case study page may cost with lessons teaching it (see tests/casestudies/test_pages.py
# for the page without lessons).
CASE_STUDY_WITH_LESSONS_BUDGET = 40
# A lesson page for an anonymous visitor, whatever the number of case study cards.
LESSON_BUDGET = 30


def soup(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def text_of(node) -> str:
    return " ".join(node.get_text().split())


def embed(lesson, *cases, note="Look at how the land was bought."):
    """Add a case study card per case to the lesson's body, and publish the lesson."""
    body = list(lesson.body.raw_data)
    for position, case in enumerate(cases):
        body.append(
            {
                "type": "case_study",
                "id": f"case-{case.pk}-{position}",
                "value": {"case_study": case.pk, "note": note},
            }
        )
    lesson.body = json.dumps(body)
    lesson.save_revision().publish()
    lesson.refresh_from_db()
    return lesson


def taught_in(client, case) -> list[tuple[str, str]]:
    """(lesson, course) titles under "Taught in" on the case study page."""
    section = soup(client.get(case.url)).find(id="taught-in")
    if section is None:
        return []
    return [
        (
            text_of(item.find(class_="taught-in__lesson")),
            text_of(item.find(class_="taught-in__course").a),
        )
        for item in section.select(".taught-in__item")
    ]


@pytest.fixture
def case(make_case_study, make_city):
    city = make_city("Rosario", country="AR")
    return make_case_study(
        "Green corridors", city=city, summary="Rosario planted trees along its streams."
    )


@pytest.fixture
def lesson(make_course):
    course = make_course("Cooling streets", modules=1, lessons=2, quizzes=False)
    return lessons_of(course)[0]


def test_lesson_shows_the_case_study_card(client, case, lesson):
    embed(lesson, case)
    card = soup(client.get(lesson.url)).find(class_="case-card")

    link = card.find(class_="case-card__title").a
    assert text_of(link) == "Green corridors"
    assert link["href"] == case.url
    assert "Rosario, Argentina" in text_of(card.find(class_="card__meta"))
    assert text_of(card.find(class_="card__body")) == "Rosario planted trees along its streams."
    assert "Why this case Look at how the land was bought." in text_of(card)


def test_case_study_page_lists_the_lessons_and_courses_that_teach_it(client, case, lesson):
    embed(lesson, case)
    section = soup(client.get(case.url)).find(id="taught-in")

    assert taught_in(client, case) == [("Lesson 1.1", "Cooling streets")]
    assert section.find("a", class_="taught-in__lesson")["href"] == lesson.url
    course = lesson.get_parent().get_parent()
    assert section.find(class_="taught-in__course").a["href"] == course.url
    toc = [a["href"] for a in soup(client.get(case.url)).select("nav.toc a")]
    assert "#taught-in" in toc


def test_a_lesson_without_the_card_is_not_listed(client, case, lesson, make_course):
    # A plain link to the case study in a paragraph is not "teaching" it through the block.
    other = lessons_of(make_course("Other course", modules=1, lessons=1, quizzes=False))[0]
    other.body = json.dumps(
        [{"type": "paragraph", "value": f'<p><a linktype="page" id="{case.pk}">See</a></p>'}]
    )
    other.save_revision().publish()

    assert taught_in(client, case) == []


def test_unpublished_lessons_and_courses_are_not_listed(client, case, make_course):
    lessons = []
    for title in ("Draft lesson", "Draft module", "Draft course", "Private course", "Shown"):
        course = make_course(title, modules=1, lessons=1, quizzes=False)
        lessons.append(embed(lessons_of(course)[0], case))
    lessons[0].unpublish()
    modules_of(lessons[1].get_parent().get_parent())[0].unpublish()
    lessons[2].get_parent().get_parent().unpublish()
    PageViewRestriction.objects.create(
        page=lessons[3].get_parent().get_parent(), restriction_type="login"
    )

    assert taught_in(client, case) == [("Lesson 1.1", "Shown")]


def test_removing_the_card_removes_the_lesson(client, case, lesson):
    embed(lesson, case)
    lesson.body = json.dumps([{"type": "paragraph", "value": "<p>No case any more.</p>"}])
    lesson.save_revision().publish()

    assert taught_in(client, case) == []


def test_a_draft_case_study_renders_no_card(client, make_case_study, lesson):
    draft = make_case_study("Not yet", live=False)
    embed(lesson, draft)
    page = soup(client.get(lesson.url))

    assert page.find(class_="case-card") is None
    assert "Not yet" not in page.get_text()


def test_a_private_case_study_renders_no_card(client, case, lesson):
    PageViewRestriction.objects.create(page=case, restriction_type="login")
    embed(lesson, case)

    assert soup(client.get(lesson.url)).find(class_="case-card") is None


def test_admin_preview_explains_a_missing_card(make_case_study, lesson):
    draft = make_case_study("Not yet", live=False)
    block = LessonBodyBlock().child_blocks["case_study"]
    value = block.to_python({"case_study": draft.pk, "note": ""})
    request = RequestFactory().get("/")
    request.is_preview = True

    html = block.render(value, context={"request": request, "page": lesson})
    assert "is not published, or not public, so learners will not see this card" in html
    assert "Not yet" in html

    request.is_preview = False
    assert block.render(value, context={"request": request, "page": lesson}).strip() == ""


def test_lesson_shows_the_case_study_in_the_learners_language(client, case, lesson, translate):
    embed(lesson, case)
    spanish_case = translate(
        case, "es", title="Corredores verdes", slug="corredores", summary="Árboles en Rosario."
    )
    spanish_lesson = translate(lesson, "es", slug="leccion")

    with translation.override("es"):
        url = spanish_lesson.url
        case_url = spanish_case.url
    card = soup(client.get(url)).find(class_="case-card")

    assert text_of(card.find(class_="case-card__title")) == "Corredores verdes"
    assert card.find(class_="case-card__title").a["href"] == case_url
    assert text_of(card.find(class_="card__body")) == "Árboles en Rosario."
    # The English lesson keeps the English case study.
    english = soup(client.get(lesson.url)).find(class_="case-card")
    assert text_of(english.find(class_="case-card__title")) == "Green corridors"


def test_taught_in_counts_lessons_of_every_translation_once(client, case, lesson, translate):
    embed(lesson, case)
    spanish_case = translate(case, "es", title="Corredores verdes", slug="corredores")
    spanish_lesson = translate(lesson, "es", title="Lección 1.1", slug="leccion")
    # The Spanish lesson points at the Spanish case study.
    spanish_lesson.body = json.dumps([{"type": "paragraph", "value": "<p>Texto.</p>"}])
    embed(spanish_lesson, spanish_case)

    # One entry per lesson, in the case study's own language.
    assert taught_in(client, case) == [("Lesson 1.1", "Cooling streets")]
    with translation.override("es"):
        url = spanish_case.url
    section = soup(client.get(url)).find(id="taught-in")
    assert [text_of(a) for a in section.select(".taught-in__lesson")] == ["Lección 1.1"]


def test_case_study_page_queries_do_not_grow_with_lessons(
    client, case, make_course, django_assert_max_num_queries
):
    def add_courses(count):
        for _ in range(count):
            number = len(taught_in_cache)
            course = make_course(f"Course {number}", modules=1, lessons=1, quizzes=False)
            embed(lessons_of(course)[0], case)
            taught_in_cache.append(course)

    taught_in_cache: list = []
    add_courses(2)
    client.get(case.url)
    with django_assert_max_num_queries(CASE_STUDY_WITH_LESSONS_BUDGET) as small:
        client.get(case.url)
    add_courses(18)
    assert len(taught_in(client, case)) == 20
    with django_assert_max_num_queries(CASE_STUDY_WITH_LESSONS_BUDGET) as large:
        client.get(case.url)

    assert len(large) == len(small)


def test_lesson_queries_do_not_grow_with_cards(
    client, lesson, make_case_study, django_assert_max_num_queries
):
    cases = [make_case_study(f"Case {n}") for n in range(6)]
    embed(lesson, *cases[:1])
    client.get(lesson.url)
    with django_assert_max_num_queries(LESSON_BUDGET) as one:
        client.get(lesson.url)
    embed(lesson, *cases[1:])
    page = soup(client.get(lesson.url))
    assert len(page.select(".case-card")) == 6
    with django_assert_max_num_queries(LESSON_BUDGET) as six:
        client.get(lesson.url)

    assert len(six) == len(one)


def test_hostile_titles_and_notes_render_inert(client, make_case_study, make_course):
    payload = '<script>alert(1)</script>"><img src=x onerror=alert(1)>'
    case = make_case_study(f"Case {payload}", slug="hostile", summary=f"Summary {payload}")
    course = make_course(f"Course {payload}", slug="hostile-course", modules=1, lessons=1)
    lesson = lessons_of(course)[0]
    lesson.title = f"Lesson {payload}"
    lesson.save_revision().publish()
    embed(lesson, case, note=f"Note {payload}")

    for url in (lesson.url, case.url):
        html = client.get(url).content.decode()
        assert "<script>alert" not in html
        assert "<img src=x" not in html
        page = BeautifulSoup(html, "html.parser")
        assert not page.find_all(attrs={"onerror": True})
        assert payload in page.get_text()
    card = soup(client.get(lesson.url)).find(class_="case-card")
    assert f"Note {payload}" in card.get_text()
    assert taught_in(client, case) == [(f"Lesson {payload}", f"Course {payload}")]
