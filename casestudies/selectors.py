"""Reads for the knowledge library's detail pages: a case study and a best practice.

A page is read in a fixed number of queries whatever its size: one query per child relation
(indicators, sources, partners...), related case studies scored in Python from a few narrow
queries, and the lessons that teach a case study found through Wagtail's reference index. The
query budget tests in tests/casestudies/test_pages.py and tests/courses/test_case_study_block.py
hold this.
"""

import math
from dataclasses import dataclass, field
from decimal import Decimal

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, IntegerField, Q, QuerySet
from django.db.models.functions import Cast
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page, ReferenceIndex

from academy.sanitize import rich_text_to_text
from academy.selectors import localized_cities, map_points
from casestudies.listings import (
    best_practices_for_cards,
    case_studies_for_cards,
    localize_card_cities,
    private_pages_q,
    visible,
)
from casestudies.models import (
    BestPracticeIndexPage,
    BestPracticePage,
    CaseStudyIndexPage,
    CaseStudyPage,
    CaseStudyTag,
)
from casestudies.vocabulary import LICENCE_URLS

STEPLEN = Page.steplen

# The story of a case study, in reading order: (field, heading, anchor).
STORY_SECTIONS = (
    ("challenge", _("The challenge"), "challenge"),
    ("objectives", _("Objectives"), "objectives"),
    ("solution", _("What the city did"), "solution"),
    ("results", _("Results"), "results"),
    ("lessons_learned", _("Lessons learned"), "lessons-learned"),
    ("transferability", _("Transferability: what another city needs"), "transferability"),
)

RELATED_LIMIT = 4
# A shared cluster says more about relevance than a shared tag; a city nearby adds up to
# NEARBY_WEIGHT, falling to nothing at NEARBY_KM (roughly a region: Rosario to Montevideo is
# 500 km, Baltimore to Chattanooga 850 km).
CLUSTER_WEIGHT = 2.0
TAG_WEIGHT = 1.0
NEARBY_WEIGHT = 2.0
NEARBY_KM = 1500.0
EARTH_RADIUS_KM = 6371.0

# Where a lesson's case study card keeps its page reference (LessonPage.body, block
# "case_study", child "case_study"), as Wagtail's reference index records it.
LESSON_CARD_MODEL_PATH = "body.case_study.case_study"


# Shared helpers ------------------------------------------------------------------------------


def has_content(rich_text: str) -> bool:
    """True when a rich text field says something (an empty editor leaves ``<p></p>``)."""
    if not rich_text:
        return False
    return bool(rich_text_to_text(rich_text).strip()) or "<embed" in rich_text


