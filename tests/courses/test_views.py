"""The learning side over HTTP, at /learning/...: enrol, complete a lesson, submit a quiz.

A refused post answers with a 4xx page that says why (the message of ``services.MESSAGES``)
and writes nothing: every hostile test compares what is stored before and after.
"""

import html
import json
from html.parser import HTMLParser
from urllib.parse import urlencode

from django.test import Client
from django.urls import reverse

from wagtail.models import PageViewRestriction

import pytest

from courses import services
from courses.models import Enrolment, LessonPage, LessonProgress, QuizAttempt
from courses.services import MESSAGES
from tests.courses.conftest import (
    lessons_of,
    modules_of,
    publish,
    quiz_value,
    right_answers,
    wrong_answers,
)

# Helpers --------------------------------------------------------------------------------------


def enrol_url(course):
    return f"/learning/courses/{course.pk}/enrol/"


def complete_url(lesson):
    return f"/learning/lessons/{lesson.pk}/complete/"


def quiz_url(lesson, quiz_id="m1"):
    return f"/learning/lessons/{lesson.pk}/quizzes/{quiz_id}/"


def edit_quiz(lesson, **options):
    """Publish a new revision of ``lesson`` whose quizzes (same ids) take ``options``."""
    lesson = LessonPage.objects.get(pk=lesson.pk)
    raw = [dict(block) for block in lesson.body.raw_data]
    for block in raw:
        if block["type"] == "quiz":
            block["value"] = quiz_value(block["id"], **options)
    lesson.body = json.dumps(raw)
    return publish(lesson)


def quiz_lesson(course, module=1):
    """The lesson holding quiz ``m<module>``."""
    return next(lesson for lesson in lessons_of(course) if f"m{module}" in lesson.quiz_ids)


def form(answers, attempt="1", **extra):
    """Quiz form data as a browser sends it: ``attempt`` and ``q-<question id>`` fields."""
    data = {f"q-{question_id}": values for question_id, values in answers.items()}
    return {"attempt": attempt, **data, **extra}


def stored():
    """Everything the learning side stores, to show that a refused post changed nothing."""
    return {
        "enrolments": list(
            Enrolment.objects.order_by("pk").values_list(
                "pk", "user_id", "course_id", "completed_at", "last_activity_at"
            )
        ),
        "progress": list(
            LessonProgress.objects.order_by("pk").values_list("pk", "enrolment_id", "lesson_id")
        ),
        "attempts": list(
            QuizAttempt.objects.order_by("pk").values_list(
                "pk", "enrolment_id", "quiz_id", "number", "score", "passed", "answers"
            )
        ),
    }


def assert_refused(response, code, status):
    assert response.status_code == status
    assert html.escape(str(MESSAGES[code])) in response.content.decode()


def login_url(next_url):
    return f"{reverse('account_login')}?{urlencode({'next': next_url})}"


class Forms(HTMLParser):
    """The forms of a page: action, and the fields a browser would send (name, type, value)."""

    def __init__(self, content):
        super().__init__()
        self.forms = []
        self.current = None
        self.feed(content)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.current = {"action": attrs.get("action"), "fields": []}
            self.forms.append(self.current)
        elif tag in {"input", "button"} and self.current and attrs.get("name"):
            self.current["fields"].append(
                (attrs["name"], attrs.get("type", "text"), attrs.get("value", ""))
            )

    def handle_endtag(self, tag):
        if tag == "form":
            self.current = None

    def action(self, action):
        return next(f for f in self.forms if f["action"] == action)


@pytest.fixture
def enrolled(course, learner):
    return services.enrol(user=learner, course=course)


# Enrolling ------------------------------------------------------------------------------------


def test_enrol_redirects_to_the_first_lesson_and_creates_an_enrolment(learner_client, course):
    response = learner_client.post(enrol_url(course))

    assert response.status_code == 302
    assert response["Location"] == lessons_of(course)[0].get_url()
    assert Enrolment.objects.filter(course=course).count() == 1


