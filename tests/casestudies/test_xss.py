"""Hostile text in every field a case study or best practice page shows renders inert.

Plain fields are escaped by the templates; rich text (story fields, steps) is cleaned when the
page is saved, so the stored value is inert too; links are written only for http(s) addresses,
even when a ``javascript:`` address got into the database without the validators.
"""

import json

from wagtail.documents import get_document_model

import pytest
from bs4 import BeautifulSoup

from academy.models import Programme, ThematicCluster
from casestudies.models import (
    BestPracticePage,
    CaseStudyContact,
    CaseStudyFunding,
    CaseStudyPage,
    CaseStudyPartner,
    CaseStudySource,
    OutcomeIndicator,
)

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
JS_URL = "javascript:alert(1)"
PAYLOAD = f"{SCRIPT}{IMG}"
RICH_PAYLOAD = (
    f'<p>Story {SCRIPT}<img src=x onerror=alert(1)><a href="{JS_URL}">click</a>'
    '<a href="https://example.org/" onclick="alert(1)">ok</a></p>'
)


def assert_inert(html: str) -> None:
    """Nothing in ``html`` can run: no injected script, event handler or javascript: link."""
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    page = BeautifulSoup(html, "html.parser")
    for element in page.find_all(True):
        for attribute, value in element.attrs.items():
            assert not attribute.lower().startswith("on"), (element.name, attribute)
            values = value if isinstance(value, list) else [value]
            for text in values:
                assert not str(text).strip().lower().startswith("javascript:"), (
                    element.name,
                    attribute,
                )
    for script in page.find_all("script"):
        assert "alert" not in (script.string or "") or script.get("type") == "application/ld+json"
    assert not page.find_all("img", src="x")


def assert_clean_rich_text(value: str) -> None:
    lowered = value.lower()
    assert "<script" not in lowered
    assert "onerror" not in lowered
    assert "onclick" not in lowered
    assert "javascript:" not in lowered


def jsonld(html: str) -> tuple[str, dict]:
    raw = html.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    return raw, json.loads(raw)


@pytest.fixture
def hostile_vocabulary(db):
    ThematicCluster.objects.filter(slug="water-resources").update(name=f"Water {PAYLOAD}")
    Programme.objects.filter(slug="cities-forward").update(name=f"Forward {PAYLOAD}")


@pytest.fixture
def hostile_case(make_case_study, make_city, hostile_vocabulary):
    city = make_city(f"City {PAYLOAD}", slug="hostile-city")
    document = get_document_model().objects.create(title=f"Doc {PAYLOAD}", file="documents/x.pdf")
    case = make_case_study(
        f"Case {PAYLOAD}",
        slug="hostile-case",
        city=city,
        clusters=["water-resources"],
        programme_slug="cities-forward",
        tags=[f"tag {SCRIPT}", "x onerror=alert(1)"],
        summary=f"Summary {PAYLOAD}",
        challenge=RICH_PAYLOAD,
        objectives=RICH_PAYLOAD,
        solution=RICH_PAYLOAD,
        results=RICH_PAYLOAD,
        lessons_learned=RICH_PAYLOAD,
        transferability=RICH_PAYLOAD,
        cost_amount=1000,
        cost_currency="USD",
        cost_note=f"Covers {PAYLOAD}",
        illustrative_note=f"Note {PAYLOAD}",
        indicators=[
            OutcomeIndicator(
                name=f"Indicator {PAYLOAD}",
                unit=f"unit {PAYLOAD}",
                baseline=1,
                target=2,
                achieved=1.5,
                source=f"source {PAYLOAD}",
            )
        ],
        documents=json.dumps(
            [
                {
                    "type": "document",
                    "value": {"document": document.pk, "description": f"About {PAYLOAD}"},
                }
            ]
        ),
    )
    # Written straight to the database, past the validators, as an old import might have.
    CaseStudyFunding.objects.create(page=case, name=f"Fund {PAYLOAD}")
    CaseStudyPartner.objects.create(
        page=case, name=f"Partner {PAYLOAD}", role=f"role {PAYLOAD}", url=JS_URL
    )
    CaseStudyPartner.objects.create(page=case, name="Data partner", url=f"data:text/html,{SCRIPT}")
    CaseStudyContact.objects.create(
        page=case,
        name=f"Contact {PAYLOAD}",
        role=f"role {PAYLOAD}",
        organisation=f"org {PAYLOAD}",
        email=f'x{IMG}@example.org"',
        url=f" {JS_URL}",
    )
    CaseStudySource.objects.create(page=case, url=JS_URL, title=f"Source {PAYLOAD}")
    CaseStudySource.objects.create(page=case, url=f"JavaScript:{SCRIPT}")
    # A related case study and a citing best practice with hostile titles.
    make_case_study(f"Related {PAYLOAD}", slug="hostile-related", city=city)
    return case


def test_stored_rich_text_of_a_case_study_is_clean(hostile_case):
    stored = CaseStudyPage.objects.get(pk=hostile_case.pk)

    for field in (
        "challenge",
        "objectives",
        "solution",
        "results",
        "lessons_learned",
        "transferability",
    ):
        assert_clean_rich_text(getattr(stored, field))
    # The harmless parts survive.
    assert '<a href="https://example.org/">ok</a>' in stored.solution
    revision = stored.latest_revision.content
    assert_clean_rich_text(revision["solution"])


