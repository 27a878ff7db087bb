"""Demo courses and demo learners for ``seed_demo``, built idempotently.

Course texts live in ``data_*.py`` as plain data (see ``data_nbs.py`` for the format). Every
block, question and answer gets an id derived from the course, lesson and position, and a
translation reuses the ids of its source, so a re-run changes nothing and a learner's answers
keep pointing at the same questions in every language.

Demo learners have no usable password: they exist to fill the dashboard and the programme
reports with believable numbers. Their progress is made through the same services a browser
uses, then dated back over the past weeks.
"""

import uuid
from dataclasses import dataclass
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from allauth.account.models import EmailAddress

from academy.demo.build import (
    BLOCK_ID_NAMESPACE,
    CREATED,
    SKIPPED,
    UNCHANGED,
    DemoContext,
    Tally,
    translate_page,
    upsert_child,
)
from academy.models import CityPage, LearnerProfile
from casestudies.models import CaseStudyPage
from courses import services
from courses.models import CourseIndexPage, CoursePage, Enrolment, LessonPage, ModulePage
from courses.selectors import course_outline, quizzes_of

from . import data_circular, data_finance, data_nbs

COURSES = [data_nbs.COURSE, data_circular.COURSE, data_finance.COURSE]

CATALOGUE = {
    "en": {
        "title": "Courses",
        "search_description": "Short courses for city staff in the Academy's peer programmes.",
        "intro": (
            "<p>Short, practical courses for the staff of the Academy's cities: study at your "
            "own pace, on a phone or a desktop, pass the quizzes and earn a certificate.</p>"
        ),
    },
    "es": {
        "title": "Cursos",
        "search_description": "Cursos breves para el personal de las ciudades de la Academia.",
        "intro": (
            "<p>Cursos breves y prácticos para el personal de las ciudades de la Academia: "
            "estudie a su ritmo, en el teléfono o en la computadora, apruebe los cuestionarios "
            "y obtenga un certificado.</p>"
        ),
    },
}


def _id(scope: str) -> str:
    return str(uuid.uuid5(BLOCK_ID_NAMESPACE, scope))


def _items(values, scope: str) -> list[dict]:
    return [
        {"type": "item", "id": _id(f"{scope}:{index}"), "value": value}
        for index, value in enumerate(values)
    ]


def _question(kind: str, value: dict, scope: str) -> dict:
    value = dict(value)
    if kind in ("single_choice", "multiple_choice"):
        value["choices"] = _items(
            [
                {
                    "text": choice["text"],
                    "correct": bool(choice["correct"]),
                    "feedback": choice.get("feedback", ""),
                }
                for choice in value["choices"]
            ],
            f"{scope}:choices",
        )
    return {"type": kind, "id": _id(scope), "value": value}


def _case_study_card(value: dict, block_id: str, language: str) -> dict | None:
    """A case study card block; ``value["case_study"]`` is the slug of a demo case study.

    The card shows the case study in the lesson's language where a live translation exists,
    the English page otherwise, and is left out (None) if the library has no such page.
    """
    pks = dict(
        CaseStudyPage.objects.live()
        .filter(slug=value["case_study"], locale__language_code__in={language, "en"})
        .values_list("locale__language_code", "pk")
    )
    pk = pks.get(language) or pks.get("en")
    if pk is None:
        return None
    return {
        "type": "case_study",
        "id": block_id,
        "value": {"case_study": pk, "note": value.get("note", "")},
    }


def lesson_body(blocks: list, scope: str, language: str = "en") -> list[dict]:
    """StreamField data for a lesson body from ``(type, value)`` pairs, with stable ids.

    Case study cards are numbered apart from the other blocks, so adding one to a lesson
    keeps the ids of the blocks after it, and with them the quiz ids learners' answers use.
    """
    stream = []
    index = 0
    cards = 0
    for kind, value in blocks:
        if kind == "case_study":
            card = _case_study_card(value, _id(f"{scope}:case_study:{cards}"), language)
            cards += 1
            if card is not None:
                stream.append(card)
            continue
        block_scope = f"{scope}:{index}"
        index += 1
        if kind == "quiz":
            value = {
                **value,
                "questions": [
                    _question(q_kind, q_value, f"{block_scope}:q{q_index}")
                    for q_index, (q_kind, q_value) in enumerate(value["questions"])
                ],
            }
        elif kind == "key_takeaways":
            value = {**value, "items": _items(value["items"], f"{block_scope}:items")}
        stream.append({"type": kind, "id": _id(block_scope), "value": value})
    return stream