def test_enrolling_again_goes_back_to_where_the_learner_left_off(
    learner_client, course, learner, enrolled
):
    first, second, *_ = lessons_of(course)
    services.complete_lesson(user=learner, lesson=first)

    response = learner_client.post(enrol_url(course))

    assert response.status_code == 302
    assert response["Location"] == second.get_url()
    assert Enrolment.objects.filter(course=course).count() == 1


def test_enrolling_in_a_course_with_unmet_prerequisites_is_refused(learner_client, make_course):
    basics = make_course("Urban heat basics")
    advanced = make_course("Heat action plans")
    advanced.prerequisites.set([basics])
    advanced.save_revision().publish()
    before = stored()

    response = learner_client.post(enrol_url(advanced))

    assert_refused(response, "prerequisites_not_met", 403)
    assert stored() == before


def test_enrolling_in_a_private_course_is_refused(learner_client, course):
    PageViewRestriction.objects.create(page=course, restriction_type=PageViewRestriction.LOGIN)

    response = learner_client.post(enrol_url(course))

    assert_refused(response, "course_unavailable", 404)
    assert not Enrolment.objects.exists()


@pytest.mark.parametrize("course_id", [0, 999_999])
def test_enrolling_in_a_course_that_does_not_exist_is_404(learner_client, course, course_id):
    response = learner_client.post(f"/learning/courses/{course_id}/enrol/")

    assert response.status_code == 404
    assert not Enrolment.objects.exists()


def test_enrolling_in_a_draft_course_is_404(learner_client, course):
    course.unpublish()

    response = learner_client.post(enrol_url(course))

    assert response.status_code == 404
    assert not Enrolment.objects.exists()


def test_a_lesson_id_is_not_a_course_id(learner_client, course):
    response = learner_client.post(f"/learning/courses/{lessons_of(course)[0].pk}/enrol/")

    assert response.status_code == 404
    assert not Enrolment.objects.exists()


# Completing a lesson ---------------------------------------------------------------------------


def test_completing_a_lesson_moves_on_to_the_next_one(learner_client, course, enrolled):
    first, second, *_ = lessons_of(course)

    response = learner_client.post(complete_url(first))

    assert response.status_code == 302
    assert response["Location"] == second.get_url()
    assert list(LessonProgress.objects.values_list("enrolment", "lesson")) == [
        (enrolled.pk, first.pk)
    ]


def test_completing_a_lesson_with_a_quiz_to_pass_stays_on_its_quiz(
    learner_client, course, enrolled
):
    lesson = quiz_lesson(course)

    response = learner_client.post(complete_url(lesson))

    assert response.status_code == 302
    assert response["Location"] == f"{lesson.get_url()}#lesson-quizzes"
    assert LessonProgress.objects.filter(enrolment=enrolled, lesson=lesson).count() == 1


def test_completing_a_lesson_twice_keeps_one_record(learner_client, course, enrolled):
    lesson = lessons_of(course)[0]

    learner_client.post(complete_url(lesson))
    response = learner_client.post(complete_url(lesson))

    assert response.status_code == 302
    assert LessonProgress.objects.filter(lesson=lesson).count() == 1


def test_completing_the_last_step_of_the_course_goes_to_the_course_page(
    learner_client, course, learner, enrolled
):
    last = lessons_of(course)[-1]
    for lesson in lessons_of(course):
        if lesson != last:
            services.complete_lesson(user=learner, lesson=lesson)
        for quiz_id in lesson.quiz_ids:
            services.submit_quiz(
                user=learner,
                lesson=lesson,
                quiz_id=quiz_id,
                answers=right_answers(quiz_id),
                attempt_number=1,
            )

    response = learner_client.post(complete_url(last), follow=True)

    assert response.redirect_chain == [(course.get_url(), 302)]
    assert "You have completed the course. Congratulations!" in response.content.decode()
    enrolled.refresh_from_db()
    assert enrolled.completed_at is not None


# Submitting a quiz ------------------------------------------------------------------------------


