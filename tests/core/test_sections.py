"""Apps add sections to pages they do not own through Wagtail hooks."""

from django.template import Context, Template
from django.test import override_settings

from wagtail import hooks

from core.sections import Section, sections

SECTION_TEMPLATE = {
    "BACKEND": "django.template.backends.django.DjangoTemplates",
    "OPTIONS": {
        "loaders": [
            (
                "django.template.loaders.locmem.Loader",
                {"section.html": "<{{ level }}>{{ word }}</{{ level }}> {{ outer }}\n"},
            )
        ],
        "builtins": ["core.templatetags.core_tags"],
    },
}


@override_settings(TEMPLATES=[SECTION_TEMPLATE])
def test_sections_are_collected_in_order_and_rendered_with_their_context():
    name = "test_core_sections"
    with (
        hooks.register_temporarily(
            name, lambda *, page: Section("b", "section.html", {"word": page}, 20)
        ),
        hooks.register_temporarily(name, lambda *, page: None),
        hooks.register_temporarily(
            name, lambda *, page: Section("a", "section.html", {"word": "first"}, 10)
        ),
    ):
        found = sections(name, page="second")
    assert [section.key for section in found] == ["a", "b"]
    html = Template("{% render_sections found level='h3' %}").render(
        Context({"found": found, "outer": "<page>"})
    )
    assert html == "<h3>first</h3> &lt;page&gt;\n<h3>second</h3> &lt;page&gt;\n"
