"""Listings of the knowledge library: /case-studies/ and /best-practices/, and the short lists
that cluster hubs and city profiles show.

Filtering, counting and chips come from academy.filters, so unknown values are ignored and each
option's count applies every other filter. A best practice has no place or status of its own:
its city, country and region filters match the cities that adopted it or where a case study
showing it is located, and its status filter matches the status of those case studies.
"""

from collections import defaultdict
from collections.abc import Callable, Iterable

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db.models import Count, F, IntegerField, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page

from django_countries import countries

from academy.filters import FacetSpec, filter_listing, querystring
from academy.models import CityPage
from academy.selectors import cluster_facet, count_by, localized_cities, programme_facet
from academy.taxonomy import WorldRegion
from casestudies.models import (
    BestPracticeAdoption,
    BestPracticeCaseStudy,
    BestPracticeIndexPage,
    BestPracticePage,
    BestPracticeTag,
    CaseStudyIndexPage,
    CaseStudyPage,
    CaseStudyTag,
)
from casestudies.vocabulary import SDG_NAMES, Status

PER_PAGE = 20
# The tag facet offers the most used tags; more would bury the other filters.
TAG_OPTIONS = 20
# Cards on a cluster hub or a city profile before the "see all" link.
SHORT_LIST = 6
DEFAULT_SORT = "title"

CASE_STUDY_SORTS = {
    "title": _("Title"),
    "newest": _("Newest"),
    "start-year": _("Start year, latest first"),
}
BEST_PRACTICE_SORTS = {
    "title": _("Title"),
    "newest": _("Newest"),
    "most-adopted": _("Most adopted"),
}


# Visibility ---------------------------------------------------------------------------------


def private_pages_q() -> Q:
    """Pages under a view restriction, as one Q (one query), reusable on any page queryset.

    ``PageQuerySet.public()`` reads the restrictions at every call; a listing filters three
    page types and would pay for it three times.
    """
    return Page.objects.all().private_q()


def visible(queryset: QuerySet, private: Q) -> QuerySet:
    return queryset.live().exclude(private)


# Cards --------------------------------------------------------------------------------------


def case_studies_for_cards(queryset: QuerySet[CaseStudyPage]) -> QuerySet[CaseStudyPage]:
    """Case studies with what a card shows fetched up front: city, programme, clusters, SDGs."""
    return queryset.select_related("city", "programme").prefetch_related("clusters", "sdgs")


