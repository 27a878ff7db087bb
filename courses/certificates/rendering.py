"""Certificate PDFs: HTML from the frozen statement, WeasyPrint, stored until the record changes.

WeasyPrint never touches the network: ``LocalFetcher`` answers only ``file:`` URLs inside the
project's static files and media (fonts, logo, signatures), which it reads itself, and
``data:`` URLs, and refuses everything else, so a name such as ``<img src=http://127.0.0.1/...>``
(escaped anyway by the template) could fetch nothing even if it reached the HTML.

Whatever a statement holds, the PDF is one A4 landscape page made in bounded time: text is
cleaned (control and bidirectional override characters dropped, whitespace collapsed), cut
to a length that fits, and given a smaller size when long; colours must be hex colours; the
design clips anything that still overflows (``certificate_<revision>.css``).

Speed: the design's stylesheet is parsed once per process and its fonts (TrueType, converted
from the site's woff2 files, so nothing is decompressed) registered once in a shared
``FontConfiguration``; the QR code is an SVG drawn as one dashed line (``qr_svg``), which
WeasyPrint draws several times faster than a path of one segment per run of modules. Renders
in one process take turns: WeasyPrint's font machinery is shared, and Pango is not
thread-safe.

A PDF is stored under a name that carries a fingerprint of everything it shows (statement,
code, language, template revision): a changed record gets a new file, an unchanged one is
served again without rendering.
"""

import base64
import hashlib
import json
import logging
import os
import re
import tempfile
import threading
from pathlib import Path
from urllib.parse import unquote_to_bytes
from urllib.request import url2pathname

from django.conf import settings
from django.core.files.storage import storages
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import formats, timezone, translation

import segno
from django_countries import countries
from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher, URLFetcherResponse

from courses.certificates.codes import group_code, verification_path

logger = logging.getLogger(__name__)

STORAGE_ALIAS = "certificates"
LANGUAGES = tuple(code for code, _name in settings.LANGUAGES)
# Template per revision: a certificate is rendered with the design it was issued with. Each
# template has its stylesheet beside it, same name, ending in ``.css``.
TEMPLATES = {"2026.1": "certificates/pdf/certificate_2026_1.html"}
CURRENT_TEMPLATE = "2026.1"

# Bump when a change here alters what PDFs of an existing template revision look like, so that
# stored PDFs are rendered again (their names carry it through ``fingerprint``).
RENDERER_VERSION = 2
# A certificate spells the month out: Django's English DATE_FORMAT abbreviates it ("Dec. 1").
CERTIFICATE_DATE_FORMATS = {"en": "F j, Y"}

DEFAULT_PRIMARY = "#0b4f6c"
DEFAULT_ACCENT = "#f2a900"
DEFAULT_LOGO = "static/img/logo.svg"  # relative to BASE_DIR, the documents' base URL
_HEX_COLOUR = re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}")

# Longest text shown, in characters (the design clamps to two lines anyway; cutting first
# keeps layout time bounded whatever a statement holds).
MAX_HOLDER = 200
MAX_TITLE = 300
MAX_LINE = 160  # issuer, programme, place, signatory names and roles, each course of a track
MAX_COURSES = 8
MAX_SIGNATORIES = 3
MAX_RESOURCE_BYTES = 20 * 1024 * 1024  # a logo, signature or font file; images are at most 10 MB
# C0 and C1 controls, and the bidirectional embeddings, overrides and isolates (U+202A-202E,
# U+2066-2069) that could reorder what a name appears to say. Marks (U+200E/F) may stay.
_INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


