"""The learning side as a visitor and a learner see it: catalogue, course, module and lesson
pages, quizzes, "My learning", error pages, the account links, and the query budget."""

import re
from urllib.parse import quote, urlencode

from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction

import pytest

from courses import services
from courses.blocks import QuizBlock
from courses.models import CoursePage, Enrolment
from tests.courses.conftest import (
    lessons_of,
    modules_of,
    quiz_value,
    right_answers,
    wrong_answers,
)

# Helpers ------------------------------------------------------------------------------------


def html_of(response) -> str:
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def main_of(response) -> str:
    return html_of(response).split("<main", 1)[1].split("</main>", 1)[0]


def titles(response) -> list[str]:
    """Course titles of the catalogue's cards, in order (and as many cards in the HTML)."""
    html = html_of(response)
    found = [card.course.title for card in response.context["cards"]]
    assert html.count('class="card card--course') == len(found)
    return found


def get(client, path, params=None):
    query = urlencode(params or {}, doseq=True)
    return client.get(f"{path}?{query}" if query else path)


def quiz_section(html: str, quiz_id: str) -> str:
    """The HTML of one quiz component."""
    start = html.index(f'id="quiz-{quiz_id}"')
    return html[start : html.index("</section>", start)]


def enrol(user, course):
    return services.enrol(user=user, course=course)


def complete(user, lesson):
    return services.complete_lesson(user=user, lesson=lesson)


def submit(user, lesson, prefix, answers, number=1):
    return services.submit_quiz(
        user=user, lesson=lesson, quiz_id=prefix, answers=answers, attempt_number=number
    )


def finish(user, course):
    """Enrol, complete every lesson and pass every quiz of ``course``."""
    enrol(user, course)
    for lesson in lessons_of(course):
        complete(user, lesson)
        for quiz_id in lesson.quiz_ids:
            submit(user, lesson, quiz_id, right_answers(quiz_id))


# Catalogue ----------------------------------------------------------------------------------


@pytest.fixture
def catalogue(make_course, cluster, programme):
    heat = make_course("Cooling streets", modules=1, lessons=1, level="introductory")
    heat.clusters.set([cluster("nature-based-solutions")])
    heat.programme = programme("cities-forward")
    heat.save_revision().publish()
    water = make_course("Water plans", modules=1, lessons=1, level="advanced", estimated_hours=10)
    water.clusters.set([cluster("water-resources")])
    water.save_revision().publish()
    make_course("Bus lanes", modules=1, lessons=1, level="intermediate", estimated_hours=1)
    return "/courses/"


def test_catalogue_lists_every_course_with_its_facts(client, catalogue):
    response = client.get(catalogue)
    assert titles(response) == ["Bus lanes", "Cooling streets", "Water plans"]
    html = main_of(response)
    assert "3 courses" in html
    assert 'href="/courses/cooling-streets/"' in html
    assert "Cooling streets: a course for city staff." in html
    assert "Introductory" in html and "Advanced" in html
    assert "10 hours" in html and "1 hour" in html
    assert "Nature-based solutions" in html
    assert "English" in html  # the language badge's text alternative
    assert 'name="sort"' in html.split('class="filters"', 1)[1].split("</form>", 1)[0]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"cluster": "water-resources"}, ["Water plans"]),
        ({"level": "advanced"}, ["Water plans"]),
        ({"level": ["advanced", "introductory"]}, ["Cooling streets", "Water plans"]),
        ({"programme": "cities-forward"}, ["Cooling streets"]),
        ({"sort": "shortest"}, ["Bus lanes", "Cooling streets", "Water plans"]),
        ({"level": "expert"}, ["Bus lanes", "Cooling streets", "Water plans"]),
        (
            {"cluster": "no-such-cluster", "colour": "red"},
            ["Bus lanes", "Cooling streets", "Water plans"],
        ),
    ],
)
def test_catalogue_filters_without_javascript(client, catalogue, params, expected):
    assert titles(get(client, catalogue, params)) == expected


