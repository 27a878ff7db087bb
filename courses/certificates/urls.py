from django.urls import path

from courses.certificates import views

urlpatterns = [
    path("", views.my_certificates, name="my_certificates"),
    path("verify/", views.verify, name="certificate_verify"),
    # ``path``, not ``str``: whatever is typed after verify/ (slashes included) gets the
    # verification page's own answer, never a generic 404.
    path("verify/<path:code>/", views.verify_code, name="certificate_verify_code"),
    path("<str:code>/<str:language>.pdf", views.download, name="certificate_download"),
]
