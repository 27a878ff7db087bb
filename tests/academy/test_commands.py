"""Management commands people run: ensure_admin and seed_demo."""

import stat
from io import StringIO
from types import SimpleNamespace

from django.contrib.auth import authenticate, get_user_model
from django.core.cache import cache
from django.core.management import CommandError, call_command
from django.db import connection
from django.db.models import Count
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page, Revision

import pytest

from academy.models import (
    CityIndexPage,
    CityPage,
    ClusterIndexPage,
    HomePage,
    Pairing,
    PairingIndexPage,
    PairingMember,
)
from academy.services import validate_pairing_members
from academy.taxonomy import WorldRegion, region_for_country

User = get_user_model()

# ensure_admin -------------------------------------------------------------------------------


@pytest.fixture
def admin_env(monkeypatch, settings, tmp_path):
    """No DJANGO_SUPERUSER_* variables; credentials saved under a private temporary var/."""
    for name in ("USERNAME", "EMAIL", "PASSWORD"):
        monkeypatch.delenv(f"DJANGO_SUPERUSER_{name}", raising=False)
    settings.MEDIA_ROOT = str(tmp_path / "var" / "media")
    return tmp_path / "var" / "admin-credentials.txt"


def ensure_admin() -> str:
    out = StringIO()
    call_command("ensure_admin", stdout=out)
    return out.getvalue()


def test_ensure_admin_creates_a_superuser_with_a_generated_password(db, admin_env):
    output = ensure_admin()
    user = User.objects.get()
    assert (user.username, user.email) == ("admin", "admin@example.org")
    assert user.is_superuser and user.is_staff and user.is_active
    login_line = next(line for line in output.splitlines() if line.startswith("Admin login:"))
    password = login_line.split(" / ", 1)[1].strip()
    assert len(password) >= 12
    assert authenticate(username="admin", password=password) == user
    assert admin_env.read_text().strip() == f"admin / {password}"
    assert stat.S_IMODE(admin_env.stat().st_mode) == 0o600
    assert str(admin_env) in output


def test_ensure_admin_second_run_creates_nothing_and_prints_the_login_again(db, admin_env):
    first = ensure_admin()
    password_hash = User.objects.get().password
    second = ensure_admin()
    assert User.objects.count() == 1
    assert User.objects.get().password == password_hash
    login = next(line for line in first.splitlines() if line.startswith("Admin login:"))
    assert login in second


def test_ensure_admin_uses_the_environment(db, admin_env, monkeypatch):
    monkeypatch.setenv("DJANGO_SUPERUSER_USERNAME", "ana")
    monkeypatch.setenv("DJANGO_SUPERUSER_EMAIL", "ana@example.org")
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "a-long-chosen-passphrase")
    output = ensure_admin()
    user = User.objects.get()
    assert (user.username, user.email, user.is_superuser) == ("ana", "ana@example.org", True)
    assert authenticate(username="ana", password="a-long-chosen-passphrase") == user
    assert "a-long-chosen-passphrase" not in output
    assert "Admin login: ana" in output
    assert not admin_env.exists()
    # Re-running keeps the account and its password.
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "another-passphrase-entirely")
    ensure_admin()
    assert User.objects.count() == 1
    assert authenticate(username="ana", password="a-long-chosen-passphrase") == user


@pytest.mark.parametrize(
    "email", ["not-an-email", "admin@", "@example.org", "admin@example.org\nBcc: x@y.z", "a b@c.d"]
)
def test_ensure_admin_refuses_a_bad_email(db, admin_env, monkeypatch, email):
    monkeypatch.setenv("DJANGO_SUPERUSER_EMAIL", email)
    with pytest.raises(CommandError) as error:
        ensure_admin()
    assert "DJANGO_SUPERUSER_EMAIL is not a valid address" in str(error.value)
    assert not User.objects.exists()
    assert not admin_env.exists()


@pytest.mark.parametrize("username", [" ", "x" * 151])
def test_ensure_admin_refuses_a_bad_username_length(db, admin_env, monkeypatch, username):
    monkeypatch.setenv("DJANGO_SUPERUSER_USERNAME", username)
    with pytest.raises(CommandError, match="DJANGO_SUPERUSER_USERNAME"):
        ensure_admin()
    assert not User.objects.exists()


@pytest.mark.parametrize("username", ["bad name", "admin/../x", "ad<min>"])
def test_ensure_admin_refuses_a_username_django_would_refuse(db, admin_env, monkeypatch, username):
    """The login form would never accept these names; the command says so up front."""
    monkeypatch.setenv("DJANGO_SUPERUSER_USERNAME", username)
    with pytest.raises(CommandError, match="DJANGO_SUPERUSER_USERNAME"):
        ensure_admin()
    assert not User.objects.exists()


def test_ensure_admin_does_not_vouch_for_an_existing_ordinary_account(db, admin_env):
    """An existing non-admin "admin" account must not be announced as the admin login."""
    User.objects.create_user(username="admin", password="whatever-1234")
    try:
        ensure_admin()
    except CommandError as error:
        assert "admin" in str(error)
    else:
        assert User.objects.get(username="admin").is_superuser


# seed_demo ----------------------------------------------------------------------------------


def page_counts() -> dict[tuple[str, str], int]:
    rows = (
        Page.objects.filter(depth__gt=1)
        .order_by()
        .values_list("content_type__model", "locale__language_code")
        .annotate(n=Count("pk"))
    )
    return {(model, language): n for model, language, n in rows}


