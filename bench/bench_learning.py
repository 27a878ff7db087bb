"""The lesson page and the "My learning" dashboard, with many learners and lessons.

Two synthetic courses sit next to the demo ones: 5 lessons, and 50 lessons in 5 modules.
2,000 learners are enrolled in both with partial progress, so the tables are not toy-sized.
The measured learner is half-way through both courses. The floor is the bare view rendering
base.html for the same logged-in client; the target is a lesson page within 3x the floor,
the same with 5 or 50 lessons.
"""

import json
import random

from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client

from academy.models import LearnerProfile
from bench.harness import Row, percentiles, time_calls
from courses import services
from courses.models import (
    CourseIndexPage,
    CoursePage,
    Enrolment,
    LessonPage,
    LessonProgress,
    ModulePage,
)

REPEAT = 200
LEARNERS = 2_000
PARAGRAPH = (
    "<p>Street trees, green roofs and rain gardens cool the air, slow stormwater and give "
    "neighbourhoods shade where people wait for the bus. A pilot on land the city already "
    "owns shows what works before a programme scales it up, and a maintenance budget keeps "
    "it working once the ribbon is cut.</p>"
)


def _quiz(prefix: str) -> dict:
    return {
        "title": "Check your understanding",
        "intro": "",
        "pass_mark": None,
        "max_attempts": None,
        "questions": [
            {
                "type": "single_choice",
                "id": f"{prefix}-q{n}",
                "value": {
                    "prompt": f"Question {n}?",
                    "explanation": "Because.",
                    "choices": [
                        {
                            "type": "item",
                            "id": f"{prefix}-q{n}-c{c}",
                            "value": {"text": f"Answer {c}", "correct": c == 0, "feedback": ""},
                        }
                        for c in range(4)
                    ],
                },
            }
            for n in range(5)
        ],
    }


def _course(index, title: str, modules: int, lessons: int) -> CoursePage:
    course = CoursePage(title=title, slug=title.lower().replace(" ", "-"), summary=title)
    index.add_child(instance=course)
    course.save_revision().publish()
    for m in range(modules):
        module = ModulePage(title=f"Module {m + 1}", slug=f"module-{m + 1}")
        course.add_child(instance=module)
        module.save_revision().publish()
        for n in range(lessons):
            body = [
                {"type": "paragraph", "id": f"{title}-{m}-{n}-{k}", "value": PARAGRAPH}
                for k in range(8)
            ]
            if n == lessons - 1:
                body.append({"type": "quiz", "id": f"{title}-quiz-{m}", "value": _quiz(f"{m}")})
            lesson = LessonPage(
                title=f"Lesson {m + 1}.{n + 1}",
                slug=f"lesson-{m + 1}-{n + 1}",
                body=json.dumps(body),
            )
            module.add_child(instance=lesson)
            lesson.save_revision().publish()
    return CoursePage.objects.get(pk=course.pk)


def _crowd(courses: list[CoursePage]) -> None:
    """Many learners with partial progress, written in bulk."""
    User = get_user_model()
    users = User.objects.bulk_create(
        User(username=f"bench-{n}", email=f"bench-{n}@example.org") for n in range(LEARNERS)
    )
    LearnerProfile.objects.bulk_create(
        LearnerProfile(user=user, display_name=f"Learner {n}", other_city="Bench")
        for n, user in enumerate(users)
    )
    rng = random.Random(7)
    for course in courses:
        enrolments = Enrolment.objects.bulk_create(
            Enrolment(user=user, course=course) for user in users
        )
        lesson_ids = list(
            LessonPage.objects.descendant_of(course).order_by("path").values_list("pk", flat=True)
        )
        LessonProgress.objects.bulk_create(
            LessonProgress(enrolment=enrolment, lesson_id=lesson_id)
            for enrolment in enrolments
            for lesson_id in lesson_ids[: rng.randrange(len(lesson_ids) + 1)]
        )


def count_queries(client, url) -> int:
    queries = []

    def record(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        client.get(url)
    return len(queries)


def run() -> list[Row]:
    index = CourseIndexPage.objects.get(locale__language_code="en")
    small = _course(index, "Bench five", 1, 5)
    large = _course(index, "Bench fifty", 5, 10)
    _crowd([small, large])

    learner = get_user_model().objects.create_user(
        username="bench-learner", email="bench-learner@example.org"
    )
    LearnerProfile.objects.create(user=learner, display_name="Bench Learner", other_city="Bench")
    targets = {}
    for name, course in (("5 lessons", small), ("50 lessons", large)):
        services.enrol(user=learner, course=course)
        lessons = list(LessonPage.objects.descendant_of(course).order_by("path"))
        for lesson in lessons[: len(lessons) // 2]:
            services.complete_lesson(user=learner, lesson=lesson)
        targets[name] = lessons[len(lessons) // 2].url

    client = Client()
    client.force_login(learner)
    floor_p50, floor_p95 = percentiles(
        time_calls(lambda: client.get("/__bench_floor__/"), repeat=REPEAT)
    )
    rows = [
        Row("floor: bare view, base.html (learner)", "p50", floor_p50, "ms"),
        Row("floor: bare view, base.html (learner)", "p95", floor_p95, "ms"),
    ]
    pages = {
        "lesson page, course of 5 lessons": (targets["5 lessons"], "<= 3x floor"),
        "lesson page, course of 50 lessons": (targets["50 lessons"], "<= 3x floor"),
        "course page, 50 lessons": (large.url, ""),
        "My learning dashboard": ("/learning/", ""),
    }
    for name, (url, target) in pages.items():
        response = client.get(url)
        if response.status_code != 200:
            raise SystemExit(f"{url} answered {response.status_code}")
        query_count = count_queries(client, url)
        p50, p95 = percentiles(time_calls(lambda url=url: client.get(url), repeat=REPEAT))
        rows.append(Row(name, "p50", p50, "ms", floor_p50, target))
        rows.append(Row(name, "p95", p95, "ms", floor_p95))
        rows.append(Row(name, "queries", query_count, "", None))
    return rows
