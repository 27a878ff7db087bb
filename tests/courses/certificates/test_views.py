"""A learner's certificates over HTTP: My certificates, the PDF downloads, the links around
them (dashboard, header, course page), the data download and the account deletion page.

The download URL answers 404 to everyone but the holder, so a code cannot be probed through
it; the holder of a revoked or replaced certificate gets a 410 page saying why. PDFs are
rendered only in the tests about PDFs.
"""

import json
import re
import subprocess
from html.parser import HTMLParser
from urllib.parse import parse_qs, quote, urlsplit

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import pytest

from courses.certificates.services import reissue_certificate, revoke_certificate
from courses.models import Certificate

pytestmark = pytest.mark.django_db

LANGUAGES = ("en", "es", "fr", "pt")
NAME = "Zoë Ñúñez-Gonçalves"
# Session, user, the site's chrome (site, branding, menus, user bar): about 13; the list: 1.
QUERY_BUDGET = 15


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def owner(client, learner):
    client.force_login(learner)
    return client


def download_url(certificate, language="en", prefix=""):
    return f"{prefix}/certificates/{certificate.display_code}/{language}.pdf"


def public_url(certificate, prefix=""):
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return f"{base}{prefix}/certificates/verify/{certificate.display_code}/"


class Links(HTMLParser):
    """Every ``<a href>`` and every ``<input>`` of a page."""

    def __init__(self):
        super().__init__()
        self.hrefs: list[str] = []
        self.inputs: list[dict] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self.hrefs.append(attrs["href"])
        if tag == "input":
            self.inputs.append(attrs)


def parse(response) -> Links:
    links = Links()
    links.feed(response.content.decode())
    return links


def pdf_text(data: bytes) -> str:
    result = subprocess.run(
        ["/usr/bin/pdftotext", "-enc", "UTF-8", "-", "-"],
        input=data,
        capture_output=True,
        check=True,
        timeout=60,
    )
    return " ".join(result.stdout.decode().split())


# My certificates ------------------------------------------------------------------------------


def test_my_certificates_asks_anonymous_visitors_to_log_in(client):
    response = client.get("/certificates/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/certificates/"


def test_my_certificates_is_only_read(owner):
    assert owner.post("/certificates/").status_code == 405


def test_a_learner_without_certificates_is_told_how_to_earn_one(client, make_learner):
    client.force_login(make_learner("new@example.org"))
    response = client.get("/certificates/")
    assert response.status_code == 200
    assert "You have no certificates yet." in response.content.decode()


def test_the_owner_sees_a_valid_certificate_with_downloads_share_and_linkedin_links(
    owner, certificate
):
    response = owner.get("/certificates/")
    assert response.status_code == 200
    assert response["X-Robots-Tag"].startswith("noindex")
    assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]
    html = response.content.decode()
    assert "Cooling streets" in html
    assert certificate.display_code in html
    assert "Valid" in html

    page = parse(response)
    for language in LANGUAGES:
        assert download_url(certificate, language) in page.hrefs

    # The share field: the absolute verification URL, ready to copy, no JavaScript needed.
    share = [attrs for attrs in page.inputs if attrs.get("id", "").endswith("-share")]
    assert len(share) == 1
    assert share[0]["value"] == public_url(certificate)
    assert "readonly" in share[0]
    assert f'<label for="{share[0]["id"]}">' in html
    assert public_url(certificate) in page.hrefs

    linkedin = [href for href in page.hrefs if href.startswith("https://www.linkedin.com/")]
    assert len(linkedin) == 1
    parts = urlsplit(linkedin[0])
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "www.linkedin.com", "/profile/add")
    issued = timezone.localtime(certificate.issued_at)
    assert parse_qs(parts.query, strict_parsing=True) == {
        "startTask": ["CERTIFICATION_NAME"],
        "name": ["Cooling streets"],
        "organizationName": [certificate.statement["issuer"]],
        "issueYear": [str(issued.year)],
        "issueMonth": [str(issued.month)],
        "certUrl": [public_url(certificate)],
        "certId": [certificate.display_code],
    }
    # Every value is percent-encoded (spaces, the verification URL's own ":" and "/").
    assert " " not in linkedin[0]
    assert f"certUrl={quote(public_url(certificate), safe='')}" in linkedin[0]


def test_the_share_link_is_in_the_language_of_the_page(owner, certificate):
    response = owner.get("/es/certificates/")
    assert response.status_code == 200
    page = parse(response)
    share = next(attrs for attrs in page.inputs if attrs.get("id", "").endswith("-share"))
    assert share["value"] == public_url(certificate, prefix="/es")
    assert download_url(certificate, "fr", prefix="/es") in page.hrefs


