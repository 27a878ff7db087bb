"""Version 2 of the import format, and matching cities.

Every test writes a real file, runs the real command and looks at the real pages.
"""

import re
from datetime import date

from wagtail.models import Revision

import pytest
from bs4 import BeautifulSoup

from academy.models import CityPage
from casestudies.models import CaseStudyPage
from tests.casestudies.test_import import DROP, counts, latest, record, run_import, write
from tests.casestudies.test_xss import assert_inert


@pytest.fixture
def library(case_study_index, city_index):
    return case_study_index


def v2(**changes) -> dict:
    return record(**{"format": 2, **changes})


def html_of(client, page) -> BeautifulSoup:
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


EVERY_FIELD = {
    "challenge": "<p>Cellars <em>flooded</em>.</p>",
    "objectives": "<ul><li>Hold a 100-year rain</li><li>Keep cellars dry</li></ul>",
    "solution": (
        "<h3>Streets</h3><p>Green streets and <strong>retention</strong> parks.</p>"
        '<h4>Tunnels</h4><ol><li>Dig</li><li>Line</li></ol><p><a href="https://example.org/'
        'plan">The plan</a>, <a href="mailto:water@example.org">write to us</a>.</p>'
    ),
    "results": "<p>Fewer floods.</p>",
    "lessons": "<p>Start with one catchment.</p>",
    "transferability": "<p>A flood map first.</p>",
    "indicators": [
        {"name": "Rain stored", "unit": "m3", "target": 300000, "source": "HOFOR report 2023"}
    ],
    "cost": {"amount": 1500000, "currency": "DKK", "year": 2012, "covers": "The first catchment"},
    "partners": [
        {"name": "HOFOR", "role": "Water utility", "url": "https://hofor.dk/"},
        "Ramboll",
    ],
    "sources": [
        {"url": "https://example.org/plan", "title": "Cloudburst plan", "accessed": "2024-05-02"},
        "https://example.org/press",
    ],
    "evidence_level": "evaluated",
    "illustrative_note": "The cost is an estimate.",
    "licence": "cc-by-sa-4.0",
    "last_verified": "2025-01-31",
}


# Version 2 ---------------------------------------------------------------------------------------


def test_every_version_2_field_is_stored_and_shown(library, tmp_path, client):
    run = run_import(write(tmp_path, v2(**EVERY_FIELD)), "--publish")

    assert not run.failed, run.err
    page = CaseStudyPage.objects.get()
    # Rich text as Wagtail stores it: <b> and <i>.
    assert page.challenge == "<p>Cellars <i>flooded</i>.</p>"
    assert page.objectives == EVERY_FIELD["objectives"]
    assert page.solution.startswith("<h3>Streets</h3><p>Green streets and <b>retention</b>")
    assert page.transferability == "<p>A flood map first.</p>"
    assert page.indicators.get().source == "HOFOR report 2023"
    assert page.cost_note == "The first catchment"
    assert [(p.name, p.role, p.url) for p in page.partners.all()] == [
        ("HOFOR", "Water utility", "https://hofor.dk/"),
        ("Ramboll", "", ""),
    ]
    assert [(s.url, s.title, s.accessed) for s in page.sources.all()] == [
        ("https://example.org/plan", "Cloudburst plan", date(2024, 5, 2)),
        ("https://example.org/press", "", None),
    ]
    assert (page.evidence_level, page.licence, page.last_verified) == (
        "evaluated",
        "cc-by-sa-4.0",
        date(2025, 1, 31),
    )
    html = html_of(client, page)
    assert html.find("h3", string="Streets") and html.find("h4", string="Tunnels")
    assert html.find("a", href="mailto:water@example.org").get_text() == "write to us"
    assert html.find("a", href="https://hofor.dk/").get_text() == "HOFOR"
    text = html.get_text(" ")
    for shown in ("Water utility", "Covers: The first catchment", "The cost is an estimate."):
        assert shown in text
    assert "Independently evaluated" in text and "HOFOR report 2023" in text


HOSTILE = (
    '<p onclick="alert(1)">Rain <script>alert(2)</script><img src=x onerror=alert(3)>'
    '<a href="javascript:alert(4)">js</a> <a href="data:text/html,<script>x</script>">data</a> '
    '<a href="/admin/">relative</a> <a href="https://example.org/" onmouseover="alert(5)">ok</a>'
    "</p><iframe src=https://evil.example></iframe><style>body{display:none}</style>"
    "<svg><script>alert(6)</script></svg><form action=https://evil.example><input></form>"
    '<div>Block</div><table><tr><td>Cell</td></tr></table><span style="color:red">red</span>'
)


