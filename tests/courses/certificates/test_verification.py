"""Public verification at /certificates/verify/: the form, and the answer for one code.

The answer says why a certificate is not valid (revoked: when and why; replaced: by which),
shows the holder's name and city only while the learner consents (a city's certificate always
names the city), redirects any loosely typed code to its one canonical address, answers
hostile input with a 400 page (never a 500), and is rate limited per client.
"""

import re
from html import unescape
from html.parser import HTMLParser
from urllib.parse import quote

from django.core.cache import cache
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

import pytest

from academy.models import LearnerProfile
from courses.certificates.services import (
    issue_city_certificate,
    reissue_certificate,
    revoke_certificate,
)
from courses.models import AcademyTrack

pytestmark = pytest.mark.django_db

NAME = "Zoë Ñúñez-Gonçalves"
UNKNOWN = "7KQ2M-X9D4T-HB3NC-W8P0R-ZE5VA"
# Session-less visitor: the site's chrome (site, branding, menus) and one certificate query.
QUERY_BUDGET = 12


@pytest.fixture(autouse=True)
def fresh_cache():
    """Rate limits are counted in the cache, which outlives a test: start each one empty."""
    cache.clear()
    yield
    cache.clear()


def verify_url(code, prefix=""):
    return f"{prefix}/certificates/verify/{code}/"


def consent(user, value: bool):
    LearnerProfile.objects.filter(user=user).update(public_consent=value)


class Page(HTMLParser):
    """Links, the robots meta tag and any resource a page would load from elsewhere."""

    def __init__(self):
        super().__init__()
        self.hrefs: list[str] = []
        self.robots = ""
        self.external: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self.hrefs.append(attrs["href"])
        if tag == "meta" and attrs.get("name") == "robots":
            self.robots = attrs.get("content", "")
        for name in ("src", "href", "action", "srcset", "data"):
            value = attrs.get(name) or ""
            if tag != "a" and re.match(r"(https?:)?//", value) and "testserver" not in value:
                self.external.append(value)


def page_of(response) -> Page:
    page = Page()
    page.feed(response.content.decode())
    return page


def assert_private(response):
    """Not indexed, not cached, nothing loaded from a third party."""
    page = page_of(response)
    assert page.robots.startswith("noindex")
    assert response["X-Robots-Tag"].startswith("noindex")
    assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]
    assert page.external == []


# Answers --------------------------------------------------------------------------------------


def test_a_valid_certificate_without_consent_shows_what_it_certifies_but_not_who(
    client, certificate
):
    response = client.get(verify_url(certificate.display_code))
    assert response.status_code == 200
    assert_private(response)
    html = response.content.decode()
    assert "This certificate is valid" in html
    assert "Cooling streets" in html
    assert certificate.statement["issuer"] in html
    assert f'datetime="{certificate.issued_at.isoformat()}"' in html
    assert certificate.display_code in html
    # The learner has not consented (the default): no name, no city.
    assert "Zoë" not in html and "Ñúñez" not in html
    assert "Rosario" not in html
    assert "has not chosen to show their name" in html


def test_consent_is_read_when_the_page_is_seen(client, certificate, learner):
    consent(learner, True)
    html = client.get(verify_url(certificate.display_code)).content.decode()
    assert NAME in html
    assert "Rosario, Argentina" in html

    consent(learner, False)  # withdrawn after issue: hidden from the next visitor on
    html = client.get(verify_url(certificate.display_code)).content.decode()
    assert NAME not in html
    assert "Rosario" not in html


def test_the_holders_name_is_escaped(client, course, make_learner, complete_course):
    learner = make_learner(
        "mallory@example.org", name="<script>alert(1)</script>", public_consent=True
    )
    certificate = complete_course(learner, course)
    html = client.get(verify_url(certificate.display_code)).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_the_title_is_in_the_language_of_the_page(
    client, course, learner, translate, complete_course
):
    translate(course, "es", title="Calles más frescas", slug="calles-mas-frescas")
    certificate = complete_course(learner, course)
    english = client.get(verify_url(certificate.display_code)).content.decode()
    spanish = client.get(verify_url(certificate.display_code, prefix="/es")).content.decode()
    assert "Cooling streets" in english and "Calles más frescas" not in english
    assert "Calles más frescas" in spanish and "Cooling streets" not in spanish
    assert '<html lang="es"' in spanish


