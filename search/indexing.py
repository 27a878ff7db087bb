"""Keeping the index in step with the pages.

A change names the pages it touches (search/receivers.py) through :func:`schedule`; once the
transaction commits, a task (search/tasks.py) gets their ids, widens them to every page whose
document changes with them (:func:`affected_pages`) and :func:`refresh` writes each page's
document or takes it out of the index. "Refresh" reads each page as it is when the task runs,
so it is always safe to refresh a page again, or one that did not change.

When the engine cannot be written (:class:`SearchUnavailable`), nothing is lost and nothing
breaks: the page ids are kept in :class:`PendingIndexUpdate` with a warning in the log, and
retried after the next successful refresh, by ``manage.py search_index update``, or made
obsolete by ``search_index rebuild``. A publish, a move or a delete never fails because of
the index: the work happens after their commit, and its failure is recorded, not raised.
"""

import functools
import logging
import operator
from collections import Counter
from collections.abc import Callable, Iterable

from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from wagtail.models import Page

from casestudies.models import CaseStudyPage
from search.documents import CHUNK, document_key, documents
from search.engines import get_engine
from search.engines.base import SearchEngine, SearchUnavailable
from search.models import PendingIndexUpdate

logger = logging.getLogger(__name__)

# Why the engine could not be written: it is down, its index is missing or locked, or the
# settings name no engine. Any of these leaves the work pending instead of failing it.
UNAVAILABLE = (SearchUnavailable, ImproperlyConfigured)


def _batched(ids: Iterable[int], size: int = CHUNK) -> Iterable[list[int]]:
    ordered = sorted(set(ids))
    for start in range(0, len(ordered), size):
        yield ordered[start : start + size]


# -- scheduling ---------------------------------------------------------------------------------


def schedule(*, pages: Iterable[int] = (), subtrees: Iterable[int] = ()) -> None:
    """Refresh ``pages``, and every page at or below ``subtrees``, once the current
    transaction commits (at once outside a transaction). Nothing happens on a rollback."""
    page_ids = sorted({pk for pk in pages if pk is not None})
    subtree_ids = sorted({pk for pk in subtrees if pk is not None})
    if page_ids or subtree_ids:
        # robust: whatever goes wrong after the commit is logged, never raised into the view
        # or command whose transaction it was.
        transaction.on_commit(functools.partial(_enqueue, page_ids, subtree_ids), robust=True)


def _enqueue(page_ids: list[int], subtree_ids: list[int]) -> None:
    from search.tasks import update_search_index

    try:
        update_search_index.enqueue(page_ids, subtree_ids)
    except Exception:
        logger.exception("Could not queue a search index update; keeping it as pending.")
        record_pending(affected_pages(page_ids, subtree_ids))


def affected_pages(page_ids: Iterable[int], subtree_ids: Iterable[int] = ()) -> set[int]:
    """``page_ids``, the pages at or below ``subtree_ids``, every other version of these
    pages (publishing or hiding a translation changes which version of the page each language's
    visitors are shown, see core.localization), and the case studies located in any city among
    them (a case study's document carries its city's names, country, region and size).
    """
    subtree_ids = set(subtree_ids)
    ids = set(page_ids) | subtree_ids
    roots = list(Page.objects.filter(pk__in=subtree_ids).values_list("path", flat=True))
    if roots:
        below = functools.reduce(operator.or_, (Q(path__startswith=path) for path in roots))
        ids.update(Page.objects.filter(below).values_list("pk", flat=True))
    ids |= _other_versions(ids)
    located = set()
    for chunk in _batched(ids):
        located.update(CaseStudyPage.objects.filter(city_id__in=chunk).values_list("pk", flat=True))
    return ids | located


def _other_versions(page_ids: set[int]) -> set[int]:
    """The pages sharing a translation key with one of ``page_ids`` (aliases included)."""
    found: set[int] = set()
    for chunk in _batched(page_ids):
        keys = Page.objects.filter(pk__in=chunk).values("translation_key")
        found.update(Page.objects.filter(translation_key__in=keys).values_list("pk", flat=True))
    return found


