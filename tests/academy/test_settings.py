"""Settings: production refuses to start without its secrets and passes the deploy check.

Production settings are imported in a subprocess with a scrubbed environment, as a server
would, so nothing in this test process (test settings, developer variables) leaks in.
"""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

from academy.settings.env import database_config, read_env

ROOT = Path(__file__).resolve().parents[2]
GOOD_KEY = secrets.token_urlsafe(64)


def run(args, *, timeout=60, **env):
    clean = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", str(ROOT)),
        "DJANGO_SETTINGS_MODULE": "academy.settings.production",
        **env,
    }
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


IMPORT_PRODUCTION = ["-c", "import academy.settings.production"]


def test_production_refuses_to_start_without_a_secret_key():
    result = run(IMPORT_PRODUCTION, ACADEMY_ALLOWED_HOSTS="academy.example.org")
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "ACADEMY_SECRET_KEY must be set" in result.stderr


def test_production_refuses_a_short_secret_key():
    result = run(
        IMPORT_PRODUCTION, ACADEMY_SECRET_KEY="x" * 49, ACADEMY_ALLOWED_HOSTS="academy.example.org"
    )
    assert result.returncode != 0
    assert "at least 50 characters" in result.stderr


@pytest.mark.parametrize("hosts", [None, "", " , ,"])
def test_production_refuses_to_start_without_allowed_hosts(hosts):
    env = {"ACADEMY_SECRET_KEY": GOOD_KEY}
    if hosts is not None:
        env["ACADEMY_ALLOWED_HOSTS"] = hosts
    result = run(IMPORT_PRODUCTION, **env)
    assert result.returncode != 0
    assert "ACADEMY_ALLOWED_HOSTS must list the host names" in result.stderr


def test_manage_py_check_refuses_without_secrets():
    result = run(["manage.py", "check"])
    assert result.returncode != 0
    assert "ACADEMY_SECRET_KEY" in result.stderr


def test_wsgi_entry_point_uses_production_settings():
    """A server started on academy.wsgi without settings is strict, never dev or test."""
    env = {"ACADEMY_ALLOWED_HOSTS": "academy.example.org"}
    result = subprocess.run(
        [sys.executable, "-c", "import academy.wsgi"],
        cwd=ROOT,
        env={"PATH": os.environ.get("PATH", ""), "HOME": str(ROOT), **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode != 0
    assert "ACADEMY_SECRET_KEY must be set" in result.stderr


def test_deploy_check_passes_with_production_settings(tmp_path):
    result = run(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        ACADEMY_SECRET_KEY=GOOD_KEY,
        ACADEMY_ALLOWED_HOSTS="academy.example.org,www.academy.example.org",
        DATABASE_URL=f"sqlite:///{tmp_path}/db.sqlite3",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_settings_are_strict():
    script = (
        "from django.conf import settings as s;"
        "print(s.DEBUG, s.SECURE_SSL_REDIRECT, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE,"
        " s.SECURE_HSTS_SECONDS >= 31536000, s.ALLOWED_HOSTS, s.DATABASES['default']['ENGINE'])"
    )
    result = run(
        ["-c", f"import django; django.setup(); {script}"],
        ACADEMY_SECRET_KEY=GOOD_KEY,
        ACADEMY_ALLOWED_HOSTS=" academy.example.org , cdn.example.org ",
        DATABASE_URL="postgres://u:p@h:5432/db",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "False",
        "True",
        "True",
        "True",
        "True",
        "['academy.example.org',",
        "'cdn.example.org']",
        "django.db.backends.postgresql",
    ]


def test_a_bad_database_url_is_refused_with_a_message_naming_it():
    result = run(
        IMPORT_PRODUCTION,
        ACADEMY_SECRET_KEY=GOOD_KEY,
        ACADEMY_ALLOWED_HOSTS="academy.example.org",
        DATABASE_URL="not-a-database",
    )
    assert result.returncode != 0
    assert "DATABASE_URL" in result.stderr


# Parsing, in process ------------------------------------------------------------------------


def test_postgres_database_url():
    config = database_config("postgres://u:p@h:5432/db", Path("/unused.sqlite3"))
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert (config["NAME"], config["USER"], config["PASSWORD"]) == ("db", "u", "p")
    assert (config["HOST"], int(config["PORT"])) == ("h", 5432)


def test_database_url_with_escaped_password():
    config = database_config("postgresql://academy:p%40ss%2Fword@db.internal/academy", Path("/x"))
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert config["PASSWORD"] == "p@ss/word"


def test_no_database_url_means_sqlite_on_disk(tmp_path):
    config = database_config("", tmp_path / "db.sqlite3")
    assert config["ENGINE"] == "django.db.backends.sqlite3"
    assert config["NAME"] == str(tmp_path / "db.sqlite3")


def test_sqlite_database_url(tmp_path):
    config = database_config(f"sqlite:///{tmp_path}/db.sqlite3", Path("/unused"))
    assert config["ENGINE"] == "django.db.backends.sqlite3"
    assert config["NAME"] == f"{tmp_path}/db.sqlite3"


def test_comma_separated_lists_are_trimmed_and_skip_blanks():
    env = read_env(
        {
            "ACADEMY_ALLOWED_HOSTS": " a.example.org,b.example.org ,, ,",
            "ACADEMY_CSRF_TRUSTED_ORIGINS": "https://a.example.org",
        }
    )
    assert env.allowed_hosts == ["a.example.org", "b.example.org"]
    assert env.csrf_trusted_origins == ["https://a.example.org"]
    assert read_env({}).allowed_hosts == []


@pytest.mark.parametrize(
    ("value", "expected"),
    [(None, True), ("", True), ("false", False), ("0", False), ("off", False), ("TRUE", True)],
)
def test_ssl_redirect_flag(value, expected):
    environ = {} if value is None else {"ACADEMY_SSL_REDIRECT": value}
    assert read_env(environ).secure_ssl_redirect is expected


def test_defaults_without_environment():
    env = read_env({})
    assert env.secret_key == ""
    assert env.search_backend == "sqlite_fts"
    assert env.base_url == "http://127.0.0.1:8000"
    assert read_env({"ACADEMY_BASE_URL": "https://academy.example.org/"}).base_url == (
        "https://academy.example.org"
    )
