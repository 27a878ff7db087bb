"""The certificates in Wagtail's admin: listing, filters, export, revoke, restore, re-issue.

* A "Certificates" menu with the issued certificates (a ``ModelViewSet``) and the programmes'
  Academy tracks (a snippet), shown to users who may see either.
* Certificates are listed, filtered, searched (by code, however it is typed, by the name on
  the certificate or the learner's e-mail), exported as CSV or XLSX, and inspected (statement
  and history). Listing, inspecting, history and export need ``courses.view_certificate``.
* Revoking, restoring and re-issuing are forms posted to views that call
  ``courses.certificates.services``, which record each change in Wagtail's history; they
  need ``courses.manage_certificates``. Nobody creates, edits or deletes a certificate by
  hand: the system issues them, staff re-issue them.
"""

import re
from collections import OrderedDict

from django import forms
from django.conf import settings
from django.contrib.admin.utils import quote
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db.models import F, Q
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic.edit import FormView

from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.admin_url_finder import ModelAdminURLFinder
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import AdminDateInput
from wagtail.admin.widgets.button import Button, HeaderButton
from wagtail.log_actions import LogFormatter
from wagtail.log_actions import registry as log_registry
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

import django_filters
from django_countries import countries

from academy.models import CityPage
from courses.certificates.codes import ALPHABET, group_code, normalise_code
from courses.certificates.services import (
    MAX_REASON,
    CertificateError,
    reissue_certificate,
    restore_certificate,
    revoke_certificate,
)
from courses.certificates.statements import MAX_NAME
from courses.models import AcademyTrack, Certificate, CertificateStatus, CoursePage
from courses.reports import (
    FIRST_DAY,
    LAST_DAY,
    CityFilter,
    CourseFilter,
    Period,
    PeriodForm,
    filter_errors,
    language_label,
    neutralise_formula,
)

VIEW_PERMISSION = "courses.view_certificate"
MANAGE_PERMISSION = "courses.manage_certificates"
MENU_HOOK = "register_certificates_menu_item"


def can_manage_certificates(user) -> bool:
    """Revoke, restore and re-issue: programme managers, moderators, superusers."""
    return bool(user and user.is_active and user.has_perm(MANAGE_PERMISSION))


# What a certificate says, read from its frozen statement (never from a related row) -------


def holder_name(certificate: Certificate) -> str:
    return str(certificate.statement.get("holder_name") or "")


def _in_language(values, language: str | None = None) -> str:
    """A ``{language: text}`` value of a statement in ``language`` (the active one), else in
    English, else in any language it has."""
    if not isinstance(values, dict):
        return str(values or "")
    language = (language or translation.get_language() or "en").split("-")[0]
    return str(values.get(language) or values.get("en") or next(iter(values.values()), "") or "")


def certificate_title(certificate: Certificate, language: str | None = None) -> str:
    """The course (learner certificates) or the programme of the track (city certificates)."""
    return _in_language(certificate.statement.get("title"), language)


def city_name(certificate: Certificate) -> str:
    return str(certificate.statement.get("city_name") or "")


def country_name(certificate: Certificate) -> str:
    code = certificate.statement.get("country")
    return str(countries.name(code)) if code else ""


# The history: readable lines, with the reason given --------------------------------------


class CertificateLogFormatter(LogFormatter):
    """A history line that quotes the reason recorded with the change."""

    with_reason = None

    def format_message(self, log_entry):
        data = log_entry.data or {}
        reason = str(data.get("reason") or "").strip()
        if reason and self.with_reason is not None:
            return self.with_reason % {**self.values(data), "reason": reason}
        return self.message % self.values(data)

    def values(self, data) -> dict:
        return {}


class ReplacementLogFormatter(CertificateLogFormatter):
    key = ""

    def values(self, data) -> dict:
        code = str(data.get(self.key) or "")
        return {"code": group_code(code) if code else "?"}


