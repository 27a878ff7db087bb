"""The shapes of the demo's case studies and best practices, and small helpers to write them.

Data modules (``data_*.py``) hold plain values in these shapes; ``build.py`` turns them into
pages. Keeping the text out of the builder lets an editor review the content without reading
page-writing code, and keeps every figure next to the sentence that qualifies it.

Rich text is written with :func:`p` and :func:`ul` so the data reads as prose; the builder
passes it through ``academy.sanitize.clean_rich_text`` before comparing it with what is stored.
"""

from dataclasses import dataclass

# Rich text -------------------------------------------------------------------------------------


def p(*paragraphs: str) -> str:
    """Paragraphs of rich text. The strings may hold inline markup (<b>, <i>, <a>)."""
    return "".join(f"<p>{text}</p>" for text in paragraphs)


def ul(*items: str) -> str:
    """A bulleted list of rich text items."""
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


# Case studies ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Indicator:
    """An outcome indicator. Numbers are strings so that they stay exact (Decimal)."""

    name: str
    unit: str = ""
    baseline: str | None = None
    target: str | None = None
    achieved: str | None = None
    year: int | None = None
    source: str = ""


@dataclass(frozen=True)
class Source:
    url: str
    title: str = ""


@dataclass(frozen=True)
class Partner:
    name: str
    role: str = ""
    url: str = ""


@dataclass(frozen=True)
class Cost:
    amount: str
    currency: str
    year: int
    note: str = ""


@dataclass(frozen=True)
class CaseStudySeed:
    """One case study in English, the source language.

    ``city`` is the slug of a page in the demo's city directory. ``programme`` defaults to the
    programme the city belongs to in the directory (see the library's introduction).
    """

    slug: str
    city: str
    title: str
    summary: str
    clusters: tuple[str, ...]
    tags: tuple[str, ...]
    sdgs: tuple[int, ...]
    status: str
    start_year: int | None
    end_year: int | None
    challenge: str
    objectives: str
    solution: str
    results: str
    lessons_learned: str
    transferability: str
    evidence_level: str
    sources: tuple[Source, ...]
    indicators: tuple[Indicator, ...] = ()
    cost: Cost | None = None
    funding: tuple[str, ...] = ()
    partners: tuple[Partner, ...] = ()
    illustrative_note: str = ""
    programme: str | None = None


@dataclass(frozen=True)
class CaseStudyTranslation:
    """The translated text of a case study. Numbers, years, links and classification come
    from the English seed; lists here run parallel to the English ones (same length, same
    order): ``indicators`` as (name, unit, source), ``partner_roles`` one role per partner."""

    slug: str
    title: str
    summary: str
    tags: tuple[str, ...]
    challenge: str
    objectives: str
    solution: str
    results: str
    lessons_learned: str
    transferability: str
    indicators: tuple[tuple[str, str, str], ...] = ()
    cost_note: str = ""
    funding: tuple[str, ...] = ()
    partner_roles: tuple[str, ...] = ()
    illustrative_note: str = ""


# Best practices ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Step:
    title: str
    text: str = ""


@dataclass(frozen=True)
class CaseLink:
    """A case study (by slug) that shows the practice, and what it shows."""

    case_study: str
    note: str = ""


@dataclass(frozen=True)
class Adoption:
    """A city (by directory slug) that took the practice up."""

    city: str
    year: int | None
    note: str = ""


@dataclass(frozen=True)
class BestPracticeSeed:
    slug: str
    title: str
    summary: str
    clusters: tuple[str, ...]
    tags: tuple[str, ...]
    sdgs: tuple[int, ...]
    what: str
    why: str
    steps: tuple[Step, ...]
    enabling_conditions: str
    pitfalls: str
    cost_low: str | None
    cost_high: str | None
    cost_currency: str
    cost_basis: str
    case_studies: tuple[CaseLink, ...]
    adoptions: tuple[Adoption, ...]
    illustrative_note: str = ""
    programme: str | None = None


@dataclass(frozen=True)
class BestPracticeTranslation:
    """Translated text of a best practice; steps, case study notes and adoption notes run
    parallel to the English ones."""

    slug: str
    title: str
    summary: str
    tags: tuple[str, ...]
    what: str
    why: str
    steps: tuple[Step, ...]
    enabling_conditions: str
    pitfalls: str
    cost_basis: str
    case_study_notes: tuple[str, ...] = ()
    adoption_notes: tuple[str, ...] = ()
    illustrative_note: str = ""


@dataclass(frozen=True)
class IndexText:
    """The title, introduction and search description of a library's index page."""

    title: str
    intro: str
    search_description: str
