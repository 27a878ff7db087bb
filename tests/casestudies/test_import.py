"""``manage.py import_casestudies``: the JSON Lines import of shared/specs/casestudy-import.md.

Every test writes a real file, runs the real command and looks at the real pages.
"""

import json
import os
import subprocess
import sys
import tracemalloc
from dataclasses import dataclass
from decimal import Decimal
from io import StringIO
from pathlib import Path

from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.db import DatabaseError
from django.db.models.signals import pre_save
from django.urls import reverse

from wagtail.models import Revision, WorkflowState

import pytest

from academy.models import CityPage
from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from tests.admin_forms import admin_form_data

DROP = object()


def record(**changes) -> dict:
    """A valid line (the spec's example, with coordinates for the new city), then changes;
    a key changed to DROP is left out."""
    data = {
        "id": "demo-copenhagen-cloudburst",
        "title": "Cloudburst plan: streets and parks that hold storm water",
        "summary": "After the 2011 cloudburst, Copenhagen adopted a plan of green streets.",
        "language": "en",
        "city": {"name": "Copenhagen", "country": "DK", "lat": 55.6761, "lon": 12.5683},
        "clusters": ["water-resources", "nature-based-solutions"],
        "tags": ["cloudburst", "stormwater", "blue-green infrastructure"],
        "sdgs": [6, 11, 13],
        "solution": "Catchment plans combine green streets, retention parks and tunnels.",
        "status": "ongoing",
        "start_year": 2012,
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not DROP}


FULL = {
    "programme": "iurc",
    "challenge": "Heavy rain flooded cellars.\n\nInsurers paid out DKK 6 billion.",
    "results": "Fewer floods.",
    "lessons": "Start with one catchment.",
    "indicators": [
        {"name": "Rain stored", "unit": "m3", "baseline": 0, "target": 300000, "year": 2033},
        {"name": "Cellars flooded", "baseline": 12.5, "achieved": None},
    ],
    "cost": {"amount": 1500000.5, "currency": "DKK", "year": 2012},
    "funding_sources": ["Utility tariffs", "City budget"],
    "partners": ["HOFOR", "Ramboll"],
    "end_year": 2033,
    "sources": ["https://example.org/cloudburst-plan", "http://example.org/report.pdf"],
}


def write(tmp_path, *lines, name="library.jsonl") -> Path:
    """A file of ``lines``: dicts as JSON, str as they are, bytes as raw bytes."""
    path = tmp_path / name
    with path.open("wb") as stream:
        for line in lines:
            if isinstance(line, dict):
                line = json.dumps(line)
            if isinstance(line, str):
                line = line.encode("utf-8")
            stream.write(line + b"\n")
    return path


@dataclass
class Run:
    out: str
    err: str
    error: CommandError | None

    @property
    def failed(self) -> bool:
        return self.error is not None


def run_import(path, *options) -> Run:
    out, err = StringIO(), StringIO()
    try:
        call_command("import_casestudies", str(path), *options, stdout=out, stderr=err)
    except CommandError as error:
        return Run(out.getvalue(), err.getvalue(), error)
    return Run(out.getvalue(), err.getvalue(), None)


def counts(run: Run) -> str:
    return run.out.strip().splitlines()[-1]


@pytest.fixture
def library(case_study_index, city_index):
    """The English case study library and city directory the import writes into."""
    return case_study_index


def latest(page) -> CaseStudyPage:
    return CaseStudyPage.objects.get(pk=page.pk).get_latest_revision_as_object()


# A good line --------------------------------------------------------------------------------


def test_a_line_becomes_a_draft_submitted_for_moderation(library, tmp_path):
    run = run_import(write(tmp_path, record()))

    assert not run.failed, run.err
    assert counts(run) == "Created: 1, updated: 0, unchanged: 0, failed: 0."
    page = CaseStudyPage.objects.get(external_id="demo-copenhagen-cloudburst")
    assert page.get_parent().pk == library.pk
    assert not page.live
    state = WorkflowState.objects.for_instance(page).get()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.requested_by is None
    draft = latest(page)
    assert draft.title == "Cloudburst plan: streets and parks that hold storm water"
    assert draft.city.title == "Copenhagen" and draft.city.country.code == "DK"
    assert sorted(c.slug for c in draft.clusters.all()) == [
        "nature-based-solutions",
        "water-resources",
    ]
    assert sorted(t.name for t in draft.tags.all()) == [
        "blue-green infrastructure",
        "cloudburst",
        "stormwater",
    ]
    assert sorted(goal.number for goal in draft.sdgs.all()) == [6, 11, 13]
    assert draft.solution == (
        "<p>Catchment plans combine green streets, retention parks and tunnels.</p>"
    )
    assert (draft.status, draft.start_year, draft.end_year) == ("ongoing", 2012, None)
    # Visitors see nothing until a moderator approves.
    assert CaseStudyPage.objects.live().count() == 0


