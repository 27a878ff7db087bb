"""Certificate PDFs: HTML from the frozen statement, WeasyPrint, stored until the record changes.

WeasyPrint never touches the network: ``LocalFetcher`` answers only ``file:`` URLs inside the
project's static files and media (fonts, logo, signatures) and ``data:`` URLs, and refuses
everything else, so a name such as ``<img src=http://127.0.0.1/...>`` (escaped anyway by the
template) could fetch nothing even if it reached the HTML.

A PDF is stored under a name that carries a fingerprint of everything it shows (statement,
code, language, template revision): a changed record gets a new file, an unchanged one is
served again without rendering.
"""

import hashlib
import json
import logging
import os
import tempfile
from pathlib import Path
from urllib.request import url2pathname

from django.conf import settings
from django.core.files.storage import storages
from django.template.loader import render_to_string
from django.utils import translation

import segno
from weasyprint import HTML
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher

from courses.certificates.codes import group_code, verification_path

logger = logging.getLogger(__name__)

STORAGE_ALIAS = "certificates"
LANGUAGES = tuple(code for code, _name in settings.LANGUAGES)
# Template per revision: a certificate is rendered with the design it was issued with.
TEMPLATES = {"2026.1": "certificates/pdf/certificate_2026_1.html"}
CURRENT_TEMPLATE = "2026.1"


class LocalFetcher(URLFetcher):
    """A WeasyPrint URL fetcher that reads files under the allowed roots and nothing else."""

    def __init__(self, roots):
        super().__init__(allowed_protocols=("file", "data"))
        self.roots = [Path(root).resolve() for root in roots]

    def fetch(self, url, headers=None):
        if url.startswith("data:"):
            return super().fetch(url, headers)
        if not url.startswith("file:"):
            raise ValueError(f"Certificates fetch nothing over the network: {url[:80]}")
        response_path = Path(url2pathname(url.split("?")[0][5:])).resolve()
        if not any(response_path.is_relative_to(root) for root in self.roots):
            raise ValueError(f"Certificates read only the site's own files: {url[:80]}")
        return super().fetch(url, headers)


def allowed_roots() -> list[Path]:
    return [Path(path) for path in settings.STATICFILES_DIRS] + [Path(settings.MEDIA_ROOT)]


def fingerprint(certificate, language: str) -> str:
    payload = json.dumps(
        {
            "statement": certificate.statement,
            "code": certificate.code,
            "language": language,
            "revision": certificate.template_revision,
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


def qr_svg(url: str) -> str:
    """The QR code of ``url`` as an inline SVG (vector, sharp at any print size)."""
    return segno.make(url, error="m", micro=False).svg_inline(
        scale=4, border=0, dark="#111111", omitsize=True
    )


def media_url(relative: str) -> str:
    """A ``file:`` URL for a media file named in a statement, or "" if it is not there."""
    if not relative:
        return ""
    path = (Path(settings.MEDIA_ROOT) / relative).resolve()
    if not path.is_relative_to(Path(settings.MEDIA_ROOT).resolve()) or not path.is_file():
        return ""
    return path.as_uri()


def certificate_html(certificate, language: str) -> str:
    statement = certificate.statement
    template = TEMPLATES.get(certificate.template_revision, TEMPLATES[CURRENT_TEMPLATE])
    url = verification_url(certificate, language)
    with translation.override(language):
        context = {
            "certificate": certificate,
            "statement": statement,
            "language": language,
            "title": statement.get("title", {}).get(language) or "",
            "programme_name": (statement.get("programme") or {}).get(language, ""),
            "signatories": [
                {
                    "name": signatory.get("name", ""),
                    "role": signatory.get("role", {}).get(language, ""),
                    "signature_url": media_url(signatory.get("signature", "")),
                }
                for signatory in statement.get("signatories", [])
            ],
            "logo_url": media_url(statement.get("logo", "")),
            "static_root": Path(settings.BASE_DIR / "static").resolve().as_uri(),
            "display_code": group_code(certificate.code),
            "verification_url": url,
            "qr_svg": qr_svg(url),
        }
        return render_to_string(template, context)


_font_config = None


def _shared_font_config() -> FontConfiguration:
    # One per process: the bundled fonts are registered once, not at every render.
    global _font_config
    if _font_config is None:
        _font_config = FontConfiguration()
    return _font_config


def render_pdf(certificate, language: str) -> bytes:
    """The certificate's PDF in ``language``, rendered now (nothing is stored)."""
    if language not in LANGUAGES:
        raise ValueError(f"Unknown certificate language: {language!r}")
    html = certificate_html(certificate, language)
    base_url = Path(settings.BASE_DIR).resolve().as_uri() + "/"
    document = HTML(string=html, base_url=base_url, url_fetcher=LocalFetcher(allowed_roots()))
    return document.write_pdf(font_config=_shared_font_config())


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
