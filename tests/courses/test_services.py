"""The writes of the learning side, through ``courses.services``: what they record, and every
refusal, by its stable error code.

The course from ``make_course`` has two modules of two lessons; the last lesson of module *n*
carries the two-question quiz ``m<n>`` (see ``tests/courses/conftest.py``).
"""

import json
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from wagtail.models import PageViewRestriction

import pytest

from courses import services
from courses.models import CoursePage, Enrolment, LessonPage, LessonProgress, QuizAttempt
from courses.selectors import completion_state
from courses.services import MESSAGES, LearningError
from courses.signals import course_completed
from tests.courses.conftest import (
    lessons_of,
    modules_of,
    publish,
    quiz_value,
    right_answers,
    wrong_answers,
)

# Helpers --------------------------------------------------------------------------------------


def refused(code):
    """``with refused("not_enrolled"):`` the service raises LearningError with that code."""
    assert code in MESSAGES
    return pytest.raises(LearningError, match=rf"^{code}$")


def records():
    """What the learning side has stored, to show that a refusal wrote nothing."""
    return (
        Enrolment.objects.count(),
        LessonProgress.objects.count(),
        QuizAttempt.objects.count(),
        list(Enrolment.objects.order_by("pk").values_list("completed_at", flat=True)),
    )


def quiz_lesson(course, module=1) -> LessonPage:
    """The lesson holding quiz ``m<module>``."""
    return next(lesson for lesson in lessons_of(course) if f"m{module}" in lesson.quiz_ids)


def edit_quiz(lesson, **options) -> LessonPage:
    """Publish a new revision of ``lesson`` whose quizzes (same ids) take ``options``
    (``pass_mark``, ``max_attempts``), as an editor would in the admin."""
    lesson = LessonPage.objects.get(pk=lesson.pk)
    raw = [dict(block) for block in lesson.body.raw_data]
    for block in raw:
        if block["type"] == "quiz":
            block["value"] = quiz_value(block["id"], **options)
    lesson.body = json.dumps(raw)
    return publish(lesson)


def submit(user, lesson, quiz_id, answers, number):
    return services.submit_quiz(
        user=user, lesson=lesson, quiz_id=quiz_id, answers=answers, attempt_number=number
    )


def finish_course(user, course, *, skip_lessons=(), skip_quizzes=()):
    """Enrol, mark every lesson complete and pass every quiz, except those skipped."""
    enrolment = services.enrol(user=user, course=course)
    for lesson in lessons_of(course):
        if lesson.pk not in {skipped.pk for skipped in skip_lessons}:
            services.complete_lesson(user=user, lesson=lesson)
        for quiz_id in lesson.quiz_ids:
            if quiz_id not in skip_quizzes:
                submit(user, lesson, quiz_id, right_answers(quiz_id), 1)
    enrolment.refresh_from_db()
    return enrolment


def translate_course(translate, course, language_code):
    """A published translation of the whole course: the course, its modules and lessons."""
    translated = translate(course, language_code, title=f"{course.title} ({language_code})")
    for page in [*modules_of(course), *lessons_of(course)]:
        translate(page, language_code)
    return translated


@pytest.fixture
def completions():
    """The enrolments ``course_completed`` was sent for, in order."""
    sent = []

    def receiver(sender, enrolment, **kwargs):
        sent.append(enrolment)

    course_completed.connect(receiver, weak=False, dispatch_uid="test-completions")
    yield sent
    course_completed.disconnect(dispatch_uid="test-completions")


# Enrolling ------------------------------------------------------------------------------------


def test_enrol_creates_one_enrolment(course, learner):
    enrolment = services.enrol(user=learner, course=course)

    assert enrolment.user == learner
    assert enrolment.course == course
    assert enrolment.completed_at is None
    assert Enrolment.objects.filter(user=learner).count() == 1


def test_enrolling_twice_returns_the_same_enrolment(course, learner):
    first = services.enrol(user=learner, course=course)
    second = services.enrol(user=learner, course=course)

    assert second.pk == first.pk
    assert Enrolment.objects.filter(user=learner, course=course).count() == 1


def test_a_draft_course_is_not_open_for_enrolment(course, learner):
    course.unpublish()
    before = records()

    with refused("course_unavailable"):
        services.enrol(user=learner, course=course)

    assert records() == before


def test_a_course_that_was_never_published_is_not_open_for_enrolment(course_index, learner):
    draft = CoursePage(title="Draft course", slug="draft-course", summary="Not yet.", live=False)
    course_index.add_child(instance=draft)

    with refused("course_unavailable"):
        services.enrol(user=learner, course=draft)

    assert not Enrolment.objects.exists()


