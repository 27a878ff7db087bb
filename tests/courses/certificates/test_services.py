"""Issuing, re-issuing, revoking and restoring certificates; city certificates; codes.

Completion goes through the real learning services and the real django-tasks task (the
immediate backend), so these tests see what a learner's last click causes in production.
"""

import re

from django.db import IntegrityError, transaction

from wagtail.models import ModelLogEntry

import pytest

from courses import services as learning
from courses.certificates import codes
from courses.certificates.services import (
    MESSAGES,
    TEMPLATE_REVISION,
    CertificateError,
    issue_certificate,
    issue_city_certificate,
    learners_completing_track,
    reissue_certificate,
    restore_certificate,
    revoke_certificate,
)
from courses.models import AcademyTrack, Certificate
from tests.courses.certificates.conftest import finish_course
from tests.courses.conftest import lessons_of

pytestmark = pytest.mark.django_db


def history(certificate) -> list[str]:
    return list(
        ModelLogEntry.objects.for_instance(certificate)
        .order_by("timestamp", "pk")
        .values_list("action", flat=True)
    )


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_user(
        username="manager", email="manager@example.org", password="x-pass-1234"
    )


# Codes ------------------------------------------------------------------------------------------


def test_codes_are_25_crockford_characters_carrying_125_random_bits():
    made = {codes.new_code() for _ in range(2000)}
    assert len(made) == 2000
    assert all(re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{25}", code) for code in made)
    # Every character position takes many values: the bits are spread over the whole code.
    for position in range(25):
        assert len({code[position] for code in made}) > 20


def test_a_code_is_read_back_from_any_reasonable_spelling():
    code = "0K02ZX0MQDWEZP9PPM5KSZPTS"
    grouped = codes.group_code(code)
    assert grouped == "0K02Z-X0MQD-WEZP9-PPM5K-SZPTS"
    for typed in [
        grouped,
        grouped.lower(),
        code.lower(),
        " 0k02z x0mqd wezp9 ppm5k szpts ",
        grouped.replace("0", "O"),
        grouped.replace("-", "\u2013"),
    ]:
        assert codes.normalise_code(typed) == code


@pytest.mark.parametrize(
    "text",
    [
        "",
        "short",
        "0K02ZX0MQDWEZP9PPM5KSZPTSX",
        "0K02ZX0MQDWEZP9PPM5KSZPTU",
        "' OR 1=1 --",
        "٠١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦٧٨٩٠١٢٣٤",
        "A" * 10_000,
        None,
        12345,
    ],
)
def test_anything_else_is_not_a_code(text):
    assert codes.normalise_code(text) is None


# Issuing ----------------------------------------------------------------------------------------


def test_completing_a_course_issues_its_certificate_after_commit(
    learner, course, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        enrolment = finish_course(learner, course)
    assert Certificate.objects.count() == 0, "nothing is issued before the completion commits"

    for callback in callbacks:
        callback()

    certificate = Certificate.objects.get()
    assert (certificate.user, certificate.course, certificate.kind) == (learner, course, "learner")
    assert certificate.status == "valid"
    assert certificate.template_revision == TEMPLATE_REVISION
    assert certificate.city == learner.learner_profile.city
    assert certificate.issued_by is None
    assert certificate.statement["holder_name"] == "Zoë Ñúñez-Gonçalves"
    assert certificate.statement["city_name"] == "Rosario"
    assert certificate.statement["hours"] == course.estimated_hours
    assert certificate.statement["completed_on"] == enrolment.completed_at.date().isoformat()
    assert history(certificate) == ["courses.certificate.issue"]


def test_a_certificate_is_issued_once_however_often_it_is_asked_for(certificate, learner, course):
    enrolment = learner.enrolments.get(course=course)
    again, created = issue_certificate(enrolment=enrolment)
    assert (again.pk, created) == (certificate.pk, False)
    # Completing a lesson again re-checks completion but announces nothing new.
    learning.complete_lesson(user=learner, lesson=lessons_of(course)[0])
    assert Certificate.objects.count() == 1


def test_the_database_refuses_a_second_current_certificate(certificate):
    with pytest.raises(IntegrityError), transaction.atomic():
        Certificate.objects.create(
            code=codes.new_code(),
            user=certificate.user,
            course=certificate.course,
            statement={},
            template_revision=TEMPLATE_REVISION,
        )


def test_no_certificate_for_an_unfinished_course(learner, course):
    enrolment = learning.enrol(user=learner, course=course)
    with pytest.raises(CertificateError) as refused:
        issue_certificate(enrolment=enrolment)
    assert refused.value.code == "course_not_completed"
    assert Certificate.objects.count() == 0


def test_the_statement_names_the_course_in_every_language(
    learner, course, translate, complete_course
):
    from tests.courses.test_services import translate_course

    translate_course(translate, course, "es")
    translate_course(translate, course, "fr")
    certificate = complete_course(learner, course)
    assert certificate.statement["title"] == {
        "en": "Cooling streets",
        "es": "Cooling streets (es)",
        "fr": "Cooling streets (fr)",
        "pt": "Cooling streets",  # no Portuguese translation: the source title
    }


def test_the_statement_is_frozen_when_issued(certificate, learner, course):
    profile = learner.learner_profile
    profile.display_name = "Someone Else"
    profile.save()
    course.title = "Renamed course"
    course.save_revision().publish()

    certificate.refresh_from_db()
    assert certificate.statement["holder_name"] == "Zoë Ñúñez-Gonçalves"
    assert certificate.statement["title"]["en"] == "Cooling streets"


def test_a_learner_without_a_profile_is_named_by_their_account(
    django_user_model, course, complete_course
):
    user = django_user_model.objects.create_user(
        username="noprofile", email="amara.okafor@example.org", password="x-pass-1234"
    )
    assert complete_course(user, course).statement["holder_name"] == "amara.okafor"
    user.first_name, user.last_name = "Amara", "Okafor"
    user.save()
    # The frozen statement does not change; a re-issue picks up the name.


def test_the_learners_language_and_other_city_are_recorded(make_learner, course, complete_course):
    learner = make_learner("lu@example.org", other_city="Belém", preferred_language="pt")
    certificate = complete_course(learner, course)
    assert certificate.language == "pt"
    assert certificate.city is None
    assert certificate.statement["city_name"] == "Belém"


def test_signatories_come_from_the_certificate_settings(learner, course, complete_course):
    from wagtail.models import Site

    from courses.models import CertificateSettings

    settings = CertificateSettings.for_site(Site.objects.get(is_default_site=True))
    settings.issuer_name = "Cities Forward Academy"
    settings.signatories = [
        ("signatory", {"name": "Ana Pereira", "role": "Director", "role_es": "Directora"})
    ]
    settings.save()

    statement = complete_course(learner, course).statement
    assert statement["issuer"] == "Cities Forward Academy"
    assert statement["signatories"] == [
        {
            "name": "Ana Pereira",
            "role": {"en": "Director", "es": "Directora", "fr": "Director", "pt": "Director"},
            "signature": "",
        }
    ]


# Re-issuing, revoking, restoring ----------------------------------------------------------------


def test_reissuing_supersedes_the_old_certificate_which_keeps_its_history(certificate, staff):
    new = reissue_certificate(
        certificate=certificate, by=staff, reason="Name misspelt", display_name="Zoë Núñez"
    )

    certificate.refresh_from_db()
    assert certificate.status == "superseded"
    assert certificate.superseded_by == new
    assert certificate.superseded_at is not None
    assert certificate.statement["holder_name"] == "Zoë Ñúñez-Gonçalves", "old record unchanged"
    assert new.status == "valid"
    assert new.code != certificate.code
    assert (new.user, new.course, new.issued_by) == (certificate.user, certificate.course, staff)
    assert new.statement["holder_name"] == "Zoë Núñez"
    assert new.reissue_reason == "Name misspelt"
    assert history(certificate) == ["courses.certificate.issue", "courses.certificate.supersede"]
    assert history(new) == ["courses.certificate.reissue"]
    entry = ModelLogEntry.objects.for_instance(new).get()
    assert entry.user == staff
    assert entry.data == {"replaces": certificate.code, "reason": "Name misspelt"}


def test_a_reissue_without_a_new_name_restates_the_profile(certificate, learner, staff):
    learner.learner_profile.display_name = "Zoé Nunez"
    learner.learner_profile.save()
    new = reissue_certificate(certificate=certificate, by=staff, reason="Profile name changed")
    assert new.statement["holder_name"] == "Zoé Nunez"


def test_only_the_current_certificate_can_be_reissued_or_revoked(certificate, staff):
    reissue_certificate(certificate=certificate, by=staff, reason="Name misspelt")
    for action in (reissue_certificate, revoke_certificate, restore_certificate):
        with pytest.raises(CertificateError) as refused:
            action(certificate=certificate, by=staff, reason="again")
        assert refused.value.code == "superseded"
    assert Certificate.objects.count() == 2


def test_revoking_records_when_why_and_who_and_restoring_undoes_it(certificate, staff):
    revoke_certificate(certificate=certificate, by=staff, reason="Quiz answers were shared")
    assert certificate.status == "revoked"
    assert certificate.revoked_reason == "Quiz answers were shared"
    assert certificate.revoked_by == staff
    assert certificate.revoked_at is not None

    with pytest.raises(CertificateError) as refused:
        revoke_certificate(certificate=certificate, by=staff, reason="twice")
    assert refused.value.code == "already_revoked"
    with pytest.raises(CertificateError) as refused:
        reissue_certificate(certificate=certificate, by=staff, reason="new name")
    assert refused.value.code == "revoked"

    restore_certificate(certificate=certificate, by=staff, reason="Appeal upheld")
    assert (certificate.status, certificate.revoked_reason, certificate.revoked_at) == (
        "valid",
        "",
        None,
    )
    with pytest.raises(CertificateError) as refused:
        restore_certificate(certificate=certificate, by=staff, reason="again")
    assert refused.value.code == "not_revoked"

    entries = ModelLogEntry.objects.for_instance(certificate).order_by("timestamp", "pk")
    assert [(e.action, e.data.get("reason")) for e in entries] == [
        ("courses.certificate.issue", None),
        ("courses.certificate.revoke", "Quiz answers were shared"),
        ("courses.certificate.restore", "Appeal upheld"),
    ]
    assert entries.last().data["revoked_reason"] == "Quiz answers were shared"


@pytest.mark.parametrize(
    ("reason", "code"),
    [("", "reason_required"), ("   ", "reason_required"), ("x" * 2001, "reason_too_long")],
)
def test_every_change_needs_a_reason(certificate, staff, reason, code):
    for action in (revoke_certificate, reissue_certificate):
        with pytest.raises(CertificateError) as refused:
            action(certificate=certificate, by=staff, reason=reason)
        assert refused.value.code == code
        assert str(refused.value.message) == str(MESSAGES[code])
    certificate.refresh_from_db()
    assert certificate.status == "valid"
    assert Certificate.objects.count() == 1


def test_deleting_a_learners_account_removes_their_certificates(certificate, learner):
    learner.delete()
    assert not Certificate.objects.filter(pk=certificate.pk).exists()


# City certificates ------------------------------------------------------------------------------


@pytest.fixture
def track(programme, course, make_course):
    second = make_course("Financing green infrastructure", modules=1, lessons=1)
    track = AcademyTrack.objects.create(programme=programme("cities-forward"), learners_required=2)
    track.courses.set([course, second])
    track.save()  # a ParentalManyToManyField is written on save
    return track


def test_a_city_earns_its_certificate_when_enough_learners_complete_the_track(
    track, make_learner, make_city, complete_course, translate
):
    from tests.courses.test_services import translate_course

    rosario = make_city("Rosario", country="AR")
    elsewhere = make_city("Cali", country="CO")
    first, second, third = (
        make_learner("ana@example.org", city=rosario),
        make_learner("beto@example.org", city=rosario),
        make_learner("caro@example.org", city=elsewhere),
    )
    course, finance = list(track.courses.order_by("pk"))
    spanish_finance = translate_course(translate, finance, "es")

    complete_course(first, course)
    complete_course(first, finance)
    complete_course(second, course)
    complete_course(third, course)
    complete_course(third, finance)
    assert not Certificate.objects.filter(kind="city").exists(), "one Rosario learner, one Cali"
    assert learners_completing_track(city=rosario, track=track) == 1

    # The second Rosario learner completes the track's second course in Spanish.
    complete_course(second, spanish_finance)

    city_certificate = Certificate.objects.get(kind="city")
    assert (city_certificate.city, city_certificate.track) == (rosario, track)
    assert city_certificate.programme == track.programme
    assert city_certificate.user is None
    assert city_certificate.statement["holder_name"] == "Rosario"
    assert city_certificate.statement["learners"] == 2
    assert len(city_certificate.statement["courses"]) == 2
    assert city_certificate.statement["title"]["en"] == track.programme.name

    # A third learner changes nothing: the city has its certificate.
    fourth = make_learner("dani@example.org", city=rosario)
    complete_course(fourth, course)
    complete_course(fourth, finance)
    assert Certificate.objects.filter(kind="city").count() == 1
    assert issue_city_certificate(city=rosario, track=track) == (city_certificate, False)


def test_a_city_certificate_can_be_reissued_and_revoked(
    track, make_city, make_learner, staff, complete_course
):
    track.learners_required = 1
    track.save()
    city = make_city("Renca", country="CL")
    learner = make_learner("renca@example.org", city=city)
    for course in track.courses.all():
        complete_course(learner, course)
    city_certificate = Certificate.objects.get(kind="city")

    new = reissue_certificate(
        certificate=city_certificate, by=staff, reason="City name", display_name="Renca (Santiago)"
    )
    assert new.kind == "city" and new.statement["holder_name"] == "Renca (Santiago)"
    revoke_certificate(certificate=new, by=staff, reason="Issued in error")
    assert Certificate.objects.filter(kind="city", status="revoked").count() == 1


def test_where_prerendering_is_on_the_pdf_is_ready_before_the_first_download(
    learner, course, complete_course, settings
):
    from courses.certificates.rendering import certificate_storage, ensure_rendered

    settings.ACADEMY_CERTIFICATE_PRERENDER = True
    learner.learner_profile.preferred_language = "es"
    learner.learner_profile.save()

    certificate = complete_course(learner, course)

    assert certificate.language == "es"
    name, rendered_now = ensure_rendered(certificate, "es")
    assert rendered_now is False, "the task rendered it already"
    with certificate_storage().open(name) as stored:
        assert stored.read(5) == b"%PDF-"


def test_a_signatory_block_previews_its_name_and_role():
    from courses.models import SignatoryBlock

    block = SignatoryBlock()
    html = block.render(block.to_python({"name": "Ana <b>Pereira</b>", "role": "Director"}))
    assert "Ana &lt;b&gt;Pereira&lt;/b&gt;" in html
    assert "Director" in html
