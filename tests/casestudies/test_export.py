"""Open data: /case-studies/export.jsonl (the import format) and /case-studies/export.csv."""

import csv
import io
import json
from decimal import Decimal
from io import StringIO

from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import resolve

from wagtail.models import PageViewRestriction

import pytest

from academy.models import CityPage
from casestudies.exporting import CSV_COLUMNS
from casestudies.importing import RECORD_KEYS
from casestudies.models import (
    CaseStudyFunding,
    CaseStudyPage,
    CaseStudyPartner,
    CaseStudySource,
    OutcomeIndicator,
)

JSONL = "/case-studies/export.jsonl"
CSV = "/case-studies/export.csv"


def test_the_exports_sit_beside_the_library_in_the_root_urlconf():
    # Wagtail's page URLs cannot contain a dot, so academy/urls.py routes these itself.
    assert resolve(CSV).url_name == "case_study_export"
    assert resolve("/es" + JSONL).url_name == "case_study_export"


@pytest.fixture
def copenhagen(make_city):
    return make_city("Copenhagen", country="DK", population=660_000, lat="55.67610", lon="12.56830")


@pytest.fixture
def full_case_study(make_case_study, copenhagen):
    """``full_case_study("Cloudburst plan", **changes)``: a published case study with every
    field of the format filled in."""

    def make(title="Cloudburst plan", **changes):
        fields = {
            "city": copenhagen,
            "clusters": ["water-resources", "nature-based-solutions"],
            "programme_slug": "iurc",
            "tags": ["stormwater", "Cloudburst"],
            "sdgs": [13, 6],
            "status": "ongoing",
            "start_year": 2012,
            "end_year": 2033,
            "challenge": "<p>Heavy rain flooded cellars.</p><p>Insurers paid out.</p>",
            "solution": "<p>Green streets and retention parks.</p>",
            "results": "<p>Fewer floods.</p>",
            "lessons_learned": "<p>Start with one catchment.</p>",
            "cost_amount": Decimal("1500000.50"),
            "cost_currency": "DKK",
            "cost_year": 2012,
            "indicators": [
                OutcomeIndicator(
                    name="Rain stored", unit="m3", baseline=0, target=300000, year=2033
                ),
                OutcomeIndicator(name="Flooded cellars", baseline=Decimal("-12.25")),
            ],
            "funding_sources": [CaseStudyFunding(name="Utility tariffs")],
            "partners": [CaseStudyPartner(name="HOFOR", role="Water utility")],
            "sources": [CaseStudySource(url="https://example.org/plan", title="The plan")],
        }
        fields.update(changes)
        return make_case_study(title, **fields)

    return make


def download(client, url) -> tuple:
    response = client.get(url)
    assert response.status_code == 200
    return response, b"".join(response.streaming_content)


def exported_records(client, url=JSONL) -> list[dict]:
    _response, body = download(client, url)
    return [json.loads(line) for line in body.decode("utf-8").splitlines()]


def csv_rows(client, url=CSV) -> list[list[str]]:
    _response, body = download(client, url)
    assert body.startswith("\ufeff".encode())
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


def run_import(path, *options) -> str:
    out, err = StringIO(), StringIO()
    call_command("import_casestudies", str(path), *options, stdout=out, stderr=err)
    assert err.getvalue() == ""
    return out.getvalue().strip().splitlines()[-1]


# JSON Lines -------------------------------------------------------------------------------------


def test_the_jsonl_export_is_the_import_format(client, full_case_study):
    page = full_case_study()

    response, _body = download(client, JSONL)
    [record] = exported_records(client)

    assert response["Content-Type"] == "application/jsonl; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="case-studies-en.jsonl"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert list(record) == [key for key in RECORD_KEYS if key in record]
    assert sorted(record.pop("clusters")) == ["nature-based-solutions", "water-resources"]
    assert record == {
        "id": str(page.translation_key),
        "title": "Cloudburst plan",
        "summary": "Cloudburst plan: what Copenhagen did.",
        "language": "en",
        "city": {
            "name": "Copenhagen",
            "country": "DK",
            "population": 660000,
            "lat": 55.6761,
            "lon": 12.5683,
        },
        "programme": "iurc",
        "tags": ["Cloudburst", "stormwater"],
        "sdgs": [6, 13],
        "challenge": "Heavy rain flooded cellars.\n\nInsurers paid out.",
        "solution": "Green streets and retention parks.",
        "results": "Fewer floods.",
        "lessons": "Start with one catchment.",
        "indicators": [
            {
                "name": "Rain stored",
                "unit": "m3",
                "baseline": 0,
                "target": 300000,
                "achieved": None,
                "year": 2033,
            },
            {
                "name": "Flooded cellars",
                "baseline": -12.25,
                "target": None,
                "achieved": None,
                "year": None,
            },
        ],
        "cost": {"amount": 1500000.5, "currency": "DKK", "year": 2012},
        "funding_sources": ["Utility tariffs"],
        "partners": ["HOFOR"],
        "start_year": 2012,
        "end_year": 2033,
        "status": "ongoing",
        "sources": ["https://example.org/plan"],
    }


