"""The case study library: CaseStudyIndexPage (/case-studies/) and its CaseStudyPage children."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
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
    TabbedInterface,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from academy.models.base import AcademyPage, CleanRichTextMixin
from casestudies.blocks import DocumentsBlock, GalleryBlock
from casestudies.validators import validate_currency, validate_web_url
from casestudies.vocabulary import MAX_YEAR, MIN_YEAR, EvidenceLevel, Licence, Status

# The import format's rich text (version 2) has h3 and h4 headings: the editor offers both.
STORY_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3", "h4"]
year_validators = [MinValueValidator(MIN_YEAR), MaxValueValidator(MAX_YEAR)]


def story_field(label, help_text=""):
    return RichTextField(label, blank=True, features=STORY_FEATURES, help_text=help_text)


class CaseStudyIndexPage(AcademyPage):
    """/case-studies/: the case study library, filtered and sorted, with open data exports
    at export.csv and export.jsonl beside it (casestudies.views.EXPORT_URLS)."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["academy.HomePage"]
    subpage_types = ["casestudies.CaseStudyPage"]
    max_count_per_parent = 1
    template = "pages/case_study_index_page.html"

    class Meta:
        verbose_name = _("case study library")

    def get_context(self, request, *args, **kwargs):
        from casestudies.listings import case_study_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(case_study_listing(index_page=self, params=request.GET))
        return context


