"""The 17 Sustainable Development Goals, as rows so pages can be filtered and counted by them."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from casestudies.vocabulary import SDG_NAMES


class SustainableDevelopmentGoal(models.Model):
    """One SDG (1 to 17). The rows are created by a migration; names are translated in code."""

    number = models.PositiveSmallIntegerField(
        _("number"), primary_key=True, validators=[MinValueValidator(1), MaxValueValidator(17)]
    )

    class Meta:
        ordering = ["number"]
        verbose_name = _("Sustainable Development Goal")
        verbose_name_plural = _("Sustainable Development Goals")

    def __str__(self):
        return f"{self.number}. {self.name}"

    @property
    def name(self) -> str:
        return str(SDG_NAMES.get(self.number, ""))