def test_every_field_of_the_format_is_stored(library, tmp_path):
    run = run_import(write(tmp_path, record(**FULL)), "--publish")

    assert not run.failed, run.err
    page = CaseStudyPage.objects.get()
    assert page.live and not page.has_unpublished_changes
    assert page.programme.slug == "iurc"
    assert page.challenge == (
        "<p>Heavy rain flooded cellars.</p><p>Insurers paid out DKK 6 billion.</p>"
    )
    assert page.results == "<p>Fewer floods.</p>"
    assert page.lessons_learned == "<p>Start with one catchment.</p>"
    rows = [
        (row.name, row.unit, row.baseline, row.target, row.achieved, row.year)
        for row in page.indicators.all()
    ]
    assert rows == [
        ("Rain stored", "m3", Decimal(0), Decimal(300000), None, 2033),
        ("Cellars flooded", "", Decimal("12.5"), None, None, None),
    ]
    assert (page.cost_amount, page.cost_currency, page.cost_year) == (
        Decimal("1500000.50"),
        "DKK",
        2012,
    )
    assert [row.name for row in page.funding_sources.all()] == ["Utility tariffs", "City budget"]
    assert [row.name for row in page.partners.all()] == ["HOFOR", "Ramboll"]
    assert [row.url for row in page.sources.all()] == FULL["sources"]
    assert page.end_year == 2033


def test_publish_makes_the_page_and_its_new_city_live(library, tmp_path, client):
    run = run_import(write(tmp_path, record()), "--publish")

    assert not run.failed, run.err
    page = CaseStudyPage.objects.get()
    assert page.live
    assert page.city.live
    assert not WorkflowState.objects.for_instance(page).exists()
    response = client.get(page.url)
    assert response.status_code == 200
    assert "Cloudburst plan: streets and parks that hold storm water" in response.content.decode()


def test_blank_lines_are_skipped_and_still_counted(library, tmp_path):
    path = write(tmp_path, "", "   ", record(), "\t", '{"id": ')

    run = run_import(path)

    assert "line 5: (line): not valid JSON" in run.err
    assert counts(run) == "Created: 1, updated: 0, unchanged: 0, failed: 1."


def test_a_byte_order_mark_at_the_start_of_the_file_is_ignored(library, tmp_path):
    path = write(tmp_path, "\ufeff" + json.dumps(record()))

    run = run_import(path)

    assert not run.failed, run.err
    assert CaseStudyPage.objects.count() == 1


# Errors in a line -----------------------------------------------------------------------------

