"""Best practices: BestPracticeIndexPage (/best-practices/) and its BestPracticePage children."""

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    PageChooserPanel,
    TabbedInterface,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from academy.models.base import AcademyPage, CleanRichTextMixin
from casestudies.blocks import StepsBlock
from casestudies.models.case_studies import STORY_FEATURES, story_field, year_validators
from casestudies.validators import validate_currency


class BestPracticeIndexPage(AcademyPage):
    """/best-practices/: distilled, transferable practices, filtered and sorted."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["academy.HomePage"]
    subpage_types = ["casestudies.BestPracticePage"]
    max_count_per_parent = 1
    template = "pages/best_practice_index_page.html"

    class Meta:
        verbose_name = _("best practice library")

    def get_context(self, request, *args, **kwargs):
        from casestudies.listings import best_practice_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(best_practice_listing(index_page=self, params=request.GET))
        return context


class BestPracticeTag(TaggedItemBase):
    content_object = ParentalKey(
        "casestudies.BestPracticePage", related_name="tagged_items", on_delete=models.CASCADE
    )


class BestPracticePage(CleanRichTextMixin, AcademyPage):
    """/best-practices/<practice>/: what to do, why, how in steps, and who took it up."""

    summary = models.TextField(
        _("summary"), max_length=1000, help_text=_("Shown in listings and search results.")
    )
    clusters = ParentalManyToManyField(
        "academy.ThematicCluster",
        verbose_name=_("thematic clusters"),
        related_name="best_practices",
    )
    programme = models.ForeignKey(
        "academy.Programme",
        verbose_name=_("programme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="best_practices",
    )
    tags = ClusterTaggableManager(through=BestPracticeTag, blank=True, verbose_name=_("tags"))
    sdgs = ParentalManyToManyField(
        "casestudies.SustainableDevelopmentGoal",
        verbose_name=_("Sustainable Development Goals"),
        blank=True,
        related_name="best_practices",
    )

    what = RichTextField(_("what it is"), features=STORY_FEATURES)
    why = story_field(_("why it works"))
    steps = StreamField(StepsBlock(), verbose_name=_("how, step by step"), blank=True)
    enabling_conditions = story_field(
        _("enabling conditions"), _("What must be in place: powers, budget, data, partners.")
    )
    pitfalls = story_field(_("pitfalls"), _("What goes wrong, and how to avoid it."))

    cost_low = models.DecimalField(
        _("typical cost, from"),
        max_digits=15,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    cost_high = models.DecimalField(
        _("typical cost, to"),
        max_digits=15,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    cost_currency = models.CharField(
        _("currency"), max_length=3, blank=True, validators=[validate_currency]
    )
    cost_basis = models.CharField(
        _("cost basis"),
        max_length=160,
        blank=True,
        help_text=_('What the range is for, such as "per kilometre" or "for a pilot district".'),
    )
    illustrative_note = models.TextField(
        _("illustrative details"),
        blank=True,
        max_length=1000,
        help_text=_("If some details are illustrative rather than sourced, say which and why."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("programme"),
                FieldPanel("clusters"),
                FieldPanel("tags"),
                FieldPanel("sdgs"),
            ],
            heading=_("Classification"),
        ),
        FieldPanel("what"),
        FieldPanel("why"),
        FieldPanel("steps"),
        FieldPanel("enabling_conditions"),
        FieldPanel("pitfalls"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("cost_low"), FieldPanel("cost_high"), FieldPanel("cost_currency")]
                ),
                FieldPanel("cost_basis"),
            ],
            heading=_("Typical cost"),
        ),
        FieldPanel("illustrative_note"),
    ]
    evidence_panels = [
        InlinePanel("case_study_links", label=_("Case studies that show it")),
        InlinePanel("adoptions", label=_("Adopted by")),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(evidence_panels, heading=_("Evidence and spread")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("what"),
    ]
    parent_page_types = ["casestudies.BestPracticeIndexPage"]
    subpage_types: list[str] = []
    template = "pages/best_practice_page.html"

    class Meta:
        verbose_name = _("best practice")
        verbose_name_plural = _("best practices")

    def clean(self):
        super().clean()
        errors = {}
        both = self.cost_low is not None and self.cost_high is not None
        if both and self.cost_high < self.cost_low:
            errors["cost_high"] = _("The upper cost cannot be below the lower one.")
        if (self.cost_low is not None or self.cost_high is not None) and not self.cost_currency:
            errors["cost_currency"] = _("Give the currency of the cost range.")
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        from casestudies.selectors import best_practice_detail

        context = super().get_context(request, *args, **kwargs)
        context.update(best_practice_detail(self, request=request))
        return context


class BestPracticeCaseStudy(Orderable):
    """A case study that shows the practice at work."""

    page = ParentalKey(BestPracticePage, related_name="case_study_links", on_delete=models.CASCADE)
    case_study = models.ForeignKey(
        "casestudies.CaseStudyPage",
        verbose_name=_("case study"),
        on_delete=models.CASCADE,
        related_name="best_practice_links",
    )
    note = models.CharField(_("what it shows"), max_length=255, blank=True)

    panels = [PageChooserPanel("case_study"), FieldPanel("note")]

    class Meta(Orderable.Meta):
        verbose_name = _("case study")
        verbose_name_plural = _("case studies")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "case_study"], name="unique_best_practice_case_study"
            )
        ]


class BestPracticeAdoption(Orderable):
    """A city that reports taking the practice up."""

    page = ParentalKey(BestPracticePage, related_name="adoptions", on_delete=models.CASCADE)
    city = models.ForeignKey(
        "academy.CityPage",
        verbose_name=_("city"),
        on_delete=models.CASCADE,
        related_name="best_practice_adoptions",
    )
    year = models.PositiveSmallIntegerField(
        _("year"), null=True, blank=True, validators=year_validators
    )
    note = models.CharField(_("note"), max_length=255, blank=True)

    panels = [PageChooserPanel("city"), FieldRowPanel([FieldPanel("year"), FieldPanel("note")])]

    class Meta(Orderable.Meta):
        verbose_name = _("adopting city")
        verbose_name_plural = _("adopting cities")
        constraints = [
            models.UniqueConstraint(fields=["page", "city"], name="unique_best_practice_adoption")
        ]
