from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    """Courses, quizzes, enrolment, progress and certificates (see the courses issue)."""

    name = "courses"
    verbose_name = _("Courses")

    def ready(self):
        from courses.certificates import checks, receivers  # noqa: F401  (registers them)
