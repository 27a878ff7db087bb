"""The round trip of shared/specs/casestudy-import.md with the demo's 32 case studies and their
Spanish translations: re-imported they are "unchanged" and nothing is written; imported into
an empty site (no case studies, no cities) they export to the same files, byte for byte.

seed_demo takes close to a minute, so it runs once for the module, inside a transaction rolled
back at the end; each test works in a savepoint on top of it.
"""

from io import StringIO

from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.utils import translation

from wagtail.models import PageLogEntry, Revision, WorkflowState

import pytest

from academy.models import CityPage
from casestudies.models import CaseStudyPage
from tests.casestudies.test_import import counts, run_import


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        cache.clear()
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            call_command("seed_demo", stdout=StringIO(), stderr=StringIO())
            yield
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
            cache.clear()


def export(client, tmp_path, language: str):
    prefix = "" if language == "en" else f"/{language}"
    response = client.get(f"{prefix}/case-studies/export.jsonl")
    assert response.status_code == 200
    path = tmp_path / f"export-{language}.jsonl"
    path.write_bytes(b"".join(response.streaming_content))
    translation.activate(settings.LANGUAGE_CODE)
    return path


def test_the_demo_export_re_imports_unchanged_and_writes_nothing(seeded, db, client, tmp_path):
    english, spanish = export(client, tmp_path, "en"), export(client, tmp_path, "es")
    before = (Revision.objects.count(), PageLogEntry.objects.count(), CityPage.objects.count())

    runs = [run_import(english, "--publish"), run_import(spanish, "--publish")]

    assert [counts(run) for run in runs] == [
        "Created: 0, updated: 0, unchanged: 32, failed: 0.",
        "Created: 0, updated: 0, unchanged: 5, failed: 0.",
    ]
    assert [run.out.strip().splitlines() for run in runs] == [[counts(run)] for run in runs]
    after = (Revision.objects.count(), PageLogEntry.objects.count(), CityPage.objects.count())
    assert after == before
    assert not WorkflowState.objects.exists()


def test_the_demo_export_imported_into_an_empty_site_exports_the_same_bytes(
    seeded, db, client, tmp_path
):
    files = {language: export(client, tmp_path, language) for language in ("en", "es")}
    for page in CaseStudyPage.objects.order_by("-depth", "-pk"):
        page.delete()
    for city in CityPage.objects.order_by("-pk"):
        city.delete()

    runs = [run_import(files["en"], "--publish"), run_import(files["es"], "--publish")]

    assert [counts(run) for run in runs] == [
        "Created: 32, updated: 0, unchanged: 0, failed: 0.",
        "Created: 5, updated: 0, unchanged: 0, failed: 0.",
    ]
    again = tmp_path / "again"
    again.mkdir()
    for language, path in files.items():
        assert export(client, again, language).read_bytes() == path.read_bytes(), language
    # Each Spanish case study is a translation of its English one again.
    spanish = CaseStudyPage.objects.filter(locale__language_code="es")
    english_keys = set(
        CaseStudyPage.objects.filter(locale__language_code="en").values_list(
            "translation_key", flat=True
        )
    )
    assert spanish.count() == 5
    assert {page.translation_key for page in spanish} <= english_keys
