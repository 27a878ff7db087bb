"""The records a valid line becomes: every value checked, trimmed and typed as stored."""

from dataclasses import dataclass
from decimal import Decimal

RECORD_KEYS = tuple(
    """id title summary language city clusters programme tags sdgs challenge solution results
    lessons indicators cost funding_sources partners start_year end_year status sources""".split()
)
CITY_KEYS = ("name", "country", "population", "lat", "lon")
INDICATOR_KEYS = ("name", "unit", "baseline", "target", "achieved", "year")
COST_KEYS = ("amount", "currency", "year")


@dataclass(frozen=True)
class CityRecord:
    name: str
    country: str
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


@dataclass(frozen=True)
class CostRecord:
    amount: Decimal
    currency: str
    year: int | None = None


@dataclass(frozen=True)
class CaseStudyRecord:
    """One valid line: every value checked, trimmed and in the type its field stores."""

    id: str
    title: str
    summary: str
    city: CityRecord
    clusters: tuple[str, ...]
    solution: str
    language: str = "en"
    programme: str = ""
    tags: tuple[str, ...] = ()
    sdgs: tuple[int, ...] = ()
    challenge: str = ""
    results: str = ""
    lessons: str = ""
    indicators: tuple[IndicatorRecord, ...] = ()
    cost: CostRecord | None = None
    funding_sources: tuple[str, ...] = ()
    partners: tuple[str, ...] = ()
    start_year: int | None = None
    end_year: int | None = None
    status: str = ""
    sources: tuple[str, ...] = ()
