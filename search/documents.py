"""Pages as search documents: one function per page type, and which pages may be indexed.

Engines only ever see :class:`~search.engines.base.SearchDocument`; everything that knows
about pages is here. Adding a page type to search is one function decorated with
:func:`indexed`, naming what its document needs loaded so that a whole library of pages is read
in a fixed number of queries per chunk, never one per page.

Body text is read from the stored JSON of StreamFields (``raw_data``), not from block values:
turning a stream into values loads every image, document and page it points at, a query per
page; the raw JSON holds all the text there is. Each block type lists the parts it contributes,
so nothing is indexed by accident: quiz answers, which choice is correct, answer feedback and
explanations are never read.
"""

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Prefetch, Q, QuerySet, prefetch_related_objects
from django.utils import timezone, translation

from wagtail.models import Page

from academy.models import CityPage
from academy.sanitize import rich_text_to_text
from academy.taxonomy import region_for_country, size_band_for
from academy.translation import translated
from casestudies.models import BestPracticePage, CaseStudyPage
from core.localization import pick_version, shown_languages
from core.visibility import hidden_q, is_visible, visible
from courses.models import CoursePage, LessonPage
from search.engines.base import SearchDocument

# A document's body is cut here (at a word boundary). A lesson with several long transcripts
# is the longest text the Academy has, and it stays well under this; beyond it a page is
# almost certainly pasted data, which would swell the index and slow every snippet for no
# better match (BM25 weighs a word by its share of the text, not its count). It also keeps
# each body under Elasticsearch's default limit for highlighting (1,000,000 characters), past
# which a search that highlights the document fails.
MAX_BODY_CHARS = 100_000
# Pages read and prepared at a time: bounds memory and the size of each query's IN list.
CHUNK = 500
STEPLEN = Page.steplen


def document_key(page_id: int) -> str:
    """The engine key of a page's document, stable across re-indexing."""
    return f"page:{page_id}"


# -- the registry ------------------------------------------------------------------------------

Builder = Callable[[Page], SearchDocument | None]


@dataclass(frozen=True)
class IndexedType:
    """A page model whose pages are indexed, the function making their documents, and what
    that function reads (loaded for a chunk of pages at once).

    ``related`` names the many-to-many and child relations a builder reads; each is loaded into
    a list, read with :func:`related`. (A list rather than the relation's manager: Django makes
    a queryset per page to hold prefetched rows in a manager, a third of the indexing time.)
    """

    model: type[Page]
    build: Builder
    select_related: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    prepare: Callable[[list[Page]], None] | None = None

    def prefetches(self) -> list[Prefetch]:
        return [_prefetch(self.model, name) for name in self.related]

    def load_related(self, pages: list[Page]) -> None:
        """What the builder reads beyond the page row, for all ``pages`` at once."""
        prefetch_related_objects(pages, *self.prefetches())
        if self.prepare is not None:
            self.prepare(pages)

    def queryset(self) -> QuerySet:
        # Aliases are left out: an alias shows another page's content at a second address (in
        # another locale, usually still untranslated), which is indexed once, as the original.
        return (
            self.model.objects.live()
            .filter(alias_of__isnull=True)
            .select_related("locale", *self.select_related)
            .order_by("pk")
        )


INDEXED: dict[type[Page], IndexedType] = {}


def indexed(model, *, select_related=(), related=(), prepare=None):
    """Register the decorated function as the document builder of ``model``'s pages."""

    def register(build: Builder) -> Builder:
        INDEXED[model] = IndexedType(model, build, tuple(select_related), tuple(related), prepare)
        return build

    return register


def _prefetch(model: type[Page], name: str) -> Prefetch:
    queryset = None
    if name == "tagged_items":  # the tag of each tagging row, in the same query
        queryset = model._meta.get_field(name).related_model.objects.select_related("tag")
    return Prefetch(name, queryset=queryset, to_attr=f"_search_{name}")


def related(page: Page, name: str) -> list:
    """The rows of a relation named in the page type's ``related``, as loaded."""
    return getattr(page, f"_search_{name}")


# -- which pages are indexed ---------------------------------------------------------------------


def _chain_paths(page: Page) -> list[str]:
    """The tree paths of the page and of its ancestors below the root."""
    return [page.path[: STEPLEN * depth] for depth in range(2, page.depth + 1)]


