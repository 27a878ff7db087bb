"""Build the demo's case study and best practice libraries idempotently.

The pages are written the way ``academy.demo.build`` writes the rest of the demo: looked up by
slug under their index, compared with what the demo wants, and published through a revision
only when something differs, so a second run creates nothing and publishes nothing.

These pages carry more than plain fields, so "what differs" covers four kinds of value:

* plain and foreign key fields, and many-to-many (``academy.demo.build.page_differences``);
  rich text is compared in the form ``CleanRichTextMixin`` stores, i.e. after
  ``academy.sanitize.clean_rich_text``;
* free tags, compared by name;
* child rows (indicators, funding sources, partners, sources, case study links, adoptions),
  compared row by row in order on the fields the demo sets;
* StreamField steps, compared as stored JSON with stable block ids.

Contacts, gallery, documents and "last verified" are left to editors: the demo never sets
them, so it never overwrites an editor's entry either.
"""

from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal

from django.db import models

from wagtail.models import Locale, Page

from academy.demo.build import (
    CREATED,
    SKIPPED,
    TRANSLATED_LANGUAGES,
    UNCHANGED,
    UPDATED,
    DemoContext,
    DemoSetupError,
    Tally,
    city_index,
    ensure_translation,
    page_differences,
    publish,
    translate_page,
    upsert_child,
    with_block_ids,
)
from academy.models import CityPage
from academy.sanitize import clean_rich_text
from casestudies.models import (
    BestPracticeAdoption,
    BestPracticeCaseStudy,
    BestPracticeIndexPage,
    BestPracticePage,
    CaseStudyFunding,
    CaseStudyIndexPage,
    CaseStudyPage,
    CaseStudyPartner,
    CaseStudySource,
    OutcomeIndicator,
    SustainableDevelopmentGoal,
)
from casestudies.vocabulary import Licence

from . import data_best_practices, data_cities_forward, data_es, data_indexes, data_other
from .seeds import (
    BestPracticeSeed,
    BestPracticeTranslation,
    CaseStudySeed,
    CaseStudyTranslation,
    IndexText,
)

CASE_STUDIES: list[CaseStudySeed] = [*data_cities_forward.CASE_STUDIES, *data_other.CASE_STUDIES]
BEST_PRACTICES: list[BestPracticeSeed] = data_best_practices.BEST_PRACTICES
CASE_STUDY_TRANSLATIONS: dict[str, dict[str, CaseStudyTranslation]] = {
    "es": {text.slug: text for text in data_es.CASE_STUDIES}
}
BEST_PRACTICE_TRANSLATIONS: dict[str, dict[str, BestPracticeTranslation]] = {
    "es": {text.slug: text for text in data_es.BEST_PRACTICES}
}

CASE_STUDY_INDEX_SLUG = "case-studies"
BEST_PRACTICE_INDEX_SLUG = "best-practices"

STORY_FIELDS = (
    "challenge",
    "objectives",
    "solution",
    "results",
    "lessons_learned",
    "transferability",
)
PRACTICE_RICH_TEXT = ("what", "why", "enabling_conditions", "pitfalls")

CHILD_MODELS: dict[str, type[models.Model]] = {
    "indicators": OutcomeIndicator,
    "funding_sources": CaseStudyFunding,
    "partners": CaseStudyPartner,
    "sources": CaseStudySource,
    "case_study_links": BestPracticeCaseStudy,
    "adoptions": BestPracticeAdoption,
}
# The fields of each child row the demo sets and compares (foreign keys by attname).
CHILD_FIELDS: dict[str, tuple[str, ...]] = {
    "indicators": ("name", "unit", "baseline", "target", "achieved", "year", "source"),
    "funding_sources": ("name",),
    "partners": ("name", "role", "url"),
    "sources": ("url", "title"),
    "case_study_links": ("case_study_id", "note"),
    "adoptions": ("city_id", "year", "note"),
}


# Comparing and writing ----------------------------------------------------------------------


@dataclass
class Wanted:
    """Everything the demo sets on one page."""

    fields: dict
    m2m: dict
    tags: list[str]
    children: dict[str, list[dict]]