def test_an_imported_case_study_is_exported_under_its_own_id(client, full_case_study):
    full_case_study(external_id="urbact-42")

    [record] = exported_records(client)

    assert record["id"] == "urbact-42"


def test_empty_optional_values_are_left_out(client, make_case_study):
    make_case_study("Bare", clusters=["circular-economy"])

    [record] = exported_records(client)

    assert set(record) == {"id", "title", "summary", "language", "city", "clusters", "solution"}


def test_only_live_public_case_studies_of_the_librarys_language(client, full_case_study, translate):
    live = full_case_study("Live")
    full_case_study("Draft", live=False)
    private = full_case_study("Private")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="secret-1234"
    )
    spanish = translate(live, "es", title="En vivo")
    # Unpublished edits to a live page stay out of the export too.
    live.title = "Live, edited in a draft"
    live.save_revision()

    english = exported_records(client)
    es = exported_records(client, "/es" + JSONL)

    assert [record["title"] for record in english] == ["Live"]
    assert [row[1] for row in csv_rows(client)[1:]] == ["Live"]
    assert [(record["title"], record["language"]) for record in es] == [("En vivo", "es")]
    assert es[0]["id"] == english[0]["id"] == str(spanish.translation_key)


def test_an_empty_library_exports_nothing(client, case_study_index):
    assert exported_records(client) == []
    assert csv_rows(client) == [list(CSV_COLUMNS)]


# Round trip --------------------------------------------------------------------------------------


def test_re_importing_an_export_changes_nothing(client, full_case_study, tmp_path):
    full_case_study("Cloudburst plan")
    full_case_study("Green roofs", tags=["roofs"], external_id="urbact-7")
    path = tmp_path / "export.jsonl"
    path.write_bytes(download(client, JSONL)[1])

    summary = run_import(path, "--publish")

    assert summary == "Created: 0, updated: 0, unchanged: 2, failed: 0."
    assert CaseStudyPage.objects.count() == 2


def page_values(page) -> tuple:
    """What the format carries, read from the database."""
    return (
        page.title,
        page.summary,
        (page.challenge, page.solution, page.results, page.lessons_learned),
        sorted(page.tags.names()),
        sorted(page.clusters.values_list("slug", flat=True)),
        sorted(page.sdgs.values_list("number", flat=True)),
        page.programme,
        [(i.name, i.unit, i.baseline, i.target, i.achieved, i.year) for i in page.indicators.all()],
        (page.cost_amount, page.cost_currency, page.cost_year),
        list(page.funding_sources.values_list("name", flat=True)),
        list(page.partners.values_list("name", flat=True)),
        list(page.sources.values_list("url", flat=True)),
        (page.start_year, page.end_year, page.status),
        (page.city.title, page.city.country, page.city.latitude, page.city.population),
    )


def test_an_export_imported_into_an_empty_library_gives_identical_pages(
    client, full_case_study, tmp_path
):
    full_case_study("Cloudburst plan")
    full_case_study(
        "Green roofs",
        sdgs=[11],
        indicators=[],
        cost_amount=None,
        cost_currency="",
        cost_year=None,
    )
    before = exported_records(client)
    old_values = sorted(page_values(page) for page in CaseStudyPage.objects.all())
    path = tmp_path / "export.jsonl"
    path.write_bytes(download(client, JSONL)[1])
    for page in CaseStudyPage.objects.all():
        page.delete()
    CityPage.objects.get().delete()  # the import adds the city again, from the export

    summary = run_import(path, "--publish")

    assert summary == "Created: 2, updated: 0, unchanged: 0, failed: 0."
    assert exported_records(client) == before
    assert sorted(page_values(page) for page in CaseStudyPage.objects.all()) == old_values


# CSV ---------------------------------------------------------------------------------------------


