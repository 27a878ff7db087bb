"""The engine: the client, reads, writes and rebuilds against an Elasticsearch cluster."""

import logging
from collections.abc import Callable, Iterable
from typing import Any

from elastic_transport import TransportError
from elasticsearch import ApiError, Elasticsearch, NotFoundError
from elasticsearch.helpers import BulkIndexError, streaming_bulk

from ..base import SearchDocument, SearchRequest, SearchResponse, SearchUnavailable, Suggestion
from .generations import (
    alias_name,
    alias_swap_actions,
    is_generation,
    new_index_name,
    stale_indices,
    tombstone,
    unfinished_indices,
    write_targets,
)
from .locking import RebuildLock, lock_holder, lock_index
from .mapping import MAPPING_VERSION, document_source, index_body
from .queries import (
    FACET_SIZE,
    NOT_DELETED,
    facet_counts,
    respelling,
    search_body,
    search_hit,
    spelling_languages,
    suggest_body,
)

logger = logging.getLogger(__name__)

SEARCH_TIMEOUT = 5.0
REBUILD_TIMEOUT = 120.0
REBUILD_CHUNK = 500


def _unavailable(action: str, error: Exception) -> SearchUnavailable:
    """A clear message for an operator; the page shows its own, translated, words."""
    if isinstance(error, NotFoundError):
        reason = "the index is missing: run `manage.py search_index rebuild`"
    elif isinstance(error, ApiError):
        reason = f"Elasticsearch refused the request ({error.status_code}: {error.message})"
    elif isinstance(error, BulkIndexError):
        reason = f"{len(error.errors)} document(s) were refused"
    else:
        reason = f"Elasticsearch cannot be reached ({type(error).__name__})"
    logger.warning("Elasticsearch %s failed: %s", action, error)
    return SearchUnavailable(f"Search {action} failed: {reason}.")


ENGINE_ERRORS = (ApiError, TransportError, BulkIndexError)


