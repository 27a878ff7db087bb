"""Open data: case studies as records in the import format, as JSON Lines and as CSV rows.

:func:`case_study_record` is the inverse of the import: a page's record, in version 2 of the
format, re-imports onto the same page unchanged and, into an empty site, makes a page whose
record is the same. It carries every editorial field the format has, rich text included
(:mod:`casestudies.interchange`). A case study's translations share its id; its city is
written as the directory keeps it (the city's default-language version), whichever language's
version the page links to, so that a city is the same city in every language's file.
"""

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from itertools import islice

from django.conf import settings
from django.db.models import QuerySet

from taggit.models import Tag
from wagtail.models import Locale

from academy.models import CityPage
from academy.sanitize import rich_text_to_text
from casestudies.interchange import (
    RECORD_KEYS,
    STORY_FIELDS,
    from_storage,
    page_link_ids,
    page_urls,
)
from casestudies.models import CaseStudyIndexPage, CaseStudyPage, CaseStudyTag
from core.localization import pick_version
from core.visibility import visible
from courses.reports import neutralise_formula

# Rows are read and prefetched this many at a time: a constant number of queries for any
# library up to this size, and bounded memory beyond it.
CHUNK_SIZE = 500
FORMAT_VERSION = 2
# Keys every record has, even when empty: the import requires them.
REQUIRED_KEYS = frozenset({"format", "id", "title", "summary", "language", "city", "clusters"})
# What a record reads of a city.
CITY_FIELDS = (
    "title",
    "country",
    "geonames_id",
    "population",
    "latitude",
    "longitude",
    "locale",
    "translation_key",
)

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
    "cost_covers",
    "funding_sources",
    "partners",
    "indicators",
    "sources",
    "challenge",
    "objectives",
    "solution",
    "results",
    "lessons",
    "transferability",
    "evidence_level",
    "illustrative_note",
    "licence",
    "last_verified",
)


