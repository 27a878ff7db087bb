"""Drafts, private pages and unpublished pages never appear, whatever the query: checked from
the outside, on the search page and the API, with pages indexed the way publishing does it."""

from wagtail.models import PageViewRestriction

import pytest

QUERIES = ["", "retention", "retention OR squares", '"retention squares"', "retent", "*"]


@pytest.fixture
def library(engine, committed, make_case_study, make_city):
    """A live case study, a draft, one behind a password and one unpublished after going live."""
    city = make_city("Rosario", country="AR")
    with committed():
        public = make_case_study("Public retention squares", city=city)
        make_case_study("Draft retention squares", city=city, live=False)
        private = make_case_study("Private retention squares", city=city)
        PageViewRestriction.objects.create(
            page=private, restriction_type=PageViewRestriction.PASSWORD, password="s3cret-pass"
        )
        withdrawn = make_case_study("Withdrawn retention squares", city=city)
    with committed():
        withdrawn.unpublish()
    return public


def titles_on_page(client, q):
    response = client.get("/search/", {"q": q, "lang": "all"})
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("q", QUERIES)
def test_only_the_public_page_is_ever_found(client, library, q):
    html = titles_on_page(client, q)
    api = client.get("/api/search/", {"q": q, "lang": "all"}).json()
    suggestions = client.get("/api/search/suggest/", {"q": "retent"}).json()["suggestions"]
    for hidden in ("Draft retention", "Private retention", "Withdrawn retention"):
        assert hidden not in html
        assert all(hidden not in result["title"] for result in api["results"])
        assert all(hidden not in suggestion["title"] for suggestion in suggestions)
    if q in ("retention", '"retention squares"'):
        assert [result["title"] for result in api["results"]] == ["Public retention squares"]
        assert api["count"] == 1


def test_a_logged_in_editor_is_not_shown_drafts_either(admin_client, library):
    html = titles_on_page(admin_client, "retention")
    assert "Public retention squares" in html
    assert "Draft retention squares" not in html