def test_a_passing_quiz_post_records_the_attempt_and_says_so(learner_client, course, enrolled):
    lesson = quiz_lesson(course)

    response = learner_client.post(quiz_url(lesson), form(right_answers("m1")))

    assert response.status_code == 302
    assert response["Location"] == f"{lesson.get_url()}#quiz-m1"
    attempt = QuizAttempt.objects.get()
    assert (attempt.enrolment, attempt.lesson, attempt.quiz_id) == (enrolled, lesson, "m1")
    assert (attempt.number, attempt.score, attempt.passed) == (1, 100, True)
    assert attempt.answers == right_answers("m1")
    page = learner_client.get(response["Location"]).content.decode()
    assert "You scored 100%: quiz passed." in page


def test_a_failing_quiz_post_records_the_attempt_and_gives_the_pass_mark(
    learner_client, course, enrolled
):
    lesson = quiz_lesson(course)

    response = learner_client.post(
        quiz_url(lesson), form({"m1-q1": ["m1-right"], "m1-q2": ["false"]}), follow=True
    )

    assert response.status_code == 200
    assert "You scored 50%. You need 70% to pass." in response.content.decode()
    attempt = QuizAttempt.objects.get()
    assert (attempt.score, attempt.passed, attempt.pass_mark) == (50, False, 70)


def test_unanswered_questions_are_simply_absent_from_the_post(learner_client, course, enrolled):
    response = learner_client.post(quiz_url(quiz_lesson(course)), {"attempt": "1"})

    assert response.status_code == 302
    attempt = QuizAttempt.objects.get()
    assert (attempt.correct_count, attempt.question_count, attempt.score) == (0, 2, 0)


def test_the_quiz_form_on_the_lesson_page_posts_as_a_browser_would(
    learner_client, course, enrolled
):
    lesson = quiz_lesson(course)
    page = learner_client.get(lesson.get_url())
    assert page.status_code == 200
    quiz_form = Forms(page.content.decode()).action(quiz_url(lesson))
    wanted = {f"q-{question}": values for question, values in right_answers("m1").items()}
    data = {}
    for name, kind, value in quiz_form["fields"]:
        if kind in {"radio", "checkbox"}:
            if value in wanted.get(name, ()):
                data.setdefault(name, []).append(value)
        elif kind != "submit":
            data[name] = value
    assert data["attempt"] == "1"
    assert set(data) == {"csrfmiddlewaretoken", "attempt", "q-m1-q1", "q-m1-q2"}

    response = learner_client.post(quiz_form["action"], data)

    assert response.status_code == 302
    assert QuizAttempt.objects.get().passed


def test_the_second_attempt_is_numbered_two_on_the_page_and_accepted(
    learner_client, course, enrolled
):
    lesson = quiz_lesson(course)
    learner_client.post(quiz_url(lesson), form(wrong_answers("m1")))

    page = learner_client.get(lesson.get_url()).content.decode()
    fields = Forms(page).action(quiz_url(lesson))["fields"]
    assert ("attempt", "hidden", "2") in fields

    response = learner_client.post(quiz_url(lesson), form(right_answers("m1"), attempt="2"))

    assert response.status_code == 302
    assert list(QuizAttempt.objects.order_by("number").values_list("number", "score")) == [
        (1, 0),
        (2, 100),
    ]


# Only POST, only learners -----------------------------------------------------------------------


@pytest.fixture
def post_urls(course):
    lesson = quiz_lesson(course)
    return [enrol_url(course), complete_url(lesson), quiz_url(lesson)]


@pytest.mark.parametrize("who", ["learner", "anonymous"])
def test_get_on_a_post_only_url_is_405_and_changes_nothing(
    client, learner, enrolled, post_urls, who
):
    if who == "learner":
        client.force_login(learner)
    before = stored()

    for url in post_urls:
        response = client.get(url, {"attempt": "1", "q-m1-q1": "m1-right"})
        assert response.status_code == 405, url

    assert stored() == before


def test_the_dashboard_is_read_only(learner_client):
    assert learner_client.post("/learning/").status_code == 405


def test_anonymous_posts_go_to_the_log_in_page_and_change_nothing(client, course):
    lesson = quiz_lesson(course)
    before = stored()

    enrol = client.post(enrol_url(course))
    complete = client.post(complete_url(lesson))
    quiz = client.post(quiz_url(lesson), form(right_answers("m1")))

    assert (enrol.status_code, enrol["Location"]) == (302, login_url(course.get_url()))
    assert (complete.status_code, complete["Location"]) == (302, login_url(lesson.get_url()))
    assert (quiz.status_code, quiz["Location"]) == (302, login_url(lesson.get_url()))
    assert stored() == before


