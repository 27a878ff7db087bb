"""The demo's pairings, by city name (as in data/cities.csv) and programme slug.

A pairing is identified by its programme and the set of its member cities: that is the rule
academy.services.validate_pairing_members enforces (the same pair cannot exist twice in one
programme), so seed_demo uses the same key to find a pairing it created before.

Roles. Cities Forward and the IUC/IURC programmes pair cities one to one as peers: the public
announcements name both cities of a pair side by side and designate no lead city, so both
members are ``partner`` (listed in the order of the announcements: the Latin American or
Caribbean city first in Cities Forward, the North American city first in IUC North America).
``lead`` is kept for the EU Cities Gateway shape, where one European city anchors a
multi-pairing with several North American partners; the lead is listed first.
"""

from dataclasses import dataclass
from datetime import date

CITIES_FORWARD = "cities-forward"
IURC = "iurc"
EUCG = "eu-cities-gateway"

LEAD = "lead"
PARTNER = "partner"


@dataclass(frozen=True)
class PairingSeed:
    programme: str
    members: tuple[tuple[str, str], ...]  # (city name, role), in display order
    clusters: tuple[str, ...]
    status: str
    source_note: str
    start_date: date | None = None
    end_date: date | None = None
    name: str = ""
    is_illustrative: bool = False

    @property
    def city_names(self) -> tuple[str, ...]:
        return tuple(name for name, _role in self.members)


# Cities Forward -----------------------------------------------------------------------------
# The 24 cities and 12 pairs were made public by the US Department of State in 2023. A DateField
# needs a day; the exact start day is not in the public record, so 1 August 2023 stands for
# "2023" and the source note says so.
CF_START = date(2023, 8, 1)
CF_SOURCE = (
    "Cities Forward, US Department of State (2023): the 12 city pairs as published. The start "
    "day is approximate (2023); clusters were assigned by the Academy."
)
CF_MANAUS_SOURCE = (
    "Cities Forward, US Department of State (2023). One published list of the pairs names "
    "Albany, NY rather than Stockton as Manaus's partner. The start day is approximate (2023); "
    "clusters were assigned by the Academy."
)

_CF_PAIRS = [
    ("Ambato", "Philadelphia", ("water-resources", "nature-based-solutions")),
    ("Cali", "Baltimore", ("resilient-districts",)),
    ("Cartagena", "Denver", ("nature-based-solutions",)),
    ("Fortaleza", "Hawaii County", ("resilient-districts", "water-resources")),
    ("Freeport", "Coral Springs", ("resilient-districts",)),
    ("Guatemala City", "Dallas", ("affordable-housing", "sustainable-mobility")),
    ("Hermosillo", "Dubuque", ("water-resources", "nature-based-solutions")),
    ("Manaus", "Stockton", ("water-resources",)),
    ("Mérida", "Austin", ("resilient-districts",)),
    ("Montego Bay", "Hoboken", ("resilient-districts", "water-resources")),
    ("Renca", "Evanston", ("nature-based-solutions", "affordable-housing")),
    ("Rosario", "Chattanooga", ("nature-based-solutions",)),
]

CITIES_FORWARD_PAIRINGS = [
    PairingSeed(
        programme=CITIES_FORWARD,
        members=((south, PARTNER), (north, PARTNER)),
        clusters=clusters,
        status="active",
        start_date=CF_START,
        source_note=CF_MANAUS_SOURCE if south == "Manaus" else CF_SOURCE,
    )
    for south, north, clusters in _CF_PAIRS
]