def _comparable(value):
    # Decimal("837") == Decimal("837.0000"); everything else compares as stored.
    return Decimal(value) if isinstance(value, Decimal) else value


def _child_rows(page: Page, relation: str, names: Iterable[str]) -> list[tuple]:
    return [
        tuple(_comparable(getattr(row, name)) for name in names)
        for row in getattr(page, relation).all()
    ]


def differences(page: Page, wanted: Wanted) -> list[str]:
    """Names of the fields, tags and child relations whose stored value differs."""
    changed = page_differences(page, wanted.fields, wanted.m2m)
    if sorted(tag.name for tag in page.tags.all()) != sorted(wanted.tags):
        changed.append("tags")
    for relation, rows in wanted.children.items():
        names = CHILD_FIELDS[relation]
        wanted_rows = [tuple(_comparable(row[name]) for name in names) for row in rows]
        if _child_rows(page, relation, names) != wanted_rows:
            changed.append(relation)
    return changed


def _apply(page: Page, wanted: Wanted) -> None:
    for name, value in wanted.fields.items():
        setattr(page, name, value)
    for name, objects in wanted.m2m.items():
        getattr(page, name).set(list(objects))
    page.tags.set(list(wanted.tags))
    for relation, rows in wanted.children.items():
        model = CHILD_MODELS[relation]
        setattr(page, relation, [model(sort_order=i, **row) for i, row in enumerate(rows)])


def sync_page(page: Page, wanted: Wanted) -> str:
    """Publish ``wanted`` on ``page`` if anything differs from its live version."""
    if page.live and not differences(page, wanted):
        return UNCHANGED
    _apply(page, wanted)
    publish(page)
    return UPDATED


def upsert_page(parent: Page, model, slug: str, wanted: Wanted, *, existing=None):
    """The child of ``parent`` with ``slug``, created or brought up to date; (page, status)."""
    page = existing
    if page is None:
        found = Page.objects.child_of(parent).filter(slug=slug).first()
        if found is not None:
            page = found.specific
            if not isinstance(page, model):
                raise DemoSetupError(
                    f"{parent.url_path}{slug}/ exists but is a {type(page).__name__}, "
                    f"not a {model.__name__}; move or rename it and run seed_demo again."
                )
    if page is not None:
        return page, sync_page(page, wanted)
    # Tags and child rows are set after the first save, so that modelcluster writes them once,
    # when the revision is published, rather than on both saves.
    page = model(slug=slug, **wanted.fields)
    parent.add_child(instance=page)
    _apply(page, wanted)
    publish(page)
    return page, CREATED


def sync_translation(source: Page, locale: Locale, wanted: Wanted) -> tuple[Page, str]:
    """The translation of ``source`` into ``locale``, created or brought up to date."""
    page, created = ensure_translation(source, locale)
    if created:
        # The copy already has a draft revision: overwrite it rather than adding another.
        _apply(page, wanted)
        publish(page, overwrite=page.latest_revision)
        return page, CREATED
    return page, sync_page(page, wanted)


# Lookups ------------------------------------------------------------------------------------


def _sdgs(numbers: Iterable[int], goals: dict[int, SustainableDevelopmentGoal]) -> list:
    missing = set(numbers) - set(goals)
    if missing:
        raise DemoSetupError(f"SDG rows {sorted(missing)} are missing: run `manage.py migrate`.")
    return [goals[number] for number in sorted(set(numbers))]


def _goals() -> dict[int, SustainableDevelopmentGoal]:
    return {goal.number: goal for goal in SustainableDevelopmentGoal.objects.all()}


def _english_cities(ctx: DemoContext) -> dict[str, CityPage]:
    """English city pages by slug."""
    return {page.slug: page for page in CityPage.objects.child_of(city_index(ctx))}


def _translations(pages: Iterable[Page], locale: Locale, model) -> dict:
    """``{source translation_key: translated page}`` for ``pages`` in ``locale``."""
    keys = [page.translation_key for page in pages]
    return {
        page.translation_key: page
        for page in model.objects.filter(locale=locale, translation_key__in=keys)
    }


def _programme_slug(seed_programme: str | None, city_slug: str, ctx: DemoContext) -> str | None:
    if seed_programme:
        return seed_programme
    for city in ctx.cities:
        if city.slug == city_slug:
            return city.programme
    return None