def snapshot() -> dict:
    return {
        "pages": page_counts(),
        "live": Page.objects.filter(live=True).count(),
        "pairings": Pairing.objects.count(),
        "members": PairingMember.objects.count(),
        "revisions": Revision.objects.count(),
    }


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker, seeded_demo_database):
    """seed_demo's first run (the test run's seeded demo, copied in) and a second run here on
    top of it, in a module-wide transaction rolled back afterwards.

    Tests using ``db`` inside this module run in savepoints on top of the seeded data.
    """
    with django_db_blocker.unblock(), seeded_demo_database():
        cache.clear()
        try:
            first = snapshot()
            second_out = StringIO()
            call_command("seed_demo", stdout=second_out, stderr=StringIO())
            yield SimpleNamespace(first=first, second=snapshot(), second_out=second_out)
        finally:
            cache.clear()


def test_seed_demo_twice_gives_the_same_counts(seeded, db):
    assert seeded.second == seeded.first
    assert seeded.first["pages"][("citypage", "en")] >= 55
    assert "no row counts changed" in seeded.second_out.getvalue()


def test_seed_demo_builds_the_tree_in_english_and_spanish(seeded, db):
    for language in ("en", "es"):
        home = HomePage.objects.get(locale__language_code=language)
        assert home.live
        for model in (CityIndexPage, ClusterIndexPage, PairingIndexPage):
            page = model.objects.child_of(home).get()
            assert page.live
    english = CityPage.objects.filter(locale__language_code="en")
    spanish = CityPage.objects.filter(locale__language_code="es", live=True)
    assert set(spanish.values_list("translation_key", flat=True)) == set(
        english.values_list("translation_key", flat=True)
    )


def test_seeded_cities_have_valid_facts(seeded, db):
    for city in CityPage.objects.filter(locale__language_code="en"):
        city.full_clean(exclude=["path", "depth", "url_path"])
        assert city.region == region_for_country(str(city.country)), city.title
        assert city.population_source


def test_seed_demo_cities_forward_is_12_one_to_one_pairs(seeded, db):
    pairings = Pairing.objects.filter(programme__slug="cities-forward").prefetch_related(
        "members__city"
    )
    assert len(pairings) == 12
    cities = set()
    for pairing in pairings:
        members = [member.city for member in pairing.members.all()]
        assert len(members) == 2
        assert {city.region for city in members} == {
            WorldRegion.NORTH_AMERICA,
            WorldRegion.LATIN_AMERICA_CARIBBEAN,
        }, [c.title for c in members]
        cities |= {city.translation_key for city in members}
    assert len(cities) == 24
    assert (
        Pairing.objects.filter(programme__slug="cities-forward", members__city__title="Rosario")
        .filter(members__city__title="Chattanooga")
        .exists()
    )


def test_seed_demo_iurc_and_eucg_pairings(seeded, db):
    assert Pairing.objects.filter(programme__slug="iurc").count() >= 8
    eucg = Pairing.objects.filter(programme__slug="eu-cities-gateway").annotate(n=Count("members"))
    multi = [pairing for pairing in eucg if pairing.n >= 3]
    assert len(multi) >= 3
    for pairing in eucg:
        assert pairing.is_illustrative, pairing
        assert pairing.source_note


def test_seeded_pairings_obey_the_pairing_rules(seeded, db):
    for pairing in Pairing.objects.prefetch_related("members__city").select_related("programme"):
        cities = [member.city for member in pairing.members.all()]
        validate_pairing_members(
            programme=pairing.programme, cities=cities, exclude_pairing_id=pairing.pk
        )
        if pairing.start_date and pairing.end_date:
            assert pairing.end_date >= pairing.start_date


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/es/",
        "/fr/",
        "/about/",
        "/cities/",
        "/es/cities/",
        "/cities/rosario/",
        "/es/cities/rosario/",
        "/pt/cities/rosario/",
        "/clusters/",
        "/clusters/water-resources/",
        "/es/clusters/nature-based-solutions/",
        "/pairings/",
        "/es/pairings/",
        "/cities/?region=europe&programme=eu-cities-gateway",
    ],
)
def test_seeded_site_pages_render(seeded, db, client, path):
    response = client.get(path)
    assert response.status_code == 200


def test_seeded_rosario_lists_chattanooga_as_partner(seeded, db, client):
    for path, partner in [
        ("/cities/rosario/", "/cities/chattanooga/"),
        ("/es/cities/rosario/", "/es/cities/chattanooga/"),
    ]:
        html = client.get(path).content.decode()
        assert f'href="{partner}"' in html


def test_seeded_directory_query_budget(seeded, db, client):
    client.get("/cities/")
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/cities/")
    assert response.context["total_count"] >= 55
    assert len(captured) <= 40


def test_seed_demo_dry_run_changes_nothing(seeded, db):
    before = snapshot()
    out = StringIO()
    call_command("seed_demo", "--dry-run", stdout=out, stderr=StringIO())
    assert snapshot() == before
    assert "Dry run" in out.getvalue()


def test_seed_demo_refuses_a_site_without_the_academy_home(db):
    from wagtail.models import Site

    before = snapshot()
    Site.objects.update(root_page=Page.objects.get(depth=1))
    with pytest.raises(CommandError, match="migrate"):
        call_command("seed_demo", stdout=StringIO(), stderr=StringIO())
    assert snapshot() == before


def test_seed_demo_refuses_unknown_options(db):
    with pytest.raises(CommandError):
        call_command("seed_demo", "--delete-everything", stdout=StringIO())
