"""The interface ships in en, es, fr and pt: every UI string is translated and compiled."""

import gettext
import os
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ["es", "fr", "pt"]


def read_po(path: Path) -> dict[str, str]:
    """msgid -> translation (plural forms joined); fuzzy or obsolete entries count as empty."""
    entries = {}
    for entry in polib.pofile(str(path)):
        if entry.obsolete:
            continue
        if entry.msgid_plural:
            text = "\x00".join(v for _k, v in sorted(entry.msgstr_plural.items()))
        else:
            text = entry.msgstr
        entries[entry.msgid] = "" if entry.fuzzy else text
    return entries


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_in_the_catalogue_is_translated(language):
    po = read_po(ROOT / "locale" / language / "LC_MESSAGES" / "django.po")
    assert len(po) > 100
    untranslated = [msgid for msgid, msgstr in po.items() if not msgstr.replace("\x00", "")]
    assert untranslated == []
    # Real translations, not copies of the English: most strings differ from their msgid.
    copied = [msgid for msgid, msgstr in po.items() if msgstr == msgid]
    assert len(copied) < len(po) * 0.15, copied


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogue_matches_its_source(language, tmp_path):
    folder = ROOT / "locale" / language / "LC_MESSAGES"
    compiled = tmp_path / "fresh.mo"
    subprocess.run(
        ["msgfmt", "--check-format", "-o", str(compiled), str(folder / "django.po")], check=True
    )
    with (folder / "django.mo").open("rb") as shipped, compiled.open("rb") as fresh:
        assert gettext.GNUTranslations(shipped)._catalog == gettext.GNUTranslations(fresh)._catalog


def test_no_ui_string_is_missing_from_the_catalogues(tmp_path):
    """Extract the strings from the code now: each must be in every catalogue, translated.

    The extraction runs on a copy of the sources, so the project's catalogues stay untouched.
    """
    copy = tmp_path / "project"
    copy.mkdir()
    apps = [path.name for path in ROOT.iterdir() if (path / "apps.py").exists()]
    for name in (*apps, "templates", "locale"):
        shutil.copytree(ROOT / name, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "manage.py", copy / "manage.py")
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "academy.settings.test"}
    languages = sum((["-l", language] for language in LANGUAGES), [])
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", *languages],
        cwd=copy,
        env=env,
        check=True,
        capture_output=True,
    )
    for language in LANGUAGES:
        fresh = read_po(copy / "locale" / language / "LC_MESSAGES" / "django.po")
        missing = [msgid for msgid, msgstr in fresh.items() if not msgstr.replace("\x00", "")]
        assert missing == [], f"{language}: untranslated UI strings: {missing[:20]}"