def _distinct_count(related: QuerySet, field: str) -> Coalesce:
    """Per page, the number of distinct ``field`` among ``related`` rows (a subquery, so two
    counts on one card do not multiply each other's rows)."""
    counted = (
        related.filter(page=OuterRef("pk"))
        .order_by()
        .values("page")
        .annotate(n=Count(field, distinct=True))
        .values("n")[:1]
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


def best_practices_for_cards(
    queryset: QuerySet[BestPracticePage], private: Q | None = None
) -> QuerySet[BestPracticePage]:
    """Best practices with their card's data: programme, clusters, SDGs, and the numbers of
    visible case studies and adopting cities (a city's translations count once)."""
    private = private_pages_q() if private is None else private
    shown_in = BestPracticeCaseStudy.objects.filter(
        case_study__in=visible(CaseStudyPage.objects.all(), private).values("pk")
    )
    return (
        queryset.select_related("programme")
        .prefetch_related("clusters", "sdgs")
        .annotate(
            case_study_count=_distinct_count(shown_in, "case_study__translation_key"),
            adoption_count=_distinct_count(
                BestPracticeAdoption.objects.all(), "city__translation_key"
            ),
        )
    )


def localize_card_cities(case_studies: Iterable[CaseStudyPage], locale: Locale) -> list:
    """Set ``listing_city`` on each case study: its city's page in ``locale`` where one is live,
    so a Spanish listing names cities as the Spanish city pages do. One query."""
    case_studies = list(case_studies)
    localized = localized_cities([cs.city for cs in case_studies if cs.city_id], locale)
    for case_study in case_studies:
        if case_study.city_id:
            case_study.listing_city = localized[case_study.city.translation_key]
    return case_studies


# Facets -------------------------------------------------------------------------------------


def _tag_choices(through, pages: QuerySet) -> dict[str, str]:
    """Tags used on ``pages``, most used first, read through the listing's own tag model (never
    the global Tag table, which also holds the other library's tags)."""
    rows = (
        through.objects.filter(content_object__in=pages.values("pk"))
        .order_by()
        .values("tag__slug", "tag__name")
        .annotate(n=Count("content_object", distinct=True))
        .order_by("-n", "tag__name")
    )
    return {row["tag__slug"]: row["tag__name"] for row in rows}


class Places:
    """The cities a listing's pages point to, named and slugged in the listing's locale.

    A city filter value is the slug of the city page in that locale (or of another live
    translation where it has none), and matches every translation of the city.
    """

    def __init__(self, translation_keys: QuerySet, locale: Locale):
        rows = (
            CityPage.objects.filter(translation_key__in=translation_keys)
            .order_by("pk")
            .values("translation_key", "slug", "title", "locale_id", "country", "live")
        )
        chosen: dict = {}
        present_countries = set()
        for row in rows:
            if row["country"]:
                present_countries.add(str(row["country"]))
            if not row["live"]:
                continue
            current = chosen.get(row["translation_key"])
            if current is None or (
                row["locale_id"] == locale.pk and current["locale_id"] != locale.pk
            ):
                chosen[row["translation_key"]] = row
        self.keys_by_slug: dict[str, list] = defaultdict(list)
        titles = {}
        for key, row in chosen.items():
            self.keys_by_slug[row["slug"]].append(key)
            titles.setdefault(row["slug"], row["title"])
        self.cities = dict(sorted(titles.items(), key=lambda item: item[1].casefold()))
        self.countries = {
            code: countries.name(code)
            for code in sorted(present_countries, key=lambda code: countries.name(code))
        }

    def slug_counts(self, counts_by_key: dict[str, int]) -> dict[str, int]:
        """Counts per translation key (as text) summed per city slug (the keys of one slug
        never count the same page twice: a case study has one city)."""
        return {
            slug: sum(counts_by_key.get(str(key), 0) for key in keys)
            for slug, keys in self.keys_by_slug.items()
        }


def _common_specs(tag_model, pages: QuerySet) -> tuple[list[FacetSpec], list[FacetSpec]]:
    """Specs every library listing shares: (cluster, tag) and (programme, SDG)."""
    sdg_labels = {str(number): f"{number}. {name}" for number, name in SDG_NAMES.items()}
    head = [
        cluster_facet(),
        FacetSpec(
            "tag",
            _("Tag"),
            _tag_choices(tag_model, pages),
            lambda v: Q(tagged_items__tag__slug=v),
            count_by("tagged_items__tag__slug"),
        ),
    ]
    tail = [
        programme_facet(),
        FacetSpec(
            "sdg",
            _("Sustainable Development Goal"),
            sdg_labels,
            lambda v: Q(sdgs__number=int(v)),
            count_by("sdgs__number"),
        ),
    ]
    return head, tail


def case_study_facet_specs(pages: QuerySet[CaseStudyPage], locale: Locale) -> list[FacetSpec]:
    places = Places(pages.values("city__translation_key"), locale)
    head, tail = _common_specs(CaseStudyTag, pages)

    def count_cities(queryset):
        return places.slug_counts(count_by("city__translation_key")(queryset))

    place_specs = [
        FacetSpec(
            "city",
            _("City"),
            places.cities,
            lambda v: Q(city__translation_key__in=places.keys_by_slug[v]),
            count_cities,
        ),
        FacetSpec(
            "country",
            _("Country"),
            places.countries,
            lambda v: Q(city__country=v),
            count_by("city__country"),
        ),
        FacetSpec(
            "region",
            _("World region"),
            dict(WorldRegion.choices),
            lambda v: Q(city__region=v),
            count_by("city__region"),
        ),
    ]
    status = FacetSpec(
        "status", _("Status"), dict(Status.choices), lambda v: Q(status=v), count_by("status")
    )
    return [*head, *place_specs, *tail, status]


class PracticePlaces:
    """Where a best practice is found: the cities that adopted it, and the cities of the
    visible case studies that show it."""

    def __init__(self, private: Q):
        self.shown = BestPracticeCaseStudy.objects.filter(
            case_study__in=visible(CaseStudyPage.objects.all(), private).values("pk")
        )

    def q(self, city_field: str, values) -> Q:
        """Practices found in a city whose ``city_field`` is among ``values``."""
        adopted = BestPracticeAdoption.objects.filter(**{f"city__{city_field}__in": values})
        shown = self.shown.filter(**{f"case_study__city__{city_field}__in": values})
        return Q(pk__in=adopted.values("page")) | Q(pk__in=shown.values("page"))

    def pairs(self, queryset: QuerySet, city_field: str) -> set[tuple]:
        """(practice pk, city value) for every place the practices are found: one query, a
        UNION, so a practice adopted by and shown in the same city is counted once."""
        pages = queryset.order_by().values("pk")
        adopted = BestPracticeAdoption.objects.filter(page__in=pages).values_list(
            "page_id", f"city__{city_field}"
        )
        shown = self.shown.filter(page__in=pages).values_list(
            "page_id", f"case_study__city__{city_field}"
        )
        return set(adopted.order_by().union(shown.order_by()))

    def counter(self, city_field: str, option_for: Callable = str):
        def count(queryset: QuerySet) -> dict[str, int]:
            pages = defaultdict(set)
            for page_id, value in self.pairs(queryset, city_field):
                if value not in (None, ""):
                    for option in option_for(value):
                        pages[option].add(page_id)
            return {option: len(ids) for option, ids in pages.items()}

        return count


def best_practice_facet_specs(
    pages: QuerySet[BestPracticePage], locale: Locale, private: Q
) -> list[FacetSpec]:
    found = PracticePlaces(private)
    page_ids = pages.order_by().values("pk")
    adopted_in = BestPracticeAdoption.objects.filter(page__in=page_ids).order_by()
    shown_in = found.shown.filter(page__in=page_ids).order_by()
    keys = adopted_in.values("city__translation_key").union(
        shown_in.values("case_study__city__translation_key")
    )
    places = Places(keys, locale)
    slugs_by_key = {key: slug for slug, keys in places.keys_by_slug.items() for key in keys}
    head, tail = _common_specs(BestPracticeTag, pages)

    def count_status(queryset):
        rows = (
            found.shown.filter(page__in=queryset.order_by().values("pk"))
            .order_by()
            .values("case_study__status")
            .annotate(n=Count("page", distinct=True))
            .values_list("case_study__status", "n")
        )
        return {value: n for value, n in rows if value}

    place_specs = [
        FacetSpec(
            "city",
            _("City"),
            places.cities,
            lambda v: found.q("translation_key", places.keys_by_slug[v]),
            found.counter(
                "translation_key",
                lambda key: [slugs_by_key[key]] if key in slugs_by_key else [],
            ),
        ),
        FacetSpec(
            "country",
            _("Country"),
            places.countries,
            lambda v: found.q("country", [v]),
            found.counter("country", lambda code: [str(code)]),
        ),
        FacetSpec(
            "region",
            _("World region"),
            dict(WorldRegion.choices),
            lambda v: found.q("region", [v]),
            found.counter("region", lambda region: [region]),
        ),
    ]
    status = FacetSpec(
        "status",
        _("Status of its case studies"),
        dict(Status.choices),
        lambda v: Q(pk__in=found.shown.filter(case_study__status=v).values("page")),
        count_status,
    )
    return [*head, *place_specs, *tail, status]


def _cap_tag_options(listing) -> None:
    """Offer the most used tags of the filtered listing, and always the selected ones."""
    for facet in listing.facets:
        if facet.name == "tag":
            ranked = sorted(facet.options, key=lambda o: (not o.selected, -o.count))
            kept = {id(o) for o in ranked if o.selected} | {id(o) for o in ranked[:TAG_OPTIONS]}
            facet.options = sorted(
                (o for o in facet.options if id(o) in kept), key=lambda o: -o.count
            )


# Listings -----------------------------------------------------------------------------------


def _sort(params, sorts: dict) -> str:
    value = params.get("sort")
    return value if value in sorts else DEFAULT_SORT


def _page_number(params) -> int:
    """The requested page; junk and numbers below 1 give the first page (the paginator gives
    the last page for numbers past the end)."""
    try:
        number = int(params.get("page") or 1)
    except (TypeError, ValueError):
        return 1
    return max(number, 1)


def _paginate(queryset: QuerySet, params):
    paginator = Paginator(queryset, PER_PAGE)
    return paginator, paginator.get_page(_page_number(params))


def _listing_context(listing, paginator, sort: str, sorts: dict) -> dict:
    keep = {"sort": sort} if sort != DEFAULT_SORT else {}
    return {
        "listing": listing,
        "paginator": paginator,
        "filter_query": querystring(listing.selection, **keep),
        "total_count": paginator.count,
        "sort": sort,
        "sorts": sorts,
    }


def case_study_listing(*, index_page, params) -> dict:
    """The live, public case studies under ``index_page``: filtered, counted, sorted, paginated."""
    locale = index_page.locale
    pages = visible(CaseStudyPage.objects.child_of(index_page), private_pages_q())
    sort = _sort(params, CASE_STUDY_SORTS)
    keep = {"sort": sort} if sort != DEFAULT_SORT else {}
    listing = filter_listing(pages, params, case_study_facet_specs(pages, locale), keep=keep)
    _cap_tag_options(listing)
    ordering = {
        "title": ["title", "pk"],
        "newest": ["-first_published_at", "title", "pk"],
        "start-year": [F("start_year").desc(nulls_last=True), "title", "pk"],
    }[sort]
    paginator, page = _paginate(
        case_studies_for_cards(listing.queryset).order_by(*ordering), params
    )
    page.object_list = localize_card_cities(page.object_list, locale)
    return {
        **_listing_context(listing, paginator, sort, CASE_STUDY_SORTS),
        "case_studies": page,
    }


def best_practice_listing(*, index_page, params) -> dict:
    """The live, public best practices under ``index_page``: filtered, counted, sorted,
    paginated, each with its numbers of case studies and adopting cities."""
    private = private_pages_q()
    pages = visible(BestPracticePage.objects.child_of(index_page), private)
    sort = _sort(params, BEST_PRACTICE_SORTS)
    keep = {"sort": sort} if sort != DEFAULT_SORT else {}
    specs = best_practice_facet_specs(pages, index_page.locale, private)
    listing = filter_listing(pages, params, specs, keep=keep)
    _cap_tag_options(listing)
    ordering = {
        "title": ["title", "pk"],
        "newest": ["-first_published_at", "title", "pk"],
        "most-adopted": ["-adoption_count", "title", "pk"],
    }[sort]
    paginator, page = _paginate(
        best_practices_for_cards(listing.queryset, private).order_by(*ordering), params
    )
    return {
        **_listing_context(listing, paginator, sort, BEST_PRACTICE_SORTS),
        "best_practices": page,
    }


# Short lists for cluster hubs and city profiles ---------------------------------------------


def library_indexes(locale: Locale, private: Q) -> dict:
    """The live case study and best practice libraries, in ``locale`` where it has them, else
    in another language (so a "see all" link still leads somewhere), else None."""
    types = ContentType.objects.get_for_models(CaseStudyIndexPage, BestPracticeIndexPage)
    found = {CaseStudyIndexPage: None, BestPracticeIndexPage: None}
    by_type = {ct.pk: model for model, ct in types.items()}
    rows = visible(Page.objects.filter(content_type__in=list(by_type)), private).order_by("pk")
    for page in rows:
        model = by_type[page.content_type_id]
        current = found[model]
        if current is None or (page.locale_id == locale.pk and current.locale_id != locale.pk):
            found[model] = page
    return {
        "case_study_index": found[CaseStudyIndexPage],
        "best_practice_index": found[BestPracticeIndexPage],
    }


def _see_all(index, **params) -> str:
    if index is None:
        return ""
    return f"{index.url}?{querystring({}, **params)}"


def cluster_library(*, cluster, locale: Locale) -> dict:
    """A cluster hub's case studies and best practices (the newest few), their totals, and
    links to each library filtered to the cluster."""
    private = private_pages_q()
    indexes = library_indexes(locale, private)
    case_studies = visible(CaseStudyPage.objects.filter(locale=locale, clusters=cluster), private)
    practices = visible(BestPracticePage.objects.filter(locale=locale, clusters=cluster), private)
    newest = ["-first_published_at", "pk"]
    return {
        "cluster_case_studies": localize_card_cities(
            case_studies_for_cards(case_studies).order_by(*newest)[:SHORT_LIST], locale
        ),
        "cluster_case_study_count": case_studies.count(),
        "cluster_best_practices": list(
            best_practices_for_cards(practices, private).order_by(*newest)[:SHORT_LIST]
        ),
        "cluster_best_practice_count": practices.count(),
        "case_studies_url": _see_all(indexes["case_study_index"], cluster=cluster.slug),
        "best_practices_url": _see_all(indexes["best_practice_index"], cluster=cluster.slug),
    }


def city_library(city: CityPage) -> dict:
    """A city profile's case studies (located in any translation of the city) and the best
    practices it adopted, with the year, in the city page's language."""
    locale = city.locale
    private = private_pages_q()
    indexes = library_indexes(locale, private)
    key = city.translation_key
    case_studies = visible(
        CaseStudyPage.objects.filter(locale=locale, city__translation_key=key), private
    )
    adoptions = BestPracticeAdoption.objects.filter(page=OuterRef("pk"), city__translation_key=key)
    practices = (
        visible(BestPracticePage.objects.filter(locale=locale), private)
        .filter(
            pk__in=BestPracticeAdoption.objects.filter(city__translation_key=key).values("page")
        )
        .annotate(
            adopted_year=Subquery(
                adoptions.order_by(F("year").desc(nulls_last=True)).values("year")[:1]
            ),
            adoption_note=Subquery(adoptions.order_by("pk").values("note")[:1]),
        )
    )
    shown = list(
        case_studies_for_cards(case_studies).order_by("-first_published_at", "pk")[:SHORT_LIST]
    )
    for case_study in shown:
        case_study.listing_city = city
    return {
        "city_case_studies": shown,
        "city_case_study_count": case_studies.count(),
        "city_best_practices": list(
            best_practices_for_cards(practices, private).order_by(
                F("adopted_year").desc(nulls_last=True), "title"
            )
        ),
        "case_studies_url": _see_all(indexes["case_study_index"], city=city.slug),
        "best_practices_url": _see_all(indexes["best_practice_index"], city=city.slug),
    }
