"""Programme reporting in the Wagtail admin: enrolments and completions, summed or listed.

Two Wagtail report views, each with CSV and XLSX downloads (Wagtail's SpreadsheetExportMixin):

* :class:`LearningSummaryView`, one row per course, city, thematic cluster or programme, with
  the enrolments, learners and completions of the group, all counted by the database;
* :class:`EnrolmentReportView`, one row per enrolment, read in one query whatever the number
  of rows.

The period ("from" and "to", whole days in the admin user's time zone) applies to each date on
its own: an enrolment counts when it was *made* in the period, a completion when it *happened*
in the period, whatever the enrolment date. Reports carry learners' names, e-mail addresses
and cities, so both views require ``courses.view_learning_reports`` (see
:func:`can_view_learning_reports`); learners never reach the Wagtail admin.
"""

import datetime
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db.models import (
    Case,
    CharField,
    Count,
    F,
    FloatField,
    Func,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Cast, Coalesce, NullIf, Trim
from django.http import QueryDict
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.admin.widgets import AdminDateInput

import django_filters
from django_countries import countries

from academy.models import CityPage, Programme, ThematicCluster
from courses.models import CoursePage, Enrolment, LessonPage, LessonProgress

REPORT_PERMISSION = "courses.view_learning_reports"

# A date outside these bounds is refused by the filter form, which also keeps "to" + 1 day
# and the time-zone conversions clear of the limits of ``datetime``.
FIRST_DAY = datetime.date(1970, 1, 1)
LAST_DAY = datetime.date(2999, 12, 31)

PROFILE = "user__learner_profile__"


def can_view_learning_reports(user) -> bool:
    """Programme managers and moderators (by the permission) and superusers."""
    return bool(user and user.is_active and user.has_perm(REPORT_PERMISSION))


def language_label(code: str | None) -> str:
    if not code:
        return ""
    return str(settings.LANGUAGE_LABELS.get(code, dict(settings.LANGUAGES).get(code, code)))


def language_choices() -> list[tuple[str, str]]:
    return [(code, language_label(code)) for code, _name in settings.LANGUAGES]


def city_label(title: str | None, other: str | None) -> str:
    """An Academy city's title, the name a learner typed for another city, or "Unknown"."""
    if title:
        return title
    if other:
        return str(_("%(name)s (not an Academy city)") % {"name": other})
    return str(_("Unknown"))


# The period -------------------------------------------------------------------------------


def _start_of(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


@dataclass(frozen=True)
class Period:
    """Whole days from ``first`` to ``last``, both included; either may be open."""

    first: datetime.date | None = None
    last: datetime.date | None = None

    @property
    def start(self) -> datetime.datetime | None:
        return _start_of(self.first) if self.first else None

    @property
    def end(self) -> datetime.datetime | None:
        """The first instant after the period (exclusive bound)."""
        return _start_of(self.last + datetime.timedelta(days=1)) if self.last else None

    @property
    def is_bounded(self) -> bool:
        return self.first is not None or self.last is not None

    def _within(self, field: str) -> Q:
        q = Q()
        if self.first is not None:
            q &= Q(**{f"{field}__gte": self.start})
        if self.last is not None:
            q &= Q(**{f"{field}__lt": self.end})
        return q

    def enrolled(self) -> Q:
        """Enrolments made in the period."""
        return self._within("enrolled_at")

    def completed(self) -> Q:
        """Completions that happened in the period, whenever the learner enrolled."""
        return Q(completed_at__isnull=False) & self._within("completed_at")

    def enrolled_and_completed(self) -> Q:
        """Enrolments made in the period and completed by its end (for the completion rate)."""
        q = self.enrolled() & Q(completed_at__isnull=False)
        if self.last is not None:
            q &= Q(completed_at__lt=self.end)
        return q

    def activity(self) -> Q:
        """Enrolments that count in the period for either of their dates."""
        return (self.enrolled() | self.completed()) if self.is_bounded else Q()


def _filter_or_none(q: Q) -> Q | None:
    return q or None


# Filters ----------------------------------------------------------------------------------


class AppliedByViewMixin:
    """A filter whose value the report view applies itself (its meaning spans two dates, or
    it changes the rows rather than selecting enrolments): the filter set leaves it alone."""

    def filter(self, qs, value):
        return qs


class DayFilter(AppliedByViewMixin, django_filters.DateFilter):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", AdminDateInput)
        kwargs.setdefault("validators", [MinValueValidator(FIRST_DAY), MaxValueValidator(LAST_DAY)])
        super().__init__(*args, **kwargs)


class ViewChoiceFilter(AppliedByViewMixin, django_filters.ChoiceFilter):
    pass


MAX_ID = 2**63 - 1


class IdChoiceField(forms.ModelChoiceField):
    """Refuses anything but a positive 64-bit id before asking the database (SQLite raises
    OverflowError for larger numbers, and a page id lookup is not range-checked by Django)."""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        text = str(value).strip()
        if not text.isascii() or not text.isdigit() or not 0 < int(text) <= MAX_ID:
            raise forms.ValidationError(
                self.error_messages["invalid_choice"],
                code="invalid_choice",
                params={"value": value},
            )
        return super().to_python(text)


class IdChoiceFilter(django_filters.ModelChoiceFilter):
    field_class = IdChoiceField


class CourseChoiceField(IdChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.title} ({language_label(obj.locale.language_code)})"


class CourseFilter(IdChoiceFilter):
    field_class = CourseChoiceField


class CityChoiceField(IdChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.title} ({obj.country.name})" if obj.country else obj.title


class CityFilter(IdChoiceFilter):
    field_class = CityChoiceField


def _courses(request):
    return CoursePage.objects.select_related("locale").order_by("title", "locale__language_code")


def _cities(request):
    # The cities learners chose (profiles point at the default-language city pages).
    return CityPage.objects.filter(learners__isnull=False).distinct().order_by("title")


class PeriodForm(forms.Form):
    """A filter form whose two day fields (``period_fields``) must not be in reverse order."""

    period_fields = ("from", "to")

    def clean(self):
        cleaned = super().clean()
        first, last = (cleaned.get(name) for name in self.period_fields)
        if first and last and last < first:
            raise forms.ValidationError(
                _("The “to” date is before the “from” date."), code="period_reversed"
            )
        return cleaned


class LearningFilterForm(PeriodForm):
    pass


# "from" is a Python keyword, so the two days are declared through the metaclass directly;
# they come first in the form, in this order.
PeriodFilterSet = type(WagtailFilterSet)(
    "PeriodFilterSet",
    (WagtailFilterSet,),
    {
        "__module__": __name__,
        "from": DayFilter(
            label=_("From"),
            help_text=_("First day: enrolments made and completions reached from this day."),
        ),
        "to": DayFilter(
            label=_("To"),
            help_text=_("Last day, included."),
        ),
    },
)


class LearningFilterSet(PeriodFilterSet):
    programme = IdChoiceFilter(
        label=_("Programme"),
        field_name="course__programme",
        queryset=lambda request: Programme.objects.all(),
        empty_label=_("All programmes"),
    )
    cluster = IdChoiceFilter(
        label=_("Thematic cluster"),
        field_name="course__clusters",
        queryset=lambda request: ThematicCluster.objects.all(),
        empty_label=_("All clusters"),
    )
    course = CourseFilter(
        label=_("Course"),
        field_name="course",
        queryset=_courses,
        empty_label=_("All courses"),
    )
    language = django_filters.ChoiceFilter(
        label=_("Course language"),
        field_name="course__locale__language_code",
        choices=language_choices,
        empty_label=_("All languages"),
    )
    city = CityFilter(
        label=_("City"),
        field_name=f"{PROFILE}city",
        queryset=_cities,
        empty_label=_("All cities"),
    )

    class Meta:
        model = Enrolment
        fields = []
        form = LearningFilterForm


GROUPS = {
    "course": _("Course"),
    "city": _("City"),
    "cluster": _("Thematic cluster"),
    "programme": _("Programme"),
}


# How the paginator counts the rows of each grouping ("3 cities").
GROUP_NOUNS = {
    "course": (_("course"), _("courses")),
    "city": (_("city"), _("cities")),
    "cluster": (_("thematic cluster"), _("thematic clusters")),
    "programme": (_("programme"), _("programmes")),
}

GROUP_LINKS = {
    "course": _("By course"),
    "city": _("By city"),
    "cluster": _("By thematic cluster"),
    "programme": _("By programme"),
}


class LearningSummaryFilterSet(LearningFilterSet):
    group = ViewChoiceFilter(
        label=_("Group by"),
        choices=list(GROUPS.items()),
        empty_label=None,
    )

    class Meta(LearningFilterSet.Meta):
        pass


ACTIVITIES = {
    "enrolled": _("Enrolled in the period"),
    "completed": _("Completed in the period"),
}


class EnrolmentFilterSet(LearningFilterSet):
    activity = ViewChoiceFilter(
        label=_("Activity"),
        choices=list(ACTIVITIES.items()),
        empty_label=_("Enrolled or completed in the period"),
    )

    class Meta(LearningFilterSet.Meta):
        pass


# Shared view behaviour --------------------------------------------------------------------

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value):
    """A CSV cell a spreadsheet will not read as a formula: people type names and cities."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def filter_errors(filters) -> list[str]:
    """The errors of an invalid filter form, each prefixed with its field's label."""
    if filters is None or filters.is_valid():
        return []
    form = filters.form
    errors = []
    for name, field_errors in form.errors.items():
        label = form.fields[name].label if name in form.fields else None
        for error in field_errors:
            errors.append(f"{label}: {error}" if label else str(error))
    return errors


class LearningReportMixin:
    """Permission, period and spreadsheet safety for both reports."""

    model = Enrolment
    # Wagtail's model permission policy knows add/change/delete/view, not this permission.
    permission_policy = None
    filter_params = ("from", "to", "programme", "cluster", "course", "language", "city")

    def dispatch(self, request, *args, **kwargs):
        # PermissionDenied becomes Wagtail's "no permission" redirect (403 for fetch requests).
        if not can_view_learning_reports(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def valid_filters(self) -> dict:
        """The cleaned filter values, or nothing when any is invalid: like Wagtail's own
        filtering, an invalid form filters nothing (and its errors are shown)."""
        if self.filters is not None and self.filters.is_valid():
            return self.filters.form.cleaned_data
        return {}

    @cached_property
    def filter_errors(self) -> list[str]:
        return filter_errors(self.filters)

    @cached_property
    def period(self) -> Period:
        return Period(self.valid_filters.get("from"), self.valid_filters.get("to"))

    def selected_enrolments(self):
        """Enrolments matching the programme, cluster, course, language and city filters."""
        return self.filter_queryset(Enrolment.objects.all())

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        # XLSX cells are already written as text by Wagtail.
        return neutralise_formula(value) if export_format == self.FORMAT_CSV else value

    def filter_query(self, **overrides) -> QueryDict:
        """The current valid filter parameters, with ``overrides`` (None removes one)."""
        params = QueryDict(mutable=True)
        if self.valid_filters:
            for name in self.filter_params:
                values = self.request.GET.getlist(name)
                if values and values != [""]:
                    params.setlist(name, values)
        for name, value in overrides.items():
            params.pop(name, None)
            if value is not None:
                params[name] = str(value)
        return params

    def to_rows(self, object_list) -> list:
        """The report's row objects for a page (or, in an export, all) of query results."""
        raise NotImplementedError

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        # Wagtail builds the table before ReportView decorates the page of results: build it
        # again from the row objects, which both the table and the exports read.
        rows = self.to_rows(context["object_list"])
        context["object_list"] = rows
        context["table"] = self.get_table(rows)
        context["filter_errors"] = self.filter_errors
        return context

    def decorate_paginated_queryset(self, object_list):
        return object_list  # already rows, see get_context_data


# Learning summary -------------------------------------------------------------------------


@dataclass
class GroupRow:
    """One group of the summary: counts come from the database, labels from Python."""

    label: str
    enrolments: int
    learners: int
    completions: int
    completed_enrolments: int
    language: str = ""
    country: str = ""
    url: str | None = None

    @property
    def completion_rate(self) -> float | None:
        if not self.enrolments:
            return None
        return round(self.completed_enrolments * 100 / self.enrolments, 1)


class CountColumn(Column):
    def __init__(self, name, **kwargs):
        kwargs.setdefault("sort_key", name)
        kwargs.setdefault("width", "12%")
        super().__init__(name, **kwargs)


class LearningSummaryView(LearningReportMixin, ReportView):
    """Enrolments, learners and completions per course, city, thematic cluster or programme."""

    page_title = _("Learning summary")
    header_icon = "table"
    filterset_class = LearningSummaryFilterSet
    index_url_name = "courses_reports:learning"
    index_results_url_name = "courses_reports:learning_results"
    results_template_name = "courses/reports/learning_summary_results.html"
    verbose_name = _("group")
    verbose_name_plural = _("groups")
    paginate_by = 50

    export_headings = {
        "language": _("Language"),
        "country": _("Country"),
        "enrolments": _("Enrolments"),
        "learners": _("Learners"),
        "completions": _("Completions"),
        "completion_rate": _("Completion rate (%)"),
    }

    help_texts = {
        "course": _("Each language version of a course is a separate row."),
        "city": _(
            "The city in the learner's profile; cities typed by learners are listed by the "
            "name they typed, and learners without a city as “Unknown”."
        ),
        "cluster": _(
            "An enrolment in a course with several thematic clusters counts once in each of "
            "them, so the rows add up to more than the total."
        ),
        "programme": _("Courses without a programme are counted under “No programme”."),
    }

    @cached_property
    def group(self) -> str:
        # The grouping only arranges rows, so a valid choice is kept even when another
        # filter is invalid.
        if self.filters is not None:
            self.filters.is_valid()
            value = self.filters.form.cleaned_data.get("group")
            if value in GROUPS:
                return value
        return "course"

    @property
    def group_label(self):
        return GROUPS[self.group]

    @property
    def help_text(self):
        return self.help_texts[self.group]

    @cached_property
    def group_links(self) -> list[dict]:
        links = []
        for key, label in GROUP_LINKS.items():
            query = self.filter_query(group=key if key != "course" else None)
            links.append(
                {
                    "label": label,
                    "url": self.index_url + ("?" + query.urlencode() if query else ""),
                    "active": key == self.group,
                }
            )
        return links

    @property
    def list_export(self):
        fields = ["label"]
        if self.group == "course":
            fields.append("language")
        if self.group == "city":
            fields.append("country")
        return [*fields, "enrolments", "learners", "completions", "completion_rate"]

    def get_heading(self, queryset, field):
        if field == "label":
            return str(self.group_label)
        return super().get_heading(queryset, field)

    @cached_property
    def columns(self):
        columns = [
            TitleColumn(
                "label",
                label=self.group_label,
                get_url=lambda row: row.url,
            )
        ]
        if self.group == "course":
            columns.append(Column("language", label=_("Language"), width="12%"))
        if self.group == "city":
            columns.append(Column("country", label=_("Country"), width="15%"))
        columns += [
            CountColumn("enrolments", label=_("Enrolments")),
            CountColumn("learners", label=_("Learners")),
            CountColumn("completions", label=_("Completions")),
            CountColumn("completion_rate", label=_("Completion rate (%)"), sort_key="rate"),
        ]
        return columns

    def get_paginator(self, *args, **kwargs):
        paginator = super().get_paginator(*args, **kwargs)
        # Rows are groups, not enrolments (the paginator would name the queryset's model).
        paginator.verbose_name, paginator.verbose_name_plural = GROUP_NOUNS[self.group]
        return paginator

    def get_filename(self):
        return f"learning-by-{self.group}-{timezone.localdate():%Y-%m-%d}"

    # Grouping: each returns the group columns (as values() expressions) and their order.

    def _course_group(self):
        values = {
            "group_id": F("course_id"),
            "title": F("course__title"),
            "language": F("course__locale__language_code"),
        }
        return values, [F("title").asc(), F("language").asc(), F("group_id").asc()]

    def _city_group(self):
        values = {
            "group_id": F(f"{PROFILE}city_id"),
            "city_title": F(f"{PROFILE}city__title"),
            "country": F(f"{PROFILE}city__country"),
            # The typed name only counts for learners who did not choose an Academy city.
            "other": Case(
                When(
                    **{f"{PROFILE}city__isnull": True},
                    then=Coalesce(Trim(f"{PROFILE}other_city"), Value("")),
                ),
                default=Value(""),
                output_field=CharField(),
            ),
        }
        # Academy cities by title, then the typed names, then "Unknown".
        return values, [
            F("city_title").asc(nulls_last=True),
            NullIf(F("other"), Value("")).asc(nulls_last=True),
            F("group_id").asc(nulls_last=True),
        ]

    def _vocabulary_group(self, path: str):
        values = {
            "group_id": F(path),
            "sort_order": F(f"{path}__sort_order"),
            "name": F(f"{path}__name"),
        }
        return values, [
            F("sort_order").asc(nulls_last=True),
            F("name").asc(nulls_last=True),
            F("group_id").asc(nulls_last=True),
        ]

    def _group(self):
        if self.group == "city":
            return self._city_group()
        if self.group == "cluster":
            return self._vocabulary_group("course__clusters")
        if self.group == "programme":
            return self._vocabulary_group("course__programme")
        return self._course_group()

    def get_queryset(self):
        period = self.period
        enrolments = self.selected_enrolments().filter(period.activity())
        values, group_order = self._group()
        rows = (
            enrolments.order_by()
            .values(**values)
            .annotate(
                enrolments=Count("pk", distinct=True, filter=_filter_or_none(period.enrolled())),
                learners=Count("user", distinct=True, filter=_filter_or_none(period.enrolled())),
                completions=Count("pk", distinct=True, filter=period.completed()),
                completed_enrolments=Count(
                    "pk", distinct=True, filter=period.enrolled_and_completed()
                ),
            )
            .annotate(
                rate=Cast(F("completed_enrolments"), FloatField())
                * 100.0
                / NullIf(F("enrolments"), Value(0))
            )
        )
        ordering = self.ordering
        if ordering:
            key = ordering.lstrip("-")
            descending = ordering.startswith("-")
            expression = F(key).desc(nulls_last=True) if descending else F(key).asc(nulls_last=True)
            group_order = [expression, *group_order]
        return rows.order_by(*group_order)

    def to_rows(self, object_list):
        rows = list(object_list)
        names = {}
        if self.group in ("cluster", "programme"):
            model = ThematicCluster if self.group == "cluster" else Programme
            ids = {row["group_id"] for row in rows if row["group_id"] is not None}
            names = {pk: obj.display_name for pk, obj in model.objects.in_bulk(ids).items()}
        return [self._row(row, names) for row in rows]

    def _row(self, row: dict, names: dict) -> GroupRow:
        group_id = row["group_id"]
        extra = {}
        link = group_id is not None
        if self.group == "course":
            label = row["title"]
            extra["language"] = language_label(row["language"])
        elif self.group == "city":
            label = city_label(row["city_title"], row["other"])
            extra["country"] = str(countries.name(row["country"])) if row["country"] else ""
        else:
            empty = _("No cluster") if self.group == "cluster" else _("No programme")
            label = names.get(group_id, "") if group_id is not None else str(empty)
        url = None
        if link:
            query = self.filter_query(**{self.group: group_id})
            url = reverse("courses_reports:enrolments") + "?" + query.urlencode()
        return GroupRow(
            label=label,
            enrolments=row["enrolments"],
            learners=row["learners"],
            completions=row["completions"],
            completed_enrolments=row["completed_enrolments"],
            url=url,
            **extra,
        )


# Enrolments -------------------------------------------------------------------------------


@dataclass
class EnrolmentRow:
    learner: str
    email: str
    city: str
    course: str
    language: str
    enrolled_at: datetime.datetime
    completed_at: datetime.datetime | None
    lessons_done: int
    lessons_total: int

    @property
    def progress(self) -> str:
        return f"{self.lessons_done} / {self.lessons_total}"


def _count_of(queryset) -> Coalesce:
    """A correlated ``COUNT(*)`` subquery (no GROUP BY in the outer query)."""
    counted = queryset.order_by().annotate(n=Func(F("pk"), function="COUNT")).values("n")
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


class EnrolmentReportView(LearningReportMixin, ReportView):
    """One row per enrolment: who, where from, which course, when, and how far."""

    page_title = _("Enrolments")
    header_icon = "clipboard-list"
    filterset_class = EnrolmentFilterSet
    index_url_name = "courses_reports:enrolments"
    index_results_url_name = "courses_reports:enrolments_results"
    results_template_name = "courses/reports/enrolments_results.html"
    verbose_name = _("enrolment")
    verbose_name_plural = _("enrolments")
    default_ordering = "-enrolled_at"
    paginate_by = 50
    is_searchable = True
    search_fields = [f"{PROFILE}display_name", "user__email", "course__title"]
    filter_params = (*LearningReportMixin.filter_params, "activity")

    list_export = [
        "learner",
        "email",
        "city",
        "course",
        "language",
        "enrolled_at",
        "completed_at",
        "lessons_done",
        "lessons_total",
    ]
    export_headings = {
        "learner": _("Learner"),
        "email": _("Email"),
        "city": _("City"),
        "course": _("Course"),
        "language": _("Language"),
        "enrolled_at": _("Enrolled"),
        "completed_at": _("Completed"),
        "lessons_done": _("Lessons done"),
        "lessons_total": _("Lessons"),
    }

    columns = [
        Column("learner", label=_("Learner"), sort_key="learner"),
        Column("email", label=_("Email")),
        Column("city", label=_("City")),
        Column("course", label=_("Course"), sort_key="course"),
        Column("language", label=_("Language")),
        Column("enrolled_at", label=_("Enrolled"), sort_key="enrolled_at"),
        Column("completed_at", label=_("Completed"), sort_key="completed_at"),
        Column("progress", label=_("Lessons done")),
    ]

    def get_filename(self):
        return f"enrolments-{timezone.localdate():%Y-%m-%d}"

    def get_queryset(self):
        period = self.period
        activity = self.valid_filters.get("activity")
        if activity == "enrolled":
            wanted = period.enrolled()
        elif activity == "completed":
            wanted = period.completed()
        else:
            wanted = period.activity()
        enrolments = self.search_queryset(self.selected_enrolments().filter(wanted))
        done = LessonProgress.objects.filter(enrolment=OuterRef("pk"), lesson__live=True)
        lessons = LessonPage.objects.filter(live=True, path__startswith=OuterRef("course__path"))
        rows = enrolments.values(
            "enrolled_at",
            "completed_at",
            learner=Coalesce(NullIf(F(f"{PROFILE}display_name"), Value("")), F("user__username")),
            email=F("user__email"),
            city_title=F(f"{PROFILE}city__title"),
            other_city=F(f"{PROFILE}other_city"),
            course_title=F("course__title"),
            language=F("course__locale__language_code"),
            lessons_done=_count_of(done),
            lessons_total=_count_of(lessons),
        )
        order = {
            "learner": [F("learner").asc(), F("course_title").asc(), F("language").asc()],
            "course": [F("course_title").asc(), F("language").asc(), F("learner").asc()],
            "enrolled_at": [F("enrolled_at").asc()],
            "completed_at": [F("completed_at").asc(nulls_last=True)],
        }
        ordering = self.ordering or self.default_ordering
        key = ordering.lstrip("-")
        expressions = order[key]
        if ordering.startswith("-"):
            expressions = [e.expression.desc(nulls_last=True) for e in expressions]
        return rows.order_by(*expressions, "-pk")

    def to_rows(self, object_list):
        return [
            EnrolmentRow(
                learner=row["learner"],
                email=row["email"],
                city=city_label(row["city_title"], (row["other_city"] or "").strip()),
                course=row["course_title"],
                language=language_label(row["language"]),
                enrolled_at=row["enrolled_at"],
                completed_at=row["completed_at"],
                lessons_done=row["lessons_done"],
                lessons_total=row["lessons_total"],
            )
            for row in object_list
        ]
