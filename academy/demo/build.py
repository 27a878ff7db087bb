"""Build the demo content idempotently: get-or-update by stable slugs, never blind create.

Every step compares what is in the database with what the demo wants and writes only the
difference, so a second run finds nothing to change: no new rows, no new revisions, no new
log entries. Pages are written the way an editor would, through a revision that is published,
so their history and the admin look normal.

Used by ``manage.py seed_demo``; each ``seed_*`` function returns a :class:`Tally`.
"""

import json
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models

from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, Site

from django_countries.fields import CountryField

from academy.models import (
    BrandingSettings,
    CityIndexPage,
    CityPage,
    ClusterIndexPage,
    HomePage,
    Pairing,
    PairingIndexPage,
    Programme,
    StandardPage,
    ThematicCluster,
)
from academy.services import Member, PairingError, create_pairing

from . import content
from .cities import CitySeed, load_cities
from .pairings import ALL_PAIRINGS, PairingSeed

SOURCE_LANGUAGE = "en"
# Only Spanish gets translated content pages. French and Portuguese visitors are served the
# English pages with a translated interface (Wagtail falls back to the default locale's page
# where no translation exists); programme, cluster and branding texts carry fr/pt values.
TRANSLATED_LANGUAGES = ("es",)

CREATED, UPDATED, UNCHANGED, SKIPPED = "created", "updated", "unchanged", "skipped"

# Namespace for StreamField block ids, so the same block gets the same id on every run.
BLOCK_ID_NAMESPACE = uuid.UUID("6f1f5a2e-3c1b-4d8e-9a57-0c1ab0c1d3e5")


class DemoSetupError(RuntimeError):
    """The database is not in a state the demo can build on (for example, not migrated)."""


@dataclass
class Tally:
    counts: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    warnings: list[str] = field(default_factory=list)

    def add(self, status: str, n: int = 1) -> None:
        self.counts[status] += n

    def __getitem__(self, status: str) -> int:
        return self.counts.get(status, 0)

    @property
    def changed(self) -> int:
        return self[CREATED] + self[UPDATED]

    def summary(self) -> str:
        order = [CREATED, UPDATED, UNCHANGED, SKIPPED]
        return ", ".join(f"{self[s]} {s}" for s in order if self[s]) or "nothing to do"


# Comparing and writing pages ------------------------------------------------------------------


def with_block_ids(blocks: list[dict], scope: str) -> list[dict]:
    """StreamField data with deterministic block ids (``scope`` names page and language)."""
    return [
        {**block, "id": str(uuid.uuid5(BLOCK_ID_NAMESPACE, f"{scope}:{index}"))}
        for index, block in enumerate(blocks)
    ]


def _stream_json(stream_field: StreamField, value) -> str:
    prepared = stream_field.get_prep_value(stream_field.to_python(value))
    return json.dumps(prepared, sort_keys=True, cls=DjangoJSONEncoder)


def _same_value(page: Page, name: str, wanted) -> bool:
    model_field = page._meta.get_field(name)
    current = getattr(page, name)
    if isinstance(model_field, StreamField):
        return _stream_json(model_field, current) == _stream_json(model_field, wanted)
    if isinstance(model_field, models.ForeignKey):
        return getattr(page, model_field.attname) == (wanted.pk if wanted is not None else None)
    if isinstance(model_field, CountryField):
        return str(current or "") == str(wanted or "")
    if isinstance(model_field, models.DecimalField):
        if current is None or wanted is None:
            return current is wanted
        return Decimal(current) == Decimal(wanted)
    return current == wanted


def _ids(objects: Iterable[models.Model]) -> set[int]:
    return {obj.pk for obj in objects}


def page_differences(page: Page, fields: dict, m2m: dict) -> list[str]:
    """Names of the fields whose stored (live) value differs from the wanted one."""
    changed = [name for name, value in fields.items() if not _same_value(page, name, value)]
    changed += [
        name for name, objects in m2m.items() if _ids(getattr(page, name).all()) != _ids(objects)
    ]
    return changed


def _assign(page: Page, fields: dict, m2m: dict) -> None:
    for name, value in fields.items():
        setattr(page, name, value)
    for name, objects in m2m.items():
        getattr(page, name).set(list(objects))


