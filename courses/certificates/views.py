"""HTTP for certificates: a learner's own list and downloads, and the public verification.

- My certificates (``/certificates/``) and the PDFs (``/certificates/<code>/<language>.pdf``)
  are the holder's alone. Anyone else, logged in or not, gets the same 404 as for a code
  that does not exist, so codes cannot be probed through the download URL. The holder of a
  revoked or replaced certificate gets a 410 page that says why and what to use instead.
- Verification (``/certificates/verify/`` and ``/certificates/verify/<code>/``) is public,
  rate limited per client, never indexed and never cached: it reads the status and the
  learner's consent at the moment it answers.
"""

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from allauth.core.internal import ratelimit as allauth_ratelimit

from courses.certificates import selectors
from courses.certificates.codes import group_code, normalise_code, verification_path
from courses.certificates.forms import VerifyForm
from courses.certificates.rendering import open_pdf

RATE_LIMIT_ACTION = "verify_certificate"
NOINDEX = "noindex, nofollow"


def _private(response):
    """Headers every certificate response carries: not indexed, not stored by caches."""
    response["X-Robots-Tag"] = NOINDEX
    return response


# The learner's own certificates --------------------------------------------------------------


@never_cache
@require_safe
@login_required
def my_certificates(request):
    entries = selectors.learner_certificates(request.user)
    return _private(render(request, "certificates/my_certificates.html", {"entries": entries}))


@never_cache
@require_safe
def download(request, code, language):
    """The holder's PDF in ``language``, from the stored file (rendered first if need be)."""
    normalised = normalise_code(code)
    if normalised is None or language not in selectors.LANGUAGES:
        raise Http404
    certificate = selectors.own_certificate(request.user, normalised)
    if certificate is None:
        raise Http404
    if not certificate.is_valid:
        # Only the holder gets here (anyone else had the 404 above): tell them why.
        return _private(
            render(
                request,
                "certificates/unavailable.html",
                {"certificate": certificate},
                status=410,
            )
        )
    response = FileResponse(
        open_pdf(certificate, language),
        as_attachment=True,
        filename=selectors.download_filename(certificate, language),
        content_type="application/pdf",
    )
    return _private(response)


# Public verification -------------------------------------------------------------------------


def _within_rate_limit(request) -> bool:
    """Count one verification answer for this client against ``ACCOUNT_RATE_LIMITS``.

    allauth's public ``allauth.core.ratelimit.consume()`` never limits a GET (it leaves
    ``limit_get`` at False, as its own forms are POSTs), and verification answers are GETs;
    so this calls the function behind it, with the same settings, cache keys and app, asking
    for GETs to be counted. ``test_verification`` fails if an allauth upgrade changes this.
    """
    usage = allauth_ratelimit.consume(
        request, app="allauth.account", action=RATE_LIMIT_ACTION, key=None, limit_get=True
    )
    return usage is not None


def _rate_limited(request):
    response = render(request, "certificates/rate_limited.html", status=429)
    response["Retry-After"] = "60"
    return _private(response)


@never_cache
@require_safe
def verify(request):
    """The verification form. A GET with a code sends the browser to the code's page."""
    if "code" not in request.GET:
        return _private(render(request, "certificates/verify.html", {"form": VerifyForm()}))
    form = VerifyForm(request.GET)
    if form.is_valid():
        return redirect(verification_path(form.cleaned_data["code"]))
    return _private(render(request, "certificates/verify.html", {"form": form}, status=400))


@never_cache
@require_safe
def verify_code(request, code):
    """The answer for one code: valid, revoked, superseded, unknown (404) or malformed (400)."""
    normalised = normalise_code(code)
    if normalised is not None and code != group_code(normalised):
        # Typed in lower case, without dashes, with spaces: one canonical address per code.
        return redirect(verification_path(normalised), permanent=True)
    if not _within_rate_limit(request):
        return _rate_limited(request)
    if normalised is None:
        form = VerifyForm(initial={"code": code[:64]})
        return _private(
            render(
                request,
                "certificates/verification.html",
                {"outcome": "malformed", "form": form},
                status=400,
            )
        )
    answer = selectors.verification(normalised)
    if answer is None:
        form = VerifyForm(initial={"code": group_code(normalised)})
        return _private(
            render(
                request,
                "certificates/verification.html",
                {"outcome": "unknown", "form": form, "display_code": group_code(normalised)},
                status=404,
            )
        )
    return _private(
        render(
            request,
            "certificates/verification.html",
            {"outcome": answer.status, "answer": answer, "form": VerifyForm()},
        )
    )
