"""The demo knowledge library that ``seed_demo`` builds: case studies for every Cities Forward
city, Spanish translations, best practices with their evidence and spread, the lessons that
embed case studies, and a second run that changes nothing.

seed_demo takes close to a minute on a fresh database, so the first run is the one the whole
test run shares (tests/seeded_site.py), copied into this module's database; the second runs
here, inside a transaction rolled back at the end; tests work in savepoints on top of it.
"""

from dataclasses import replace
from io import StringIO
from types import SimpleNamespace

from django.core.cache import cache
from django.core.management import CommandError, call_command
from django.utils.html import escape

from wagtail.models import Page, Revision

import pytest
from bs4 import BeautifulSoup

from academy.demo.build import DemoContext, DemoSetupError
from academy.demo.cities import load_cities
from academy.demo.counts import demo_counts
from academy.models import CityPage, HomePage, StandardPage
from casestudies.demo import build as library
from casestudies.models import (
    BestPracticeIndexPage,
    BestPracticePage,
    CaseStudyIndexPage,
    CaseStudyPage,
    OutcomeIndicator,
)
from casestudies.validators import validate_web_url
from courses.models import LessonPage

CITIES_FORWARD = [city for city in load_cities() if city.group == "cf"]


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker, seeded_demo_database):
    """seed_demo's first run (the test run's seeded demo, copied in) and a second run here on
    top of it, in a module-wide transaction rolled back afterwards."""
    with django_db_blocker.unblock(), seeded_demo_database() as first:
        cache.clear()
        try:
            runs = [SimpleNamespace(out=first.out, err=first.err, counts=demo_counts())]
            out, err = StringIO(), StringIO()
            call_command("seed_demo", stdout=out, stderr=err)
            runs.append(
                SimpleNamespace(out=out.getvalue(), err=err.getvalue(), counts=demo_counts())
            )
            yield SimpleNamespace(first=runs[0], second=runs[1])
        finally:
            cache.clear()


def english(model):
    return model.objects.filter(locale__language_code="en")


def spanish(model):
    return model.objects.filter(locale__language_code="es")


def html_of(client, page) -> BeautifulSoup:
    response = client.get(page.url)
    assert response.status_code == 200, page.url
    return BeautifulSoup(response.content.decode(), "html.parser")


# What the seed builds ------------------------------------------------------------------------


def test_the_library_has_a_live_case_study_for_every_cities_forward_city(seeded, db):
    case_studies = english(CaseStudyPage).live().select_related("city")
    assert case_studies.count() >= 30
    covered = {page.city.slug for page in case_studies}
    missing = [city.name for city in CITIES_FORWARD if city.slug not in covered]
    assert len(CITIES_FORWARD) == 24
    assert missing == []


def test_case_studies_are_filed_with_full_facts(seeded, db):
    for page in english(CaseStudyPage).live().prefetch_related("clusters", "sdgs", "indicators"):
        assert page.clusters.exists(), page.slug
        assert page.sdgs.exists(), page.slug
        assert list(page.tags.all()), page.slug
        assert page.status and page.start_year and page.evidence_level, page.slug
        for field in library.STORY_FIELDS:
            assert getattr(page, field).startswith("<"), (page.slug, field)
        assert page.programme is not None, page.slug
    cities_forward = english(CaseStudyPage).filter(
        city__slug__in=[city.slug for city in CITIES_FORWARD]
    )
    assert set(cities_forward.values_list("programme__slug", flat=True)) == {"cities-forward"}


def test_seeded_pages_and_their_rows_pass_validation(seeded, db):
    """What an editor could save in the admin: every field and every child row is valid."""
    for page in CaseStudyPage.objects.all():
        page.full_clean()
        rows = [
            *page.indicators.all(),
            *page.funding_sources.all(),
            *page.partners.all(),
            *page.sources.all(),
        ]
        for row in rows:
            row.full_clean(exclude=["page"])
    for page in BestPracticePage.objects.all():
        page.full_clean()
        for row in [*page.case_study_links.all(), *page.adoptions.all()]:
            row.full_clean(exclude=["page"])


def test_every_case_study_lists_a_web_source(seeded, db):
    for page in CaseStudyPage.objects.prefetch_related("sources"):
        urls = [source.url for source in page.sources.all()]
        assert urls, page.slug
        for url in urls:
            assert url.startswith(("https://", "http://")), url
            validate_web_url(url)


def test_at_least_four_case_studies_are_translated_into_spanish(seeded, db):
    translations = spanish(CaseStudyPage).live().select_related("city__locale")
    assert translations.count() >= 4
    sources = {page.translation_key: page for page in english(CaseStudyPage)}
    for page in translations:
        source = sources[page.translation_key]
        assert page.slug == source.slug
        assert page.title != source.title, page.slug
        assert page.url.startswith("/es/case-studies/"), page.url
        # The Spanish page points at the Spanish city page.
        assert page.city.locale.language_code == "es"
        assert page.city.translation_key == source.city.translation_key
        assert page.external_id != source.external_id