def test_catalogue_shows_the_active_filters_as_removable_chips(client, catalogue):
    html = main_of(get(client, catalogue, {"level": "advanced", "sort": "shortest"}))
    assert "Remove filter: Level: Advanced" in html
    assert '<option value="shortest" selected>' in html
    assert 'value="advanced" checked' in html


def test_catalogue_filters_by_language(client, catalogue, translate):
    water = CoursePage.objects.get(slug="water-plans")
    translate(water, "es", title="Planes de agua")
    assert titles(get(client, catalogue, {"language": "es"})) == ["Planes de agua"]
    # One card per course, in the visitor's language, with both languages as badges.
    response = client.get(catalogue)
    assert titles(response) == ["Bus lanes", "Cooling streets", "Water plans"]
    (card,) = [c for c in response.context["cards"] if c.course.title == "Water plans"]
    assert card.languages == ["en", "es"]
    assert "Spanish" in main_of(response)


def test_catalogue_with_no_match_offers_to_clear_the_filters(client, catalogue):
    html = main_of(get(client, catalogue, {"cluster": "circular-economy"}))
    assert "0 courses" in html
    assert "No courses match these filters." in html
    assert f'href="{catalogue}">Show all courses' in html


def test_catalogue_in_a_language_without_pages_keeps_its_prefix(client, catalogue):
    lesson_url = lessons_of(CoursePage.objects.get(slug="bus-lanes"))[0].url
    html = main_of(client.get("/fr/courses/"))
    assert 'href="/fr/courses/cooling-streets/"' in html
    response = client.get(f"/fr{lesson_url}")
    assert response.status_code == 200
    assert 'lang="fr"' in response.content.decode()[:300]
    # The outline keeps the visitor in French.
    outline = main_of(response).split('class="outline-panel"', 1)[1].split("</details>", 1)[0]
    assert 'href="/fr/courses/bus-lanes/"' in outline
    assert 'href="/fr/courses/bus-lanes/module-1/"' in outline
    assert 'href="/courses/' not in outline


def test_catalogue_marks_the_learners_courses(client, catalogue, learner):
    enrol(learner, CoursePage.objects.get(slug="bus-lanes"))
    finish(learner, CoursePage.objects.get(slug="water-plans"))
    client.force_login(learner)
    html = main_of(client.get(catalogue))
    cards = {
        title: html.split(f">{title}</a>", 1)[0].rsplit("<article", 1)[1]
        for title in ("Bus lanes", "Cooling streets", "Water plans")
    }
    assert "Enrolled" in cards["Bus lanes"]
    assert "Completed" in cards["Water plans"]
    assert "Enrolled" not in cards["Cooling streets"]
    assert "Completed" not in cards["Cooling streets"]


# Course page --------------------------------------------------------------------------------


def test_course_page_for_a_visitor_asks_to_log_in(client, course):
    html = main_of(client.get("/courses/cooling-streets/"))
    login = reverse("account_login")
    assert f'href="{login}?next={quote("/courses/cooling-streets/")}"' in html
    assert "Log in to enrol" in html
    assert f'href="{reverse("account_signup")}' in html
    assert reverse("learning_enrol", args=[course.pk]) not in html
    # The outline is public, with anchors per module.
    for module in modules_of(course):
        assert f'id="module-{module.pk}"' in html
    for lesson in lessons_of(course):
        assert lesson.title in html
    assert "2 quizzes" in html


def test_course_page_shows_outcomes_and_facts(client, make_course, programme):
    course = make_course("Heat", modules=1, lessons=2, pass_mark=80)
    course.learning_outcomes = [("outcome", "Map heat islands"), ("outcome", "Plan shade")]
    course.programme = programme("iurc")
    course.save_revision().publish()
    html = main_of(client.get("/courses/heat/"))
    assert "What you will learn" in html
    assert "Map heat islands" in html and "Plan shade" in html
    assert "80%" in html
    assert programme("iurc").display_name in html