def test_a_revoked_certificate_says_when_and_why(client, certificate, editor):
    revoke_certificate(certificate=certificate, by=editor, reason="Quiz answers were copied.")
    certificate.refresh_from_db()
    response = client.get(verify_url(certificate.display_code))
    assert response.status_code == 200
    assert_private(response)
    html = response.content.decode()
    assert "This certificate has been revoked" in html
    assert "This certificate is valid" not in html
    assert "Quiz answers were copied." in html
    assert f'datetime="{certificate.revoked_at.isoformat()}"' in html


def test_a_replaced_certificate_links_to_the_newer_one(client, certificate, editor, learner):
    newer = reissue_certificate(
        certificate=certificate, by=editor, reason="Name corrected.", display_name="Zoë Núñez"
    )
    response = client.get(verify_url(certificate.display_code))
    assert response.status_code == 200
    html = response.content.decode()
    assert "This certificate has been replaced" in html
    assert "This certificate is valid" not in html
    assert verify_url(newer.display_code) in page_of(response).hrefs

    spanish = client.get(verify_url(certificate.display_code, prefix="/es"))
    assert verify_url(newer.display_code, prefix="/es") in page_of(spanish).hrefs

    newer_page = client.get(verify_url(newer.display_code)).content.decode()
    assert "This certificate is valid" in newer_page


def test_a_city_certificate_always_names_the_city(client, certificate, learner, course, programme):
    """The city is the holder: its name is public whatever its learners chose."""
    track = AcademyTrack.objects.create(programme=programme("cities-forward"), learners_required=1)
    track.courses.set([course])
    track.save()
    city_certificate, created = issue_city_certificate(city=certificate.city, track=track)
    assert created and city_certificate.kind == "city"
    consent(learner, False)

    response = client.get(verify_url(city_certificate.display_code))
    assert response.status_code == 200
    html = response.content.decode()
    assert "This certificate is valid" in html
    assert "Rosario, Argentina" in html
    assert "Cities Forward" in html
    assert NAME not in html  # the learner who completed the track is not named


def test_an_unknown_code_is_404_with_a_form_to_try_again(client, certificate):
    response = client.get(verify_url(UNKNOWN))
    assert response.status_code == 404
    assert_private(response)
    html = response.content.decode()
    assert "No certificate has this code" in html
    assert UNKNOWN in html
    assert 'action="/certificates/verify/"' in html


def test_a_deleted_account_s_certificate_stops_verifying(client, certificate, learner):
    code = certificate.display_code
    learner.delete()
    assert client.get(verify_url(code)).status_code == 404


# Codes as people type them --------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "{lower}",
        "{plain}",
        "{plain_lower}",
        "{spaced}",
        " {code} ",
        "{lower_grouped}",
    ],
)
def test_a_loosely_typed_code_redirects_to_its_canonical_page(client, certificate, typed):
    code = certificate.display_code
    plain = certificate.code
    text = typed.format(
        code=code,
        lower=plain.lower(),
        plain=plain,
        plain_lower=plain.lower(),
        spaced=code.replace("-", " "),
        lower_grouped=code.lower(),
    )
    response = client.get(verify_url(quote(text)))
    assert response.status_code == 301
    assert response["Location"] == verify_url(code)

    # The form does the same (a GET, so it works without JavaScript).
    response = client.get("/certificates/verify/", {"code": text})
    assert response.status_code == 302
    assert response["Location"] == verify_url(code)


def test_the_form_keeps_the_language(client, certificate):
    response = client.get("/fr/certificates/verify/", {"code": certificate.code.lower()})
    assert response["Location"] == verify_url(certificate.display_code, prefix="/fr")


def test_the_form_page(client):
    response = client.get("/certificates/verify/")
    assert response.status_code == 200
    assert_private(response)
    html = response.content.decode()
    assert '<form class="form certificate-verify-form" method="get"' in html
    assert '<label for="id_code">' in html


HOSTILE = [
    pytest.param("7KQ2M-X9D4T-HB3NC-W8P0R-ZE5V", id="too short"),
    pytest.param("7KQ2M-X9D4T-HB3NC-W8P0R-ZE5VAA", id="too long"),
    pytest.param("UUUUU-UUUUU-UUUUU-UUUUU-UUUUU", id="letters not in the alphabet"),
    pytest.param("7KQ2M-X9D4T-HB3NC-W8P0R-ZE5VÄ", id="unicode"),
    pytest.param("７ＫＱ２Ｍ-Ｘ９Ｄ４Ｔ-ＨＢ３ＮＣ-Ｗ８Ｐ０Ｒ-ＺＥ５ＶＡ", id="full-width digits"),
    pytest.param("' OR 1=1 --", id="sql"),
    pytest.param('"; DROP TABLE courses_certificate; --', id="sql drop"),
    pytest.param("<script>alert(1)</script>", id="markup"),
    pytest.param("../../etc/passwd", id="path"),
    pytest.param("A" * 10_000, id="10,000 characters"),
    pytest.param("\u202e7KQ2M-X9D4T-HB3NC-W8P0R-ZE5VA", id="bidi override"),
    pytest.param("%00", id="percent-encoded nul"),
    pytest.param(" ", id="blank"),
]