def test_eight_best_practices_show_their_evidence_and_spread(seeded, db):
    practices = (
        english(BestPracticePage)
        .live()
        .prefetch_related("case_study_links__case_study", "adoptions__city")
    )
    assert practices.count() == 8
    for practice in practices:
        links = list(practice.case_study_links.all())
        adoptions = list(practice.adoptions.all())
        assert links, practice.slug
        assert all(link.case_study.live for link in links), practice.slug
        assert adoptions, practice.slug
        assert all(adoption.city.live for adoption in adoptions), practice.slug
        assert len(practice.steps) >= 3, practice.slug
        assert practice.cost_currency and practice.cost_basis, practice.slug
        assert practice.cost_low <= practice.cost_high, practice.slug


def test_the_libraries_have_index_pages_in_english_and_spanish(seeded, db, client):
    for language, prefix in (("en", ""), ("es", "/es")):
        home = HomePage.objects.get(locale__language_code=language)
        for model, slug in (
            (CaseStudyIndexPage, "case-studies"),
            (BestPracticeIndexPage, "best-practices"),
        ):
            index = model.objects.child_of(home).get()
            assert index.live and index.show_in_menus and index.intro
            assert index.slug == slug
        nav = BeautifulSoup(client.get(f"{prefix}/").content.decode(), "html.parser")
        links = {a["href"] for a in nav.select("nav.site-nav a")}
        assert {f"{prefix}/case-studies/", f"{prefix}/best-practices/"} <= links


def test_the_seed_reports_no_missing_links(seeded, db):
    for run in (seeded.first, seeded.second):
        assert "Case studies (" in run.out and "Best practices (" in run.out
        assert "case study" not in run.err and "best practice" not in run.err, run.err


# What visitors see ---------------------------------------------------------------------------


def test_pages_with_illustrative_content_are_marked(seeded, db):
    """Details that are illustrative or unchecked carry a note (shown on the page, see the
    rendering tests below); every practice's cost range, an order of magnitude, is among them."""
    flagged = CaseStudyPage.objects.exclude(illustrative_note="").count()
    flagged += BestPracticePage.objects.exclude(illustrative_note="").count()
    assert flagged >= 20
    unflagged_costs = BestPracticePage.objects.filter(illustrative_note="").exclude(
        cost_low__isnull=True
    )
    assert not unflagged_costs.exists()


def test_case_study_pages_show_sources_indicators_and_what_is_illustrative(seeded, db, client):
    pages = CaseStudyPage.objects.live().prefetch_related("sources", "indicators")
    assert len(pages) >= 34
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        html = response.content.decode()
        document = BeautifulSoup(html, "html.parser")
        hrefs = {a.get("href") for a in document.find_all("a")}
        for source in page.sources.all():
            assert source.url in hrefs, (page.url, source.url)
        text = document.get_text(" ")
        for indicator in page.indicators.all():
            assert indicator.name in text, (page.url, indicator.name)
        if page.illustrative_note:
            assert escape(page.illustrative_note) in html, page.url


def test_best_practice_pages_link_their_cases_and_adopters_and_flag_costs(seeded, db, client):
    pages = BestPracticePage.objects.live().prefetch_related(
        "case_study_links__case_study", "adoptions__city"
    )
    assert len(pages) >= 8
    for practice in pages:
        response = client.get(practice.url)
        assert response.status_code == 200, practice.url
        html = response.content.decode()
        hrefs = {a.get("href") for a in BeautifulSoup(html, "html.parser").find_all("a")}
        for link in practice.case_study_links.all():
            assert link.case_study.url in hrefs, (practice.url, link.case_study.url)
        for adoption in practice.adoptions.all():
            assert adoption.city.url in hrefs, (practice.url, adoption.city.url)
        assert escape(practice.illustrative_note) in html, practice.url


# Lessons that embed case studies -------------------------------------------------------------


def case_study_blocks(lesson):
    return [block for block in lesson.body if block.block_type == "case_study"]


def test_demo_lessons_embed_live_case_studies(seeded, db, client):
    lessons = [lesson for lesson in LessonPage.objects.live() if case_study_blocks(lesson)]
    english_lessons = [lesson for lesson in lessons if lesson.locale.language_code == "en"]
    assert len(english_lessons) >= 2
    for lesson in lessons:
        hrefs = {a.get("href") for a in html_of(client, lesson).find_all("a")}
        for block in case_study_blocks(lesson):
            case_study = block.value["case_study"].specific
            assert isinstance(case_study, CaseStudyPage) and case_study.live
            assert block.value["note"]
            assert case_study.url in hrefs, (lesson.url, case_study.url)
            # A Spanish lesson shows the Spanish case study where there is one.
            if lesson.locale.language_code == "es" and case_study.slug in {
                page.slug for page in spanish(CaseStudyPage)
            }:
                assert case_study.locale.language_code == "es"