def _outcomes(outcomes: list[str], scope: str) -> list[dict]:
    return [
        {"type": "outcome", "id": _id(f"{scope}:outcome:{index}"), "value": text}
        for index, text in enumerate(outcomes)
    ]


def _course_fields(seed: dict, text: dict, ctx: DemoContext) -> dict:
    return {
        "title": text["title"],
        "summary": text["summary"],
        "search_description": text["summary"][:255],
        "description": text["description"],
        "level": seed["level"],
        "estimated_hours": seed["estimated_hours"],
        "pass_mark": seed["pass_mark"],
        "programme": ctx.programmes.get(seed["programme"]),
        "learning_outcomes": _outcomes(text["outcomes"], f"course:{seed['slug']}"),
    }


def _lesson_fields(seed: dict, lesson: dict, text: dict, language: str = "en") -> dict:
    return {
        "title": text["title"],
        "summary": text["summary"],
        "estimated_minutes": lesson["minutes"],
        "body": lesson_body(
            text["body"], f"course:{seed['slug']}:lesson:{lesson['slug']}", language
        ),
    }


def catalogue(ctx: DemoContext) -> CourseIndexPage | None:
    found = CourseIndexPage.objects.child_of(ctx.home).first()
    return found


def seed_courses(ctx: DemoContext) -> Tally:
    """The catalogue, three courses with modules, lessons and quizzes, and one translation."""
    tally = Tally()
    text = CATALOGUE["en"]
    index, status = upsert_child(
        ctx.home,
        CourseIndexPage,
        "courses",
        {
            "title": text["title"],
            "search_description": text["search_description"],
            "intro": text["intro"],
            "show_in_menus": True,
        },
    )
    tally.add(status)
    pages: dict[str, CoursePage] = {}
    for seed in COURSES:
        course, status = upsert_child(
            index,
            CoursePage,
            seed["slug"],
            _course_fields(seed, seed, ctx),
            {"clusters": [ctx.clusters[slug] for slug in seed["clusters"]]},
        )
        tally.add(status)
        pages[seed["slug"]] = course
        for module_seed in seed["modules"]:
            module, status = upsert_child(
                course,
                ModulePage,
                module_seed["slug"],
                {"title": module_seed["title"], "summary": module_seed["summary"]},
            )
            tally.add(status)
            for lesson_seed in module_seed["lessons"]:
                _lesson, status = upsert_child(
                    module,
                    LessonPage,
                    lesson_seed["slug"],
                    _lesson_fields(seed, lesson_seed, lesson_seed),
                )
                tally.add(status)
    # Prerequisites once every course exists.
    for seed in COURSES:
        course = CoursePage.objects.get(pk=pages[seed["slug"]].pk)
        wanted = {pages[slug].pk for slug in seed["prerequisites"]}
        if set(course.prerequisites.values_list("pk", flat=True)) != wanted:
            course.prerequisites.set([pages[slug] for slug in seed["prerequisites"]])
            course.save_revision().publish()
            tally.add("updated")
    for seed in COURSES:
        for language, translation in seed.get("translations", {}).items():
            _translate_course(ctx, index, pages[seed["slug"]], seed, language, translation, tally)
    return tally


