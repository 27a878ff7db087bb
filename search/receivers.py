"""What changes the index: each receiver names the pages a change touches, and
:func:`search.indexing.schedule` refreshes them after the commit.

A page's document depends on the page, on its ancestors (a draft or private ancestor hides
it; its address is made of theirs), on its course (a lesson's clusters and programme), on its
city (a case study's country, region and size band) and on the clusters and programmes it is
tagged with. So:

* publish, unpublish and move refresh the page and everything below it;
* adding or lifting a view restriction refreshes everything below the restricted page;
* a deleted page is removed (Django sends ``post_delete`` for every page of a deleted subtree),
  and its other versions refreshed (the language it was shown in now shows another);
* a deleted city's case studies are refreshed (they lose their city);
* a changed or deleted cluster or programme refreshes the pages tagged with it, and the
  lessons of the courses tagged with it.

A city's case studies, and every version of a page (its translations and aliases), follow any
refresh of it: see ``indexing.affected_pages``.
"""

from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from academy.models import CityPage, Programme, ThematicCluster
from search.indexing import schedule


@receiver(page_published, dispatch_uid="search.page_published")
@receiver(page_unpublished, dispatch_uid="search.page_unpublished")
@receiver(post_page_move, dispatch_uid="search.post_page_move")
def refresh_subtree(sender, instance, **kwargs):
    schedule(subtrees=[instance.pk])


@receiver(post_delete, sender=Page, dispatch_uid="search.page_deleted")
def remove_deleted_page(sender, instance, **kwargs):
    # Its other versions are found now: afterwards nothing links them to the deleted page.
    versions = Page.objects.filter(translation_key=instance.translation_key)
    schedule(pages=[instance.pk, *versions.values_list("pk", flat=True)])


@receiver(pre_delete, sender=CityPage, dispatch_uid="search.city_deleted")
def refresh_case_studies_of_deleted_city(sender, instance, **kwargs):
    # Before the delete: afterwards the case studies no longer point at the city.
    schedule(pages=instance.case_studies.values_list("pk", flat=True))


@receiver(post_save, sender=PageViewRestriction, dispatch_uid="search.restriction_saved")
@receiver(post_delete, sender=PageViewRestriction, dispatch_uid="search.restriction_deleted")
def refresh_restricted_subtree(sender, instance, raw=False, **kwargs):
    if not raw:
        schedule(subtrees=[instance.page_id])


def _tagged_with(term: ThematicCluster | Programme) -> dict:
    """The pages classified by a cluster or programme (both have the same related names)."""
    pages = [
        *term.case_studies.values_list("pk", flat=True),
        *term.best_practices.values_list("pk", flat=True),
        *term.cities.values_list("pk", flat=True),
    ]
    return {"pages": pages, "subtrees": term.courses.values_list("pk", flat=True)}


@receiver(post_save, sender=ThematicCluster, dispatch_uid="search.cluster_saved")
@receiver(post_save, sender=Programme, dispatch_uid="search.programme_saved")
def refresh_tagged_pages(sender, instance, created=False, raw=False, **kwargs):
    if not created and not raw:  # a new term tags no page yet
        schedule(**_tagged_with(instance))


@receiver(pre_delete, sender=ThematicCluster, dispatch_uid="search.cluster_deleted")
@receiver(pre_delete, sender=Programme, dispatch_uid="search.programme_deleted")
def refresh_pages_of_deleted_term(sender, instance, **kwargs):
    # Before the delete: afterwards the pages no longer point at the term.
    schedule(**_tagged_with(instance))
