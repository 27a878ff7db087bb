"""Keep stored rich text inert: only the markup Wagtail's editor produces, only safe links.

Wagtail's editor only ever writes safe HTML, but rich text also arrives by import, by code
and by API. Every page that stores rich text passes it through :func:`clean_rich_text` on save,
so a ``<script>``, an ``onclick`` or a ``javascript:`` link can never reach a visitor, whatever
path the text took into the database.
"""

import html
import re

import nh3

ALLOWED_TAGS = {
    "a",
    "b",
    "blockquote",
    "br",
    "code",
    "em",
    "embed",
    "h2",
    "h3",
    "h4",
    "hr",
    "i",
    "li",
    "ol",
    "p",
    "strong",
    "sub",
    "sup",
    "ul",
}
# Wagtail's database format: internal links are <a linktype="page" id="3">, images and media
# are <embed embedtype="image" id="5" format="left" alt="...">.
ALLOWED_ATTRIBUTES = {
    "a": {"href", "linktype", "id"},
    "embed": {"embedtype", "id", "format", "alt", "url"},
}
URL_SCHEMES = {"http", "https", "mailto", "tel"}


def clean_rich_text(value: str) -> str:
    """``value`` with everything but safe formatting, links and Wagtail embeds removed."""
    if not value:
        return value or ""
    return nh3.clean(
        value,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel=None,
        strip_comments=True,
    )


_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def text_to_rich_text(text: str) -> str:
    """Plain text as rich text: blank lines separate paragraphs, any markup shown as text."""
    paragraphs = [p.strip() for p in _PARAGRAPH_BREAK.split((text or "").replace("\r\n", "\n"))]
    return "".join(
        "<p>" + "<br>".join(html.escape(line, quote=False) for line in p.split("\n")) + "</p>"
        for p in paragraphs
        if p
    )


_BLOCK_END = re.compile(r"</(p|h2|h3|h4|li|blockquote)>", re.IGNORECASE)
_LINE_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")


def rich_text_to_text(value: str) -> str:
    """Rich text as plain text: one paragraph per block, the inverse of text_to_rich_text."""
    if not value:
        return ""
    marked = _LINE_BREAK.sub("\n", _BLOCK_END.sub("\x00", value))
    parts = [html.unescape(_TAG.sub("", part)).strip() for part in marked.split("\x00")]
    return "\n\n".join(part for part in parts if part)


def clean_stream_value(stream_block, stream_value) -> None:
    """Clean, in place, every rich text value anywhere inside a StreamField's value."""
    from wagtail import blocks
    from wagtail.rich_text import RichText

    def clean(block, value):
        if isinstance(block, blocks.RichTextBlock):
            return RichText(clean_rich_text(value.source)) if value is not None else value
        # Only walk values that hold other blocks' values: an ImageBlock is a StructBlock whose
        # value is an Image, not a StructValue.
        if isinstance(block, blocks.StructBlock) and isinstance(value, blocks.StructValue):
            for name, child in block.child_blocks.items():
                if name in value:
                    value[name] = clean(child, value[name])
        elif isinstance(block, blocks.ListBlock) and isinstance(value, blocks.list_block.ListValue):
            for index, item in enumerate(value):
                value[index] = clean(block.child_block, item)
        elif isinstance(block, blocks.StreamBlock) and isinstance(value, blocks.StreamValue):
            for child in value:
                child.value = clean(child.block, child.value)
        return value

    clean(stream_block, stream_value)
