from .learning import Enrolment, LessonProgress, QuizAttempt
from .pages import CourseIndexPage, CourseLevel, CoursePage, LessonPage, ModulePage

__all__ = [
    "CourseIndexPage",
    "CourseLevel",
    "CoursePage",
    "Enrolment",
    "LessonPage",
    "LessonProgress",
    "ModulePage",
    "QuizAttempt",
]