def haversine_km(lat1, lon1, lat2, lon2) -> float:
    """Great-circle distance between two points, in kilometres."""
    phi1, phi2 = math.radians(float(lat1)), math.radians(float(lat2))
    d_phi = phi2 - phi1
    d_lambda = math.radians(float(lon2) - float(lon1))
    a = math.sin(d_phi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def listing_page(page: Page, model) -> Page | None:
    """The page's parent as its specific class (the listing its tags and clusters link to)."""
    return model.objects.filter(path=page.path[:-STEPLEN]).first()


def pick_versions(pages: list[Page], *, locale_id: int, chosen_ids: dict) -> dict:
    """For each translation key, the version to show: the one in ``locale_id`` where there is
    one, otherwise the page the editor chose (``chosen_ids[key]``), if it is among ``pages``."""
    by_key: dict = {}
    for candidate in pages:
        key = candidate.translation_key
        in_locale = candidate.locale_id == locale_id
        if in_locale or (key not in by_key and candidate.pk == chosen_ids.get(key)):
            by_key[key] = candidate
    return by_key


def licence_link(licence: str) -> str:
    return LICENCE_URLS.get(licence, "")


# Outcome indicators -------------------------------------------------------------------------


@dataclass
class IndicatorRow:
    """An outcome indicator with how far it went from its baseline towards its target."""

    indicator: object
    progress: int | None = None

    @property
    def bar_width(self) -> int:
        return max(0, min(self.progress or 0, 100))

    @property
    def reached(self) -> bool:
        return self.progress is not None and self.progress >= 100

    @property
    def moved_away(self) -> bool:
        return self.progress is not None and self.progress < 0


def progress_towards_target(baseline, target, achieved) -> int | None:
    """Percent of the way from ``baseline`` to ``target`` that ``achieved`` got.

    Works for targets below the baseline too (cutting emissions from 100 to 60 and reaching 70
    is 75%). None when a value is missing or the target equals the baseline.
    """
    if baseline is None or target is None or achieved is None or target == baseline:
        return None
    share = (Decimal(achieved) - Decimal(baseline)) / (Decimal(target) - Decimal(baseline))
    return int((share * 100).to_integral_value())


def indicator_rows(indicators) -> list[IndicatorRow]:
    return [
        IndicatorRow(
            indicator=indicator,
            progress=progress_towards_target(
                indicator.baseline, indicator.target, indicator.achieved
            ),
        )
        for indicator in indicators
    ]


# Related case studies -----------------------------------------------------------------------


@dataclass
class RelatedCase:
    """A related case study, with why it is related (shown to the reader)."""

    pk: int
    score: float
    shared_clusters: list = field(default_factory=list)
    shared_tags: list = field(default_factory=list)
    distance_km: float | None = None
    case_study: CaseStudyPage | None = None

    @property
    def same_city(self) -> bool:
        return self.distance_km is not None and self.distance_km < 1

    @property
    def nearby(self) -> bool:
        return self.distance_km is not None and self.distance_km < NEARBY_KM

    @property
    def rounded_km(self) -> int | None:
        if self.distance_km is None:
            return None
        step = 10 if self.distance_km < 1000 else 50
        return max(step, int(round(self.distance_km / step) * step))

    @property
    def reasons(self) -> list[str]:
        """Why the reader is shown this case, in words: "same cluster: Water resources"."""
        reasons = []
        if self.shared_clusters:
            names = ", ".join(cluster.display_name for cluster in self.shared_clusters)
            reasons.append(
                ngettext(
                    "same cluster: %(names)s", "same clusters: %(names)s", len(self.shared_clusters)
                )
                % {"names": names}
            )
        if self.shared_tags:
            names = ", ".join(tag.name for tag in self.shared_tags)
            reasons.append(
                ngettext("shared tag: %(names)s", "shared tags: %(names)s", len(self.shared_tags))
                % {"names": names}
            )
        if self.same_city:
            reasons.append(gettext("same city"))
        elif self.nearby:
            reasons.append(gettext("about %(km)s km away") % {"km": self.rounded_km})
        return reasons


def library_pages(model, locale_id: int, private: Q) -> QuerySet:
    """Live, public pages of ``model`` in one locale (``private``: from private_pages_q)."""
    return visible(model.objects.all(), private).filter(locale_id=locale_id)


def related_case_studies(
    page: CaseStudyPage, *, clusters, tags, city, private: Q
) -> list[RelatedCase]:
    """Up to RELATED_LIMIT case studies of the page's language that share clusters or tags
    with it, or come from a city nearby, best first.

    Candidates are scored from three narrow queries (their cities' coordinates, the shared
    cluster rows, the shared tag rows), then the winners are loaded in full: the cost does not
    grow with the size of the library beyond those row reads.
    """
    candidates = library_pages(CaseStudyPage, page.locale_id, private).exclude(pk=page.pk)
    coordinates = {
        pk: (lat, lon)
        for pk, lat, lon in candidates.values_list("pk", "city__latitude", "city__longitude")
    }
    if not coordinates:
        return []
    cluster_names = {cluster.pk: cluster for cluster in clusters}
    tag_names = {tag.pk: tag for tag in tags}
    shared_clusters: dict[int, list] = {}
    shared_tags: dict[int, list] = {}
    if cluster_names:
        through = CaseStudyPage.clusters.through
        for pk, cluster_id in through.objects.filter(
            thematiccluster_id__in=list(cluster_names), casestudypage_id__in=list(coordinates)
        ).values_list("casestudypage_id", "thematiccluster_id"):
            shared_clusters.setdefault(pk, []).append(cluster_names[cluster_id])
    if tag_names:
        for pk, tag_id in CaseStudyTag.objects.filter(
            tag_id__in=list(tag_names), content_object_id__in=list(coordinates)
        ).values_list("content_object_id", "tag_id"):
            shared_tags.setdefault(pk, []).append(tag_names[tag_id])

    scored: list[RelatedCase] = []
    for pk, (lat, lon) in coordinates.items():
        distance = None
        if city is not None and lat is not None and lon is not None:
            distance = haversine_km(city.latitude, city.longitude, lat, lon)
        score = CLUSTER_WEIGHT * len(shared_clusters.get(pk, [])) + TAG_WEIGHT * len(
            shared_tags.get(pk, [])
        )
        if distance is not None:
            score += NEARBY_WEIGHT * max(0.0, 1 - distance / NEARBY_KM)
        if score > 0:
            scored.append(
                RelatedCase(
                    pk=pk,
                    score=score,
                    shared_clusters=shared_clusters.get(pk, []),
                    shared_tags=shared_tags.get(pk, []),
                    distance_km=distance,
                )
            )
    scored.sort(
        key=lambda item: (-item.score, math.inf if item.distance_km is None else item.distance_km)
    )
    best = scored[:RELATED_LIMIT]
    if not best:
        return []
    pages = {
        case.pk: case
        for case in localize_card_cities(
            case_studies_for_cards(CaseStudyPage.objects.filter(pk__in=[item.pk for item in best])),
            page.locale,
        )
    }
    related = []
    for item in best:
        item.case_study = pages.get(item.pk)
        if item.case_study is not None:
            related.append(item)
    return related


# Lessons and practices that use a case study ------------------------------------------------


def lessons_teaching(page: CaseStudyPage, *, private: Q) -> list[dict]:
    """The live, public lessons (and their courses) that embed this case study, or one of its
    translations, through the lesson's case study block: one entry per lesson, in the case
    study's language where the lesson is translated.

    Read from Wagtail's reference index, which Wagtail keeps up to date as lessons are saved
    and published, in three queries whatever the number of lessons.
    """
    lesson_model = apps.get_model("courses", "LessonPage")
    course_model = apps.get_model("courses", "CoursePage")
    translation_ids = (
        CaseStudyPage.objects.filter(translation_key=page.translation_key)
        .annotate(id_text=Cast("pk", CharField()))
        .values("id_text")
    )
    lesson_ids = (
        ReferenceIndex.objects.filter(
            to_content_type=ContentType.objects.get_for_model(Page),
            to_object_id__in=translation_ids,
            content_type=ContentType.objects.get_for_model(lesson_model),
            model_path=LESSON_CARD_MODEL_PATH,
        )
        .annotate(lesson_id=Cast("object_id", IntegerField()))
        .values("lesson_id")
    )
    lessons = list(
        visible(lesson_model.objects.all(), private)
        .filter(pk__in=lesson_ids)
        .select_related("locale")
        .only(
            "id",
            "path",
            "depth",
            "title",
            "slug",
            "url_path",
            "live",
            "translation_key",
            "locale__language_code",
        )
        .order_by("path")
    )
    if not lessons:
        return []
    # A live lesson under an unpublished module or course is not taught: drop it.
    ancestor_paths = {
        lesson.path[: STEPLEN * depth] for lesson in lessons for depth in range(2, lesson.depth)
    }
    unpublished = list(
        Page.objects.filter(path__in=ancestor_paths, live=False).values_list("path", flat=True)
    )
    lessons = [
        lesson
        for lesson in lessons
        if not any(lesson.path.startswith(path) for path in unpublished)
    ]
    chosen: dict = {}
    for lesson in lessons:
        current = chosen.get(lesson.translation_key)
        if current is None or (
            lesson.locale_id == page.locale_id and current.locale_id != page.locale_id
        ):
            chosen[lesson.translation_key] = lesson
    courses = {
        course.path: course
        for course in course_model.objects.filter(
            path__in={lesson.path[: -2 * STEPLEN] for lesson in chosen.values()}
        ).only("id", "path", "depth", "title", "slug", "url_path", "live", "locale_id")
    }
    entries = [
        {"lesson": lesson, "course": courses.get(lesson.path[: -2 * STEPLEN])}
        for lesson in chosen.values()
    ]
    entries = [entry for entry in entries if entry["course"] is not None]
    entries.sort(key=lambda entry: (entry["course"].title.lower(), entry["lesson"].path))
    return entries


def practices_citing(page: CaseStudyPage, *, private: Q) -> list[BestPracticePage]:
    """Live, public best practices that cite this case study (in any of its languages), each
    in the case study's language where translated, ready for best_practice_card.html."""
    citing = list(
        visible(BestPracticePage.objects.all(), private)
        .filter(case_study_links__case_study__translation_key=page.translation_key)
        .order_by("pk")
        .values_list("pk", "translation_key")
        .distinct()
    )
    if not citing:
        return []
    local = dict(
        library_pages(BestPracticePage, page.locale_id, private)
        .filter(translation_key__in={key for _pk, key in citing})
        .values_list("translation_key", "pk")
    )
    chosen: dict = {}
    for pk, key in citing:
        chosen.setdefault(key, local.get(key, pk))
    return list(
        best_practices_for_cards(
            BestPracticePage.objects.filter(pk__in=list(chosen.values())), private
        ).order_by("title")
    )


# The case study card of a lesson -------------------------------------------------------------


def case_study_cards(chosen, *, language_code: str) -> dict[int, dict | None]:
    """What each case study chosen in a lesson shows, keyed by the chosen page's id:
    ``{"case_study", "city"}`` in the learner's language where a live translation exists,
    otherwise the chosen page itself; None when neither is live and public. Four queries for
    any number of cards."""
    chosen = [case for case in chosen if case is not None]
    if not chosen:
        return {}
    versions = list(
        CaseStudyPage.objects.live()
        .public()
        .filter(translation_key__in={case.translation_key for case in chosen})
        .filter(Q(locale__language_code=language_code) | Q(pk__in=[case.pk for case in chosen]))
        .select_related("city", "locale")
    )
    local = {
        version.translation_key: version
        for version in versions
        if version.locale.language_code == language_code
    }
    by_id = {version.pk: version for version in versions}
    picked = {case.pk: local.get(case.translation_key) or by_id.get(case.pk) for case in chosen}
    cities = [case.city for case in picked.values() if case is not None and case.city]
    locale = Locale.objects.filter(language_code=language_code).first() if cities else None
    localized = localized_cities(cities, locale) if locale is not None else {}
    cards: dict[int, dict | None] = {}
    for pk, case in picked.items():
        if case is None:
            cards[pk] = None
            continue
        city = localized.get(case.city.translation_key, case.city) if case.city else None
        cards[pk] = {"case_study": case, "city": city}
    return cards


# Case study page ----------------------------------------------------------------------------


def story_sections(page: CaseStudyPage) -> list[dict]:
    return [
        {"id": anchor, "title": title, "body": getattr(page, name)}
        for name, title, anchor in STORY_SECTIONS
        if has_content(getattr(page, name))
    ]


def table_of_contents(sections: list[dict], context: dict) -> list[dict]:
    """The in-page contents: the story's sections, then the other sections that have content."""
    entries = [{"id": section["id"], "title": section["title"]} for section in sections]
    optional = (
        ("indicators", "indicators", _("Outcome indicators")),
        ("gallery", "has_gallery", _("Gallery")),
        ("documents", "has_documents", _("Documents")),
        ("sources", "sources", _("Sources")),
        ("contacts", "contacts", _("Contacts")),
        ("taught-in", "taught_in", _("Taught in")),
        ("best-practices", "best_practices", _("Best practices")),
        ("related", "related", _("Related case studies")),
    )
    entries.extend(
        {"id": anchor, "title": title} for anchor, key, title in optional if context.get(key)
    )
    return entries


def case_study_detail(page: CaseStudyPage, *, request=None) -> dict:
    """Everything a case study page shows besides the page's own fields."""
    from casestudies.jsonld import case_study_jsonld

    clusters = list(page.clusters.all())
    tags = list(page.tags.order_by("name"))
    city = None
    if page.city_id is not None:
        city = localized_cities([page.city], page.locale).get(page.city.translation_key)
    sections = story_sections(page)
    listing = listing_page(page, CaseStudyIndexPage)
    private = private_pages_q()
    context = {
        "listing": listing,
        "listing_url": listing.get_url(request=request) if listing is not None else "",
        "city": city,
        "programme": page.programme,
        "page_clusters": clusters,
        "tags": tags,
        "sdgs": list(page.sdgs.all()),
        "story_sections": sections,
        "indicators": indicator_rows(page.indicators.all()),
        "funding_sources": list(page.funding_sources.all()),
        "partners": list(page.partners.all()),
        "contacts": list(page.contacts.all()),
        "sources": list(page.sources.all()),
        "has_gallery": bool(page.gallery),
        "has_documents": bool(page.documents),
        "licence_url": licence_link(page.licence),
        "map": map_points([city]) if city is not None else None,
        "related": related_case_studies(
            page, clusters=clusters, tags=tags, city=city, private=private
        ),
        "best_practices": practices_citing(page, private=private),
        "taught_in": lessons_teaching(page, private=private),
    }
    context["toc"] = table_of_contents(sections, context)
    context["jsonld"] = case_study_jsonld(page, detail=context, request=request)
    return context


# Best practice page -------------------------------------------------------------------------


def practice_case_studies(page: BestPracticePage, *, private: Q) -> list[dict]:
    """The case studies that show the practice: live and public only, each in the practice's
    language where translated, in the editor's order, with the editor's note, ready for
    case_study_card.html."""
    links = list(page.case_study_links.select_related("case_study").order_by("sort_order"))
    if not links:
        return []
    chosen_ids = {link.case_study.translation_key: link.case_study_id for link in links}
    versions = list(
        case_studies_for_cards(
            visible(CaseStudyPage.objects.all(), private).filter(
                translation_key__in=list(chosen_ids)
            )
        )
    )
    by_key = pick_versions(versions, locale_id=page.locale_id, chosen_ids=chosen_ids)
    localize_card_cities(by_key.values(), page.locale)
    items = []
    seen = set()
    for link in links:
        key = link.case_study.translation_key
        case = by_key.get(key)
        if case is None or key in seen:
            continue
        seen.add(key)
        items.append({"case_study": case, "note": link.note})
    return items


def practice_adoptions(page: BestPracticePage) -> list[dict]:
    """Cities that report taking the practice up, earliest first, in the page's language."""
    adoptions = [
        adoption
        for adoption in page.adoptions.select_related("city")
        if adoption.city is not None and adoption.city.live
    ]
    cities = localized_cities([adoption.city for adoption in adoptions], page.locale)
    items = [
        {
            "city": cities.get(adoption.city.translation_key, adoption.city),
            "year": adoption.year,
            "note": adoption.note,
        }
        for adoption in adoptions
    ]
    items.sort(key=lambda item: (item["year"] is None, item["year"] or 0, item["city"].title))
    return items


def practice_contents(page: BestPracticePage, context: dict) -> list[dict]:
    """The in-page contents of a best practice: only the sections that have content."""
    sections = (
        ("what", context["has_what"], _("What it is")),
        ("why", context["has_why"], _("Why it works")),
        ("steps", bool(page.steps), _("How, step by step")),
        ("enabling-conditions", context["has_enabling_conditions"], _("Enabling conditions")),
        ("pitfalls", context["has_pitfalls"], _("Pitfalls")),
        ("case-studies", bool(context["case_studies"]), _("Case studies")),
        ("adopted-by", bool(context["adoptions"]), _("Adopted by")),
    )
    return [{"id": anchor, "title": title} for anchor, shown, title in sections if shown]


def best_practice_detail(page: BestPracticePage, *, request=None) -> dict:
    """Everything a best practice page shows besides the page's own fields."""
    from casestudies.jsonld import best_practice_jsonld

    adoptions = practice_adoptions(page)
    listing = listing_page(page, BestPracticeIndexPage)
    context = {
        "listing": listing,
        "listing_url": listing.get_url(request=request) if listing is not None else "",
        "programme": page.programme,
        "page_clusters": list(page.clusters.all()),
        "tags": list(page.tags.order_by("name")),
        "sdgs": list(page.sdgs.all()),
        "has_what": has_content(page.what),
        "has_why": has_content(page.why),
        "has_enabling_conditions": has_content(page.enabling_conditions),
        "has_pitfalls": has_content(page.pitfalls),
        "case_studies": practice_case_studies(page, private=private_pages_q()),
        "adoptions": adoptions,
        "adoption_map": map_points([item["city"] for item in adoptions]) if adoptions else None,
    }
    context["toc"] = practice_contents(page, context)
    context["jsonld"] = best_practice_jsonld(page, detail=context, request=request)
    return context
