"""Fixture chain for the learning side: home -> course_index -> make_course -> learners.

``make_course`` builds a published course with modules and lessons; the last lesson of each
module carries a quiz whose question and answer ids are predictable (see ``quiz_value``), so a
test can post answers the way a browser would.
"""

import json

from django.utils.text import slugify

import pytest
from allauth.account.models import EmailAddress

from academy.models import LearnerProfile
from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage

PASSWORD = "learner-pass-1234"


def quiz_value(prefix: str, *, pass_mark=None, max_attempts=None) -> dict:
    """A two-question quiz: ``{prefix}-q1`` single choice (``{prefix}-right`` is correct,
    ``{prefix}-wrong`` is not) and ``{prefix}-q2`` true/false whose answer is true."""
    return {
        "title": f"Quiz {prefix}",
        "intro": "",
        "pass_mark": pass_mark,
        "max_attempts": max_attempts,
        "questions": [
            {
                "type": "single_choice",
                "id": f"{prefix}-q1",
                "value": {
                    "prompt": "Which one cools a street best?",
                    "explanation": "Shade and evapotranspiration both cool.",
                    "choices": [
                        {
                            "type": "item",
                            "id": f"{prefix}-right",
                            "value": {"text": "Street trees", "correct": True, "feedback": "Yes."},
                        },
                        {
                            "type": "item",
                            "id": f"{prefix}-wrong",
                            "value": {"text": "Black asphalt", "correct": False, "feedback": "No."},
                        },
                    ],
                },
            },
            {
                "type": "true_false",
                "id": f"{prefix}-q2",
                "value": {
                    "prompt": "Green roofs hold rainwater.",
                    "answer": True,
                    "explanation": "",
                },
            },
        ],
    }


def right_answers(prefix: str) -> dict[str, list[str]]:
    return {f"{prefix}-q1": [f"{prefix}-right"], f"{prefix}-q2": ["true"]}


def wrong_answers(prefix: str) -> dict[str, list[str]]:
    return {f"{prefix}-q1": [f"{prefix}-wrong"], f"{prefix}-q2": ["false"]}


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def course_index(home):
    index = CourseIndexPage(title="Courses", slug="courses")
    home.add_child(instance=index)
    return publish(index)


@pytest.fixture
def make_course(course_index):
    """``make_course("Heat", modules=2, lessons=3, quizzes=True, **fields)``: a live course.

    Quiz prefixes are ``m1``, ``m2``...: the last lesson of module *n* has quiz ``m<n>``.
    """

    def make(title="Cooling streets", *, modules=2, lessons=2, quizzes=True, parent=None, **fields):
        course = CoursePage(
            title=title,
            slug=fields.pop("slug", slugify(title)),
            summary=fields.pop("summary", f"{title}: a course for city staff."),
            estimated_hours=fields.pop("estimated_hours", 3),
            **fields,
        )
        (parent or course_index).add_child(instance=course)
        publish(course)
        for m in range(1, modules + 1):
            module = ModulePage(title=f"Module {m}", slug=f"module-{m}", summary=f"Part {m}")
            course.add_child(instance=module)
            publish(module)
            for n in range(1, lessons + 1):
                body = [
                    {
                        "type": "paragraph",
                        "id": f"m{m}-l{n}-text",
                        "value": f"<p>Lesson {m}.{n} text.</p>",
                    }
                ]
                if quizzes and n == lessons:
                    body.append({"type": "quiz", "id": f"m{m}", "value": quiz_value(f"m{m}")})
                lesson = LessonPage(
                    title=f"Lesson {m}.{n}",
                    slug=f"lesson-{m}-{n}",
                    summary=f"Lesson {m}.{n}",
                    body=json.dumps(body),
                )
                module.add_child(instance=lesson)
                publish(lesson)
        return CoursePage.objects.get(pk=course.pk)

    return make


@pytest.fixture
def course(make_course):
    return make_course()


def lessons_of(course) -> list[LessonPage]:
    return list(LessonPage.objects.descendant_of(course).order_by("path"))


def modules_of(course) -> list[ModulePage]:
    return list(ModulePage.objects.child_of(course).order_by("path"))


@pytest.fixture
def make_learner(django_user_model):
    """``make_learner("ana@example.org", city=rosario)``: a verified learner with a profile."""

    def make(email="learner@example.org", *, city=None, name=None, **profile):
        user = django_user_model.objects.create_user(
            username=email.split("@")[0], email=email, password=PASSWORD
        )
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        LearnerProfile.objects.create(
            user=user,
            display_name=name or email.split("@")[0].title(),
            city=city,
            other_city="" if city else profile.pop("other_city", "Elsewhere"),
            **profile,
        )
        return user

    return make


@pytest.fixture
def learner(make_learner):
    return make_learner()


@pytest.fixture
def learner_client(client, learner):
    client.force_login(learner)
    return client


__all__ = ["CoursePage", "PASSWORD", "lessons_of", "modules_of", "right_answers", "wrong_answers"]
