"""Demo certificates: the certificate settings, a Cities Forward Academy track, and the
certificates the demo learners' completed courses earned (issued through the services, dated
the day each course was completed). Safe to re-run: nothing is issued twice."""

from academy.demo.build import CREATED, UNCHANGED, UPDATED, DemoContext, Tally
from academy.models import CityPage, Programme
from courses.certificates.services import issue_certificate, issue_city_certificate
from courses.models import AcademyTrack, Certificate, CertificateSettings, CoursePage, Enrolment

TRACK_PROGRAMME = "cities-forward"
TRACK_COURSES = ["nature-based-solutions-heat-flooding"]
# The demo has few learners: one who completes the track earns their city its certificate.
TRACK_LEARNERS_REQUIRED = 1


def _settings(ctx: DemoContext, tally: Tally) -> None:
    settings = CertificateSettings.for_site(ctx.site)
    if settings.pk is None or not settings.issuer_name:
        settings.issuer_name = "Cities Academy"
        settings.save()
        tally.add(CREATED)
    else:
        tally.add(UNCHANGED)


def _track(tally: Tally) -> AcademyTrack | None:
    programme = Programme.objects.filter(slug=TRACK_PROGRAMME).first()
    courses = list(CoursePage.objects.filter(slug__in=TRACK_COURSES, locale__language_code="en"))
    if programme is None or not courses:
        tally.warnings.append("Cities Forward or its track course is missing; no track seeded")
        return None
    track = AcademyTrack.objects.filter(programme=programme).first()
    if track is not None:
        tally.add(UNCHANGED)
        return track
    track = AcademyTrack(programme=programme, learners_required=TRACK_LEARNERS_REQUIRED)
    track.save()
    track.courses.set(courses)
    track.save()
    tally.add(CREATED)
    return track


def seed_certificates(ctx: DemoContext) -> Tally:
    tally = Tally()
    _settings(ctx, tally)
    track = _track(tally)
    completed = Enrolment.objects.filter(completed_at__isnull=False).select_related("user")
    for enrolment in completed:
        certificate, created = issue_certificate(enrolment=enrolment)
        if certificate.issued_at != enrolment.completed_at:
            # The demo's courses were completed weeks ago: so were their certificates issued.
            Certificate.objects.filter(pk=certificate.pk).update(issued_at=enrolment.completed_at)
            tally.add(CREATED if created else UPDATED)
        else:
            tally.add(UNCHANGED)
    if track is not None:
        cities = CityPage.objects.filter(learners__isnull=False).distinct()
        for city in cities:
            certificate, created = issue_city_certificate(city=city, track=track)
            if created:
                tally.add(CREATED)
    return tally