def test_the_csv_export_has_one_row_per_case_study(client, full_case_study, make_city):
    rosario = make_city("Rosario", country="AR", lat="-32.9468", lon="-60.6393")
    page = full_case_study("Cloudburst plan")
    full_case_study("Green corridors", city=rosario, indicators=[], cost_amount=None)

    response, _body = download(client, CSV)
    header, *rows = csv_rows(client)

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="case-studies-en.csv"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert header == list(CSV_COLUMNS)
    cloudburst, corridors = (dict(zip(header, row, strict=True)) for row in rows)
    assert cloudburst["url"] == f"http://localhost{page.url}"
    assert cloudburst["tags"] == "Cloudburst; stormwater"
    assert cloudburst["sdgs"] == "6; 13"
    assert (cloudburst["city"], cloudburst["country"], cloudburst["lat"]) == (
        "Copenhagen",
        "DK",
        "55.6761",
    )
    assert (cloudburst["cost_amount"], cloudburst["cost_currency"]) == ("1500000.5", "DKK")
    assert cloudburst["indicators"] == (
        "Rain stored (m3): baseline 0, target 300000, year 2033; Flooded cellars: baseline -12.25"
    )
    assert cloudburst["challenge"] == "Heavy rain flooded cellars.\n\nInsurers paid out."
    # Negative numbers are numbers, not formulas to neutralise.
    assert (corridors["lat"], corridors["lon"]) == ("-32.9468", "-60.6393")
    assert corridors["cost_amount"] == corridors["indicators"] == ""


def test_the_csv_export_neutralises_formulas(client, full_case_study, make_city):
    city = make_city("=cmd|' /C calc'!A0", country="AR")
    full_case_study(
        '=HYPERLINK("http://evil.example","x")',
        slug="formula",
        city=city,
        summary="+1+1",
        tags=["@SUM(A1)"],
        partners=[CaseStudyPartner(name="-2+3")],
        funding_sources=[CaseStudyFunding(name="\tTab")],
    )

    header, row = csv_rows(client)
    cells = dict(zip(header, row, strict=True))

    assert cells["title"] == '\'=HYPERLINK("http://evil.example","x")'
    assert cells["summary"] == "'+1+1"
    assert cells["tags"] == "'@SUM(A1)"
    assert cells["partners"] == "'-2+3"
    assert cells["funding_sources"] == "'\tTab"
    assert cells["city"] == "'=cmd|' /C calc'!A0"


XSS = '"><script>alert(1)</script><img src=x onerror=alert(2)>&amp;\u2028'


def test_xss_payloads_in_every_field_come_out_as_data(client, make_case_study, make_city):
    city = make_city(f"City {XSS}", country="AR")
    escaped = "<p>Text &lt;script&gt;alert(1)&lt;/script&gt;</p>"
    make_case_study(
        f"Title {XSS}",
        city=city,
        summary=f"Summary {XSS}",
        tags=[f"tag {XSS}"],
        challenge=escaped,
        solution=escaped,
        results=escaped,
        lessons_learned=escaped,
        external_id=f"id {XSS}"[:100],
        indicators=[OutcomeIndicator(name=f"Indicator {XSS}", unit="<b>")],
        funding_sources=[CaseStudyFunding(name=f"Fund {XSS}")],
        partners=[CaseStudyPartner(name=f"Partner {XSS}")],
        sources=[CaseStudySource(url="https://example.org/?q=%3Cscript%3E&x=<y>")],
    )

    response, body = download(client, JSONL)
    [record] = [json.loads(line) for line in body.decode().split("\n") if line]

    assert b"<script" not in body and b"<img" not in body
    assert record["title"] == f"Title {XSS}"
    assert record["summary"] == f"Summary {XSS}"
    assert record["city"]["name"] == f"City {XSS}"
    assert record["tags"] == [f"tag {XSS}"]
    assert record["challenge"] == record["lessons"] == "Text <script>alert(1)</script>"
    assert record["indicators"][0]["name"] == f"Indicator {XSS}"
    assert record["funding_sources"] == [f"Fund {XSS}"]
    assert record["partners"] == [f"Partner {XSS}"]
    assert record["sources"] == ["https://example.org/?q=%3Cscript%3E&x=<y>"]
    assert response["Content-Type"] == "application/jsonl; charset=utf-8"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Disposition"].startswith("attachment;")

    csv_response, _body = download(client, CSV)
    header, row = csv_rows(client)
    assert dict(zip(header, row, strict=True))["title"] == f"Title {XSS}"
    assert csv_response["Content-Type"] == "text/csv; charset=utf-8"
    assert csv_response["X-Content-Type-Options"] == "nosniff"
    assert csv_response["Content-Disposition"].startswith("attachment;")


# HTTP ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("url", [JSONL, CSV])
def test_the_exports_cost_the_same_queries_for_3_or_30_case_studies(client, full_case_study, url):
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            download(client, url)
        return len(captured)

    for number in range(3):
        full_case_study(f"Case {number}")
    with_3 = queries()
    for number in range(3, 30):
        full_case_study(f"Case {number}")

    assert queries() == with_3
    assert len(exported_records(client)) == 30


@pytest.mark.parametrize("url", [JSONL, CSV])
def test_the_exports_only_answer_get_and_head(client, case_study_index, url):
    for method in ("post", "put", "patch", "delete"):
        assert getattr(client, method)(url).status_code == 405

    response = client.head(url)

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert b"".join(response.streaming_content) == b""