def test_hostile_markup_in_a_version_2_line_is_removed_and_its_words_kept(
    library, tmp_path, client
):
    run = run_import(write(tmp_path, v2(solution=HOSTILE, challenge=HOSTILE)), "--publish")

    assert not run.failed, run.err
    page = CaseStudyPage.objects.get()
    assert page.solution == (
        '<p>Rain js data relative <a href="https://example.org/">ok</a></p>'
        "<p>Block</p><p>Cell</p><p>red</p>"
    )
    html = client.get(page.url).content.decode()
    assert_inert(html)
    assert "<iframe" not in html and "evil.example" not in html and "display:none" not in html


def test_a_story_of_markup_alone_is_refused(library, tmp_path):
    path = write(tmp_path, v2(solution="<script>alert(1)</script><img src=x>"))

    run = run_import(path)

    assert "line 1: solution: nothing is left once the markup the format does not allow is " in (
        run.err
    )
    assert not CaseStudyPage.objects.exists()


def test_version_1_text_stays_text_and_version_2_text_is_markup(library, tmp_path):
    text = "<strong>Green</strong> streets"
    run_import(write(tmp_path, record(id="one", solution=text), v2(id="two", solution=text)))

    pages = {page.external_id: latest(page) for page in CaseStudyPage.objects.all()}

    assert pages["one"].solution == "<p>&lt;strong&gt;Green&lt;/strong&gt; streets</p>"
    assert pages["two"].solution == "<p><b>Green</b> streets</p>"


def test_a_link_to_a_page_of_this_site_is_stored_as_a_link_to_that_page(
    library, tmp_path, make_case_study
):
    other = make_case_study("Retention parks")
    url = other.get_full_url()
    solution = f'<p>See <a href="{url}">parks</a> and <a href="{url}#costs">their costs</a>.</p>'

    run_import(write(tmp_path, v2(solution=solution)), "--publish")

    page = CaseStudyPage.objects.get(external_id="demo-copenhagen-cloudburst")
    # A fragment is not the page itself: that link stays an address.
    assert page.solution == (
        f'<p>See <a linktype="page" id="{other.pk}">parks</a> and '
        f'<a href="{url}#costs">their costs</a>.</p>'
    )


def test_version_2_empties_what_it_leaves_out_and_version_1_keeps_it(library, tmp_path):
    run_import(write(tmp_path, v2(**EVERY_FIELD)), "--publish")

    run_import(write(tmp_path, record(partners=["HOFOR"], sources=["https://example.org/plan"])))
    kept = latest(CaseStudyPage.objects.get())
    run_import(write(tmp_path, v2(partners=["HOFOR"])))
    emptied = latest(CaseStudyPage.objects.get())

    assert kept.objectives == EVERY_FIELD["objectives"]
    assert (kept.evidence_level, kept.licence, kept.illustrative_note) == (
        "evaluated",
        "cc-by-sa-4.0",
        "The cost is an estimate.",
    )
    assert [(p.role, p.url) for p in kept.partners.all()] == [
        ("Water utility", "https://hofor.dk/")
    ]
    assert [(s.title, s.accessed) for s in kept.sources.all()] == [
        ("Cloudburst plan", date(2024, 5, 2))
    ]
    assert (emptied.objectives, emptied.transferability, emptied.evidence_level) == ("", "", "")
    assert (emptied.licence, emptied.illustrative_note, emptied.last_verified) == ("", "", None)
    assert [(p.role, p.url) for p in emptied.partners.all()] == [("", "")]
    assert (emptied.cost_amount, emptied.cost_note) == (None, "")