@hooks.register("register_log_actions")
def register_certificate_log_actions(actions):
    @actions.register_action("courses.certificate.issue")
    class Issue(CertificateLogFormatter):
        label = _("Issue")
        message = _("Certificate issued")

    @actions.register_action("courses.certificate.revoke")
    class Revoke(CertificateLogFormatter):
        label = _("Revoke")
        message = _("Certificate revoked")
        with_reason = _("Certificate revoked. Reason: %(reason)s")

    @actions.register_action("courses.certificate.restore")
    class Restore(CertificateLogFormatter):
        label = _("Restore")
        message = _("Certificate restored")
        with_reason = _("Certificate restored. Reason: %(reason)s")

    @actions.register_action("courses.certificate.reissue")
    class Reissue(ReplacementLogFormatter):
        key = "replaces"
        label = _("Re-issue")
        message = _("Certificate re-issued, replacing %(code)s")
        with_reason = _("Certificate re-issued, replacing %(code)s. Reason: %(reason)s")

    @actions.register_action("courses.certificate.supersede")
    class Supersede(ReplacementLogFormatter):
        key = "by"
        label = _("Supersede")
        message = _("Certificate superseded by a re-issued one, %(code)s")
        with_reason = _("Certificate superseded by a re-issued one, %(code)s. Reason: %(reason)s")


# Filters ----------------------------------------------------------------------------------


class IssuedDayFilter(django_filters.DateFilter):
    """A whole day in the admin user's time zone: certificates issued from it (``last=False``)
    or up to the end of it (``last=True``)."""

    def __init__(self, *args, last=False, **kwargs):
        kwargs.setdefault("widget", AdminDateInput)
        # Also keeps the time-zone conversions clear of the limits of ``datetime``.
        kwargs.setdefault("validators", [MinValueValidator(FIRST_DAY), MaxValueValidator(LAST_DAY)])
        self.last = last
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        if not value:
            return qs
        if self.last:
            return qs.filter(issued_at__lt=Period(last=value).end)
        return qs.filter(issued_at__gte=Period(first=value).start)


class CertificateFilterForm(PeriodForm):
    period_fields = ("issued_from", "issued_to")


def _certified_courses(request):
    return (
        CoursePage.objects.filter(certificates__isnull=False)
        .distinct()
        .select_related("locale")
        .order_by("title", "locale__language_code")
    )


def _certified_cities(request):
    return CityPage.objects.filter(certificates__isnull=False).distinct().order_by("title")


class CertificateFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=CertificateStatus.choices,
        empty_label=_("All"),
        widget=forms.RadioSelect,
    )
    kind = django_filters.ChoiceFilter(
        label=_("Kind"),
        choices=Certificate.Kind.choices,
        empty_label=_("All"),
        widget=forms.RadioSelect,
    )
    course = CourseFilter(
        label=_("Course"),
        field_name="course",
        queryset=_certified_courses,
        empty_label=_("All courses"),
    )
    city = CityFilter(
        label=_("City"),
        field_name="city",
        queryset=_certified_cities,
        empty_label=_("All cities"),
    )
    issued_from = IssuedDayFilter(
        label=_("Issued from"), help_text=_("First day, in your time zone.")
    )
    issued_to = IssuedDayFilter(label=_("Issued to"), help_text=_("Last day, included."), last=True)

    class Meta:
        model = Certificate
        fields = []
        form = CertificateFilterForm


# Listing ----------------------------------------------------------------------------------


class NoHandEditsMixin:
    """Nobody adds, changes or deletes a certificate through the admin, superusers included:
    the services issue, re-issue, revoke and restore them."""

    def user_has_permission(self, permission):
        if permission in {"add", "change", "delete"}:
            return False
        return super().user_has_permission(permission)


