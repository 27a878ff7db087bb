"""What a certificate states, frozen when it is issued.

A statement is plain JSON: the holder's name and city, the course (or track) title in each of
the four languages, hours, programme, issuer, branding and signatories. Rendering reads only
the statement, so a certificate says the same thing years later whatever happens to the
course page, the learner's profile or the site's branding.
"""

import logging

from django.conf import settings

from wagtail.models import Site

from academy.models import BrandingSettings
from courses.models import AcademyTrack, CertificateSettings, CoursePage

logger = logging.getLogger(__name__)

LANGUAGES = tuple(code for code, _name in settings.LANGUAGES)
# The longest holder name a statement keeps (a display name is at most 120 characters; an
# editor's correction is held to the same bound). Anything longer is cut, never refused.
MAX_NAME = 200


def _per_language(values: dict[str, str], fallback: str) -> dict[str, str]:
    return {language: (values.get(language) or fallback) for language in LANGUAGES}


def titles_in_every_language(course: CoursePage) -> dict[str, str]:
    """The course's title in each language: its translations' titles, else the source's."""
    rows = CoursePage.objects.filter(translation_key=course.translation_key).values_list(
        "locale__language_code", "title"
    )
    titles = {language.split("-")[0]: title for language, title in rows}
    return _per_language(titles, titles.get("en") or course.title)


def _vocabulary_names(obj) -> dict[str, str] | None:
    if obj is None:
        return None
    return {
        "en": obj.name,
        "es": obj.name_es or obj.name,
        "fr": obj.name_fr or obj.name,
        "pt": obj.name_pt or obj.name,
    }


def _default_site():
    return Site.objects.filter(is_default_site=True).first() or Site.objects.first()


def _image_file(image, spec: str) -> str:
    """A rendition's path under MEDIA_ROOT (made now, so rendering never resizes)."""
    if image is None:
        return ""
    try:
        if image.filename.lower().endswith(".svg"):
            return image.file.name
        return image.get_rendition(spec).file.name
    except Exception:  # a missing or unreadable image file must not stop issuing
        logger.warning("Certificate image %s could not be prepared", image.pk, exc_info=True)
        return ""


def _signatories(stream) -> list[dict]:
    signatories = []
    for block in stream or []:
        value = block.value
        signatories.append(
            {
                "name": value["name"],
                "role": _per_language(
                    {
                        "en": value["role"],
                        "es": value.get("role_es", ""),
                        "fr": value.get("role_fr", ""),
                        "pt": value.get("role_pt", ""),
                    },
                    value["role"],
                ),
                "signature": _image_file(value.get("signature"), "max-480x160|format-png"),
            }
        )
    return signatories


def _branding(programme) -> dict:
    site = _default_site()
    branding = BrandingSettings.for_site(site) if site else BrandingSettings()
    certificate_settings = CertificateSettings.for_site(site) if site else CertificateSettings()
    track = None
    if programme is not None:
        track = AcademyTrack.objects.filter(programme=programme).first()
    signatories = _signatories(track.signatories if track and track.signatories else None)
    if not signatories:
        signatories = _signatories(certificate_settings.signatories)
    return {
        "issuer": certificate_settings.issuer_name or branding.site_name,
        "site_name": branding.site_name,
        "logo": _image_file(branding.logo, "max-600x240|format-png"),
        "primary_colour": branding.primary_colour,
        "accent_colour": (programme.colour if programme else "") or branding.accent_colour,
        "signatories": signatories,
    }


def _city(profile) -> tuple[object | None, str, str]:
    """(city page or None, city name, country code) of a learner profile."""
    if profile is None:
        return None, "", ""
    if profile.city_id is not None:
        city = profile.city
        return city, city.title, str(city.country or "")
    return None, profile.other_city, ""


def holder_name(user, profile) -> str:
    name = (profile.display_name if profile else "") or user.get_full_name() or ""
    if not name.strip():
        name = user.email.split("@")[0] if user.email else user.get_username()
    return name.strip()[:MAX_NAME]


def learner_statement(*, enrolment, display_name: str | None = None) -> tuple[dict, object]:
    """The statement of a learner's certificate for ``enrolment``, and the learner's city."""
    user = enrolment.user
    course = enrolment.course
    profile = getattr(user, "learner_profile", None)
    city, city_name, country = _city(profile)
    programme = course.programme
    statement = {
        "kind": "learner",
        "holder_name": (display_name or "").strip()[:MAX_NAME] or holder_name(user, profile),
        "city_name": city_name,
        "country": country,
        "title": titles_in_every_language(course),
        "hours": course.estimated_hours,
        "completed_on": enrolment.completed_at.date().isoformat()
        if enrolment.completed_at
        else None,
        "programme": _vocabulary_names(programme),
        **_branding(programme),
    }
    return statement, city


def city_statement(*, city, track, learners: int) -> dict:
    """The statement of a city's certificate of participation in a programme's track."""
    courses = list(track.courses.order_by("pk"))
    return {
        "kind": "city",
        "holder_name": city.title,
        "city_name": city.title,
        "country": str(city.country or ""),
        "title": _vocabulary_names(track.programme),
        "courses": [titles_in_every_language(course) for course in courses],
        "hours": sum(course.estimated_hours for course in courses),
        "learners": learners,
        "programme": _vocabulary_names(track.programme),
        **_branding(track.programme),
    }
