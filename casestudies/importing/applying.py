"""Setting a record's values on a case study page, in memory: the caller saves a revision.

A version 1 record sets what version 1 carries and leaves the rest of the page as it is (its
objectives, evidence, a partner's role...). A version 2 record carries every editorial field,
so it sets them all: a key the line leaves out empties its field.
"""

from django.db.models import Q

from taggit.models import Tag

from academy.models import CityPage, Programme, ThematicCluster
from academy.sanitize import text_to_rich_text
from casestudies.interchange import STORY_FIELDS, to_storage
from casestudies.models import (
    CaseStudyFunding,
    CaseStudyPage,
    CaseStudyPartner,
    CaseStudySource,
    OutcomeIndicator,
    SustainableDevelopmentGoal,
)

from .records import CaseStudyRecord


def apply_record(page: CaseStudyPage, record: CaseStudyRecord, *, city: CityPage) -> None:
    """Set every field the record carries on ``page``."""
    page.external_id = page.external_id or record.id
    page.title = record.title
    page.summary = record.summary
    page.city = city
    page.clusters.set(list(ThematicCluster.objects.filter(slug__in=record.clusters)))
    page.programme = Programme.objects.filter(slug=record.programme).first()
    page.tags.set(_canonical_tags(record.tags))
    page.sdgs.set(list(SustainableDevelopmentGoal.objects.filter(number__in=record.sdgs)))
    _apply_story(page, record)
    page.cost_amount = record.cost.amount if record.cost else None
    page.cost_currency = record.cost.currency if record.cost else ""
    page.cost_year = record.cost.year if record.cost else None
    covers = record.cost.covers if record.cost else _cleared(record)
    if covers is not None:
        page.cost_note = covers
    page.start_year, page.end_year = record.start_year, record.end_year
    page.status = record.status
    if record.format > 1:
        page.evidence_level = record.evidence_level
        page.illustrative_note = record.illustrative_note
        page.licence = record.licence
        page.last_verified = record.last_verified
    _replace_rows(page, record)
    # The same cleaning the page gets on save, so the comparison with the stored page holds.
    page.clean_rich_text_fields()


def _cleared(record: CaseStudyRecord):
    """An absent value: empty in version 2, kept as stored (None) in version 1."""
    return "" if record.format > 1 else None


def _apply_story(page: CaseStudyPage, record: CaseStudyRecord) -> None:
    for key, name in STORY_FIELDS:
        value = getattr(record, key)
        if record.format > 1:
            setattr(page, name, to_storage(value))
        elif key not in ("objectives", "transferability"):  # not in version 1
            setattr(page, name, text_to_rich_text(value))


def _replace_rows(page: CaseStudyPage, record: CaseStudyRecord) -> None:
    """Replace the listed rows. What a version 1 row does not carry (an indicator's source,
    a partner's role and web page, a source's title and date) is kept from the stored row of
    the same name or address."""
    indicators = {row.name: row for row in page.indicators.all()}
    partners = {row.name: row for row in page.partners.all()}
    sources = {row.url: row for row in page.sources.all()}
    page.indicators = [
        OutcomeIndicator(
            sort_order=position,
            name=item.name,
            unit=item.unit,
            baseline=item.baseline,
            target=item.target,
            achieved=item.achieved,
            year=item.year,
            source=_given_or_kept(item.source, indicators.get(item.name), "source"),
        )
        for position, item in enumerate(record.indicators)
    ]
    page.funding_sources = [
        CaseStudyFunding(sort_order=position, name=name)
        for position, name in enumerate(record.funding_sources)
    ]
    page.partners = [
        CaseStudyPartner(
            sort_order=position,
            name=item.name,
            role=_given_or_kept(item.role, partners.get(item.name), "role"),
            url=_given_or_kept(item.url, partners.get(item.name), "url"),
        )
        for position, item in enumerate(record.partners)
    ]
    page.sources = [
        CaseStudySource(
            sort_order=position,
            url=item.url,
            title=item.title if item.complete else getattr(sources.get(item.url), "title", ""),
            accessed=item.accessed
            if item.complete
            else getattr(sources.get(item.url), "accessed", None),
        )
        for position, item in enumerate(record.sources)
    ]


def _given_or_kept(value, stored_row, name: str):
    if value is not None:
        return value
    return getattr(stored_row, name, "")


def _canonical_tags(names: tuple[str, ...]) -> list[str]:
    """Each tag spelt as the library already spells it, so "Stormwater" joins "stormwater"
    rather than splitting the tag filter in two."""
    if not names:
        return []
    query = Q()
    for name in names:
        query |= Q(name__iexact=name)
    existing = {
        name.casefold(): name
        for name in Tag.objects.filter(query)
        .filter(casestudies_casestudytag_items__isnull=False)
        .values_list("name", flat=True)
        .distinct()
    }
    return [existing.get(name.casefold(), name) for name in names]