def test_course_page_offers_enrolment_to_a_learner(learner_client, course):
    html = main_of(learner_client.get("/courses/cooling-streets/"))
    action = reverse("learning_enrol", args=[course.pk])
    form = html.split(f'action="{action}"', 1)[1].split("</form>", 1)[0]
    assert "csrfmiddlewaretoken" in form
    assert 'type="submit"' in form
    assert "Log in to enrol" not in html


def test_enrolling_through_the_button_leads_to_the_first_lesson(learner_client, course):
    response = learner_client.post(reverse("learning_enrol", args=[course.pk]))
    first = lessons_of(course)[0]
    assert response.status_code == 302
    assert response.url == first.url
    html = main_of(learner_client.get(response.url))
    assert "You are enrolled" in html


def test_unmet_prerequisites_disable_enrolment_and_say_why(learner_client, make_course, learner):
    basics = make_course("Basics", modules=1, lessons=1)
    advanced = make_course("Advanced heat", modules=1, lessons=1)
    advanced.prerequisites.set([basics])
    advanced.save_revision().publish()
    html = main_of(learner_client.get("/courses/advanced-heat/"))
    assert reverse("learning_enrol", args=[advanced.pk]) not in html
    assert re.search(r"<button[^>]*disabled[^>]*>", html)
    assert "Complete the prerequisites first" in html
    assert 'href="/courses/basics/"' in html
    assert "Not completed yet" in html

    finish(learner, basics)
    html = main_of(learner_client.get("/courses/advanced-heat/"))
    assert reverse("learning_enrol", args=[advanced.pk]) in html
    prerequisites = html.split('id="prerequisites-heading"', 1)[1].split("</section>", 1)[0]
    assert "Completed" in prerequisites


def test_enrolled_learner_sees_progress_and_continues_where_they_left_off(
    learner_client, learner, make_course
):
    course = make_course("Heat", modules=1, lessons=2, quizzes=False)
    first, second = lessons_of(course)
    enrol(learner, course)
    html = main_of(learner_client.get("/courses/heat/"))
    assert "0% complete" in html
    assert "Start the course" in html
    assert f'href="{first.url}"' in html

    complete(learner, first)
    html = main_of(learner_client.get("/courses/heat/"))
    assert "50% complete" in html
    assert 'aria-valuenow="50"' in html
    assert "1 of 2 lessons done" in html
    cta = html.split('id="course-cta"', 1)[1].split("</div>\n</div>", 1)[0]
    assert "Continue where you left off" in cta
    assert f'href="{second.url}"' in cta


def test_completed_course_shows_a_banner_with_the_date(learner_client, learner, course):
    enrol(learner, course)
    finish(learner, course)
    enrolment = Enrolment.objects.get(user=learner, course=course)
    assert enrolment.completed_at is not None
    html = main_of(learner_client.get("/courses/cooling-streets/"))
    assert "Course completed" in html
    assert f'datetime="{enrolment.completed_at.isoformat()}"' in html
    assert "100% complete" in html
    assert "Review the course" in html


def test_course_page_links_its_translations(client, course, translate):
    translate(course, "es", title="Calles frescas")
    html = main_of(client.get("/courses/cooling-streets/"))
    assert 'href="/es/courses/cooling-streets/"' in html
    assert 'hreflang="es"' in html


# Module page --------------------------------------------------------------------------------


def test_module_page_lists_its_lessons_with_their_status(client, learner, course):
    module = modules_of(course)[0]
    lessons = lessons_of(course)
    html = main_of(client.get(module.url))
    assert "Part 1" in html
    assert lessons[0].title in html and lessons[1].title in html
    assert lessons[2].title not in html  # module 2's
    assert f'href="{course.url}#module-{module.pk}"' in html

    enrol(learner, course)
    complete(learner, lessons[0])
    client.force_login(learner)
    html = main_of(client.get(module.url))
    assert f'{lessons[0].title}<span class="visually-hidden"> (completed)</span>' in html
    assert f'{lessons[1].title}<span class="visually-hidden"> (not started)</span>' in html


# Lesson page --------------------------------------------------------------------------------