def test_my_certificates_lists_only_the_learners_own(
    client, certificate, course, make_learner, complete_course
):
    other = make_learner("other@example.org", name="Olga Other")
    theirs = complete_course(other, course)
    client.force_login(other)
    html = client.get("/certificates/").content.decode()
    assert theirs.display_code in html
    assert certificate.display_code not in html
    assert NAME not in html


def test_a_revoked_certificate_shows_when_and_why_and_offers_no_download(
    owner, certificate, editor
):
    revoke_certificate(certificate=certificate, by=editor, reason="Quiz answers were copied.")
    certificate.refresh_from_db()
    response = owner.get("/certificates/")
    html = response.content.decode()
    assert "Revoked" in html
    assert "Quiz answers were copied." in html
    assert certificate.revoked_at.date().isoformat() in html  # <time datetime=...>
    page = parse(response)
    assert not [href for href in page.hrefs if href.endswith(".pdf")]
    assert not [href for href in page.hrefs if "linkedin" in href]
    assert not [attrs for attrs in page.inputs if attrs.get("id", "").endswith("-share")]


def test_a_replaced_certificate_points_to_the_newer_one(owner, certificate, editor):
    newer = reissue_certificate(
        certificate=certificate, by=editor, reason="Name corrected.", display_name="Zoë Núñez"
    )
    response = owner.get("/certificates/")
    html = response.content.decode()
    assert "Replaced by a newer certificate" in html
    page = parse(response)
    assert f"#certificate-{newer.code}" in page.hrefs
    assert f'id="certificate-{newer.code}"' in html
    # Only the newer one can be downloaded and shared.
    pdfs = [href for href in page.hrefs if href.endswith(".pdf")]
    assert sorted(pdfs) == sorted(download_url(newer, language) for language in LANGUAGES)
    assert certificate.display_code in html  # still listed, as replaced


def test_my_certificates_takes_a_fixed_number_of_queries(
    client, certificate, learner, editor, django_assert_max_num_queries
):
    client.force_login(learner)

    def count_queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/certificates/").status_code == 200
        return len(captured)

    with django_assert_max_num_queries(QUERY_BUDGET):
        client.get("/certificates/")
    with_one = count_queries()

    current = certificate
    for number in range(3):
        current = reissue_certificate(certificate=current, by=editor, reason=f"Fix {number}")
    revoke_certificate(certificate=current, by=editor, reason="Revoked for the test.")
    assert Certificate.objects.filter(user=learner).count() == 4

    with django_assert_max_num_queries(QUERY_BUDGET):
        html = client.get("/certificates/").content.decode()
    assert html.count('class="card certificate-card') == 4
    assert count_queries() == with_one


# Downloads ------------------------------------------------------------------------------------


def test_the_owner_downloads_the_pdf_in_each_language(owner, certificate):
    for language in LANGUAGES:
        response = owner.get(download_url(certificate, language))
        assert response.status_code == 200, language
        assert response["Content-Type"] == "application/pdf"
        disposition = response["Content-Disposition"]
        filename = f"certificate-cooling-streets-{certificate.display_code}-{language}.pdf"
        assert disposition == f'attachment; filename="{filename}"'
        assert disposition.isascii()
        assert response["X-Robots-Tag"].startswith("noindex")
        assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]
        data = b"".join(response.streaming_content)
        assert data.startswith(b"%PDF")
        text = pdf_text(data)
        assert NAME in text, language
        # pdftotext may wrap the code at a dash: compare without separators.
        assert certificate.code in text.replace("-", "").replace(" ", ""), language


def test_a_second_download_is_served_from_the_stored_file(owner, certificate, monkeypatch):
    first = b"".join(owner.get(download_url(certificate, "pt")).streaming_content)

    def no_rendering(*args, **kwargs):
        raise AssertionError("rendered again")

    monkeypatch.setattr("courses.certificates.rendering.render_pdf", no_rendering)
    again = owner.get(download_url(certificate, "pt"))
    assert again.status_code == 200
    assert b"".join(again.streaming_content) == first


def test_the_code_in_a_download_url_may_be_typed_loosely(owner, certificate, monkeypatch):
    """Lower case and no dashes still find it (the PDF itself is not rendered here)."""
    import io

    monkeypatch.setattr(
        "courses.certificates.views.open_pdf", lambda certificate, language: io.BytesIO(b"%PDF-")
    )
    response = owner.get(f"/certificates/{certificate.code.lower()}/en.pdf")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-"


