"""Reads of certificates: a learner's own (My certificates, downloads, the data download) and
one certificate by code for the public verification page.

Each read is one query whatever the number of certificates: what a page shows comes from the
certificate's frozen statement, the learner's consent from a join. Nothing here writes.
"""

from dataclasses import dataclass, field
from urllib.parse import quote, urlencode

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import get_language

from django_countries import countries

from courses.certificates.codes import group_code, verification_path
from courses.models import Certificate

LANGUAGES = tuple(code for code, _name in settings.LANGUAGES)
LINKEDIN_ADD_URL = "https://www.linkedin.com/profile/add"


def current_language() -> str:
    language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return language if language in LANGUAGES else settings.LANGUAGE_CODE


def in_language(values, language: str) -> str:
    """A statement's per-language text (title, programme) in ``language``, else English, else
    any: statements carry all four, but an old or hand-made one might not."""
    if not isinstance(values, dict):
        return str(values or "")
    return (
        values.get(language)
        or values.get(settings.LANGUAGE_CODE)
        or next((value for value in values.values() if value), "")
    )


def public_url(code: str, language: str | None = None) -> str:
    """The absolute verification URL of ``code``: the address the PDF's QR code carries
    (``rendering.verification_url``), on the site's configured base URL."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + verification_path(code, language=language)


def place_name(city_name: str, country_code: str) -> str:
    """ "Rosario, Argentina" (the country in the active language), or whichever part is known."""
    country = countries.name(country_code) if country_code else ""
    return ", ".join(part for part in (city_name, str(country or "")) if part)


def linkedin_add_url(*, name: str, issuer: str, issued_at, url: str, code: str) -> str:
    """LinkedIn's "Add licence or certification" form, filled in. Only a link: the learner
    follows it (or not); nothing is sent to LinkedIn by the Academy."""
    issued = timezone.localtime(issued_at)
    params = {
        "startTask": "CERTIFICATION_NAME",
        "name": name,
        "organizationName": issuer,
        "issueYear": str(issued.year),
        "issueMonth": str(issued.month),
        "certUrl": url,
        "certId": code,
    }
    return f"{LINKEDIN_ADD_URL}?{urlencode(params, quote_via=quote)}"


def download_filename(certificate: Certificate, language: str) -> str:
    """An ASCII file name: ``certificate-<course>-<code>-<language>.pdf``."""
    title = slugify(in_language(certificate.statement.get("title"), language))[:60].strip("-")
    parts = ["certificate", title, certificate.display_code, language]
    return "-".join(part for part in parts if part) + ".pdf"


# My certificates ----------------------------------------------------------------------------


@dataclass
class Download:
    language: str
    name: str
    url: str


@dataclass
class LearnerCertificate:
    """One of a learner's certificates as My certificates shows it."""

    certificate: Certificate
    title: str
    issuer: str
    share_url: str = ""
    linkedin_url: str = ""
    downloads: list[Download] = field(default_factory=list)

    @property
    def anchor(self) -> str:
        return f"certificate-{self.certificate.code}"

    @property
    def replaced_by_anchor(self) -> str:
        newer = self.certificate.superseded_by
        return f"certificate-{newer.code}" if newer else ""


def learner_certificates_queryset(user):
    return (
        Certificate.objects.filter(user=user, kind=Certificate.Kind.LEARNER)
        .select_related("superseded_by", "course")
        .order_by("-issued_at", "-pk")
    )