def test_a_case_study_card_does_not_renumber_the_lessons_quizzes(seeded, db):
    """Cards get their own block ids, so the quiz ids learners' attempts refer to stay put."""
    from courses.demo.build import COURSES, lesson_body

    seed = COURSES[0]
    lesson = next(
        lesson
        for module in seed["modules"]
        for lesson in module["lessons"]
        if any(kind == "case_study" for kind, _value in lesson["body"])
    )
    scope = f"course:{seed['slug']}:lesson:{lesson['slug']}"
    with_cards = lesson_body(lesson["body"], scope)
    without = lesson_body([b for b in lesson["body"] if b[0] != "case_study"], scope)
    assert [b["id"] for b in with_cards if b["type"] != "case_study"] == [b["id"] for b in without]


# Running it again ----------------------------------------------------------------------------


def test_a_second_run_changes_nothing(seeded, db):
    assert seeded.second.counts == seeded.first.counts
    assert "no row counts changed" in seeded.second.out
    for line in seeded.second.out.splitlines():
        if line.startswith(("[", "Demo")) and ("Case studies" in line or "Best practices" in line):
            assert "unchanged" in line and "created" not in line and "updated" not in line, line


def test_the_seed_restores_edited_library_pages_then_leaves_them_alone(seeded, db):
    """The comparison covers rich text, tags, many-to-many, child rows and StreamField steps:
    an edit to any of them is put back, and the next run finds nothing to do."""
    ctx = DemoContext.load()
    page = english(CaseStudyPage).get(slug="rosario-urban-agriculture")
    page.results = "<p>Edited by hand.</p>"
    page.tags.set(["edited"])
    page.sdgs.set([])
    page.indicators = [OutcomeIndicator(name="A made-up indicator", achieved=1)]
    page.save_revision().publish()
    practice = english(BestPracticePage).get(slug="open-streets-ciclovia")
    practice.adoptions = []
    practice.steps = []
    practice.save_revision().publish()

    assert library.seed_case_studies(ctx)["updated"] == 1
    assert library.seed_best_practices(ctx)["updated"] == 1

    page = CaseStudyPage.objects.get(pk=page.pk)
    assert "2,400 families" in page.results
    assert "urban agriculture" in [tag.name for tag in page.tags.all()]
    assert sorted(page.sdgs.values_list("number", flat=True)) == [1, 2, 11, 13]
    assert page.indicators.count() == 4
    practice = BestPracticePage.objects.get(pk=practice.pk)
    assert practice.adoptions.count() == 3 and len(practice.steps) == 6

    revisions = Revision.objects.count()
    assert library.seed_case_studies(ctx)["updated"] == 0
    assert library.seed_best_practices(ctx)["updated"] == 0
    assert Revision.objects.count() == revisions


def test_a_missing_city_is_skipped_with_a_warning(seeded, db):
    ctx = DemoContext.load()
    english(CityPage).get(slug="ambato").delete()
    tally = library.seed_case_studies(ctx)
    assert tally["skipped"] == 1
    assert any("ambato" in warning for warning in tally.warnings)
    assert tally["created"] == 0


def test_a_page_in_the_way_stops_the_seed_with_a_clear_error(seeded, db):
    """A different kind of page at /best-practices/ is not overwritten: the command says what
    to do and rolls everything back."""
    home = HomePage.objects.get(locale__language_code="en")
    index = BestPracticeIndexPage.objects.child_of(home).get()
    index.slug = "best-practices-old"
    index.save_revision().publish()
    home.add_child(instance=StandardPage(title="Best practices", slug="best-practices"))
    before = (Page.objects.count(), Revision.objects.count())
    with pytest.raises(CommandError, match="best-practices/ exists but is a StandardPage"):
        call_command("seed_demo", stdout=StringIO(), stderr=StringIO())
    assert (Page.objects.count(), Revision.objects.count()) == before


def test_a_translation_out_of_step_with_the_english_is_refused(seeded, db):
    """A translation with a missing indicator would put Spanish labels on the wrong numbers:
    the builder refuses it with a message naming the case study instead of publishing it."""
    ctx = DemoContext.load()
    seed = next(
        seed for seed in library.CASE_STUDIES if seed.slug == "cali-plan-jarillon-cauca-levee"
    )
    text = library.CASE_STUDY_TRANSLATIONS["es"][seed.slug]
    broken = replace(text, indicators=text.indicators[:1])
    city = spanish(CityPage).get(slug="cali")
    with pytest.raises(DemoSetupError, match="cali-plan-jarillon-cauca-levee has 1 indicators"):
        library.translated_case_study_wanted(
            seed, broken, city=city, ctx=ctx, goals=library._goals(), language="es"
        )