@pytest.mark.parametrize("who", ["anonymous", "another learner"])
def test_nobody_but_the_owner_can_download_and_they_cannot_tell_it_exists(
    certificate, make_learner, who, monkeypatch
):
    monkeypatch.setattr(
        "courses.certificates.views.open_pdf",
        lambda *args: pytest.fail("a PDF was opened for someone who does not hold it"),
    )
    client = Client()
    if who == "another learner":
        client.force_login(make_learner("other@example.org"))
    unknown = Certificate(code="0" * 25)
    for url in (download_url(certificate), download_url(unknown)):
        response = client.get(url)
        assert response.status_code == 404  # never a log-in redirect or a 403

    # The same page, but for the address it names (and the log-out form's CSRF token).
    def page(url):
        html = client.get(url).content.decode()
        return re.sub(r'name="csrfmiddlewaretoken" value="\w+"', "", html)

    mine, unknowns = page(download_url(certificate)), page(download_url(unknown))
    assert mine.replace(certificate.display_code, "CODE") == unknowns.replace(
        unknown.display_code, "CODE"
    )


@pytest.mark.parametrize(
    "path",
    [
        "{code}/de.pdf",
        "{code}/EN.pdf",
        "{code}/en-us.pdf",
        "{code}/..%2Fen.pdf",
        "not-a-code/en.pdf",
        "{code}X/en.pdf",
        "00000-00000-00000-00000-00000/en.pdf",
        "%27%20OR%201%3D1--/en.pdf",
    ],
)
def test_unknown_languages_and_codes_are_404(owner, certificate, path, monkeypatch):
    monkeypatch.setattr(
        "courses.certificates.views.open_pdf", lambda *args: pytest.fail("a PDF was opened")
    )
    url = "/certificates/" + path.format(code=certificate.display_code)
    assert owner.get(url).status_code == 404


def test_a_revoked_certificate_is_gone_for_its_owner_and_unknown_to_others(
    owner, certificate, editor, make_learner, monkeypatch
):
    monkeypatch.setattr(
        "courses.certificates.views.open_pdf", lambda *args: pytest.fail("a PDF was opened")
    )
    revoke_certificate(certificate=certificate, by=editor, reason="Issued by mistake.")
    response = owner.get(download_url(certificate, "es"))
    assert response.status_code == 410
    html = response.content.decode()
    assert "This certificate can no longer be downloaded" in html
    assert "Issued by mistake." in html

    other = Client()
    other.force_login(make_learner("other@example.org"))
    assert other.get(download_url(certificate, "es")).status_code == 404
    assert Client().get(download_url(certificate, "es")).status_code == 404


def test_a_replaced_certificate_is_gone_and_points_to_the_newer_one(
    owner, certificate, editor, monkeypatch
):
    monkeypatch.setattr(
        "courses.certificates.views.open_pdf", lambda *args: pytest.fail("a PDF was opened")
    )
    newer = reissue_certificate(certificate=certificate, by=editor, reason="New design.")
    response = owner.get(download_url(certificate))
    assert response.status_code == 410
    assert f"/certificates/#certificate-{newer.code}" in parse(response).hrefs
    assert Client().get(download_url(certificate)).status_code == 404


def test_downloads_are_only_read(owner, certificate):
    assert owner.post(download_url(certificate)).status_code == 405


# Links from the rest of the site --------------------------------------------------------------


def test_the_dashboard_and_the_header_link_to_my_certificates(owner):
    hrefs = parse(owner.get("/learning/")).hrefs
    assert hrefs.count("/certificates/") >= 2  # the account menu in the header, and the page
    assert "/es/certificates/" in parse(owner.get("/es/learning/")).hrefs


def test_the_course_page_offers_the_certificate_once_completed(owner, certificate, course):
    response = owner.get(course.url)
    assert response.status_code == 200
    hrefs = parse(response).hrefs
    assert download_url(certificate, "en") in hrefs
    assert f"/certificates/#certificate-{certificate.code}" in hrefs


def test_the_course_page_of_a_learner_without_a_certificate_offers_none(client, course, learner):
    client.force_login(learner)
    hrefs = parse(client.get(course.url)).hrefs
    assert not [href for href in hrefs if href.endswith(".pdf")]


# The data download and account deletion -------------------------------------------------------


def test_the_data_download_includes_the_learners_certificates(
    owner, certificate, editor, course, make_learner, complete_course
):
    newer = reissue_certificate(certificate=certificate, by=editor, reason="Name corrected.")
    others = complete_course(make_learner("other@example.org"), course)

    data = json.loads(owner.get("/accounts/profile/export/").content)
    records = data["certificates"]
    assert [record["code"] for record in records] == [
        certificate.display_code,
        newer.display_code,
    ]
    old, new = records
    assert old["status"] == "superseded"
    assert old["superseded_by"] == newer.display_code
    assert new["status"] == "valid"
    assert new["course"] == "Cooling streets"
    assert new["issued_at"] == newer.issued_at.isoformat()
    assert new["verification_url"] == public_url(newer)
    assert new["statement"]["holder_name"] == NAME
    assert others.display_code not in json.dumps(data)


def test_the_deletion_page_says_certificates_will_stop_verifying(owner, certificate):
    html = owner.get("/accounts/delete/").content.decode()
    assert "Your certificates will stop verifying" in html