# -- writing ------------------------------------------------------------------------------------


def write(engine: SearchEngine, page_ids: Iterable[int]) -> int:
    """Index the documents of ``page_ids`` that belong in the index and delete the others'.
    Returns how many documents were written; raises :class:`SearchUnavailable`."""
    written = 0
    for chunk in _batched(page_ids):
        kept: set[int] = set()

        def kept_documents(chunk=chunk, kept=kept):
            for document in documents(chunk):
                kept.add(document.page_id)
                yield document

        written += engine.index(kept_documents())
        engine.delete([document_key(pk) for pk in chunk if pk not in kept])
    return written


def refresh(page_ids: Iterable[int]) -> bool:
    """Bring ``page_ids`` up to date in the index, then retry what is pending.

    Never raises because the engine is unavailable: the ids are recorded as pending and a
    warning is logged, and the answer is False.
    """
    ids = sorted(set(page_ids))
    try:
        write(get_engine(), ids)
    except UNAVAILABLE as error:
        _defer(ids, error)
        return False
    try:
        retry_pending()
    except UNAVAILABLE as error:
        logger.warning("Pending search index updates not retried: %s", error)
    return True


# -- pending updates ------------------------------------------------------------------------------


def _defer(page_ids: list[int], error: Exception) -> None:
    """Keep ``page_ids`` for a retry, with one warning per outage: the first failure while
    nothing is pending warns, later ones are logged at INFO (seeding a site before its index
    is built would otherwise print a warning for every page published)."""
    first = not PendingIndexUpdate.objects.exists()
    record_pending(page_ids)
    logger.log(
        logging.WARNING if first else logging.INFO,
        "Search index not updated (%s); %d page(s) kept for `manage.py search_index update`.",
        error,
        len(page_ids),
    )


def record_pending(page_ids: Iterable[int]) -> None:
    """Remember ``page_ids`` for the next retry (once each, with the latest time queued)."""
    now = timezone.now()
    for chunk in _batched(page_ids):
        PendingIndexUpdate.objects.bulk_create(
            [PendingIndexUpdate(page_id=pk, queued_at=now) for pk in chunk],
            update_conflicts=True,
            unique_fields=["page_id"],
            update_fields=["queued_at"],
        )


def retry_pending() -> int:
    """Refresh every pending page; returns how many there were.

    Raises :class:`SearchUnavailable` (and keeps them all) when the engine still cannot be
    written. A page queued again while this runs stays pending for the next retry.
    """
    pending = dict(PendingIndexUpdate.objects.values_list("page_id", "queued_at"))
    if not pending:
        return 0
    write(get_engine(), pending)
    latest = max(pending.values())
    for chunk in _batched(pending):
        PendingIndexUpdate.objects.filter(page_id__in=chunk, queued_at__lte=latest).delete()
    return len(pending)


def pending_count() -> int:
    return PendingIndexUpdate.objects.count()


# -- rebuilding -----------------------------------------------------------------------------------


def rebuild(*, progress: Callable[[int], None] | None = None, wait: float = 0.0) -> Counter:
    """Replace the whole index with the documents of every indexable page; returns how many
    documents of each type were written. Pending updates queued before it started are
    obsolete afterwards (the rebuild read those pages after they were queued).

    While another rebuild of the index runs, waits for it up to ``wait`` seconds, then raises
    :class:`~search.engines.base.RebuildRunning`. Updates made meanwhile (the indexing task)
    are kept by the engine: see ``SearchEngine.rebuild``."""
    started = timezone.now()
    counts: Counter = Counter()

    def counted():
        for document in documents():
            counts[document.type] += 1
            yield document

    get_engine().rebuild(counted(), progress=progress, wait=wait)
    PendingIndexUpdate.objects.filter(queued_at__lte=started).delete()
    return counts
