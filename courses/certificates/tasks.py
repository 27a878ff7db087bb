"""Background work on certificates (django-tasks): ids in, never instances.

With the immediate backend (development, tests) these run at once; where a worker runs
(``TASKS`` with the database backend) they run there, after the request has answered.
"""

from django.conf import settings
from django.db import transaction

from django_tasks import task


@task()
def issue_certificate_task(enrolment_id: int) -> str | None:
    """Issue the learner's certificate for a completed enrolment, then any city certificate
    it makes due, and render the learner's PDF in their language ahead of the first download."""
    from courses.certificates.services import (
        CertificateError,
        issue_certificate,
        issue_city_certificates_due,
    )
    from courses.models import Enrolment

    enrolment = (
        Enrolment.objects.select_related("user__learner_profile", "course")
        .filter(pk=enrolment_id)
        .first()
    )
    if enrolment is None:  # the learner deleted their account meanwhile
        return None
    try:
        certificate, _created = issue_certificate(enrolment=enrolment)
    except CertificateError:
        return None
    issued = [certificate, *issue_city_certificates_due(enrolment=enrolment)]
    if getattr(settings, "ACADEMY_CERTIFICATE_PRERENDER", True):
        for each in issued:
            certificate_id, language = each.pk, each.language
            transaction.on_commit(
                lambda i=certificate_id, lang=language: render_certificate_task.enqueue(i, lang)
            )
    return certificate.code


@task()
def render_certificate_task(certificate_id: int, language: str) -> bool:
    """Render and store one certificate's PDF unless an up-to-date one is stored."""
    from courses.certificates.rendering import ensure_rendered
    from courses.models import Certificate

    certificate = Certificate.objects.filter(pk=certificate_id).first()
    if certificate is None:
        return False
    _name, rendered = ensure_rendered(certificate, language)
    return rendered
