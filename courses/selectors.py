"""Reads of the learning side: catalogue, outlines with progress, lesson and dashboard data.

Outlines are built from a fixed number of queries whatever the number of lessons: the lessons
of a course are read in one query (without their bodies; each lesson keeps its quiz ids), and
a learner's completed lessons and passed quizzes in one query each.
"""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, Q, QuerySet
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page, PageViewRestriction

from academy.filters import FacetSpec, filter_listing, querystring
from academy.selectors import cluster_facet, programme_facet
from courses.certificates.selectors import course_certificate
from courses.models import (
    CourseLevel,
    CoursePage,
    Enrolment,
    LessonPage,
    LessonProgress,
    ModulePage,
    QuizAttempt,
)
from courses.quizzes import Grade, Quiz, grade, quizzes_in

COURSES_PER_PAGE = 12
STEPLEN = Page.steplen


# Availability -------------------------------------------------------------------------------


def _ancestor_paths(page: Page) -> list[str]:
    return [page.path[: STEPLEN * depth] for depth in range(1, page.depth + 1)]


def page_chain_is_live(page: Page) -> bool:
    """The page is live, so are its ancestors, and none of them has a view restriction.

    Wagtail serves a live page under an unpublished parent, and lets private pages through to
    those who pass the restriction; learning happens only on pages that are public end to end.
    """
    cached = getattr(page, "_academy_chain_live", None)
    if cached is not None:
        return cached
    blocked = (
        Page.objects.filter(path__in=_ancestor_paths(page), depth__gt=1)
        .filter(Q(live=False) | Q(view_restrictions__isnull=False))
        .exists()
    )
    result = bool(page.live) and not blocked
    page._academy_chain_live = result
    return result


def lesson_is_available(lesson: Page) -> bool:
    return isinstance(lesson, LessonPage) and page_chain_is_live(lesson)


def course_is_available(course: Page) -> bool:
    return isinstance(course, CoursePage) and page_chain_is_live(course)


def course_of(page: Page) -> CoursePage | None:
    """The course a module or lesson belongs to (one query, remembered on the page)."""
    if isinstance(page, CoursePage):
        return page
    cached = getattr(page, "_academy_course", None)
    if cached is None:
        cached = CoursePage.objects.ancestor_of(page).select_related("locale").first()
        page._academy_course = cached
    return cached


def quizzes_of(lesson: LessonPage, *, course: CoursePage | None = None) -> dict[str, Quiz]:
    course = course or course_of(lesson)
    return quizzes_in(lesson.body, default_pass_mark=course.pass_mark if course else 70)


# Outlines -----------------------------------------------------------------------------------


@dataclass
class LessonEntry:
    page: LessonPage
    done: bool = False
    quiz_count: int = 0
    quizzes_passed: int = 0

    @property
    def complete(self) -> bool:
        return self.done and self.quizzes_passed >= self.quiz_count

    @property
    def units(self) -> int:
        return 1 + self.quiz_count

    @property
    def units_done(self) -> int:
        return int(self.done) + self.quizzes_passed


def _percent(done: int, total: int) -> int:
    return (done * 100) // total if total else 0


@dataclass
class ModuleEntry:
    page: ModulePage
    lessons: list[LessonEntry] = field(default_factory=list)

    @property
    def percent(self) -> int:
        return _percent(sum(e.units_done for e in self.lessons), sum(e.units for e in self.lessons))

    @property
    def complete(self) -> bool:
        return bool(self.lessons) and all(entry.complete for entry in self.lessons)

    @property
    def minutes(self) -> int:
        return sum(entry.page.estimated_minutes for entry in self.lessons)


