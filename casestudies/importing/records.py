"""The records a valid line becomes: every value checked, trimmed and typed as stored.

A version 1 line carries part of a case study; what it does not carry (the objectives, a
partner's role, a source's title...) is left on the page as it is. A version 2 line carries
every editorial field, so a value it leaves out is cleared. ``None`` in a record below marks a
value the line did not carry at all, which only a version 1 line can do.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class CityRecord:
    name: str
    country: str
    geonames_id: int | None = None
    population: int | None = None
    lat: Decimal | None = None
    lon: Decimal | None = None


@dataclass(frozen=True)
class IndicatorRecord:
    name: str
    unit: str = ""
    baseline: Decimal | None = None
    target: Decimal | None = None
    achieved: Decimal | None = None
    year: int | None = None
    source: str | None = None


@dataclass(frozen=True)
class CostRecord:
    amount: Decimal
    currency: str
    year: int | None = None
    covers: str | None = None


@dataclass(frozen=True)
class PartnerRecord:
    name: str
    role: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class SourceRecord:
    url: str
    title: str | None = None
    accessed: date | None = None
    # A version 1 source is an address alone: its title and date stay as stored.
    complete: bool = True


@dataclass(frozen=True)
class CaseStudyRecord:
    """One valid line: every value checked, trimmed and in the type its field stores.

    Story fields hold plain text in a version 1 record and the format's HTML, already cleaned
    (:func:`casestudies.interchange.clean_format_html`), in a version 2 record.
    """

    id: str
    title: str
    summary: str
    city: CityRecord
    clusters: tuple[str, ...]
    solution: str
    format: int = 1
    language: str = "en"
    programme: str = ""
    tags: tuple[str, ...] = ()
    sdgs: tuple[int, ...] = ()
    challenge: str = ""
    objectives: str = ""
    results: str = ""
    lessons: str = ""
    transferability: str = ""
    indicators: tuple[IndicatorRecord, ...] = ()
    cost: CostRecord | None = None
    funding_sources: tuple[str, ...] = ()
    partners: tuple[PartnerRecord, ...] = ()
    start_year: int | None = None
    end_year: int | None = None
    status: str = ""
    sources: tuple[SourceRecord, ...] = ()
    evidence_level: str = ""
    illustrative_note: str = ""
    licence: str = ""
    last_verified: date | None = None
