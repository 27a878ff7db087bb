"""Editors translate any page through Wagtail's simple translation, from the admin."""

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import Locale

import pytest

from academy.models import CityPage


@pytest.fixture
def wagtail_editor(django_user_model):
    """A member of Wagtail's own Editors group, as an Academy editor would be."""
    user = django_user_model.objects.create_user(
        username="ana", email="ana@example.org", password="editor-pass-1234"
    )
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def test_an_editor_translates_the_site_into_french(client, wagtail_editor, make_city, home):
    city = make_city("Rosario")
    french = Locale.objects.get(language_code="fr")
    client.force_login(wagtail_editor)
    url = reverse("simple_translation:submit_page_translation", args=[home.pk])

    assert client.get(url).status_code == 200
    response = client.post(url, {"locales": [french.pk], "include_subtree": "on"})

    assert response.status_code == 302
    copy = city.get_translation(french)
    assert copy.title == "Rosario"
    assert copy.get_parent().specific.get_translation(Locale.get_default()).slug == "cities"
    # The copies wait as drafts for the translator; visitors still get the English pages,
    # with the French interface, until the French pages are published.
    assert not copy.live
    response = client.get("/fr/cities/rosario/")
    assert response.status_code == 200
    assert '<html lang="fr"' in response.content.decode()


def test_a_city_cannot_be_offered_in_a_language_its_parent_lacks(client, wagtail_editor, make_city):
    city = make_city("Rosario")
    client.force_login(wagtail_editor)
    url = reverse("simple_translation:submit_page_translation", args=[city.pk])
    page = client.get(url).content.decode()
    french = Locale.objects.get(language_code="fr")
    assert f'<input type="checkbox" name="locales" value="{french.pk}"' in page
    checkbox = page.split(f'value="{french.pk}"', 1)[1].split(">", 1)[0]
    assert "disabled" in checkbox
    assert "parent page" in page


def test_an_admin_user_without_the_right_group_cannot_translate(editor_client, make_city):
    city = make_city("Rosario")
    url = reverse("simple_translation:submit_page_translation", args=[city.pk])
    response = editor_client.get(url)
    assert response.status_code in (302, 403)
    french = Locale.objects.get(language_code="fr")
    editor_client.post(url, {"locales": [french.pk]})
    assert city.get_translation_or_none(french) is None


def test_translating_into_an_unknown_locale_is_refused(client, wagtail_editor, make_city):
    city = make_city("Rosario")
    client.force_login(wagtail_editor)
    url = reverse("simple_translation:submit_page_translation", args=[city.pk])
    response = client.post(url, {"locales": ["999999", "abc"]})
    assert response.status_code == 200  # the form again, with its error
    assert CityPage.objects.filter(translation_key=city.translation_key).count() == 1


def test_anonymous_visitors_are_sent_to_log_in(client, make_city):
    city = make_city("Rosario")
    url = reverse("simple_translation:submit_page_translation", args=[city.pk])
    response = client.post(url, {"locales": ["1"]})
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