@pytest.fixture
def quiz_lesson(course):
    """Module 1's last lesson, carrying quiz ``m1``."""
    lesson = lessons_of(course)[1]
    assert lesson.quiz_ids == ["m1"]
    return lesson


def assert_answers_hidden(html: str):
    quiz = quiz_section(html, "m1")
    assert "Yes." not in html and "No." not in html
    assert not re.search(r"correct", quiz, re.IGNORECASE)
    questions = quiz.split('class="quiz__questions"', 1)[1]
    assert "data-" not in questions and "<!--" not in questions
    # Both choices are rendered identically but for their id and text.
    right = re.search(r'<input[^>]*value="m1-right"[^>]*>', quiz).group(0)
    wrong = re.search(r'<input[^>]*value="m1-wrong"[^>]*>', quiz).group(0)
    assert right.replace("m1-right", "X") == wrong.replace("m1-wrong", "X")


def test_lesson_page_for_a_learner_shows_the_quiz_without_its_answers(
    learner_client, learner, course, quiz_lesson
):
    enrol(learner, course)
    html = main_of(learner_client.get(quiz_lesson.url))
    assert "Lesson 1.2 text." in html
    assert_answers_hidden(html)
    quiz = quiz_section(html, "m1")
    action = reverse("learning_submit_quiz", args=[quiz_lesson.pk, "m1"])
    assert f'action="{action}"' in quiz
    assert 'name="attempt" value="1"' in quiz
    assert "csrfmiddlewaretoken" in quiz
    assert quiz.count('type="radio" id="q-m1-m1-q1-') == 2
    assert 'name="q-m1-q2" value="true"' in quiz and 'name="q-m1-q2" value="false"' in quiz
    assert ">True</label>" in quiz and ">False</label>" in quiz
    assert "<fieldset" in quiz and "<legend" in quiz
    assert "Which one cools a street best?" in quiz
    assert "Pass mark" in quiz and "70%" in quiz
    assert "0 used (no limit)" in quiz


def test_quiz_answered_through_the_form_shows_feedback_of_the_chosen_answer(
    learner_client, learner, course, quiz_lesson
):
    enrol(learner, course)
    response = learner_client.post(
        reverse("learning_submit_quiz", args=[quiz_lesson.pk, "m1"]),
        {"attempt": "1", "q-m1-q1": "m1-wrong", "q-m1-q2": "false"},
    )
    assert response.status_code == 302
    assert response.url.endswith("#quiz-m1")
    html = main_of(learner_client.get(quiz_lesson.url))
    quiz = quiz_section(html, "m1")
    assert "Score: 0%" in quiz
    assert "Not passed." in quiz
    assert "Incorrect" in quiz
    assert "No." in quiz  # the feedback of the chosen answer
    assert "Yes." not in html  # the feedback of the answer not chosen
    assert "Shade and evapotranspiration both cool." in quiz  # the explanation
    assert "Right answer" not in quiz  # attempts are left: the answers stay hidden
    assert "Try again" in quiz
    assert 'name="attempt" value="2"' in quiz
    assert "You scored 0%" in html  # the message left by the view


def test_passed_quiz_shows_a_badge_the_answers_and_practice(
    learner_client, learner, course, quiz_lesson
):
    enrol(learner, course)
    submit(learner, quiz_lesson, "m1", {"m1-q1": ["m1-right"], "m1-q2": ["false"]})
    submit(learner, quiz_lesson, "m1", right_answers("m1"), number=2)
    quiz = quiz_section(main_of(learner_client.get(quiz_lesson.url)), "m1")
    assert "Passed" in quiz
    assert "Score: 100%" in quiz
    assert "Yes." in quiz
    assert "Best score" in quiz and "100%" in quiz
    assert "2 used (no limit)" in quiz
    assert "<details" in quiz and "Try again" in quiz
    assert 'name="attempt" value="3"' in quiz


