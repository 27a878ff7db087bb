"""HTTP views of certificates (being written)."""

from django.http import Http404


def my_certificates(request):
    raise Http404


def verify(request):
    raise Http404


def verify_code(request, code):
    raise Http404


def download(request, code, language):
    raise Http404