def publish(page: Page, *, overwrite=None) -> None:
    """Save a revision of ``page`` and publish it.

    Publishing writes the whole page row from the revision, including the tree columns of the
    in-memory object. Those go stale when children are added through another instance of the
    same page (copy_for_translation does that), so read them again first.
    """
    page.refresh_from_db(fields=["path", "depth", "numchild", "url_path"])
    page.save_revision(overwrite_revision=overwrite).publish()


def update_page(page: Page, fields: dict, m2m: dict | None = None) -> str:
    """Publish ``fields`` on ``page`` if anything differs (or it is not live yet)."""
    m2m = m2m or {}
    # Compares with the live (published) values; an editor's unpublished draft is left alone
    # unless the published text differs from the demo's, in which case the demo's is published.
    if page.live and not page_differences(page, fields, m2m):
        return UNCHANGED
    _assign(page, fields, m2m)
    publish(page)
    return UPDATED


def upsert_child(
    parent: Page, model: type[Page], slug: str, fields: dict, m2m=None, *, existing=None
):
    """The child of ``parent`` with ``slug``, created or updated to match; (page, status)."""
    m2m = m2m or {}
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
        return page, update_page(page, fields, m2m)
    page = model(slug=slug, **fields)
    for name, objects in m2m.items():
        getattr(page, name).set(list(objects))
    parent.add_child(instance=page)
    publish(page)
    return page, CREATED


def ensure_translation(source: Page, locale: Locale) -> tuple[Page, bool]:
    """The translation of ``source`` into ``locale``, copied (as a draft) if missing."""
    translation = source.get_translation_or_none(locale)
    if translation is not None:
        translation = translation.specific
        if translation.alias_of_id:
            # An alias cannot hold its own text: turn it into an ordinary page.
            ConvertAliasPageAction(translation, log_action=None).execute(
                skip_permission_checks=True
            )
            translation = type(translation).objects.get(pk=translation.pk)
        return translation, False
    # Parents are translated first, so copy_parents only matters if someone deleted one.
    return source.copy_for_translation(locale, copy_parents=True, alias=False), True


def translate_page(source: Page, locale: Locale, fields: dict, m2m=None) -> tuple[Page, str]:
    page, created = ensure_translation(source, locale)
    if created:
        # The copy already has a draft revision: overwrite it rather than adding another.
        _assign(page, fields, m2m or {})
        publish(page, overwrite=page.latest_revision)
        return page, CREATED
    return page, update_page(page, fields, m2m)


# Context --------------------------------------------------------------------------------------


@dataclass
class DemoContext:
    site: Site
    locales: dict[str, Locale]
    home: HomePage
    programmes: dict[str, Programme]
    clusters: dict[str, ThematicCluster]
    cities: list[CitySeed]

    @classmethod
    def load(cls) -> "DemoContext":
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site is None:
            raise DemoSetupError("No default Wagtail site: run `manage.py migrate` first.")
        home = site.root_page.specific
        if not isinstance(home, HomePage):
            raise DemoSetupError(
                f"The default site's root page is a {type(home).__name__}, not the Academy "
                "HomePage: run `manage.py migrate` on a fresh database."
            )
        locales = {locale.language_code: locale for locale in Locale.objects.all()}
        missing = {SOURCE_LANGUAGE, *TRANSLATED_LANGUAGES} - set(locales)
        if missing:
            raise DemoSetupError(f"Missing locales {sorted(missing)}: run `manage.py migrate`.")
        programmes = {p.slug: p for p in Programme.objects.all()}
        clusters = {c.slug: c for c in ThematicCluster.objects.all()}
        cities = load_cities()
        wanted_programmes = {seed.programme for seed in cities} | {
            p.programme for p in ALL_PAIRINGS
        }
        wanted_clusters = {c for seed in cities for c in seed.clusters} | {
            c for p in ALL_PAIRINGS for c in p.clusters
        }
        missing_vocabulary = (wanted_programmes - set(programmes)) | (
            wanted_clusters - set(clusters)
        )
        if missing_vocabulary:
            raise DemoSetupError(
                "Programmes or clusters of shared/specs/taxonomy.md are missing: "
                f"{sorted(missing_vocabulary)}. Run `manage.py migrate`."
            )
        return cls(site, locales, home, programmes, clusters, cities)

    @property
    def english(self) -> Locale:
        return self.locales[SOURCE_LANGUAGE]


