"""Writes of the learning side: enrol, complete a lesson, submit a quiz.

Every function is keyword-only, runs in one transaction, and is idempotent where a repeat is
harmless (enrolling twice, completing a lesson twice). It refuses with a
:class:`LearningError` whose ``code`` is stable; views turn codes into messages and statuses.
Unique constraints in the database are the last line of defence against double submissions.
"""

from collections.abc import Iterable, Mapping

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.models import CoursePage, Enrolment, LessonPage, LessonProgress, QuizAttempt
from courses.quizzes import grade
from courses.signals import course_completed

MESSAGES = {
    "course_unavailable": _("This course is not open for enrolment."),
    "prerequisites_not_met": _("Complete the prerequisite courses before enrolling in this one."),
    "not_enrolled": _("Enrol in the course first."),
    "lesson_unavailable": _("This lesson is not available."),
    "unknown_quiz": _("This quiz does not exist in the lesson."),
    "unknown_question": _("The answers refer to a question that is not in this quiz."),
    "unknown_choice": _("The answers refer to a choice that is not in this quiz."),
    "too_many_answers": _("Too many answers were sent for this quiz."),
    "invalid_attempt": _("This quiz form is out of date. Reload the lesson and try again."),
    "attempt_already_submitted": _(
        "This attempt was already submitted. Your first submission was kept."
    ),
    "attempts_exhausted": _("You have used every attempt this quiz allows."),
    "unexpected_field": _("The quiz form was changed before it was sent."),
}


class LearningError(Exception):
    """A refused write; ``code`` is one of :data:`MESSAGES`."""

    def __init__(self, code: str, **params):
        self.code = code
        self.params = params
        super().__init__(code)

    @property
    def message(self) -> str:
        return str(MESSAGES[self.code])


def _locked_enrolment(*, user, course: CoursePage) -> Enrolment:
    try:
        return Enrolment.objects.select_for_update().get(user=user, course=course)
    except Enrolment.DoesNotExist:
        raise LearningError("not_enrolled") from None


def _available_course_of(lesson: LessonPage) -> CoursePage:
    from courses.selectors import course_of, lesson_is_available

    if not lesson_is_available(lesson):
        raise LearningError("lesson_unavailable")
    return course_of(lesson)


def enrol(*, user, course: CoursePage) -> Enrolment:
    """Enrol ``user`` in ``course``; enrolling again returns the same enrolment."""
    from courses.selectors import course_is_available, missing_prerequisites

    if not course_is_available(course):
        raise LearningError("course_unavailable")
    existing = Enrolment.objects.filter(user=user, course=course).first()
    if existing is not None:
        return existing
    missing = missing_prerequisites(user=user, course=course)
    if missing:
        raise LearningError("prerequisites_not_met", courses=missing)
    with transaction.atomic():
        enrolment, _created = Enrolment.objects.get_or_create(
            user=user, course=course, defaults={"last_activity_at": timezone.now()}
        )
    return enrolment


def complete_lesson(*, user, lesson: LessonPage) -> LessonProgress:
    """Mark ``lesson`` complete; completing it again changes nothing."""
    course = _available_course_of(lesson)
    with transaction.atomic():
        enrolment = _locked_enrolment(user=user, course=course)
        progress, created = LessonProgress.objects.get_or_create(enrolment=enrolment, lesson=lesson)
        if created:
            _touch(enrolment)
        # Checked on every call: the course may have become complete since this lesson was
        # first marked (another lesson unpublished, say), and this is how the learner says so.
        _record_completion_if_due(enrolment)
    return progress


def _validated_answers(quiz, answers: Mapping[str, Iterable[str]]) -> dict[str, list[str]]:
    total_values = 0
    clean: dict[str, list[str]] = {}
    for question_id, values in answers.items():
        values = list(values)
        total_values += len(values)
        if total_values > quiz.choice_count:
            raise LearningError("too_many_answers")
        question = quiz.question(question_id)
        if question is None:
            raise LearningError("unknown_question")
        unique = list(dict.fromkeys(values))
        if len(unique) != len(values) or (len(unique) > 1 and not question.multiple):
            raise LearningError("too_many_answers")
        if any(question.choice(value) is None for value in unique):
            raise LearningError("unknown_choice")
        clean[question_id] = unique
    return clean


def submit_quiz(
    *,
    user,
    lesson: LessonPage,
    quiz_id: str,
    answers: Mapping[str, Iterable[str]],
    attempt_number: int,
) -> QuizAttempt:
    """Grade and store one attempt at a quiz.

    ``attempt_number`` is the number the learner's form was issued for: a replayed post, or a
    second tab submitting the same attempt, finds that number taken and is refused, so each
    attempt is graded exactly once. Unanswered questions count as wrong.
    """
    from courses.selectors import quizzes_of

    course = _available_course_of(lesson)
    quiz = quizzes_of(lesson, course=course).get(quiz_id)
    if quiz is None:
        raise LearningError("unknown_quiz")
    with transaction.atomic():
        enrolment = _locked_enrolment(user=user, course=course)
        clean = _validated_answers(quiz, answers)
        taken = QuizAttempt.objects.filter(enrolment=enrolment, lesson=lesson, quiz_id=quiz_id)
        count = taken.count()
        if 1 <= attempt_number <= count:
            raise LearningError("attempt_already_submitted")
        if attempt_number != count + 1:
            raise LearningError("invalid_attempt")
        if quiz.max_attempts is not None and count >= quiz.max_attempts:
            raise LearningError("attempts_exhausted")
        result = grade(quiz, clean)
        try:
            with transaction.atomic():
                attempt = QuizAttempt.objects.create(
                    enrolment=enrolment,
                    lesson=lesson,
                    quiz_id=quiz_id,
                    number=attempt_number,
                    answers=clean,
                    correct_count=result.correct_count,
                    question_count=result.question_count,
                    score=result.score,
                    pass_mark=quiz.pass_mark,
                    passed=result.passed,
                )
        except IntegrityError:
            raise LearningError("attempt_already_submitted") from None
        _touch(enrolment)
        if result.passed:
            _record_completion_if_due(enrolment)
    return attempt


def _touch(enrolment: Enrolment) -> None:
    Enrolment.objects.filter(pk=enrolment.pk).update(last_activity_at=timezone.now())


def _record_completion_if_due(enrolment: Enrolment) -> bool:
    """Record the course as complete, once, when every lesson is done and every quiz passed."""
    from courses.selectors import completion_state

    if enrolment.completed_at is not None:
        return False
    if not completion_state(enrolment).complete:
        return False
    now = timezone.now()
    updated = Enrolment.objects.filter(pk=enrolment.pk, completed_at__isnull=True).update(
        completed_at=now
    )
    if not updated:
        return False
    enrolment.completed_at = now
    enrolment_id = enrolment.pk
    transaction.on_commit(lambda: _announce_completion(enrolment_id))
    return True


def _announce_completion(enrolment_id: int) -> None:
    enrolment = Enrolment.objects.select_related("course", "user").get(pk=enrolment_id)
    course_completed.send(sender=Enrolment, enrolment=enrolment)