class ElasticsearchEngine:
    """The :class:`~search.engines.base.SearchEngine` protocol on an Elasticsearch cluster."""

    name = "elasticsearch"

    def __init__(
        self, url: str, index_prefix: str = "academy", *, timeout: float = SEARCH_TIMEOUT
    ) -> None:
        self.url = url
        self.index_prefix = index_prefix
        self.alias = alias_name(index_prefix)
        self.timeout = timeout
        self._client: Elasticsearch | None = None

    @property
    def client(self) -> Elasticsearch:
        """Created on first use, so a bad URL is a :class:`SearchUnavailable`, not a crash."""
        if self._client is None:
            try:
                self._client = Elasticsearch(
                    self.url, request_timeout=self.timeout, max_retries=1, retry_on_timeout=False
                )
            except (ValueError, TypeError) as error:
                # The URL itself stays out of the message: it may hold a password.
                raise SearchUnavailable(
                    "ELASTICSEARCH_URL is not a usable address (expected http(s)://host:port)."
                ) from error
        return self._client

    # -- reading ------------------------------------------------------------------------------

    def search(self, request: SearchRequest) -> SearchResponse:
        body = search_body(request)
        try:
            answer = self.client.search(index=self.alias, body=body).body
        except ENGINE_ERRORS as error:
            raise _unavailable("query", error) from error
        count = answer["hits"]["total"]["value"]
        aggregations = answer.get("aggregations", {})
        facets = facet_counts(aggregations)
        spelling = ""
        # Found in another language, the words are spelt right: the page offers those.
        if count == 0 and "suggest" in answer and not facets["language"]:
            languages = spelling_languages(request, aggregations)
            text = body["suggest"]["text"]
            spelling = respelling(text, answer["suggest"], request.query, languages)
        return SearchResponse(
            count=count,
            page=max(1, request.page),
            results=[search_hit(hit) for hit in answer["hits"]["hits"]],
            facets=facets,
            spelling=spelling,
        )

    def suggest(
        self, text: str, *, language: str | None = None, shown: str | None = None
    ) -> list[Suggestion]:
        body = suggest_body(text, language, shown)
        if body is None:
            return []
        try:
            answer = self.client.search(index=self.alias, body=body).body
        except ENGINE_ERRORS as error:
            raise _unavailable("suggestion", error) from error
        return [
            Suggestion(
                title=hit["_source"].get("title", ""),
                url=hit["_source"].get("url", ""),
                type=hit["_source"].get("type", ""),
            )
            for hit in answer["hits"]["hits"]
        ]

    def status(self) -> dict:
        """The live index, any rebuild under way, and the documents by type and language."""
        body = {
            "size": 0,
            "track_total_hits": True,
            "query": {"bool": {"must_not": [NOT_DELETED.to_dict()]}},
            "aggs": {
                "types": {"terms": {"field": "type", "size": FACET_SIZE}},
                "languages": {"terms": {"field": "language", "size": FACET_SIZE}},
            },
        }
        try:
            live, *building = self._write_targets()
            mapping = self.client.indices.get_mapping(index=live).body
            answer = self.client.search(index=self.alias, body=body).body
            # An index newer than the live one without a lock holder is what a killed
            # rebuild left: the next rebuild drops it.
            rebuilding = building if building and lock_holder(self.client, self.alias) else []
        except ENGINE_ERRORS as error:
            raise _unavailable("status", error) from error
        meta = mapping.get(live, {}).get("mappings", {}).get("_meta", {})
        aggs = answer.get("aggregations", {})
        return {
            "engine": self.name,
            "alias": self.alias,
            "index": live,
            "rebuilding": ", ".join(rebuilding),
            "documents": answer["hits"]["total"]["value"],
            "types": {b["key"]: b["doc_count"] for b in aggs["types"]["buckets"]},
            "languages": {b["key"]: b["doc_count"] for b in aggs["languages"]["buckets"]},
            # False: the index was built by an older mapping; a rebuild brings it up to date.
            "mapping_current": meta.get("academy_mapping") == MAPPING_VERSION,
        }

    # -- writing ------------------------------------------------------------------------------

    def _write_targets(self) -> list[str]:
        answer = self.client.indices.get_alias(
            index=f"{self.alias}-*", allow_no_indices=True, ignore_unavailable=True
        )
        return write_targets(self.alias, answer.body)

    def index(self, documents: Iterable[SearchDocument]) -> int:
        """Add or replace ``documents`` (by key) in the live index and any being rebuilt."""
        documents = list(documents)
        if not documents:
            return 0
        try:
            targets = self._write_targets()
            actions = [
                {"_op_type": "index", "_index": target, "_id": document.key, **_source(document)}
                for document in documents
                for target in targets
            ]
            self._bulk(actions, refresh=True)
        except ENGINE_ERRORS as error:
            raise _unavailable("indexing", error) from error
        return len(documents)

    def delete(self, keys: Iterable[str]) -> None:
        """Delete ``keys`` from the live index; in any being rebuilt, leave a tombstone in
        their place (so the rebuild cannot bring them back)."""
        keys = list(keys)
        if not keys:
            return
        try:
            live, *building = self._write_targets()
            actions = [{"_op_type": "delete", "_index": live, "_id": key} for key in keys]
            actions += [
                {"_op_type": "index", "_index": target, "_id": key, "_source": tombstone(key)}
                for key in keys
                for target in building
            ]
            # Deleting what is not there is no failure.
            self._bulk(actions, refresh=True, ignore_status=404)
        except ENGINE_ERRORS as error:
            raise _unavailable("deletion", error) from error

    def _bulk(self, actions: Iterable[dict], **options: Any) -> None:
        for _result in streaming_bulk(self.client, actions, **options):
            pass

    def rebuild(
        self,
        documents: Iterable[SearchDocument],
        *,
        progress: Callable[[int], None] | None = None,
        wait: float = 0.0,
    ) -> int:
        """Fill a new index with ``documents``, then point the alias at it in one step.

        Until the swap, searches keep using the previous index; if anything fails, the new
        index is dropped and the previous one stays live. ``progress`` is called with the
        number of documents written so far. One rebuild at a time: see locking.py.
        """
        client = self.client.options(request_timeout=REBUILD_TIMEOUT)
        try:
            with RebuildLock(client, self.alias, wait=wait) as lock:
                return self._rebuild(client, lock, documents, progress)
        except ENGINE_ERRORS as error:
            raise _unavailable("rebuild", error) from error

    def _rebuild(self, client, lock: RebuildLock, documents, progress) -> int:
        # Under the lock, an index newer than the live one is what a killed rebuild left.
        self._drop(client, unfinished_indices(self.alias, self._generations(client)))
        new_index = new_index_name(self.alias)
        settings = index_body()
        # No refreshes while filling: one at the end is much faster than one a second.
        settings["settings"]["refresh_interval"] = "-1"
        client.indices.create(index=new_index, **settings)
        try:
            written = self._fill(client, new_index, documents, progress, lock)
            client.indices.put_settings(index=new_index, settings={"refresh_interval": None})
            client.indices.refresh(index=new_index)
            lock.heartbeat()  # still ours: no other rebuild has swapped meanwhile
            self._swap(client, new_index)
        except BaseException:
            # Interrupted or refused before the swap: the previous index is still the live one.
            self._drop(client, [new_index])
            raise
        self._clear_tombstones(client, new_index)
        self._drop_stale(client, new_index)
        return written

    def _fill(self, client, new_index, documents, progress, lock: RebuildLock) -> int:
        """Write ``documents`` to ``new_index``; those already there are left alone.

        Pages published or deleted while the rebuild runs are written to the new index too
        (see :meth:`index`, :meth:`delete`: a deletion leaves a tombstone), and are fresher
        than what the rebuild read earlier: ``create`` keeps them instead of overwriting them
        (409 conflicts are expected).
        """
        actions = (
            {"_op_type": "create", "_index": new_index, "_id": document.key, **_source(document)}
            for document in documents
        )
        written = 0
        results = streaming_bulk(client, actions, chunk_size=REBUILD_CHUNK, ignore_status=409)
        for _ok, _item in results:
            written += 1
            if written % REBUILD_CHUNK == 0:
                lock.heartbeat()
            if progress is not None:
                progress(written)
        return written

    def _generations(self, client) -> dict:
        return client.indices.get_alias(
            index=f"{self.alias}-*", allow_no_indices=True, ignore_unavailable=True
        ).body

    def _clear_tombstones(self, client, new_index: str) -> None:
        """After the swap: the tombstones have done their work (reads leave them out anyway,
        so this is tidying, and a failure is only logged)."""
        try:
            client.delete_by_query(
                index=new_index, query={"term": {"deleted": True}}, conflicts="proceed"
            )
        except ENGINE_ERRORS as error:
            logger.warning("Could not clear deletion markers in %s: %s", new_index, error)

    def _swap(self, client, new_index: str) -> None:
        try:
            holders = list(client.indices.get_alias(name=self.alias).body)
        except NotFoundError:
            holders = []
        actions = alias_swap_actions(self.alias, new_index, holders)
        if not holders and client.indices.exists(index=self.alias):
            # An index squatting on the alias's name (made by hand, or by a write before any
            # rebuild) is removed in the same atomic request.
            actions.append({"remove_index": {"index": self.alias}})
        client.indices.update_aliases(actions=actions)

    def _drop_stale(self, client, new_index: str) -> None:
        """After the swap: delete the generations it replaced (never the new, live one)."""
        try:
            generations = self._generations(client)
        except ENGINE_ERRORS as error:
            logger.warning("Could not list old search indices: %s", error)
            return
        self._drop(client, stale_indices(self.alias, new_index, generations))

    def drop(self) -> None:
        """Delete every index of this prefix (the live one, any a rebuild left) and the alias.

        For tearing down a test cluster: indices are named one by one, since clusters refuse
        wildcard deletions by default (``action.destructive_requires_name``).
        """
        try:
            generations = self._generations(self.client)
        except ENGINE_ERRORS as error:
            raise _unavailable("drop", error) from error
        names = [name for name in generations if is_generation(self.alias, name)]
        self._drop(self.client, [*names, lock_index(self.alias)])

    @staticmethod
    def _drop(client, names: list[str]) -> None:
        """Delete ``names``; a failure here leaves litter, never a broken search."""
        if not names:
            return
        try:
            client.indices.delete(index=",".join(names), ignore_unavailable=True)
        except ENGINE_ERRORS as error:
            logger.warning("Could not delete old search indices %s: %s", names, error)


def _source(document: SearchDocument) -> dict:
    return {"_source": document_source(document)}