def test_case_study_page_renders_every_field_inert(client, hostile_case, make_best_practice):
    make_best_practice(f"Practice {PAYLOAD}", slug="hostile-practice", case_studies=[hostile_case])
    response = client.get(hostile_case.url)
    html = response.content.decode()

    assert response.status_code == 200
    assert_inert(html)
    page = BeautifulSoup(html, "html.parser")
    text = page.get_text()
    # Each payload is shown as the text it is, in every place.
    for shown in (
        f"Case {PAYLOAD}",
        f"Summary {PAYLOAD}",
        f"Indicator {PAYLOAD}",
        f"unit {PAYLOAD}",
        f"source {PAYLOAD}",
        f"Covers {PAYLOAD}",
        f"Fund {PAYLOAD}",
        f"Partner {PAYLOAD}",
        f"role {PAYLOAD}",
        f"Contact {PAYLOAD}",
        f"org {PAYLOAD}",
        f"Source {PAYLOAD}",
        f"tag {SCRIPT}",
        f"Note {PAYLOAD}",
        f"City {PAYLOAD}",
        f"Related {PAYLOAD}",
        f"Practice {PAYLOAD}",
        f"Water {PAYLOAD}",
        f"Forward {PAYLOAD}",
        f"Doc {PAYLOAD}",
        f"About {PAYLOAD}",
    ):
        assert shown in text, shown
    # No link was written for the javascript: and data: addresses.
    assert page.find("a", string=f"Partner {PAYLOAD}") is None
    assert page.find("a", string="Data partner") is None
    assert page.find("a", string=f"Source {PAYLOAD}") is None


def test_case_study_json_ld_holds_the_payload_only_as_escaped_text(client, hostile_case):
    html = client.get(hostile_case.url).content.decode()
    raw, data = jsonld(html)

    assert "<" not in raw and ">" not in raw
    assert data["name"] == f"Case {PAYLOAD}"
    assert data["description"] == f"Summary {PAYLOAD}"
    assert data["spatialCoverage"]["name"] == f"City {PAYLOAD}"
    assert f"tag {SCRIPT}" in data["keywords"]
    assert data["about"][0]["name"] == f"Water {PAYLOAD}"
    assert [c["name"] for c in data["citation"]] == [f"Source {PAYLOAD}", f"JavaScript:{SCRIPT}"]
    # Addresses that are not web addresses are named, never given as a URL.
    assert all("url" not in citation for citation in data["citation"])


@pytest.fixture
def hostile_practice(make_best_practice, make_case_study, make_city, hostile_vocabulary):
    city = make_city(f"Adopter {PAYLOAD}", slug="adopter")
    case = make_case_study(f"Shown {PAYLOAD}", slug="shown", city=city)
    practice = make_best_practice(
        f"Practice {PAYLOAD}",
        slug="hostile-practice",
        clusters=["water-resources"],
        programme_slug="cities-forward",
        tags=[f"tag {SCRIPT}"],
        summary=f"Summary {PAYLOAD}",
        what=RICH_PAYLOAD,
        why=RICH_PAYLOAD,
        enabling_conditions=RICH_PAYLOAD,
        pitfalls=RICH_PAYLOAD,
        steps=json.dumps(
            [{"type": "step", "value": {"title": f"Step {PAYLOAD}", "text": RICH_PAYLOAD}}]
        ),
        cost_low=1,
        cost_high=2,
        cost_currency="USD",
        cost_basis=f"per {PAYLOAD}",
        illustrative_note=f"Note {PAYLOAD}",
        case_studies=[case],
        adopted_by=[(city, 2020, f"Adopted {PAYLOAD}")],
    )
    practice.case_study_links.update(note=f"Shows {PAYLOAD}")
    return practice


def test_stored_rich_text_of_a_best_practice_is_clean_including_steps(hostile_practice):
    stored = BestPracticePage.objects.get(pk=hostile_practice.pk)

    for field in ("what", "why", "enabling_conditions", "pitfalls"):
        assert_clean_rich_text(getattr(stored, field))
    step = stored.steps[0].value
    assert step["title"] == f"Step {PAYLOAD}"  # plain text: escaped when shown
    assert_clean_rich_text(step["text"].source)
    for raw in stored.steps.raw_data:  # as stored in the database
        assert_clean_rich_text(raw["value"]["text"])


def test_best_practice_page_renders_every_field_inert(client, hostile_practice):
    response = client.get(hostile_practice.url)
    html = response.content.decode()

    assert response.status_code == 200
    assert_inert(html)
    text = BeautifulSoup(html, "html.parser").get_text()
    for shown in (
        f"Practice {PAYLOAD}",
        f"Summary {PAYLOAD}",
        f"Step {PAYLOAD}",
        f"per {PAYLOAD}",
        f"Note {PAYLOAD}",
        f"Shown {PAYLOAD}",
        f"Shows {PAYLOAD}",
        f"Adopter {PAYLOAD}",
        f"Adopted {PAYLOAD}",
        f"tag {SCRIPT}",
        f"Water {PAYLOAD}",
        f"Forward {PAYLOAD}",
    ):
        assert shown in text, shown


def test_best_practice_json_ld_holds_the_payload_only_as_escaped_text(client, hostile_practice):
    raw, data = jsonld(client.get(hostile_practice.url).content.decode())

    assert "<" not in raw and ">" not in raw
    assert data["name"] == f"Practice {PAYLOAD}"
    assert data["step"][0]["name"] == f"Step {PAYLOAD}"
    assert data["step"][0]["text"] == "Story clickok"
    assert data["estimatedCost"]["description"] == f"per {PAYLOAD}"
