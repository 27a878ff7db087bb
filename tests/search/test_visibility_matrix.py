"""Search's rows of the "one rule for public" matrix (core.visibility): a case study, a course,
a lesson and a city that are live but under an unpublished parent, under a restricted parent,
a draft, or private themselves, are absent from /search/, the API and the suggestions.

Each case is indexed the way the site does it (publishing, unpublishing and restricting
after their commit), then again by ``search_index rebuild``; every search is checked to find
a public page of the same type, so an empty index cannot pass for a private one.
"""

import json

from django.core.management import call_command
from django.utils.text import slugify

from wagtail.models import PageViewRestriction

import pytest

from academy.models import CityIndexPage, CityPage
from casestudies.models import CaseStudyIndexPage
from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage

WORD = "zanzibarite"  # in no other page of the test site
PUBLIC = f"Public {WORD}"
HIDDEN = f"Hidden {WORD}"
KINDS = ("casestudy", "course", "lesson", "city")
CONDITIONS = ("unpublished parent", "restricted parent", "draft", "private")


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def add(parent, page, *, live=True):
    """``page`` added below ``parent``: published, or a draft that never was."""
    page.slug = slugify(page.title)
    page.live = live
    parent.add_child(instance=page)
    revision = page.save_revision()
    if live:
        revision.publish()
    return type(page).objects.get(pk=page.pk)


@pytest.fixture
def site(home, make_case_study):
    """Makes containers and pages of each kind. ``container(kind)`` is a new live parent for
    that kind; ``page(kind, title, parent, live=)`` a page of that kind below it."""
    course = {}

    def container(kind):
        number = len(home.get_children()) + 1
        if kind == "casestudy":
            index = CaseStudyIndexPage(title=f"Case studies {number}")
        elif kind == "course":
            index = CourseIndexPage(title=f"Courses {number}")
        elif kind == "city":
            index = CityIndexPage(title=f"Cities {number}")
        else:  # a lesson's parent is a module of a course
            if not course:
                course["page"] = add(
                    add(home, CourseIndexPage(title="Courses")),
                    CoursePage(title="Cooling streets", summary="A course.", estimated_hours=2),
                )
            modules = len(course["page"].get_children()) + 1
            return add(course["page"], ModulePage(title=f"Module {modules}", summary="Part"))
        return add(home, index)

    def page(kind, title, parent, *, live=True):
        if kind == "casestudy":
            return make_case_study(title, parent=parent, live=live)
        if kind == "city":
            return add(
                parent,
                CityPage(title=title, country="AR", population=10_000, latitude=1, longitude=1),
                live=live,
            )
        if kind == "course":
            return add(parent, CoursePage(title=title, summary=title, estimated_hours=1), live=live)
        body = json.dumps([{"type": "paragraph", "id": "p1", "value": f"<p>{title}.</p>"}])
        return add(parent, LessonPage(title=title, summary=title, body=body), live=live)

    return container, page


def restrict(page, **options):
    options.setdefault("restriction_type", PageViewRestriction.LOGIN)
    return PageViewRestriction.objects.create(page=page, **options)


def hide(kind, condition, site, committed):
    """A public page and a hidden one of ``kind``, the latter hidden by ``condition``."""
    container, page = site
    with committed():
        page(kind, PUBLIC, container(kind))
        parent = container(kind)
        hidden = page(kind, HIDDEN, parent, live=condition != "draft")
    with committed():
        if condition == "unpublished parent":
            parent.unpublish()
        elif condition == "restricted parent":
            restrict(parent)
        elif condition == "private":
            restrict(hidden, restriction_type=PageViewRestriction.PASSWORD, password="s3cret-pw")
    hidden.refresh_from_db()
    assert hidden.live == (condition != "draft")  # the page itself stays as it was


def everything_found(client, kind):
    """The titles that the page, the API and the suggestions give for the word, in every
    language and in the default scope."""
    found = {}
    for lang in ("all", ""):
        page = client.get("/search/", {"q": WORD, "lang": lang, "type": kind})
        assert page.status_code == 200
        found[f"page lang={lang}"] = page.content.decode()
        api = client.get("/api/search/", {"q": WORD, "lang": lang, "type": kind}).json()
        found[f"api lang={lang}"] = [result["title"] for result in api["results"]]
        suggested = client.get("/api/search/suggest/", {"q": WORD[:6], "lang": lang}).json()
        found[f"suggestions lang={lang}"] = [s["title"] for s in suggested["suggestions"]]
    return found


def assert_only_the_public_page(client, kind):
    for where, titles in everything_found(client, kind).items():
        assert PUBLIC in titles, where
        assert HIDDEN not in titles, where


@pytest.mark.parametrize("condition", CONDITIONS)
@pytest.mark.parametrize("kind", KINDS)
def test_a_hidden_page_is_never_found(client, engine, committed, site, kind, condition):
    hide(kind, condition, site, committed)
    assert_only_the_public_page(client, kind)

    call_command("search_index", "rebuild", verbosity=0)
    assert_only_the_public_page(client, kind)


@pytest.mark.parametrize("kind", KINDS)
def test_a_parent_published_again_brings_its_pages_back(client, engine, committed, site, kind):
    container, page = site
    with committed():
        page(kind, PUBLIC, container(kind))
        parent = container(kind)
        page(kind, HIDDEN, parent)
    with committed():
        parent.unpublish()
    with committed():
        publish(parent)
    titles = client.get("/api/search/", {"q": WORD, "lang": "all"}).json()["results"]
    assert {result["title"] for result in titles} == {PUBLIC, HIDDEN}
