"""The four languages: each is served, the switcher links them, translations are found."""

import re

from django.utils import translation

import pytest

LANGUAGES = {"en": "/", "es": "/es/", "fr": "/fr/", "pt": "/pt/"}


def html_lang(response) -> str:
    match = re.search(r'<html lang="([\w-]+)"', response.content.decode())
    assert match, "no <html lang> attribute"
    return match.group(1)


def switcher(response) -> dict[str, str]:
    """{language code: URL} of the language switcher's links."""
    html = response.content.decode()
    assert 'class="lang-switcher"' in html, "no language switcher on the page"
    nav = html.split('class="lang-switcher"', 1)[1].split("</nav>", 1)[0]
    links = {
        code: url for url, code in re.findall(r'<a href="([^"]*)"[^>]*hreflang="([\w-]+)"', nav)
    }
    assert links, "the language switcher has no links"
    return links


@pytest.mark.parametrize(("code", "path"), LANGUAGES.items())
def test_each_language_is_served_with_its_lang_attribute(client, home, code, path):
    response = client.get(path)
    assert response.status_code == 200
    assert html_lang(response) == code
    assert switcher(response) == LANGUAGES


@pytest.mark.parametrize(("code", "path"), LANGUAGES.items())
def test_switcher_marks_the_current_language(client, home, code, path):
    html = client.get(path).content.decode()
    current = re.findall(r'hreflang="(\w+)"[^>]*aria-current="true"', html)
    assert current == [code]


def test_switcher_names_each_language_in_itself(client, home):
    html = client.get("/").content.decode()
    for name in ("English", "Español", "Français", "Português"):
        assert name in html


@pytest.mark.parametrize("path", ["/de/", "/de/cities/", "/xx/", "/EN/", "/es-es/"])
def test_unknown_language_prefix_is_404(client, home, path):
    assert client.get(path).status_code == 404


def test_default_language_has_no_prefix(client, home):
    response = client.get("/en/")
    assert response.status_code == 404


def test_translated_city_links_to_its_spanish_url(client, make_city, translate):
    rosario = make_city("Rosario")
    translate(rosario, "es", title="Rosario (ES)")
    english = client.get("/cities/rosario/")
    assert switcher(english)["es"] == "/es/cities/rosario/"

    spanish = client.get("/es/cities/rosario/")
    assert spanish.status_code == 200
    assert html_lang(spanish) == "es"
    assert "Rosario (ES)" in spanish.content.decode()
    assert switcher(spanish)["en"] == "/cities/rosario/"


def test_spanish_directory_lists_spanish_city_pages(client, make_city, translate):
    rosario = make_city("Rosario")
    translate(rosario, "es", title="Rosario (ES)")
    response = client.get("/es/cities/")
    assert response.status_code == 200
    assert [city.title for city in response.context["cities"]] == ["Rosario (ES)"]
    assert 'href="/es/cities/rosario/"' in response.content.decode()


def test_untranslated_page_is_shown_with_the_language_prefix_kept(client, make_city):
    make_city("Rosario")
    response = client.get("/fr/cities/")
    assert response.status_code == 200
    assert html_lang(response) == "fr"
    html = response.content.decode()
    # Links stay in French, rather than dropping the visitor back into English.
    main = html.split("<main", 1)[1].split("</main>", 1)[0]
    assert 'href="/fr/cities/rosario/"' in main
    assert 'href="/cities/rosario/"' not in main
    profile = client.get("/fr/cities/rosario/")
    assert profile.status_code == 200
    assert html_lang(profile) == "fr"


def test_switcher_links_from_an_untranslated_page_all_work(client, make_city, translate):
    """Once a Spanish tree exists, a page not yet translated must not switch into a 404."""
    translate(make_city("Rosario"), "es")
    make_city("Lyon", country="FR")
    response = client.get("/cities/lyon/")
    for code, url in switcher(response).items():
        assert client.get(url).status_code == 200, f"{code}: {url}"


def ui_string(code: str, english: str) -> str:
    """``english`` in language ``code``, from the project's catalogues in locale/."""
    with translation.override(code):
        translated = translation.gettext(english)
    assert translated != english, f"no {code} translation of {english!r} in locale/"
    return translated


@pytest.mark.parametrize("code", ["es", "fr", "pt"])
def test_interface_strings_are_translated(client, home, code):
    """The home page's statistics heading (only in our catalogues) is in the page's language."""
    english = "The network in numbers"
    html = client.get(LANGUAGES[code]).content.decode()
    assert ui_string(code, english) in html
    assert english not in html


def test_untranslated_page_has_french_interface(client, make_city):
    make_city("Rosario")
    directory = client.get("/fr/cities/").content.decode()
    assert ui_string("fr", "Filter cities") in directory
    assert "Filter cities" not in directory
    profile = client.get("/fr/cities/rosario/").content.decode()
    assert ui_string("fr", "Key facts") in profile
    assert "Key facts" not in profile


def test_vocabulary_names_follow_the_language(client, make_city):
    make_city("Rosario", clusters=["circular-economy"], programmes=["iurc"])
    english = client.get("/cities/").content.decode()
    spanish = client.get("/es/cities/").content.decode()
    portuguese = client.get("/pt/cities/").content.decode()
    assert "Circular economy" in english
    assert "Economía circular" in spanish
    assert "Cooperação Urbana e Regional Internacional" in portuguese
