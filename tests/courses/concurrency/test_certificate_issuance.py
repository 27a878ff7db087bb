"""Certificates issued from two places at once: a worker retrying the task while another runs
it, two learners completing a city's track in the same moment. Exactly one stands. (The last
lesson and the last quiz done at once: test_concurrency.py.)"""

from django.utils import timezone

import pytest

from courses import services
from courses.certificates.services import issue_certificate, issue_city_certificate
from courses.models import AcademyTrack, Certificate, Enrolment
from tests.courses.concurrency.test_concurrency import race

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def completed(enrolment):
    Enrolment.objects.filter(pk=enrolment.pk).update(completed_at=timezone.now())
    return enrolment


def issue(enrolment_id):
    return lambda: issue_certificate(enrolment=Enrolment.objects.get(pk=enrolment_id))


def test_three_simultaneous_issues_make_one_certificate(course, learner):
    enrolment = completed(services.enrol(user=learner, course=course))

    outcomes = race(enrolment, issue(enrolment.pk), issue(enrolment.pk), issue(enrolment.pk))

    assert [o.error for o in outcomes] == [None, None, None]
    stored = Certificate.objects.get()
    assert sorted(created for _certificate, created in (o.value for o in outcomes)) == [
        False,
        False,
        True,
    ]
    assert {certificate.pk for certificate, _created in (o.value for o in outcomes)} == {stored.pk}


def test_two_simultaneous_city_checks_make_one_city_certificate(
    course, make_learner, make_city, programme
):
    rosario = make_city("Rosario", country="AR")
    track = AcademyTrack.objects.create(programme=programme("cities-forward"), learners_required=2)
    track.courses.set([course])
    track.save()
    enrolments = [
        completed(
            services.enrol(user=make_learner(f"{name}@example.org", city=rosario), course=course)
        )
        for name in ("ana", "beto")
    ]

    def check():
        return issue_city_certificate(city=rosario, track=AcademyTrack.objects.get(pk=track.pk))

    outcomes = race(enrolments[0], check, check)

    assert [o.error for o in outcomes] == [None, None]
    city_certificate = Certificate.objects.get(kind="city")
    assert sorted(o.value[1] for o in outcomes) == [False, True]
    assert {o.value[0].pk for o in outcomes} == {city_certificate.pk}
