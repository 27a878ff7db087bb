"""The course tree: CourseIndexPage (/courses/) -> CoursePage -> ModulePage -> LessonPage."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from academy.models.base import AcademyPage
from courses.blocks import LearningOutcomesBlock, LessonBodyBlock


class CourseLevel(models.TextChoices):
    INTRODUCTORY = "introductory", _("Introductory")
    INTERMEDIATE = "intermediate", _("Intermediate")
    ADVANCED = "advanced", _("Advanced")


class CourseIndexPage(AcademyPage):
    """/courses/: the course catalogue, filtered by cluster, programme, level and language."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["academy.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count_per_parent = 1
    template = "pages/course_index_page.html"

    class Meta:
        verbose_name = _("course catalogue")

    def route(self, request, path_components):
        """Find a module or lesson by its URL path in one lookup, not one query per level
        (Wagtail's default descends the tree a page at a time, two queries per level)."""
        if len(path_components) < 2:
            return super().route(request, path_components)
        url_path = self.url_path + "/".join(path_components) + "/"
        found = (
            Page.objects.filter(path__startswith=self.path, url_path=url_path).specific().first()
        )
        if found is None:
            raise Http404
        return found.route(request, [])

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import course_catalogue

        context = super().get_context(request, *args, **kwargs)
        context.update(course_catalogue(index_page=self, params=request.GET, user=request.user))
        return context


class CoursePage(AcademyPage):
    """/courses/<course>/: what a course teaches, its outline, and the learner's progress."""

    summary = models.TextField(_("summary"), max_length=400)
    description = RichTextField(
        _("description"), blank=True, features=["bold", "italic", "link", "ol", "ul"]
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    level = models.CharField(
        _("level"), max_length=20, choices=CourseLevel.choices, default=CourseLevel.INTRODUCTORY
    )
    estimated_hours = models.PositiveSmallIntegerField(
        _("estimated hours"),
        default=2,
        validators=[MinValueValidator(1), MaxValueValidator(500)],
        help_text=_("Study time a learner should plan; it is printed on the certificate."),
    )
    learning_outcomes = StreamField(
        LearningOutcomesBlock(), verbose_name=_("learning outcomes"), blank=True
    )
    clusters = ParentalManyToManyField(
        "academy.ThematicCluster",
        verbose_name=_("thematic clusters"),
        blank=True,
        related_name="courses",
    )
    programme = models.ForeignKey(
        "academy.Programme",
        verbose_name=_("programme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="courses",
    )
    prerequisites = ParentalManyToManyField(
        "courses.CoursePage",
        verbose_name=_("prerequisites"),
        blank=True,
        symmetrical=False,
        related_name="required_by",
        help_text=_("Courses a learner must complete (in any language) before enrolling."),
    )
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        default=70,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("The score needed to pass a quiz, unless the quiz sets its own."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("cover_image"),
        MultiFieldPanel(
            [
                FieldPanel("level"),
                FieldPanel("estimated_hours"),
                FieldPanel("pass_mark"),
                FieldPanel("prerequisites"),
            ],
            heading=_("Study"),
        ),
        FieldPanel("learning_outcomes"),
        MultiFieldPanel(
            [FieldPanel("programme"), FieldPanel("clusters")], heading=_("Classification")
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary")]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.ModulePage"]
    template = "pages/course_page.html"

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    def clean(self):
        super().clean()
        if self.pk is None:
            return
        # Refuse a course that requires itself, directly or through a chain of prerequisites.
        chosen = list(self.prerequisites.all())
        keys = {self.translation_key}
        seen = set()
        queue = chosen
        while queue:
            course = queue.pop()
            if course.translation_key in keys:
                raise ValidationError(
                    {"prerequisites": _("A course cannot require itself, even through another.")}
                )
            if course.pk in seen:
                continue
            seen.add(course.pk)
            queue.extend(course.prerequisites.all())

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import course_detail

        context = super().get_context(request, *args, **kwargs)
        context.update(course_detail(course=self, user=request.user))
        return context


class ModulePage(AcademyPage):
    """/courses/<course>/<module>/: a chapter of a course, grouping its lessons."""

    summary = models.TextField(_("summary"), max_length=400, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("summary")]
    search_fields = [*Page.search_fields, index.SearchField("summary")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = ["courses.LessonPage"]
    template = "pages/module_page.html"

    class Meta:
        verbose_name = _("module")
        verbose_name_plural = _("modules")

    def serve(self, request, *args, **kwargs):
        from courses.selectors import page_chain_is_live

        if not page_chain_is_live(self):
            raise Http404
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import module_detail

        context = super().get_context(request, *args, **kwargs)
        context.update(module_detail(module=self, user=request.user))
        return context


class LessonPage(AcademyPage):
    """/courses/<course>/<module>/<lesson>/: one lesson, its quizzes and the course outline."""

    summary = models.TextField(_("summary"), max_length=400, blank=True)
    estimated_minutes = models.PositiveSmallIntegerField(
        _("estimated minutes"),
        default=15,
        validators=[MinValueValidator(1), MaxValueValidator(600)],
    )
    body = StreamField(LessonBodyBlock(), verbose_name=_("body"))
    # The ids of the quiz blocks in ``body``, kept on save so that a course outline can count
    # quizzes without loading and parsing every lesson's body.
    quiz_ids = models.JSONField(default=list, editable=False)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("estimated_minutes"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    parent_page_types = ["courses.ModulePage"]
    subpage_types = []
    template = "pages/lesson_page.html"

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    def save(self, *args, **kwargs):
        # Preparing the value gives new blocks their ids, which quizzes are known by.
        self._meta.get_field("body").get_prep_value(self.body)
        self.quiz_ids = [str(block.id) for block in self.body if block.block_type == "quiz"]
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "body" in update_fields:
            kwargs["update_fields"] = {*update_fields, "quiz_ids"}
        return super().save(*args, **kwargs)

    def serve(self, request, *args, **kwargs):
        from courses.selectors import lesson_is_available

        # Wagtail checks that the lesson itself is live; its module and course must be too.
        if not lesson_is_available(self):
            raise Http404
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import lesson_detail

        context = super().get_context(request, *args, **kwargs)
        context.update(lesson_detail(lesson=self, user=request.user, request=request))
        return context
