"""Reads for the academy app: noun-first, with their related rows fetched up front."""

from collections.abc import Callable, Iterable

from django.core.paginator import Paginator
from django.db.models import Case, Count, IntegerField, Prefetch, Q, QuerySet, Value, When
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from django_countries import countries

from academy.filters import FacetSpec, filter_listing, querystring
from academy.models import (
    CityPage,
    Pairing,
    PairingMember,
    Programme,
    ThematicCluster,
)
from academy.taxonomy import LARGE_CITY_LIMIT, SMALL_CITY_LIMIT, SizeBand, WorldRegion, size_band_q

CITIES_PER_PAGE = 24
MAP_WIDTH = 1000
MAP_HEIGHT = 500


# Vocabularies -------------------------------------------------------------------------------


def programmes() -> QuerySet[Programme]:
    return Programme.objects.all()


def clusters() -> QuerySet[ThematicCluster]:
    return ThematicCluster.objects.all()


# Cities -------------------------------------------------------------------------------------


def cities_in(locale: Locale) -> QuerySet[CityPage]:
    """Live, public cities of one locale."""
    return CityPage.objects.live().public().filter(locale=locale)


def count_by(field: str) -> Callable[[QuerySet], dict[str, int]]:
    """A facet counter: rows of a queryset per value of ``field`` (each row counted once)."""

    def count(queryset: QuerySet) -> dict[str, int]:
        rows = (
            queryset.order_by()
            .values(field)
            .annotate(n=Count("pk", distinct=True))
            .values_list(field, "n")
        )
        return {str(value): n for value, n in rows if value not in (None, "")}

    return count


def cluster_facet(path: str = "clusters__slug", count=None) -> FacetSpec:
    """The thematic cluster filter of a listing whose rows reach a cluster slug by ``path``."""
    return FacetSpec(
        "cluster",
        _("Thematic cluster"),
        {c.slug: c.display_name for c in clusters()},
        lambda v: Q(**{path: v}),
        count or count_by(path),
    )


def programme_facet(path: str = "programme__slug", count=None) -> FacetSpec:
    """The programme filter of a listing whose rows reach a programme slug by ``path``."""
    return FacetSpec(
        "programme",
        _("Programme"),
        {p.slug: p.display_name for p in programmes()},
        lambda v: Q(**{path: v}),
        count or count_by(path),
    )


def _count_size_bands(queryset: QuerySet) -> dict[str, int]:
    return queryset.order_by().aggregate(
        small=Count("pk", filter=Q(population__lt=SMALL_CITY_LIMIT)),
        medium=Count(
            "pk",
            filter=Q(population__gte=SMALL_CITY_LIMIT, population__lte=LARGE_CITY_LIMIT),
        ),
        large=Count("pk", filter=Q(population__gt=LARGE_CITY_LIMIT)),
    )


def city_facet_specs(base: QuerySet[CityPage]) -> list[FacetSpec]:
    present_countries = sorted(
        {str(code) for code in base.order_by().values_list("country", flat=True).distinct()},
        key=lambda code: countries.name(code),
    )
    return [
        FacetSpec(
            "region",
            _("World region"),
            dict(WorldRegion.choices),
            lambda v: Q(region=v),
            count_by("region"),
        ),
        FacetSpec(
            "country",
            _("Country"),
            {code: countries.name(code) for code in present_countries},
            lambda v: Q(country=v),
            count_by("country"),
        ),
        programme_facet("programmes__slug"),
        cluster_facet(),
        FacetSpec("size", _("City size"), dict(SizeBand.choices), size_band_q, _count_size_bands),
    ]


