"""Controlled vocabularies shared by every locale: programmes and thematic clusters."""

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.search import index

from academy.translation import translated

hex_colour_validator = RegexValidator(
    r"^#[0-9a-fA-F]{6}$", _("Enter a colour as # followed by six hexadecimal digits.")
)


def _translation_tab(language: str, label) -> ObjectList:
    return ObjectList(
        [FieldPanel(f"name_{language}"), FieldPanel(f"description_{language}")], heading=label
    )


class TranslatedVocabulary(index.Indexed, models.Model):
    """Name and description in en (source), es, fr and pt; slug and order shared."""

    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    name = models.CharField(_("name (English)"), max_length=120)
    name_es = models.CharField(_("name (Spanish)"), max_length=120, blank=True)
    name_fr = models.CharField(_("name (French)"), max_length=120, blank=True)
    name_pt = models.CharField(_("name (Portuguese)"), max_length=120, blank=True)
    description = models.TextField(_("description (English)"), blank=True)
    description_es = models.TextField(_("description (Spanish)"), blank=True)
    description_fr = models.TextField(_("description (French)"), blank=True)
    description_pt = models.TextField(_("description (Portuguese)"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.display_name

    @property
    def display_name(self) -> str:
        return translated(self, "name")

    @property
    def display_description(self) -> str:
        return translated(self, "description")

    @classmethod
    def translation_tabs(cls) -> list[ObjectList]:
        return [
            _translation_tab("es", _("Spanish")),
            _translation_tab("fr", _("French")),
            _translation_tab("pt", _("Portuguese")),
        ]


class Programme(TranslatedVocabulary):
    """A city-to-city programme (Cities Forward, EU Cities Gateway, IURC)."""

    short_name = models.CharField(_("short name"), max_length=30, blank=True)
    website = models.URLField(_("website"), blank=True)
    colour = models.CharField(
        _("colour"), max_length=7, default="#0b4f6c", validators=[hex_colour_validator]
    )

    panels = [
        TabbedInterface(
            [
                ObjectList(
                    [
                        FieldPanel("name"),
                        FieldRowPanel([FieldPanel("slug"), FieldPanel("short_name")]),
                        FieldPanel("description"),
                        FieldRowPanel(
                            [FieldPanel("website"), FieldPanel("colour"), FieldPanel("sort_order")]
                        ),
                    ],
                    heading=_("English"),
                ),
                *TranslatedVocabulary.translation_tabs(),
            ]
        )
    ]

    class Meta(TranslatedVocabulary.Meta):
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")


class ThematicCluster(TranslatedVocabulary):
    """A thematic cluster (nature-based solutions, circular economy, ...)."""

    class Icon(models.TextChoices):
        LEAF = "leaf", _("Leaf")
        CYCLE = "cycle", _("Cycle")
        CHIP = "chip", _("Chip")
        HOUSE = "house", _("House")
        DROP = "drop", _("Drop")
        SHIELD = "shield", _("Shield")
        BUS = "bus", _("Bus")

    colour = models.CharField(
        _("colour"), max_length=7, default="#2e7d32", validators=[hex_colour_validator]
    )
    icon = models.CharField(_("icon"), max_length=20, choices=Icon.choices, default=Icon.LEAF)

    panels = [
        TabbedInterface(
            [
                ObjectList(
                    [
                        FieldPanel("name"),
                        FieldPanel("slug"),
                        FieldPanel("description"),
                        MultiFieldPanel(
                            [
                                FieldRowPanel(
                                    [
                                        FieldPanel("colour"),
                                        FieldPanel("icon"),
                                        FieldPanel("sort_order"),
                                    ]
                                )
                            ],
                            heading=_("Display"),
                        ),
                    ],
                    heading=_("English"),
                ),
                *TranslatedVocabulary.translation_tabs(),
            ]
        )
    ]

    class Meta(TranslatedVocabulary.Meta):
        verbose_name = _("thematic cluster")
        verbose_name_plural = _("thematic clusters")