class CertificateIndexView(NoHandEditsMixin, generic.IndexView):
    any_permission_required = ["view"]
    is_searchable = True
    default_ordering = "-issued_at"
    history_url_name = None
    revoke_url_name = None
    restore_url_name = None
    reissue_url_name = None

    list_export = [
        "code",
        "kind",
        "status",
        "holder_name",
        "email",
        "title",
        "city",
        "country",
        "language",
        "issued_at",
        "revoked_at",
        "revoked_reason",
        "superseded_by",
        "reissue_reason",
    ]
    export_headings = {
        "code": _("Code"),
        "kind": _("Kind"),
        "status": _("Status"),
        "holder_name": _("Name on the certificate"),
        "email": _("Learner's e-mail"),
        "title": _("Course or programme"),
        "city": _("City"),
        "country": _("Country"),
        "language": _("Language"),
        "issued_at": _("Issued"),
        "revoked_at": _("Revoked"),
        "revoked_reason": _("Reason for revocation"),
        "superseded_by": _("Superseded by"),
        "reissue_reason": _("Reason for re-issue"),
    }

    def get_base_queryset(self):
        # Every column reads the certificate's own row; the export adds two joined values.
        queryset = Certificate.objects.all()
        if self.is_export:
            queryset = queryset.annotate(
                learner_email=F("user__email"), superseded_by_code=F("superseded_by__code")
            )
        return queryset

    def order_queryset(self, queryset):
        # A stable order whatever column is sorted (pagination repeats no row).
        return queryset.order_by(self.ordering or self.default_ordering, "-pk")

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        query = self.search_query.strip()
        wanted = Q(statement__holder_name__icontains=query) | Q(user__email__icontains=query)
        code = normalise_code(query)
        if code:
            wanted |= Q(code=code)
        else:
            # Part of a code, one group or more, typed as it is printed.
            fragment = re.sub(r"[\s\-]+", "", query).upper().translate(str.maketrans("ILO", "110"))
            if len(fragment) >= 5 and set(fragment) <= set(ALPHABET):
                wanted |= Q(code__contains=fragment)
        return queryset.filter(wanted)

    @cached_property
    def columns(self):
        title_column = self._get_title_column_class(TitleColumn)
        return [
            title_column(
                "code",
                label=_("Code"),
                accessor="display_code",
                get_url=self.get_inspect_url,
            ),
            Column("holder_name", label=_("Name"), accessor=holder_name),
            Column("title", label=_("Course / track"), accessor=certificate_title),
            Column("city", label=_("City"), accessor=city_name),
            Column("language", label=_("Language"), accessor=lambda c: language_label(c.language)),
            DateColumn("issued_at", label=_("Issued"), sort_key="issued_at"),
            StatusTagColumn(
                "status",
                label=_("Status"),
                accessor="get_status_display",
                primary=lambda c: c.status == CertificateStatus.VALID,
                sort_key="status",
            ),
        ]

    @cached_property
    def can_manage(self) -> bool:
        return can_manage_certificates(self.request.user)

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        buttons.append(
            MenuItem(
                _("History"),
                url=reverse(self.history_url_name, args=(quote(instance.pk),)),
                icon_name="history",
                priority=30,
            )
        )
        if self.can_manage:
            for name, label, icon in available_actions(instance):
                buttons.append(
                    MenuItem(
                        label,
                        url=reverse(getattr(self, f"{name}_url_name"), args=(quote(instance.pk),)),
                        icon_name=icon,
                        priority=40,
                    )
                )
        return buttons

    def get_filename(self):
        return f"certificates-{timezone.localdate():%Y-%m-%d}"

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["filter_errors"] = self.filter_errors
        return context

    @cached_property
    def filter_errors(self) -> list[str]:
        return filter_errors(self.filters)

    # Export: one row per certificate, written from the row itself.

    def to_row_dict(self, item):
        return OrderedDict(
            [
                ("code", item.display_code),
                ("kind", item.get_kind_display()),
                ("status", item.get_status_display()),
                ("holder_name", holder_name(item)),
                ("email", item.learner_email or ""),
                ("title", certificate_title(item)),
                ("city", city_name(item)),
                ("country", country_name(item)),
                ("language", language_label(item.language)),
                ("issued_at", item.issued_at),
                ("revoked_at", item.revoked_at),
                ("revoked_reason", item.revoked_reason),
                (
                    "superseded_by",
                    group_code(item.superseded_by_code) if item.superseded_by_code else "",
                ),
                ("reissue_reason", item.reissue_reason),
            ]
        )

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        # Names, cities and reasons are typed by people; XLSX cells are already text.
        return neutralise_formula(value) if export_format == self.FORMAT_CSV else value


# Inspect and history ----------------------------------------------------------------------

ACTIONS = {
    # name: (label, icon, the statuses it applies to)
    "revoke": (_("Revoke"), "circle-xmark", {CertificateStatus.VALID}),
    "restore": (_("Restore"), "rotate", {CertificateStatus.REVOKED}),
    "reissue": (_("Re-issue"), "resubmit", {CertificateStatus.VALID}),
}


def available_actions(certificate: Certificate) -> list[tuple[str, str, str]]:
    """``(name, label, icon)`` of the actions that apply to the certificate as it stands."""
    return [
        (name, label, icon)
        for name, (label, icon, statuses) in ACTIONS.items()
        if certificate.status in statuses
    ]