@dataclass
class Outline:
    """A course's live, public modules and lessons in order, with one learner's progress."""

    course: CoursePage
    modules: list[ModuleEntry]
    enrolment: Enrolment | None = None

    @property
    def lessons(self) -> list[LessonEntry]:
        return [entry for module in self.modules for entry in module.lessons]

    @property
    def lesson_count(self) -> int:
        return len(self.lessons)

    @property
    def quiz_count(self) -> int:
        return sum(entry.quiz_count for entry in self.lessons)

    @property
    def lessons_done(self) -> int:
        return sum(1 for entry in self.lessons if entry.done)

    @property
    def quizzes_passed(self) -> int:
        return sum(entry.quizzes_passed for entry in self.lessons)

    @property
    def percent(self) -> int:
        lessons = self.lessons
        return _percent(sum(e.units_done for e in lessons), sum(e.units for e in lessons))

    @property
    def complete(self) -> bool:
        lessons = self.lessons
        return bool(lessons) and all(entry.complete for entry in lessons)

    @property
    def minutes(self) -> int:
        return sum(module.minutes for module in self.modules)

    @property
    def next_lesson(self) -> LessonEntry | None:
        """Where the learner left off: the first lesson not yet complete."""
        return next((entry for entry in self.lessons if not entry.complete), None)

    @property
    def first_lesson(self) -> LessonEntry | None:
        lessons = self.lessons
        return lessons[0] if lessons else None

    def entry_for(self, lesson: Page) -> LessonEntry | None:
        return next((entry for entry in self.lessons if entry.page.pk == lesson.pk), None)

    def module_for(self, page: Page) -> ModuleEntry | None:
        return next((module for module in self.modules if module.page.pk == page.pk), None)

    def neighbours(self, lesson: Page) -> tuple[LessonEntry | None, LessonEntry | None]:
        lessons = self.lessons
        for index, entry in enumerate(lessons):
            if entry.page.pk == lesson.pk:
                previous = lessons[index - 1] if index > 0 else None
                following = lessons[index + 1] if index + 1 < len(lessons) else None
                return previous, following
        return None, None


# What an outline shows and links of each module and lesson; the rest (bodies, revisions,
# SEO fields) is not loaded.
OUTLINE_FIELDS = (
    "id",
    "path",
    "depth",
    "title",
    "slug",
    "url_path",
    "live",
    "locale_id",
    "content_type_id",
    "translation_key",
)


def _restricted_paths() -> list[str]:
    return list(PageViewRestriction.objects.values_list("page__path", flat=True))


def _is_restricted(path: str, restricted: list[str]) -> bool:
    return any(path.startswith(prefix) for prefix in restricted)


def build_outlines(
    courses: Iterable[CoursePage], enrolments: dict[int, Enrolment] | None = None
) -> dict[int, Outline]:
    """Outlines of several courses, keyed by course id, from five queries in all."""
    courses = list(courses)
    enrolments = enrolments or {}
    if not courses:
        return {}
    restricted = _restricted_paths()
    under_courses = reduce(or_, (Q(path__startswith=course.path) for course in courses))
    modules = list(
        ModulePage.objects.live()
        .filter(under_courses, depth__in={course.depth + 1 for course in courses})
        .only(*OUTLINE_FIELDS, "summary")
        .order_by("path")
    )
    lessons = list(
        LessonPage.objects.live()
        .filter(under_courses, depth__in={course.depth + 2 for course in courses})
        .only(*OUTLINE_FIELDS, "estimated_minutes", "quiz_ids")
        .order_by("path")
    )
    done: set[tuple[int, int]] = set()
    passed: dict[tuple[int, int], set[str]] = defaultdict(set)
    enrolment_ids = [enrolment.pk for enrolment in enrolments.values()]
    if enrolment_ids:
        done = set(
            LessonProgress.objects.filter(enrolment_id__in=enrolment_ids).values_list(
                "enrolment_id", "lesson_id"
            )
        )
        for enrolment_id, lesson_id, quiz_id in (
            QuizAttempt.objects.filter(enrolment_id__in=enrolment_ids, passed=True)
            .values_list("enrolment_id", "lesson_id", "quiz_id")
            .distinct()
        ):
            passed[(enrolment_id, lesson_id)].add(quiz_id)

    module_entries: dict[str, ModuleEntry] = {}
    outlines: dict[int, Outline] = {}
    course_by_path = {course.path: course for course in courses}
    for course in courses:
        outlines[course.pk] = Outline(
            course=course, modules=[], enrolment=enrolments.get(course.pk)
        )
    for module in modules:
        course = course_by_path.get(module.path[:-STEPLEN])
        if course is None or _is_restricted(module.path, restricted):
            continue
        entry = ModuleEntry(page=module)
        module_entries[module.path] = entry
        outlines[course.pk].modules.append(entry)
    for lesson in lessons:
        module_entry = module_entries.get(lesson.path[:-STEPLEN])
        if module_entry is None or _is_restricted(lesson.path, restricted):
            continue
        course = course_by_path[lesson.path[: -2 * STEPLEN]]
        enrolment = enrolments.get(course.pk)
        quiz_ids = set(lesson.quiz_ids or ())
        entry = LessonEntry(page=lesson, quiz_count=len(quiz_ids))
        if enrolment is not None:
            entry.done = (enrolment.pk, lesson.pk) in done
            entry.quizzes_passed = len(quiz_ids & passed.get((enrolment.pk, lesson.pk), set()))
        module_entry.lessons.append(entry)
    return outlines