def test_the_dashboard_asks_anonymous_visitors_to_log_in(client):
    response = client.get("/learning/")

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_a_post_without_csrf_token_is_refused_and_changes_nothing(course, learner, enrolled):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(learner)
    lesson = quiz_lesson(course)
    before = stored()

    assert browser.post(enrol_url(course)).status_code == 403
    assert browser.post(complete_url(lesson)).status_code == 403
    assert browser.post(quiz_url(lesson), form(right_answers("m1"))).status_code == 403
    assert stored() == before

    # The same post with the token the lesson page hands out is accepted.
    browser.get(lesson.get_url())
    token = browser.cookies["csrftoken"].value
    response = browser.post(quiz_url(lesson), form(right_answers("m1"), csrfmiddlewaretoken=token))
    assert response.status_code == 302
    assert QuizAttempt.objects.count() == 1


# Hostile quiz posts -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "code"),
    [
        pytest.param(form({"m1-q9": ["m1-right"]}), "unknown_question", id="unknown-question"),
        pytest.param(
            form({**right_answers("m1"), "m2-q1": ["m2-right"]}),
            "unknown_question",
            id="question-of-another-quiz",
        ),
        pytest.param(form({"m1-q1": ["m1-nope"]}), "unknown_choice", id="unknown-choice"),
        pytest.param(form({"m1-q2": ["yes"]}), "unknown_choice", id="neither-true-nor-false"),
        pytest.param(form({"m1-q1": ["x" * 65]}), "unknown_choice", id="oversized-choice"),
        pytest.param(form(right_answers("m1"), score="100"), "unexpected_field", id="score"),
        pytest.param(form(right_answers("m1"), passed="1"), "unexpected_field", id="passed"),
        pytest.param(form(right_answers("m1"), user=["2"]), "unexpected_field", id="someone-else"),
        pytest.param(
            form({**right_answers("m1"), "q1" * 40: ["x"]}),
            "unexpected_field",
            id="oversized-question-field",
        ),
        pytest.param(
            form({"m1-q1": ["m1-right"] * 1000}), "too_many_answers", id="a-thousand-answers"
        ),
        pytest.param(
            form({"m1-q1": ["m1-right", "m1-wrong"]}), "too_many_answers", id="two-radios"
        ),
        pytest.param(
            form({"m1-q1": ["m1-right"], "m1-q2": ["true", "true"]}),
            "too_many_answers",
            id="duplicated-value",
        ),
    ],
)
def test_a_tampered_quiz_post_is_a_400_that_says_why_and_changes_nothing(
    learner_client, course, enrolled, data, code
):
    before = stored()

    response = learner_client.post(quiz_url(quiz_lesson(course)), data)

    assert_refused(response, code, 400)
    assert stored() == before


@pytest.mark.parametrize(
    "attempt",
    [
        pytest.param("abc", id="letters"),
        pytest.param("-1", id="negative"),
        pytest.param("0", id="zero"),
        pytest.param("", id="empty"),
        pytest.param("1.0", id="decimal"),
        pytest.param(" 1", id="padded"),
        pytest.param("2", id="skipping-ahead"),
        pytest.param("999999", id="six-digits"),
        pytest.param("9" * 7, id="seven-digits"),
        pytest.param("1" + "0" * 400, id="huge"),
        pytest.param("\u00b2", id="superscript-two"),
        pytest.param(None, id="missing"),
    ],
)
def test_an_attempt_number_out_of_turn_or_garbled_is_a_409_and_changes_nothing(
    learner_client, course, enrolled, attempt
):
    data = form(right_answers("m1"), attempt=attempt)
    if attempt is None:
        del data["attempt"]
    before = stored()

    response = learner_client.post(quiz_url(quiz_lesson(course)), data)

    assert_refused(response, "invalid_attempt", 409)
    assert stored() == before


