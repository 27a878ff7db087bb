"""Template tags of the shared core."""

from django import template
from django.template.loader import get_template
from django.utils.safestring import mark_safe

register = template.Library()


@register.simple_tag(takes_context=True)
def render_sections(context, sections, **extra):
    """Render each :class:`core.sections.Section` with its own context on top of the page's
    (``extra``, such as ``heading_level``, is passed to every section)."""
    request = context.get("request")
    parts = []
    for section in sections:
        values = context.flatten()
        values.update(extra)
        values.update(section.context)
        values["section"] = section
        parts.append(get_template(section.template).render(values, request))
    return mark_safe("".join(parts))  # noqa: S308 - rendered templates, escaped by Django
