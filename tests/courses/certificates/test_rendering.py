"""Certificate PDFs, read back as a person or a phone would read them.

Everything is real: certificates are issued by completing a course, WeasyPrint renders them,
poppler's ``pdftotext``, ``pdfinfo``, ``pdffonts`` and ``pdfimages`` read the PDF, and the QR
code is rasterised with ``pdftoppm`` and decoded with zbar's ``zbarimg`` (Debian packages
``poppler-utils`` and ``zbar-tools``: ``make system-deps``). Nothing is fetched over the
network: a real HTTP server on 127.0.0.1 records any request a render would make.
"""

import re
import shutil
import subprocess
import threading
import time
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import SimpleNamespace
from urllib.request import urlopen

from django.conf import settings as django_settings
from django.core.checks import run_checks

import pytest
import time_machine
import weasyprint.text.ffi
from PIL import Image

from courses.certificates.codes import group_code
from courses.certificates.rendering import (
    LocalFetcher,
    allowed_roots,
    certificate_storage,
    ensure_rendered,
    open_pdf,
    pdf_name,
    render_pdf,
    verification_url,
)
from courses.models import AcademyTrack, Certificate

TOOLS = ("pdftotext", "pdfinfo", "pdffonts", "pdfimages", "pdftoppm", "zbarimg")
pytestmark = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in TOOLS),
    reason="needs poppler-utils and zbar-tools (make system-deps)",
)

ISSUED = datetime(2026, 12, 5, 15, 30, tzinfo=UTC)
SPANISH_TITLE = "Calles más frescas"


class Pdf:
    """A rendered PDF on disk, read with poppler and zbar."""

    def __init__(self, data: bytes, folder: Path, name: str = "certificate"):
        assert data.startswith(b"%PDF-")
        self.path = folder / f"{name}.pdf"
        self.path.write_bytes(data)
        self.folder = folder
        self.name = name

    def _run(self, *command) -> str:
        return subprocess.run(command, capture_output=True, text=True, check=True).stdout

    @property
    def text(self) -> str:
        return self._run("pdftotext", "-enc", "UTF-8", str(self.path), "-")

    @property
    def words(self) -> str:
        """The text with whitespace collapsed (lines may wrap anywhere in a long value)."""
        return " ".join(self.text.split())

    @property
    def letters(self) -> str:
        """The text without any whitespace, for values that wrap mid-word."""
        return "".join(self.text.split())

    @property
    def info(self) -> dict[str, str]:
        lines = self._run("pdfinfo", str(self.path)).splitlines()
        return {key.strip(): value.strip() for key, _, value in (li.partition(":") for li in lines)}

    @property
    def fonts(self) -> list[tuple[str, str]]:
        """(font name without its subset prefix, embedded "yes"/"no") per font."""
        rows = self._run("pdffonts", str(self.path)).splitlines()[2:]
        return [(row.split()[0].split("+")[-1], row.split()[-5]) for row in rows]

    @property
    def images(self) -> list[tuple[int, int]]:
        """(width, height) of each raster image (soft masks left out)."""
        rows = self._run("pdfimages", "-list", str(self.path)).splitlines()[2:]
        cells = [row.split() for row in rows]
        return [(int(cell[3]), int(cell[4])) for cell in cells if cell[2] == "image"]

    @property
    def qr(self) -> str:
        png = self.folder / self.name
        self._run("pdftoppm", "-png", "-r", "150", "-singlefile", str(self.path), str(png))
        scanned = subprocess.run(
            ("zbarimg", "--quiet", "--raw", f"{png}.png"), capture_output=True, text=True
        )
        return scanned.stdout.strip()


@pytest.fixture
def read(tmp_path):
    """``read(pdf_bytes)``: the PDF as a ``Pdf``, each in its own file."""
    count = iter(range(100))
    return lambda data: Pdf(data, tmp_path, name=f"certificate-{next(count)}")


@pytest.fixture
def media(settings, tmp_path):
    """MEDIA_ROOT of this test's own, for logos and signatures."""
    root = tmp_path / "media"
    root.mkdir()
    settings.MEDIA_ROOT = str(root)
    return root


