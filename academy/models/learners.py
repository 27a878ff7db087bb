"""Learner profiles: how a learner appears on certificates and in programme reports."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class LearnerProfile(models.Model):
    """One per user account: display name, city, organisation, language and consent."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="learner_profile",
    )
    display_name = models.CharField(
        _("display name"),
        max_length=120,
        help_text=_("Your name as it should appear on your certificates."),
    )
    city = models.ForeignKey(
        "academy.CityPage",
        verbose_name=_("city"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="learners",
        help_text=_("The Academy city you work for or with."),
    )
    other_city = models.CharField(
        _("other city"),
        max_length=120,
        blank=True,
        help_text=_("If your city is not in the list, its name."),
    )
    organisation = models.CharField(_("organisation"), max_length=160, blank=True)
    role = models.CharField(_("role"), max_length=120, blank=True)
    preferred_language = models.CharField(
        _("preferred language"), max_length=8, choices=settings.LANGUAGES, default="en"
    )
    public_consent = models.BooleanField(
        _("show my name and city on certificate verification pages"),
        default=False,
        help_text=_(
            "Anyone who checks one of your certificates will see your name and city. "
            "Without this, they only see that the certificate is valid."
        ),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("learner profile")
        verbose_name_plural = _("learner profiles")

    def __str__(self):
        return self.display_name

    @property
    def city_name(self) -> str:
        """The learner's city as text: the Academy city's title, or the name they typed."""
        if self.city_id is not None:
            return self.city.title
        return self.other_city