def test_quiz_with_no_attempt_left_reveals_the_answers(learner_client, learner, make_course):
    course = make_course("Heat", modules=1, lessons=1)
    lesson = lessons_of(course)[0]
    body = lesson.body.raw_data
    body[-1]["value"] = quiz_value("m1", max_attempts=1)
    lesson.body = body
    lesson.save_revision().publish()
    enrol(learner, course)
    submit(learner, lesson, "m1", wrong_answers("m1"))
    quiz = quiz_section(main_of(learner_client.get(lesson.url)), "m1")
    assert "No attempts left" in quiz
    assert "1 of 1 used" in quiz
    assert "Right answer" in quiz
    review = quiz.split("Right answer", 1)[1]
    assert "Street trees" in review and "True" in review
    assert "<form" not in quiz


def test_lesson_page_for_a_visitor_is_readable_but_the_quiz_is_locked(client, course, quiz_lesson):
    html = main_of(client.get(quiz_lesson.url))
    assert "Lesson 1.2 text." in html
    quiz = quiz_section(html, "m1")
    assert "Quiz m1" in quiz
    assert "Enrol to take this quiz" in quiz
    assert "2 questions" in quiz
    assert "<form" not in quiz and 'name="q-' not in html
    assert "Street trees" not in html
    assert f"{reverse('account_login')}?next=" in html
    assert reverse("learning_complete_lesson", args=[quiz_lesson.pk]) not in html


def test_lesson_page_for_a_learner_not_enrolled_offers_the_enrol_form(
    learner_client, course, quiz_lesson
):
    html = main_of(learner_client.get(quiz_lesson.url))
    assert html.count(f'action="{reverse("learning_enrol", args=[course.pk])}"') >= 1
    assert 'name="q-' not in html
    assert reverse("learning_complete_lesson", args=[quiz_lesson.pk]) not in html


def test_lesson_page_marks_the_current_lesson_and_links_its_neighbours(
    learner_client, learner, course
):
    first, second, third, _fourth = lessons_of(course)
    enrol(learner, course)
    html = main_of(learner_client.get(second.url))
    assert f'href="{second.url}" aria-current="page"' in html
    assert html.count('aria-current="page"') == 2  # breadcrumbs and outline
    pager = html.split('class="lesson-pager"', 1)[1].split("</nav>", 1)[0]
    assert f'href="{first.url}" rel="prev"' in pager
    assert f'href="{third.url}" rel="next"' in pager  # into the next module
    assert "<details" in html and 'class="outline-panel"' in html
    breadcrumbs = html.split('class="breadcrumbs"', 1)[1].split("</nav>", 1)[0]
    assert "Cooling streets" in breadcrumbs and "Module 1" in breadcrumbs


def test_marking_a_lesson_complete(learner_client, learner, make_course):
    course = make_course("Heat", modules=1, lessons=2, quizzes=False)
    first, second = lessons_of(course)
    enrol(learner, course)
    action = reverse("learning_complete_lesson", args=[first.pk])
    html = main_of(learner_client.get(first.url))
    assert f'action="{action}"' in html
    assert "Mark as complete" in html

    response = learner_client.post(action)
    assert response.status_code == 302 and response.url == second.url
    html = main_of(learner_client.get(first.url))
    assert action not in html
    assert "Mark as complete" not in html
    assert "Completed" in html
    assert "50% complete" in html


def test_lesson_with_a_quiz_to_pass_lists_what_is_left(
    learner_client, learner, course, quiz_lesson
):
    enrol(learner, course)
    response = learner_client.post(reverse("learning_complete_lesson", args=[quiz_lesson.pk]))
    assert response.url.endswith("#lesson-quizzes")
    html = main_of(learner_client.get(quiz_lesson.url))
    checklist = html.split('id="lesson-quizzes"', 1)[1].split("</ul>", 1)[0]
    assert 'href="#quiz-m1"' in checklist
    assert "(done)" in checklist and "(to do)" in checklist
    assert "Pass the quiz to finish this lesson." in html


# Availability -------------------------------------------------------------------------------