VERSION_ERRORS = [
    ({"format": 3}, "format: 3 is not a version of the format; this site reads 1 and 2"),
    ({"format": "2"}, 'format: "2" is not a version of the format'),
    ({"format": True}, "format: true is not a version of the format"),
    # version 2 keys in a version 1 line
    ({"format": DROP, "objectives": "x"}, 'objectives: a version 2 key: add "format": 2'),
    ({"format": 1, "licence": "cc0-1.0"}, 'licence: a version 2 key: add "format": 2'),
    (
        {"format": DROP, "partners": [{"name": "HOFOR"}]},
        'partners[0]: must be a string, not an object ({"name": "HOFOR"}); objects here need',
    ),
    ({"format": DROP, "sources": [{"url": "https://a.example"}]}, "sources[0]: must be a string"),
    # the new values
    ({"partners": [{"role": "utility"}]}, "partners[0].name: required"),
    ({"partners": [{"name": "A", "url": "javascript:alert(1)"}]}, "partners[0].url: Enter an"),
    ({"partners": [{"name": "A", "role": "r" * 161}]}, "partners[0].role: at most 160"),
    ({"partners": [{"name": "A", "email": "a@b.c"}]}, "partners[0].email: unknown key"),
    ({"sources": [{"title": "Plan"}]}, "sources[0].url: required"),
    ({"sources": [{"url": "ftp://a.example/x"}]}, "sources[0].url: Enter an address"),
    (
        {"sources": [{"url": "https://a.example", "accessed": "2024-13-01"}]},
        'sources[0].accessed: "2024-13-01" is not a date written YYYY-MM-DD',
    ),
    (
        {"sources": [{"url": "https://a.example", "accessed": 20240501}]},
        "sources[0].accessed: must be a date written YYYY-MM-DD, not a number",
    ),
    ({"last_verified": "31/01/2025"}, 'last_verified: "31/01/2025" is not a date written'),
    ({"last_verified": "1850-01-01"}, "last_verified: must be between 1900 and 2100, not 1850"),
    ({"evidence_level": "anecdotal"}, 'evidence_level: "anecdotal" is not one of reported,'),
    ({"licence": "MIT"}, 'licence: "MIT" is not one of cc-by-4.0,'),
    ({"illustrative_note": "n" * 1001}, "illustrative_note: at most 1000 characters"),
    ({"indicators": [{"name": "T", "source": "s" * 256}]}, "indicators[0].source: at most 255"),
    ({"cost": {"amount": 1, "currency": "EUR", "covers": 5}}, "cost.covers: must be a string"),
    ({"objectives": ["a list"]}, "objectives: must be a string, not a list"),
    ({"city": {"name": "Copenhagen", "country": "DK", "geonames_id": 0}}, "city.geonames_id"),
    (
        {"city": {"name": "Copenhagen", "country": "DK", "geonames_id": "2618425"}},
        "city.geonames_id: must be a whole number",
    ),
]


@pytest.mark.parametrize(("changes", "message"), VERSION_ERRORS)
def test_a_bad_version_2_line_is_reported_and_nothing_is_written(
    library, tmp_path, changes, message
):
    run = run_import(write(tmp_path, v2(**changes)))

    assert run.failed
    assert f"line 1: {message}" in run.err
    assert counts(run) == "Created: 0, updated: 0, unchanged: 0, failed: 1."
    assert not CaseStudyPage.objects.exists() and not CityPage.objects.exists()


def test_rows_of_a_version_2_line_are_kept_as_given_and_version_1_names_once(library, tmp_path):
    twice = ["HOFOR", {"name": "HOFOR", "role": "Utility"}]
    run_import(write(tmp_path, v2(id="two", partners=twice), record(id="one", partners=["A", "A"])))

    rows = {
        page.external_id: [(p.name, p.role) for p in latest(page).partners.all()]
        for page in CaseStudyPage.objects.all()
    }
    assert rows == {"two": [("HOFOR", ""), ("HOFOR", "Utility")], "one": [("A", "")]}


# Cities ----------------------------------------------------------------------------------------


@pytest.fixture
def new_york(make_city):
    return make_city(
        "New York City",
        country="US",
        population=8_804_190,
        lat="40.71427",
        lon="-74.00597",
        geonames_id=5128581,
    )


def city_note(run) -> str:
    [note] = [line for line in run.out.splitlines() if line.startswith("line 1: city: ")]
    return note


def test_a_near_duplicate_within_25_km_is_the_same_city_and_differences_are_reported(
    library, tmp_path, new_york
):
    city = {"name": "New York", "country": "US", "population": 8_336_817, "lat": 40.78, "lon": -74}
    revisions = Revision.objects.count()

    run = run_import(write(tmp_path, v2(city=city)))

    assert not run.failed, run.err
    assert latest(CaseStudyPage.objects.get()).city == new_york
    assert CityPage.objects.count() == 1
    note = city_note(run)
    distance = re.fullmatch(
        r"line 1: city: matched New York City \(US\) (\d+\.\d) km away; population in the file "
        r"8,336,817 differs from the stored 8,804,190, kept the stored value",
        note,
    )
    assert distance and 5 < float(distance[1]) < 10, note
    new_york.refresh_from_db()
    assert (new_york.title, new_york.population) == ("New York City", 8_804_190)
    # The case study's revision, and nothing for the city.
    assert Revision.objects.count() == revisions + 1


