"""The round trip of shared/specs/casestudy-import.md (version 2), with hand-made pages.

The site's own export re-imports into the same site as "unchanged" on every line and writes
nothing; imported into an empty site and exported again it gives the same file, byte for byte.
The pages carry every field of the format in all four languages, rich text with headings,
lists and links (one to another case study), and markup the format has no room for.
(test_round_trip_demo.py does the same with the demo content.)
"""

from datetime import date
from decimal import Decimal

from django.conf import settings
from django.utils import translation

from wagtail.models import PageLogEntry, Revision, WorkflowState

import pytest

from academy.models import CityPage
from casestudies.models import (
    CaseStudyFunding,
    CaseStudyPage,
    CaseStudyPartner,
    CaseStudySource,
    OutcomeIndicator,
)
from tests.casestudies.test_import import counts, run_import
from tests.casestudies.test_xss import assert_inert

LANGUAGES = ("en", "es", "fr", "pt")
TRANSLATED = {
    "es": ("Plan de aguaceros", "<p>Calles <b>verdes</b> y parques.</p>"),
    "fr": ("Plan contre les pluies", "<p>Rues <i>vertes</i> et parcs.</p>"),
    "pt": ("Plano de chuvas", "<ul><li>Ruas verdes</li><li>Parques</li></ul>"),
}
SOLUTION = (
    "<h3>Streets</h3><p>Green streets and <b>retention</b> parks, <i>tunnels</i> and "
    '<a href="https://example.org/plan?a=1&amp;b=2">the plan</a>.</p>'
    "<h4>Parks</h4><ol><li>Map the catchments</li><li>Build<ul><li>parks</li></ul></li></ol>"
    '<p>Ask <a href="mailto:water@example.org">the utility</a>.</p>'
)
# Markup the editor never writes but code or an old import could: a second-level heading, a
# line break, a quotation, code, a telephone link, a script.
OUTSIDE_THE_FORMAT = (
    "<h2>Before</h2><p>Line one<br/>line two</p><blockquote><p>Quoted.</p></blockquote>"
    '<p><code>x = 1</code> <a href="tel:+4512345678">call</a><script>alert(1)</script></p>'
)


@pytest.fixture
def full_library(make_city, make_case_study, translate):
    """Two case studies with every field, the first in all four languages, the second linking
    to the first; a city translated under another name."""
    copenhagen = make_city(
        "Copenhagen",
        country="DK",
        population=660_000,
        lat="55.67610",
        lon="12.56830",
        geonames_id=2618425,
    )
    copenhague = translate(copenhagen, "es", title="Copenhague")
    rosario = make_city("Rosario", country="AR", population=948_312)
    first = make_case_study(
        "Cloudburst plan",
        city=copenhagen,
        clusters=["water-resources", "nature-based-solutions"],
        programme_slug="iurc",
        tags=["stormwater", "Cloudburst", "blågrøn"],
        sdgs=[13, 6, 11],
        status="ongoing",
        start_year=2012,
        end_year=2033,
        challenge="<p>Heavy rain flooded cellars.</p><p>Insurers paid DKK 6 billion.</p>",
        objectives="<ul><li>Hold a 100-year rain.</li><li>Keep cellars dry.</li></ul>",
        solution=SOLUTION,
        results="<p>Fewer floods &amp; lower premiums.</p>",
        lessons_learned=OUTSIDE_THE_FORMAT,
        transferability="<p>Any city with a flood map.</p>",
        cost_amount=Decimal("1500000.50"),
        cost_currency="DKK",
        cost_year=2012,
        cost_note="Planning and the first catchment",
        indicators=[
            OutcomeIndicator(
                name="Rain stored", unit="m3", baseline=0, target=300000, year=2033, source="HOFOR"
            ),
            OutcomeIndicator(name="Flooded cellars", baseline=Decimal("-12.2500")),
        ],
        funding_sources=[CaseStudyFunding(name="Utility tariffs"), CaseStudyFunding(name="EU")],
        partners=[
            CaseStudyPartner(name="HOFOR", role="Water utility", url="https://hofor.dk/"),
            CaseStudyPartner(name="Ramboll"),
        ],
        sources=[
            CaseStudySource(
                url="https://example.org/p", title="The plan", accessed=date(2024, 5, 2)
            ),
            CaseStudySource(url="https://example.org/press"),
        ],
        evidence_level="evaluated",
        illustrative_note="The cost is the city's estimate.",
        licence="cc-by-sa-4.0",
        last_verified=date(2025, 1, 31),
        external_id="demo-cloudburst",
    )
    for language, (title, solution) in TRANSLATED.items():
        changes = {"title": title, "solution": solution, "summary": f"{title}."}
        if language == "es":
            changes["city"] = copenhague
        translate(first, language, **changes)
    second = make_case_study(
        "Green corridors",
        city=rosario,
        solution="<p>Corridors along the river.</p>",
        results=f'<p>Like <a linktype="page" id="{first.pk}">the cloudburst plan</a>.</p>',
        licence="",
    )
    return first, second