def exportable_case_studies(*, index_page: CaseStudyIndexPage) -> QuerySet[CaseStudyPage]:
    """The visible case studies of one library (so of one locale), everything the export
    reads fetched with them."""
    return (
        visible(CaseStudyPage.objects.child_of(index_page))
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


def exported_records(*, index_page: CaseStudyIndexPage) -> Iterator[tuple[CaseStudyPage, dict]]:
    """Each exportable case study of the library with its record, a chunk at a time."""
    pages = exportable_case_studies(index_page=index_page).iterator(chunk_size=CHUNK_SIZE)
    while chunk := list(islice(pages, CHUNK_SIZE)):
        context = RecordContext.for_pages(chunk)
        for page in chunk:
            yield page, case_study_record(page, context=context)


@dataclass(frozen=True)
class RecordContext:
    """What records need beyond their pages, read once for many pages (three queries)."""

    ids: dict  # a case study's translation key -> its id in the format
    cities: dict  # a city's translation key -> its default-language version
    links: dict  # the id of a page that rich text links to -> its full URL

    @classmethod
    def for_pages(cls, pages: Iterable[CaseStudyPage]) -> "RecordContext":
        pages = list(pages)
        codes = dict(Locale.objects.values_list("pk", "language_code"))
        return cls(
            ids=_case_study_ids(pages, codes),
            cities=_stored_cities(pages, codes),
            links=page_urls(set().union(*(_linked(page) for page in pages))),
        )

    def covering(self, page: CaseStudyPage) -> "RecordContext":
        """This context if it has all ``page`` needs (its city, the pages it links to), else
        one read for it: so a page changed in memory is compared without reading twice."""
        city_known = not page.city_id or page.city.translation_key in self.cities
        if city_known and _linked(page) <= self.links.keys():
            return self
        return RecordContext.for_pages([page])


def _linked(page: CaseStudyPage) -> set[int]:
    return set().union(*(page_link_ids(getattr(page, name)) for _key, name in STORY_FIELDS))


def _default_versions(versions: Iterable, codes: dict) -> dict:
    """Of each translation group among ``versions``, its default-language version (else its
    oldest): the rule of core.localization for a visitor of the default language."""
    groups = defaultdict(list)
    for version in versions:
        groups[version.translation_key].append(version)
    return {
        key: pick_version(group, language_code=settings.LANGUAGE_CODE, codes=codes)
        for key, group in groups.items()
    }


def _case_study_ids(pages: list, codes: dict) -> dict:
    """A case study's id is the import id of its default-language version, else of another
    version, else its translation key: one id for every language of it."""
    with_ids = (
        CaseStudyPage.objects.filter(translation_key__in={page.translation_key for page in pages})
        .exclude(external_id="")
        .only("locale", "translation_key", "external_id")
    )
    return {key: page.external_id for key, page in _default_versions(with_ids, codes).items()}


def _stored_cities(pages: list, codes: dict) -> dict:
    keys = {page.city.translation_key for page in pages if page.city_id}
    cities = CityPage.objects.filter(translation_key__in=keys).only(*CITY_FIELDS)
    return _default_versions(cities, codes)


def case_study_record(page: CaseStudyPage, *, context: RecordContext | None = None) -> dict:
    """The page as one line of the import format, keys in the format's order, empty optional
    values left out (the import reads a missing key as empty)."""
    context = context or RecordContext.for_pages([page])
    values = {
        "format": FORMAT_VERSION,
        "id": context.ids.get(page.translation_key) or str(page.translation_key),
        "title": page.title,
        "summary": page.summary,
        "language": page.locale.language_code,
        "city": _city(context.cities.get(page.city.translation_key, page.city))
        if page.city_id
        else None,
        "clusters": [
            cluster.slug
            for cluster in sorted(page.clusters.all(), key=lambda c: (c.sort_order, c.name))
        ],
        "programme": page.programme.slug if page.programme else None,
        "tags": sorted(_tag_names(page), key=str.casefold),
        "sdgs": sorted(goal.number for goal in page.sdgs.all()),
        **{
            key: from_storage(getattr(page, name), links=context.links)
            for key, name in STORY_FIELDS
        },
        "indicators": [_indicator(row) for row in page.indicators.all()],
        "cost": _cost(page),
        "funding_sources": [row.name for row in page.funding_sources.all()],
        "partners": [
            _present(name=row.name, role=row.role, url=row.url) for row in page.partners.all()
        ],
        "start_year": page.start_year,
        "end_year": page.end_year,
        "status": page.status,
        "sources": [_source(row) for row in page.sources.all()],
        "evidence_level": page.evidence_level,
        "illustrative_note": page.illustrative_note,
        "licence": page.licence,
        "last_verified": page.last_verified.isoformat() if page.last_verified else None,
    }
    return {
        key: values[key]
        for key in RECORD_KEYS
        if key in REQUIRED_KEYS or key == "solution" or values[key] not in (None, "", [])
    }


def _tag_names(page: CaseStudyPage) -> list[str]:
    """The page's tags, read in one query where they are not at hand (a revision's tags)."""
    items = list(page.tagged_items.all())
    missing = {item.tag_id for item in items if not CaseStudyTag.tag.is_cached(item)}
    names = dict(Tag.objects.filter(pk__in=missing).values_list("pk", "name")) if missing else {}
    return [
        item.tag.name if CaseStudyTag.tag.is_cached(item) else names[item.tag_id] for item in items
    ]


def _present(**values) -> dict:
    """``values`` without the empty ones."""
    return {key: value for key, value in values.items() if value not in (None, "")}


def _city(city) -> dict:
    return {
        "name": city.title,
        "country": city.country.code,
        **_present(geonames_id=city.geonames_id, population=city.population),
        "lat": city.latitude,
        "lon": city.longitude,
    }


def _indicator(row) -> dict:
    record = {"name": row.name, **_present(unit=row.unit)}
    record.update(baseline=row.baseline, target=row.target, achieved=row.achieved, year=row.year)
    return {**record, **_present(source=row.source)}


def _cost(page) -> dict | None:
    if page.cost_amount is None:
        return None
    return {
        "amount": page.cost_amount,
        "currency": page.cost_currency,
        **_present(year=page.cost_year, covers=page.cost_note),
    }


def _source(row) -> dict:
    accessed = row.accessed.isoformat() if row.accessed else None
    return {"url": row.url, **_present(title=row.title, accessed=accessed)}


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
    spread over cells, rich text as plain text; any text that a spreadsheet would run as a
    formula is neutralised."""
    city = record.get("city") or {}
    cost = record.get("cost") or {}
    cells = {
        **{key: record.get(key, "") for key in CSV_COLUMNS},
        **{key: rich_text_to_text(record.get(key, "")) for key, _name in STORY_FIELDS},
        "url": url,
        "city": city.get("name", ""),
        "country": city.get("country", ""),
        "population": city.get("population", ""),
        "lat": city.get("lat", ""),
        "lon": city.get("lon", ""),
        "cost_amount": cost.get("amount", ""),
        "cost_currency": cost.get("currency", ""),
        "cost_year": cost.get("year", ""),
        "cost_covers": cost.get("covers", ""),
        "partners": [partner["name"] for partner in record.get("partners", [])],
        "sources": [source["url"] for source in record.get("sources", [])],
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
