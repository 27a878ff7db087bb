"""StreamField blocks of the knowledge library, and the case study card lessons embed."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from academy.blocks import DocumentBlock, FigureBlock

STEP_FEATURES = ["bold", "italic", "link", "ul", "ol"]


class GalleryBlock(blocks.StreamBlock):
    image = FigureBlock()

    class Meta:
        max_num = 24


class DocumentsBlock(blocks.StreamBlock):
    document = DocumentBlock()

    class Meta:
        max_num = 20


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("step"), max_length=160)
    text = blocks.RichTextBlock(label=_("how"), features=STEP_FEATURES, required=False)

    class Meta:
        icon = "list-ol"
        template = "blocks/step_block.html"
        label = _("Step")
        description = _("One step of putting the practice in place.")
        preview_value = {
            "title": "Map the streets that flood",
            "text": "<p>Combine complaint records with rainfall data.</p>",
        }


class StepsBlock(blocks.StreamBlock):
    step = StepBlock()

    class Meta:
        max_num = 30


class CaseStudyCardBlock(blocks.StructBlock):
    """A case study shown as a card inside a lesson, with why it matters to the lesson."""

    case_study = blocks.PageChooserBlock(
        label=_("case study"), page_type="casestudies.CaseStudyPage"
    )
    note = blocks.TextBlock(
        label=_("why this case"),
        required=False,
        max_length=500,
        help_text=_("What the learner should look for in this case."),
    )

    class Meta:
        icon = "doc-full-inverse"
        template = "blocks/case_study_card_block.html"
        label = _("Case study")
        description = _("A case study from the library, shown as a card the learner can open.")
