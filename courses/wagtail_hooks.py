"""The learning side in the Wagtail admin: programme reports, and keeping learners' records.

* Two reports under Reports (learning summary, enrolments), shown to and opened by users with
  ``courses.view_learning_reports`` only (programme managers, moderators, superusers).
* The permission is offered in the group editor, so administrators can grant it.
* A course, module or lesson that learners have records in cannot be deleted, one by one or in
  bulk: deleting it would delete their enrolments, progress and quiz attempts with it.
  Editors are told to unpublish it instead.
"""

from django.conf import settings
from django.contrib.auth.models import Permission
from django.db.models import Q
from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.models import Page

from courses.models import Enrolment, LessonProgress, QuizAttempt
from courses.reports import EnrolmentReportView, LearningSummaryView, can_view_learning_reports

# Reports ----------------------------------------------------------------------------------

report_urls = (
    [
        path("learning/", LearningSummaryView.as_view(), name="learning"),
        path(
            "learning/results/",
            LearningSummaryView.as_view(results_only=True),
            name="learning_results",
        ),
        path("enrolments/", EnrolmentReportView.as_view(), name="enrolments"),
        path(
            "enrolments/results/",
            EnrolmentReportView.as_view(results_only=True),
            name="enrolments_results",
        ),
    ],
    "courses_reports",
)


@hooks.register("register_admin_urls")
def register_learning_report_urls():
    # Under /admin/reports/, after Wagtail's own reports (whose patterns do not match these).
    return [path("reports/courses/", include(report_urls, namespace="courses_reports"))]


class LearningReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_learning_reports(request.user)


@hooks.register("register_reports_menu_item")
def register_learning_summary_menu_item():
    return LearningReportMenuItem(
        _("Learning summary"),
        reverse("courses_reports:learning"),
        name="learning-summary",
        icon_name="table",
        order=1300,
    )


@hooks.register("register_reports_menu_item")
def register_enrolments_menu_item():
    return LearningReportMenuItem(
        _("Enrolments"),
        reverse("courses_reports:enrolments"),
        name="learning-enrolments",
        icon_name="clipboard-list",
        order=1310,
    )


@hooks.register("register_permissions")
def register_learning_report_permission():
    return Permission.objects.filter(
        content_type__app_label="courses", codename="view_learning_reports"
    )


# Keeping learners' records ----------------------------------------------------------------


def pages_deleted_with(page: Page) -> list[Page]:
    """The page, and the translations Wagtail deletes along with it when it syncs trees."""
    pages = {page}
    if getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        for fn in hooks.get_hooks("construct_translated_pages_to_cascade_actions"):
            cascaded = fn([page], "delete")
            if cascaded and isinstance(cascaded, dict):
                for more in cascaded.values():
                    pages.update(more)
    return list(pages)


def has_learner_records(pages) -> bool:
    """Whether deleting ``pages`` (with everything under them) would delete a learner's
    enrolment, completed lesson or quiz attempt."""
    pages = list(pages)
    if not pages:
        return False
    under = Q()
    for page in pages:
        under |= Q(path__startswith=page.path)
    subtree = Page.objects.filter(under).values("pk")
    return (
        Enrolment.objects.filter(course__in=subtree).exists()
        or LessonProgress.objects.filter(lesson__in=subtree).exists()
        or QuizAttempt.objects.filter(lesson__in=subtree).exists()
    )


def _refusal(request, pages: list[Page], back_url: str):
    titles = ", ".join(f"“{page.get_admin_display_title()}”" for page in pages)
    message = ngettext(
        "%(titles)s cannot be deleted: learners have enrolled in it or recorded progress in "
        "it, and deleting it would delete their records. Unpublish it instead.",
        "%(titles)s cannot be deleted: learners have enrolled in them or recorded progress "
        "in them, and deleting them would delete their records. Unpublish them instead.",
        len(pages),
    ) % {"titles": titles}
    buttons = []
    if len(pages) == 1:
        buttons.append(
            messages.button(
                reverse("wagtailadmin_pages:unpublish", args=(pages[0].pk,)), _("Unpublish")
            )
        )
    messages.error(request, message, buttons=buttons)
    return redirect(back_url)


@hooks.register("before_delete_page")
def keep_pages_with_learner_records(request, page):
    """Refuse to delete a course, module or lesson (or a page above them) with records."""
    if not has_learner_records(pages_deleted_with(page)):
        return None
    back_url = get_valid_next_url_from_request(request) or reverse(
        "wagtailadmin_pages:edit", args=(page.pk,)
    )
    return _refusal(request, [page], back_url)


@hooks.register("before_bulk_action")
def keep_pages_with_learner_records_in_bulk(request, action_type, objects, action_class_instance):
    if action_type != "delete":
        return None
    pages = [obj for obj in objects if isinstance(obj, Page)]
    kept = [page for page in pages if has_learner_records(pages_deleted_with(page))]
    if not kept:
        return None
    back_url = action_class_instance.next_url
    if not back_url or back_url == request.path:
        back_url = reverse("wagtailadmin_explore_root")
    return _refusal(request, kept, back_url)


from courses.certificates import admin as certificates_admin  # noqa: E402, F401  (registers hooks)
