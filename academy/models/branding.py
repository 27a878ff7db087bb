"""Site settings for programme branding: name, logo, colours, contact."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from academy.translation import translated

from .vocabulary import hex_colour_validator


@register_setting(icon="palette")
class BrandingSettings(BaseSiteSetting):
    """How the site presents itself: one record per Wagtail site."""

    site_name = models.CharField(_("site name"), max_length=80, default="Cities Academy")
    tagline = models.CharField(_("tagline (English)"), max_length=160, blank=True)
    tagline_es = models.CharField(_("tagline (Spanish)"), max_length=160, blank=True)
    tagline_fr = models.CharField(_("tagline (French)"), max_length=160, blank=True)
    tagline_pt = models.CharField(_("tagline (Portuguese)"), max_length=160, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    primary_colour = models.CharField(
        _("primary colour"), max_length=7, default="#0b4f6c", validators=[hex_colour_validator]
    )
    accent_colour = models.CharField(
        _("accent colour"), max_length=7, default="#f2a900", validators=[hex_colour_validator]
    )
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_address = models.TextField(_("postal address"), blank=True)
    funder_statement = models.TextField(
        _("funder statement"),
        blank=True,
        help_text=_("Shown in the footer, for example who funds the programme."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("site_name"),
                FieldPanel("tagline"),
                FieldRowPanel(
                    [FieldPanel("tagline_es"), FieldPanel("tagline_fr"), FieldPanel("tagline_pt")]
                ),
                FieldPanel("logo"),
            ],
            heading=_("Identity"),
        ),
        FieldRowPanel(
            [FieldPanel("primary_colour"), FieldPanel("accent_colour")], heading=_("Colours")
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_email"),
                FieldPanel("contact_address"),
                FieldPanel("funder_statement"),
            ],
            heading=_("Contact and footer"),
        ),
    ]

    class Meta:
        verbose_name = _("branding")

    @property
    def display_tagline(self) -> str:
        return translated(self, "tagline")
