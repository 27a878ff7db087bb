"""Two requests at once: a double click, or the same form sent from two tabs.

Each scenario runs its calls in real threads with their own database connections (see
``conftest.py`` for the shared file database). The threads meet at a barrier, then find the
learner's enrolment locked by the test (on SQLite, the database's write lock) for a moment, so
every call is under way and past its checks before any of them can write: the calls overlap
for certain, and the test checks that they did.
"""

import threading
import time
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db import IntegrityError, connection, transaction
from django.test import Client

import pytest

from courses import services
from courses.models import Certificate, Enrolment, LessonPage, LessonProgress, QuizAttempt
from courses.services import MESSAGES, LearningError
from courses.signals import course_completed
from tests.courses.conftest import lessons_of, right_answers, wrong_answers

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

HOLD_SECONDS = 0.5  # well under SQLite's 5 s busy timeout
TIMEOUT_SECONDS = 30


@dataclass
class Outcome:
    value: object = None
    error: BaseException | None = None
    started: float = 0.0
    finished: float = 0.0


def race(enrolment, *calls) -> list[Outcome]:
    """Run each call in its own thread, all at once, and return what each returned or raised."""
    barrier = threading.Barrier(len(calls) + 1)
    outcomes = [Outcome() for _ in calls]

    def run(call, outcome):
        try:
            barrier.wait(timeout=TIMEOUT_SECONDS)
            outcome.started = time.monotonic()
            outcome.value = call()
        except Exception as error:  # noqa: BLE001 - reported to the test thread
            outcome.error = error
        finally:
            outcome.finished = time.monotonic()
            connection.close()

    threads = [
        threading.Thread(target=run, args=(call, outcome))
        for call, outcome in zip(calls, outcomes, strict=True)
    ]
    with transaction.atomic():
        Enrolment.objects.select_for_update().get(pk=enrolment.pk)
        for thread in threads:
            thread.start()
        barrier.wait(timeout=TIMEOUT_SECONDS)
        time.sleep(HOLD_SECONDS)
    for thread in threads:
        thread.join(timeout=TIMEOUT_SECONDS)
    assert not any(thread.is_alive() for thread in threads)
    assert max(o.started for o in outcomes) < min(o.finished for o in outcomes), (
        "every call started before the first one finished"
    )
    return outcomes


def as_request(user, function, *, lesson, **kwargs):
    """A call that, like a request, loads its own copies of the user and the lesson."""

    def call():
        return function(
            user=get_user_model().objects.get(pk=user.pk),
            lesson=LessonPage.objects.get(pk=lesson.pk),
            **kwargs,
        )

    return call


def quiz_lesson(course, module=1):
    return next(lesson for lesson in lessons_of(course) if f"m{module}" in lesson.quiz_ids)


@pytest.fixture
def enrolment(course, learner):
    return services.enrol(user=learner, course=course)


def test_threads_and_the_test_share_one_database(shared_database, course, learner, enrolment):
    if shared_database is not None:
        assert connection.settings_dict["NAME"] == str(shared_database)
    seen = []

    def request():
        try:
            seen.append(Enrolment.objects.filter(pk=enrolment.pk).exists())
            services.complete_lesson(user=learner, lesson=lessons_of(course)[0])
            seen.append("completed")
        finally:
            connection.close()

    thread = threading.Thread(target=request)
    thread.start()
    thread.join(timeout=TIMEOUT_SECONDS)

    assert seen == [True, "completed"], "the thread saw the enrolment the test made"
    assert LessonProgress.objects.filter(enrolment=enrolment).count() == 1


# Through the services ---------------------------------------------------------------------------


def test_two_simultaneous_completions_of_a_lesson_leave_one_record(course, learner, enrolment):
    lesson = lessons_of(course)[0]

    outcomes = race(
        enrolment,
        as_request(learner, services.complete_lesson, lesson=lesson),
        as_request(learner, services.complete_lesson, lesson=lesson),
    )

    assert [o.error for o in outcomes] == [None, None]
    stored = LessonProgress.objects.get(enrolment=enrolment, lesson=lesson)
    assert [o.value.pk for o in outcomes] == [stored.pk, stored.pk]
    assert LessonProgress.objects.count() == 1


def test_two_simultaneous_submissions_of_an_attempt_grade_only_one(course, learner, enrolment):
    lesson = quiz_lesson(course)

    outcomes = race(
        enrolment,
        as_request(
            learner,
            services.submit_quiz,
            lesson=lesson,
            quiz_id="m1",
            answers=right_answers("m1"),
            attempt_number=1,
        ),
        as_request(
            learner,
            services.submit_quiz,
            lesson=lesson,
            quiz_id="m1",
            answers=wrong_answers("m1"),
            attempt_number=1,
        ),
    )

    winners = [o.value for o in outcomes if o.error is None]
    losers = [o.error for o in outcomes if o.error is not None]
    assert len(winners) == 1
    assert len(losers) == 1
    assert isinstance(losers[0], LearningError)
    assert losers[0].code == "attempt_already_submitted"
    stored = QuizAttempt.objects.get(enrolment=enrolment, lesson=lesson, quiz_id="m1", number=1)
    assert stored.pk == winners[0].pk
    assert (stored.answers, stored.score) == (winners[0].answers, winners[0].score)
    assert QuizAttempt.objects.count() == 1


