"""Fixture chain for certificates: a course, a learner who completes it, their certificate.

Completion goes through the real learning services, so the certificate is issued the way it
is in production: by the ``course_completed`` signal and the django-tasks task (the
immediate backend runs it at once, after the test's transaction "commits" through
``django_capture_on_commit_callbacks``).
"""

import pytest

from courses import services
from courses.models import Certificate
from tests.courses.conftest import lessons_of, right_answers


def finish_course(user, course):
    """Enrol ``user``, complete every lesson and pass every quiz; the enrolment, completed."""
    enrolment = services.enrol(user=user, course=course)
    for lesson in lessons_of(course):
        services.complete_lesson(user=user, lesson=lesson)
        for quiz_id in lesson.quiz_ids:
            services.submit_quiz(
                user=user,
                lesson=lesson,
                quiz_id=quiz_id,
                answers=right_answers(quiz_id),
                attempt_number=1,
            )
    enrolment.refresh_from_db()
    return enrolment


@pytest.fixture
def complete_course(django_capture_on_commit_callbacks):
    """``complete_course(user, course)``: finish it and run what runs after commit; returns
    the learner's current certificate for the course."""

    def complete(user, course):
        with django_capture_on_commit_callbacks(execute=True):
            finish_course(user, course)
        return (
            Certificate.objects.exclude(status="superseded").filter(user=user, course=course).get()
        )

    return complete


@pytest.fixture
def learner(make_learner, make_city):
    rosario = make_city("Rosario", country="AR")
    return make_learner("zoe@example.org", city=rosario, name="Zoë Ñúñez-Gonçalves")


@pytest.fixture
def certificate(learner, course, complete_course):
    return complete_course(learner, course)
