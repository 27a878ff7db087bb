"""Public pages: home, about, city profiles, robots.txt, health check, error pages."""

import re

from django.test import RequestFactory
from django.views.defaults import server_error

import pytest

from academy.models import StandardPage


def stat(html: str, label: str) -> int:
    """The number shown next to a label in the home page's statistics."""
    match = re.search(
        rf'stat__value">(\d+)</span>\s*<span class="stat__label">{label}</span>', html
    )
    assert match, f"no {label!r} statistic on the page"
    return int(match.group(1))


def test_home_page_shows_the_number_of_cities(client, make_city, make_pairing):
    rosario = make_city("Rosario")
    chattanooga = make_city("Chattanooga", country="US")
    make_city("Lyon", country="FR")
    make_pairing("cities-forward", rosario, chattanooga)
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert stat(html, "cities") == 3
    assert stat(html, "countries") == 3
    assert stat(html, "city pairing") == 1
    assert "Learn from cities that have done it" in html


def test_home_page_counts_only_published_cities(client, make_city):
    make_city("Rosario")
    make_city("Draftville").unpublish()
    assert stat(client.get("/").content.decode(), "city") == 1


def test_home_page_links_to_the_directory(client, city_index):
    html = client.get("/").content.decode()
    assert 'href="/cities/"' in html


def test_about_page(client, home):
    about = StandardPage(
        title="About the Academy",
        slug="about",
        intro="A place where cities learn from each other.",
        body=[("heading", {"text": "Who we are", "level": "h2"})],
    )
    home.add_child(instance=about)
    response = client.get("/about/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1" in html and "About the Academy" in html
    assert "A place where cities learn from each other." in html
    assert "Who we are" in html
    assert "<title>About the Academy | " in html


def test_city_profile_lists_its_partner_cities(client, make_city, make_pairing):
    rosario = make_city("Rosario", population=948_312)
    chattanooga = make_city("Chattanooga", country="US")
    lyon = make_city("Lyon", country="FR")
    make_city("Unrelated", country="MX")
    make_pairing("cities-forward", rosario, chattanooga)
    make_pairing("iurc", lyon, rosario)
    response = client.get("/cities/rosario/")
    assert response.status_code == 200
    assert [p["city"].title for p in response.context["partners"]] == ["Chattanooga", "Lyon"]
    main = response.content.decode().split("<main", 1)[1].split("</main>", 1)[0]
    assert 'href="/cities/chattanooga/"' in main
    assert 'href="/cities/lyon/"' in main
    assert "Unrelated" not in main
    assert "948,312" in main
    assert "Argentina" in main


def test_city_without_pairings_says_so(client, make_city):
    html = client.get(make_city("Lonely").url).content.decode()
    assert "Lonely is not paired with another city yet." in html


def test_spanish_city_profile_links_to_spanish_partners(client, make_city, make_pairing, translate):
    rosario = make_city("Rosario")
    chattanooga = make_city("Chattanooga", country="US")
    make_pairing("cities-forward", rosario, chattanooga)
    translate(rosario, "es")
    translate(chattanooga, "es", title="Chattanooga (ES)")
    response = client.get("/es/cities/rosario/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'href="/es/cities/chattanooga/"' in html
    assert "Chattanooga (ES)" in html


def test_draft_city_is_not_served(client, make_city):
    city = make_city("Draftville")
    city.unpublish()
    assert client.get("/cities/draftville/").status_code == 404


def test_robots_txt(client, db):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


def test_sitemap_lists_published_cities(client, make_city):
    make_city("Rosario")
    make_city("Draftville").unpublish()
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    paths = re.findall(r"<loc>https?://[^/<]+(/[^<]*)</loc>", response.content.decode())
    assert "/cities/rosario/" in paths
    assert "/cities/draftville/" not in paths


def test_healthz(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


@pytest.mark.parametrize("path", ["/robots.txt", "/healthz"])
def test_plain_endpoints_refuse_writes(client, db, path):
    assert client.post(path).status_code == 405
    assert client.delete(path).status_code == 405


@pytest.mark.parametrize(
    "path", ["/no-such-page/", "/cities/no-such-city/", "/%00/", "/" + "a" * 3000 + "/"]
)
def test_unknown_url_gets_our_404_page(client, city_index, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "404.html" in [template.name for template in response.templates]
    html = response.content.decode()
    assert "Page not found" in html
    assert 'class="lang-switcher"' in html
    assert 'name="robots" content="noindex"' in html


def test_404_page_in_spanish(client, home):
    response = client.get("/es/no-existe/")
    assert response.status_code == 404
    assert '<html lang="es"' in response.content.decode()


def test_500_page_renders_without_a_request_context(db):
    """Django renders 500.html with an empty context: it must not need the page or request."""
    response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert "<html" in html
    assert len(html) > 200