def statement_rows(statement: dict) -> list[tuple[str, str]]:
    """The statement as ``(label, text)`` rows, in the order a reader expects."""
    rows = []

    def add(label, value):
        if value not in (None, "", [], {}):
            rows.append((str(label), value))

    add(_("Name on the certificate"), statement.get("holder_name"))
    add(_("City"), statement.get("city_name"))
    country = statement.get("country")
    add(_("Country"), str(countries.name(country)) if country else "")
    title = statement.get("title")
    if isinstance(title, dict):
        for code, _name in settings.LANGUAGES:
            add(_("Title (%(language)s)") % {"language": language_label(code)}, title.get(code))
    for number, course in enumerate(statement.get("courses") or [], start=1):
        add(_("Course %(number)s") % {"number": number}, _in_language(course))
    add(_("Programme"), _in_language(statement.get("programme")))
    add(_("Hours"), statement.get("hours"))
    add(_("Completed on"), statement.get("completed_on"))
    add(_("Learners who completed the track"), statement.get("learners"))
    add(_("Issuer"), statement.get("issuer"))
    names = ", ".join(str(s.get("name", "")) for s in statement.get("signatories") or [])
    add(_("Signatories"), names)
    return rows


class CertificateObjectMixin:
    """Links shared by the inspect, history and action views of one certificate."""

    inspect_url_name = None
    history_url_name = None
    revoke_url_name = None
    restore_url_name = None
    reissue_url_name = None
    pdf_url_name = None

    def url_for(self, name: str, certificate: Certificate | None = None) -> str:
        certificate = certificate or self.object
        return reverse(getattr(self, f"{name}_url_name"), args=(quote(certificate.pk),))

    def action_buttons(self) -> list:
        if not can_manage_certificates(self.request.user):
            return []
        return [
            HeaderButton(label, url=self.url_for(name), icon_name=icon)
            for name, label, icon in available_actions(self.object)
        ]


class CertificateInspectView(CertificateObjectMixin, NoHandEditsMixin, generic.InspectView):
    any_permission_required = ["view"]
    template_name = "courses/admin/certificates/inspect.html"

    def get_object(self, queryset=None):
        return get_object_or_404(
            Certificate.objects.select_related("issued_by", "revoked_by", "superseded_by"),
            pk=self.pk,
        )

    def get_page_subtitle(self):
        return self.object.display_code

    def get_fields(self):
        return []

    @cached_property
    def header_buttons(self):
        return self.action_buttons()

    @cached_property
    def header_more_buttons(self):
        buttons = [
            Button(
                _("History"),
                url=self.url_for("history"),
                icon_name="history",
                priority=10,
            )
        ]
        for priority, (code, _name) in enumerate(settings.LANGUAGES, start=20):
            buttons.append(
                Button(
                    _("PDF in %(language)s") % {"language": language_label(code)},
                    url=self.url_for("pdf") + f"?language={code}",
                    icon_name="download",
                    priority=priority,
                )
            )
        return buttons

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        certificate = self.object
        history = (
            log_registry.get_logs_for_instance(certificate)
            .select_related("user")
            .order_by("-timestamp", "-pk")
        )
        context.update(
            {
                "certificate": certificate,
                "holder_name": holder_name(certificate),
                "title": certificate_title(certificate),
                "language_name": language_label(certificate.language),
                "statement_rows": statement_rows(certificate.statement),
                "history": history,
                "history_url": self.url_for("history"),
                "superseded_by_url": (
                    self.url_for("inspect", certificate.superseded_by)
                    if certificate.superseded_by_id
                    else None
                ),
                "replaces": [
                    (old.display_code, self.url_for("inspect", old))
                    for old in Certificate.objects.filter(superseded_by=certificate).only(
                        "pk", "code"
                    )
                ],
            }
        )
        return context


class CertificateHistoryView(CertificateObjectMixin, NoHandEditsMixin, HistoryView):
    any_permission_required = ["view"]

    def get_page_subtitle(self):
        return self.object.display_code

    @cached_property
    def header_buttons(self):
        return [
            HeaderButton(_("Inspect"), url=self.url_for("inspect"), icon_name="info-circle"),
            *self.action_buttons(),
        ]


class CertificatePDFView(View):
    """The certificate's PDF in one of the four languages, for staff to check."""

    def dispatch(self, request, pk):
        if not request.user.has_perm(VIEW_PERMISSION):
            raise PermissionDenied
        language = request.GET.get("language", "")
        if language not in dict(settings.LANGUAGES):
            raise Http404
        certificate = get_object_or_404(Certificate, pk=pk)
        from courses.certificates.rendering import open_pdf  # WeasyPrint, only when asked

        return FileResponse(
            open_pdf(certificate, language),
            content_type="application/pdf",
            filename=f"certificate-{certificate.display_code}-{language}.pdf",
        )


