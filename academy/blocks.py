"""Reusable StreamField blocks for core pages."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("text"), max_length=160)
    level = blocks.ChoiceBlock(label=_("level"), choices=[("h2", "H2"), ("h3", "H3")], default="h2")

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")
        description = _("A section heading, listed in the page outline.")
        preview_value = {"text": "What the pairing changed", "level": "h2"}


class CalloutBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=120, required=False)
    text = blocks.RichTextBlock(label=_("text"), features=["bold", "italic", "link", "ul"])
    tone = blocks.ChoiceBlock(
        label=_("tone"),
        choices=[("info", _("Information")), ("note", _("Illustrative content"))],
        default="info",
    )

    class Meta:
        icon = "info-circle"
        template = "blocks/callout_block.html"
        label = _("Callout")
        description = _("A highlighted box: a key point, or a note that content is illustrative.")
        preview_value = {
            "title": "Good to know",
            "text": "<p>Peer exchanges run for 18 months.</p>",
            "tone": "info",
        }


class FigureBlock(blocks.StructBlock):
    image = ImageBlock(label=_("image"))
    caption = blocks.CharBlock(label=_("caption"), max_length=250, required=False)

    class Meta:
        icon = "image"
        template = "blocks/figure_block.html"
        label = _("Image")
        description = _("An image with alternative text and an optional caption.")


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    description = blocks.CharBlock(label=_("description"), max_length=250, required=False)

    class Meta:
        icon = "doc-full"
        template = "blocks/document_block.html"
        label = _("Document")
        description = _("A document to download, such as a template or a report.")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(label=_("attribution"), max_length=160, required=False)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Quote")
        description = _("A pull quote with its source.")
        preview_value = {
            "quote": "We learnt more in two visits than in two years of reports.",
            "attribution": "City planner",
        }


class StandardBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        icon="pilcrow",
        features=["bold", "italic", "link", "ol", "ul", "h3", "document-link"],
        template="blocks/paragraph_block.html",
    )
    callout = CalloutBlock()
    figure = FigureBlock()
    quote = QuoteBlock()
