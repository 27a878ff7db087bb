"""City directory: CityIndexPage (/cities/) and its CityPage children."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from django_countries.fields import CountryField

from academy.models.base import AcademyPage
from academy.taxonomy import SizeBand, WorldRegion, region_for_country, size_band_for


class CityIndexPage(AcademyPage):
    """/cities/: the directory of the Academy's cities, with filters and a map."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["academy.HomePage"]
    subpage_types = ["academy.CityPage"]
    max_count_per_parent = 1
    template = "pages/city_index_page.html"

    class Meta:
        verbose_name = _("city directory")

    def get_context(self, request, *args, **kwargs):
        from academy.selectors import city_directory

        context = super().get_context(request, *args, **kwargs)
        context.update(city_directory(index_page=self, params=request.GET))
        return context


class CityPage(AcademyPage):
    """/cities/<city>/: a city's profile, its programmes, clusters and pairings."""

    country = CountryField(_("country"))
    region = models.CharField(
        _("world region"),
        max_length=30,
        choices=WorldRegion.choices,
        blank=True,
        help_text=_("Leave blank to derive it from the country."),
    )
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)
    population_source = models.CharField(
        _("population source"), max_length=120, blank=True, default="GeoNames (CC BY 4.0)"
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        validators=[MinValueValidator(Decimal(-90)), MaxValueValidator(Decimal(90))],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        validators=[MinValueValidator(Decimal(-180)), MaxValueValidator(Decimal(180))],
    )
    geonames_id = models.PositiveIntegerField(_("GeoNames id"), null=True, blank=True)
    summary = models.TextField(_("summary"), max_length=500, blank=True)
    programmes = ParentalManyToManyField(
        "academy.Programme", verbose_name=_("programmes"), blank=True, related_name="cities"
    )
    clusters = ParentalManyToManyField(
        "academy.ThematicCluster",
        verbose_name=_("thematic clusters"),
        blank=True,
        related_name="cities",
    )
    profile = RichTextField(_("profile"), blank=True)
    challenges = RichTextField(_("challenges"), blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("country"), FieldPanel("region")]),
                FieldRowPanel([FieldPanel("population"), FieldPanel("population_source")]),
                FieldRowPanel(
                    [FieldPanel("latitude"), FieldPanel("longitude"), FieldPanel("geonames_id")]
                ),
            ],
            heading=_("Facts"),
        ),
        FieldPanel("programmes"),
        FieldPanel("clusters"),
        FieldPanel("image"),
        FieldPanel("profile"),
        FieldPanel("challenges"),
        InlinePanel("contacts", label=_("Contacts")),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("profile"),
        index.FilterField("country"),
    ]
    parent_page_types = ["academy.CityIndexPage"]
    subpage_types: list[str] = []
    template = "pages/city_page.html"

    class Meta:
        verbose_name = _("city")
        verbose_name_plural = _("cities")

    def save(self, *args, **kwargs):
        if not self.region and self.country:
            self.region = region_for_country(str(self.country))
        return super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if not self.region and self.country:
            self.region = region_for_country(str(self.country))
        if self.title and self.country:
            twins = CityPage.objects.filter(
                locale_id=self.locale_id, title__iexact=self.title.strip(), country=self.country
            ).exclude(pk=self.pk)
            if twins.exists():
                raise ValidationError(
                    {
                        "title": _("%(city)s (%(country)s) is already in the directory.")
                        % {"city": self.title, "country": self.country.name}
                    }
                )

    @property
    def size_band(self) -> str:
        return size_band_for(self.population)

    def get_size_band_display(self) -> str:
        band = self.size_band
        return SizeBand(band).label if band else ""

    def get_context(self, request, *args, **kwargs):
        from academy.selectors import city_profile

        context = super().get_context(request, *args, **kwargs)
        context.update(city_profile(self))
        return context


class CityContact(Orderable):
    city = ParentalKey(CityPage, related_name="contacts", on_delete=models.CASCADE)
    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=120, blank=True)
    organisation = models.CharField(_("organisation"), max_length=160, blank=True)
    email = models.EmailField(_("email"), blank=True)
    url = models.URLField(_("web page"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("role")]),
        FieldPanel("organisation"),
        FieldRowPanel([FieldPanel("email"), FieldPanel("url")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("contact")