def test_the_last_two_steps_done_at_once_complete_the_course_exactly_once(
    course, learner, enrolment
):
    """Marking the last lesson and passing the last quiz at the same moment: whichever commits
    second sees both done, and the course is completed, announced and certified once."""
    last_lesson = quiz_lesson(course, 2)
    for lesson in lessons_of(course):
        if lesson.pk != last_lesson.pk:
            services.complete_lesson(user=learner, lesson=lesson)
    services.submit_quiz(
        user=learner,
        lesson=quiz_lesson(course, 1),
        quiz_id="m1",
        answers=right_answers("m1"),
        attempt_number=1,
    )
    assert Enrolment.objects.get(pk=enrolment.pk).completed_at is None
    announced = []

    def receiver(sender, enrolment, **kwargs):
        announced.append(enrolment.pk)

    course_completed.connect(receiver, weak=False, dispatch_uid="concurrency-test")
    try:
        outcomes = race(
            enrolment,
            as_request(learner, services.complete_lesson, lesson=last_lesson),
            as_request(
                learner,
                services.submit_quiz,
                lesson=last_lesson,
                quiz_id="m2",
                answers=right_answers("m2"),
                attempt_number=1,
            ),
        )
    finally:
        course_completed.disconnect(dispatch_uid="concurrency-test")

    assert [o.error for o in outcomes] == [None, None]
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None
    assert announced == [enrolment.pk]
    certificate = Certificate.objects.get()
    assert (certificate.user, certificate.course, certificate.status) == (learner, course, "valid")


# Over HTTP --------------------------------------------------------------------------------------


def test_the_same_quiz_form_sent_from_two_tabs_is_graded_once(course, learner, enrolment):
    lesson = quiz_lesson(course)
    url = f"/learning/lessons/{lesson.pk}/quizzes/m1/"
    tabs = [Client(), Client()]
    for tab in tabs:
        tab.force_login(learner)
    forms = [
        {"attempt": "1", "q-m1-q1": "m1-right", "q-m1-q2": "true"},
        {"attempt": "1", "q-m1-q1": "m1-wrong", "q-m1-q2": "true"},
    ]

    outcomes = race(
        enrolment,
        *(
            lambda tab=tab, data=data: tab.post(url, data)
            for tab, data in zip(tabs, forms, strict=True)
        ),
    )

    assert [o.error for o in outcomes] == [None, None]
    responses = sorted((o.value for o in outcomes), key=lambda r: r.status_code)
    assert [r.status_code for r in responses] == [302, 409]
    assert str(MESSAGES["attempt_already_submitted"]) in responses[1].content.decode()
    assert QuizAttempt.objects.filter(enrolment=enrolment, number=1).count() == 1


# The database's own guard -------------------------------------------------------------------------


def progress_row(enrolment, lesson):
    return lambda: LessonProgress.objects.create(enrolment=enrolment, lesson=lesson)


def attempt_row(enrolment, lesson, number=1):
    return lambda: QuizAttempt.objects.create(
        enrolment=enrolment,
        lesson=lesson,
        quiz_id="m1",
        number=number,
        answers={},
        correct_count=0,
        question_count=2,
        score=0,
        pass_mark=70,
        passed=False,
    )


def test_the_database_refuses_a_second_completion_record(course, enrolment):
    lesson = lessons_of(course)[0]
    create = progress_row(enrolment, lesson)
    create()

    with pytest.raises(IntegrityError), transaction.atomic():
        create()

    assert LessonProgress.objects.count() == 1


def test_the_database_refuses_a_second_attempt_with_the_same_number(course, enrolment):
    lesson = quiz_lesson(course)
    attempt_row(enrolment, lesson, 1)()

    with pytest.raises(IntegrityError), transaction.atomic():
        attempt_row(enrolment, lesson, 1)()
    attempt_row(enrolment, lesson, 2)()

    assert list(QuizAttempt.objects.values_list("number", flat=True)) == [1, 2]


def test_the_database_refuses_a_second_enrolment(course, learner, enrolment):
    with pytest.raises(IntegrityError), transaction.atomic():
        Enrolment.objects.create(user=learner, course=course)

    assert Enrolment.objects.count() == 1


@pytest.mark.parametrize("record", ["lesson progress", "quiz attempt"])
def test_two_simultaneous_duplicate_inserts_leave_one_row(course, enrolment, record):
    if record == "lesson progress":
        create, model = progress_row(enrolment, lessons_of(course)[0]), LessonProgress
    else:
        create, model = attempt_row(enrolment, quiz_lesson(course)), QuizAttempt

    outcomes = race(enrolment, create, create)

    errors = [o.error for o in outcomes if o.error is not None]
    assert len(errors) == 1
    assert isinstance(errors[0], IntegrityError)
    assert model.objects.count() == 1