def test_draft_lesson_is_404_and_leaves_the_outline(client, learner, course):
    lessons = lessons_of(course)
    draft = lessons[1]
    url = draft.url
    draft.unpublish()
    assert client.get(url).status_code == 404
    enrol(learner, course)
    client.force_login(learner)
    for page in ("/courses/cooling-streets/", lessons[0].url, modules_of(course)[0].url):
        assert draft.title not in main_of(client.get(page))


def test_lesson_under_an_unpublished_module_is_404(client, course):
    module = modules_of(course)[0]
    lesson = lessons_of(course)[0]
    url = lesson.url
    module.unpublish()
    assert client.get(url).status_code == 404
    assert module.title not in main_of(client.get("/courses/cooling-streets/"))


@pytest.mark.parametrize("restriction", ["login", "password"])
def test_private_lesson_is_left_out_of_the_outline(learner_client, learner, course, restriction):
    lessons = lessons_of(course)
    private = lessons[0]
    PageViewRestriction.objects.create(
        page=private,
        restriction_type=restriction,
        password="secret" if restriction == "password" else "",
    )
    enrol(learner, course)
    for page in ("/courses/cooling-streets/", lessons[1].url):
        html = main_of(learner_client.get(page))
        assert private.title not in html
        assert f'href="{private.url}"' not in html


# My learning --------------------------------------------------------------------------------