LINE_ERRORS = [
    # wrong types
    ({"title": 5}, "title: must be a string, not a number (5)"),
    ({"start_year": True}, "start_year: must be a whole number, not true or false (true)"),
    ({"start_year": 1.5}, "start_year: must be a whole number, not a number (1.5)"),
    ({"sdgs": ["6"]}, 'sdgs[0]: must be a whole number, not a string ("6")'),
    ({"sdgs": 6}, "sdgs: must be a list, not a number (6)"),
    ({"tags": "stormwater"}, 'tags: must be a list, not a string ("stormwater")'),
    ({"clusters": "water-resources"}, "clusters: must be a list"),
    ({"city": "Copenhagen"}, 'city: must be an object, not a string ("Copenhagen")'),
    (
        {"indicators": [{"name": "Trees", "baseline": "12"}]},
        "indicators[0].baseline: must be a number",
    ),
    ({"indicators": ["Trees"]}, "indicators[0]: must be an object"),
    ({"cost": {"amount": "1000", "currency": "EUR"}}, "cost.amount: must be a number"),
    ({"partners": [{"name": "HOFOR"}]}, "partners[0]: must be a string"),
    ({"city": {"name": "Copenhagen", "country": "DK", "population": True}}, "city.population"),
    # unknown keys
    ({"titel": "Cloudburst"}, "titel: unknown key; did you mean title?"),
    ({"city": {"name": "Copenhagen", "country": "DK", "mayor": "x"}}, "city.mayor: unknown key"),
    (
        {"indicators": [{"name": "Trees", "sources": "x"}]},
        "indicators[0].sources: unknown key; did you mean source?",
    ),
    ({"cost": {"amount": 1, "currency": "EUR", "vat": 0}}, "cost.vat: unknown key"),
    # vocabularies
    ({"clusters": ["water-resources", "waterworks"]}, 'clusters[1]: unknown cluster "waterworks"'),
    ({"clusters": []}, "clusters: give at least one thematic cluster"),
    ({"programme": "erasmus"}, 'programme: unknown programme "erasmus"'),
    ({"language": "de"}, 'language: "de" is not one of en, es, fr, pt'),
    ({"status": "done"}, 'status: "done" is not one of planned, ongoing, completed'),
    # addresses
    ({"sources": ["javascript:alert(1)"]}, "sources[0]: Enter an address starting with http"),
    ({"sources": ["https://ok.example", "data:text/html,<script>"]}, "sources[1]: Enter an"),
    ({"sources": ["ftp://example.org/report.pdf"]}, "sources[0]: Enter an address"),
    ({"sources": ["https://"]}, "sources[0]: Enter a valid URL."),
    # numbers in range
    ({"sdgs": [0]}, "sdgs[0]: must be between 1 and 17, not 0"),
    ({"sdgs": [6, 18]}, "sdgs[1]: must be between 1 and 17, not 18"),
    ({"start_year": 2012, "end_year": 2010}, "end_year: 2010 is before the start year, 2012"),
    ({"start_year": 1899}, "start_year: must be between 1900 and 2100, not 1899"),
    ({"cost": {"amount": -5, "currency": "EUR"}}, "cost.amount: must be between 0 and"),
    ({"cost": {"amount": 5, "currency": "EUROS"}}, 'cost.currency: "EUROS" is not an ISO 4217'),
    ({"cost": {"amount": 5}}, "cost.currency: required"),
    ({"city": {"name": "Copenhagen", "country": "DK", "lat": 91, "lon": 0}}, "city.lat: must be"),
    ({"city": {"name": "Copenhagen", "country": "DK", "lat": 55.6}}, "city.lon: give both"),
    ({"city": {"name": "Copenhagen", "country": "DK", "population": -1}}, "city.population"),
    # countries
    ({"city": {"name": "Copenhagen", "country": "XX"}}, 'city.country: "XX" is not an ISO 3166-1'),
    ({"city": {"name": "Copenhagen", "country": "DNK"}}, 'city.country: "DNK" is not an ISO'),
    ({"city": {"name": "Copenhagen"}}, "city.country: required"),
    # required and lengths
    ({"id": DROP}, "id: required"),
    ({"id": "  "}, "id: must not be empty"),
    ({"id": "x" * 101}, "id: at most 100 characters, not 101"),
    ({"title": "t" * 256}, "title: at most 255 characters, not 256"),
    ({"summary": "s" * 1001}, "summary: at most 1000 characters, not 1001"),
    ({"solution": None}, "solution: required"),
    ({"city": DROP}, "city: required"),
    ({"indicators": [{"unit": "m3"}]}, "indicators[0].name: required"),
    ({"tags": ["ok", "!!!"]}, "tags[1]: a tag needs at least one letter or digit"),
    ({"tags": ["t" * 101]}, "tags[0]: at most 100 characters"),
    ({"tags": [f"tag {n}" for n in range(51)]}, "tags: at most 50 items, not 51"),
    ({"title": "Null\u0000byte"}, "title: must not contain NUL characters"),
]


@pytest.mark.parametrize(("changes", "message"), LINE_ERRORS)
def test_a_bad_line_is_reported_and_nothing_of_it_is_written(library, tmp_path, changes, message):
    path = write(tmp_path, record(**changes))

    run = run_import(path)

    assert run.failed
    assert f"line 1: {message}" in run.err
    assert counts(run) == "Created: 0, updated: 0, unchanged: 0, failed: 1."
    assert not CaseStudyPage.objects.exists()
    assert not CityPage.objects.exists()


def test_every_error_of_a_line_is_reported_not_only_the_first(library, tmp_path):
    path = write(tmp_path, record(sdgs=[0, 18], status="done", titel="x"))

    run = run_import(path)

    assert "line 1: sdgs[0]:" in run.err and "line 1: sdgs[1]:" in run.err
    assert "line 1: status:" in run.err and "line 1: titel: unknown key" in run.err
    assert counts(run).endswith("failed: 1.")


