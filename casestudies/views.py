"""Open data downloads of a case study library: ``<library>/export.jsonl`` and ``.csv``.

Both are streamed, so a large library is never held in memory, and both are read-only: GET
and HEAD only (anything else is a 405).

Wagtail's page URL pattern allows no dot in a path segment, so a request for
``/case-studies/export.csv`` never reaches the library's routes. :data:`EXPORT_URLS` is the
URL pattern that does: it goes in the root URLconf's ``i18n_patterns``, before Wagtail's own.
"""

import csv

from django.http import Http404, HttpResponse, StreamingHttpResponse
from django.urls import re_path
from django.views.decorators.http import require_safe

from wagtail import hooks
from wagtail.models import Page

from casestudies.exporting import CSV_COLUMNS, csv_row, exported_records, to_json_line
from casestudies.models import CaseStudyIndexPage

JSONL_CONTENT_TYPE = "application/jsonl; charset=utf-8"
CSV_CONTENT_TYPE = "text/csv; charset=utf-8"
# Excel reads a CSV file without a byte order mark in the computer's legacy code page, which
# turns "Mérida" into "MÃ©rida"; with the mark it reads UTF-8. Python's csv (with
# encoding="utf-8-sig"), pandas, R and LibreOffice all accept the mark.
BYTE_ORDER_MARK = "\ufeff"


@require_safe
def library_export(request, path: str, extension: str):
    """``<path>export.<extension>``: the export of the case study library at ``path``.

    The library is found as Wagtail finds any page (site, language, live), and Wagtail's
    ``before_serve_page`` hooks run first, so a library behind a view restriction stays
    behind it.
    """
    route = Page.route_for_request(request, path)
    if route is None or not isinstance(route[0].specific, CaseStudyIndexPage):
        raise Http404
    page, args, kwargs = route
    for hook in hooks.get_hooks("before_serve_page"):
        result = hook(page, request, args, kwargs)
        if isinstance(result, HttpResponse):
            return result
    view = export_csv if extension == "csv" else export_jsonl
    return view(request, index_page=page.specific)


@require_safe
def export_jsonl(request, *, index_page):
    """/case-studies/export.jsonl: one case study per line, in exactly the import format."""

    def lines():
        for _page, record in exported_records(index_page=index_page):
            yield to_json_line(record) + "\n"

    return _download(request, lines, JSONL_CONTENT_TYPE, _filename(index_page, "jsonl"))


@require_safe
def export_csv(request, *, index_page):
    """/case-studies/export.csv: one case study per row, for spreadsheets."""
    writer = csv.writer(_Echo())

    def rows():
        yield BYTE_ORDER_MARK + writer.writerow(CSV_COLUMNS)
        for page, record in exported_records(index_page=index_page):
            url = page.get_full_url(request=request) or ""
            yield writer.writerow(csv_row(record, url=url))

    return _download(request, rows, CSV_CONTENT_TYPE, _filename(index_page, "csv"))


class _Echo:
    """A file for csv.writer that hands each written row back instead of storing it."""

    def write(self, value):
        return value


def _filename(index_page, extension: str) -> str:
    return f"case-studies-{index_page.locale.language_code}.{extension}"


def _download(request, content, content_type: str, filename: str):
    # A HEAD request gets the headers without the queries that would build the body.
    body = iter(()) if request.method == "HEAD" else content()
    response = StreamingHttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


EXPORT_URLS = [
    re_path(
        r"^(?P<path>(?:[\w\-]+/)+)export\.(?P<extension>csv|jsonl)$",
        library_export,
        name="case_study_export",
    )
]