class LocalFetcher(URLFetcher):
    """A WeasyPrint URL fetcher that reads files under the allowed roots and nothing else.

    ``file:`` URLs are resolved (``..`` and symbolic links included) and must land inside one
    of ``roots``; the file is then read here, not through urllib, so no other handler (FTP,
    proxies, remote ``file://host/``) is ever involved. ``data:`` URLs are decoded. Anything
    else raises ``ValueError``, which WeasyPrint logs and treats as a missing resource.
    """

    def __init__(self, roots):
        super().__init__(allowed_protocols=("file", "data"))
        self.roots = [Path(root).resolve() for root in roots]

    def fetch(self, url, headers=None):
        if url.startswith("data:"):
            return _data_response(url)
        if not url.startswith("file:"):
            raise ValueError(f"Certificates fetch nothing over the network: {url[:80]}")
        path = url.split("?", 1)[0].split("#", 1)[0][5:]
        if path.startswith("//") and not path.startswith("///"):
            raise ValueError(f"Certificates read only this machine's files: {url[:80]}")
        resolved = Path(url2pathname(path)).resolve()
        if not any(resolved.is_relative_to(root) for root in self.roots):
            raise ValueError(f"Certificates read only the site's own files: {url[:80]}")
        if resolved.stat().st_size > MAX_RESOURCE_BYTES:
            raise ValueError(f"Too large for a certificate: {url[:80]}")
        return URLFetcherResponse(resolved.as_uri(), body=resolved.read_bytes())


def _data_response(url: str) -> URLFetcherResponse:
    """A ``data:`` URL's content, decoded here (urllib would parse and cache the whole URL)."""
    header, comma, payload = url[5:].partition(",")
    if not comma:
        raise ValueError("A data: URL without data")
    media_type, *parameters = header.split(";")
    if parameters and parameters[-1].strip().lower() == "base64":
        body = base64.b64decode(payload)
    else:
        body = unquote_to_bytes(payload)
    headers = {"Content-Type": media_type.strip() or "text/plain"}
    return URLFetcherResponse(url, body=body, headers=headers)


def allowed_roots() -> list[Path]:
    return [Path(path) for path in settings.STATICFILES_DIRS] + [Path(settings.MEDIA_ROOT)]


def fingerprint(certificate, language: str) -> str:
    """What a PDF shows, hashed: the record's fields it prints and how they are printed."""
    payload = json.dumps(
        {
            "statement": certificate.statement,
            "code": certificate.code,
            "issued_at": certificate.issued_at.isoformat(),
            "language": language,
            "revision": certificate.template_revision,
            "renderer": RENDERER_VERSION,
        },
        sort_keys=True,
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode()).hexdigest()


def pdf_name(certificate, language: str) -> str:
    code = certificate.code
    return f"{code[:2]}/{code}/{language}-{fingerprint(certificate, language)[:24]}.pdf"


def certificate_storage():
    return storages[STORAGE_ALIAS]


def verification_url(certificate, language: str) -> str:
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return base + verification_path(certificate.code, language=language)


def verify_address(language: str) -> str:
    """Where to type a code from paper: the verification form's address, without scheme."""
    with translation.override(language):
        path = reverse("certificate_verify")
    address = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
    return address.split("://", 1)[-1]


def qr_svg(url: str) -> str:
    """The QR code of ``url`` as an SVG document: vector, sharp at any print size.

    One element draws it all, because WeasyPrint's cost is per SVG element and per path
    command: a single stroked line zigzags through the rows of modules (left to right, down
    one, right to left, ...), turning a module's width outside the code so that every turn
    falls in a gap, and its dash pattern is the run-lengths of dark and light modules along
    the way. The mask is fixed: any of the eight gives a valid code, and letting segno score
    all eight costs more than the rest of the QR code.
    """
    qr = segno.make(url, error="m", micro=False, mask=0)
    size = len(qr.matrix)
    # Dash pattern: even positions are dashes (dark), odd positions gaps (light). The line
    # starts on row 0's first module, the top-left finder pattern's corner: always dark.
    pattern: list[int] = []

    def run(dark: bool, length: int) -> None:
        if pattern and (len(pattern) % 2 == 1) == dark:
            pattern[-1] += length
        else:
            pattern.append(length)

    commands = ["M0 0.5"]
    for y, row in enumerate(qr.matrix):
        modules = [bool(module & 1) for module in row]
        leftward = y % 2 == 1
        if leftward:
            modules.reverse()
        if y:
            run(False, 2)  # down one row, outside the code, then back in
        for dark in modules:
            run(dark, 1)
        run(False, 1)  # out past the edge, where the line turns
        commands.append(f"H{-1 if leftward else size + 1}")
        if y < size - 1:
            commands.append(f"V{y + 1}.5")
    if len(pattern) % 2:
        pattern.append(1)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}">'
        f'<path d="{"".join(commands)}" fill="none" stroke="#111111" stroke-width="1" '
        f'stroke-dasharray="{" ".join(map(str, pattern))}"/></svg>'
    )