def test_a_course_under_a_view_restriction_is_not_open_for_enrolment(course, learner):
    PageViewRestriction.objects.create(page=course, restriction_type=PageViewRestriction.LOGIN)

    with refused("course_unavailable"):
        services.enrol(user=learner, course=course)

    assert not Enrolment.objects.exists()


def test_a_course_whose_catalogue_is_restricted_is_not_open_for_enrolment(
    course, course_index, learner
):
    PageViewRestriction.objects.create(
        page=course_index, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )

    with refused("course_unavailable"):
        services.enrol(user=learner, course=course)

    assert not Enrolment.objects.exists()


# Prerequisites ----------------------------------------------------------------------------------


@pytest.fixture
def prerequisite(make_course):
    return make_course("Urban heat basics")


@pytest.fixture
def dependent(make_course, prerequisite):
    course = make_course("Heat action plans")
    course.prerequisites.set([prerequisite])
    return publish(course)


def test_enrolling_without_completing_the_prerequisites_is_refused(
    dependent, prerequisite, learner
):
    with refused("prerequisites_not_met") as refusal:
        services.enrol(user=learner, course=dependent)

    assert refusal.value.params["courses"] == [prerequisite]
    assert not Enrolment.objects.filter(course=dependent).exists()


def test_being_enrolled_in_the_prerequisite_is_not_enough(dependent, prerequisite, learner):
    enrolment = finish_course(learner, prerequisite, skip_quizzes={"m2"})
    assert enrolment.completed_at is None

    with refused("prerequisites_not_met"):
        services.enrol(user=learner, course=dependent)

    assert not Enrolment.objects.filter(course=dependent).exists()


def test_a_completed_prerequisite_opens_enrolment(dependent, prerequisite, learner):
    assert finish_course(learner, prerequisite).completed_at is not None

    enrolment = services.enrol(user=learner, course=dependent)

    assert enrolment.course == dependent


def test_a_prerequisite_completed_by_another_learner_does_not_count(
    dependent, prerequisite, learner, make_learner
):
    finish_course(make_learner("other@example.org"), prerequisite)

    with refused("prerequisites_not_met"):
        services.enrol(user=learner, course=dependent)


def test_a_prerequisite_completed_in_another_language_counts(
    dependent, prerequisite, learner, translate
):
    spanish = translate_course(translate, prerequisite, "es")
    assert spanish.pk != prerequisite.pk
    assert spanish.translation_key == prerequisite.translation_key
    assert len(lessons_of(spanish)) == len(lessons_of(prerequisite))

    assert finish_course(learner, spanish).completed_at is not None
    assert not Enrolment.objects.filter(course=prerequisite).exists()

    enrolment = services.enrol(user=learner, course=dependent)

    assert enrolment.course == dependent


# Lessons --------------------------------------------------------------------------------------


def test_completing_a_lesson_records_its_progress(course, learner):
    enrolment = services.enrol(user=learner, course=course)
    lesson = lessons_of(course)[0]

    progress = services.complete_lesson(user=learner, lesson=lesson)

    assert (progress.enrolment, progress.lesson) == (enrolment, lesson)
    enrolment.refresh_from_db()
    assert enrolment.last_activity_at is not None


def test_completing_a_lesson_twice_keeps_one_record(course, learner):
    services.enrol(user=learner, course=course)
    lesson = lessons_of(course)[0]

    first = services.complete_lesson(user=learner, lesson=lesson)
    second = services.complete_lesson(user=learner, lesson=lesson)

    assert second.pk == first.pk
    assert second.completed_at == first.completed_at
    assert LessonProgress.objects.filter(lesson=lesson).count() == 1


def test_completing_a_lesson_without_enrolling_is_refused(course, learner):
    before = records()

    with refused("not_enrolled"):
        services.complete_lesson(user=learner, lesson=lessons_of(course)[0])

    assert records() == before


def test_an_enrolment_in_another_course_does_not_count(make_course, learner):
    enrolled = make_course("Urban heat basics")
    other = make_course("Green roofs")
    services.enrol(user=learner, course=enrolled)

    with refused("not_enrolled"):
        services.complete_lesson(user=learner, lesson=lessons_of(other)[0])
    with refused("not_enrolled"):
        submit(learner, quiz_lesson(other), "m1", right_answers("m1"), 1)

    assert not LessonProgress.objects.exists()
    assert not QuizAttempt.objects.exists()


