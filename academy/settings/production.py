"""Production: refuses to start without its secrets; passes ``check --deploy``."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import ENV

if not ENV.secret_key or len(ENV.secret_key) < 50:
    raise ImproperlyConfigured(
        "ACADEMY_SECRET_KEY must be set to a random string of at least 50 characters."
    )
if not ENV.allowed_hosts:
    raise ImproperlyConfigured(
        "ACADEMY_ALLOWED_HOSTS must list the host names the site answers to (comma-separated)."
    )

DEBUG = False
SECURE_SSL_REDIRECT = ENV.secure_ssl_redirect
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# Wagtail previews a page inside an iframe of the admin, so framing stays same-origin.
SILENCED_SYSTEM_CHECKS = ["security.W019"]

if ENV.email_host:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = ENV.email_host