# Core pages -----------------------------------------------------------------------------------

# (key, model, slug, content, extra fields): the pages under the home page, in menu order.
CORE_PAGES = [
    ("about", StandardPage, "about", content.ABOUT),
    ("cities", CityIndexPage, "cities", content.CITY_INDEX),
    ("clusters", ClusterIndexPage, "clusters", content.CLUSTER_INDEX),
    ("pairings", PairingIndexPage, "pairings", content.PAIRING_INDEX),
]


def _core_fields(key: str, text: dict, language: str) -> dict:
    fields = {
        "title": text["title"],
        "search_description": text["search_description"],
        "show_in_menus": True,
        "intro": text["intro"],
    }
    if "body" in text:
        fields["body"] = with_block_ids(text["body"], f"{key}:{language}")
    return fields


def _home_fields(language: str, cities_page: Page, pairings_page: Page) -> dict:
    text = content.HOME[language]
    return {
        "title": text["title"],
        "hero_title": text["hero_title"],
        "hero_lead": text["hero_lead"],
        "primary_action_label": text["primary_action_label"],
        "primary_action_page": cities_page,
        "secondary_action_label": text["secondary_action_label"],
        "secondary_action_page": pairings_page,
        "search_description": text["search_description"],
        "body": with_block_ids(text["body"], f"home:{language}"),
    }


def _core_pages_in(parent: Page) -> dict[str, Page]:
    """The existing core pages under ``parent`` (a home page), by key."""
    by_slug = {page.slug: page for page in Page.objects.child_of(parent).specific()}
    return {
        key: by_slug[slug]
        for key, model, slug, _text in CORE_PAGES
        if slug in by_slug and isinstance(by_slug[slug], model)
    }


def seed_english_tree(ctx: DemoContext) -> Tally:
    """The home page's fields and the about, cities, clusters and pairings pages."""
    tally = Tally()
    pages = {}
    for key, model, slug, text in CORE_PAGES:
        page, status = upsert_child(ctx.home, model, slug, _core_fields(key, text["en"], "en"))
        pages[key] = page
        tally.add(status)
    status = update_page(ctx.home, _home_fields("en", pages["cities"], pages["pairings"]))
    tally.add(status)
    return tally


# Cities -----------------------------------------------------------------------------------------


def _join(items: list[str], language: str, separator: str = ",") -> str:
    """Join as in "a, b and c": "a, b, and c" in English, "e" for "y" before "i" in Spanish.

    Cluster names contain "and" themselves, so they are joined with ``separator=";"``.
    """
    if len(items) <= 1:
        return "".join(items)
    conjunction = content.PROFILE[language]["and"]
    last = items[-1]
    if (
        language == "es"
        and last.lower().startswith(("i", "hi"))
        and not last.lower().startswith(("hia", "hie", "hio", "hiu"))
    ):
        conjunction = "e"
    head = f"{separator} ".join(items[:-1])
    if separator != "," or (language == "en" and len(items) > 2):
        return f"{head}{separator} {conjunction} {last}"
    return f"{head} {conjunction} {last}"


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _pairings_by_city() -> dict[str, list[PairingSeed]]:
    result: dict[str, list[PairingSeed]] = defaultdict(list)
    for pairing in ALL_PAIRINGS:
        for name in pairing.city_names:
            result[name].append(pairing)
    return result


def city_profile(seed: CitySeed, ctx: DemoContext, language: str, titles: dict[str, str]) -> str:
    """A short profile: the city's programmes and partners, its focus, and an honesty note."""
    words = content.PROFILE[language]
    phrases = content.PROGRAMME_PHRASE[language]
    sentences = []
    pairings = _pairings_by_city().get(seed.name, [])
    for pairing in pairings:
        partners = [titles[name] for name in pairing.city_names if name != seed.name]
        template = words["paired_illustrative"] if pairing.is_illustrative else words["paired"]
        if pairing.status == "completed" and not pairing.is_illustrative:
            template = words["paired_past"]
        since = words["since"].format(year=pairing.start_date.year) if pairing.start_date else ""
        sentences.append(
            template.format(
                programme=phrases[pairing.programme],
                partners=_join(partners, language),
                since=since,
            )
        )
    if not pairings:
        sentences.append(
            words["academy"]
            if seed.group == "academy"
            else words["member"].format(programme=phrases[seed.programme])
        )
    name_field = "name" if language == SOURCE_LANGUAGE else f"name_{language}"
    cluster_names = [
        _lower_first(getattr(ctx.clusters[slug], name_field) or ctx.clusters[slug].name)
        for slug in seed.clusters
    ]
    sentences.append(words["focus"].format(clusters=_join(cluster_names, language, ";")))
    return f"<p>{' '.join(sentences)}</p><p><i>{words['note']}</i></p>"


