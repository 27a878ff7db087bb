from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps import Sitemap
from wagtail.documents import urls as wagtaildocs_urls

from academy import views
from casestudies.views import EXPORT_URLS as CASE_STUDY_EXPORT_URLS
from search import urls as search_urls

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": Sitemap}}),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("healthz", views.healthz, name="healthz"),
    path("api/search/", include(search_urls.api_urlpatterns)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# English pages live at /, the other languages under /es/, /fr/ and /pt/.
urlpatterns += i18n_patterns(
    path("accounts/", include("academy.accounts.urls")),
    path("accounts/", include("allauth.urls")),
    path("learning/", include("courses.urls")),
    path("certificates/", include("courses.certificates.urls")),
    path("search/", include(search_urls.page_urlpatterns)),
    *CASE_STUDY_EXPORT_URLS,
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