# IUC / IURC ---------------------------------------------------------------------------------
# Earlier EU pairings from shared/specs/taxonomy.md. The first nine are on the IUC North America
# list of city pairings (iuc.eu, 2018); Almada - Belo Horizonte is named by IUC as an
# established IUC Latin America pairing (2019). Exact dates are not recorded here.
IUC_NA_SOURCE = (
    "EU International Urban Cooperation (IUC) programme, North America city pairings (iuc.eu, "
    "2018). Dates not recorded; clusters assigned by the Academy."
)
IUC_LAC_SOURCE = (
    "EU International Urban Cooperation (IUC) programme, Latin America pairings (iuc.eu, "
    "2019). Dates not recorded; clusters assigned by the Academy."
)
IURC_SOURCE = (
    "EU International Urban Cooperation / International Urban and Regional Cooperation "
    "(IUC/IURC) city pairings. Dates not recorded; clusters assigned by the Academy."
)

_IURC_PAIRS = [
    ("Montréal", "Manchester", ("digital-innovation", "sustainable-mobility"), IUC_NA_SOURCE, ""),
    ("Austin", "Bologna", ("digital-innovation", "sustainable-mobility"), IUC_NA_SOURCE, ""),
    ("Baltimore", "Turin", ("resilient-districts", "circular-economy"), IUC_NA_SOURCE, ""),
    ("Boston", "Lyon", ("digital-innovation",), IUC_NA_SOURCE, ""),
    (
        "New York City",
        "Barcelona",
        ("sustainable-mobility", "affordable-housing"),
        IUC_NA_SOURCE,
        "",
    ),
    ("Fort Collins", "Vila Nova de Famalicão", ("circular-economy",), IUC_NA_SOURCE, ""),
    ("Santa Monica", "Varna", ("sustainable-mobility", "circular-economy"), IUC_NA_SOURCE, ""),
    ("Guadalajara", "Hamburg", ("sustainable-mobility", "water-resources"), IUC_NA_SOURCE, ""),
    ("Mérida", "West Athens", ("resilient-districts", "nature-based-solutions"), IUC_NA_SOURCE, ""),
    ("Albuquerque", "Murcia", ("water-resources",), IURC_SOURCE, ""),
    (
        "Kansas City",
        "Katowice",
        ("sustainable-mobility", "resilient-districts"),
        IURC_SOURCE,
        "Kansas City – GZM Metropolis (Katowice)",
    ),
    ("Almada", "Belo Horizonte", ("resilient-districts",), IUC_LAC_SOURCE, ""),
]

IURC_PAIRINGS = [
    PairingSeed(
        programme=IURC,
        members=((first, PARTNER), (second, PARTNER)),
        clusters=clusters,
        status="completed",
        source_note=source,
        name=name,
    )
    for first, second, clusters, source, name in _IURC_PAIRS
]

# EU Cities Gateway (illustrative) -----------------------------------------------------------
EUCG_SOURCE = (
    "Illustrative: the public record of EU Cities Gateway pairings is thin, so this "
    "multi-pairing is an example of the programme's shape (one European city with several US "
    "and Canadian cities in a thematic cluster), not a documented pairing."
)

_EUCG_PAIRS = [
    ("Porto", ("Toronto", "Pittsburgh"), ("circular-economy",)),
    ("Milan", ("Seattle", "Minneapolis", "Vancouver"), ("nature-based-solutions",)),
    ("Vienna", ("Ottawa", "Minneapolis"), ("affordable-housing",)),
    ("Zaragoza", ("Toronto", "Ottawa"), ("sustainable-mobility",)),
    ("Mannheim", ("Pittsburgh", "Seattle"), ("digital-innovation",)),
    ("Alicante", ("Vancouver", "Ottawa"), ("resilient-districts",)),
    ("Albacete", ("Minneapolis", "Pittsburgh"), ("sustainable-mobility",)),
]

EU_CITIES_GATEWAY_PAIRINGS = [
    PairingSeed(
        programme=EUCG,
        members=((lead, LEAD), *((partner, PARTNER) for partner in partners)),
        clusters=clusters,
        status="active",
        source_note=EUCG_SOURCE,
        is_illustrative=True,
    )
    for lead, partners, clusters in _EUCG_PAIRS
]

ALL_PAIRINGS = [*CITIES_FORWARD_PAIRINGS, *IURC_PAIRINGS, *EU_CITIES_GATEWAY_PAIRINGS]