def _city_fields(seed: CitySeed, ctx: DemoContext, language: str, titles: dict[str, str]) -> dict:
    summary = seed.summary_en if language == SOURCE_LANGUAGE else seed.summary_es
    return {
        "title": titles[seed.name],
        "country": seed.country,
        "population": seed.population,
        "population_source": seed.population_source,
        "latitude": seed.latitude,
        "longitude": seed.longitude,
        "geonames_id": seed.geonames_id,
        "summary": summary,
        "search_description": summary,
        "profile": city_profile(seed, ctx, language, titles),
    }


def _city_m2m(seed: CitySeed, ctx: DemoContext) -> dict:
    return {
        "programmes": [ctx.programmes[seed.programme]],
        "clusters": [ctx.clusters[slug] for slug in seed.clusters],
    }


def _titles(ctx: DemoContext, language: str) -> dict[str, str]:
    if language == SOURCE_LANGUAGE:
        return {seed.name: seed.name for seed in ctx.cities}
    return {seed.name: seed.title_es for seed in ctx.cities}


def city_index(ctx: DemoContext) -> CityIndexPage:
    index = CityIndexPage.objects.child_of(ctx.home).filter(slug="cities").first()
    if index is None:
        raise DemoSetupError(
            "The English city index is missing; the page tree step must run first."
        )
    return index


def english_cities(ctx: DemoContext) -> dict[str, CityPage]:
    """The English city pages of the demo, by city name."""
    by_slug = {page.slug: page for page in CityPage.objects.child_of(city_index(ctx))}
    return {seed.name: by_slug[seed.slug] for seed in ctx.cities if seed.slug in by_slug}


def seed_cities(ctx: DemoContext) -> Tally:
    """One CityPage per row of cities.csv under /cities/."""
    tally = Tally()
    index = city_index(ctx)
    existing = {page.slug: page for page in CityPage.objects.child_of(index)}
    titles = _titles(ctx, "en")
    for seed in ctx.cities:
        _page, status = upsert_child(
            index,
            CityPage,
            seed.slug,
            _city_fields(seed, ctx, "en", titles),
            _city_m2m(seed, ctx),
            existing=existing.get(seed.slug),
        )
        tally.add(status)
    return tally


# Pairings -----------------------------------------------------------------------------------


def _pairing_key(programme_id: int, cities: Iterable[CityPage]) -> tuple:
    return programme_id, frozenset(str(city.translation_key) for city in cities)


def _update_pairing(pairing: Pairing, seed: PairingSeed, cities: list[CityPage], ctx) -> str:
    changed = False
    wanted = {
        "name": seed.name,
        "status": seed.status,
        "start_date": seed.start_date,
        "end_date": seed.end_date,
        "is_illustrative": seed.is_illustrative,
        "source_note": seed.source_note,
    }
    for name, value in wanted.items():
        if getattr(pairing, name) != value:
            setattr(pairing, name, value)
            changed = True
    clusters = [ctx.clusters[slug] for slug in seed.clusters]
    if _ids(pairing.clusters.all()) != _ids(clusters):
        pairing.clusters.set(clusters)
        changed = True
    if changed:
        pairing.save()
    members = {str(m.city.translation_key): m for m in pairing.members.all()}
    for order, ((_name, role), city) in enumerate(zip(seed.members, cities, strict=True)):
        member = members[str(city.translation_key)]
        if member.role != role or member.sort_order != order:
            member.role, member.sort_order = role, order
            member.save(update_fields=["role", "sort_order"])
            changed = True
    return UPDATED if changed else UNCHANGED


