"""The case study and best practice pages as a visitor reads them: the story, the key facts,
the indicators, related content, JSON-LD, and what each page costs in queries."""

import gc
import json
from datetime import date
from decimal import Decimal

from django.utils import translation

from wagtail.models import PageViewRestriction

import pytest
import wagtail_factories
from bs4 import BeautifulSoup

from casestudies.models import (
    BestPracticeAdoption,
    BestPracticeCaseStudy,
    CaseStudyContact,
    CaseStudyFunding,
    CaseStudyPartner,
    CaseStudySource,
    OutcomeIndicator,
)

# What a page may cost, whatever its size (measured: see the report of issue 5).
CASE_STUDY_QUERY_BUDGET = 45
BEST_PRACTICE_QUERY_BUDGET = 32


def soup(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def text_of(node) -> str:
    """The text a reader sees: list items apart, whitespace collapsed."""
    for item in node.find_all("li"):
        item.append(" ")
    return " ".join(node.get_text().split())


def jsonld_of(page_soup) -> dict:
    scripts = page_soup.find_all("script", type="application/ld+json")
    assert len(scripts) == 1
    return json.loads(scripts[0].string)


@pytest.fixture
def rosario(make_city):
    return make_city("Rosario", country="AR", population=1_276_000, lat="-32.9468", lon="-60.6393")


@pytest.fixture
def full_case(make_case_study, rosario):
    """A case study with every field filled in."""
    return make_case_study(
        "Green corridors",
        city=rosario,
        clusters=["nature-based-solutions", "water-resources"],
        programme_slug="cities-forward",
        tags=["Urban forest", "stormwater"],
        sdgs=[11, 13],
        status="completed",
        start_year=2015,
        end_year=2021,
        summary="Rosario planted corridors of trees along its streams.",
        challenge="<p>Streams flooded every summer.</p>",
        objectives="<p></p>",
        solution="<p>The city bought the banks back.</p>",
        results="<p>Fewer flood days.</p>",
        lessons_learned="<p>Start with the owners.</p>",
        transferability="<p>A land bank and a budget line.</p>",
        cost_amount=Decimal("2500000.00"),
        cost_currency="USD",
        cost_year=2020,
        cost_note="design and works",
        evidence_level="documented",
        last_verified=date(2025, 3, 14),
        licence="cc-by-sa-4.0",
        illustrative_note="The 2021 visitor count is an estimate.",
        indicators=[
            OutcomeIndicator(
                name="Tree canopy",
                unit="%",
                baseline=Decimal("12.5000"),
                target=Decimal("20.0000"),
                achieved=Decimal("18.5000"),
                year=2021,
                source="City survey",
            ),
            OutcomeIndicator(
                name="Flood days",
                unit="days a year",
                baseline=Decimal("100"),
                target=Decimal("60"),
                achieved=Decimal("70"),
                year=2021,
            ),
            OutcomeIndicator(
                name="Visitors", unit="people", target=Decimal("12000"), achieved=Decimal("12500.5")
            ),
        ],
        funding_sources=[CaseStudyFunding(name="City budget"), CaseStudyFunding(name="IDB loan")],
        partners=[
            CaseStudyPartner(
                name="National University", role="monitoring", url="https://unr.edu.ar/"
            ),
            CaseStudyPartner(name="Neighbours' association", role="planting"),
        ],
        contacts=[
            CaseStudyContact(
                name="Ana Pérez",
                role="Director",
                organisation="Municipality",
                email="ana@example.org",
                url="https://rosario.gob.ar/",
            )
        ],
        sources=[
            CaseStudySource(
                url="https://example.org/report.pdf",
                title="Annual report 2021",
                accessed=date(2025, 1, 10),
            ),
            CaseStudySource(url="https://example.org/data"),
        ],
    )


# The story ----------------------------------------------------------------------------------


def test_case_study_reads_as_a_story_with_only_the_sections_that_have_content(client, full_case):
    page = soup(client.get(full_case.url))

    assert text_of(page.find("p", class_="lead")) == full_case.summary
    headings = [text_of(h) for h in page.select(".story-section h2")]
    assert headings == [
        "The challenge",
        "What the city did",
        "Results",
        "Lessons learned",
        "Transferability: what another city needs",
    ]
    assert "Objectives" not in headings  # an empty editor (<p></p>) is no section
    toc = [(a["href"], text_of(a)) for a in page.select("nav.toc a")]
    assert toc[:5] == [
        ("#challenge", "The challenge"),
        ("#solution", "What the city did"),
        ("#results", "Results"),
        ("#lessons-learned", "Lessons learned"),
        ("#transferability", "Transferability: what another city needs"),
    ]
    assert ("#indicators", "Outcome indicators") in toc
    assert ("#sources", "Sources") in toc
    # Every entry points at a section of the page.
    for href, _title in toc:
        assert page.find(id=href[1:]) is not None


def test_a_short_case_study_has_no_table_of_contents_or_empty_sections(client, make_case_study):
    case = make_case_study("Bare case", solution="<p>Only this.</p>")
    page = soup(client.get(case.url))

    assert page.find("nav", class_="toc") is None
    assert [text_of(h) for h in page.select(".layout__main h2")] == ["What the city did"]
    assert page.find(class_="notice--illustrative") is None
    assert page.find("table") is None


def test_illustrative_note_is_announced(client, full_case):
    notice = soup(client.get(full_case.url)).find(class_="notice--illustrative")

    assert "Some details are illustrative" in text_of(notice)
    assert "The 2021 visitor count is an estimate." in text_of(notice)


# Outcome indicators --------------------------------------------------------------------------


def indicator_rows(page) -> dict[str, list[str]]:
    table = page.find("table", class_="indicator-table")
    return {
        text_of(row.th): [text_of(cell) for cell in row.find_all("td")]
        for row in table.tbody.find_all("tr")
    }


def test_indicators_are_a_table_with_headers_and_numbers_without_trailing_zeros(client, full_case):
    page = soup(client.get(full_case.url))
    table = page.find("table", class_="indicator-table")

    assert [th["scope"] for th in table.thead.find_all("th")] == ["col"] * 8
    assert all(th["scope"] == "row" for th in table.tbody.find_all("th"))
    assert table.caption is not None
    rows = indicator_rows(page)
    unit, baseline, target, achieved, year, progress, source = rows["Tree canopy"]
    assert (unit, baseline, target, achieved, year, source) == (
        "%",
        "12.5",
        "20",
        "18.5",
        "2021",
        "City survey",
    )
    assert progress == "80% of the way to the target"


def test_progress_works_for_targets_below_the_baseline_and_needs_all_three_values(
    client, full_case
):
    rows = indicator_rows(soup(client.get(full_case.url)))

    # From 100 flood days towards 60, reaching 70: three quarters of the way.
    assert rows["Flood days"][5] == "75% of the way to the target"
    # No baseline: nothing to measure progress from, and the blank says so to screen readers.
    assert rows["Visitors"][1] == "– not given"
    assert rows["Visitors"][5] == "– not given"
    assert rows["Visitors"][3] == "12,500.5"


def test_progress_beyond_or_away_from_the_target(client, make_case_study):
    case = make_case_study(
        "Edge cases",
        indicators=[
            OutcomeIndicator(name="Met", baseline=0, target=10, achieved=10),
            OutcomeIndicator(name="Beyond", baseline=0, target=10, achieved=15),
            OutcomeIndicator(name="Worse", baseline=50, target=40, achieved=55),
        ],
    )
    rows = indicator_rows(soup(client.get(case.url)))

    assert rows["Met"][5] == "Target reached"
    assert rows["Beyond"][5] == "Target exceeded (150% of the way)"
    assert rows["Worse"][5] == "Moved away from the target"


def test_numbers_follow_the_active_language(client, full_case, translate):
    spanish = translate(full_case, "es", slug="corredores-verdes")

    with translation.override("es"):
        url = spanish.url
    rows = indicator_rows(soup(client.get(url)))

    assert rows["Tree canopy"][1:4] == ["12,5", "20", "18,5"]
    assert rows["Visitors"][3] == "12 500,5"  # Spanish groups with a (non-breaking) space


# Key facts ---------------------------------------------------------------------------------


def key_facts(page) -> dict[str, str]:
    panel = page.find("section", class_="key-facts")
    return {text_of(div.dt): text_of(div.dd) for div in panel.dl.find_all("div", recursive=False)}


def test_key_facts_panel(client, full_case):
    page = soup(client.get(full_case.url))
    facts = key_facts(page)

    assert facts["City"] == (
        "Rosario, Argentina Latin America and the Caribbean Population 1,276,000"
    )
    assert facts["Programme"] == "Cities Forward"
    assert facts["Thematic clusters"].count(" and ") >= 1
    assert facts["Status"] == "Completed 2015 to 2021"
    assert facts["Cost"] == "USD 2,500,000 At 2020 prices Covers: design and works"
    assert facts["Funding sources"] == "City budget IDB loan"
    assert facts["Partners"] == "National University monitoring Neighbours' association planting"
    assert facts["Sustainable Development Goals"] == (
        "SDG 11 Sustainable cities and communities SDG 13 Climate action"
    )
    assert facts["Evidence"] == "Documented in public reports"
    assert facts["Last verified"] == "March 14, 2025"
    assert facts["Licence"] == "CC BY-SA 4.0"

    panel = page.find("section", class_="key-facts")
    assert panel.find("a", string="CC BY-SA 4.0")["href"] == (
        "https://creativecommons.org/licenses/by-sa/4.0/"
    )
    assert panel.find("a", string="National University")["href"] == "https://unr.edu.ar/"
    # A partner without a web page is named, not linked.
    assert panel.find("a", string="Neighbours' association") is None
    assert panel.find("a", string="Rosario")["href"] == "/cities/rosario/"
    sdg_links = [a["href"] for a in panel.select(".sdg-facts a")]
    assert sdg_links == ["/case-studies/?sdg=11", "/case-studies/?sdg=13"]


def test_partner_link_only_for_web_addresses(client, full_case):
    # Stored without the validator (as an old import might have): still never a link.
    CaseStudyPartner.objects.create(page=full_case, name="Sneaky", url="javascript:alert(1)")
    CaseStudyPartner.objects.create(page=full_case, name="FTP", url="ftp://example.org/")
    page = soup(client.get(full_case.url))

    assert page.find("a", string="Sneaky") is None
    assert page.find("a", string="FTP") is None
    assert "Sneaky" in text_of(page.find("section", class_="key-facts"))


def test_status_lines(client, make_case_study):
    ongoing = make_case_study("Ongoing", status="ongoing", start_year=2021)
    planned = make_case_study("Planned", status="planned", start_year=2027)
    no_status = make_case_study("Unknown")

    assert key_facts(soup(client.get(ongoing.url)))["Status"] == "Ongoing Since 2021"
    assert key_facts(soup(client.get(planned.url)))["Status"] == "Planned Planned from 2027"
    assert "Status" not in key_facts(soup(client.get(no_status.url)))


def test_all_rights_reserved_has_no_licence_link(client, make_case_study):
    case = make_case_study("Closed", licence="all-rights-reserved")
    panel = soup(client.get(case.url)).find("section", class_="key-facts")

    assert key_facts(panel.parent)["Licence"] == "All rights reserved"
    assert panel.find("a", rel="license") is None


def test_location_map_highlights_the_city(client, full_case):
    page = soup(client.get(full_case.url))
    figure = page.find("figure", class_="city-map")

    assert text_of(figure.find("title")) == "Location of Rosario"
    current = figure.find("circle", class_="city-dot--current")
    assert text_of(current) == "Rosario"


def test_sources_are_a_numbered_list_of_links(client, full_case):
    page = soup(client.get(full_case.url))
    items = page.find("ol", class_="source-list").find_all("li", recursive=False)

    assert [(li.a["href"], text_of(li.a)) for li in items] == [
        ("https://example.org/report.pdf", "Annual report 2021"),
        ("https://example.org/data", "https://example.org/data"),
    ]
    assert "Accessed Jan. 10, 2025" in text_of(items[0])


def test_contacts(client, full_case):
    contact = soup(client.get(full_case.url)).find("li", class_="contact")

    assert "Ana Pérez" in text_of(contact)
    assert "Director, Municipality" in text_of(contact)
    assert contact.find("a", href="mailto:ana@example.org") is not None
    assert contact.find("a", href="https://rosario.gob.ar/") is not None


def test_tags_and_clusters_link_to_the_filtered_listing(client, full_case):
    page = soup(client.get(full_case.url))

    tag_links = sorted(a["href"] for a in page.select(".library-tags a"))
    assert tag_links == ["/case-studies/?tag=stormwater", "/case-studies/?tag=urban-forest"]
    header_links = [a["href"] for a in page.select(".page-header a.card__tag")]
    assert header_links == [
        "/case-studies/?cluster=nature-based-solutions",
        "/case-studies/?cluster=water-resources",
    ]


# Making a rendition leaves temporary files for the garbage collector (Wagtail and Willow's,
# not ours): collected inside the test, where this filter names and ignores them.
@pytest.mark.filterwarnings("ignore:Exception ignored in:pytest.PytestUnraisableExceptionWarning")
def test_gallery_images_keep_their_alt_text_and_documents_are_listed(client, make_case_study):
    image = wagtail_factories.ImageFactory(title="Corridor")
    document = wagtail_factories.DocumentFactory(title="Planting plan")
    case = make_case_study("With media")
    case.gallery = json.dumps(
        [
            {
                "type": "image",
                "value": {
                    "image": {
                        "image": image.pk,
                        "alt_text": "Trees along a stream",
                        "decorative": False,
                    },
                    "caption": "The north corridor in 2021",
                },
            }
        ]
    )
    case.documents = json.dumps(
        [{"type": "document", "value": {"document": document.pk, "description": "PDF"}}]
    )
    case.save_revision().publish()
    page = soup(client.get(case.url))
    gallery = page.find(id="gallery")

    assert gallery.find("img")["alt"] == "Trees along a stream"
    assert text_of(gallery.find("figcaption")) == "The north corridor in 2021"
    assert text_of(page.find(id="documents").find("a")) == "Planting plan"
    gc.collect()


# Related case studies ------------------------------------------------------------------------


def test_related_case_studies_share_clusters_tags_or_a_region(
    client, make_case_study, make_city, rosario
):
    case = make_case_study(
        "Subject", city=rosario, clusters=["water-resources"], tags=["stormwater"]
    )
    buenos_aires = make_city("Buenos Aires", lat="-34.6037", lon="-58.3816")
    tokyo = make_city("Tokyo", country="JP", lat="35.6762", lon="139.6503")
    oslo = make_city("Oslo", country="NO", lat="59.9139", lon="10.7522")
    both = make_case_study(
        "Same cluster and tag", city=tokyo, clusters=["water-resources"], tags=["stormwater"]
    )
    cluster_only = make_case_study("Same cluster", city=oslo, clusters=["water-resources"])
    nearby = make_case_study("Nearby", city=buenos_aires, clusters=["circular-economy"])
    make_case_study("Unrelated and far", city=oslo, clusters=["circular-economy"])
    make_case_study("Draft", city=rosario, clusters=["water-resources"], live=False)

    related = soup(client.get(case.url)).find(id="related")
    titles = [text_of(h) for h in related.select(".card__title")]

    assert titles == [both.title, cluster_only.title, nearby.title]
    reasons = [text_of(p) for p in related.select(".library-pick__note")]
    assert reasons[0] == (
        "Why it is related: same cluster: Water resources; shared tag: stormwater"
    )
    assert reasons[2] == "Why it is related: about 280 km away"


def test_related_case_studies_are_at_most_four_of_the_same_language(
    client, make_case_study, translate, rosario
):
    case = make_case_study("Subject", city=rosario, tags=["parks"])
    others = [make_case_study(f"Other {n}", city=rosario, tags=["parks"]) for n in range(6)]
    translate(others[0], "es", slug="otro-es")

    related = soup(client.get(case.url)).find(id="related")
    titles = [text_of(h) for h in related.select(".card__title")]

    assert len(titles) == 4
    assert set(titles) <= {other.title for other in others}


def test_private_case_studies_are_not_related(client, make_case_study, rosario):
    case = make_case_study("Subject", city=rosario)
    private = make_case_study("Private one", city=rosario)
    PageViewRestriction.objects.create(page=private, restriction_type="login")

    page = soup(client.get(case.url))

    assert page.find(id="related") is None


# Best practices citing a case study ----------------------------------------------------------


def test_case_study_lists_the_best_practices_that_cite_it(client, full_case, make_best_practice):
    practice = make_best_practice("Buy back the banks", case_studies=[full_case])
    make_best_practice("Draft practice", case_studies=[full_case], live=False)
    section = soup(client.get(full_case.url)).find(id="best-practices")

    assert [text_of(a) for a in section.select(".card__title a")] == [practice.title]
    assert section.find("a")["href"] == practice.url


# JSON-LD ------------------------------------------------------------------------------------


def test_case_study_json_ld(client, full_case):
    data = jsonld_of(soup(client.get(full_case.url)))

    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Article"
    assert data["name"] == "Green corridors"
    assert data["description"] == full_case.summary
    assert data["inLanguage"] == "en"
    assert data["url"] == full_case.get_full_url()
    assert data["url"].endswith("/case-studies/green-corridors/")
    assert sorted(data["keywords"]) == ["Urban forest", "stormwater"]
    assert [topic["name"] for topic in data["about"]] == [
        "Nature-based solutions and green infrastructure",
        "Water resources",
    ]
    assert data["spatialCoverage"] == {
        "@type": "Place",
        "name": "Rosario",
        "geo": {"@type": "GeoCoordinates", "latitude": -32.9468, "longitude": -60.6393},
        "address": {"@type": "PostalAddress", "addressCountry": "AR"},
    }
    assert data["license"] == "https://creativecommons.org/licenses/by-sa/4.0/"
    assert data["temporalCoverage"] == "2015/2021"
    assert data["datePublished"].startswith(str(full_case.first_published_at.date()))
    assert "dateModified" in data
    assert data["isPartOf"]["url"].endswith("/case-studies/")
    assert data["publisher"] == {"@type": "Organization", "name": "Cities Academy"}
    assert [c["url"] for c in data["citation"]] == [
        "https://example.org/report.pdf",
        "https://example.org/data",
    ]


def test_json_ld_cannot_be_broken_out_of(client, make_case_study):
    title = "</script><script>alert(1)</script> & more"
    case = make_case_study(title, slug="breakout")
    response = client.get(case.url)
    html = response.content.decode()

    assert "</script><script>alert(1)" not in html
    script = html.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    assert "<" not in script and ">" not in script and "&" not in script
    assert json.loads(script)["name"] == title


# Best practice page ------------------------------------------------------------------------


@pytest.fixture
def full_practice(make_best_practice, make_case_study, make_city, rosario):
    hoboken = make_city("Hoboken", country="US", lat="40.7440", lon="-74.0324")
    renca = make_city("Renca", country="CL", lat="-33.4047", lon="-70.7239")
    case = make_case_study("Green corridors", city=rosario)
    second = make_case_study("Rain gardens", city=hoboken)
    return make_best_practice(
        "Retention parks",
        clusters=["water-resources"],
        programme_slug="eu-cities-gateway",
        tags=["stormwater"],
        sdgs=[6],
        summary="Parks that hold the rain.",
        what="<p>A park that floods on purpose.</p>",
        why="<p>Water needs somewhere to go.</p>",
        steps=json.dumps(
            [
                {
                    "type": "step",
                    "value": {"title": "Map the floods", "text": "<p>Use complaints.</p>"},
                },
                {"type": "step", "value": {"title": "Buy the land", "text": ""}},
                {
                    "type": "step",
                    "value": {"title": "Build and plant", "text": "<p>In dry months.</p>"},
                },
            ]
        ),
        enabling_conditions="<p>Land and a budget.</p>",
        pitfalls="<p></p>",
        cost_low=Decimal("50000"),
        cost_high=Decimal("200000.50"),
        cost_currency="EUR",
        cost_basis="per hectare",
        illustrative_note="Costs are indicative.",
        case_studies=[case, second],
        adopted_by=[
            (hoboken, 2022, "Two pilot parks"),
            (renca, 2019, ""),
            (rosario, None, "Planned"),
        ],
    )


def test_best_practice_page(client, full_practice):
    page = soup(client.get(full_practice.url))

    assert text_of(page.find("p", class_="lead")) == "Parks that hold the rain."
    headings = [text_of(h) for h in page.select(".layout__main section > h2")]
    assert headings == [
        "What it is",
        "Why it works",
        "How, step by step",
        "Enabling conditions",
        "Case studies that show it",
        "Adopted by",
    ]
    steps = page.find("ol", class_="steps").find_all("li", recursive=False)
    assert [text_of(step.h3) for step in steps] == [
        "Map the floods",
        "Buy the land",
        "Build and plant",
    ]
    assert text_of(steps[0].find(class_="step__text")) == "Use complaints."
    facts = key_facts(page)
    assert facts["Typical cost"] == "EUR 50,000 to 200,000.5 per hectare"
    assert facts["Programme"] == "EU Cities Gateway"
    assert facts["Sustainable Development Goals"] == "SDG 6 Clean water and sanitation"
    assert facts["Evidence"] == "2 case studies Adopted by 3 cities"
    assert "Costs are indicative." in text_of(page.find(class_="notice--illustrative"))
    assert [a["href"] for a in page.select(".library-tags a")] == [
        "/best-practices/?tag=stormwater"
    ]


def test_adopted_by_lists_cities_by_year_and_maps_them(client, full_practice):
    section = soup(client.get(full_practice.url)).find(id="adopted-by")
    rows = [text_of(li) for li in section.select(".adoption-list > li")]

    assert rows == [
        "2019 Renca Chile",
        "2022 Hoboken United States of America Two pilot parks",
        "– year not given Rosario Argentina Planned",
    ]
    dots = [text_of(c) for c in section.select("svg circle.city-dot")]
    assert sorted(dots) == ["Hoboken", "Renca", "Rosario"]


def test_adopted_by_leaves_out_unpublished_cities(client, full_practice):
    renca = full_practice.adoptions.get(city__title="Renca").city
    renca.unpublish()
    section = soup(client.get(full_practice.url)).find(id="adopted-by")

    assert "Renca" not in text_of(section)


def test_cost_range_with_one_end(client, make_best_practice):
    low = make_best_practice("Low only", cost_low=Decimal("1000"), cost_currency="USD")
    high = make_best_practice("High only", cost_high=Decimal("5000"), cost_currency="BRL")

    assert key_facts(soup(client.get(low.url)))["Typical cost"] == "from USD 1,000"
    assert key_facts(soup(client.get(high.url)))["Typical cost"] == "up to BRL 5,000"


def test_practice_shows_only_live_public_case_studies_in_its_language(
    client, make_best_practice, make_case_study, translate, rosario
):
    shown = make_case_study("Shown", city=rosario)
    draft = make_case_study("Draft case", city=rosario, live=False)
    private = make_case_study("Private case", city=rosario)
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    practice = make_best_practice("Practice", case_studies=[shown, draft, private])
    BestPracticeCaseStudy.objects.filter(page=practice, case_study=shown).update(
        note="How to buy land"
    )

    section = soup(client.get(practice.url)).find(id="case-studies")
    assert [text_of(a) for a in section.select(".card__title a")] == ["Shown"]
    assert "What it shows: How to buy land" in text_of(section)

    spanish_case = translate(shown, "es", title="Mostrado", slug="mostrado")
    spanish_practice = translate(practice, "es", slug="practica")
    with translation.override("es"):
        url = spanish_practice.url
    section = soup(client.get(url)).find(id="case-studies")
    assert [a["href"] for a in section.select(".card__title a")] == [spanish_case.url]


def test_best_practice_json_ld_is_a_how_to(client, full_practice):
    data = jsonld_of(soup(client.get(full_practice.url)))

    assert data["@type"] == "HowTo"
    assert data["name"] == "Retention parks"
    assert [(s["position"], s["name"], s["text"]) for s in data["step"]] == [
        (1, "Map the floods", "Use complaints."),
        (2, "Buy the land", "Buy the land"),
        (3, "Build and plant", "In dry months."),
    ]
    assert data["estimatedCost"] == {
        "@type": "MonetaryAmount",
        "currency": "EUR",
        "minValue": 50000.0,
        "maxValue": 200000.5,
        "description": "per hectare",
    }
    assert len(data["isBasedOn"]) == 2
    assert sorted(place["name"] for place in data["spatialCoverage"]) == [
        "Hoboken",
        "Renca",
        "Rosario",
    ]


def test_case_study_links_back_to_the_practices_in_its_language(client, full_practice, translate):
    case = full_practice.case_study_links.first().case_study
    spanish_practice = translate(full_practice, "es", title="Parques de retención", slug="parques")
    spanish_case = translate(case, "es", title="Corredores", slug="corredores")

    with translation.override("es"):
        url = spanish_case.url
    section = soup(client.get(url)).find(id="best-practices")

    assert [text_of(a) for a in section.select(".card__title a")] == ["Parques de retención"]
    with translation.override("es"):
        assert section.find("a")["href"] == spanish_practice.url


# Query budgets ------------------------------------------------------------------------------


def fill_case(case, count: int) -> None:
    """Give ``case`` ``count`` of every repeated thing its page shows."""
    for n in range(count):
        OutcomeIndicator.objects.create(
            page=case, name=f"Indicator {n}", baseline=n, target=n + 10, achieved=n + 5
        )
        CaseStudySource.objects.create(page=case, url=f"https://example.org/{n}", title=f"S{n}")
        CaseStudyFunding.objects.create(page=case, name=f"Fund {n}")
        CaseStudyPartner.objects.create(page=case, name=f"Partner {n}", url="https://example.org/")
        CaseStudyContact.objects.create(page=case, name=f"Contact {n}")


def page_queries(client, url, budget, django_assert_max_num_queries) -> int:
    with django_assert_max_num_queries(budget) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def test_case_study_page_costs_the_same_queries_with_2_or_20_of_everything(
    client, make_case_study, make_city, make_best_practice, django_assert_max_num_queries
):
    cities = [make_city(f"City {n}", lat=str(-30 - n / 10), lon="-60") for n in range(20)]
    case = make_case_study("Subject", city=cities[0], tags=["parks", "water"])

    def grow(count):
        have = case.indicators.count()
        fill_case(case, count - have)
        for n in range(have, count):
            make_case_study(f"Candidate {n}", city=cities[n], tags=["parks"])
            make_best_practice(f"Practice {n}", case_studies=[case])

    grow(2)
    client.get(case.url)  # warm the caches a first visit fills (content types, site roots)
    small = page_queries(client, case.url, CASE_STUDY_QUERY_BUDGET, django_assert_max_num_queries)
    grow(20)
    page = soup(client.get(case.url))
    assert len(page.select("#indicators tbody tr")) == 20
    assert len(page.select("#related .card")) == 4
    assert len(page.select("#best-practices .card")) == 20
    large = page_queries(client, case.url, CASE_STUDY_QUERY_BUDGET, django_assert_max_num_queries)

    assert large == small


def test_best_practice_page_costs_the_same_queries_with_2_or_20_of_everything(
    client, make_best_practice, make_case_study, make_city, django_assert_max_num_queries
):
    practice = make_best_practice("Practice")

    def grow(count):
        for n in range(practice.adoptions.count(), count):
            city = make_city(f"City {n}", lat=str(-30 - n), lon="-60")
            BestPracticeAdoption.objects.create(page=practice, city=city, year=2000 + n)
            case = make_case_study(f"Case {n}", city=city)
            BestPracticeCaseStudy.objects.create(page=practice, case_study=case)
        practice.steps = json.dumps(
            [
                {"type": "step", "value": {"title": f"Step {n}", "text": "<p>Do.</p>"}}
                for n in range(count)
            ]
        )
        practice.save_revision().publish()

    grow(2)
    client.get(practice.url)
    small = page_queries(
        client, practice.url, BEST_PRACTICE_QUERY_BUDGET, django_assert_max_num_queries
    )
    grow(20)
    page = soup(client.get(practice.url))
    assert len(page.select("ol.steps > li")) == 20
    assert len(page.select("#case-studies .card")) == 20
    assert len(page.select(".adoption-list > li")) == 20
    large = page_queries(
        client, practice.url, BEST_PRACTICE_QUERY_BUDGET, django_assert_max_num_queries
    )

    assert large == small


# Formatting helpers the pages use --------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "english", "spanish"),
    [
        (Decimal("100.0000"), "100", "100"),
        (Decimal("1E+3"), "1,000", "1 000"),
        (Decimal("0.2500"), "0.25", "0,25"),
        (Decimal("-1234.5"), "-1,234.5", "-1 234,5"),
        (12, "12", "12"),
        (None, "", ""),
        ("not a number", "", ""),
    ],
)
def test_numbers_drop_trailing_zeros_in_every_language(value, english, spanish):
    from casestudies.templatetags.library_tags import format_number

    with translation.override("en"):
        assert format_number(value) == english
    with translation.override("es"):
        assert format_number(value).replace("\xa0", " ") == spanish


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("https://example.org/a?b=1", "https://example.org/a?b=1"),
        ("HTTP://EXAMPLE.ORG/", "HTTP://EXAMPLE.ORG/"),
        ("javascript:alert(1)", ""),
        ("  JavaScript:alert(1)", ""),
        ("data:text/html,x", ""),
        ("//example.org/", ""),
        ("http:///nohost", ""),
        ("mailto:a@example.org", ""),
        ("", ""),
        (None, ""),
    ],
)
def test_safe_url_keeps_only_web_addresses(value, expected):
    from casestudies.templatetags.library_tags import safe_url

    assert safe_url(value) == expected