# Index pages --------------------------------------------------------------------------------


def _index_fields(text: IndexText) -> dict:
    return {
        "title": text.title,
        "intro": clean_rich_text(text.intro),
        "search_description": text.search_description,
        "show_in_menus": True,
    }


def _seed_index(ctx: DemoContext, model, slug: str, texts: dict[str, IndexText], tally: Tally):
    """The library's index page under the English home page and its translations."""
    index, status = upsert_child(ctx.home, model, slug, _index_fields(texts["en"]))
    tally.add(status)
    translated = {}
    for language in TRANSLATED_LANGUAGES:
        if language not in texts:
            continue
        page, status = translate_page(
            model.objects.get(pk=index.pk), ctx.locales[language], _index_fields(texts[language])
        )
        translated[language] = page
        tally.add(status)
    return index, translated


# Case studies -------------------------------------------------------------------------------


def case_study_wanted(
    seed: CaseStudySeed, *, city: CityPage, ctx: DemoContext, goals: dict
) -> Wanted:
    """What the English page of ``seed`` should hold."""
    cost = seed.cost
    programme = _programme_slug(seed.programme, seed.city, ctx)
    fields = {
        "title": seed.title,
        "summary": seed.summary,
        "city": city,
        "programme": ctx.programmes.get(programme) if programme else None,
        "status": seed.status,
        "start_year": seed.start_year,
        "end_year": seed.end_year,
        **{name: clean_rich_text(getattr(seed, name)) for name in STORY_FIELDS},
        "cost_amount": Decimal(cost.amount) if cost else None,
        "cost_currency": cost.currency if cost else "",
        "cost_year": cost.year if cost else None,
        "cost_note": cost.note if cost else "",
        "licence": Licence.CC_BY,
        "evidence_level": seed.evidence_level,
        "illustrative_note": seed.illustrative_note,
        "external_id": f"demo-{seed.slug}",
    }
    m2m = {
        "clusters": [ctx.clusters[slug] for slug in seed.clusters],
        "sdgs": _sdgs(seed.sdgs, goals),
    }
    children = {
        "indicators": [
            {
                "name": item.name,
                "unit": item.unit,
                "baseline": _decimal(item.baseline),
                "target": _decimal(item.target),
                "achieved": _decimal(item.achieved),
                "year": item.year,
                "source": item.source,
            }
            for item in seed.indicators
        ],
        "funding_sources": [{"name": name} for name in seed.funding],
        "partners": [
            {"name": partner.name, "role": partner.role, "url": partner.url}
            for partner in seed.partners
        ],
        "sources": [{"url": source.url, "title": source.title} for source in seed.sources],
    }
    return Wanted(fields, m2m, list(seed.tags), children)


def translated_case_study_wanted(
    seed: CaseStudySeed,
    text: CaseStudyTranslation,
    *,
    city: CityPage,
    ctx: DemoContext,
    goals: dict,
    language: str,
) -> Wanted:
    """The English wanted values with the translated text laid over them."""
    _check_parallel(seed.slug, "indicators", seed.indicators, text.indicators)
    _check_parallel(seed.slug, "funding", seed.funding, text.funding)
    _check_parallel(seed.slug, "partner roles", seed.partners, text.partner_roles)
    wanted = case_study_wanted(seed, city=city, ctx=ctx, goals=goals)
    wanted.fields.update(
        {
            "title": text.title,
            "summary": text.summary,
            **{name: clean_rich_text(getattr(text, name)) for name in STORY_FIELDS},
            "cost_note": text.cost_note if seed.cost else "",
            "illustrative_note": text.illustrative_note,
            "external_id": f"demo-{seed.slug}-{language}",
        }
    )
    wanted.tags = list(text.tags)
    for row, (name, unit, source) in zip(
        wanted.children["indicators"], text.indicators, strict=True
    ):
        row.update({"name": name, "unit": unit, "source": source})
    wanted.children["funding_sources"] = [{"name": name} for name in text.funding]
    for row, role in zip(wanted.children["partners"], text.partner_roles, strict=True):
        row["role"] = role
    return wanted