def seed_pairings(ctx: DemoContext) -> Tally:
    """Pairings through academy.services.create_pairing; existing ones (same programme and
    member cities) are brought up to date instead of created again."""
    tally = Tally()
    cities = english_cities(ctx)
    existing = {
        _pairing_key(p.programme_id, [m.city for m in p.members.all()]): p
        for p in Pairing.objects.prefetch_related("members__city", "clusters")
    }
    for seed in ALL_PAIRINGS:
        missing = [name for name in seed.city_names if name not in cities]
        if missing:
            tally.add(SKIPPED)
            tally.warnings.append(f"pairing {' - '.join(seed.city_names)}: no page for {missing}")
            continue
        members = [cities[name] for name in seed.city_names]
        programme = ctx.programmes[seed.programme]
        pairing = existing.get(_pairing_key(programme.pk, members))
        if pairing is not None:
            tally.add(_update_pairing(pairing, seed, members, ctx))
            continue
        try:
            pairing = create_pairing(
                programme=programme,
                members=[
                    Member(city=city, role=role)
                    for city, (_n, role) in zip(members, seed.members, strict=True)
                ],
                clusters=[ctx.clusters[slug] for slug in seed.clusters],
                name=seed.name,
                status=seed.status,
                start_date=seed.start_date,
                end_date=seed.end_date,
                is_illustrative=seed.is_illustrative,
                source_note=seed.source_note,
            )
        except PairingError as error:
            # Another pairing of the programme already joins two of these cities (for example
            # one an editor made): leave it alone and say so.
            tally.add(SKIPPED)
            tally.warnings.append(
                f"pairing {' - '.join(seed.city_names)}: {error.code}: {error.message}"
            )
            continue
        existing[_pairing_key(programme.pk, members)] = pairing
        tally.add(CREATED)
    return tally


# Spanish ------------------------------------------------------------------------------------


def seed_translations(ctx: DemoContext, language: str = "es") -> Tally:
    """Translate the home page, the core pages and every city into ``language``.

    ``copy_for_translation`` keeps the slug and translation key, so /cities/rosario/ becomes
    /es/cities/rosario/ (the home page's copy is a sibling of the English one, so its slug gets
    a language suffix; that slug never appears in URLs).
    """
    tally = Tally()
    locale = ctx.locales[language]
    english = _core_pages_in(ctx.home)
    missing = [key for key, *_rest in CORE_PAGES if key not in english]
    if missing:
        raise DemoSetupError(
            f"English pages {missing} are missing; the page tree step must run first."
        )

    # Copy top-down so that every parent exists in the locale before its children.
    home, home_created = ensure_translation(ctx.home, locale)
    translated = {}
    for key, _model, _slug, text in CORE_PAGES:
        page, status = translate_page(
            english[key], locale, _core_fields(key, text[language], language)
        )
        translated[key] = page
        tally.add(status)
    home_fields = _home_fields(language, translated["cities"], translated["pairings"])
    if home_created:
        _assign(home, home_fields, {})
        publish(home, overwrite=home.latest_revision)
        tally.add(CREATED)
    else:
        tally.add(update_page(home, home_fields))

    cities = english_cities(ctx)
    keys = [city.translation_key for city in cities.values()]
    translations = {
        page.translation_key: page
        for page in CityPage.objects.filter(locale=locale, translation_key__in=keys)
    }
    titles = _titles(ctx, language)
    for seed in ctx.cities:
        source = cities.get(seed.name)
        if source is None:
            tally.add(SKIPPED)
            continue
        fields = _city_fields(seed, ctx, language, titles)
        m2m = _city_m2m(seed, ctx)
        page = translations.get(source.translation_key)
        if page is not None and not page.alias_of_id:
            tally.add(update_page(page, fields, m2m))
        else:
            _page, status = translate_page(source, locale, fields, m2m)
            tally.add(status)
    return tally


# Branding -----------------------------------------------------------------------------------


def seed_branding(ctx: DemoContext) -> Tally:
    tally = Tally()
    created = not BrandingSettings.objects.filter(site=ctx.site).exists()
    branding = BrandingSettings.for_site(ctx.site)
    changed = [name for name, value in content.BRANDING.items() if getattr(branding, name) != value]
    for name in changed:
        setattr(branding, name, content.BRANDING[name])
    if changed:
        branding.full_clean()
        branding.save()
    tally.add(CREATED if created else UPDATED if changed else UNCHANGED)
    return tally
