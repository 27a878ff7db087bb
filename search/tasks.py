"""Background indexing (django-tasks): page ids in, never page instances.

With the immediate backend (development, tests) the task runs as soon as the publishing
transaction commits; where a worker runs (``TASKS`` with the database backend) it runs there.
"""

from django_tasks import task

from search.indexing import affected_pages, refresh


@task()
def update_search_index(page_ids: list[int], subtree_ids: list[int]) -> bool:
    """Refresh ``page_ids`` and every page at or below ``subtree_ids`` in the search index.

    Returns False when the engine was unavailable (the pages are then pending, see
    search/indexing.py); it never raises for that.
    """
    return refresh(affected_pages(page_ids, subtree_ids))
