"""Every environment variable the Academy reads, in one place.

Settings modules call these helpers; application code reads ``django.conf.settings``.
"""

import os
from dataclasses import dataclass, field
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def _split(value: str) -> list[str]:
    return [item.strip() for item in value.split(",") if item.strip()]


def _flag(value: str | None, default: bool = False) -> bool:
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class Env:
    secret_key: str = ""
    database_url: str = ""
    allowed_hosts: list[str] = field(default_factory=list)
    csrf_trusted_origins: list[str] = field(default_factory=list)
    search_backend: str = "sqlite_fts"
    search_index_path: str = ""
    elasticsearch_url: str = ""
    search_index_prefix: str = "academy"
    media_root: str = ""
    certificate_root: str = ""
    cache_dir: str = ""
    static_root: str = ""
    base_url: str = "http://127.0.0.1:8000"
    email_host: str = ""
    email_file_path: str = ""
    default_from_email: str = "academy@localhost"
    secure_ssl_redirect: bool = True


def read_env(environ: dict[str, str] | None = None) -> Env:
    """Read the process environment into an :class:`Env`."""
    environ = os.environ if environ is None else environ
    return Env(
        secret_key=environ.get("ACADEMY_SECRET_KEY", ""),
        database_url=environ.get("DATABASE_URL", ""),
        allowed_hosts=_split(environ.get("ACADEMY_ALLOWED_HOSTS", "")),
        csrf_trusted_origins=_split(environ.get("ACADEMY_CSRF_TRUSTED_ORIGINS", "")),
        search_backend=environ.get("ACADEMY_SEARCH_BACKEND", "sqlite_fts") or "sqlite_fts",
        search_index_path=environ.get("ACADEMY_SEARCH_INDEX_PATH", ""),
        elasticsearch_url=environ.get("ELASTICSEARCH_URL", ""),
        search_index_prefix=environ.get("ACADEMY_SEARCH_INDEX_PREFIX", "academy") or "academy",
        media_root=environ.get("ACADEMY_MEDIA_ROOT", ""),
        certificate_root=environ.get("ACADEMY_CERTIFICATE_ROOT", ""),
        cache_dir=environ.get("ACADEMY_CACHE_DIR", ""),
        static_root=environ.get("ACADEMY_STATIC_ROOT", ""),
        base_url=environ.get("ACADEMY_BASE_URL", "http://127.0.0.1:8000").rstrip("/"),
        email_host=environ.get("ACADEMY_EMAIL_HOST", ""),
        email_file_path=environ.get("ACADEMY_EMAIL_FILE_PATH", ""),
        default_from_email=environ.get("ACADEMY_FROM_EMAIL", "academy@localhost"),
        secure_ssl_redirect=_flag(environ.get("ACADEMY_SSL_REDIRECT"), default=True),
    )


# SQLite with several processes: writers queue rather than fail, readers never block writers.
SQLITE_OPTIONS = {
    "transaction_mode": "IMMEDIATE",
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
}


def database_config(url: str, default_sqlite: Path) -> dict:
    """``DATABASES['default']`` from ``DATABASE_URL``, or SQLite on disk when it is unset."""
    if not url:
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(default_sqlite),
            "OPTIONS": dict(SQLITE_OPTIONS),
        }
    from django.core.exceptions import ImproperlyConfigured

    import dj_database_url

    try:
        config = dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
    except ValueError as error:  # UnknownSchemeError is a ValueError
        scheme = url.split("://", 1)[0] if "://" in url else "no scheme"
        raise ImproperlyConfigured(
            f"DATABASE_URL is not a database URL this site can use ({scheme!r}); expected "
            "for example postgres://user:password@host:5432/name or sqlite:////path/db.sqlite3."
        ) from error
    if config["ENGINE"] == "django.db.backends.sqlite3":
        config["CONN_MAX_AGE"] = 0
        config["OPTIONS"] = {**SQLITE_OPTIONS, **config.get("OPTIONS", {})}
    return config
