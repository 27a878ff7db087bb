"""Per-language values for controlled vocabularies (programmes, clusters, branding).

Vocabulary rows are shared by every locale (one slug, one row), so their display text is held
in one column per language: ``name`` (English, the source) and ``name_es``, ``name_fr``,
``name_pt``. :func:`translated` picks the active language and falls back to English.
"""

from django.utils.translation import get_language

TRANSLATED_LANGUAGES = ("es", "fr", "pt")


def active_language() -> str:
    return (get_language() or "en").split("-")[0]


def translated(obj, field: str) -> str:
    """The value of ``field`` in the active language, or the English value when blank."""
    language = active_language()
    if language in TRANSLATED_LANGUAGES:
        value = getattr(obj, f"{field}_{language}", "")
        if value:
            return value
    return getattr(obj, field)
