"""The one rule for which translation a visitor sees: theirs, else English, else the original."""

import pytest

from academy.models import CityPage
from core.localization import shown_languages, shown_versions, version_for

pytestmark = pytest.mark.django_db


def _shown(locale):
    rows = shown_versions(CityPage.objects.all(), locale=locale).select_related("locale")
    return sorted((page.title, page.locale.language_code) for page in rows)


@pytest.fixture
def library(make_city, translate, locale):
    """Rosario in en and es; Cali in en only; Renca only in Spanish (its original)."""
    rosario = make_city("Rosario")
    rosario_es = translate(rosario, "es", title="Rosario (es)")
    cali = make_city("Cali")
    renca_en = make_city("Renca")
    renca = translate(renca_en, "es", title="Renca (es)")
    renca_en.delete()
    return {"rosario": rosario, "rosario_es": rosario_es, "cali": cali, "renca": renca}


def test_every_page_once_in_the_visitors_language_where_translated(library, locale):
    assert _shown(locale("es")) == [("Cali", "en"), ("Renca (es)", "es"), ("Rosario (es)", "es")]
    assert _shown(locale("en")) == [("Cali", "en"), ("Renca (es)", "es"), ("Rosario", "en")]
    assert _shown(locale("fr")) == [("Cali", "en"), ("Renca (es)", "es"), ("Rosario", "en")]


def test_a_hidden_translation_falls_back_to_english(library, locale):
    library["rosario_es"].unpublish()
    assert ("Rosario", "en") in _shown(locale("es"))


def test_the_result_is_a_queryset_that_filters_after_choosing(library, locale):
    shown = shown_versions(CityPage.objects.all(), locale=locale("es"))
    assert shown.filter(title__startswith="R").count() == 2
    assert shown.filter(locale=locale("es")).count() == 2


def test_version_for_one_page(library, locale):
    assert version_for(library["rosario"], locale=locale("es")).pk == library["rosario_es"].pk
    assert version_for(library["rosario_es"], locale=locale("pt")).pk == library["rosario"].pk
    assert version_for(library["cali"], locale=locale("es")).pk == library["cali"].pk
    library["cali"].unpublish()
    assert version_for(library["cali"], locale=locale("es")) is None


def test_shown_languages_per_version(library):
    pages = [library["rosario"], library["rosario_es"], library["cali"], library["renca"]]
    shown = shown_languages(pages)
    assert shown[library["rosario"].pk] == {"en", "fr", "pt"}
    assert shown[library["rosario_es"].pk] == {"es"}
    assert shown[library["cali"].pk] == {"en", "es", "fr", "pt"}
    assert shown[library["renca"].pk] == {"en", "es", "fr", "pt"}