def test_good_lines_are_imported_around_bad_ones(library, tmp_path):
    path = write(
        tmp_path,
        record(id="first"),
        record(id="bad-sdg", sdgs=[18]),
        b'{"id": "latin-1", "title": "Bogot\xe1"}',
        "{broken",
        record(id="second", title="Green roofs"),
    )

    run = run_import(path)

    assert run.failed
    assert "line 2: sdgs[0]:" in run.err
    assert "line 3: (line): not valid UTF-8 (byte 34 of the line)" in run.err
    assert "line 4: (line): not valid JSON" in run.err
    assert counts(run) == "Created: 2, updated: 0, unchanged: 0, failed: 3."
    assert set(CaseStudyPage.objects.values_list("external_id", flat=True)) == {"first", "second"}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfe{}", "not valid UTF-8 (byte 1 of the line)"),
        (b'{"title": "caf\xc3"}', "not valid UTF-8"),
        (b'{"id": "a",}', "not valid JSON: Expecting property name enclosed in double quotes"),
        (b"{'id': 'a'}", "not valid JSON"),
        (b'{"id": "a"} {"id": "b"}', "not valid JSON: Extra data at column 13"),
        (b"[1, 2]", "each line must be one JSON object ({...}), not a list"),
        (b'"just a string"', "each line must be one JSON object ({...}), not a string"),
        (b"42", "each line must be one JSON object ({...}), not a number"),
        (b"null", "each line must be one JSON object ({...}), not null"),
        (b'{"id": "a", "id": "b"}', 'the key "id" appears twice in one object'),
        (b'{"start_year": NaN}', "not valid JSON: a number is not finite or is too long"),
        (b'{"start_year": Infinity}', "not valid JSON: a number is not finite or is too long"),
        (
            b'{"start_year": ' + b"9" * 5000 + b"}",
            "not valid JSON: a number is not finite or is too long",
        ),
        (b"[" * 100_000 + b"]" * 100_000, "not valid JSON: nested too deeply"),
    ],
)
def test_a_malformed_line_fails_alone(library, tmp_path, content, message):
    path = write(tmp_path, content, record())

    run = run_import(path)

    assert run.failed
    assert f"line 1: (line): {message}" in run.err
    assert counts(run) == "Created: 1, updated: 0, unchanged: 0, failed: 1."


def test_the_json_error_column_is_counted_within_the_line(library, tmp_path):
    path = write(tmp_path, record(id="a"), "", record(id="b"), "   ", '{"id": ', '{"id": "a",}')
    path.write_bytes(path.read_bytes() + b'{"id": \r\n')

    run = run_import(path)

    assert "line 5: (line): not valid JSON: Expecting value at column 8" in run.err
    assert (
        "line 6: (line): not valid JSON: Expecting property name enclosed in double quotes at "
        "column 12" in run.err
    )
    assert "line 7: (line): not valid JSON: Expecting value at column 8" in run.err


def test_a_10_mb_line_is_one_error_read_in_bounded_memory(library, tmp_path):
    huge = json.dumps(record(id="huge", summary="x" * (10 * 1024 * 1024)))
    path = write(tmp_path, record(id="before"), huge, record(id="after"))

    tracemalloc.start()
    try:
        run = run_import(path)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert run.failed
    assert "line 2: (line): the line is 10.0\xa0MB long; the limit is 1.0\xa0MB per line" in (
        run.err
    )
    assert counts(run) == "Created: 2, updated: 0, unchanged: 0, failed: 1."
    assert set(CaseStudyPage.objects.values_list("external_id", flat=True)) == {"before", "after"}
    # Never the whole line at once: a couple of one-megabyte buffers at most.
    assert peak < 5 * 1024 * 1024


def test_a_line_over_the_limit_at_the_end_of_a_file_without_newline(library, tmp_path):
    path = tmp_path / "tail.jsonl"
    path.write_bytes(json.dumps(record()).encode() + b"\n" + b'{"id": "' + b"x" * 2_000_000)

    run = run_import(path)

    assert "line 2: (line): the line is 1.9\xa0MB long" in run.err
    assert counts(run) == "Created: 1, updated: 0, unchanged: 0, failed: 1."


def test_the_same_id_twice_in_a_file_is_an_error_naming_the_first_line(library, tmp_path):
    path = write(
        tmp_path,
        record(id="cloudburst"),
        record(id="other"),
        record(id="cloudburst", title="A second version"),
    )

    run = run_import(path)

    assert run.failed
    assert 'line 3: id: "cloudburst" is already on line 1; give each case study one line' in (
        run.err
    )
    page = CaseStudyPage.objects.get(external_id="cloudburst")
    assert latest(page).title == "Cloudburst plan: streets and parks that hold storm water"


