"""manage.py render_certificates: every matching PDF once, on a pool, safe to stop and re-run.

Rendering is real (WeasyPrint) and the numbers small: five valid certificates and a revoked
one. Worker processes cannot see a test's transaction, so these tests commit
(``transaction=True``) to a file copy of the test database that every process opens (the
``shared_database`` fixture of the concurrency tests); each test has its own storage folder.
Ctrl-C and a killed worker are real too: the command runs in a child process there.
"""

import os
import re
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from io import StringIO
from pathlib import Path
from types import SimpleNamespace

from django.conf import settings as django_settings
from django.core.management import CommandError, call_command
from django.utils import timezone
from django.utils.text import slugify

import pytest

from courses.certificates.codes import group_code, new_code
from courses.certificates.rendering import LANGUAGES, pdf_name
from courses.certificates.services import TEMPLATE_REVISION
from courses.models import Certificate
from tests.courses.concurrency.conftest import shared_database  # noqa: F401 - autouse

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

TIMEOUT = 90


@pytest.fixture(autouse=True)
def storage_root(settings, tmp_path):
    """A certificate storage of this test's own, so files can be counted."""
    root = tmp_path / "certificates"
    settings.STORAGES = {
        **settings.STORAGES,
        "certificates": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(root)},
        },
    }
    return root


@pytest.fixture
def database_file(shared_database):  # noqa: F811 - the imported fixture
    """The file every process opens during the test (None on PostgreSQL)."""
    if shared_database is None:
        pytest.skip("the child process is pointed at a SQLite file; PostgreSQL needs no copy")
    return shared_database


@pytest.fixture
def world(make_course, make_city, make_learner, translate, complete_course):
    """Two courses (one also in Spanish, under another slug), two cities (one also in Spanish,
    under another slug), five valid learner certificates and a revoked one.

    Zoë's certificate is issued through the real services; the others copy its statement with
    their own names, the way a bulk export meets them.
    """
    rosario = make_city("Rosario", country="AR")
    medellin = make_city("Medellín", country="CO", slug="medellin")
    translate(medellin, "es", slug="medellin-co")
    heat = make_course("Cooling streets", modules=1, lessons=1)
    heat_es = translate(heat, "es", title="Enfriar calles", slug="enfriar-calles")
    water = make_course("Water at the kerb", modules=1, lessons=1)
    zoe = make_learner("zoe@example.org", city=rosario, name="Zoë Ñúñez-Gonçalves")
    first = complete_course(zoe, heat)

    def issue(name, course, city, **fields):
        user = make_learner(f"{slugify(name)}@example.org", city=city, name=name)
        return Certificate.objects.create(
            code=new_code(),
            user=user,
            course=course,
            city=city,
            statement={**first.statement, "holder_name": name, "city_name": city.title},
            template_revision=TEMPLATE_REVISION,
            **fields,
        )

    certificates = SimpleNamespace(
        zoe=first,
        lukasz=issue("Łukasz Wójcik", heat, medellin),
        ingrid=issue("Ingrid Sørensen", water, rosario),
        cagla=issue("Çağla Öztürk", water, medellin),
        jose=issue("José Núñez", heat_es, rosario),
        revoked=issue("Ana Revogada", heat, rosario, status="revoked", revoked_at=timezone.now()),
    )
    certificates.valid = [
        certificates.zoe,
        certificates.lukasz,
        certificates.ingrid,
        certificates.cagla,
        certificates.jose,
    ]
    return certificates


def render(*args, **options) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("render_certificates", *args, stdout=out, stderr=err, **options)
    return out.getvalue(), err.getvalue()


def stored(root: Path) -> set[str]:
    return {path.relative_to(root).as_posix() for path in root.rglob("*.pdf")}


def expected(certificates, languages=LANGUAGES) -> set[str]:
    fresh = Certificate.objects.in_bulk([c.pk for c in certificates])
    return {pdf_name(fresh[c.pk], language) for c in certificates for language in languages}


def is_whole_pdf(path: Path) -> bool:
    data = path.read_bytes()
    return data.startswith(b"%PDF-") and b"%%EOF" in data[-32:]


def modified(root: Path) -> dict[str, int]:
    return {path.name: path.stat().st_mtime_ns for path in root.rglob("*.pdf")}


# Rendering and skipping ---------------------------------------------------------------------


