"""Validating one line: a parsed JSON object in, a :class:`~.records.CaseStudyRecord` out."""

from dataclasses import dataclass

from django.conf import settings
from django.utils.text import slugify
from django.utils.translation import gettext as _

from academy.models import Programme, ThematicCluster
from casestudies.interchange import (
    FORMAT_VERSIONS,
    RECORD_KEYS,
    STORY_FIELDS,
    VERSION_2_KEYS,
    clean_format_html,
)
from casestudies.vocabulary import EvidenceLevel, Licence, Status

from . import fields, nested
from .errors import RecordInvalid, shown
from .fields import MAX_TAG_LENGTH, MAX_TAGS, Errors
from .records import CaseStudyRecord

MAX_NOTE_LENGTH = 1000  # CaseStudyPage.illustrative_note


@dataclass(frozen=True)
class Vocabulary:
    """The slugs a line may use, read once per run rather than once per line."""

    clusters: frozenset[str]
    programmes: frozenset[str]

    @classmethod
    def load(cls) -> "Vocabulary":
        return cls(
            clusters=frozenset(ThematicCluster.objects.values_list("slug", flat=True)),
            programmes=frozenset(Programme.objects.values_list("slug", flat=True)),
        )


def validate_record(data: dict, *, vocabulary: Vocabulary | None = None) -> CaseStudyRecord:
    """A clean record from one parsed line; raises :class:`RecordInvalid` with every error."""
    vocabulary = vocabulary or Vocabulary.load()
    errors = Errors()
    version = _version(errors, data.get("format"))
    fields.check_keys(errors, data, RECORD_KEYS, prefix="")
    if version == 1:
        _refuse_version_2_keys(errors, data)
    values = {
        "format": version,
        "id": fields.text(errors, data.get("id"), "id", required=True, max_length=100),
        "title": fields.text(errors, data.get("title"), "title", required=True, max_length=255),
        "summary": fields.text(
            errors, data.get("summary"), "summary", required=True, max_length=1000
        ),
        "language": _language(errors, data.get("language")),
        "city": nested.city(errors, data.get("city")),
        "clusters": _slugs(errors, data.get("clusters"), vocabulary.clusters),
        "programme": _programme(errors, data.get("programme"), vocabulary.programmes),
        "tags": _tags(errors, data.get("tags")),
        "sdgs": _sdgs(errors, data.get("sdgs")),
        **_story(errors, data, version=version),
        "indicators": nested.indicators(errors, data.get("indicators"), version=version),
        "cost": nested.cost(errors, data.get("cost"), version=version),
        "funding_sources": fields.names(errors, data.get("funding_sources"), "funding_sources"),
        "partners": nested.partners(errors, data.get("partners"), version=version),
        "start_year": fields.year(errors, data.get("start_year"), "start_year"),
        "end_year": fields.year(errors, data.get("end_year"), "end_year"),
        "status": fields.choice(errors, data.get("status"), "status", Status.values),
        "sources": nested.sources(errors, data.get("sources"), version=version),
        **_evidence(errors, data),
    }
    start, end = values["start_year"], values["end_year"]
    if start is not None and end is not None and end < start:
        errors.add(
            "end_year",
            "ends_before_start",
            _("%(end)s is before the start year, %(start)s") % {"end": end, "start": start},
        )
    if errors:
        raise RecordInvalid(list(errors))
    return CaseStudyRecord(**values)


def _version(errors, value) -> int:
    """The line's format version; an unknown one is reported and the line read as version 2."""
    if value is None:
        return 1
    if isinstance(value, int) and not isinstance(value, bool) and value in FORMAT_VERSIONS:
        return value
    errors.add(
        "format",
        "unknown_format",
        _("%(value)s is not a version of the format; this site reads 1 and 2")
        % {"value": shown(value)},
    )
    return FORMAT_VERSIONS[-1]


def _refuse_version_2_keys(errors, data: dict) -> None:
    for key in VERSION_2_KEYS & data.keys():
        errors.add(key, "version_2_key", _('a version 2 key: add "format": 2 to the line'))


def _story(errors, data: dict, *, version: int) -> dict[str, str]:
    """The story fields: plain text in version 1, the format's HTML, cleaned, in version 2."""
    story = {}
    for key, _field in STORY_FIELDS:
        required = key == "solution"
        value = fields.text(errors, data.get(key), key, required=required)
        if version > 1 and value:
            value = clean_format_html(value)
            if required and not value:
                errors.add(
                    key,
                    "required",
                    _("nothing is left once the markup the format does not allow is removed"),
                )
        story[key] = value
    return story


def _evidence(errors, data: dict) -> dict:
    return {
        "evidence_level": fields.choice(
            errors, data.get("evidence_level"), "evidence_level", EvidenceLevel.values
        ),
        "illustrative_note": fields.text(
            errors, data.get("illustrative_note"), "illustrative_note", max_length=MAX_NOTE_LENGTH
        ),
        "licence": fields.choice(errors, data.get("licence"), "licence", Licence.values),
        "last_verified": fields.day(errors, data.get("last_verified"), "last_verified"),
    }


def _language(errors, value) -> str:
    if value is None:
        return settings.LANGUAGE_CODE
    return fields.choice(errors, value, "language", [code for code, _name in settings.LANGUAGES])


def _slugs(errors, value, known: frozenset[str]) -> tuple[str, ...]:
    if value is None or value == []:
        errors.add("clusters", "required", _("give at least one thematic cluster"))
        return ()
    slugs = []
    for position, item in enumerate(fields.items(errors, value, "clusters")):
        path = f"clusters[{position}]"
        slug = fields.text(errors, item, path, required=True)
        if slug and slug not in known:
            errors.add(path, "unknown_cluster", fields.unknown(_("cluster"), slug, known))
        elif slug and slug not in slugs:
            slugs.append(slug)
    return tuple(slugs)


def _programme(errors, value, known: frozenset[str]) -> str:
    slug = fields.text(errors, value, "programme")
    if slug and slug not in known:
        errors.add("programme", "unknown_programme", fields.unknown(_("programme"), slug, known))
        return ""
    return slug


def _tags(errors, value) -> tuple[str, ...]:
    tags: list[str] = []
    for position, item in enumerate(fields.items(errors, value, "tags", max_items=MAX_TAGS)):
        path = f"tags[{position}]"
        tag = fields.text(errors, item, path, required=True, max_length=MAX_TAG_LENGTH)
        if tag and not slugify(tag, allow_unicode=True):
            # Listings filter by the tag's slug; a tag of punctuation alone would have none.
            errors.add(path, "invalid", _("a tag needs at least one letter or digit"))
        elif tag and tag.casefold() not in {t.casefold() for t in tags}:
            tags.append(tag)
    return tuple(tags)


def _sdgs(errors, value) -> tuple[int, ...]:
    numbers = set()
    for position, item in enumerate(fields.items(errors, value, "sdgs", max_items=17)):
        number = fields.integer(errors, item, f"sdgs[{position}]", minimum=1, maximum=17)
        if number is not None:
            numbers.add(number)
    return tuple(sorted(numbers))