def map_points(cities: Iterable[CityPage]) -> dict:
    """Cities placed on an equirectangular map 1000x500, with a viewBox framing them."""
    points = []
    for city in cities:
        x = (float(city.longitude) + 180) / 360 * MAP_WIDTH
        y = (90 - float(city.latitude)) / 180 * MAP_HEIGHT
        points.append({"city": city, "x": round(x, 1), "y": round(y, 1)})
    if points:
        xs = [p["x"] for p in points]
        ys = [p["y"] for p in points]
        pad = 25
        left, right = max(min(xs) - pad, 0), min(max(xs) + pad, MAP_WIDTH)
        top, bottom = max(min(ys) - pad, 0), min(max(ys) + pad, MAP_HEIGHT)
        width, height = max(right - left, 240), max(bottom - top, 135)
        # Keep a 16:9 frame so the map does not jump between filters.
        if width / height > 16 / 9:
            height = width * 9 / 16
        else:
            width = height * 16 / 9
        centre_x, centre_y = (left + right) / 2, (top + bottom) / 2
        left = min(max(centre_x - width / 2, 0), MAP_WIDTH - min(width, MAP_WIDTH))
        top = min(max(centre_y - height / 2, 0), MAP_HEIGHT - min(height, MAP_HEIGHT))
        view_box = f"{left:.0f} {top:.0f} {min(width, MAP_WIDTH):.0f} {min(height, MAP_HEIGHT):.0f}"
    else:
        view_box = f"0 0 {MAP_WIDTH} {MAP_HEIGHT}"
    return {"points": points, "view_box": view_box}


def city_directory(*, index_page, params) -> dict:
    """Filtered, counted and paginated cities under ``index_page``, and their map."""
    base = CityPage.objects.live().public().child_of(index_page)
    listing = filter_listing(base, params, city_facet_specs(base))
    results = listing.queryset.order_by("title").prefetch_related("programmes", "clusters")
    paginator = Paginator(results, CITIES_PER_PAGE)
    page = paginator.get_page(params.get("page"))
    map_cities = listing.queryset.order_by("title")
    return {
        "listing": listing,
        "cities": page,
        "paginator": paginator,
        "filter_query": querystring(listing.selection),
        "map": map_points(map_cities),
        "total_count": paginator.count,
    }


def localized_cities(cities: Iterable[CityPage], locale: Locale) -> dict[object, CityPage]:
    """Map each city's translation key to its live page in ``locale`` (or to itself)."""
    cities = list(cities)
    by_key = {city.translation_key: city for city in cities}
    for page in CityPage.objects.live().filter(translation_key__in=list(by_key), locale=locale):
        by_key[page.translation_key] = page
    return by_key


def _with_members(queryset: QuerySet[Pairing]) -> QuerySet[Pairing]:
    return (
        queryset.select_related("programme")
        .prefetch_related(
            Prefetch(
                "members",
                # The lead city first (the anchor of a multi-pairing), then the editor's order.
                queryset=PairingMember.objects.select_related("city")
                .annotate(
                    lead_first=Case(
                        When(role=PairingMember.Role.LEAD, then=Value(0)),
                        default=Value(1),
                        output_field=IntegerField(),
                    )
                )
                .order_by("lead_first", "sort_order"),
            ),
            "clusters",
        )
        .order_by("programme__sort_order", "pk")
    )


def present_pairings(pairings: Iterable[Pairing], locale: Locale) -> list[dict]:
    """Pairings with their member cities shown in ``locale`` where translated."""
    pairings = list(pairings)
    cities = [member.city for pairing in pairings for member in pairing.members.all()]
    localized = localized_cities(cities, locale)
    presented = []
    for pairing in pairings:
        members = [
            {"city": localized[m.city.translation_key], "role": m.role, "member": m}
            for m in pairing.members.all()
        ]
        presented.append(
            {
                "pairing": pairing,
                "members": members,
                "title": pairing.name or " – ".join(m["city"].title for m in members),
                "is_multi": len(members) > 2,
            }
        )
    return presented


def pairings_for_city(city: CityPage) -> QuerySet[Pairing]:
    return _with_members(
        Pairing.objects.filter(members__city__translation_key=city.translation_key).distinct()
    )


