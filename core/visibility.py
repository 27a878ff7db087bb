"""The one rule for what the public sees.

A page is *visible* when it is live, carries no view restriction (password, log-in or
groups), and every ancestor is live and carries none either. Wagtail serves a live page under
an unpublished parent, and lets a restricted page through to those who pass the restriction;
neither belongs in a public listing, a search document, a feed, a sitemap or an export. Every
surface that lists pages asks this module, so they all agree.
"""

from django.db.models import Q, QuerySet

from wagtail.models import Page, PageViewRestriction

STEPLEN = Page.steplen


def _outermost(paths: set[str]) -> list[str]:
    """``paths`` without those under another one of them (they would add nothing to a Q)."""
    kept: list[str] = []
    for path in sorted(paths):
        if not kept or not path.startswith(kept[-1]):
            kept.append(path)
    return kept


def hidden_q() -> Q:
    """Pages that are not visible, as one Q for any page queryset (two queries to build).

    Build it once per request or task and pass it along where several querysets need it.
    """
    restricted = set(PageViewRestriction.objects.values_list("page__path", flat=True))
    # Only an unpublished page with children hides anything besides itself.
    unpublished = set(
        Page.objects.filter(live=False, numchild__gt=0, depth__gt=1).values_list("path", flat=True)
    )
    hidden = Q(live=False)
    for path in _outermost(restricted | unpublished):
        hidden |= Q(path__startswith=path)
    return hidden


def visible(queryset: QuerySet, hidden: Q | None = None) -> QuerySet:
    """The visible pages of ``queryset``; ``hidden`` is :func:`hidden_q`, built if not given."""
    return queryset.exclude(hidden_q() if hidden is None else hidden)


def is_visible(page: Page) -> bool:
    """Whether one page is visible (one query; remembered on the page object)."""
    cached = getattr(page, "_academy_visible", None)
    if cached is not None:
        return cached
    chain = [page.path[: STEPLEN * depth] for depth in range(2, page.depth + 1)]
    blocked = (
        Page.objects.filter(path__in=chain)
        .filter(Q(live=False) | Q(view_restrictions__isnull=False))
        .exists()
    )
    result = bool(page.live) and not blocked
    page._academy_visible = result
    return result