def _translate_course(ctx, index, course, seed, language, text, tally) -> None:
    locale = ctx.locales[language]
    catalogue_text = CATALOGUE[language]
    _index, status = translate_page(
        index,
        locale,
        {
            "title": catalogue_text["title"],
            "slug": "cursos" if language == "es" else "courses",
            "search_description": catalogue_text["search_description"],
            "intro": catalogue_text["intro"],
            "show_in_menus": True,
        },
    )
    tally.add(status)
    fields = _course_fields(seed, text, ctx)
    _page, status = translate_page(
        CoursePage.objects.get(pk=course.pk),
        locale,
        fields,
        {"clusters": [ctx.clusters[slug] for slug in seed["clusters"]]},
    )
    tally.add(status)
    for module_seed in seed["modules"]:
        module = ModulePage.objects.child_of(course).get(slug=module_seed["slug"])
        module_text = text["modules"][module_seed["slug"]]
        _page, status = translate_page(
            module, locale, {"title": module_text["title"], "summary": module_text["summary"]}
        )
        tally.add(status)
        for lesson_seed in module_seed["lessons"]:
            lesson = LessonPage.objects.child_of(module).get(slug=lesson_seed["slug"])
            lesson_text = module_text["lessons"][lesson_seed["slug"]]
            _page, status = translate_page(
                lesson, locale, _lesson_fields(seed, lesson_seed, lesson_text, language)
            )
            tally.add(status)


# Demo learners ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class LearnerSeed:
    email: str
    name: str
    city: str  # an English city page slug
    organisation: str
    role: str
    language: str
    course: str  # a course slug
    progress: str  # "enrolled", "half", "complete"
    days_ago: int
    course_language: str = "en"
    consent: bool = True
    also: tuple[tuple[str, str], ...] = ()  # more (course slug, progress)


DEMO_LEARNERS = [
    LearnerSeed(
        "maria.gonzalez@example.org",
        "María José González",
        "rosario",
        "Municipalidad de Rosario",
        "Urban planner",
        "es",
        "nature-based-solutions-heat-flooding",
        "complete",
        60,
        course_language="es",
        also=(("financing-resilience-projects", "half"),),
    ),
    LearnerSeed(
        "james.carter@example.org",
        "James Carter",
        "chattanooga",
        "City of Chattanooga",
        "Sustainability officer",
        "en",
        "nature-based-solutions-heat-flooding",
        "half",
        35,
    ),
    LearnerSeed(
        "lucia.fernandez@example.org",
        "Lucía Fernández",
        "renca",
        "Municipalidad de Renca",
        "Environmental engineer",
        "es",
        "nature-based-solutions-heat-flooding",
        "half",
        20,
        course_language="es",
    ),
    LearnerSeed(
        "aisha.johnson@example.org",
        "Aisha Johnson",
        "hoboken",
        "City of Hoboken",
        "Resilience planner",
        "en",
        "nature-based-solutions-heat-flooding",
        "complete",
        75,
        also=(("circular-economy-city-operations", "enrolled"),),
    ),
    LearnerSeed(
        "joao.silva@example.org",
        "João Pedro Silva",
        "fortaleza",
        "Prefeitura de Fortaleza",
        "Engineer",
        "pt",
        "nature-based-solutions-heat-flooding",
        "enrolled",
        7,
        consent=False,
    ),
    LearnerSeed(
        "elena.rossi@example.org",
        "Elena Rossi",
        "turin",
        "Città di Torino",
        "Circular economy officer",
        "en",
        "circular-economy-city-operations",
        "complete",
        50,
    ),
    LearnerSeed(
        "camila.reyes@example.org",
        "Camila Reyes",
        "cali",
        "Alcaldía de Santiago de Cali",
        "Project manager",
        "es",
        "circular-economy-city-operations",
        "half",
        14,
    ),
]


def _city(slug: str) -> CityPage | None:
    return CityPage.objects.filter(slug=slug, locale__language_code="en").first()


def _course_in(slug: str, language: str) -> CoursePage | None:
    course = CoursePage.objects.filter(slug=slug, locale__language_code="en").first()
    if course is None or language == "en":
        return course
    translated = course.get_translation_or_none(
        course.locale.__class__.objects.get(language_code=language)
    )
    return translated.specific if translated is not None and translated.live else course