def test_an_unknown_key_cannot_write_control_characters_to_the_terminal(library, tmp_path):
    path = write(tmp_path, record(**{"\u001b[31mred": 1}))

    run = run_import(path)

    assert "line 1: \\x1b[31mred: unknown key" in run.err
    assert "\u001b" not in run.err


# Nothing half-written -------------------------------------------------------------------------


def test_a_line_that_fails_after_its_city_was_created_leaves_no_city(library, tmp_path):
    def refuse(sender, instance, **kwargs):
        raise DatabaseError("disk full")

    revisions = Revision.objects.count()
    pre_save.connect(refuse, sender=CaseStudyPage)
    try:
        run = run_import(write(tmp_path, record()))
    finally:
        pre_save.disconnect(refuse, sender=CaseStudyPage)

    assert run.failed
    assert "line 1: (line): the database refused the line: disk full" in run.err
    assert not CityPage.objects.exists()
    assert not CaseStudyPage.objects.exists()
    assert Revision.objects.count() == revisions
    assert not WorkflowState.objects.exists()


def test_huge_numbers_are_refused_without_being_expanded(library, tmp_path):
    line = json.dumps(record(start_year=0, sdgs=[1])).replace(
        '"start_year": 0', '"start_year": 1e999999'
    )
    path = write(tmp_path, line.replace("[1]", "[1e-999999]"))

    run = run_import(path)

    assert "line 1: start_year: must be between 1900 and 2100, not 1E+999999" in run.err
    assert "line 1: sdgs[0]: must be a whole number, not a number (1E-999999)" in run.err


# Cities ------------------------------------------------------------------------------------------


def test_an_existing_city_is_matched_ignoring_case_and_accents(library, tmp_path, make_city):
    merida = make_city("Mérida", country="MX", lat="20.97", lon="-89.62")
    make_city("Mérida", country="VE", lat="8.59", lon="-71.14", slug="merida-ve")
    city = {"name": "  MERIDA ", "country": "mx"}

    run = run_import(write(tmp_path, record(city=city)))

    assert not run.failed, run.err
    assert latest(CaseStudyPage.objects.get()).city == merida
    assert CityPage.objects.count() == 2


def test_a_city_in_the_lines_language_is_preferred(library, tmp_path, make_city, translate):
    rosario = make_city("Rosario", country="AR")
    rosario_es = translate(rosario, "es")
    path = write(
        tmp_path,
        record(id="a", city={"name": "rosario", "country": "AR"}),
        record(id="b", language="es", city={"name": "Rosario", "country": "AR"}),
        record(id="c", language="pt", city={"name": "Rosário", "country": "AR"}),
    )

    run = run_import(path, "--publish")

    assert not run.failed, run.err
    cities = dict(CaseStudyPage.objects.values_list("external_id", "city"))
    assert cities == {"a": rosario.pk, "b": rosario_es.pk, "c": rosario.pk}


def test_a_new_city_needs_coordinates(library, tmp_path, make_city):
    make_city("Copenhagen", country="US", lat="1", lon="1")  # same name, other country
    path = write(tmp_path, record(city={"name": "Copenhagen", "country": "DK"}))

    run = run_import(path)

    assert run.failed
    assert (
        'line 1: city: "Copenhagen" (DK) is not in the city directory yet; give its lat and lon '
        "so it can be added" in run.err
    )
    assert not CaseStudyPage.objects.exists()


def test_a_new_city_is_added_to_the_directory_with_its_facts(library, tmp_path, city_index):
    city = {"name": "Aarhus", "country": "DK", "population": 290598, "lat": 56.15674, "lon": 10.2}

    run = run_import(write(tmp_path, record(city=city)))

    assert not run.failed, run.err
    aarhus = CityPage.objects.get(title="Aarhus")
    assert aarhus.get_parent().pk == city_index.pk
    assert (aarhus.population, aarhus.latitude, aarhus.longitude) == (
        290598,
        Decimal("56.15674"),
        Decimal("10.20000"),
    )
    assert aarhus.region == "europe"
    assert 'line 1: added the city "Aarhus"' in run.out


# Re-running ------------------------------------------------------------------------------------