@pytest.fixture
def tripwire():
    """A real HTTP server on 127.0.0.1 that records every request; it must stay unvisited."""
    hits = []

    class Recorder(BaseHTTPRequestHandler):
        def do_GET(self):
            hits.append(self.path)
            body = b"body { display: none }"
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_port}"
    with urlopen(f"{url}/probe", timeout=5) as response:  # noqa: S310 - our own server
        response.read()
    assert hits == ["/probe"], "the tripwire records requests"
    hits.clear()
    yield SimpleNamespace(url=url, hits=hits)
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


@pytest.fixture
def issued(learner, course, complete_course, translate):
    """Zoë's certificate for a course with a Spanish translation, issued on ISSUED."""
    translate(course, "es", title=SPANISH_TITLE)
    with time_machine.travel(ISSUED, tick=False):
        return complete_course(learner, course)


# What a certificate says, in each language ----------------------------------------------------


@pytest.mark.parametrize(
    ("language", "title", "place", "date"),
    [
        ("en", "Cooling streets", "Rosario, Argentina", "December 5, 2026"),
        ("es", SPANISH_TITLE, "Rosario, Argentina", "5 de diciembre de 2026"),
        ("fr", "Cooling streets", "Rosario, Argentine", "5 décembre 2026"),
        ("pt", "Cooling streets", "Rosario, Argentina", "5 de Dezembro de 2026"),
    ],
)
def test_the_pdf_states_the_certificate_in_each_language(
    issued, read, language, title, place, date
):
    pdf = read(render_pdf(issued, language))

    assert pdf.info["Pages"] == "1"
    assert pdf.info["Page size"] == "841.89 x 595.276 pts (A4)", "A4, landscape"
    words = pdf.words
    assert "Zoë Ñúñez-Gonçalves" in words
    assert place in words
    assert title in words
    assert group_code(issued.code) in words
    assert date in words
    if language == "en":
        assert "Certificate of completion".upper() in words
        assert "3 hours of study" in words
        assert f"Issued on {date}" in words
    if language != "es":
        assert SPANISH_TITLE not in words

    scanned = pdf.qr
    assert scanned == verification_url(issued, language)
    prefix = "" if language == "en" else f"/{language}"  # English is the unprefixed default
    assert scanned.endswith(f"{prefix}/certificates/verify/{group_code(issued.code)}/")


def test_names_with_diacritics_come_back_exactly_in_the_bundled_fonts(issued, read):
    issued.statement = {
        **issued.statement,
        "holder_name": "Łukasz Wróbel",
        "city_name": "Łódź",
        "country": "PL",
        "signatories": [
            {"name": "Zoë Ñúñez-Gonçalves", "role": {"en": "Dyrektor"}},
            {"name": "Łukasz Wróbel", "role": {"en": "Koordynator"}},
        ],
    }
    pdf = read(render_pdf(issued, "en"))

    words = pdf.words
    assert "Łukasz Wróbel Łódź, Poland" in words, "the holder (serif) and the place (sans)"
    assert "Zoë Ñúñez-Gonçalves Dyrektor Łukasz Wróbel Koordynator" in words, "signatories"
    # Every font is embedded and one of the certificate's own: no glyph came from a font
    # of the machine. The latin-ext fonts are embedded as fonts of their own: were Ł drawn
    # from the latin font it has no glyph in, the text layer would still say Ł while the
    # page showed another letter.
    assert all(embedded == "yes" for _name, embedded in pdf.fonts)
    assert {name for name, _embedded in pdf.fonts} == {
        "Academy-Sans",  # "This certifies that", the city
        "Academy-Sans-Ext",  # Ł of Łódź
        "Academy-Sans-Bold",  # signatories' names
        "Academy-Sans-Ext-Bold",  # Ł of the signatory Łukasz
        "Academy-Serif-Semi-Bold",  # the holder's name
        "Academy-Serif-Ext-Semi-Bold",  # Ł of the holder Łukasz
    }


# Hostile statements: escaped, fetched from nowhere, one page ----------------------------------