class CaseStudyTag(TaggedItemBase):
    content_object = ParentalKey(
        "casestudies.CaseStudyPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class CaseStudyPage(CleanRichTextMixin, AcademyPage):
    """/case-studies/<case>/: what a city did, what it cost, what it achieved, what it learnt."""

    summary = models.TextField(
        _("summary"), max_length=1000, help_text=_("Shown in listings and search results.")
    )
    city = models.ForeignKey(
        "academy.CityPage",
        verbose_name=_("city"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="case_studies",
    )
    clusters = ParentalManyToManyField(
        "academy.ThematicCluster", verbose_name=_("thematic clusters"), related_name="case_studies"
    )
    programme = models.ForeignKey(
        "academy.Programme",
        verbose_name=_("programme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="case_studies",
    )
    tags = ClusterTaggableManager(through=CaseStudyTag, blank=True, verbose_name=_("tags"))
    sdgs = ParentalManyToManyField(
        "casestudies.SustainableDevelopmentGoal",
        verbose_name=_("Sustainable Development Goals"),
        blank=True,
        related_name="case_studies",
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, blank=True)
    start_year = models.PositiveSmallIntegerField(
        _("start year"), null=True, blank=True, validators=year_validators
    )
    end_year = models.PositiveSmallIntegerField(
        _("end year"), null=True, blank=True, validators=year_validators
    )

    challenge = story_field(_("challenge"), _("The problem the city faced."))
    objectives = story_field(_("objectives"))
    solution = RichTextField(
        _("solution"), features=STORY_FEATURES, help_text=_("What the city did.")
    )
    results = story_field(_("results"))
    lessons_learned = story_field(_("lessons learned"), _("What the city would do differently."))
    transferability = story_field(
        _("transferability"), _("What another city needs to replicate it.")
    )

    cost_amount = models.DecimalField(
        _("cost"),
        max_digits=15,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    cost_currency = models.CharField(
        _("currency"),
        max_length=3,
        blank=True,
        validators=[validate_currency],
        help_text=_("ISO 4217 code, such as USD, EUR or BRL."),
    )
    cost_year = models.PositiveSmallIntegerField(
        _("price year"), null=True, blank=True, validators=year_validators
    )
    cost_note = models.CharField(_("what the cost covers"), max_length=255, blank=True)

    gallery = StreamField(GalleryBlock(), verbose_name=_("gallery"), blank=True)
    documents = StreamField(DocumentsBlock(), verbose_name=_("documents"), blank=True)

    licence = models.CharField(
        _("licence"), max_length=30, choices=Licence.choices, default=Licence.CC_BY, blank=True
    )
    evidence_level = models.CharField(
        _("evidence level"), max_length=20, choices=EvidenceLevel.choices, blank=True
    )
    last_verified = models.DateField(
        _("last verified"),
        null=True,
        blank=True,
        help_text=_("When an editor last checked the facts against the sources."),
    )
    illustrative_note = models.TextField(
        _("illustrative details"),
        blank=True,
        max_length=1000,
        help_text=_("If some details are illustrative rather than sourced, say which and why."),
    )
    external_id = models.CharField(
        _("import id"),
        max_length=100,
        blank=True,
        db_index=True,
        help_text=_("The stable id of this case study in an imported library."),
    )

    story_panels = [
        FieldPanel("challenge"),
        FieldPanel("objectives"),
        FieldPanel("solution"),
        FieldPanel("results"),
        FieldPanel("lessons_learned"),
        FieldPanel("transferability"),
    ]
    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("city"),
                FieldPanel("programme"),
                FieldPanel("clusters"),
                FieldPanel("tags"),
                FieldPanel("sdgs"),
            ],
            heading=_("Classification"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year")]),
            ],
            heading=_("Timeline"),
        ),
    ]
    facts_panels = [
        InlinePanel("indicators", label=_("Outcome indicators")),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("cost_amount"),
                        FieldPanel("cost_currency"),
                        FieldPanel("cost_year"),
                    ]
                ),
                FieldPanel("cost_note"),
                InlinePanel("funding_sources", label=_("Funding sources")),
            ],
            heading=_("Cost and funding"),
        ),
        InlinePanel("partners", label=_("Partners")),
        InlinePanel("contacts", label=_("Contacts")),
    ]
    media_panels = [FieldPanel("gallery"), FieldPanel("documents")]
    evidence_panels = [
        InlinePanel("sources", label=_("Sources")),
        FieldRowPanel([FieldPanel("evidence_level"), FieldPanel("last_verified")]),
        FieldPanel("illustrative_note"),
        FieldPanel("licence"),
        FieldPanel("external_id", read_only=True),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(story_panels, heading=_("Story")),
            ObjectList(facts_panels, heading=_("Facts")),
            ObjectList(media_panels, heading=_("Media")),
            ObjectList(evidence_panels, heading=_("Evidence")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("solution"),
        index.FilterField("status"),
    ]
    parent_page_types = ["casestudies.CaseStudyIndexPage"]
    subpage_types: list[str] = []
    template = "pages/case_study_page.html"
    # A copy is another case study: it must not claim the original's import id.
    exclude_fields_in_copy = ["external_id"]

    class Meta:
        verbose_name = _("case study")
        verbose_name_plural = _("case studies")

    def clean(self):
        super().clean()
        errors = {}
        if self.start_year and self.end_year and self.end_year < self.start_year:
            errors["end_year"] = _("The end year cannot be before the start year.")
        if self.cost_amount is not None and not self.cost_currency:
            errors["cost_currency"] = _("Give the currency of the cost.")
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        from casestudies.selectors import case_study_detail

        context = super().get_context(request, *args, **kwargs)
        context.update(case_study_detail(self, request=request))
        return context


class OutcomeIndicator(Orderable):
    """A measured outcome: from a baseline towards a target, with what was achieved."""

    page = ParentalKey(CaseStudyPage, related_name="indicators", on_delete=models.CASCADE)
    name = models.CharField(_("indicator"), max_length=255)
    unit = models.CharField(_("unit"), max_length=60, blank=True)
    baseline = models.DecimalField(
        _("baseline"), max_digits=20, decimal_places=4, null=True, blank=True
    )
    target = models.DecimalField(
        _("target"), max_digits=20, decimal_places=4, null=True, blank=True
    )
    achieved = models.DecimalField(
        _("achieved"), max_digits=20, decimal_places=4, null=True, blank=True
    )
    year = models.PositiveSmallIntegerField(
        _("year"), null=True, blank=True, validators=year_validators
    )
    source = models.CharField(_("source"), max_length=255, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("unit")]),
        FieldRowPanel(
            [
                FieldPanel("baseline"),
                FieldPanel("target"),
                FieldPanel("achieved"),
                FieldPanel("year"),
            ]
        ),
        FieldPanel("source"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("outcome indicator")
        verbose_name_plural = _("outcome indicators")

    def __str__(self):
        return self.name


class CaseStudyFunding(Orderable):
    page = ParentalKey(CaseStudyPage, related_name="funding_sources", on_delete=models.CASCADE)
    name = models.CharField(_("funding source"), max_length=255)

    panels = [FieldPanel("name")]

    class Meta(Orderable.Meta):
        verbose_name = _("funding source")
        verbose_name_plural = _("funding sources")

    def __str__(self):
        return self.name


class CaseStudyPartner(Orderable):
    page = ParentalKey(CaseStudyPage, related_name="partners", on_delete=models.CASCADE)
    name = models.CharField(_("partner"), max_length=255)
    role = models.CharField(_("role"), max_length=160, blank=True)
    url = models.URLField(_("web page"), blank=True, validators=[validate_web_url])

    panels = [FieldRowPanel([FieldPanel("name"), FieldPanel("role")]), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("partner")
        verbose_name_plural = _("partners")

    def __str__(self):
        return self.name


class CaseStudyContact(Orderable):
    page = ParentalKey(CaseStudyPage, related_name="contacts", on_delete=models.CASCADE)
    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=120, blank=True)
    organisation = models.CharField(_("organisation"), max_length=160, blank=True)
    email = models.EmailField(_("email"), blank=True)
    url = models.URLField(_("web page"), blank=True, validators=[validate_web_url])

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("role")]),
        FieldPanel("organisation"),
        FieldRowPanel([FieldPanel("email"), FieldPanel("url")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")

    def __str__(self):
        return self.name


class CaseStudySource(Orderable):
    page = ParentalKey(CaseStudyPage, related_name="sources", on_delete=models.CASCADE)
    url = models.URLField(_("address"), max_length=500, validators=[validate_web_url])
    title = models.CharField(
        _("title"), max_length=255, blank=True, help_text=_("Leave blank to show the address.")
    )
    accessed = models.DateField(_("accessed"), null=True, blank=True)

    panels = [FieldPanel("url"), FieldRowPanel([FieldPanel("title"), FieldPanel("accessed")])]

    class Meta(Orderable.Meta):
        verbose_name = _("source")
        verbose_name_plural = _("sources")

    def __str__(self):
        return self.title or self.url