def test_dashboard_needs_a_login(client, db):
    response = client.get(reverse("learning_dashboard"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_dashboard_empty_state_links_to_the_catalogue(learner_client, course_index):
    html = main_of(learner_client.get(reverse("learning_dashboard")))
    assert "You are not enrolled in any course yet." in html
    assert 'href="/courses/"' in html


def test_dashboard_lists_courses_in_progress_and_completed(learner_client, learner, make_course):
    heat = make_course("Heat", modules=1, lessons=2, quizzes=False)
    water = make_course("Water", modules=1, lessons=1)
    enrol(learner, heat)
    first, second = lessons_of(heat)
    complete(learner, first)
    enrol(learner, water)
    finish(learner, water)
    html = main_of(learner_client.get(reverse("learning_dashboard")))
    in_progress = html.split('id="in-progress-heading"', 1)[1].split("</section>", 1)[0]
    completed = html.split('id="completed-heading"', 1)[1].split("</section>", 1)[0]
    assert "Heat" in in_progress and "Water" not in in_progress
    assert "50% complete" in in_progress
    assert f'href="{second.url}"' in in_progress and "Continue" in in_progress
    assert "Water" in completed and "Completed on" in completed
    date = Enrolment.objects.get(user=learner, course=water).completed_at
    assert f'datetime="{date.isoformat()}"' in completed


# Errors and account links ------------------------------------------------------------------


def test_refused_action_explains_why_and_links_back(learner_client, make_course):
    basics = make_course("Basics", modules=1, lessons=1)
    advanced = make_course("Advanced heat", modules=1, lessons=1)
    advanced.prerequisites.set([basics])
    advanced.save_revision().publish()
    response = learner_client.post(reverse("learning_enrol", args=[advanced.pk]))
    assert response.status_code == 403
    html = response.content.decode()
    assert "Complete the prerequisite courses before enrolling in this one." in html
    assert 'href="/courses/advanced-heat/"' in html
    assert "<h1" in html


def test_header_offers_log_in_and_sign_up_to_visitors(client, home):
    html = client.get("/").content.decode()
    header = html.split("<header", 1)[1].split("</header>", 1)[0]
    assert f'href="{reverse("account_login")}?next=/"' in header
    assert f'href="{reverse("account_signup")}"' in header
    assert reverse("learning_dashboard") not in header


def test_header_offers_my_learning_profile_and_log_out_to_learners(learner_client, home):
    html = learner_client.get(reverse("learning_dashboard")).content.decode()
    header = html.split("<header", 1)[1].split("</header>", 1)[0]
    assert f'href="{reverse("learning_dashboard")}" aria-current="page"' in header
    assert f'href="{reverse("learner_profile")}"' in header
    logout = header.split(f'action="{reverse("account_logout")}"', 1)[1].split("</form>", 1)[0]
    assert "csrfmiddlewaretoken" in logout and "Log out" in logout
    assert "Log in" not in header


# Blocks -------------------------------------------------------------------------------------


def test_quiz_block_preview_does_not_say_which_answer_is_right(db):
    block = QuizBlock()
    value = block.to_python(quiz_value("p"))
    html = block.render(value)
    assert "Which one cools a street best?" in html
    assert "Street trees" in html and "Black asphalt" in html
    assert "True" in html and "False" in html
    assert "Yes." not in html and "No." not in html
    assert not re.search(r"correct", html, re.IGNORECASE)


def test_teaching_blocks_render_in_a_lesson(client, course):
    document = get_document_model().objects.create(
        title="Street tree plan", file=ContentFile(b"%PDF-1.4 plan", name="plan.pdf")
    )
    lesson = lessons_of(course)[0]
    lesson.body = [
        (
            "callout",
            {"title": "Mind the roots", "text": "<p>Roots lift paving.</p>", "tone": "warning"},
        ),
        ("key_takeaways", {"title": "Key takeaways", "items": ["Trees cool streets."]}),
        ("document", {"document": document, "description": "A template to adapt."}),
        (
            "video",
            {
                "url": "https://video.example.org/walk",
                "title": "A walk",
                "duration_minutes": 6,
                "transcript": "<p>We walk along a green corridor.</p>",
            },
        ),
    ]
    lesson.save_revision().publish()
    html = main_of(client.get(lesson.url))
    assert "Watch out: Mind the roots" in html and "Roots lift paving." in html
    assert "Trees cool streets." in html
    assert 'href="https://video.example.org/walk"' in html
    assert "<iframe" not in html
    assert "6 minutes" in html and "We walk along a green corridor." in html
    assert f'href="{document.url}"' in html
    assert "Street tree plan" in html and "PDF" in html and "A template to adapt." in html


# Query budget -------------------------------------------------------------------------------


def count_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


@pytest.fixture
def small_and_big(make_course, learner):
    """A course of 5 lessons and one of 50, the learner enrolled and half-way in both."""
    small = make_course("Small", modules=1, lessons=5)
    big = make_course("Big", modules=5, lessons=10)
    for course in (small, big):
        enrol(learner, course)
        lessons = lessons_of(course)
        for lesson in lessons[: len(lessons) // 2]:
            complete(learner, lesson)
        submit(
            learner, lessons[-1], lessons[-1].quiz_ids[0], wrong_answers(lessons[-1].quiz_ids[0])
        )
    return small, big


def test_lesson_page_costs_the_same_queries_for_5_or_50_lessons(
    learner_client, small_and_big, django_assert_max_num_queries
):
    small, big = small_and_big
    small_url, big_url = lessons_of(small)[-1].url, lessons_of(big)[-1].url
    learner_client.get(small_url)  # warm the caches (site root paths, content types)
    with_5 = count_queries(learner_client, small_url)
    with_50 = count_queries(learner_client, big_url)
    assert with_5 == with_50, (with_5, with_50)
    with django_assert_max_num_queries(with_5):
        learner_client.get(big_url)


def test_course_page_costs_the_same_queries_for_5_or_50_lessons(learner_client, small_and_big):
    learner_client.get("/courses/small/")
    assert count_queries(learner_client, "/courses/small/") == count_queries(
        learner_client, "/courses/big/"
    )


def test_dashboard_costs_the_same_queries_for_5_or_50_lessons(client, make_learner, make_course):
    small = make_course("Small", modules=1, lessons=5)
    big = make_course("Big", modules=5, lessons=10)
    counts = []
    for course in (small, big, None):
        user = make_learner(f"{course.slug if course else 'both'}@example.org")
        for each in [course] if course else [small, big]:
            enrol(user, each)
            for lesson in lessons_of(each)[:3]:
                complete(user, lesson)
        client.force_login(user)
        client.get(reverse("learning_dashboard"))
        counts.append(count_queries(client, reverse("learning_dashboard")))
    assert counts[0] == counts[1] == counts[2], counts