def test_hostile_text_is_shown_literally_fetches_nothing_and_stays_on_one_page(
    issued, read, media, tripwire
):
    hostile_logo = media / "branding" / "logo.svg"
    hostile_logo.parent.mkdir()
    hostile_logo.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        'viewBox="0 0 10 10"><style>@import url("' + tripwire.url + '/svg-import.css");</style>'
        f'<image href="{tripwire.url}/svg-image.png" width="10" height="10"/>'
        '<image xlink:href="file:///etc/passwd" width="10" height="10"/>'
        '<rect width="10" height="10" fill="#0b4f6c"/></svg>'
    )
    issued.statement = {
        **issued.statement,
        "holder_name": f'<b>Zoë</b> <img src="{tripwire.url}/holder.png">',
        "city_name": '<link rel="stylesheet" href="file:///etc/passwd">',
        "programme": {"en": f"</p><style>@import url({tripwire.url}/programme.css)</style>"},
        "title": {"en": "A" * 10_000},
        "primary_colour": f"red; background: url({tripwire.url}/colour.png)",
        "accent_colour": "#f2a900</style><script>",
        "logo": "branding/logo.svg",
        "signatories": [
            {
                "name": "\u202eevil.exe\u202c 😀 Ana",
                "role": {"en": "<script>alert(1)</script>"},
                "signature": f"{tripwire.url}/signature.png",
            },
            {"name": "Bea", "role": {"en": "x"}, "signature": "../../../../etc/passwd"},
        ],
    }

    started = time.monotonic()
    pdf = read(render_pdf(issued, "en"))
    elapsed = time.monotonic() - started

    assert tripwire.hits == []
    assert pdf.info["Pages"] == "1"
    assert elapsed < 10, "a guard against runaway layout, not a timing target"
    letters = pdf.letters
    assert f'<b>Zoë</b><imgsrc="{tripwire.url}/holder.png">' in letters
    assert '<linkrel="stylesheet"href="file:///etc/passwd">' in letters
    assert f"</p><style>@importurl({tripwire.url}/programme.css)</style>".upper() in letters
    assert "<script>alert(1)</script>" in letters
    assert "evil.exe" in letters, "the right-to-left override does not reverse the name"
    assert "root:" not in letters
    title = max(re.findall("A{20,}", letters), key=len)
    assert len(title) < 1_000, "the 10,000-letter title is cut to what fits"
    assert "Bea" in letters
    assert pdf.images == [], "no raster image came from anywhere"


def test_the_fetcher_reads_only_the_sites_own_files(tripwire, settings, tmp_path):
    static = Path(django_settings.BASE_DIR).resolve() / "static"
    font = static / "fonts" / "certificate" / "source-sans-3-latin-400-normal.ttf"
    fetcher = LocalFetcher(allowed_roots())

    assert fetcher.fetch(font.as_uri()).read() == font.read_bytes()
    assert fetcher.fetch("data:text/plain;base64,aGk=").read() == b"hi"
    assert fetcher.fetch("data:text/plain,h%C3%AD").read() == "hí".encode()
    refused = [
        f"{tripwire.url}/fetched.css",
        f"https://127.0.0.1:{tripwire.url.rsplit(':', 1)[1]}/fetched.css",
        f"ftp://127.0.0.1:{tripwire.url.rsplit(':', 1)[1]}/fetched.css",
        "file:///etc/passwd",
        f"{static.as_uri()}/../../etc/passwd",
        f"{static.as_uri()}/%2e%2e/%2e%2e/etc/passwd",
        "file://localhost/etc/passwd",
        f"file://127.0.0.1{static}/img/logo.svg",
    ]
    for url in refused:
        with pytest.raises(ValueError, match="Certificates"):
            fetcher.fetch(url)
    # A link out of the allowed folders is followed to where it leads, and refused there.
    settings.MEDIA_ROOT = str(tmp_path)
    (tmp_path / "passwd").symlink_to("/etc/passwd")
    with pytest.raises(ValueError, match="Certificates"):
        LocalFetcher(allowed_roots()).fetch((tmp_path / "passwd").as_uri())
    assert tripwire.hits == []


# Images, storage, languages, cities ------------------------------------------------------------


