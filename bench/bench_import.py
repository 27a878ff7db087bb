"""Importing case studies: the demo's own export, re-imported unchanged and into an empty site.

The seeded demo's exports (/case-studies/export.jsonl and /es/case-studies/export.jsonl: 32
English and 5 Spanish case studies) are imported with ``import_casestudies --publish``:

* into the same site, where every line is unchanged and nothing is written (the round trip of
  shared/specs/casestudy-import.md);
* into an empty site: the demo's case studies and cities are deleted first (not timed), inside a
  transaction rolled back afterwards, so the benchmarks after this one see the demo as seeded.
  The search index update that follows a publish runs after commit, so it is not counted.

The floor is ``json.loads`` of the same lines in the same run. Each figure is the time per line
(so the ratio says how many times the floor a line costs), with its lines per second beside it.
"""

import json
import tempfile
import time
from io import StringIO
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.db import transaction
from django.test import Client
from django.utils import translation

from academy.models import CityPage
from bench.harness import Row
from casestudies.models import CaseStudyPage

REPEAT = 3
FLOOR_REPEAT = 200
LANGUAGES = ("en", "es")


def _exports(folder: Path) -> list[Path]:
    client = Client()
    paths = []
    for language in LANGUAGES:
        prefix = "" if language == "en" else f"/{language}"
        response = client.get(f"{prefix}/case-studies/export.jsonl")
        if response.status_code != 200:
            raise SystemExit(f"the {language} export answered {response.status_code}")
        path = folder / f"export-{language}.jsonl"
        path.write_bytes(b"".join(response.streaming_content))
        paths.append(path)
    translation.activate(settings.LANGUAGE_CODE)
    return paths


def _import(paths: list[Path]) -> float:
    """Seconds to import the files, checking that no line failed."""
    started = time.perf_counter()
    for path in paths:
        out = StringIO()
        call_command("import_casestudies", str(path), "--publish", stdout=out, stderr=StringIO())
        if not out.getvalue().rstrip().endswith("failed: 0."):
            raise SystemExit(f"importing {path.name} failed: {out.getvalue()}")
    return time.perf_counter() - started


def _empty_the_site() -> None:
    for page in CaseStudyPage.objects.order_by("-depth", "-pk"):
        page.delete()
    for city in CityPage.objects.order_by("-pk"):
        city.delete()


def _into_an_empty_site(paths: list[Path]) -> float:
    with transaction.atomic():
        _empty_the_site()
        seconds = _import(paths)
        transaction.set_rollback(True)
    return seconds


def _floor(lines: list[bytes]) -> float:
    started = time.perf_counter()
    for _ in range(FLOOR_REPEAT):
        for line in lines:
            json.loads(line)
    return time.perf_counter() - started


def _row(benchmark: str, seconds: float, lines: int, floor_ms: float | None = None) -> Row:
    per_line_ms = seconds * 1000 / lines
    metric = f"per line ({1000 / per_line_ms:,.1f} lines/s)"
    return Row(benchmark, metric, per_line_ms, "ms", floor_ms)


def run() -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="academy-bench-import-") as folder:
        paths = _exports(Path(folder))
        lines = [line for path in paths for line in path.read_bytes().splitlines() if line]
        floor = _row(
            "floor: json.loads of the same lines", _floor(lines) / FLOOR_REPEAT, len(lines)
        )
        unchanged = min(_import(paths) for _ in range(REPEAT))
        empty = min(_into_an_empty_site(paths) for _ in range(REPEAT))
    name = f"import_casestudies --publish, {len(lines)} demo lines"
    return [
        floor,
        _row(f"{name}: re-import unchanged", unchanged, len(lines), floor.value),
        _row(f"{name}: into an empty site", empty, len(lines), floor.value),
    ]
