"""A startup check: without HarfBuzz's subsetter WeasyPrint falls back to fontTools, which
makes every certificate about ten times slower to render."""

from django.core.checks import Error, register


@register()
def harfbuzz_subset_available(app_configs, **kwargs):
    from weasyprint.text.ffi import harfbuzz, harfbuzz_subset

    if harfbuzz_subset is not None and harfbuzz.hb_version_atleast(4, 1, 0):
        return []
    return [
        Error(
            "WeasyPrint cannot use HarfBuzz's font subsetter (libharfbuzz-subset, HarfBuzz 4.1 "
            "or newer), so certificates would render about ten times slower.",
            hint="Install it: apt-get install libharfbuzz-subset0 (Debian and Ubuntu).",
            id="courses.E001",
        )
    ]