def test_renders_every_valid_certificate_in_every_language_then_skips_them(world, storage_root):
    out, err = render("--jobs", "2")

    assert stored(storage_root) == expected(world.valid)
    assert len(stored(storage_root)) == 20
    assert all(is_whole_pdf(path) for path in storage_root.rglob("*.pdf"))
    assert "Matched 5 certificates: 20 PDFs (en, es, fr, pt)" in out
    assert "Rendered 20, already up to date 0, failed 0" in out
    assert "(2 workers)" in out
    assert "Rendering" in err  # the progress bar
    assert not list(storage_root.rglob("*.part"))

    before = modified(storage_root)
    out, _err = render("--jobs", "2")
    assert "Rendered 0, already up to date 20, failed 0" in out
    assert modified(storage_root) == before


def test_only_a_changed_certificate_is_rendered_again(world, storage_root):
    out, _err = render("--language", "en", "--jobs", "1")
    assert "Rendered 5, already up to date 0, failed 0" in out
    assert "(1 worker)" in out  # --jobs 1 renders in this process
    old_name = pdf_name(world.lukasz, "en")
    statement = {**world.lukasz.statement, "holder_name": "Łukasz Wójcik-Nowak"}
    Certificate.objects.filter(pk=world.lukasz.pk).update(statement=statement)

    out, _err = render("--language", "en", "--jobs", "1")

    assert "Rendered 1, already up to date 4, failed 0" in out
    assert stored(storage_root) == expected(world.valid, ["en"])
    assert old_name not in stored(storage_root)


# Filters ------------------------------------------------------------------------------------


def test_filters_match_a_course_or_a_city_in_any_language(world, storage_root):
    def matched(*args) -> set[str]:
        shutil.rmtree(storage_root, ignore_errors=True)
        render(*args, "--language", "en", "--jobs", "1")
        return stored(storage_root)

    heat = expected([world.zoe, world.lukasz, world.jose], ["en"])
    assert matched("--course", "cooling-streets") == heat
    assert matched("--course", "enfriar-calles") == heat  # its Spanish slug
    medellin = expected([world.lukasz, world.cagla], ["en"])
    assert matched("--city", "medellin") == medellin
    assert matched("--city", "medellin-co") == medellin  # its Spanish slug
    assert matched("--course", "water-at-the-kerb", "--city", "rosario") == expected(
        [world.ingrid], ["en"]
    )
    assert matched("--status", "revoked") == expected([world.revoked], ["en"])
    assert matched("--status", "all") == expected([*world.valid, world.revoked], ["en"])


def test_language_option(world, storage_root):
    out, _err = render("--language", "fr", "--language", "PT", "--language", "fr", "--jobs", "1")
    assert stored(storage_root) == expected(world.valid, ["fr", "pt"])
    assert "Matched 5 certificates: 10 PDFs (fr, pt)" in out


def test_verbosity_zero_is_quiet(world, storage_root):
    out, err = render("--language", "en", "--jobs", "1", verbosity=0)
    assert (out, err) == ("", "")
    assert len(stored(storage_root)) == 5


# Exports ------------------------------------------------------------------------------------