def test_importing_the_same_file_twice_changes_nothing(library, tmp_path):
    path = write(tmp_path, record(**FULL), record(id="second", title="Green roofs"))
    run_import(path)
    revisions = Revision.objects.count()

    run = run_import(path)

    assert not run.failed, run.err
    assert counts(run) == "Created: 0, updated: 0, unchanged: 2, failed: 0."
    assert CaseStudyPage.objects.count() == 2
    assert CityPage.objects.count() == 1
    assert Revision.objects.count() == revisions
    # Two case studies and the new city, each submitted once.
    assert WorkflowState.objects.filter(status=WorkflowState.STATUS_IN_PROGRESS).count() == 3


def test_a_changed_line_updates_its_page_with_a_new_revision(library, tmp_path):
    run_import(write(tmp_path, record(**FULL)), "--publish")
    page = CaseStudyPage.objects.get()
    revisions = page.revisions.count()

    run = run_import(write(tmp_path, record(**FULL, title="Cloudburst plan, phase two")))

    assert counts(run) == "Created: 0, updated: 1, unchanged: 0, failed: 0."
    assert CaseStudyPage.objects.count() == 1
    assert page.revisions.count() == revisions + 1
    page.refresh_from_db()
    # The published page stays as it was until a moderator approves the change.
    assert page.title == "Cloudburst plan: streets and parks that hold storm water"
    assert page.has_unpublished_changes
    assert latest(page).title == "Cloudburst plan, phase two"
    assert WorkflowState.objects.for_instance(page).get().status == "in_progress"


def test_a_running_workflow_is_left_running_when_the_line_changes_again(library, tmp_path):
    run_import(write(tmp_path, record()))
    page = CaseStudyPage.objects.get()
    state = WorkflowState.objects.for_instance(page).get()

    run_import(write(tmp_path, record(title="Cloudburst plan, revised")))

    assert list(WorkflowState.objects.for_instance(page)) == [state]
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert latest(page).title == "Cloudburst plan, revised"


def test_absent_keys_clear_their_fields_and_uncovered_fields_are_kept(library, tmp_path):
    run_import(write(tmp_path, record(**FULL)), "--publish")
    page = CaseStudyPage.objects.get()
    page.objectives = "<p>Protect cellars.</p>"
    page.evidence_level = "evaluated"
    page.save_revision().publish()
    partner = page.partners.get(name="HOFOR")
    partner.role = "Water utility"
    partner.save()

    minimal = record(tags=DROP, sdgs=DROP, status=DROP, start_year=DROP, partners=["HOFOR"])
    run = run_import(write(tmp_path, minimal), "--publish")

    assert counts(run) == "Created: 0, updated: 1, unchanged: 0, failed: 0."
    page = CaseStudyPage.objects.get()
    assert list(page.tags.all()) == [] and list(page.sdgs.all()) == []
    assert (page.status, page.start_year, page.end_year) == ("", None, None)
    assert (page.challenge, page.results, page.lessons_learned) == ("", "", "")
    assert list(page.indicators.all()) == [] and list(page.sources.all()) == []
    assert (page.cost_amount, page.cost_currency, page.programme) == (None, "", None)
    # What the format does not carry stays: objectives, evidence level, a partner's role.
    assert page.objectives == "<p>Protect cellars.</p>"
    assert page.evidence_level == "evaluated"
    assert [(p.name, p.role) for p in page.partners.all()] == [("HOFOR", "Water utility")]


def test_tags_join_the_spelling_the_library_already_uses(library, tmp_path, make_case_study):
    make_case_study("Retention parks", tags=["Stormwater"])

    run_import(write(tmp_path, record(tags=["STORMWATER", "parks"])), "--publish")

    page = CaseStudyPage.objects.get(external_id="demo-copenhagen-cloudburst")
    assert sorted(tag.name for tag in page.tags.all()) == ["Stormwater", "parks"]


# Languages --------------------------------------------------------------------------------------


def test_a_language_without_a_library_gets_one(library, tmp_path, client):
    run = run_import(write(tmp_path, record(language="es", title="Plan de lluvias")), "--publish")

    assert not run.failed, run.err
    assert "line 1: created the es case study library, as an alias of the en one" in run.out
    spanish = CaseStudyIndexPage.objects.get(locale__language_code="es")
    assert spanish.translation_key == library.translation_key and spanish.live
    page = CaseStudyPage.objects.get()
    assert page.get_parent().pk == spanish.pk
    assert client.get(page.url).status_code == 200