def qr_data_uri(url: str) -> str:
    """``qr_svg(url)`` as a ``data:`` URL, for an ``<img>`` in the certificate.

    The SVG stays embedded in the document and vector in the PDF; as an image rather than
    markup in the page, its elements skip the HTML cascade (half the cost of drawing it).
    """
    return "data:image/svg+xml;base64," + base64.b64encode(qr_svg(url).encode()).decode()


def media_url(relative: str) -> str:
    """A ``file:`` URL for a media file named in a statement, or "" if it is not there."""
    if not relative or not isinstance(relative, str):
        return ""
    root = Path(settings.MEDIA_ROOT).resolve()
    path = (root / relative).resolve()
    if not path.is_relative_to(root) or not path.is_file():
        return ""
    return path.as_uri()


def clean_text(value, limit: int) -> str:
    """``value`` as one line of at most ``limit`` characters, safe to lay out.

    Control characters and bidirectional overrides are dropped, runs of whitespace become one
    space, and text longer than ``limit`` is cut with an ellipsis. HTML is left as it is: the
    template escapes it, so it shows literally.
    """
    if value is None:
        return ""
    text = str(value)[: limit * 4]
    text = " ".join(_INVISIBLE.sub("", text).split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def colour(value, default: str) -> str:
    """``value`` if it is a hex colour (``#abc``, ``#aabbcc``), else ``default``."""
    return value if isinstance(value, str) and _HEX_COLOUR.fullmatch(value) else default


def _size_class(text: str, sizes: tuple[tuple[int, str], ...], smallest: str) -> str:
    for longest, name in sizes:
        if len(text) <= longest:
            return name
    return smallest


def _in_language(values, language: str) -> str:
    """A per-language value of a statement (``{"en": ..., "es": ...}``) in ``language``."""
    if isinstance(values, dict):
        return values.get(language) or values.get("en") or ""
    return values if isinstance(values, str) else ""


def _country_name(code) -> str:
    if not code or not isinstance(code, str):
        return ""
    name = countries.name(code)
    return str(name) if name else ""


def _static_root() -> Path:
    return (Path(settings.BASE_DIR) / "static").resolve()


def _base_url() -> str:
    return Path(settings.BASE_DIR).resolve().as_uri() + "/"


def _stylesheet_template(revision: str) -> str:
    return TEMPLATES.get(revision, TEMPLATES[CURRENT_TEMPLATE]).removesuffix(".html") + ".css"


def certificate_context(certificate, language: str) -> dict:
    """What the template shows, from the statement, cleaned and cut to size."""
    statement = certificate.statement if isinstance(certificate.statement, dict) else {}
    is_city = statement.get("kind") == "city"
    url = verification_url(certificate, language)
    holder_name = clean_text(statement.get("holder_name"), MAX_HOLDER)
    title = clean_text(_in_language(statement.get("title"), language), MAX_TITLE)
    city_name = clean_text(statement.get("city_name"), MAX_LINE)
    country_name = clean_text(_country_name(statement.get("country")), MAX_LINE)
    courses = [
        clean_text(_in_language(course, language), MAX_LINE)
        for course in (statement.get("courses") or [])[:MAX_COURSES]
    ]
    if len(statement.get("courses") or []) > MAX_COURSES:
        courses.append("…")
    signatories = []
    for signatory in (statement.get("signatories") or [])[:MAX_SIGNATORIES]:
        if not isinstance(signatory, dict):
            continue
        signatories.append(
            {
                "name": clean_text(signatory.get("name"), MAX_LINE),
                "role": clean_text(_in_language(signatory.get("role"), language), MAX_LINE),
                "signature_url": media_url(signatory.get("signature", "")),
            }
        )
    hours = statement.get("hours")
    learners = statement.get("learners")
    issued_at = certificate.issued_at or timezone.now()
    return {
        "certificate": certificate,
        "language": language,
        "is_city": is_city,
        "issuer": clean_text(statement.get("issuer") or statement.get("site_name"), MAX_LINE),
        "programme_name": clean_text(_in_language(statement.get("programme"), language), MAX_LINE),
        "holder_name": holder_name,
        "holder_size": _size_class(holder_name, ((26, "xl"), (40, "l"), (64, "m")), "s"),
        "place": ", ".join(part for part in (city_name, country_name) if part),
        "country_name": country_name,
        "title": title,
        "title_size": _size_class(title, ((60, "l"), (110, "m")), "s"),
        "courses": courses,
        "hours": hours if isinstance(hours, int) and 0 < hours < 100_000 else None,
        "learners": learners if isinstance(learners, int) and learners >= 0 else 0,
        "issued_on": formats.date_format(
            timezone.localtime(issued_at), CERTIFICATE_DATE_FORMATS.get(language, "DATE_FORMAT")
        ),
        "signatories": signatories,
        "logo_url": media_url(statement.get("logo", "")) or DEFAULT_LOGO,
        "primary_colour": colour(statement.get("primary_colour"), DEFAULT_PRIMARY),
        "accent_colour": colour(statement.get("accent_colour"), DEFAULT_ACCENT),
        "display_code": group_code(certificate.code),
        "verification_url": url,
        "verify_address": verify_address(language),
        "qr_url": qr_data_uri(url),
    }


def _document_html(certificate, language: str, *, inline_styles: bool) -> str:
    template = TEMPLATES.get(certificate.template_revision, TEMPLATES[CURRENT_TEMPLATE])
    with translation.override(language):
        context = certificate_context(certificate, language)
        html = render_to_string(template, context)
    if inline_styles:
        css = render_to_string(_stylesheet_template(certificate.template_revision))
        html = html.replace("</head>", f"<style>\n{css}</style>\n</head>", 1)
    return html


def certificate_html(certificate, language: str) -> str:
    """The certificate as one self-contained HTML document (its stylesheet inline).

    ``render_pdf`` lays out the same document, with the stylesheet parsed once per process.
    """
    return _document_html(certificate, language, inline_styles=True)


_lock = threading.RLock()
_font_config = None
_stylesheets: dict[tuple[str, str], CSS] = {}


def _shared_font_config() -> FontConfiguration:
    # One per process: the bundled fonts are registered once, not at every render.
    global _font_config
    with _lock:
        if _font_config is None:
            _font_config = FontConfiguration()
        return _font_config


def _stylesheet(revision: str) -> CSS:
    """The design's stylesheet, parsed once per process (and per base directory)."""
    name = _stylesheet_template(revision)
    key = (name, _base_url())
    with _lock:
        stylesheet = _stylesheets.get(key)
        if stylesheet is None:
            stylesheet = CSS(
                string=render_to_string(name),
                base_url=key[1],
                url_fetcher=LocalFetcher([_static_root()]),
                font_config=_shared_font_config(),
            )
            _stylesheets[key] = stylesheet
        return stylesheet


def render_pdf(certificate, language: str) -> bytes:
    """The certificate's PDF in ``language``, rendered now (nothing is stored)."""
    if language not in LANGUAGES:
        raise ValueError(f"Unknown certificate language: {language!r}")
    html = _document_html(certificate, language, inline_styles=False)
    with _lock:
        document = HTML(
            string=html, base_url=_base_url(), url_fetcher=LocalFetcher(allowed_roots())
        )
        return document.write_pdf(
            stylesheets=[_stylesheet(certificate.template_revision)],
            font_config=_shared_font_config(),
        )


def ensure_rendered(certificate, language: str) -> tuple[str, bool]:
    """Store the certificate's PDF in ``language`` unless an up-to-date one is stored.

    Returns ``(storage name, rendered now)``. Writes go to a temporary file first and are
    moved into place, so an interrupted render never leaves half a PDF behind.
    """
    storage = certificate_storage()
    name = pdf_name(certificate, language)
    if storage.exists(name):
        return name, False
    pdf = render_pdf(certificate, language)
    target = Path(storage.path(name))
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=target.parent, suffix=".part", delete=False) as handle:
        handle.write(pdf)
        partial = handle.name
    os.replace(partial, target)
    # Older renderings of this language (the record changed since) are no longer served.
    for stale in target.parent.glob(f"{language}-*.pdf"):
        if stale != target:
            stale.unlink(missing_ok=True)
    return name, True


def open_pdf(certificate, language: str):
    """An open file of the certificate's up-to-date PDF in ``language`` (rendered if need be)."""
    name, _rendered = ensure_rendered(certificate, language)
    return certificate_storage().open(name, "rb")