def test_out_copies_the_pdfs_named_by_grouped_code_and_language(world, storage_root, tmp_path):
    target = tmp_path / "export" / "spring"  # created by the command
    out, _err = render("--language", "en", "--language", "es", "--jobs", "1", "--out", target)

    names = {
        f"{group_code(c.code)}-{language}.pdf" for c in world.valid for language in "en es".split()
    }
    assert {path.name for path in target.iterdir()} == names
    assert f"Copied 10 PDFs to {target}" in out
    text = subprocess.run(
        ["pdftotext", target / f"{group_code(world.zoe.code)}-en.pdf", "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Zoë Ñúñez-Gonçalves" in text

    # Again, after one certificate changed: same names, that copy brought up to date.
    statement = {**world.zoe.statement, "holder_name": "Zoë Ñúñez"}
    Certificate.objects.filter(pk=world.zoe.pk).update(statement=statement)
    render("--language", "en", "--language", "es", "--jobs", "1", "--out", target)
    assert {path.name for path in target.iterdir()} == names
    copy = target / f"{group_code(world.zoe.code)}-en.pdf"
    assert (
        copy.read_bytes()
        == (storage_root / pdf_name(Certificate.objects.get(pk=world.zoe.pk), "en")).read_bytes()
    )


def test_zip_holds_exactly_the_matching_pdfs(world, storage_root, tmp_path):
    target = tmp_path / "export"
    out, _err = render("--course", "water-at-the-kerb", "--zip", "--out", target, "--jobs", "1")

    archive_path = target / "certificates-water-at-the-kerb.zip"
    assert f"Wrote 8 PDFs to {archive_path}" in out
    assert [path.name for path in target.iterdir()] == [archive_path.name]  # no loose PDFs
    with zipfile.ZipFile(archive_path) as archive:
        assert archive.testzip() is None
        assert sorted(archive.namelist()) == sorted(
            f"{group_code(c.code)}-{language}.pdf"
            for c in (world.ingrid, world.cagla)
            for language in LANGUAGES
        )
        assert all(archive.read(name).startswith(b"%PDF-") for name in archive.namelist())

    # Nothing matched: nothing written.
    out, _err = render("--status", "superseded", "--zip", "--out", target)
    assert "Matched 0 certificates: 0 PDFs" in out and "No PDFs to export." in out
    assert [path.name for path in target.iterdir()] == [archive_path.name]

    # Without --out: a new folder, whose path is printed even with --verbosity 0.
    out, _err = render("--city", "medellin", "--language", "en", "--zip", verbosity=0)
    match = re.fullmatch(r"Wrote 2 PDFs to (\S+/certificates-medellin-en\.zip)\n", out)
    assert match, out
    archive_path = Path(match.group(1))
    try:
        with zipfile.ZipFile(archive_path) as archive:
            assert sorted(archive.namelist()) == sorted(
                f"{group_code(c.code)}-en.pdf" for c in (world.lukasz, world.cagla)
            )
    finally:
        shutil.rmtree(archive_path.parent)


# Failures and interruptions ------------------------------------------------------------------


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_failing_certificate_is_reported_and_does_not_stop_the_others(world, storage_root, jobs):
    # One certificate's folder cannot be made (a file is in the way): its PDF cannot be stored.
    broken = world.lukasz
    in_the_way = (storage_root / pdf_name(broken, "en")).parent
    in_the_way.parent.mkdir(parents=True)
    in_the_way.write_text("not a folder")
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError) as error:
        call_command(
            "render_certificates", "--language", "en", "--jobs", jobs, stdout=out, stderr=err
        )

    code = group_code(broken.code)
    assert str(error.value) == f"1 PDF failed: {code} (en). The others were rendered."
    assert f"Failed: {code} (en): FileExistsError" in err.getvalue()
    assert "Rendered 4, already up to date 0, failed 1" in out.getvalue()
    others = [c for c in world.valid if c != broken]
    assert stored(storage_root) == expected(others, ["en"])


def test_a_rerun_after_an_interruption_renders_only_what_is_missing(world, storage_root):
    render("--language", "en", "--jobs", "1")
    lost = [storage_root / pdf_name(c, "en") for c in (world.zoe, world.cagla)]
    for path in lost:
        path.unlink()
    # A killed render can leave its temporary file behind; an old one is cleared, one that
    # may belong to a render under way is left alone.
    folder = (storage_root / pdf_name(world.ingrid, "en")).parent
    stale, recent = folder / "tmpstale.part", folder / "tmprecent.part"
    stale.write_bytes(b"%PDF-1.7 half a")
    recent.write_bytes(b"%PDF-1.7 half a")
    os.utime(stale, (time.time() - 3600, time.time() - 3600))

    out, _err = render("--language", "en", "--jobs", "1")

    assert "Rendered 2, already up to date 3, failed 0" in out
    assert "Removed 1 temporary files" in out
    assert stored(storage_root) == expected(world.valid, ["en"])
    assert not stale.exists() and recent.exists()


def command_in_a_child(database: Path, storage_root: Path, tmp_path: Path, *args):
    """``manage.py render_certificates`` in its own process group, as from a terminal."""
    (tmp_path / "render_test_settings.py").write_text(
        "from academy.settings.test import *  # noqa: F403\n"
        "STORAGES = {**STORAGES, 'certificates': {'BACKEND': "  # noqa: F405
        "'django.core.files.storage.FileSystemStorage', "
        f"'OPTIONS': {{'location': {str(storage_root)!r}}}}}}}\n"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "render_test_settings",
        "PYTHONPATH": os.pathsep.join([str(tmp_path), str(django_settings.BASE_DIR)]),
        "DATABASE_URL": f"sqlite:///{database}",
    }
    return subprocess.Popen(
        [sys.executable, "manage.py", "render_certificates", *args],
        cwd=django_settings.BASE_DIR,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def wait_for_first_pdf(process, storage_root: Path) -> None:
    deadline = time.monotonic() + TIMEOUT
    while not any(storage_root.rglob("*.pdf")):
        if process.poll() is not None:
            pytest.fail(f"the command ended before rendering: {process.communicate()}")
        if time.monotonic() > deadline:
            process.kill()
            pytest.fail("no PDF was rendered in time")
        time.sleep(0.01)


def workers_of(process) -> list[int]:
    pids = Path(f"/proc/{process.pid}/task/{process.pid}/children").read_text().split()
    return [
        int(pid)
        for pid in pids
        if b"multiprocessing.spawn" in Path(f"/proc/{pid}/cmdline").read_bytes()
    ]


def test_ctrl_c_stops_the_workers_and_a_rerun_completes(
    world, storage_root, database_file, tmp_path
):
    every = [*world.valid, world.revoked]  # 24 PDFs: time enough to interrupt
    args = ("--status", "all", "--jobs", "2")
    process = command_in_a_child(database_file, storage_root, tmp_path, *args)
    wait_for_first_pdf(process, storage_root)
    os.killpg(process.pid, signal.SIGINT)  # what Ctrl-C in a terminal does
    out, err = process.communicate(timeout=TIMEOUT)

    assert process.returncode == 130, err
    assert "Interrupted:" in err and "Traceback" not in err
    done = stored(storage_root)
    assert 0 < len(done) < 24
    assert done <= expected(every)
    assert not list(storage_root.rglob("*.part"))
    assert all(is_whole_pdf(path) for path in storage_root.rglob("*.pdf"))

    out, _err = render("--status", "all", "--jobs", "1")
    assert f"Rendered {24 - len(done)}, already up to date {len(done)}, failed 0" in out
    assert stored(storage_root) == expected(every)


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="finds workers in /proc")
def test_a_killed_worker_fails_its_pdfs_and_a_rerun_completes(
    world, storage_root, database_file, tmp_path
):
    process = command_in_a_child(database_file, storage_root, tmp_path, "--jobs", "2")
    wait_for_first_pdf(process, storage_root)
    os.kill(workers_of(process)[0], signal.SIGKILL)
    out, err = process.communicate(timeout=TIMEOUT)

    assert process.returncode == 1, err
    assert "stopped unexpectedly" in err
    assert re.search(r"CommandError: \d+ PDFs? failed: ", err)

    out, _err = render("--jobs", "1")
    assert stored(storage_root) == expected(world.valid)
    assert "failed 0" in out


# Hostile input --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--course", "no-such-course"], "No course has the slug 'no-such-course'."),
        (["--course", "../../etc/passwd"], "No course has the slug '../../etc/passwd'."),
        (["--course", "cool\x00ing"], "No course has the slug 'cool\\x00ing'."),
        (["--course", "x" * 5000], "No course has the slug 'xxxxxxxx"),
        (["--city", "atlantis"], "No city has the slug 'atlantis'."),
        (["--language", "xx"], "Unknown --language 'xx': use one of en, es, fr, pt."),
        (["--language", "en/../fr"], "Unknown --language 'en/../fr'"),
        (["--language", ""], "Unknown --language ''"),
        (["--jobs", "0"], "--jobs must be at least 1 (got 0)."),
        (["--jobs", "-3"], "--jobs must be at least 1 (got -3)."),
        (["--jobs", "100000"], "--jobs must be at most"),
        (["--jobs", "two"], "argument --jobs: invalid int value: 'two'"),
        (["--status", "deleted"], "argument --status: invalid choice: 'deleted'"),
        (["--out", ""], "--out needs a directory."),
    ],
)
def test_hostile_arguments_are_refused_clearly(storage_root, args, message):
    with pytest.raises(CommandError) as error:
        render(*args)
    assert message in str(error.value)
    assert not storage_root.exists()


def test_out_must_be_a_writable_directory(storage_root, tmp_path):
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder")
    with pytest.raises(CommandError, match=r"--out '.*notes\.txt' is a file, not a directory\."):
        render("--out", a_file)
    with pytest.raises(CommandError, match=r"--out '.*notes\.txt/inside' cannot be written to"):
        render("--out", a_file / "inside")
    with pytest.raises(CommandError, match=r"--out '/proc/academy' cannot be written to"):
        render("--out", "/proc/academy")
    assert a_file.read_text() == "not a folder"