def test_the_logo_and_signatures_from_media_are_embedded_and_a_missing_one_is_skipped(
    issued, read, media
):
    (media / "branding").mkdir()
    (media / "signatures").mkdir()
    Image.new("RGB", (600, 240), "#0b4f6c").save(media / "branding" / "logo.png")
    Image.new("RGB", (480, 160), "#222222").save(media / "signatures" / "ana.png")
    issued.statement = {
        **issued.statement,
        "logo": "branding/logo.png",
        "signatories": [
            {"name": "Ana Pereira", "role": {"en": "Director"}, "signature": "signatures/ana.png"},
            {"name": "Bruno Costa", "role": {"en": "Lead"}, "signature": "signatures/gone.png"},
        ],
    }

    pdf = read(render_pdf(issued, "en"))

    assert sorted(pdf.images) == [(480, 160), (600, 240)]
    assert "Ana Pereira Director" in pdf.words
    assert "Bruno Costa Lead" in pdf.words, "a signatory whose image is gone still signs"


def test_a_pdf_is_stored_once_and_replaced_when_the_record_changes(issued, read):
    storage = certificate_storage()

    name, rendered_now = ensure_rendered(issued, "fr")
    assert rendered_now
    with storage.open(name) as stored_file:
        stored = stored_file.read()
    assert read(stored).info["Pages"] == "1"

    assert ensure_rendered(issued, "fr") == (name, False)
    with open_pdf(issued, "fr") as served:
        assert served.read() == stored, "served again, not rendered again"

    issued.statement = {**issued.statement, "holder_name": "Zoë Ñúñez"}
    issued.save()
    new_name, rendered_now = ensure_rendered(issued, "fr")
    assert rendered_now
    assert new_name != name
    assert not storage.exists(name), "the stale PDF is removed"
    with storage.open(new_name) as new_file:
        assert "Zoë Ñúñez" in read(new_file.read()).words


def test_an_unknown_language_is_refused_and_nothing_is_stored(issued):
    with pytest.raises(ValueError, match="Unknown certificate language"):
        render_pdf(issued, "de")
    with pytest.raises(ValueError, match="Unknown certificate language"):
        ensure_rendered(issued, "de")
    assert not certificate_storage().exists(pdf_name(issued, "de"))


def test_a_city_certificate_names_the_city_and_the_track(
    programme, course, learner, complete_course, read
):
    track = AcademyTrack.objects.create(programme=programme("cities-forward"), learners_required=1)
    track.courses.set([course])
    track.save()
    complete_course(learner, course)
    city_certificate = Certificate.objects.get(kind="city")

    pdf = read(render_pdf(city_certificate, "en"))

    words = pdf.words
    assert pdf.info["Pages"] == "1"
    assert "Certificate of participation".upper() in words
    assert "Certificate of completion".upper() not in words
    assert "This certifies that the city of Rosario" in words
    assert "through 1 learner who completed every course" in words
    assert track.programme.name in words
    assert "Cooling streets" in words
    assert group_code(city_certificate.code) in words
    assert pdf.qr == verification_url(city_certificate, "en")


# The startup check ------------------------------------------------------------------------------


def test_the_system_check_reports_a_missing_harfbuzz_subsetter(db, monkeypatch):
    assert "courses.E001" not in {message.id for message in run_checks()}

    monkeypatch.setattr(weasyprint.text.ffi, "harfbuzz_subset", None)

    errors = [message for message in run_checks() if message.id == "courses.E001"]
    assert len(errors) == 1
    assert "libharfbuzz-subset0" in errors[0].hint


def test_a_stored_pdf_is_rendered_again_when_its_issue_date_changes(issued, read):
    from courses.certificates.rendering import ensure_rendered

    first, rendered = ensure_rendered(issued, "fr")
    assert rendered
    issued.issued_at = ISSUED.replace(day=1)
    issued.save(update_fields=["issued_at"])

    second, rendered = ensure_rendered(issued, "fr")
    assert rendered and second != first
    with certificate_storage().open(second) as stored:
        assert "1 décembre 2026" in read(stored.read()).words
    assert not certificate_storage().exists(first), "the stale PDF is gone"