def _check_parallel(slug: str, what: str, english, translated) -> None:
    if len(english) != len(translated):
        raise DemoSetupError(
            f"The translation of case study {slug} has {len(translated)} {what}, "
            f"the English has {len(english)}; they must run parallel."
        )


def _decimal(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def seed_case_studies(ctx: DemoContext) -> Tally:
    """/case-studies/ and its case studies in English, some translated."""
    tally = Tally()
    goals = _goals()
    index, translated_indexes = _seed_index(
        ctx, CaseStudyIndexPage, CASE_STUDY_INDEX_SLUG, data_indexes.CASE_STUDY_INDEX, tally
    )
    cities = _english_cities(ctx)
    existing = {page.slug: page for page in CaseStudyPage.objects.child_of(index)}
    english: dict[str, CaseStudyPage] = {}
    for seed in CASE_STUDIES:
        city = cities.get(seed.city)
        if city is None:
            tally.add(SKIPPED)
            tally.warnings.append(f"case study {seed.slug}: no city page with slug {seed.city}")
            continue
        page, status = upsert_page(
            index,
            CaseStudyPage,
            seed.slug,
            case_study_wanted(seed, city=city, ctx=ctx, goals=goals),
            existing=existing.get(seed.slug),
        )
        english[seed.slug] = page
        tally.add(status)

    by_slug = {seed.slug: seed for seed in CASE_STUDIES}
    for language, texts in CASE_STUDY_TRANSLATIONS.items():
        if language not in translated_indexes:
            continue
        locale = ctx.locales[language]
        city_translations = _translations(cities.values(), locale, CityPage)
        for slug, text in texts.items():
            source, seed = english.get(slug), by_slug.get(slug)
            if source is None or seed is None:
                tally.add(SKIPPED)
                tally.warnings.append(f"case study {slug} ({language}): no English page")
                continue
            city = cities[seed.city]
            local_city = city_translations.get(city.translation_key, city)
            wanted = translated_case_study_wanted(
                seed, text, city=local_city, ctx=ctx, goals=goals, language=language
            )
            _page, status = sync_translation(
                CaseStudyPage.objects.get(pk=source.pk), locale, wanted
            )
            tally.add(status)
    return tally


# Best practices -----------------------------------------------------------------------------


def _steps(seed_steps, slug: str) -> list[dict]:
    # Block ids are shared by every language of a practice, as the courses demo does.
    return with_block_ids(
        [
            {"type": "step", "value": {"title": step.title, "text": clean_rich_text(step.text)}}
            for step in seed_steps
        ],
        f"best-practice:{slug}:steps",
    )


def best_practice_wanted(
    seed: BestPracticeSeed,
    *,
    ctx: DemoContext,
    case_studies: dict[str, CaseStudyPage],
    cities: dict[str, CityPage],
    goals: dict,
    tally: Tally,
) -> Wanted:
    """What the English page of ``seed`` should hold. Links to missing pages are left out
    with a warning rather than failing the run."""
    fields = {
        "title": seed.title,
        "summary": seed.summary,
        "programme": ctx.programmes.get(seed.programme) if seed.programme else None,
        **{name: clean_rich_text(getattr(seed, name)) for name in PRACTICE_RICH_TEXT},
        "steps": _steps(seed.steps, seed.slug),
        "cost_low": _decimal(seed.cost_low),
        "cost_high": _decimal(seed.cost_high),
        "cost_currency": seed.cost_currency,
        "cost_basis": seed.cost_basis,
        "illustrative_note": seed.illustrative_note,
    }
    m2m = {
        "clusters": [ctx.clusters[slug] for slug in seed.clusters],
        "sdgs": _sdgs(seed.sdgs, goals),
    }
    links = []
    for link in seed.case_studies:
        page = case_studies.get(link.case_study)
        if page is None:
            tally.warnings.append(f"best practice {seed.slug}: no case study {link.case_study}")
            continue
        links.append({"case_study_id": page.pk, "note": link.note})
    adoptions = []
    for adoption in seed.adoptions:
        city = cities.get(adoption.city)
        if city is None:
            tally.warnings.append(f"best practice {seed.slug}: no city page {adoption.city}")
            continue
        adoptions.append({"city_id": city.pk, "year": adoption.year, "note": adoption.note})
    children = {"case_study_links": links, "adoptions": adoptions}
    return Wanted(fields, m2m, list(seed.tags), children)


def translated_best_practice_wanted(
    seed: BestPracticeSeed,
    text: BestPracticeTranslation,
    *,
    ctx: DemoContext,
    case_studies: dict[str, CaseStudyPage],
    cities: dict[str, CityPage],
    goals: dict,
    tally: Tally,
) -> Wanted:
    """The translated practice, linking to translated case studies and city pages where they
    exist and to the English ones otherwise."""
    _check_parallel(seed.slug, "steps", seed.steps, text.steps)
    _check_parallel(seed.slug, "case study notes", seed.case_studies, text.case_study_notes)
    _check_parallel(seed.slug, "adoption notes", seed.adoptions, text.adoption_notes)
    localised = replace(
        seed,
        title=text.title,
        summary=text.summary,
        tags=text.tags,
        what=text.what,
        why=text.why,
        steps=text.steps,
        enabling_conditions=text.enabling_conditions,
        pitfalls=text.pitfalls,
        cost_basis=text.cost_basis,
        illustrative_note=text.illustrative_note,
        case_studies=tuple(
            replace(link, note=note)
            for link, note in zip(seed.case_studies, text.case_study_notes, strict=True)
        ),
        adoptions=tuple(
            replace(adoption, note=note)
            for adoption, note in zip(seed.adoptions, text.adoption_notes, strict=True)
        ),
    )
    return best_practice_wanted(
        localised, ctx=ctx, case_studies=case_studies, cities=cities, goals=goals, tally=tally
    )


def seed_best_practices(ctx: DemoContext) -> Tally:
    """/best-practices/ and its practices in English, some translated; needs the case studies."""
    tally = Tally()
    goals = _goals()
    index, translated_indexes = _seed_index(
        ctx,
        BestPracticeIndexPage,
        BEST_PRACTICE_INDEX_SLUG,
        data_indexes.BEST_PRACTICE_INDEX,
        tally,
    )
    case_study_index = CaseStudyIndexPage.objects.child_of(ctx.home).first()
    if case_study_index is None:
        raise DemoSetupError("The case study library is missing; its step must run first.")
    case_studies = {
        page.slug: page for page in CaseStudyPage.objects.child_of(case_study_index).live()
    }
    cities = _english_cities(ctx)
    existing = {page.slug: page for page in BestPracticePage.objects.child_of(index)}
    english: dict[str, BestPracticePage] = {}
    for seed in BEST_PRACTICES:
        wanted = best_practice_wanted(
            seed, ctx=ctx, case_studies=case_studies, cities=cities, goals=goals, tally=tally
        )
        page, status = upsert_page(
            index, BestPracticePage, seed.slug, wanted, existing=existing.get(seed.slug)
        )
        english[seed.slug] = page
        tally.add(status)

    by_slug = {seed.slug: seed for seed in BEST_PRACTICES}
    for language, texts in BEST_PRACTICE_TRANSLATIONS.items():
        if language not in translated_indexes:
            continue
        locale = ctx.locales[language]
        local_case_studies = dict(case_studies)
        for page in CaseStudyPage.objects.filter(
            locale=locale,
            live=True,
            translation_key__in=[page.translation_key for page in case_studies.values()],
        ):
            local_case_studies[page.slug] = page
        city_translations = _translations(cities.values(), locale, CityPage)
        local_cities = {
            slug: city_translations.get(city.translation_key, city) for slug, city in cities.items()
        }
        for slug, text in texts.items():
            source, seed = english.get(slug), by_slug.get(slug)
            if source is None or seed is None:
                tally.add(SKIPPED)
                tally.warnings.append(f"best practice {slug} ({language}): no English page")
                continue
            wanted = translated_best_practice_wanted(
                seed,
                text,
                ctx=ctx,
                case_studies=local_case_studies,
                cities=local_cities,
                goals=goals,
                tally=tally,
            )
            _page, status = sync_translation(
                BestPracticePage.objects.get(pk=source.pk), locale, wanted
            )
            tally.add(status)
    return tally
