"""What the search app keeps in the main database: index updates still owed to the engine."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class PendingIndexUpdate(models.Model):
    """A page whose index entry could not be written because the engine was unavailable.

    Only the page id is kept, not the document: whoever retries reads the page as it is then,
    so a page edited or deleted meanwhile is indexed (or removed) in its latest state. The id is
    not a foreign key because a deleted page must still be taken out of the index.
    """

    page_id = models.PositiveIntegerField(_("page id"), unique=True)
    queued_at = models.DateTimeField(_("queued at"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("pending search index update")
        verbose_name_plural = _("pending search index updates")

    def __str__(self):
        return f"page {self.page_id}"
