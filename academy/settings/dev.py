"""Local development: DEBUG on, a fixed insecure key, mail to the console."""

from .base import *  # noqa: F403
from .base import ENV

DEBUG = True
SECRET_KEY = ENV.secret_key or "dev-only-insecure-key-do-not-use-in-production-4f9a8c7e"  # noqa: S105
ALLOWED_HOSTS = ENV.allowed_hosts or ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
if ENV.email_file_path:
    # Each message as a file in this directory (the browser tests read them back).
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = ENV.email_file_path
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    "certificates": STORAGES["certificates"],  # noqa: F405
}
