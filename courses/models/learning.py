"""A learner's records: enrolments, completed lessons and quiz attempts.

Plain models with unique constraints, written only through ``courses.services``: the
constraints are what keeps a double click or a second tab from recording anything twice.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Enrolment(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="enrolments",
    )
    # PROTECT: a learner's record outlives an editor's mistake. The admin refuses to delete a
    # course, module or lesson with learner records (courses/wagtail_hooks.py) and suggests
    # unpublishing; code that tries anyway gets a ProtectedError instead of silent data loss.
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        on_delete=models.PROTECT,
        related_name="enrolments",
    )
    enrolled_at = models.DateTimeField(_("enrolled"), default=timezone.now)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)
    last_activity_at = models.DateTimeField(_("last activity"), null=True, blank=True)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        permissions = [("view_learning_reports", _("Can view learning reports"))]
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="unique_enrolment_per_course"),
            models.CheckConstraint(
                condition=Q(completed_at__isnull=True)
                | Q(completed_at__gte=models.F("enrolled_at")),
                name="enrolment_completed_after_enrolled",
            ),
        ]
        indexes = [
            models.Index(fields=["course", "enrolled_at"], name="enrolment_course_date"),
            models.Index(fields=["completed_at"], name="enrolment_completed"),
        ]

    def __str__(self):
        return f"Enrolment {self.pk}"

    @property
    def is_complete(self) -> bool:
        return self.completed_at is not None


class LessonProgress(models.Model):
    enrolment = models.ForeignKey(
        Enrolment,
        verbose_name=_("enrolment"),
        on_delete=models.CASCADE,
        related_name="lesson_progress",
    )
    lesson = models.ForeignKey(
        "courses.LessonPage",
        verbose_name=_("lesson"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    completed_at = models.DateTimeField(_("completed"), default=timezone.now)

    class Meta:
        verbose_name = _("completed lesson")
        verbose_name_plural = _("completed lessons")
        constraints = [
            models.UniqueConstraint(fields=["enrolment", "lesson"], name="unique_lesson_progress"),
        ]

    def __str__(self):
        return f"Lesson progress {self.pk}"


class QuizAttempt(models.Model):
    enrolment = models.ForeignKey(
        Enrolment,
        verbose_name=_("enrolment"),
        on_delete=models.CASCADE,
        related_name="quiz_attempts",
    )
    lesson = models.ForeignKey(
        "courses.LessonPage",
        verbose_name=_("lesson"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    quiz_id = models.CharField(_("quiz"), max_length=64)
    number = models.PositiveIntegerField(_("attempt number"))
    answers = models.JSONField(_("answers"), default=dict)
    correct_count = models.PositiveSmallIntegerField(_("correct answers"))
    question_count = models.PositiveSmallIntegerField(_("questions"))
    score = models.PositiveSmallIntegerField(_("score (%)"))
    pass_mark = models.PositiveSmallIntegerField(_("pass mark (%)"))
    passed = models.BooleanField(_("passed"))
    submitted_at = models.DateTimeField(_("submitted"), default=timezone.now)

    class Meta:
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        ordering = ["enrolment", "lesson", "quiz_id", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "lesson", "quiz_id", "number"], name="unique_quiz_attempt"
            ),
            models.CheckConstraint(condition=Q(number__gte=1), name="quiz_attempt_number_positive"),
            models.CheckConstraint(condition=Q(score__lte=100), name="quiz_attempt_score_percent"),
        ]

    def __str__(self):
        return f"Quiz attempt {self.pk}"
