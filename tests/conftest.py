"""Fixture chain: home -> city_index -> make_city -> make_pairing, plus users and clients.

The HomePage, the four locales, the programmes and the clusters come from the data migrations
(academy 0002 and 0003), so every test database starts with them.
"""

from decimal import Decimal
from functools import partial

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.utils import translation
from django.utils.text import slugify

from wagtail.models import Locale

import pytest

from academy.models import HomePage, Programme, ThematicCluster
from academy.services import Member, create_pairing
from tests import seeded_site
from tests.factories import CityIndexPageFactory, CityPageFactory


def pytest_sessionfinish(session):
    """Stop the browser tests' server in the process that outlives every worker: the xdist
    controller, or the only pytest process (tests/browser/server.py)."""
    if not hasattr(session.config, "workerinput"):
        from tests.browser.server import stop

        stop(session.config)


@pytest.fixture(scope="session")
def seeded_demo_database(request):
    """``with seeded_demo_database() as first_run:``: the test database as seed_demo leaves a
    fresh one, for the block, then back as it was (tests/seeded_site.py). The demo is seeded
    once per test run, whichever workers ask; ``first_run.out`` and ``.err`` are its output."""
    return partial(seeded_site.demo_database, request.config)


@pytest.fixture(autouse=True)
def default_language():
    """Start every test in English: a request to /pt/ leaves Portuguese active in the thread."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture
def home(db):
    return HomePage.objects.get(locale__language_code="en")


@pytest.fixture
def city_index(home):
    return CityIndexPageFactory(parent=home)


@pytest.fixture
def programme(db):
    """``programme("iurc")``: a programme created by the vocabulary migration, by slug."""
    return lambda slug: Programme.objects.get(slug=slug)


@pytest.fixture
def cluster(db):
    """``cluster("water-resources")``: a thematic cluster from the migration, by slug."""
    return lambda slug: ThematicCluster.objects.get(slug=slug)


@pytest.fixture
def make_city(city_index, programme, cluster):
    """``make_city("Rosario", country="AR", programmes=["cities-forward"])``: a live CityPage."""

    def make(
        name,
        *,
        country="AR",
        population=500_000,
        lat="-32.9468",
        lon="-60.6393",
        programmes=(),
        clusters=(),
        parent=None,
        **fields,
    ):
        city = CityPageFactory(
            parent=parent or city_index,
            title=name,
            slug=fields.pop("slug", slugify(name)),
            country=country,
            population=population,
            latitude=Decimal(str(lat)),
            longitude=Decimal(str(lon)),
            **fields,
        )
        if programmes or clusters:
            city.programmes.set([programme(slug) for slug in programmes])
            city.clusters.set([cluster(slug) for slug in clusters])
            city.save()
        return city

    return make


@pytest.fixture
def make_pairing(programme):
    """``make_pairing("cities-forward", lead, partner, ...)``: through the service; first leads."""

    def make(programme_slug, *cities, **fields):
        members = [
            Member(city=city, role="lead" if position == 0 else "partner")
            for position, city in enumerate(cities)
        ]
        return create_pairing(programme=programme(programme_slug), members=members, **fields)

    return make


@pytest.fixture
def locale(db):
    """``locale("es")``: one of the four locales created by the migration."""
    return lambda code: Locale.objects.get(language_code=code)


@pytest.fixture
def translate(locale):
    """``translate(page, "es", title=...)``: a published translation, parents copied as needed."""

    def make(page, language_code, **changes):
        copy = page.specific.copy_for_translation(locale(language_code), copy_parents=True)
        for field, value in changes.items():
            setattr(copy, field, value)
        copy.save_revision().publish()
        copy.refresh_from_db()
        # Parents copied along the way stay drafts until published, as in the admin.
        for ancestor in copy.get_ancestors().filter(depth__gt=1, live=False):
            ancestor.specific.save_revision().publish()
        return copy.specific

    return make


@pytest.fixture
def editor(django_user_model):
    """Can log in to the Wagtail admin, and nothing more: no page or snippet permissions."""
    user = django_user_model.objects.create_user(
        username="editor", email="editor@example.org", password="editor-pass-1234"
    )
    group = Group.objects.create(name="Admin access only")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    user.groups.add(group)
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


# Knowledge library ------------------------------------------------------------------------


def _publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def case_study_index(home):
    from casestudies.models import CaseStudyIndexPage

    index = CaseStudyIndexPage(title="Case studies", slug="case-studies")
    home.add_child(instance=index)
    return _publish(index)


@pytest.fixture
def best_practice_index(home):
    from casestudies.models import BestPracticeIndexPage

    index = BestPracticeIndexPage(title="Best practices", slug="best-practices")
    home.add_child(instance=index)
    return _publish(index)


@pytest.fixture
def make_case_study(case_study_index, make_city, cluster, programme):
    """``make_case_study("Cloudburst plan", city=copenhagen, clusters=["water-resources"],
    tags=["stormwater"], sdgs=[6, 11], status="ongoing", live=True, **fields)``.

    Without ``city`` a city is made (Rosario). Published unless ``live=False`` (then a draft).
    """
    from casestudies.models import CaseStudyPage, SustainableDevelopmentGoal

    default_city = []

    def make(
        title="Green corridors",
        *,
        city=None,
        clusters=("nature-based-solutions",),
        programme_slug=None,
        tags=(),
        sdgs=(),
        live=True,
        parent=None,
        **fields,
    ):
        if city is None:
            if not default_city:
                default_city.append(make_city("Rosario", country="AR"))
            city = default_city[0]
        page = CaseStudyPage(
            title=title,
            slug=fields.pop("slug", slugify(title)),
            summary=fields.pop("summary", f"{title}: what {city.title} did."),
            solution=fields.pop("solution", f"<p>{title} in practice.</p>"),
            city=city,
            programme=programme(programme_slug) if programme_slug else None,
            **fields,
        )
        page.clusters.set([cluster(slug) for slug in clusters])
        page.sdgs.set(SustainableDevelopmentGoal.objects.filter(number__in=sdgs))
        page.tags.set(list(tags))
        page.live = live
        (parent or case_study_index).add_child(instance=page)
        revision = page.save_revision()
        if live:
            revision.publish()
        return CaseStudyPage.objects.get(pk=page.pk)

    return make


@pytest.fixture
def make_best_practice(best_practice_index, cluster, programme):
    """``make_best_practice("Retention parks", clusters=[...], case_studies=[...],
    adopted_by=[(city, 2021, "note")], tags=[...], sdgs=[...], live=True, **fields)``."""
    from casestudies.models import (
        BestPracticeAdoption,
        BestPracticeCaseStudy,
        BestPracticePage,
        SustainableDevelopmentGoal,
    )

    def make(
        title="Retention parks",
        *,
        clusters=("nature-based-solutions",),
        programme_slug=None,
        tags=(),
        sdgs=(),
        case_studies=(),
        adopted_by=(),
        live=True,
        parent=None,
        **fields,
    ):
        page = BestPracticePage(
            title=title,
            slug=fields.pop("slug", slugify(title)),
            summary=fields.pop("summary", f"{title}, distilled."),
            what=fields.pop("what", f"<p>{title} explained.</p>"),
            programme=programme(programme_slug) if programme_slug else None,
            **fields,
        )
        page.clusters.set([cluster(slug) for slug in clusters])
        page.sdgs.set(SustainableDevelopmentGoal.objects.filter(number__in=sdgs))
        page.tags.set(list(tags))
        page.case_study_links = [BestPracticeCaseStudy(case_study=c) for c in case_studies]
        page.adoptions = [
            BestPracticeAdoption(city=city, year=year, note=note) for city, year, note in adopted_by
        ]
        page.live = live
        (parent or best_practice_index).add_child(instance=page)
        revision = page.save_revision()
        if live:
            revision.publish()
        return BestPracticePage.objects.get(pk=page.pk)

    return make


# Search -------------------------------------------------------------------------------------


@pytest.fixture
def engine(settings, tmp_path):
    """The search engine get_engine() answers with: a fresh, empty index in this test's
    directory (tests/search/contract/ and test_sqlite_fts.py have their own)."""
    from search.engines import get_engine

    settings.ACADEMY_SEARCH_INDEX_PATH = str(tmp_path / "index" / "search.sqlite3")
    engine = get_engine()
    engine.rebuild([])
    yield engine
    engine.close()


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """``with committed(): ...``: run the on-commit callbacks (search indexing) at the end."""
    return lambda: django_capture_on_commit_callbacks(execute=True)