def test_a_draft_lesson_is_unavailable(course, learner):
    services.enrol(user=learner, course=course)
    lesson = quiz_lesson(course)
    lesson.unpublish()
    before = records()

    with refused("lesson_unavailable"):
        services.complete_lesson(user=learner, lesson=lesson)
    with refused("lesson_unavailable"):
        submit(learner, lesson, "m1", right_answers("m1"), 1)

    assert records() == before


def test_a_live_lesson_under_an_unpublished_module_is_unavailable(course, learner):
    services.enrol(user=learner, course=course)
    modules_of(course)[0].unpublish()
    lesson = LessonPage.objects.get(pk=quiz_lesson(course).pk)
    assert lesson.live, "Wagtail leaves the lesson itself live"
    before = records()

    with refused("lesson_unavailable"):
        services.complete_lesson(user=learner, lesson=lesson)
    with refused("lesson_unavailable"):
        submit(learner, lesson, "m1", right_answers("m1"), 1)

    assert records() == before


def test_a_live_lesson_of_an_unpublished_course_is_unavailable(course, learner):
    services.enrol(user=learner, course=course)
    course.unpublish()
    lesson = LessonPage.objects.get(pk=quiz_lesson(course).pk)
    assert lesson.live

    with refused("lesson_unavailable"):
        services.complete_lesson(user=learner, lesson=lesson)

    assert not LessonProgress.objects.exists()


@pytest.mark.parametrize("restricted", ["lesson", "module", "course"])
def test_a_private_lesson_is_unavailable_even_to_an_enrolled_learner(course, learner, restricted):
    services.enrol(user=learner, course=course)
    lesson = quiz_lesson(course)
    page = {"lesson": lesson, "module": modules_of(course)[0], "course": course}[restricted]
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    before = records()

    with refused("lesson_unavailable"):
        services.complete_lesson(user=learner, lesson=lesson)
    with refused("lesson_unavailable"):
        submit(learner, lesson, "m1", right_answers("m1"), 1)

    assert records() == before


# Quizzes: what is refused -----------------------------------------------------------------------


@pytest.fixture
def enrolled(course, learner):
    """``learner`` enrolled in ``course``."""
    return services.enrol(user=learner, course=course)


@pytest.mark.parametrize(
    "quiz_id",
    [
        pytest.param("m2", id="quiz-of-another-lesson"),
        pytest.param("nope", id="no-such-quiz"),
        pytest.param("m1-q1", id="a-question-id"),
        pytest.param("", id="empty"),
    ],
)
def test_a_quiz_that_is_not_in_the_lesson_is_unknown(course, learner, enrolled, quiz_id):
    before = records()

    with refused("unknown_quiz"):
        submit(learner, quiz_lesson(course, 1), quiz_id, {}, 1)

    assert records() == before


def test_a_lesson_without_a_quiz_has_no_quiz_to_submit(course, learner, enrolled):
    lesson = lessons_of(course)[0]
    assert lesson.quiz_ids == []

    with refused("unknown_quiz"):
        submit(learner, lesson, "m1", right_answers("m1"), 1)


def test_submitting_a_quiz_without_enrolling_is_refused(course, learner):
    before = records()

    with refused("not_enrolled"):
        submit(learner, quiz_lesson(course), "m1", right_answers("m1"), 1)

    assert records() == before


@pytest.mark.parametrize(
    "answers",
    [
        pytest.param({"m1-q9": ["m1-right"]}, id="no-such-question"),
        pytest.param({"m2-q1": ["m2-right"]}, id="question-of-another-quiz"),
        pytest.param({**right_answers("m1"), "m1-q3": ["true"]}, id="extra-question"),
        pytest.param({"m1-right": ["m1-right"]}, id="a-choice-id-as-question"),
    ],
)
def test_answers_to_a_question_not_in_the_quiz_are_refused(course, learner, enrolled, answers):
    before = records()

    with refused("unknown_question"):
        submit(learner, quiz_lesson(course), "m1", answers, 1)

    assert records() == before


@pytest.mark.parametrize(
    "answers",
    [
        pytest.param({"m1-q1": ["m1-nope"]}, id="no-such-choice"),
        pytest.param({"m1-q1": ["m2-right"]}, id="choice-of-another-quiz"),
        pytest.param({"m1-q1": ["true"]}, id="true-for-a-choice-question"),
        pytest.param({"m1-q2": ["yes"]}, id="yes-for-true-false"),
        pytest.param({"m1-q2": ["m1-right"]}, id="choice-of-another-question"),
        pytest.param({"m1-q2": [""]}, id="empty-value"),
    ],
)
def test_a_choice_not_offered_by_the_question_is_refused(course, learner, enrolled, answers):
    before = records()

    with refused("unknown_choice"):
        submit(learner, quiz_lesson(course), "m1", answers, 1)

    assert records() == before


