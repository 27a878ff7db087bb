"""Writes on certificates: issue, re-issue, revoke, restore, and city certificates.

Every function is keyword-only, runs in a transaction, refuses with a ``CertificateError``
carrying a stable ``.code``, and records what it did in Wagtail's history. A database
constraint (one current certificate per learner and course, per city and track) is the last
line of defence against a double issue.
"""

from django.db import IntegrityError, transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.log_actions import log

from courses.certificates.codes import new_code
from courses.certificates.statements import city_statement, learner_statement
from courses.models import AcademyTrack, Certificate, Enrolment

# Bump when the certificate's design changes in a way that changes what a PDF looks like;
# certificates keep the revision they were issued with (courses/certificates/rendering.py).
TEMPLATE_REVISION = "2026.1"
MAX_REASON = 2000

MESSAGES = {
    "course_not_completed": _("The course has not been completed, so no certificate is due."),
    "already_revoked": _("This certificate is already revoked."),
    "not_revoked": _("This certificate is not revoked, so there is nothing to restore."),
    "superseded": _("This certificate has been replaced by a newer one; act on that one."),
    "revoked": _("A revoked certificate cannot be re-issued; restore it first."),
    "reason_required": _("Give a reason: it is kept in the certificate's history."),
    "reason_too_long": _("Keep the reason under 2,000 characters."),
}


class CertificateError(Exception):
    """A refusal with a stable ``code``; ``message`` is for people."""

    def __init__(self, code: str):
        self.code = code
        super().__init__(code)

    @property
    def message(self) -> str:
        return str(MESSAGES[self.code])