def _batched(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _chunks(queryset: QuerySet) -> Iterator[list[Page]]:
    """The pages of a queryset ordered by pk, CHUNK at a time (prefetching per chunk)."""
    last = 0
    while True:
        chunk = list(queryset.filter(pk__gt=last)[:CHUNK])
        if chunk:
            yield chunk
        if len(chunk) < CHUNK:
            return
        last = chunk[-1].pk


def _types_among(page_ids: list[int]) -> list[IndexedType]:
    """The indexed types that ``page_ids`` hold (one query, instead of one per type)."""
    present = set(Page.objects.filter(pk__in=page_ids).values_list("content_type_id", flat=True))
    content_types = ContentType.objects.get_for_models(*INDEXED, for_concrete_models=False)
    return [INDEXED[model] for model, ct in content_types.items() if ct.pk in present]


def _public_pages(indexed_type: IndexedType, queryset: QuerySet, hidden: Q) -> Iterator[Page]:
    """The visible pages of ``queryset`` (core.visibility decides), CHUNK at a time, with what
    their documents need loaded."""
    for chunk in _chunks(visible(queryset, hidden)):
        indexed_type.load_related(chunk)
        _attach_shown_languages(chunk, hidden)
        yield from chunk


def _attach_shown_languages(pages: list[Page], hidden: Q | None = None) -> None:
    """Give each page the UI languages whose visitors are shown it (``_search_shown``, by
    core.localization's rule), in two queries for any number of pages.

    An alias is never indexed (see IndexedType.queryset): where a visitor is shown an alias,
    the original's document stands for it.
    """
    aliases = list(
        Page.objects.filter(alias_of__in=[page.pk for page in pages]).only(
            "pk", "alias_of_id", "locale_id", "translation_key"
        )
    )
    shown = shown_languages([*pages, *aliases], hidden)
    for page in pages:
        page._search_shown = set(shown.get(page.pk, ()))
    by_pk = {page.pk: page for page in pages}
    for alias in aliases:
        by_pk[alias.alias_of_id]._search_shown |= shown.get(alias.pk, set())


def indexable_pages(page_ids: Iterable[int] | None = None) -> Iterator[Page]:
    """Every visible page of an indexed type (live, public, under live and public ancestors:
    the rule of core.visibility), as its specific class, with what its document needs already
    loaded; only those among ``page_ids`` when given.

    The whole site costs a fixed number of queries per CHUNK pages of each type, whatever the
    number of pages: the hidden pages once, then per chunk the pages with their locale,
    city, programme (joined) and clusters, tags, goals, indicators (prefetched).
    """
    hidden = hidden_q()
    if page_ids is None:
        for indexed_type in INDEXED.values():
            yield from _public_pages(indexed_type, indexed_type.queryset(), hidden)
        return
    for ids in _batched(sorted(set(page_ids)), CHUNK):
        for indexed_type in _types_among(ids):
            queryset = indexed_type.queryset().filter(pk__in=ids)
            yield from _public_pages(indexed_type, queryset, hidden)


def build_document(page: Page) -> SearchDocument | None:
    """The document of a page from :func:`indexable_pages` (None if it has no URL)."""
    return INDEXED[type(page)].build(page)


def documents(page_ids: Iterable[int] | None = None) -> Iterator[SearchDocument]:
    """The documents of :func:`indexable_pages`."""
    for page in indexable_pages(page_ids):
        document = build_document(page)
        if document is not None:
            yield document


def document_for(page: Page) -> SearchDocument | None:
    """The document of one page, or None when the page must not be in the index (a draft, a
    private page, a page under a draft or private ancestor, an alias, a type not indexed)."""
    page = page.specific
    indexed_type = INDEXED.get(type(page))
    if indexed_type is None or page.alias_of_id or not is_visible(page):
        return None
    indexed_type.load_related([page])
    _attach_shown_languages([page])
    return indexed_type.build(page)


# -- text ------------------------------------------------------------------------------------------


def _plain(value) -> str:
    return value if isinstance(value, str) else ""


def _rich(value) -> str:
    """Rich text (HTML as stored) as plain text: tags stripped, entities unescaped."""
    return rich_text_to_text(value) if isinstance(value, str) else ""


def _field(value, name: str):
    return value.get(name) if isinstance(value, dict) else None


def _items(raw) -> list:
    """The values of a ListBlock as stored: ``[{"type": "item", "value", "id"}, ...]``, or
    a bare list of values in data saved by Wagtail before 2.16."""
    if not isinstance(raw, list):
        return []
    return [
        item["value"] if isinstance(item, dict) and item.get("type") == "item" else item
        for item in raw
    ]


def _stream(raw) -> Iterator[tuple[str, object]]:
    """(block type, raw value) of each block of a stream as stored."""
    for block in raw if isinstance(raw, list) else ():
        if isinstance(block, dict):
            yield block.get("type", ""), block.get("value")


def _stream_text(raw, parts: dict[str, Callable[[object], Iterable[str]]]) -> list[str]:
    """The text of a stream: each block type in ``parts`` gives its parts; others give none."""
    return [
        text
        for block_type, value in _stream(raw)
        if block_type in parts
        for text in parts[block_type](value)
    ]


def _raw(stream_value) -> list:
    """A StreamField's stored JSON, without turning it into block values."""
    return list(stream_value.raw_data) if stream_value is not None else []


def _body(parts: Iterable[str]) -> str:
    """Parts of text, each on a line with its spaces collapsed, cut to MAX_BODY_CHARS."""
    text = "\n".join(" ".join(part.split()) for part in parts if part and part.strip())
    if len(text) <= MAX_BODY_CHARS:
        return text
    cut = text[: MAX_BODY_CHARS + 1]
    boundary = max(cut.rfind(" "), cut.rfind("\n"))
    return cut[:boundary] if boundary > MAX_BODY_CHARS - 200 else cut[:MAX_BODY_CHARS]


# -- fields every document has --------------------------------------------------------------------


def _url(page: Page) -> str:
    """The page's address relative to its site, in its own language (``/es/...`` for Spanish).

    Worked out with the default language active: a page's links otherwise follow the visitor's
    language (see AcademyPage.get_url_parts), and indexing runs in whatever language is active.
    """
    with translation.override(settings.LANGUAGE_CODE):
        parts = page.get_url_parts()
    return (parts[2] or "") if parts else ""


def _date(page: Page):
    moment = page.last_published_at or page.first_published_at
    return timezone.localdate(moment) if moment else None


def _document(
    page: Page, type_: str, *, summary="", body=(), keywords="", **facets
) -> SearchDocument | None:
    url = _url(page)
    if not url:  # not under any site: there is nothing to link to
        return None
    return SearchDocument(
        key=document_key(page.pk),
        page_id=page.pk,
        type=type_,
        language=page.locale.language_code,
        title=page.title,
        url=url,
        summary=" ".join(_plain(summary).split()),
        body=_body(body),
        keywords=keywords,
        shown_in=tuple(sorted(page._search_shown)),
        date=_date(page),
        **facets,
    )


def _slugs(rows) -> tuple[str, ...]:
    return tuple(row.slug for row in rows)


def _programme(page) -> tuple[str, ...]:
    return (page.programme.slug,) if page.programme_id else ()


def _tags(page) -> tuple[str, ...]:
    return tuple(sorted({item.tag.slug for item in related(page, "tagged_items")}))


def _tag_names(page) -> list[str]:
    return sorted({item.tag.name for item in related(page, "tagged_items")})


def _keywords(page: Page, *, tags=(), cities=(), clusters=()) -> str:
    """Tag names, city names and the names of ``clusters`` in the page's language, once each
    and one a line: the document's ``keywords``."""
    with translation.override(page.locale.language_code):
        names = [translated(cluster, "name") for cluster in clusters]
    parts = (" ".join(part.split()) for part in (*tags, *cities, *names))
    return "\n".join(dict.fromkeys(part for part in parts if part))


def _attach_city_names(pages: list[Page]) -> None:
    """Give each case study the names of its city (``_search_city_names``): as a reader of the
    case study's language is shown the city (core.localization), then its own title."""
    cities = [page.city for page in pages if page.city_id]
    versions: dict = defaultdict(list)
    codes: dict[int, str] = {}
    for city in visible(
        CityPage.objects.filter(translation_key__in={city.translation_key for city in cities})
        .select_related("locale")
        .only("pk", "title", "translation_key", "locale__language_code")
    ):
        versions[city.translation_key].append(city)
        codes[city.locale_id] = city.locale.language_code
    for page in pages:
        city, names = page.city, []
        if city is not None:
            shown = pick_version(
                versions.get(city.translation_key, ()),
                language_code=page.locale.language_code,
                codes=codes,
            )
            names = [shown.title, city.title] if shown is not None else [city.title]
        page._search_city_names = names


def _sdgs(page) -> tuple[int, ...]:
    return tuple(sorted(goal.number for goal in related(page, "sdgs")))


def _city_facts(city: CityPage | None) -> dict:
    """City, country, region and size band of a city (empty for none)."""
    if city is None:
        return {}
    country = str(city.country or "")
    return {
        "city": city.title,
        "country": country,
        "region": city.region or region_for_country(country),
        "size": size_band_for(city.population),
    }


# -- one function per page type -------------------------------------------------------------------


OUTCOME_PARTS = {"outcome": lambda value: [_plain(value)]}


@indexed(CoursePage, select_related=("programme",), related=("clusters",))
def course_document(page: CoursePage) -> SearchDocument | None:
    return _document(
        page,
        "course",
        summary=page.summary,
        body=[_rich(page.description), *_stream_text(_raw(page.learning_outcomes), OUTCOME_PARTS)],
        keywords=_keywords(page, clusters=related(page, "clusters")),
        clusters=_slugs(related(page, "clusters")),
        programmes=_programme(page),
    )


def _attach_courses(lessons: list[Page]) -> None:
    """Give each lesson its course (``_search_course``), for all of them in one query."""
    paths = {path for lesson in lessons for path in _chain_paths(lesson)}
    courses = {
        course.path: course
        for course in CoursePage.objects.filter(path__in=paths)
        .select_related("programme")
        .prefetch_related(_prefetch(CoursePage, "clusters"))
    }
    for lesson in lessons:
        found = [courses[path] for path in _chain_paths(lesson) if path in courses]
        lesson._search_course = found[-1] if found else None


def _quiz_prompts(quiz) -> list[str]:
    """The questions of a quiz, and nothing else: never the choices, which one is correct, the
    true/false answer, the feedback or the explanation (they would give the answers away)."""
    return [
        _plain(_field(question, "prompt")) for _type, question in _stream(_field(quiz, "questions"))
    ]


LESSON_PARTS: dict[str, Callable[[object], Iterable[str]]] = {
    "heading": lambda value: [_plain(_field(value, "text"))],
    "paragraph": lambda value: [_rich(value)],
    "figure": lambda value: [_plain(_field(value, "caption"))],
    "video": lambda value: [_plain(_field(value, "title")), _rich(_field(value, "transcript"))],
    "callout": lambda value: [_plain(_field(value, "title")), _rich(_field(value, "text"))],
    "key_takeaways": lambda value: [
        _plain(_field(value, "title")),
        *map(_plain, _items(_field(value, "items"))),
    ],
    "quiz": _quiz_prompts,
}


@indexed(LessonPage, prepare=_attach_courses)
def lesson_document(page: LessonPage) -> SearchDocument | None:
    """A lesson is classified by its course: the course's clusters and programme."""
    course = page._search_course
    return _document(
        page,
        "lesson",
        summary=page.summary,
        body=_stream_text(_raw(page.body), LESSON_PARTS),
        keywords=_keywords(page, clusters=related(course, "clusters") if course else ()),
        clusters=_slugs(related(course, "clusters")) if course else (),
        programmes=_programme(course) if course else (),
    )


@indexed(
    CaseStudyPage,
    select_related=("city", "programme"),
    related=("clusters", "sdgs", "tagged_items", "indicators"),
    prepare=_attach_city_names,
)
def case_study_document(page: CaseStudyPage) -> SearchDocument | None:
    story = (
        page.challenge,
        page.objectives,
        page.solution,
        page.results,
        page.lessons_learned,
        page.transferability,
    )
    return _document(
        page,
        "casestudy",
        summary=page.summary,
        body=[*map(_rich, story), *(row.name for row in related(page, "indicators"))],
        keywords=_keywords(
            page,
            tags=_tag_names(page),
            cities=page._search_city_names,
            clusters=related(page, "clusters"),
        ),
        clusters=_slugs(related(page, "clusters")),
        programmes=_programme(page),
        tags=_tags(page),
        sdgs=_sdgs(page),
        **_city_facts(page.city),
    )


STEP_PARTS = {
    "step": lambda value: [_plain(_field(value, "title")), _rich(_field(value, "text"))],
}


@indexed(
    BestPracticePage,
    select_related=("programme",),
    related=("clusters", "sdgs", "tagged_items"),
)
def best_practice_document(page: BestPracticePage) -> SearchDocument | None:
    """A practice belongs to no single city: it has no city, country, region or size."""
    return _document(
        page,
        "bestpractice",
        summary=page.summary,
        body=[
            _rich(page.what),
            _rich(page.why),
            *_stream_text(_raw(page.steps), STEP_PARTS),
            _rich(page.enabling_conditions),
            _rich(page.pitfalls),
        ],
        keywords=_keywords(page, tags=_tag_names(page), clusters=related(page, "clusters")),
        clusters=_slugs(related(page, "clusters")),
        programmes=_programme(page),
        tags=_tags(page),
        sdgs=_sdgs(page),
    )


@indexed(CityPage, related=("clusters", "programmes"))
def city_document(page: CityPage) -> SearchDocument | None:
    return _document(
        page,
        "city",
        summary=page.summary,
        body=[_rich(page.profile), _rich(page.challenges)],
        keywords=_keywords(page, clusters=related(page, "clusters")),
        clusters=_slugs(related(page, "clusters")),
        programmes=_slugs(related(page, "programmes")),
        **_city_facts(page),
    )


__all__ = [
    "CHUNK",
    "INDEXED",
    "MAX_BODY_CHARS",
    "IndexedType",
    "build_document",
    "document_for",
    "document_key",
    "documents",
    "indexable_pages",
    "indexed",
    "related",
]