@pytest.mark.parametrize(
    "answers",
    [
        pytest.param({"m1-q1": ["m1-right", "m1-wrong"]}, id="two-radios-for-single-choice"),
        pytest.param({"m1-q2": ["true", "false"]}, id="both-true-and-false"),
        pytest.param({"m1-q1": ["m1-right"] * 1000}, id="a-thousand-answers"),
        pytest.param({"m1-q1": ["m1-right", "m1-right"]}, id="duplicated-value"),
        pytest.param({"m1-q2": ["true", "true"], "m1-q1": ["m1-right"]}, id="duplicated-tf"),
    ],
)
def test_more_answers_than_a_question_takes_are_refused(course, learner, enrolled, answers):
    before = records()

    with refused("too_many_answers"):
        submit(learner, quiz_lesson(course), "m1", answers, 1)

    assert records() == before


def test_a_thousand_distinct_answers_are_refused_before_being_looked_at(course, learner, enrolled):
    answers = {"m1-q1": [f"made-up-{n}" for n in range(1000)]}

    with refused("too_many_answers"):
        submit(learner, quiz_lesson(course), "m1", answers, 1)

    assert not QuizAttempt.objects.exists()


@pytest.mark.parametrize("number", [0, -1, 2, 3, 1_000_000])
def test_the_first_attempt_must_be_number_one(course, learner, enrolled, number):
    before = records()

    with refused("invalid_attempt"):
        submit(learner, quiz_lesson(course), "m1", right_answers("m1"), number)

    assert records() == before


def test_an_attempt_number_cannot_skip_ahead(course, learner, enrolled):
    lesson = quiz_lesson(course)
    submit(learner, lesson, "m1", wrong_answers("m1"), 1)

    with refused("invalid_attempt"):
        submit(learner, lesson, "m1", right_answers("m1"), 3)

    assert list(QuizAttempt.objects.values_list("number", flat=True)) == [1]


def test_a_replayed_attempt_is_refused_and_the_first_grade_is_kept(course, learner, enrolled):
    lesson = quiz_lesson(course)
    first = submit(learner, lesson, "m1", wrong_answers("m1"), 1)
    before = records()

    with refused("attempt_already_submitted"):
        submit(learner, lesson, "m1", right_answers("m1"), 1)

    assert records() == before
    kept = QuizAttempt.objects.get()
    assert kept.pk == first.pk
    assert (kept.score, kept.passed, kept.answers) == (0, False, wrong_answers("m1"))


def test_attempt_numbers_are_counted_per_quiz(course, learner, enrolled):
    submit(learner, quiz_lesson(course, 1), "m1", wrong_answers("m1"), 1)

    attempt = submit(learner, quiz_lesson(course, 2), "m2", right_answers("m2"), 1)

    assert attempt.number == 1


def test_a_quiz_allowing_two_attempts_refuses_a_third(course, learner, enrolled):
    lesson = edit_quiz(quiz_lesson(course), max_attempts=2)
    submit(learner, lesson, "m1", wrong_answers("m1"), 1)
    submit(learner, lesson, "m1", wrong_answers("m1"), 2)
    before = records()

    with refused("attempts_exhausted"):
        submit(learner, lesson, "m1", right_answers("m1"), 3)

    assert records() == before
    assert not QuizAttempt.objects.filter(passed=True).exists()


def test_a_replay_of_the_last_allowed_attempt_is_a_replay_not_an_extra_attempt(
    course, learner, enrolled
):
    lesson = edit_quiz(quiz_lesson(course), max_attempts=2)
    submit(learner, lesson, "m1", wrong_answers("m1"), 1)
    submit(learner, lesson, "m1", wrong_answers("m1"), 2)

    with refused("attempt_already_submitted"):
        submit(learner, lesson, "m1", right_answers("m1"), 2)