# Revoke, restore, re-issue ----------------------------------------------------------------


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        max_length=MAX_REASON,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Kept in the certificate's history, with your name and the date."),
    )


class ReissueForm(ReasonForm):
    display_name = forms.CharField(
        label=_("Corrected name"),
        required=False,
        max_length=MAX_NAME,
        help_text=_(
            "The name to print on the new certificate. Leave empty to use the learner's "
            "current profile name (or the city's name)."
        ),
    )


class CertificateActionView(CertificateObjectMixin, WagtailAdminTemplateMixin, FormView):
    """A confirmation form; posting it calls the service, which refuses with a ``.code``."""

    action = ""
    form_class = ReasonForm
    template_name = "courses/admin/certificates/action.html"
    index_url_name = None
    header_icon = "doc-full-inverse"
    submit_label = ""
    intro = ""
    serious = False

    def dispatch(self, request, *args, **kwargs):
        # Refuse before looking anything up: nothing about a certificate reaches those who
        # may not act on it.
        if not can_manage_certificates(request.user):
            raise PermissionDenied
        self.object = get_object_or_404(Certificate, pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        if self.action not in {name for name, _label, _icon in available_actions(self.object)}:
            # Say why at once (nothing changes on a GET either way).
            return self.refused(CertificateError(self.refusal_code()))
        return super().get(request, *args, **kwargs)

    def refusal_code(self) -> str:
        status = self.object.status
        if status == CertificateStatus.SUPERSEDED:
            return "superseded"
        return {
            "revoke": "already_revoked",
            "restore": "not_revoked",
            "reissue": "revoked",
        }[self.action]

    def refused(self, error: CertificateError):
        messages.error(self.request, error.message)
        return redirect(self.url_for("inspect"))

    def perform(self, cleaned_data) -> Certificate:
        raise NotImplementedError

    def success_message(self, certificate: Certificate) -> str:
        raise NotImplementedError

    def form_valid(self, form):
        try:
            certificate = self.perform(form.cleaned_data)
        except CertificateError as error:
            if error.code in {"reason_required", "reason_too_long"}:
                form.add_error("reason", error.message)
                return self.form_invalid(form)
            return self.refused(error)
        messages.success(
            self.request,
            self.success_message(certificate),
            buttons=[messages.button(self.url_for("history", certificate), _("History"))],
        )
        return redirect(self.url_for("inspect", certificate))

    def get_page_title(self):
        return capfirst(ACTIONS[self.action][0])

    def get_page_subtitle(self):
        return self.object.display_code

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(self.index_url_name), "label": _("Certificates")},
            {"url": self.url_for("inspect"), "label": self.object.display_code},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            {
                "certificate": self.object,
                "holder_name": holder_name(self.object),
                "title": certificate_title(self.object),
                "action_url": self.request.path,
                "inspect_url": self.url_for("inspect"),
                "submit_label": self.submit_label,
                "intro": self.intro,
                "serious": self.serious,
            }
        )
        return context


class RevokeView(CertificateActionView):
    action = "revoke"
    submit_label = _("Revoke the certificate")
    intro = _(
        "A revoked certificate no longer verifies: anyone checking its code is told it was "
        "revoked. It can be restored later."
    )
    serious = True

    def perform(self, cleaned_data):
        return revoke_certificate(
            certificate=self.object, by=self.request.user, reason=cleaned_data["reason"]
        )

    def success_message(self, certificate):
        return _("Certificate %(code)s revoked.") % {"code": certificate.display_code}


class RestoreView(CertificateActionView):
    action = "restore"
    submit_label = _("Restore the certificate")
    intro = _("The certificate becomes valid again, with the same code.")

    def perform(self, cleaned_data):
        return restore_certificate(
            certificate=self.object, by=self.request.user, reason=cleaned_data["reason"]
        )

    def success_message(self, certificate):
        return _("Certificate %(code)s restored.") % {"code": certificate.display_code}


class ReissueView(CertificateActionView):
    action = "reissue"
    form_class = ReissueForm
    submit_label = _("Re-issue the certificate")
    intro = _(
        "A new certificate, with a new code, replaces this one: it restates today's records "
        "(with the corrected name, if you give one). This one is kept as superseded and "
        "points to the new one."
    )

    def perform(self, cleaned_data):
        return reissue_certificate(
            certificate=self.object,
            by=self.request.user,
            reason=cleaned_data["reason"],
            display_name=cleaned_data.get("display_name") or None,
        )

    def success_message(self, certificate):
        return _("Certificate %(old)s re-issued as %(new)s.") % {
            "old": self.object.display_code,
            "new": certificate.display_code,
        }


