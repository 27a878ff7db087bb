"""Open data: /case-studies/export.jsonl (the import format) and /case-studies/export.csv."""

import csv
import io
import json
from datetime import date
from decimal import Decimal
from io import StringIO

from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import resolve

from wagtail.models import PageViewRestriction

import pytest

from casestudies.exporting import CSV_COLUMNS
from casestudies.importing import RECORD_KEYS
from casestudies.models import (
    CaseStudyFunding,
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
    return make_city(
        "Copenhagen",
        country="DK",
        population=660_000,
        lat="55.67610",
        lon="12.56830",
        geonames_id=2618425,
    )


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
            "objectives": "<ul><li>Hold a 100-year rain.</li><li>Keep cellars dry.</li></ul>",
            "solution": "<h3>Streets</h3><p>Green streets and <b>retention</b> parks.</p>",
            "results": "<p>Fewer floods.</p>",
            "lessons_learned": "<p>Start with one catchment.</p>",
            "transferability": '<p>Any city with a <a href="https://example.org/map">map</a>.</p>',
            "cost_amount": Decimal("1500000.50"),
            "cost_currency": "DKK",
            "cost_year": 2012,
            "cost_note": "Planning and the first catchment",
            "indicators": [
                OutcomeIndicator(
                    name="Rain stored",
                    unit="m3",
                    baseline=0,
                    target=300000,
                    year=2033,
                    source="HOFOR annual report",
                ),
                OutcomeIndicator(name="Flooded cellars", baseline=Decimal("-12.25")),
            ],
            "funding_sources": [CaseStudyFunding(name="Utility tariffs")],
            "partners": [
                CaseStudyPartner(name="HOFOR", role="Water utility", url="https://hofor.dk/"),
                CaseStudyPartner(name="Ramboll"),
            ],
            "sources": [
                CaseStudySource(
                    url="https://example.org/plan", title="The plan", accessed=date(2024, 5, 2)
                ),
                CaseStudySource(url="https://example.org/press"),
            ],
            "evidence_level": "evaluated",
            "illustrative_note": "The cost is the city's estimate.",
            "licence": "cc-by-sa-4.0",
            "last_verified": date(2025, 1, 31),
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
        "format": 2,
        "id": str(page.translation_key),
        "title": "Cloudburst plan",
        "summary": "Cloudburst plan: what Copenhagen did.",
        "language": "en",
        "city": {
            "name": "Copenhagen",
            "country": "DK",
            "geonames_id": 2618425,
            "population": 660000,
            "lat": 55.6761,
            "lon": 12.5683,
        },
        "programme": "iurc",
        "tags": ["Cloudburst", "stormwater"],
        "sdgs": [6, 13],
        "challenge": "<p>Heavy rain flooded cellars.</p><p>Insurers paid out.</p>",
        "objectives": "<ul><li>Hold a 100-year rain.</li><li>Keep cellars dry.</li></ul>",
        # Bold and italic under the names the format uses.
        "solution": "<h3>Streets</h3><p>Green streets and <strong>retention</strong> parks.</p>",
        "results": "<p>Fewer floods.</p>",
        "lessons": "<p>Start with one catchment.</p>",
        "transferability": '<p>Any city with a <a href="https://example.org/map">map</a>.</p>',
        "indicators": [
            {
                "name": "Rain stored",
                "unit": "m3",
                "baseline": 0,
                "target": 300000,
                "achieved": None,
                "year": 2033,
                "source": "HOFOR annual report",
            },
            {
                "name": "Flooded cellars",
                "baseline": -12.25,
                "target": None,
                "achieved": None,
                "year": None,
            },
        ],
        "cost": {
            "amount": 1500000.5,
            "currency": "DKK",
            "year": 2012,
            "covers": "Planning and the first catchment",
        },
        "funding_sources": ["Utility tariffs"],
        "partners": [
            {"name": "HOFOR", "role": "Water utility", "url": "https://hofor.dk/"},
            {"name": "Ramboll"},
        ],
        "start_year": 2012,
        "end_year": 2033,
        "status": "ongoing",
        "sources": [
            {"url": "https://example.org/plan", "title": "The plan", "accessed": "2024-05-02"},
            {"url": "https://example.org/press"},
        ],
        "evidence_level": "evaluated",
        "illustrative_note": "The cost is the city's estimate.",
        "licence": "cc-by-sa-4.0",
        "last_verified": "2025-01-31",
    }


def test_an_imported_case_study_is_exported_under_its_own_id(client, full_case_study):
    full_case_study(external_id="urbact-42")

    [record] = exported_records(client)

    assert record["id"] == "urbact-42"


def test_empty_optional_values_are_left_out(client, make_case_study):
    make_case_study("Bare", clusters=["circular-economy"], licence="")

    [record] = exported_records(client)

    assert set(record) == {
        "format",
        "id",
        "title",
        "summary",
        "language",
        "city",
        "clusters",
        "solution",
    }


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
    # Rich text as plain text, one paragraph or list item a block; rows by their names.
    assert cloudburst["challenge"] == "Heavy rain flooded cellars.\n\nInsurers paid out."
    assert cloudburst["objectives"] == "Hold a 100-year rain.\n\nKeep cellars dry."
    assert cloudburst["solution"] == "Streets\n\nGreen streets and retention parks."
    assert (cloudburst["partners"], cloudburst["sources"]) == (
        "HOFOR; Ramboll",
        "https://example.org/plan; https://example.org/press",
    )
    assert cloudburst["cost_covers"] == "Planning and the first catchment"
    assert (cloudburst["evidence_level"], cloudburst["licence"], cloudburst["last_verified"]) == (
        "evaluated",
        "cc-by-sa-4.0",
        "2025-01-31",
    )
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
    assert record["challenge"] == record["lessons"] == escaped
    assert record["indicators"][0]["name"] == f"Indicator {XSS}"
    assert record["funding_sources"] == [f"Fund {XSS}"]
    assert record["partners"] == [{"name": f"Partner {XSS}"}]
    assert record["sources"] == [{"url": "https://example.org/?q=%3Cscript%3E&x=<y>"}]
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
def test_the_exports_cost_the_same_queries_for_3_or_30_case_studies(
    client, full_case_study, make_city, url
):
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            download(client, url)
        return len(captured)

    def make(number, previous):
        # Each in its own city, each linking to the one before.
        city = make_city(f"City {number}", lat=number, lon=number)
        link = f'<p>See <a linktype="page" id="{previous.pk}">the last one</a>.</p>'
        return full_case_study(f"Case {number}", city=city, results=link)

    previous = full_case_study("Case start")
    for number in range(3):
        previous = make(number, previous)
    with_3 = queries()
    for number in range(3, 30):
        previous = make(number, previous)

    assert queries() == with_3
    assert len(exported_records(client)) == 31


@pytest.mark.parametrize("url", [JSONL, CSV])
def test_the_exports_only_answer_get_and_head(client, case_study_index, url):
    for method in ("post", "put", "patch", "delete"):
        assert getattr(client, method)(url).status_code == 405

    response = client.head(url)

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert b"".join(response.streaming_content) == b""
