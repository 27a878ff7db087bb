"""HTTP for the learning side: the dashboard and the three POST actions.

Views only translate between HTTP and ``courses.services``: they look pages up, parse the
form, call the service, and answer with a redirect (so a refresh never re-submits) or, when
the service refuses, a page that says why with a 4xx status.
"""

import re
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from courses import services
from courses.models import CoursePage, LessonPage
from courses.selectors import course_of, course_outline, learner_dashboard, quizzes_of
from courses.services import LearningError

STATUS = {
    "course_unavailable": 404,
    "lesson_unavailable": 404,
    "unknown_quiz": 404,
    "not_enrolled": 403,
    "prerequisites_not_met": 403,
    "attempts_exhausted": 403,
    "attempt_already_submitted": 409,
    "invalid_attempt": 409,
}
# A form answer is at most this many characters (question ids and choice ids are UUIDs).
MAX_ID_LENGTH = 64


def _refusal(request, error: LearningError, *, back_url: str | None = None):
    return render(
        request,
        "courses/learning_error.html",
        {"message": error.message, "code": error.code, "back_url": back_url, "error": error},
        status=STATUS.get(error.code, 400),
    )


def _login_first(request, page):
    """Anonymous POSTs go to the log-in page, then back to the page they came from."""
    url = page.get_url(request) if page.live else "/"
    return redirect(f"{reverse('account_login')}?{urlencode({'next': url})}")


def _live_page(model, pk):
    page = get_object_or_404(model, pk=pk)
    if not page.live:
        raise Http404
    return page


@require_GET
@login_required
def dashboard(request):
    return render(request, "courses/dashboard.html", learner_dashboard(request.user))


@require_POST
def enrol(request, course_id: int):
    course = _live_page(CoursePage, course_id)
    if not request.user.is_authenticated:
        return _login_first(request, course)
    try:
        enrolment = services.enrol(user=request.user, course=course)
    except LearningError as error:
        return _refusal(request, error, back_url=course.get_url(request))
    outline = course_outline(course, enrolment)
    messages.success(request, _("You are enrolled. Welcome to the course!"))
    target = outline.next_lesson or outline.first_lesson
    return redirect(target.page.get_url(request) if target else course.get_url(request))


@require_POST
def complete_lesson(request, lesson_id: int):
    lesson = _live_page(LessonPage, lesson_id)
    if not request.user.is_authenticated:
        return _login_first(request, lesson)
    try:
        progress = services.complete_lesson(user=request.user, lesson=lesson)
    except LearningError as error:
        return _refusal(request, error, back_url=lesson.get_url(request))
    outline = course_outline(course_of(lesson), progress.enrolment)
    if outline.complete:
        messages.success(request, _("You have completed the course. Congratulations!"))
        return redirect(outline.course.get_url(request))
    messages.success(request, _("Lesson marked as complete."))
    entry = outline.entry_for(lesson)
    if entry is not None and not entry.complete:
        # The lesson still has a quiz to pass: stay on it.
        return redirect(lesson.get_url(request) + "#lesson-quizzes")
    _previous, following = outline.neighbours(lesson)
    return redirect((following.page if following else outline.course).get_url(request))


def _parse_quiz_post(post, quiz) -> tuple[int, dict[str, list[str]]]:
    answers: dict[str, list[str]] = {}
    attempt = None
    for key in post:
        if key == "csrfmiddlewaretoken":
            continue
        if key == "attempt":
            raw = post.get("attempt", "")
            if not re.fullmatch(r"[0-9]{1,6}", raw):
                raise LearningError("invalid_attempt")
            attempt = int(raw)
            continue
        if key.startswith("q-") and len(key) <= MAX_ID_LENGTH + 2:
            values = post.getlist(key)
            if len(values) > quiz.choice_count:
                raise LearningError("too_many_answers")
            if any(len(value) > MAX_ID_LENGTH for value in values):
                raise LearningError("unknown_choice")
            answers[key[2:]] = values
            continue
        raise LearningError("unexpected_field")
    if attempt is None:
        raise LearningError("invalid_attempt")
    return attempt, answers


@require_POST
def submit_quiz(request, lesson_id: int, quiz_id: str):
    lesson = _live_page(LessonPage, lesson_id)
    if not request.user.is_authenticated:
        return _login_first(request, lesson)
    back_url = lesson.get_url(request)
    quiz = quizzes_of(lesson).get(quiz_id)
    try:
        if quiz is None:
            raise LearningError("unknown_quiz")
        attempt_number, answers = _parse_quiz_post(request.POST, quiz)
        attempt = services.submit_quiz(
            user=request.user,
            lesson=lesson,
            quiz_id=quiz_id,
            answers=answers,
            attempt_number=attempt_number,
        )
    except LearningError as error:
        return _refusal(request, error, back_url=back_url)
    if attempt.passed:
        messages.success(
            request,
            _("You scored %(score)s%%: quiz passed.") % {"score": attempt.score},
        )
    else:
        messages.warning(
            request,
            _("You scored %(score)s%%. You need %(pass_mark)s%% to pass.")
            % {"score": attempt.score, "pass_mark": attempt.pass_mark},
        )
    return redirect(f"{back_url}#quiz-{quiz_id}")
