"""Open data: case studies as records in the import format, as JSON Lines and as CSV rows.

:func:`case_study_record` is the inverse of the import: a record it makes re-imports onto the
same page unchanged. Plain-text fields come from the rich text with
:func:`~academy.sanitize.rich_text_to_text`, so formatting an editor added in the admin (bold,
links, lists) is not carried; the words are.
"""

import json
from decimal import Decimal

from django.db.models import QuerySet

from academy.sanitize import rich_text_to_text
from casestudies.importing import RECORD_KEYS
from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from courses.reports import neutralise_formula

# Rows are read and prefetched this many at a time: a constant number of queries for any
# library up to this size, and bounded memory beyond it.
CHUNK_SIZE = 500

LIST_SEPARATOR = "; "
CSV_COLUMNS = (
    "id",
    "title",
    "summary",
    "language",
    "url",
    "city",
    "country",
    "population",
    "lat",
    "lon",
    "clusters",
    "programme",
    "tags",
    "sdgs",
    "status",
    "start_year",
    "end_year",
    "cost_amount",
    "cost_currency",
    "cost_year",
    "funding_sources",
    "partners",
    "indicators",
    "sources",
    "challenge",
    "solution",
    "results",
    "lessons",
)


def exportable_case_studies(*, index_page: CaseStudyIndexPage) -> QuerySet[CaseStudyPage]:
    """The live, public case studies of one library (so of one locale), everything the
    export reads fetched with them."""
    return (
        CaseStudyPage.objects.child_of(index_page)
        .live()
        .public()
        .select_related("city", "programme", "locale")
        .prefetch_related(
            "clusters",
            "sdgs",
            "tagged_items__tag",
            "indicators",
            "funding_sources",
            "partners",
            "sources",
        )
        .order_by("path")
    )


def case_study_record(page: CaseStudyPage) -> dict:
    """The page as one line of the import format, keys in the format's order, empty optional
    values left out (the import reads a missing key as empty)."""
    values = {
        "id": page.external_id or str(page.translation_key),
        "title": page.title,
        "summary": page.summary,
        "language": page.locale.language_code,
        "city": _city(page.city) if page.city else None,
        "clusters": [cluster.slug for cluster in page.clusters.all()],
        "programme": page.programme.slug if page.programme else None,
        "tags": sorted((item.tag.name for item in page.tagged_items.all()), key=str.casefold),
        "sdgs": sorted(goal.number for goal in page.sdgs.all()),
        "challenge": rich_text_to_text(page.challenge),
        "solution": rich_text_to_text(page.solution),
        "results": rich_text_to_text(page.results),
        "lessons": rich_text_to_text(page.lessons_learned),
        "indicators": [_indicator(row) for row in page.indicators.all()],
        "cost": _cost(page),
        "funding_sources": [row.name for row in page.funding_sources.all()],
        "partners": [row.name for row in page.partners.all()],
        "start_year": page.start_year,
        "end_year": page.end_year,
        "status": page.status,
        "sources": [row.url for row in page.sources.all()],
    }
    required = {"id", "title", "summary", "solution", "clusters"}
    return {
        key: values[key]
        for key in RECORD_KEYS
        if key in required or values[key] not in (None, "", [])
    }


def _city(city) -> dict:
    record = {"name": city.title, "country": city.country.code}
    if city.population is not None:
        record["population"] = city.population
    record["lat"], record["lon"] = city.latitude, city.longitude
    return record


def _indicator(row) -> dict:
    record = {"name": row.name}
    if row.unit:
        record["unit"] = row.unit
    record.update(baseline=row.baseline, target=row.target, achieved=row.achieved, year=row.year)
    return record


def _cost(page) -> dict | None:
    if page.cost_amount is None:
        return None
    cost = {"amount": page.cost_amount, "currency": page.cost_currency}
    if page.cost_year is not None:
        cost["year"] = page.cost_year
    return cost


# JSON Lines ---------------------------------------------------------------------------------

# Escaped although JSON allows them raw: "<", ">" and "&" so a line pasted into HTML cannot
# open a tag; U+2028, U+2029 and U+0085 because some line readers split on them, which would
# cut a record in two.
_ESCAPES = {char: f"\\u{ord(char):04x}" for char in "<>&\u2028\u2029\x85"}


def to_json_line(record) -> str:
    """One line of JSON, with numbers written exactly (a Decimal as its digits, not a float)."""
    if isinstance(record, dict):
        items = ", ".join(
            f"{to_json_line(str(key))}: {to_json_line(v)}" for key, v in record.items()
        )
        return "{" + items + "}"
    if isinstance(record, list | tuple):
        return "[" + ", ".join(to_json_line(item) for item in record) + "]"
    if isinstance(record, str):
        text = json.dumps(record, ensure_ascii=False)
        return "".join(_ESCAPES.get(char, char) for char in text)
    if isinstance(record, Decimal):
        return decimal_text(record)
    return json.dumps(record)


def decimal_text(value: Decimal) -> str:
    """``12.5000`` as ``12.5``, ``1500000.00`` as ``1500000``: no exponent, no trailing zeros."""
    return format(value.normalize(), "f")


# CSV ------------------------------------------------------------------------------------------


def csv_row(record: dict, *, url: str = "") -> list:
    """A record as one spreadsheet row: lists joined with "; ", the city, cost and indicators
    spread over cells; any text that a spreadsheet would run as a formula is neutralised."""
    city = record.get("city") or {}
    cost = record.get("cost") or {}
    cells = {
        **{key: record.get(key, "") for key in CSV_COLUMNS},
        "url": url,
        "city": city.get("name", ""),
        "country": city.get("country", ""),
        "population": city.get("population", ""),
        "lat": city.get("lat", ""),
        "lon": city.get("lon", ""),
        "cost_amount": cost.get("amount", ""),
        "cost_currency": cost.get("currency", ""),
        "cost_year": cost.get("year", ""),
        "indicators": LIST_SEPARATOR.join(
            indicator_text(item) for item in record.get("indicators", [])
        ),
    }
    return [_cell(cells[column]) for column in CSV_COLUMNS]


def _cell(value):
    if isinstance(value, list):
        value = LIST_SEPARATOR.join(str(item) for item in value)
    if isinstance(value, Decimal):
        return decimal_text(value)
    return neutralise_formula(value)


def indicator_text(indicator: dict) -> str:
    """``Trees planted (trees): baseline 1200, target 5000, achieved 4100, year 2022``."""
    name = indicator["name"]
    if indicator.get("unit"):
        name = f"{name} ({indicator['unit']})"
    facts = [
        f"{key} {decimal_text(value) if isinstance(value, Decimal) else value}"
        for key in ("baseline", "target", "achieved", "year")
        if (value := indicator.get(key)) is not None
    ]
    return f"{name}: {', '.join(facts)}" if facts else name