def enrolment_for(user, course: CoursePage) -> Enrolment | None:
    if not getattr(user, "is_authenticated", False):
        return None
    return Enrolment.objects.filter(user=user, course=course).first()


def course_outline(course: CoursePage, enrolment: Enrolment | None = None) -> Outline:
    enrolments = {course.pk: enrolment} if enrolment is not None else {}
    return build_outlines([course], enrolments)[course.pk]


def completion_state(enrolment: Enrolment) -> Outline:
    return course_outline(enrolment.course, enrolment)


# Prerequisites ------------------------------------------------------------------------------


def completed_course_keys(user, keys: Iterable) -> set:
    """Translation keys, among ``keys``, of courses the user completed in any language."""
    if not getattr(user, "is_authenticated", False):
        return set()
    return set(
        Enrolment.objects.filter(
            user=user, completed_at__isnull=False, course__translation_key__in=list(keys)
        ).values_list("course__translation_key", flat=True)
    )


def missing_prerequisites(*, user, course: CoursePage) -> list[CoursePage]:
    prerequisites = list(course.prerequisites.all())
    if not prerequisites:
        return []
    done = completed_course_keys(user, [p.translation_key for p in prerequisites])
    return [p for p in prerequisites if p.translation_key not in done]


def localized(pages: Iterable[Page], model=CoursePage) -> list[Page]:
    """Each page in the active language where a live translation exists."""
    pages = list(pages)
    if not pages:
        return pages
    language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    translations = {
        page.translation_key: page
        for page in model.objects.live().filter(
            translation_key__in=[p.translation_key for p in pages],
            locale__language_code=language,
        )
    }
    return [translations.get(page.translation_key, page) for page in pages]


# Catalogue ----------------------------------------------------------------------------------


def _count_courses_by(field_name: str):
    def count(queryset: QuerySet) -> dict[str, int]:
        rows = (
            queryset.order_by()
            .values(field_name)
            .annotate(n=Count("translation_key", distinct=True))
            .values_list(field_name, "n")
        )
        return {str(value): n for value, n in rows if value}

    return count


def course_facet_specs() -> list[FacetSpec]:
    labels = settings.LANGUAGE_LABELS
    return [
        cluster_facet(count=_count_courses_by("clusters__slug")),
        programme_facet(count=_count_courses_by("programme__slug")),
        FacetSpec(
            "level",
            _("Level"),
            dict(CourseLevel.choices),
            lambda v: Q(level=v),
            _count_courses_by("level"),
        ),
        FacetSpec(
            "language",
            _("Language"),
            {code: labels.get(code, name) for code, name in settings.LANGUAGES},
            lambda v: Q(locale__language_code=v),
            _count_courses_by("locale__language_code"),
        ),
    ]


SORTS = {
    "title": _("Title"),
    "newest": _("Newest"),
    "shortest": _("Shortest first"),
}


@dataclass
class CourseCard:
    course: CoursePage
    languages: list[str]
    enrolment: Enrolment | None = None


