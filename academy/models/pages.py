"""Core pages: the home page, standard pages, cluster hubs and the pairings page."""

from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from academy.blocks import StandardBodyBlock
from academy.models.base import AcademyPage


class HomePage(AcademyPage):
    """The site root in each locale: hero, clusters, cities, pairings and what is coming."""

    hero_title = models.CharField(_("hero title"), max_length=160)
    hero_lead = models.TextField(_("hero text"), max_length=600, blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    primary_action_label = models.CharField(_("primary button label"), max_length=60, blank=True)
    primary_action_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("primary button page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    secondary_action_label = models.CharField(
        _("secondary button label"), max_length=60, blank=True
    )
    secondary_action_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("secondary button page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(StandardBodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("hero_title"),
                FieldPanel("hero_lead"),
                FieldPanel("hero_image"),
                FieldPanel("primary_action_label"),
                PageChooserPanel("primary_action_page"),
                FieldPanel("secondary_action_label"),
                PageChooserPanel("secondary_action_page"),
            ],
            heading=_("Hero"),
        ),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("hero_lead")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "academy.StandardPage",
        "academy.CityIndexPage",
        "academy.ClusterIndexPage",
        "academy.PairingIndexPage",
        "courses.CourseIndexPage",
        "casestudies.CaseStudyIndexPage",
        "casestudies.BestPracticeIndexPage",
    ]
    template = "pages/home_page.html"

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from academy.selectors import home_sections

        context = super().get_context(request, *args, **kwargs)
        context.update(home_sections(self))
        return context


class StandardPage(AcademyPage):
    """A plain content page: about, a programme's page, contact."""

    intro = models.TextField(_("introduction"), max_length=600, blank=True)
    body = StreamField(StandardBodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["academy.HomePage", "academy.StandardPage"]
    subpage_types = ["academy.StandardPage"]
    template = "pages/standard_page.html"

    class Meta:
        verbose_name = _("standard page")


class ClusterIndexPage(RoutablePageMixin, AcademyPage):
    """/clusters/: every thematic cluster, and a hub at /clusters/<slug>/ for each."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["academy.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1
    template = "pages/cluster_index_page.html"

    class Meta:
        verbose_name = _("cluster index")

    @path("")
    def index_route(self, request):
        from academy.selectors import cluster_overview

        return self.render(request, context_overrides={"clusters": cluster_overview(self)})

    @path("<slug:slug>/")
    def cluster_hub(self, request, slug):
        from academy.selectors import cluster_hub

        context = cluster_hub(index_page=self, slug=slug)
        if context is None:
            raise Http404
        return self.render(
            request, context_overrides=context, template="pages/cluster_hub_page.html"
        )


class PairingIndexPage(AcademyPage):
    """/pairings/: every pairing, grouped by programme, filterable by programme and cluster."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["academy.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1
    template = "pages/pairing_index_page.html"

    class Meta:
        verbose_name = _("pairings page")

    def get_context(self, request, *args, **kwargs):
        from academy.selectors import pairing_directory

        context = super().get_context(request, *args, **kwargs)
        context.update(pairing_directory(params=request.GET))
        return context
