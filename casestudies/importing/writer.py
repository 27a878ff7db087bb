"""Writing one record: the case study page, its revision, its translations, whole or not at all.

Identity: a record's ``id`` is kept in ``CaseStudyPage.external_id``. The export writes one id
for every language of a case study (the import id of its default-language version, else of
another version, else, for pages made in the admin, its translation key) and the import
recognises each, so an export re-imports onto the pages it came from. The same id in another
language is the same case study: the new language becomes a translation of the existing page
(Wagtail's ``copy_for_translation``, sharing its translation key).
"""

import contextlib
import uuid
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from wagtail.coreutils import cautious_slugify, find_available_slug
from wagtail.log_actions import log
from wagtail.models import Locale

from casestudies.exporting import RecordContext, case_study_record
from casestudies.models import CaseStudyIndexPage, CaseStudyPage

from .applying import apply_record
from .cities import city_for
from .errors import LINE, ImportRefused
from .moderation import SaveMode, finish
from .records import CaseStudyRecord

CREATED, UPDATED, UNCHANGED = "created", "updated", "unchanged"


@dataclass(frozen=True)
class ImportResult:
    outcome: str  # CREATED, UPDATED or UNCHANGED
    page: CaseStudyPage
    notes: list[str] = field(default_factory=list)


@transaction.atomic
def import_case_study(
    *, record: CaseStudyRecord, publish: bool, user=None, submit_for_moderation: bool = True
) -> ImportResult:
    """Create or update the case study ``record`` describes, whole or not at all.

    Without ``publish`` the page gets a draft revision and is submitted to its moderation
    workflow (``submit_for_moderation=False`` skips that, for dry runs: starting a workflow
    e-mails the moderators, which no rollback can take back). With ``publish`` the revision
    is published. A record identical to the page's latest revision writes nothing.
    """
    notes: list[str] = []
    mode = SaveMode(publish=publish, user=user, submit=submit_for_moderation)
    try:
        outcome, page = _write(record, mode=mode, notes=notes)
    except ValidationError as error:
        raise _refusal_from(error) from error
    return ImportResult(outcome=outcome, page=page, notes=notes)


def _write(record: CaseStudyRecord, *, mode: SaveMode, notes: list[str]):
    locale = _locale_for(record.language)
    library = _library_in(locale, notes=notes)
    city = city_for(record.city, locale=locale, mode=mode, notes=notes)
    page, source = _existing_page(record.id, locale=locale)
    if page is None:
        return CREATED, _create(record, library=library, source=source, city=city, mode=mode)
    if page.alias_of_id:
        # Wagtail keeps an alias in step with its original: it takes no revisions of its own.
        raise ImportRefused(
            "alias",
            "id",
            _(
                "the %(language)s page of this case study is an alias of another page; "
                "convert it into an ordinary page in the admin, then import again"
            )
            % {"language": locale.language_code},
        )
    return _update(page, record, city=city, mode=mode, notes=notes)


def _locale_for(language: str) -> Locale:
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None:
        raise ImportRefused(
            "unknown_locale",
            "language",
            _("the site has no %(language)s locale") % {"language": language},
        )
    return locale


def _library_in(locale: Locale, *, notes: list[str]) -> CaseStudyIndexPage:
    """The case study library of ``locale``, translated from the default one if missing.

    The translation is made as an alias, as Wagtail itself does for the parents of a page it
    translates: it is live at once (its source is) and mirrors the source's title and intro
    until an editor converts it into its own page in the admin. A draft library instead would
    hide every case study under it, even once a moderator approved them.
    """
    library = CaseStudyIndexPage.objects.filter(locale=locale).first()
    if library is not None:
        return library
    source = (
        CaseStudyIndexPage.objects.filter(locale=Locale.get_default()).first()
        or CaseStudyIndexPage.objects.order_by("pk").first()
    )
    if source is None:
        raise ImportRefused(
            "no_library", LINE, _("the site has no case study library to import into")
        )
    notes.append(
        _("created the %(language)s case study library, as an alias of the %(source)s one")
        % {"language": locale.language_code, "source": source.locale.language_code}
    )
    return source.copy_for_translation(locale, copy_parents=True, alias=True).specific