def course_catalogue(*, index_page, params, user) -> dict:
    """Every live, public course, one card per course in the visitor's language where it
    exists, filtered, counted and paginated."""
    base = CoursePage.objects.live().public()
    listing = filter_listing(base, params, course_facet_specs())
    sort = params.get("sort") if params.get("sort") in SORTS else "title"
    ordering = {
        "title": ["title"],
        "newest": ["-first_published_at", "title"],
        "shortest": ["estimated_hours", "title"],
    }[sort]
    rows = list(
        listing.queryset.select_related("locale", "programme", "cover_image")
        .prefetch_related("clusters")
        .order_by(*ordering)
    )
    language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    wanted = listing.selection.get("language") or []
    groups: dict = {}
    for course in rows:
        current = groups.get(course.translation_key)
        if current is None:
            groups[course.translation_key] = course
            continue
        preferred = wanted or [language, settings.LANGUAGE_CODE]
        rank = {code: position for position, code in enumerate(preferred)}
        if rank.get(course.locale.language_code, 99) < rank.get(current.locale.language_code, 99):
            groups[course.translation_key] = course
    # Keep the sort order of the first version met in each group.
    order = list(dict.fromkeys(course.translation_key for course in rows))
    chosen = [groups[key] for key in order]

    languages: dict = defaultdict(list)
    for key, code in (
        base.filter(translation_key__in=order)
        .order_by("locale__language_code")
        .values_list("translation_key", "locale__language_code")
    ):
        languages[key].append(code)
    enrolments = {}
    if getattr(user, "is_authenticated", False):
        enrolments = {
            e.course.translation_key: e
            for e in Enrolment.objects.filter(
                user=user, course__translation_key__in=order
            ).select_related("course")
        }
    cards = [
        CourseCard(
            course=course,
            languages=languages.get(course.translation_key, []),
            enrolment=enrolments.get(course.translation_key),
        )
        for course in chosen
    ]
    paginator = Paginator(cards, COURSES_PER_PAGE)
    page = paginator.get_page(params.get("page"))
    return {
        "listing": listing,
        "cards": page,
        "paginator": paginator,
        "filter_query": querystring(listing.selection, sort=sort if sort != "title" else None),
        "total_count": paginator.count,
        "sort": sort,
        "sorts": SORTS,
        "selection_query": querystring(listing.selection),
    }


# Course, module and lesson pages -----------------------------------------------------------


def course_detail(*, course: CoursePage, user) -> dict:
    enrolment = enrolment_for(user, course)
    outline = course_outline(course, enrolment)
    prerequisites = list(course.prerequisites.all())
    done_keys = completed_course_keys(user, [p.translation_key for p in prerequisites])
    return {
        "enrolment": enrolment,
        "certificate": course_certificate(user=user, course=course)
        if enrolment is not None and enrolment.completed_at is not None
        else None,
        "outline": outline,
        "prerequisites": [
            {"course": page, "done": page.translation_key in done_keys}
            for page in localized(prerequisites)
        ],
        "prerequisites_met": all(p.translation_key in done_keys for p in prerequisites),
        "course_clusters": list(course.clusters.all()),
        "translations": list(
            CoursePage.objects.live()
            .public()
            .filter(translation_key=course.translation_key)
            .exclude(pk=course.pk)
            .select_related("locale")
        ),
    }


def module_detail(*, module: ModulePage, user) -> dict:
    course = course_of(module)
    enrolment = enrolment_for(user, course)
    outline = course_outline(course, enrolment)
    return {
        "course": course,
        "enrolment": enrolment,
        "outline": outline,
        "module_entry": outline.module_for(module),
    }


@dataclass
class QuizState:
    """What a learner sees of one quiz: never its answers, only their own attempts' feedback."""

    quiz: Quiz
    attempts: list[QuizAttempt]
    last_grade: Grade | None = None

    @property
    def attempts_used(self) -> int:
        return len(self.attempts)

    @property
    def last_attempt(self) -> QuizAttempt | None:
        return self.attempts[-1] if self.attempts else None

    @property
    def passed(self) -> bool:
        return any(attempt.passed for attempt in self.attempts)

    @property
    def best_score(self) -> int | None:
        return max((attempt.score for attempt in self.attempts), default=None)

    @property
    def attempts_left(self) -> int | None:
        if self.quiz.max_attempts is None:
            return None
        return max(self.quiz.max_attempts - self.attempts_used, 0)

    @property
    def can_attempt(self) -> bool:
        return self.attempts_left is None or self.attempts_left > 0

    @property
    def next_number(self) -> int:
        return self.attempts_used + 1

    @property
    def reveal_answers(self) -> bool:
        """Correct answers are shown once the quiz is passed or no attempt is left."""
        return self.passed or not self.can_attempt