def export_files(client, tmp_path) -> dict:
    """Each language's /case-studies/export.jsonl, downloaded into a file."""
    files = {}
    for language in LANGUAGES:
        prefix = "" if language == "en" else f"/{language}"
        response = client.get(f"{prefix}/case-studies/export.jsonl")
        assert response.status_code == 200
        path = tmp_path / f"export-{language}.jsonl"
        path.write_bytes(b"".join(response.streaming_content))
        files[language] = path
    translation.activate(settings.LANGUAGE_CODE)  # a request to /pt/ leaves Portuguese active
    return files


def written() -> tuple:
    return (
        Revision.objects.count(),
        PageLogEntry.objects.count(),
        WorkflowState.objects.count(),
        CityPage.objects.count(),
    )


def test_the_export_carries_rich_text_and_leaves_out_what_the_format_has_no_room_for(
    client, full_library, tmp_path
):
    first, _second = full_library
    english = export_files(client, tmp_path)["en"].read_text("utf-8")

    assert "\\u003ch3\\u003eStreets\\u003c/h3\\u003e" in english
    assert "\\u003cstrong\\u003eretention\\u003c/strong\\u003e" in english
    assert "mailto:water@example.org" in english
    # The page link as the page's address, the line break as a new paragraph.
    assert f'href=\\"http://localhost{first.url}\\"' in english
    assert "\\u003cp\\u003eLine one\\u003c/p\\u003e\\u003cp\\u003eline two" in english
    assert "tel:" not in english and "script" not in english and "\\u003ccode" not in english


def test_every_languages_export_re_imports_unchanged_and_writes_nothing(
    client, full_library, tmp_path
):
    files = export_files(client, tmp_path)
    before = written()

    for language, path in files.items():
        expected = 2 if language == "en" else 1
        for options in (("--publish",), ()):
            run = run_import(path, *options)

            assert not run.failed, run.err
            assert counts(run) == f"Created: 0, updated: 0, unchanged: {expected}, failed: 0."
            # Not a word about any line: nothing differs.
            assert run.out.strip().splitlines() == [counts(run)]

    assert written() == before


def test_an_export_imported_into_an_empty_site_exports_the_same_bytes(
    client, full_library, tmp_path
):
    first, _second = full_library
    files = export_files(client, tmp_path)
    for page in CaseStudyPage.objects.order_by("-depth", "-pk"):
        page.delete()
    for city in CityPage.objects.order_by("-pk"):
        city.delete()

    for language in LANGUAGES:
        run = run_import(files[language], "--publish")
        assert not run.failed, run.err

    (tmp_path / "again").mkdir()
    for language, path in export_files(client, tmp_path / "again").items():
        assert path.read_bytes() == files[language].read_bytes(), language
    # The translations are one case study again, and the link points at the new page.
    cloudburst = CaseStudyPage.objects.filter(external_id="demo-cloudburst")
    assert sorted(cloudburst.values_list("locale__language_code", flat=True)) == sorted(LANGUAGES)
    assert len({page.translation_key for page in cloudburst}) == 1
    corridors = CaseStudyPage.objects.get(title="Green corridors")
    new_first = cloudburst.get(locale__language_code="en")
    assert f'<a linktype="page" id="{new_first.pk}">' in corridors.results
    assert new_first.pk != first.pk


def test_the_re_imported_pages_show_the_rich_text_and_nothing_runs(client, full_library, tmp_path):
    files = export_files(client, tmp_path)
    CaseStudyPage.objects.get(title="Cloudburst plan").delete()

    run_import(files["en"], "--publish")

    page = CaseStudyPage.objects.get(title="Cloudburst plan")
    html = client.get(page.url).content.decode()
    assert "<h3>Streets</h3>" in html and "<h4>Parks</h4>" in html
    assert '<a href="mailto:water@example.org">the utility</a>' in html
    assert "<li>Map the catchments</li>" in html
    assert_inert(html)


def test_a_re_import_leaves_an_editors_newer_draft_alone(client, full_library, tmp_path):
    first, _second = full_library
    files = export_files(client, tmp_path)
    draft = first.get_latest_revision_as_object()
    draft.title = "Cloudburst plan, second edition"
    draft.save_revision()
    before = written()

    run = run_import(files["en"], "--publish")

    assert counts(run) == "Created: 0, updated: 0, unchanged: 2, failed: 0."
    assert "line 1: the line matches the published page; its newer draft was left as it is" in (
        run.out
    )
    assert written() == before
    first.refresh_from_db()
    assert first.title == "Cloudburst plan" and first.has_unpublished_changes
    assert first.get_latest_revision_as_object().title == "Cloudburst plan, second edition"