def _existing_page(external_id: str, *, locale: Locale):
    """``(page, None)`` for the case study of this id in ``locale``, else ``(None, source)``
    where ``source`` is the same case study in another language, if any."""
    identity = Q(external_id=external_id)
    with contextlib.suppress(ValueError):
        identity |= Q(external_id="", translation_key=uuid.UUID(external_id))
    # Oldest first: a page copied in the admin keeps its original's id.
    pages = list(CaseStudyPage.objects.filter(identity).order_by("pk"))
    in_locale = [page for page in pages if page.locale_id == locale.pk]
    if in_locale:
        return in_locale[0], None
    if not pages:
        return None, None
    # A translation made in the admin may have lost the id but keeps the translation key.
    translated = (
        CaseStudyPage.objects.filter(
            locale=locale, translation_key__in={page.translation_key for page in pages}
        )
        .order_by("pk")
        .first()
    )
    if translated is not None:
        return translated, None
    default_locale_id = Locale.get_default().pk
    pages.sort(key=lambda page: page.locale_id != default_locale_id)
    return None, pages[0]


def _create(record, *, library, source, city, mode: SaveMode) -> CaseStudyPage:
    if source is not None:
        page = _translation_of(source, library=library)
    else:
        slug = cautious_slugify(record.title)[:80].strip("-") or "case-study"
        page = CaseStudyPage(
            slug=find_available_slug(library, slug), locale=library.locale, live=False
        )
    apply_record(page, record, city=city)
    if page.pk is None:
        library.add_child(instance=page)
        log(instance=page, action="wagtail.create", user=mode.user)
    revision = page.save_revision(user=mode.user, log_action=True)
    finish(page, revision, mode=mode)
    return page


def _translation_of(source: CaseStudyPage, *, library) -> CaseStudyPage:
    """A draft copy of ``source`` in ``library``'s language, sharing its translation key.

    What Wagtail's ``copy_for_translation`` does, but into this library even if it was made
    on its own rather than as a translation. The copy brings the fields the format does not
    cover (gallery, documents, contacts...) for the translator to start from.
    """
    return source.copy(
        to=library,
        update_attrs={
            "locale": library.locale,
            "slug": find_available_slug(library, source.slug),
        },
        copy_revisions=False,
        keep_live=False,
        reset_translation_key=False,
        log_action="wagtail.copy_for_translation",
    ).specific


def _update(page: CaseStudyPage, record, *, city, mode: SaveMode, notes: list[str]):
    """A new revision if the record changes what the page's export says, else nothing.

    The comparison is the export's: a line is unchanged when the page's record, as the export
    writes it, would stay the same, so the site's own export re-imports without a write.
    """
    draft = page.get_latest_revision_as_object()
    context = RecordContext.for_pages([draft])
    before = case_study_record(draft, context=context)
    apply_record(draft, record, city=city)
    after = case_study_record(draft, context=context.covering(draft))
    if after == before:
        if mode.publish and (not page.live or page.has_unpublished_changes):
            draft.get_latest_revision().publish(user=mode.user)
            return UPDATED, draft
        return UNCHANGED, page
    if page.live and page.has_unpublished_changes and case_study_record(page) == after:
        # The line is the published page (an export, say): an editor's newer draft stays.
        notes.append(_("the line matches the published page; its newer draft was left as it is"))
        return UNCHANGED, page
    revision = draft.save_revision(user=mode.user, log_action=True)
    finish(draft, revision, mode=mode)
    return UPDATED, draft


# Errors from the models -----------------------------------------------------------------------

_RECORD_FIELDS = {
    "lessons_learned": "lessons",
    "cost_amount": "cost.amount",
    "cost_currency": "cost.currency",
    "cost_year": "cost.year",
    "slug": "title",
    "__all__": LINE,
}


def _refusal_from(error: ValidationError) -> ImportRefused:
    """A model validation error the record checks did not foresee, as a line error."""
    if hasattr(error, "error_dict"):
        name, messages = next(iter(error.message_dict.items()))
        return ImportRefused("invalid", _RECORD_FIELDS.get(name, name), " ".join(messages))
    return ImportRefused("invalid", LINE, " ".join(error.messages))