def quiz_states(*, lesson: LessonPage, course: CoursePage, enrolment) -> dict[str, QuizState]:
    quizzes = quizzes_of(lesson, course=course)
    attempts: dict[str, list[QuizAttempt]] = defaultdict(list)
    if enrolment is not None and quizzes:
        for attempt in QuizAttempt.objects.filter(enrolment=enrolment, lesson=lesson).order_by(
            "number"
        ):
            attempts[attempt.quiz_id].append(attempt)
    states = {}
    for quiz_id, quiz in quizzes.items():
        taken = attempts.get(quiz_id, [])
        last = taken[-1] if taken else None
        states[quiz_id] = QuizState(
            quiz=quiz, attempts=taken, last_grade=grade(quiz, last.answers) if last else None
        )
    return states


def lesson_detail(*, lesson: LessonPage, user, request=None) -> dict:
    course = course_of(lesson)
    enrolment = enrolment_for(user, course)
    outline = course_outline(course, enrolment)
    previous, following = outline.neighbours(lesson)
    prerequisites_met = True
    if enrolment is None and getattr(user, "is_authenticated", False):
        prerequisites_met = not missing_prerequisites(user=user, course=course)
    return {
        "prerequisites_met": prerequisites_met,
        "course": course,
        "module": next(
            (m.page for m in outline.modules if m.page.path == lesson.path[:-STEPLEN]), None
        )
        or lesson.get_parent(),
        "enrolment": enrolment,
        "outline": outline,
        "entry": outline.entry_for(lesson),
        "previous_lesson": previous,
        "next_lesson": following,
        "quiz_states": quiz_states(lesson=lesson, course=course, enrolment=enrolment),
    }


# Dashboard and data export -----------------------------------------------------------------


def learner_dashboard(user) -> dict:
    """ "My learning": the learner's courses with progress, in progress first."""
    enrolments = list(
        Enrolment.objects.filter(user=user)
        .select_related("course", "course__locale")
        .order_by("-last_activity_at", "-enrolled_at")
    )
    live = [e for e in enrolments if e.course.live]
    outlines = build_outlines([e.course for e in live], {e.course_id: e for e in live})
    rows = [{"enrolment": e, "outline": outlines[e.course_id]} for e in live]
    return {
        "in_progress": [row for row in rows if row["enrolment"].completed_at is None],
        "completed": sorted(
            (row for row in rows if row["enrolment"].completed_at is not None),
            key=lambda row: row["enrolment"].completed_at,
            reverse=True,
        ),
    }


def learning_record(user) -> list[dict]:
    """Everything the learning side stores about ``user``, for their data download."""
    enrolments = list(
        Enrolment.objects.filter(user=user)
        .select_related("course", "course__locale")
        .order_by("enrolled_at")
    )
    ids = [e.pk for e in enrolments]
    titles = dict(
        LessonPage.objects.filter(
            pk__in=set(
                LessonProgress.objects.filter(enrolment_id__in=ids).values_list(
                    "lesson_id", flat=True
                )
            )
            | set(
                QuizAttempt.objects.filter(enrolment_id__in=ids).values_list("lesson_id", flat=True)
            )
        ).values_list("pk", "title")
    )
    progress = defaultdict(list)
    for row in LessonProgress.objects.filter(enrolment_id__in=ids).order_by("completed_at"):
        progress[row.enrolment_id].append(
            {"lesson": titles.get(row.lesson_id, ""), "completed_at": row.completed_at.isoformat()}
        )
    attempts = defaultdict(list)
    for row in QuizAttempt.objects.filter(enrolment_id__in=ids).order_by("submitted_at"):
        attempts[row.enrolment_id].append(
            {
                "lesson": titles.get(row.lesson_id, ""),
                "quiz": row.quiz_id,
                "attempt": row.number,
                "score": row.score,
                "pass_mark": row.pass_mark,
                "passed": row.passed,
                "answers": row.answers,
                "submitted_at": row.submitted_at.isoformat(),
            }
        )
    return [
        {
            "course": e.course.title,
            "language": e.course.locale.language_code if e.course.locale_id else "",
            "enrolled_at": e.enrolled_at.isoformat(),
            "completed_at": e.completed_at.isoformat() if e.completed_at else None,
            "lessons_completed": progress[e.pk],
            "quiz_attempts": attempts[e.pk],
        }
        for e in enrolments
    ]
