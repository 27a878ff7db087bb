"""Search routes. academy/urls.py mounts them: the page inside ``i18n_patterns`` (so that
/es/search/ is the page in Spanish), the JSON API outside them (one address for every
language, with ``lang`` saying which content to search)."""

from django.urls import path

from search import views

page_urlpatterns = [
    path("", views.search_page, name="search"),
]

api_urlpatterns = [
    path("", views.search_api, name="search_api"),
    path("suggest/", views.suggest_api, name="search_suggest"),
]