def test_a_replayed_quiz_post_is_a_409_and_the_first_score_is_kept(
    learner_client, course, enrolled
):
    lesson = quiz_lesson(course)
    first = learner_client.post(quiz_url(lesson), form(wrong_answers("m1")))
    assert first.status_code == 302
    before = stored()

    replay = learner_client.post(quiz_url(lesson), form(wrong_answers("m1")))
    better = learner_client.post(quiz_url(lesson), form(right_answers("m1")))

    assert_refused(replay, "attempt_already_submitted", 409)
    assert_refused(better, "attempt_already_submitted", 409)
    assert stored() == before
    assert QuizAttempt.objects.get().score == 0


def test_an_attempt_number_is_the_learners_own(client, course, learner, make_learner, enrolled):
    lesson = quiz_lesson(course)
    services.submit_quiz(
        user=learner, lesson=lesson, quiz_id="m1", answers=wrong_answers("m1"), attempt_number=1
    )
    other = make_learner("other@example.org")
    services.enrol(user=other, course=course)
    client.force_login(other)
    mine = list(QuizAttempt.objects.filter(enrolment=enrolled).values_list("number", "score"))
    before = stored()

    ahead = client.post(quiz_url(lesson), form(right_answers("m1"), attempt="2"))

    assert_refused(ahead, "invalid_attempt", 409)
    assert stored() == before

    own = client.post(quiz_url(lesson), form(right_answers("m1"), attempt="1"))

    assert own.status_code == 302
    theirs = QuizAttempt.objects.exclude(enrolment=enrolled).get()
    assert (theirs.enrolment.user, theirs.number, theirs.passed) == (other, 1, True)
    assert list(QuizAttempt.objects.filter(enrolment=enrolled).values_list("number", "score")) == (
        mine
    )


def test_a_quiz_allowing_two_attempts_refuses_a_third_post(learner_client, course, enrolled):
    lesson = edit_quiz(quiz_lesson(course), max_attempts=2)
    learner_client.post(quiz_url(lesson), form(wrong_answers("m1"), attempt="1"))
    learner_client.post(quiz_url(lesson), form(wrong_answers("m1"), attempt="2"))
    before = stored()

    response = learner_client.post(quiz_url(lesson), form(right_answers("m1"), attempt="3"))

    assert_refused(response, "attempts_exhausted", 403)
    assert stored() == before


# Posts to the wrong place -----------------------------------------------------------------------


def test_posts_to_an_unpublished_lesson_are_404(learner_client, course, enrolled):
    lesson = quiz_lesson(course)
    lesson.unpublish()
    before = stored()

    assert learner_client.post(complete_url(lesson)).status_code == 404
    assert learner_client.post(quiz_url(lesson), form(right_answers("m1"))).status_code == 404
    assert stored() == before


def test_posts_to_a_lesson_under_an_unpublished_module_are_404(learner_client, course, enrolled):
    lesson = quiz_lesson(course)
    modules_of(course)[0].unpublish()
    before = stored()

    complete = learner_client.post(complete_url(lesson))
    quiz = learner_client.post(quiz_url(lesson), form(right_answers("m1")))

    assert_refused(complete, "lesson_unavailable", 404)
    assert_refused(quiz, "lesson_unavailable", 404)
    assert stored() == before


def test_posts_to_a_private_lesson_are_404(learner_client, course, enrolled):
    lesson = quiz_lesson(course)
    PageViewRestriction.objects.create(page=lesson, restriction_type=PageViewRestriction.LOGIN)
    before = stored()

    complete = learner_client.post(complete_url(lesson))
    quiz = learner_client.post(quiz_url(lesson), form(right_answers("m1")))

    assert_refused(complete, "lesson_unavailable", 404)
    assert_refused(quiz, "lesson_unavailable", 404)
    assert stored() == before


def test_posts_to_a_course_the_learner_is_not_enrolled_in_are_403(
    learner_client, make_course, learner
):
    mine = make_course("Urban heat basics")
    other = make_course("Green roofs")
    services.enrol(user=learner, course=mine)
    lesson = quiz_lesson(other)
    before = stored()

    complete = learner_client.post(complete_url(lesson))
    quiz = learner_client.post(quiz_url(lesson), form(right_answers("m1")))

    assert_refused(complete, "not_enrolled", 403)
    assert_refused(quiz, "not_enrolled", 403)
    assert stored() == before


