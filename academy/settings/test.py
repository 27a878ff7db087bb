"""Tests: fast hashing, in-memory mail, plain static storage, an isolated search index."""

import tempfile

from .base import *  # noqa: F403
from .base import ENV

DEBUG = False
SECRET_KEY = "test-only-insecure-key-not-secret-0123456789abcdefghijklmnop"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    "certificates": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": tempfile.mkdtemp(prefix="academy-test-certificates-")},
    },
}
# Tests render PDFs where they mean to; completing a course only issues the record.
ACADEMY_CERTIFICATE_PRERENDER = False
MEDIA_ROOT = tempfile.mkdtemp(prefix="academy-test-media-")
ACADEMY_SEARCH_INDEX_PATH = ENV.search_index_path or str(
    tempfile.mkdtemp(prefix="academy-test-search-") + "/search.sqlite3"
)
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