def test_each_learner_has_their_own_attempts(course, learner, enrolled, make_learner):
    lesson = edit_quiz(quiz_lesson(course), max_attempts=1)
    other = make_learner("other@example.org")
    services.enrol(user=other, course=course)
    submit(learner, lesson, "m1", wrong_answers("m1"), 1)

    with refused("invalid_attempt"):
        submit(other, lesson, "m1", right_answers("m1"), 2)
    theirs = submit(other, lesson, "m1", right_answers("m1"), 1)

    assert (theirs.number, theirs.passed) == (1, True)
    mine = QuizAttempt.objects.get(enrolment=enrolled)
    assert (mine.number, mine.passed) == (1, False)


# Quizzes: what is recorded ----------------------------------------------------------------------


def test_an_attempt_records_its_grade_and_answers(course, learner, enrolled):
    attempt = submit(learner, quiz_lesson(course), "m1", right_answers("m1"), 1)

    attempt.refresh_from_db()
    assert attempt.enrolment == enrolled
    assert (attempt.quiz_id, attempt.number) == ("m1", 1)
    assert (attempt.correct_count, attempt.question_count, attempt.score) == (2, 2, 100)
    assert (attempt.pass_mark, attempt.passed) == (70, True)
    assert attempt.answers == right_answers("m1")


def test_unanswered_questions_count_as_wrong(course, learner, enrolled):
    lesson = quiz_lesson(course)

    nothing = submit(learner, lesson, "m1", {}, 1)
    half = submit(learner, lesson, "m1", {"m1-q1": ["m1-right"]}, 2)

    assert (nothing.correct_count, nothing.question_count, nothing.score) == (0, 2, 0)
    assert (half.correct_count, half.question_count, half.score) == (1, 2, 50)
    assert not nothing.passed
    assert not half.passed


def test_the_course_pass_mark_applies_to_a_quiz_without_its_own(make_course, learner):
    course = make_course("Lenient course", pass_mark=50)
    services.enrol(user=learner, course=course)

    attempt = submit(learner, quiz_lesson(course), "m1", {"m1-q1": ["m1-right"]}, 1)

    assert (attempt.score, attempt.pass_mark, attempt.passed) == (50, 50, True)


def test_the_quiz_pass_mark_wins_over_the_course_pass_mark(make_course, learner):
    course = make_course("Lenient course", pass_mark=50)
    lesson = edit_quiz(quiz_lesson(course), pass_mark=100)
    services.enrol(user=learner, course=course)

    attempt = submit(learner, lesson, "m1", {"m1-q1": ["m1-right"]}, 1)

    assert (attempt.score, attempt.pass_mark, attempt.passed) == (50, 100, False)


def test_passing_after_failing_keeps_both_attempts_with_their_scores(course, learner, enrolled):
    lesson = quiz_lesson(course)

    submit(learner, lesson, "m1", wrong_answers("m1"), 1)
    submit(learner, lesson, "m1", right_answers("m1"), 2)

    assert list(
        QuizAttempt.objects.filter(enrolment=enrolled, quiz_id="m1")
        .order_by("number")
        .values_list("number", "score", "passed")
    ) == [(1, 0, False), (2, 100, True)]


# Completing a course ----------------------------------------------------------------------------


def test_every_lesson_done_but_a_quiz_not_passed_does_not_complete_the_course(course, learner):
    enrolment = finish_course(learner, course, skip_quizzes={"m2"})
    submit(learner, quiz_lesson(course, 2), "m2", wrong_answers("m2"), 1)

    enrolment.refresh_from_db()
    assert LessonProgress.objects.filter(enrolment=enrolment).count() == 4
    assert enrolment.completed_at is None
    assert not completion_state(enrolment).complete


def test_every_quiz_passed_but_a_lesson_not_marked_does_not_complete_the_course(course, learner):
    unmarked = lessons_of(course)[2]
    assert unmarked.quiz_ids == []

    enrolment = finish_course(learner, course, skip_lessons=[unmarked])

    assert QuizAttempt.objects.filter(enrolment=enrolment, passed=True).count() == 2
    assert enrolment.completed_at is None


def test_a_passed_quiz_does_not_mark_its_lesson_complete(course, learner):
    enrolment = finish_course(learner, course, skip_lessons=[quiz_lesson(course, 2)])

    assert enrolment.completed_at is None


def test_every_lesson_done_and_every_quiz_passed_completes_the_course(course, learner):
    enrolment = finish_course(learner, course)

    assert enrolment.completed_at is not None
    assert enrolment.completed_at >= enrolment.enrolled_at
    assert completion_state(enrolment).complete