@pytest.mark.parametrize("lesson_id", [0, 999_999])
def test_posts_to_a_lesson_that_does_not_exist_are_404(learner_client, course, enrolled, lesson_id):
    before = stored()

    complete = learner_client.post(f"/learning/lessons/{lesson_id}/complete/")
    quiz = learner_client.post(
        f"/learning/lessons/{lesson_id}/quizzes/m1/", form(right_answers("m1"))
    )

    assert (complete.status_code, quiz.status_code) == (404, 404)
    assert stored() == before


def test_a_module_or_course_id_is_not_a_lesson_id(learner_client, course, enrolled):
    before = stored()

    for page in (course, modules_of(course)[0]):
        assert learner_client.post(complete_url(page)).status_code == 404
        assert learner_client.post(quiz_url(page), form(right_answers("m1"))).status_code == 404

    assert stored() == before


@pytest.mark.parametrize("quiz_id", ["m2", "nope", "m1-q1"])
def test_a_quiz_id_that_is_not_in_the_lesson_is_404(learner_client, course, enrolled, quiz_id):
    before = stored()

    response = learner_client.post(
        quiz_url(quiz_lesson(course, 1), quiz_id), form(right_answers("m1"))
    )

    assert_refused(response, "unknown_quiz", 404)
    assert stored() == before


# What other people see and can do -----------------------------------------------------------


def test_another_learner_does_not_see_a_learners_progress(
    client, course, learner, make_learner, enrolled
):
    services.complete_lesson(user=learner, lesson=lessons_of(course)[0])
    other = make_learner("other@example.org")
    services.enrol(user=other, course=course)

    client.force_login(learner)
    theirs = client.get(course.get_url())
    client.force_login(other)
    mine = client.get(course.get_url())

    assert theirs.context["outline"].percent == 16, "1 of 6 steps: 4 lessons and 2 quizzes"
    assert "16% complete" in theirs.content.decode()
    assert mine.context["enrolment"].user == other
    assert mine.context["outline"].percent == 0
    assert mine.context["outline"].lessons_done == 0
    assert "0% complete" in mine.content.decode()
    assert "16% complete" not in mine.content.decode()


def test_a_learner_who_is_not_enrolled_sees_no_progress(client, course, learner, make_learner):
    services.enrol(user=learner, course=course)
    services.complete_lesson(user=learner, lesson=lessons_of(course)[0])
    client.force_login(make_learner("other@example.org"))

    response = client.get(course.get_url())

    assert response.status_code == 200
    assert response.context["enrolment"] is None
    assert response.context["outline"].lessons_done == 0
    assert "% complete" not in response.content.decode()


def test_the_dashboard_lists_only_the_learners_own_courses(client, make_course, make_learner):
    ana = make_learner("ana@example.org")
    ben = make_learner("ben@example.org")
    heat = make_course("Urban heat basics")
    roofs = make_course("Green roofs")
    services.enrol(user=ana, course=heat)
    services.enrol(user=ben, course=roofs)
    client.force_login(ben)

    response = client.get("/learning/")

    assert response.status_code == 200
    rows = response.context["in_progress"] + response.context["completed"]
    assert [row["enrolment"].course for row in rows] == [roofs]
    content = response.content.decode()
    assert "Green roofs" in content
    assert "Urban heat basics" not in content


@pytest.mark.parametrize("who", ["editor", "superuser"])
def test_an_editor_posting_is_treated_as_any_learner(
    client, editor, django_user_model, course, who
):
    if who == "superuser":
        user = django_user_model.objects.create_superuser(
            username="admin", email="admin@example.org", password="admin-pass-1234"
        )
    else:
        user = editor
    client.force_login(user)
    lesson = quiz_lesson(course)
    before = stored()

    complete = client.post(complete_url(lesson))
    quiz = client.post(quiz_url(lesson), form(right_answers("m1")))

    assert_refused(complete, "not_enrolled", 403)
    assert_refused(quiz, "not_enrolled", 403)
    assert stored() == before

    lesson.unpublish()
    assert client.post(complete_url(lesson)).status_code == 404
    assert stored() == before
