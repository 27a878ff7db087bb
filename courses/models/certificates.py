"""Certificates: a record first, a PDF second.

A ``Certificate`` holds an unguessable code, who or what it certifies, a frozen copy of what it
states and its status. PDFs are rendered from that record (``courses.certificates.rendering``)
in any of the four languages, always with the same code. Learner certificates are issued when
a course is completed; city certificates when enough of a city's learners complete a
programme's Academy track. Written only through ``courses.certificates.services``.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageChooserBlock


class SignatoryBlock(blocks.StructBlock):
    """A person who signs certificates: name, role in each language, signature image."""

    name = blocks.CharBlock(label=_("name"), max_length=120)
    role = blocks.CharBlock(label=_("role (English)"), max_length=160)
    role_es = blocks.CharBlock(label=_("role (Spanish)"), max_length=160, required=False)
    role_fr = blocks.CharBlock(label=_("role (French)"), max_length=160, required=False)
    role_pt = blocks.CharBlock(label=_("role (Portuguese)"), max_length=160, required=False)
    signature = ImageChooserBlock(
        label=_("signature"),
        required=False,
        help_text=_("A scan of the signature, ideally a PNG with a transparent background."),
    )

    class Meta:
        icon = "edit"
        label = _("Signatory")
        template = "blocks/signatory_block.html"
        description = _("A person whose name and signature appear on certificates")
        preview_value = {"name": "Ana Pereira", "role": "Academy director"}


@register_setting(icon="doc-full")
class CertificateSettings(BaseSiteSetting):
    """Who issues the Academy's certificates and who signs them."""

    issuer_name = models.CharField(
        _("issuer"),
        max_length=160,
        default="Cities Academy",
        help_text=_("The organisation named as the issuer on certificates and verification."),
    )
    signatories = StreamField(
        [("signatory", SignatoryBlock())],
        verbose_name=_("signatories"),
        blank=True,
        max_num=3,
        help_text=_(
            "Up to three people who sign certificates. A programme's track can name its own."
        ),
    )

    panels = [FieldPanel("issuer_name"), FieldPanel("signatories")]

    class Meta:
        verbose_name = _("certificates")


class AcademyTrack(ClusterableModel):
    """A programme's Academy track: the courses a city's learners complete to earn the city a
    certificate of participation, and how many learners must complete all of them."""

    programme = models.OneToOneField(
        "academy.Programme",
        verbose_name=_("programme"),
        on_delete=models.CASCADE,
        related_name="academy_track",
    )
    courses = ParentalManyToManyField(
        "courses.CoursePage",
        verbose_name=_("courses"),
        related_name="academy_tracks",
        help_text=_("A learner completes the track by completing each of these, in any language."),
    )
    learners_required = models.PositiveSmallIntegerField(
        _("learners required"),
        default=3,
        validators=[MinValueValidator(1), MaxValueValidator(1000)],
        help_text=_("How many of a city's learners must complete the whole track."),
    )
    signatories = StreamField(
        [("signatory", SignatoryBlock())],
        verbose_name=_("signatories"),
        blank=True,
        max_num=3,
        help_text=_("Signatories for this programme's certificates; leave empty for the site's."),
    )

    panels = [
        FieldPanel("programme"),
        MultiFieldPanel(
            [FieldPanel("courses"), FieldPanel("learners_required")], heading=_("Track")
        ),
        FieldPanel("signatories"),
    ]

    class Meta:
        verbose_name = _("Academy track")
        verbose_name_plural = _("Academy tracks")

    def __str__(self):
        return f"Academy track {self.pk}"


class CertificateKind(models.TextChoices):
    LEARNER = "learner", _("Learner")
    CITY = "city", _("City")


class CertificateStatus(models.TextChoices):
    VALID = "valid", _("Valid")
    REVOKED = "revoked", _("Revoked")
    SUPERSEDED = "superseded", _("Superseded")


class Certificate(models.Model):
    Kind = CertificateKind
    Status = CertificateStatus

    code = models.CharField(_("code"), max_length=32, unique=True, editable=False)
    kind = models.CharField(
        _("kind"), max_length=10, choices=CertificateKind.choices, default=CertificateKind.LEARNER
    )
    # A learner's certificates go with their account: deleting it removes them (the learner
    # is told so before deleting). City certificates have no user.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="certificates",
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="certificates",
    )
    track = models.ForeignKey(
        AcademyTrack,
        verbose_name=_("Academy track"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="certificates",
    )
    programme = models.ForeignKey(
        "academy.Programme",
        verbose_name=_("programme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
    )
    # The learner's city when it was issued (or the city certified); the statement keeps its
    # name even if the city page goes.
    city = models.ForeignKey(
        "academy.CityPage",
        verbose_name=_("city"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
    )
    language = models.CharField(
        _("language"), max_length=8, choices=settings.LANGUAGES, default="en"
    )
    issued_at = models.DateTimeField(_("issued"), default=timezone.now)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("issued by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Empty when issued automatically."),
    )
    statement = models.JSONField(_("statement"), default=dict, editable=False)
    template_revision = models.CharField(_("template revision"), max_length=20)
    status = models.CharField(
        _("status"), max_length=12, choices=CertificateStatus.choices, default="valid"
    )
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revoked_reason = models.TextField(_("reason for revocation"), blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("revoked by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    superseded_by = models.ForeignKey(
        "self",
        verbose_name=_("superseded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="supersedes",
    )
    superseded_at = models.DateTimeField(_("superseded"), null=True, blank=True)
    reissue_reason = models.TextField(_("reason for re-issue"), blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at", "-pk"]
        permissions = [("manage_certificates", _("Can revoke, restore and re-issue certificates"))]
        constraints = [
            # Exactly one current certificate per learner and course, and per city and track.
            models.UniqueConstraint(
                fields=["user", "course"],
                condition=Q(kind="learner") & ~Q(status="superseded"),
                name="one_current_certificate_per_learner_course",
            ),
            models.UniqueConstraint(
                fields=["city", "track"],
                condition=Q(kind="city") & ~Q(status="superseded"),
                name="one_current_certificate_per_city_track",
            ),
            models.CheckConstraint(
                condition=(
                    Q(kind="learner", user__isnull=False, course__isnull=False)
                    | Q(kind="city", track__isnull=False)
                ),
                name="certificate_kind_has_its_subject",
            ),
            models.CheckConstraint(
                condition=Q(superseded_by__isnull=True) | Q(status="superseded"),
                name="certificate_superseded_status",
            ),
            models.CheckConstraint(
                condition=~Q(status="revoked") | Q(revoked_at__isnull=False),
                name="certificate_revoked_has_date",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "issued_at"], name="certificate_status_date"),
            models.Index(fields=["course", "issued_at"], name="certificate_course_date"),
        ]

    def __str__(self):
        return f"Certificate {self.display_code}"

    @property
    def display_code(self) -> str:
        from courses.certificates.codes import group_code

        return group_code(self.code)

    @property
    def is_valid(self) -> bool:
        return self.status == CertificateStatus.VALID