@pytest.mark.parametrize("last_step", ["lesson", "quiz"])
def test_the_course_completes_on_whichever_step_comes_last(course, learner, last_step):
    lesson = quiz_lesson(course, 2)
    if last_step == "lesson":
        enrolment = finish_course(learner, course, skip_lessons=[lesson])
        assert enrolment.completed_at is None
        services.complete_lesson(user=learner, lesson=lesson)
    else:
        enrolment = finish_course(learner, course, skip_quizzes={"m2"})
        assert enrolment.completed_at is None
        submit(learner, lesson, "m2", right_answers("m2"), 1)

    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None


def test_completion_is_recorded_once(course, learner, time_machine):
    time_machine.move_to(timezone.now(), tick=False)
    enrolment = finish_course(learner, course)
    completed_at = enrolment.completed_at
    assert completed_at is not None

    time_machine.shift(timedelta(days=3))
    for lesson in lessons_of(course):
        services.complete_lesson(user=learner, lesson=lesson)
    submit(learner, quiz_lesson(course, 1), "m1", right_answers("m1"), 2)
    services.enrol(user=learner, course=course)

    enrolment.refresh_from_db()
    assert enrolment.completed_at == completed_at


def test_course_completed_is_sent_once_and_only_after_commit(
    course, learner, completions, django_capture_on_commit_callbacks
):
    last = quiz_lesson(course, 2)
    with django_capture_on_commit_callbacks(execute=True):
        enrolment = finish_course(learner, course, skip_lessons=[last])
    assert completions == []

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        services.complete_lesson(user=learner, lesson=last)
        assert completions == [], "not sent before the transaction commits"
        assert Enrolment.objects.get(pk=enrolment.pk).completed_at is not None
    assert len(callbacks) == 1

    assert [sent.pk for sent in completions] == [enrolment.pk]
    assert completions[0].completed_at is not None
    assert completions[0].course == course
    assert completions[0].user == learner

    with django_capture_on_commit_callbacks(execute=True):
        services.complete_lesson(user=learner, lesson=last)
        submit(learner, last, "m2", right_answers("m2"), 2)
        services.enrol(user=learner, course=course)
    assert len(completions) == 1


def test_course_completed_is_not_sent_when_the_transaction_rolls_back(
    course, learner, completions, django_capture_on_commit_callbacks
):
    last = quiz_lesson(course, 2)
    with django_capture_on_commit_callbacks(execute=True):
        enrolment = finish_course(learner, course, skip_lessons=[last])

    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        services.complete_lesson(user=learner, lesson=last)
        raise RuntimeError("the request failed after the service returned")

    assert callbacks == []
    assert completions == []
    enrolment.refresh_from_db()
    assert enrolment.completed_at is None
    assert not LessonProgress.objects.filter(lesson=last).exists()


def test_a_lesson_unpublished_later_no_longer_counts_toward_completion(course, learner):
    first, _quiz_1, third, _quiz_2 = lessons_of(course)
    enrolment = finish_course(learner, course, skip_lessons=[first, third])
    assert enrolment.completed_at is None

    first.unpublish()
    services.complete_lesson(user=learner, lesson=third)

    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None
    assert completion_state(enrolment).lesson_count == 3


def test_completing_a_lesson_again_records_a_completion_that_has_become_due(
    make_course, learner, completions, django_capture_on_commit_callbacks
):
    """The only step left was a lesson that has since been unpublished: the learner's next
    step, even one already done, records the completion (the course page already says 100%)."""
    course = make_course("Short course", modules=1, lessons=2, quizzes=False)
    first, second = lessons_of(course)
    enrolment = services.enrol(user=learner, course=course)
    services.complete_lesson(user=learner, lesson=first)
    second.unpublish()
    assert completion_state(enrolment).complete

    with django_capture_on_commit_callbacks(execute=True):
        services.complete_lesson(user=learner, lesson=first)

    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None
    assert [sent.pk for sent in completions] == [enrolment.pk]
    assert LessonProgress.objects.filter(enrolment=enrolment).count() == 1


def test_a_quiz_in_an_unpublished_lesson_no_longer_counts_toward_completion(course, learner):
    enrolment = finish_course(learner, course, skip_quizzes={"m2"})
    assert enrolment.completed_at is None

    quiz_lesson(course, 2).unpublish()
    submit(learner, quiz_lesson(course, 1), "m1", right_answers("m1"), 2)

    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None


def test_a_course_without_lessons_is_never_complete(make_course, learner):
    course = make_course("Empty course", modules=1, lessons=0)
    enrolment = services.enrol(user=learner, course=course)

    assert not completion_state(enrolment).complete
    enrolment.refresh_from_db()
    assert enrolment.completed_at is None