def _right_answers(quiz) -> dict[str, list[str]]:
    return {question.id: sorted(question.correct_ids) for question in quiz.questions}


def _wrong_answers(quiz) -> dict[str, list[str]]:
    answers = {}
    for question in quiz.questions:
        wrong = [choice.id for choice in question.choices if not choice.correct]
        answers[question.id] = wrong[:1]
    return answers


def _study(user, course: CoursePage, progress: str) -> None:
    """Make ``user`` reach ``progress`` in ``course`` through the services."""
    enrolment = services.enrol(user=user, course=course)
    if progress == "enrolled":
        return
    entries = course_outline(course, enrolment).lessons
    if progress == "half":
        entries = entries[: max(len(entries) // 2, 1)]
    for entry in entries:
        lesson = LessonPage.objects.get(pk=entry.page.pk)
        services.complete_lesson(user=user, lesson=lesson)
        for number, (quiz_id, quiz) in enumerate(quizzes_of(lesson, course=course).items()):
            attempt = 1
            if number == 0 and progress == "complete":
                # A realistic record: the first try at the first quiz fell short.
                services.submit_quiz(
                    user=user,
                    lesson=lesson,
                    quiz_id=quiz_id,
                    answers=_wrong_answers(quiz),
                    attempt_number=attempt,
                )
                attempt += 1
            services.submit_quiz(
                user=user,
                lesson=lesson,
                quiz_id=quiz_id,
                answers=_right_answers(quiz),
                attempt_number=attempt,
            )


def _backdate(user, main_course: CoursePage, days_ago: int) -> None:
    """Spread the learner's records over the past weeks, keeping their order: the main course
    started ``days_ago`` days ago, the others later (after the main one was completed)."""
    for enrolment in Enrolment.objects.filter(user=user):
        shift = days_ago if enrolment.course_id == main_course.pk else max(days_ago // 4, 1)
        enrolment.enrolled_at -= timedelta(days=shift)
        if enrolment.completed_at:
            # Courses took a few weeks, not a few seconds.
            enrolment.completed_at = enrolment.enrolled_at + timedelta(days=max(shift // 2, 1))
        if enrolment.last_activity_at:
            enrolment.last_activity_at = enrolment.completed_at or (
                enrolment.enrolled_at + timedelta(days=max(shift // 3, 1))
            )
        enrolment.save(update_fields=["enrolled_at", "completed_at", "last_activity_at"])
        enrolment.lesson_progress.update(completed_at=enrolment.last_activity_at)
        enrolment.quiz_attempts.update(submitted_at=enrolment.last_activity_at)


def seed_learners(ctx: DemoContext) -> Tally:
    """A few learners from different cities at different stages (only ever created once)."""
    tally = Tally()
    User = get_user_model()
    for seed in DEMO_LEARNERS:
        if User.objects.filter(email__iexact=seed.email).exists():
            tally.add(UNCHANGED)
            continue
        course = _course_in(seed.course, seed.course_language)
        city = _city(seed.city)
        if course is None:
            tally.add(SKIPPED)
            tally.warnings.append(f"course {seed.course} missing; learner {seed.email} skipped")
            continue
        with transaction.atomic():
            user = User.objects.create_user(
                username=seed.email.split("@")[0].replace(".", "_"),
                email=seed.email,
                first_name=seed.name[:150],
            )
            user.set_unusable_password()
            user.date_joined = timezone.now() - timedelta(days=seed.days_ago + 1)
            user.save()
            EmailAddress.objects.create(user=user, email=seed.email, verified=True, primary=True)
            LearnerProfile.objects.create(
                user=user,
                display_name=seed.name,
                city=city,
                other_city="" if city else seed.city.replace("-", " ").title(),
                organisation=seed.organisation,
                role=seed.role,
                preferred_language=seed.language,
                public_consent=seed.consent,
            )
            _study(user, course, seed.progress)
            for slug, progress in seed.also:
                other = _course_in(slug, "en")
                if other is not None:
                    _study(user, other, progress)
            _backdate(user, course, seed.days_ago)
        tally.add(CREATED)
    return tally