def _clean_reason(reason: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise CertificateError("reason_required")
    if len(reason) > MAX_REASON:
        raise CertificateError("reason_too_long")
    return reason


def _locked(certificate: Certificate) -> Certificate:
    return Certificate.objects.select_for_update().get(pk=certificate.pk)


def _current_learner_certificate(*, user_id, course_id) -> Certificate | None:
    return (
        Certificate.objects.filter(kind="learner", user_id=user_id, course_id=course_id)
        .exclude(status=Certificate.Status.SUPERSEDED)
        .first()
    )


def issue_certificate(*, enrolment: Enrolment, issued_by=None) -> tuple[Certificate, bool]:
    """The learner's certificate for a completed enrolment: issued now, or the one they have.

    Returns ``(certificate, created)``. Safe to call any number of times, from any number of
    processes at once: exactly one certificate is current per learner and course.
    """
    enrolment = Enrolment.objects.select_related(
        "user__learner_profile__city", "course__programme"
    ).get(pk=enrolment.pk)
    if enrolment.completed_at is None:
        raise CertificateError("course_not_completed")
    existing = _current_learner_certificate(
        user_id=enrolment.user_id, course_id=enrolment.course_id
    )
    if existing is not None:
        return existing, False
    statement, city = learner_statement(enrolment=enrolment)
    profile = getattr(enrolment.user, "learner_profile", None)
    try:
        with transaction.atomic():
            certificate = Certificate.objects.create(
                code=new_code(),
                kind=Certificate.Kind.LEARNER,
                user=enrolment.user,
                course=enrolment.course,
                programme=enrolment.course.programme,
                city=city,
                language=profile.preferred_language if profile else "en",
                issued_by=issued_by,
                statement=statement,
                template_revision=TEMPLATE_REVISION,
            )
    except IntegrityError:
        # Another process issued it between our look and our write: theirs stands.
        existing = _current_learner_certificate(
            user_id=enrolment.user_id, course_id=enrolment.course_id
        )
        if existing is None:
            raise
        return existing, False
    log(certificate, "courses.certificate.issue", user=issued_by, data={"code": certificate.code})
    return certificate, True


def _replacement_statement(old: Certificate, display_name: str | None) -> tuple[dict, object]:
    if old.kind == Certificate.Kind.CITY:
        if old.city is None:  # the city page is gone: restate what the old one said
            statement = dict(old.statement)
        else:
            statement = city_statement(
                city=old.city, track=old.track, learners=old.statement.get("learners", 0)
            )
        if display_name:
            statement["holder_name"] = statement["city_name"] = display_name[:200]
        return statement, old.city
    enrolment = Enrolment.objects.select_related(
        "user__learner_profile__city", "course__programme"
    ).get(user_id=old.user_id, course_id=old.course_id)
    return learner_statement(enrolment=enrolment, display_name=display_name)


@transaction.atomic
def reissue_certificate(
    *, certificate: Certificate, by, reason: str, display_name: str | None = None
) -> Certificate:
    """A new certificate replacing ``certificate`` (a name correction, a new design).

    The new one has a new code and restates everything from today's records (with
    ``display_name`` instead of the profile's, when given); the old one becomes superseded,
    keeps its history and points to the new one.
    """
    reason = _clean_reason(reason)
    old = _locked(certificate)
    if old.status == Certificate.Status.SUPERSEDED:
        raise CertificateError("superseded")
    if old.status == Certificate.Status.REVOKED:
        raise CertificateError("revoked")
    statement, city = _replacement_statement(old, (display_name or "").strip() or None)
    now = timezone.now()
    Certificate.objects.filter(pk=old.pk).update(status=Certificate.Status.SUPERSEDED)
    new = Certificate.objects.create(
        code=new_code(),
        kind=old.kind,
        user_id=old.user_id,
        course_id=old.course_id,
        track_id=old.track_id,
        programme_id=old.programme_id,
        city=city,
        language=old.language,
        issued_by=by,
        statement=statement,
        template_revision=TEMPLATE_REVISION,
        reissue_reason=reason,
    )
    Certificate.objects.filter(pk=old.pk).update(superseded_by=new, superseded_at=now)
    old.refresh_from_db()
    log(old, "courses.certificate.supersede", user=by, data={"by": new.code, "reason": reason})
    log(new, "courses.certificate.reissue", user=by, data={"replaces": old.code, "reason": reason})
    certificate.refresh_from_db()
    return new


@transaction.atomic
def revoke_certificate(*, certificate: Certificate, by, reason: str) -> Certificate:
    reason = _clean_reason(reason)
    current = _locked(certificate)
    if current.status == Certificate.Status.REVOKED:
        raise CertificateError("already_revoked")
    if current.status == Certificate.Status.SUPERSEDED:
        raise CertificateError("superseded")
    current.status = Certificate.Status.REVOKED
    current.revoked_at = timezone.now()
    current.revoked_reason = reason
    current.revoked_by = by
    current.save(update_fields=["status", "revoked_at", "revoked_reason", "revoked_by"])
    log(current, "courses.certificate.revoke", user=by, data={"reason": reason})
    certificate.refresh_from_db()
    return current


@transaction.atomic
def restore_certificate(*, certificate: Certificate, by, reason: str) -> Certificate:
    reason = _clean_reason(reason)
    current = _locked(certificate)
    if current.status == Certificate.Status.SUPERSEDED:
        raise CertificateError("superseded")
    if current.status != Certificate.Status.REVOKED:
        raise CertificateError("not_revoked")
    revoked_reason = current.revoked_reason
    current.status = Certificate.Status.VALID
    current.revoked_at = None
    current.revoked_reason = ""
    current.revoked_by = None
    current.save(update_fields=["status", "revoked_at", "revoked_reason", "revoked_by"])
    log(
        current,
        "courses.certificate.restore",
        user=by,
        data={"reason": reason, "revoked_reason": revoked_reason},
    )
    certificate.refresh_from_db()
    return current


def learners_completing_track(*, city, track: AcademyTrack) -> int:
    """How many of ``city``'s learners have completed every course of ``track``, counting a
    course as completed in any of its languages."""
    keys = set(track.courses.values_list("translation_key", flat=True))
    if not keys:
        return 0
    return (
        Enrolment.objects.filter(
            completed_at__isnull=False,
            user__learner_profile__city=city,
            course__translation_key__in=keys,
        )
        .values("user")
        .annotate(done=Count("course__translation_key", distinct=True))
        .filter(done=len(keys))
        .count()
    )


def _current_city_certificate(*, city, track) -> Certificate | None:
    return (
        Certificate.objects.filter(kind="city", city=city, track=track)
        .exclude(status=Certificate.Status.SUPERSEDED)
        .first()
    )


def issue_city_certificate(*, city, track: AcademyTrack, issued_by=None):
    """The city's certificate of participation in ``track``, if enough of its learners have
    completed the track and it has none yet. Returns ``(certificate or None, created)``."""
    existing = _current_city_certificate(city=city, track=track)
    if existing is not None:
        return existing, False
    learners = learners_completing_track(city=city, track=track)
    if learners < track.learners_required:
        return None, False
    try:
        with transaction.atomic():
            certificate = Certificate.objects.create(
                code=new_code(),
                kind=Certificate.Kind.CITY,
                track=track,
                programme=track.programme,
                city=city,
                language="en",
                issued_by=issued_by,
                statement=city_statement(city=city, track=track, learners=learners),
                template_revision=TEMPLATE_REVISION,
            )
    except IntegrityError:
        existing = _current_city_certificate(city=city, track=track)
        if existing is None:
            raise
        return existing, False
    log(certificate, "courses.certificate.issue", user=issued_by, data={"code": certificate.code})
    return certificate, True


def issue_city_certificates_due(*, enrolment: Enrolment) -> list[Certificate]:
    """City certificates that ``enrolment``'s completion makes due, issued now."""
    profile = getattr(enrolment.user, "learner_profile", None)
    if profile is None or profile.city_id is None:
        return []
    tracks = AcademyTrack.objects.filter(
        courses__translation_key=enrolment.course.translation_key
    ).select_related("programme")
    issued = []
    for track in tracks.distinct():
        certificate, created = issue_city_certificate(city=profile.city, track=track)
        if created:
            issued.append(certificate)
    return issued