def test_a_city_further_than_25_km_or_in_another_country_is_another_city(
    library, tmp_path, new_york
):
    philadelphia = {"name": "Philadelphia", "country": "US", "lat": 39.95, "lon": -75.16}
    # Across the Hudson from Manhattan, but the file says it is in Canada.
    elsewhere = {"name": "Hoboken", "country": "CA", "lat": 40.744, "lon": -74.032}

    run = run_import(write(tmp_path, v2(id="a", city=philadelphia), v2(id="b", city=elsewhere)))

    assert not run.failed, run.err
    assert 'line 1: added the city "Philadelphia"' in run.out
    assert 'line 2: added the city "Hoboken"' in run.out
    assert CityPage.objects.count() == 3


def test_a_geonames_id_matches_before_the_name_and_the_coordinates(library, tmp_path, new_york):
    make_nyc = {"name": "NYC", "country": "US", "geonames_id": 5128581}

    run = run_import(write(tmp_path, v2(city=make_nyc)))

    assert latest(CaseStudyPage.objects.get()).city == new_york
    assert city_note(run) == "line 1: city: matched New York City (US) by its GeoNames id"


def test_a_city_named_as_stored_says_nothing_unless_something_differs(library, tmp_path, new_york):
    same = {"name": "New York City", "country": "US", "geonames_id": 5128581, "lat": 40.71427}
    same["lon"] = -74.00597
    moved = {"name": "new york city", "country": "US", "lat": 40.8, "lon": -74.00597}
    other_id = {"name": "New York City", "country": "US", "geonames_id": 1}

    runs = [
        run_import(write(tmp_path, v2(id="a", city=same))),
        run_import(write(tmp_path, v2(id="b", city=moved))),
        run_import(write(tmp_path, v2(id="c", city=other_id))),
    ]

    assert all(not run.failed for run in runs)
    assert runs[0].out.strip().splitlines() == [counts(runs[0])]
    assert re.fullmatch(
        r"line 1: city: matched New York City \(US\), ignoring case and accents; the coordinates "
        r"in the file are 9\.\d km from the stored ones, kept the stored ones",
        city_note(runs[1]),
    )
    assert city_note(runs[2]) == (
        "line 1: city: matched New York City (US); GeoNames id in the file 1 differs from the "
        "stored 5128581, kept the stored value"
    )
    assert CityPage.objects.get().geonames_id == 5128581


def test_a_value_the_stored_city_lacks_is_reported_not_written(library, tmp_path, make_city):
    copenhagen = make_city(
        "Copenhagen", country="DK", population=None, lat="55.6761", lon="12.5683"
    )
    city = {"name": "Copenhagen", "country": "DK", "geonames_id": 2618425, "population": 644431}

    run = run_import(write(tmp_path, v2(city=city)))

    assert city_note(run) == (
        "line 1: city: matched Copenhagen (DK); population in the file is 644,431 but the "
        "stored city has none, left it empty; GeoNames id in the file is 2618425 but the stored "
        "city has none, left it empty"
    )
    copenhagen.refresh_from_db()
    assert (copenhagen.population, copenhagen.geonames_id) == (None, None)


def test_a_city_is_matched_by_its_name_in_another_language(library, tmp_path, new_york, translate):
    nueva_york = translate(new_york, "es", title="Nueva York")
    path = write(
        tmp_path,
        v2(id="a", language="es", city={"name": "Nueva York", "country": "US"}),
        v2(id="b", language="es", city={"name": "New York City", "country": "US"}),
        v2(id="c", city={"name": "Nueva York", "country": "US"}),
    )

    run = run_import(path, "--publish")

    assert not run.failed, run.err
    cities = dict(CaseStudyPage.objects.values_list("external_id", "city"))
    # The Spanish case studies link to the Spanish page of the city, the English one to the
    # English page; a name the city has in any language is its own name, not a difference.
    assert cities == {"a": nueva_york.pk, "b": nueva_york.pk, "c": new_york.pk}
    assert "city:" not in run.out