def test_the_same_id_in_another_language_is_a_translation(library, tmp_path):
    english = record()
    spanish = record(language="es", title="Plan de lluvias torrenciales", tags=["lluvia"])
    path = write(tmp_path, english, spanish)

    run = run_import(path, "--publish")

    assert not run.failed, run.err
    assert counts(run) == "Created: 2, updated: 0, unchanged: 0, failed: 0."
    en = CaseStudyPage.objects.get(locale__language_code="en")
    es = CaseStudyPage.objects.get(locale__language_code="es")
    assert es.translation_key == en.translation_key
    assert (en.title, es.title) == (english["title"], spanish["title"])
    assert [t.name for t in es.tags.all()] == ["lluvia"]
    assert en.city == es.city

    again = run_import(path, "--publish")

    assert counts(again) == "Created: 0, updated: 0, unchanged: 2, failed: 0."


def test_a_translation_goes_into_a_library_made_on_its_own(library, tmp_path, home, locale):
    casos = CaseStudyIndexPage(title="Casos", slug="casos", locale=locale("es"))
    home.add_child(instance=casos)  # not a translation of the English library
    casos.save_revision().publish()
    path = write(tmp_path, record(), record(language="es", title="Plan de lluvias"))

    run = run_import(path, "--publish")

    assert not run.failed, run.err
    es = CaseStudyPage.objects.get(locale__language_code="es")
    assert es.get_parent().pk == casos.pk
    assert (
        es.translation_key == CaseStudyPage.objects.get(locale__language_code="en").translation_key
    )


# Moderation --------------------------------------------------------------------------------------


@pytest.fixture
def member_of(django_user_model):
    def make(group_name):
        user = django_user_model.objects.create_user(
            username=group_name.lower(), password="a-long-pass-1234"
        )
        user.groups.add(Group.objects.get(name=group_name))
        return user

    return make


def test_a_moderator_approves_an_imported_draft(library, tmp_path, client, member_of):
    run_import(write(tmp_path, record()))
    page = CaseStudyPage.objects.get()
    task_state = WorkflowState.objects.for_instance(page).get().current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk))
    client.force_login(member_of("Moderators"))

    response = client.post(url, {"comment": "Checked against the sources."})

    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live and page.title.startswith("Cloudburst plan")


def test_an_editor_cannot_publish_an_imported_draft(library, tmp_path, client, member_of, editor):
    run_import(write(tmp_path, record()))
    page = CaseStudyPage.objects.get()
    task_state = WorkflowState.objects.for_instance(page).get().current_task_state
    approve = reverse(
        "wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk)
    )
    client.force_login(editor)
    assert client.post(approve, {"comment": "fine"}).status_code in (302, 403)

    client.force_login(member_of("Editors"))
    assert client.post(approve, {"comment": "fine"}).status_code in (302, 403)
    task_state.refresh_from_db()
    assert task_state.status == "in_progress"
    edit = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    data = admin_form_data(client.get(edit))
    # The empty gallery and documents: their counters are written by the editor's JavaScript.
    data.setdefault("gallery-count", "0")
    data.setdefault("documents-count", "0")
    response = client.post(edit, {**data, "action-publish": "action-publish"})

    # While it waits for the Moderators, the page is locked to everyone else.
    assert "The page could not be saved as it is locked." in response.content.decode()
    page.refresh_from_db()
    assert not page.live
    assert WorkflowState.objects.for_instance(page).get().status == "in_progress"


def test_a_draft_sent_back_for_changes_is_resubmitted_by_the_next_import(
    library, tmp_path, client, member_of
):
    run_import(write(tmp_path, record()))
    page = CaseStudyPage.objects.get()
    state = WorkflowState.objects.for_instance(page).get()
    reject = reverse(
        "wagtailadmin_pages:workflow_action",
        args=(page.pk, "reject", state.current_task_state.pk),
    )
    client.force_login(member_of("Moderators"))
    client.post(reject, {"comment": "Add the costs."})
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES

    run_import(write(tmp_path, record(cost={"amount": 1000, "currency": "DKK"})))

    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    page.refresh_from_db()
    assert state.current_task_state.revision == page.get_latest_revision()
    assert latest(page).cost_amount == Decimal("1000.00")


# Dry run -----------------------------------------------------------------------------------------