def learner_certificates(user, *, language: str | None = None) -> list[LearnerCertificate]:
    """The learner's certificates, valid ones first, with what a valid one offers: a download
    in each language, a share link (in ``language``) and LinkedIn's add-to-profile link."""
    language = language or current_language()
    entries = []
    for certificate in learner_certificates_queryset(user):
        entry = LearnerCertificate(
            certificate=certificate,
            title=in_language(certificate.statement.get("title"), language),
            issuer=certificate.statement.get("issuer", ""),
        )
        if certificate.is_valid:
            entry.share_url = public_url(certificate.code, language)
            entry.linkedin_url = linkedin_add_url(
                name=entry.title,
                issuer=entry.issuer,
                issued_at=certificate.issued_at,
                url=entry.share_url,
                code=certificate.display_code,
            )
            entry.downloads = [
                Download(
                    language=code,
                    name=name,
                    url=reverse(
                        "certificate_download",
                        kwargs={"code": certificate.display_code, "language": code},
                    ),
                )
                for code, name in settings.LANGUAGES
            ]
        entries.append(entry)
    # Valid certificates first (what a learner comes for), each group newest first.
    entries.sort(key=lambda entry: not entry.certificate.is_valid)
    return entries


def own_certificate(user, code: str) -> Certificate | None:
    """The certificate with ``code`` if ``user`` holds it, else None (whether or not the code
    exists: a learner cannot tell another's code from an unknown one)."""
    if not getattr(user, "is_authenticated", False):
        return None
    return (
        Certificate.objects.filter(code=code, user=user, kind=Certificate.Kind.LEARNER)
        .select_related("superseded_by")
        .first()
    )


def course_certificate(*, user, course) -> Certificate | None:
    """The learner's current (valid or revoked, not superseded) certificate for ``course``."""
    if not getattr(user, "is_authenticated", False):
        return None
    return (
        Certificate.objects.filter(user=user, course=course, kind=Certificate.Kind.LEARNER)
        .exclude(status=Certificate.Status.SUPERSEDED)
        .first()
    )


def certificate_record(user) -> list[dict]:
    """The learner's certificates for their data download."""
    return [
        {
            "code": certificate.display_code,
            "course": in_language(certificate.statement.get("title"), certificate.language),
            "language": certificate.language,
            "status": certificate.status,
            "issued_at": certificate.issued_at.isoformat(),
            "revoked_at": certificate.revoked_at.isoformat() if certificate.revoked_at else None,
            "revoked_reason": certificate.revoked_reason or None,
            "superseded_by": certificate.superseded_by.display_code
            if certificate.superseded_by_id
            else None,
            "verification_url": public_url(certificate.code, certificate.language),
            "statement": certificate.statement,
        }
        for certificate in learner_certificates_queryset(user).order_by("issued_at", "pk")
    ]


# Verification -------------------------------------------------------------------------------


@dataclass
class Verification:
    """What the public verification page says about one certificate."""

    certificate: Certificate
    title: str
    issuer: str
    programme: str
    hours: object
    # Shown only with the learner's consent (always for a city's certificate).
    holder_name: str = ""
    place: str = ""
    newer_url: str = ""

    @property
    def status(self) -> str:
        return self.certificate.status

    @property
    def is_city(self) -> bool:
        return self.certificate.kind == Certificate.Kind.CITY

    @property
    def display_code(self) -> str:
        return group_code(self.certificate.code)


def verification(code: str, *, language: str | None = None) -> Verification | None:
    """The answer for a normalised ``code``, or None if no certificate has it.

    The learner's consent is read now, not when the certificate was issued: withdrawing it
    hides their name and city from the next visitor on.
    """
    language = language or current_language()
    certificate = (
        Certificate.objects.filter(code=code)
        .select_related("user__learner_profile", "superseded_by")
        .first()
    )
    if certificate is None:
        return None
    statement = certificate.statement or {}
    answer = Verification(
        certificate=certificate,
        title=in_language(statement.get("title"), language),
        issuer=statement.get("issuer", ""),
        programme=in_language(statement.get("programme"), language),
        hours=statement.get("hours"),
    )
    if certificate.kind == Certificate.Kind.CITY:
        consent = True
    else:
        profile = getattr(certificate.user, "learner_profile", None) if certificate.user else None
        consent = bool(profile and profile.public_consent)
    if consent:
        answer.holder_name = statement.get("holder_name", "")
        answer.place = place_name(statement.get("city_name", ""), statement.get("country", ""))
    if certificate.superseded_by_id:
        answer.newer_url = verification_path(certificate.superseded_by.code, language=language)
    return answer