def city_profile(city: CityPage) -> dict:
    locale = city.locale
    pairings = present_pairings(pairings_for_city(city), locale)
    partners = []
    seen = {city.translation_key}
    for item in pairings:
        for member in item["members"]:
            key = member["city"].translation_key
            if key not in seen:
                seen.add(key)
                partners.append({"city": member["city"], "programme": item["pairing"].programme})
    from casestudies.listings import city_library

    return {
        "pairings": pairings,
        "partners": partners,
        "city_programmes": list(city.programmes.all()),
        "city_clusters": list(city.clusters.all()),
        "map": map_points([city] + [p["city"] for p in partners]),
        # Case studies located in the city and the best practices it adopted, in its language.
        **city_library(city),
    }


# Pairings -----------------------------------------------------------------------------------


def pairing_directory(*, params, locale: Locale | None = None) -> dict:
    locale = locale or Locale.get_active()
    base = Pairing.objects.all()
    specs = [
        programme_facet(),
        cluster_facet(),
        FacetSpec(
            "status",
            _("Status"),
            dict(Pairing.Status.choices),
            lambda v: Q(status=v),
            count_by("status"),
        ),
    ]
    listing = filter_listing(base, params, specs)
    presented = present_pairings(_with_members(listing.queryset.distinct()), locale)
    groups: list[dict] = []
    for item in presented:
        programme = item["pairing"].programme
        if not groups or groups[-1]["programme"] != programme:
            groups.append({"programme": programme, "pairings": []})
        groups[-1]["pairings"].append(item)
    return {"listing": listing, "groups": groups, "total_count": len(presented)}


# Clusters -----------------------------------------------------------------------------------


def cluster_overview(index_page) -> list[dict]:
    """Every cluster with the number of cities and pairings working on it."""
    city_counts = dict(
        CityPage.objects.live()
        .public()
        .filter(locale=index_page.locale)
        .order_by()
        .values("clusters")
        .annotate(n=Count("pk"))
        .values_list("clusters", "n")
    )
    pairing_counts = dict(
        Pairing.objects.order_by()
        .values("clusters")
        .annotate(n=Count("pk"))
        .values_list("clusters", "n")
    )
    return [
        {
            "cluster": cluster,
            "city_count": city_counts.get(cluster.pk, 0),
            "pairing_count": pairing_counts.get(cluster.pk, 0),
        }
        for cluster in clusters()
    ]


def cluster_hub(*, index_page, slug: str) -> dict | None:
    cluster = ThematicCluster.objects.filter(slug=slug).first()
    if cluster is None:
        return None
    cities = list(
        cities_in(index_page.locale)
        .filter(clusters=cluster)
        .prefetch_related("programmes", "clusters")
        .order_by("title")
    )
    pairings = present_pairings(
        _with_members(Pairing.objects.filter(clusters=cluster)), index_page.locale
    )
    from casestudies.listings import cluster_library

    return {
        "cluster": cluster,
        "cluster_cities": cities,
        "cluster_pairings": pairings,
        "map": map_points(cities),
        "other_clusters": clusters().exclude(pk=cluster.pk),
        # The newest case studies and best practices on the theme, and links to all of them.
        **cluster_library(cluster=cluster, locale=index_page.locale),
    }


# Home ---------------------------------------------------------------------------------------


def home_sections(home) -> dict:
    from academy.models import CityIndexPage, ClusterIndexPage, PairingIndexPage

    locale = home.locale
    city_qs = cities_in(locale)
    pairings = present_pairings(_with_members(Pairing.objects.all())[:3], locale)
    children = home.get_children().live().public().specific()
    return {
        "clusters": list(clusters()),
        "programmes": list(programmes()),
        "city_count": city_qs.count(),
        "country_count": city_qs.order_by().values("country").distinct().count(),
        "pairing_count": Pairing.objects.count(),
        "featured_pairings": pairings,
        "map": map_points(city_qs.order_by("title")),
        "city_index": next((p for p in children if isinstance(p, CityIndexPage)), None),
        "cluster_index": next((p for p in children if isinstance(p, ClusterIndexPage)), None),
        "pairing_index": next((p for p in children if isinstance(p, PairingIndexPage)), None),
    }