@pytest.mark.parametrize("text", HOSTILE)
def test_malformed_codes_are_a_400_answer_never_a_500(client, certificate, text):
    response = client.get(verify_url(quote(text, safe="")))
    assert response.status_code == 400
    assert_private(response)
    html = response.content.decode()
    assert "This is not a certificate code" in html
    assert "<script>alert(1)</script>" not in html
    # The form offers what was typed to correct it, cut to the field's length.
    typed = re.search(r'<input type="text" name="code" value="([^"]*)"', html)
    assert typed is not None
    assert len(unescape(typed.group(1))) <= 64


@pytest.mark.parametrize("text", [*HOSTILE, pytest.param("", id="empty"), "\x00"])
def test_the_form_refuses_malformed_codes_with_a_400(client, certificate, text):
    response = client.get("/certificates/verify/", {"code": text})
    assert response.status_code == 400
    assert_private(response)
    html = response.content.decode()
    assert "There is a problem" in html
    assert "<script>alert(1)</script>" not in html


def test_a_slash_in_the_code_gets_the_same_answer(client):
    assert client.get("/certificates/verify/ABCDE/FGHJK/").status_code == 400


def test_verification_is_only_read(client, certificate):
    assert client.post(verify_url(certificate.display_code)).status_code == 405
    assert client.post("/certificates/verify/", {"code": certificate.code}).status_code == 405


# Rate limit and query budget ------------------------------------------------------------------


def test_answers_are_rate_limited_per_client(settings, certificate):
    limits = {**settings.ACCOUNT_RATE_LIMITS, "verify_certificate": "3/m/ip"}
    with override_settings(ACCOUNT_RATE_LIMITS=limits):
        visitor = Client(REMOTE_ADDR="203.0.113.7")
        answers = [
            visitor.get(verify_url(certificate.display_code)).status_code,
            visitor.get(verify_url(UNKNOWN)).status_code,
            visitor.get(verify_url("nonsense")).status_code,
        ]
        assert answers == [200, 404, 400]
        for url in (verify_url(certificate.display_code), verify_url(UNKNOWN)):
            response = visitor.get(url)
            assert response.status_code == 429
            assert response["Retry-After"] == "60"
            assert_private(response)
            html = response.content.decode()
            assert "Too many checks in a short time" in html
            assert "This certificate is valid" not in html
            assert "No certificate has this code" not in html

        spanish = visitor.get(verify_url(certificate.display_code, prefix="/es"))
        assert spanish.status_code == 429
        assert '<html lang="es"' in spanish.content.decode()

        # Redirects to the canonical address and the empty form are not answers.
        assert visitor.get(verify_url(certificate.code.lower())).status_code == 301
        assert visitor.get("/certificates/verify/").status_code == 200

        # Another client is not affected.
        other = Client(REMOTE_ADDR="198.51.100.20")
        assert other.get(verify_url(certificate.display_code)).status_code == 200


def test_the_default_rate_allows_a_person_checking_a_handful(client, certificate):
    for _number in range(10):
        assert client.get(verify_url(certificate.display_code)).status_code == 200


def test_the_answer_takes_a_fixed_number_of_queries(
    client, certificate, editor, django_assert_max_num_queries
):
    def count_queries(url):
        with CaptureQueriesContext(connection) as captured:
            client.get(url)
        return len(captured)

    with django_assert_max_num_queries(QUERY_BUDGET):
        assert client.get(verify_url(certificate.display_code)).status_code == 200
    before = count_queries(verify_url(certificate.display_code))

    current = certificate
    for number in range(3):
        current = reissue_certificate(certificate=current, by=editor, reason=f"Fix {number}")

    with django_assert_max_num_queries(QUERY_BUDGET):
        assert client.get(verify_url(current.display_code)).status_code == 200
    assert count_queries(verify_url(current.display_code)) == before
    assert count_queries(verify_url(certificate.display_code)) == before  # superseded
