"""Lesson StreamField blocks: teaching content and quizzes.

Quiz answers (which choice is correct, the true/false answer) live in the block values and are
only ever read by the server-side grader; the templates that render a quiz to a learner never
print them.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from academy.blocks import DocumentBlock, FigureBlock, HeadingBlock
from casestudies.blocks import CaseStudyCardBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3", "document-link"]
MAX_QUESTIONS = 50
MAX_CHOICES = 8


class LessonCalloutBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=120, required=False)
    text = blocks.RichTextBlock(label=_("text"), features=["bold", "italic", "link", "ul", "ol"])
    tone = blocks.ChoiceBlock(
        label=_("tone"),
        choices=[("info", _("Information")), ("tip", _("Tip")), ("warning", _("Watch out"))],
        default="info",
    )

    class Meta:
        icon = "info-circle"
        template = "blocks/lesson_callout_block.html"
        label = _("Callout")
        description = _("A highlighted box: a definition, a tip or a common mistake.")
        preview_value = {
            "title": "Tip",
            "text": "<p>Start with a pilot on land the city already owns.</p>",
            "tone": "tip",
        }


class KeyTakeawaysBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=120, default=_("Key takeaways"))
    items = blocks.ListBlock(
        blocks.CharBlock(label=_("takeaway"), max_length=300), label=_("takeaways"), min_num=1
    )

    class Meta:
        icon = "list-ul"
        template = "blocks/key_takeaways_block.html"
        label = _("Key takeaways")
        description = _("A short list of what the learner should remember.")
        preview_value = {
            "title": "Key takeaways",
            "items": ["Trees cool streets.", "Maintenance needs a budget line."],
        }


class VideoBlock(blocks.StructBlock):
    """A link to a video with its transcript. Nothing is fetched or embedded from elsewhere:
    the page stays light on poor connections and works offline, and the transcript carries
    the content for learners who cannot watch."""

    url = blocks.URLBlock(label=_("video URL"))
    title = blocks.CharBlock(label=_("title"), max_length=160)
    duration_minutes = blocks.IntegerBlock(
        label=_("duration (minutes)"), min_value=1, max_value=600, required=False
    )
    transcript = blocks.RichTextBlock(
        label=_("transcript or summary"), features=["bold", "italic", "link", "ul", "ol"]
    )

    class Meta:
        icon = "media"
        template = "blocks/video_block.html"
        label = _("Video")
        description = _("A video link with its transcript, so the lesson works without it.")
        preview_value = {
            "url": "https://www.youtube.com/watch?v=example",
            "title": "A walk along a green corridor",
            "duration_minutes": 6,
            "transcript": "<p>The corridor links two parks along a former road.</p>",
        }

    def clean(self, value):
        value = super().clean(value)
        if value.get("url") and not value["url"].lower().startswith(("https://", "http://")):
            raise StructBlockValidationError(
                {"url": ValidationError(_("Enter an http or https address."))}
            )
        return value


class LessonDocumentBlock(DocumentBlock):
    pass


class AnswerChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("answer"), max_length=300)
    correct = blocks.BooleanBlock(label=_("correct"), required=False)
    feedback = blocks.TextBlock(
        label=_("feedback"),
        required=False,
        help_text=_("Shown to a learner who picked this answer, after they submit."),
    )

    class Meta:
        icon = "radio-full"
        label = _("Answer")


class ChoiceQuestionBlock(blocks.StructBlock):
    prompt = blocks.TextBlock(label=_("question"))
    choices = blocks.ListBlock(
        AnswerChoiceBlock(), label=_("answers"), min_num=2, max_num=MAX_CHOICES
    )
    explanation = blocks.TextBlock(
        label=_("explanation"),
        required=False,
        help_text=_("Shown after the learner submits, whatever they answered."),
    )

    multiple = False

    class Meta:
        icon = "list-ul"
        template = "blocks/quiz_question_preview.html"

    def clean(self, value):
        value = super().clean(value)
        correct = sum(1 for choice in value["choices"] if choice["correct"])
        if self.multiple and correct < 1:
            raise StructBlockValidationError(
                {"choices": ValidationError(_("Mark at least one answer as correct."))}
            )
        if not self.multiple and correct != 1:
            raise StructBlockValidationError(
                {"choices": ValidationError(_("Mark exactly one answer as correct."))}
            )
        return value


class SingleChoiceQuestionBlock(ChoiceQuestionBlock):
    class Meta:
        label = _("Single choice")
        description = _("One correct answer among several.")
        icon = "radio-full"


class MultipleChoiceQuestionBlock(ChoiceQuestionBlock):
    multiple = True

    class Meta:
        label = _("Multiple choice")
        description = _("One or more correct answers; the learner must pick all of them.")
        icon = "tick-inverse"


class TrueFalseQuestionBlock(blocks.StructBlock):
    prompt = blocks.TextBlock(label=_("statement"))
    answer = blocks.BooleanBlock(
        label=_("the statement is true"),
        required=False,
        help_text=_("Tick if the statement is true, leave empty if it is false."),
    )
    explanation = blocks.TextBlock(label=_("explanation"), required=False)

    class Meta:
        icon = "help"
        template = "blocks/quiz_question_preview.html"
        label = _("True or false")
        description = _("A statement the learner judges true or false.")


class QuestionsBlock(blocks.StreamBlock):
    single_choice = SingleChoiceQuestionBlock()
    multiple_choice = MultipleChoiceQuestionBlock()
    true_false = TrueFalseQuestionBlock()

    class Meta:
        min_num = 1
        max_num = MAX_QUESTIONS


class QuizBlock(blocks.StructBlock):
    """A graded quiz. Every quiz in a course must be passed to complete the course."""

    title = blocks.CharBlock(
        label=_("title"), max_length=160, default=_("Check your understanding")
    )
    intro = blocks.TextBlock(label=_("introduction"), required=False)
    pass_mark = blocks.IntegerBlock(
        label=_("pass mark (%)"),
        min_value=1,
        max_value=100,
        required=False,
        help_text=_("Leave empty to use the course's pass mark."),
    )
    max_attempts = blocks.IntegerBlock(
        label=_("attempts allowed"),
        min_value=1,
        max_value=100,
        required=False,
        help_text=_("Leave empty for unlimited attempts."),
    )
    questions = QuestionsBlock(label=_("questions"))

    class Meta:
        icon = "tasks"
        template = "blocks/quiz_block_preview.html"
        label = _("Quiz")
        description = _(
            "Questions graded on the server; learners must pass to complete the course."
        )


class LessonBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        icon="pilcrow",
        features=RICH_TEXT_FEATURES,
        template="blocks/paragraph_block.html",
    )
    figure = FigureBlock()
    video = VideoBlock()
    document = LessonDocumentBlock()
    callout = LessonCalloutBlock()
    key_takeaways = KeyTakeawaysBlock()
    case_study = CaseStudyCardBlock()
    quiz = QuizBlock()


class LearningOutcomesBlock(blocks.StreamBlock):
    outcome = blocks.CharBlock(label=_("Learning outcome"), max_length=200, icon="tick")