# The viewsets -----------------------------------------------------------------------------


class CertificateURLFinder(ModelAdminURLFinder):
    """Links from elsewhere in the admin (site history) open the inspect view."""

    inspect_url_name = None

    def get_edit_url(self, instance):
        if self.user and not self.user.has_perm(VIEW_PERMISSION):
            return None
        return reverse(self.inspect_url_name, args=(quote(instance.pk),))


class CertificateViewSet(ModelViewSet):
    model = Certificate
    name = "certificates"
    url_namespace = "courses_certificates"
    icon = "doc-full-inverse"
    menu_label = _("Certificates")
    menu_name = "issued-certificates"
    menu_order = 100
    index_view_class = CertificateIndexView
    inspect_view_class = CertificateInspectView
    history_view_class = CertificateHistoryView
    index_results_template_name = "courses/admin/certificates/index_results.html"
    inspect_view_enabled = True
    copy_view_enabled = False
    # Certificates point at courses, cities and learners; they are not "uses" of a page.
    add_to_reference_index = False
    filterset_class = CertificateFilterSet
    list_per_page = 50
    export_filename = "certificates"
    action_views = {"revoke": RevokeView, "restore": RestoreView, "reissue": ReissueView}

    def get_common_view_kwargs(self, **kwargs):
        view_kwargs = super().get_common_view_kwargs(**kwargs)
        # No add, edit, copy, delete or usage views (see get_urlpatterns).
        for name in ("add", "edit", "copy", "delete", "usage"):
            view_kwargs[f"{name}_url_name"] = None
        for name in ("inspect", "history", "revoke", "restore", "reissue", "pdf"):
            view_kwargs[f"{name}_url_name"] = self.get_url_name(name)
        return view_kwargs

    def get_urlpatterns(self):
        # Listing, inspect and history, and the actions; no add, edit, copy or delete.
        urlpatterns = [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
            path("history/<int:pk>/", self.history_view, name="history"),
            path("history-results/<int:pk>/", self.history_results_view, name="history_results"),
            path("pdf/<int:pk>/", CertificatePDFView.as_view(), name="pdf"),
        ]
        for name, view_class in self.action_views.items():
            view = self.construct_view(view_class)
            urlpatterns.append(path(f"{name}/<int:pk>/", view, name=name))
        return urlpatterns

    @property
    def url_finder_class(self):
        return type(
            "CertificateURLFinder",
            (CertificateURLFinder,),
            {"inspect_url_name": self.get_url_name("inspect")},
        )

    def get_permissions_to_register(self):
        # Seeing certificates and acting on them; add, change and delete mean nothing here.
        return Permission.objects.filter(
            content_type__app_label="courses",
            codename__in=["view_certificate", "manage_certificates"],
        )


class AcademyTrackForm(WagtailAdminModelForm):
    """The model's panels, with the courses as checkboxes that name each one's language (a
    course and its translations share a title)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        courses = self.fields["courses"]
        courses.widget = forms.CheckboxSelectMultiple()
        courses.queryset = CoursePage.objects.select_related("locale").order_by(
            "title", "locale__language_code"
        )
        courses.label_from_instance = lambda course: (
            f"{course.title} ({language_label(course.locale.language_code)})"
        )


class AcademyTrackViewSet(SnippetViewSet):
    model = AcademyTrack
    icon = "tasks"
    menu_label = _("Academy tracks")
    menu_name = "academy-tracks"
    menu_hook = MENU_HOOK
    menu_order = 200
    copy_view_enabled = False
    list_display = ["programme", "learners_required"]
    edit_handler = ObjectList(AcademyTrack.panels, base_form_class=AcademyTrackForm)

    def get_queryset(self, request):
        return AcademyTrack.objects.select_related("programme").order_by("programme__sort_order")


class CertificatesMenu(ViewSetGroup):
    """The certificates issued, and the Academy tracks that make cities earn them."""

    menu_label = _("Certificates")
    menu_icon = "doc-full-inverse"
    menu_name = "certificates"
    submenu_hook = MENU_HOOK
    items = (CertificateViewSet,)


@hooks.register("register_admin_viewset")
def register_certificate_viewsets():
    return CertificatesMenu()


register_snippet(AcademyTrackViewSet)