def test_a_dry_run_reports_but_writes_nothing(library, tmp_path):
    path = write(tmp_path, record(), record(id="bad", sdgs=[0]), record(id="b", language="pt"))

    run = run_import(path, "--dry-run")

    assert run.failed
    assert "line 2: sdgs[0]: must be between 1 and 17, not 0" in run.err
    assert counts(run) == (
        "Dry run, rolled back: nothing was written. "
        "Created: 2, updated: 0, unchanged: 0, failed: 1."
    )
    assert not CaseStudyPage.objects.exists()
    assert not CityPage.objects.exists()
    assert not CaseStudyIndexPage.objects.filter(locale__language_code="pt").exists()
    assert (
        not Revision.objects.filter(base_content_type__model="page")
        .exclude(object_id__in=[str(library.pk)])
        .exists()
    )
    assert not WorkflowState.objects.exists()


def test_a_dry_run_resolves_cities_like_the_real_run(library, tmp_path):
    path = write(
        tmp_path,
        record(id="a"),
        record(id="b", city={"name": "copenhagen", "country": "DK"}),
        record(id="c", city={"name": "Odense", "country": "DK"}),
    )

    run = run_import(path, "--dry-run")

    assert 'line 3: city: "Odense" (DK) is not in the city directory yet' in run.err
    assert counts(run).endswith("Created: 2, updated: 0, unchanged: 0, failed: 1.")


# Rich text stays text --------------------------------------------------------------------------


def test_markup_in_text_fields_is_stored_as_text_and_shown_as_text(library, tmp_path, client):
    payload = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    line = record(
        title=f"Plan {payload}",
        summary=f"Summary {payload}",
        challenge=f"Challenge {payload}",
        solution=f'Solution {payload}\n\n<a href="javascript:alert(1)">click</a>',
        lessons=f"Lessons {payload}",
    )

    run = run_import(write(tmp_path, line), "--publish")

    assert not run.failed, run.err
    page = CaseStudyPage.objects.get()
    escaped = '&lt;script&gt;alert("x")&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;'
    assert page.challenge == f"<p>Challenge {escaped}</p>"
    assert page.solution == (
        f'<p>Solution {escaped}</p><p>&lt;a href="javascript:alert(1)"&gt;click&lt;/a&gt;</p>'
    )
    assert page.lessons_learned == f"<p>Lessons {escaped}</p>"
    html = client.get(page.url).content.decode()
    assert "<script>alert" not in html and "<img src=x" not in html
    assert '<a href="javascript:' not in html
    assert "Plan &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html


# The file itself ---------------------------------------------------------------------------------


def test_a_missing_file_is_a_clear_error(library, tmp_path):
    run = run_import(tmp_path / "nowhere.jsonl")

    assert run.failed
    assert str(run.error) == f"Cannot read {tmp_path / 'nowhere.jsonl'}: No such file or directory"


def test_a_directory_or_a_device_is_refused(library, tmp_path):
    assert "Cannot read" in str(run_import(tmp_path).error)
    assert str(run_import("/dev/zero").error) == "Cannot read /dev/zero: not a regular file"


def test_a_site_without_a_case_study_library_is_told_so(db, tmp_path):
    run = run_import(write(tmp_path, record()))

    assert str(run.error) == "The site has no case study library to import into; add one first."


def test_an_alias_is_not_overwritten(library, tmp_path, translate, locale):
    run_import(write(tmp_path, record()), "--publish")
    page = CaseStudyPage.objects.get()
    spanish_library = translate(library, "es")
    page.create_alias(
        parent=spanish_library, update_locale=locale("es"), reset_translation_key=False
    )

    run = run_import(write(tmp_path, record(language="es", title="Plan")), "--publish")

    assert "line 1: id: the es page of this case study is an alias of another page" in run.err
    assert CaseStudyPage.objects.get(locale__language_code="es").title == page.title


def test_an_empty_file_imports_nothing_and_succeeds(library, tmp_path):
    run = run_import(write(tmp_path))

    assert not run.failed
    assert counts(run) == "Created: 0, updated: 0, unchanged: 0, failed: 0."


def test_the_command_explains_itself():
    result = subprocess.run(
        [sys.executable, "manage.py", "import_casestudies", "--help"],
        cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "academy.settings.test"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert "--publish" in result.stdout and "--dry-run" in result.stdout
    assert "line N: field: reason" in result.stdout


def test_from_the_shell_errors_exit_non_zero_without_a_traceback(tmp_path):
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "academy.settings.test"}
    result = subprocess.run(
        [sys.executable, "manage.py", "import_casestudies", str(tmp_path / "missing.jsonl")],
        cwd=Path(__file__).resolve().parents[2],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert result.returncode == 1
    assert "CommandError: Cannot read" in result.stderr
    assert "Traceback" not in result.stderr
