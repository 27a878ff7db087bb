"""Pairings: a programme joins two or more cities, one to one or one to many."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index


class PairingForm(WagtailAdminModelForm):
    """Refuses a pairing that breaks the membership rules, with a message per rule."""

    def clean(self):
        from academy.services import PairingError, validate_pairing_members

        cleaned_data = super().clean()
        formset = self.formsets.get("members")
        programme = cleaned_data.get("programme")
        if formset is None or programme is None:
            return cleaned_data
        # Read each member form's own cleaned city before the formset's generic checks (its
        # "duplicate data" and "at least 2 forms" messages) run; the rules below say what is
        # wrong in the editor's terms.
        cities = [
            form.cleaned_data["city"]
            for form in formset.forms
            if form.is_valid()
            and not form.cleaned_data.get("DELETE")
            and form.cleaned_data.get("city")
        ]
        try:
            validate_pairing_members(
                programme=programme, cities=cities, exclude_pairing_id=self.instance.pk
            )
        except PairingError as error:
            self.add_error(None, error.message)
        return cleaned_data


class Pairing(index.Indexed, ClusterableModel):
    """Two or more member cities working together within one programme."""

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        ACTIVE = "active", _("Active")
        COMPLETED = "completed", _("Completed")

    programme = models.ForeignKey(
        "academy.Programme",
        verbose_name=_("programme"),
        on_delete=models.PROTECT,
        related_name="pairings",
    )
    name = models.CharField(
        _("name"),
        max_length=200,
        blank=True,
        help_text=_("Optional. By default the member cities' names are shown."),
    )
    clusters = ParentalManyToManyField(
        "academy.ThematicCluster",
        verbose_name=_("thematic clusters"),
        blank=True,
        related_name="pairings",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.ACTIVE
    )
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    charter = RichTextField(_("cooperation charter"), blank=True)
    charter_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("charter document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    is_illustrative = models.BooleanField(
        _("illustrative"),
        default=False,
        help_text=_("Tick when this pairing is an example rather than a documented pairing."),
    )
    source_note = models.CharField(_("source"), max_length=300, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("programme"), FieldPanel("status")]),
        FieldPanel("name"),
        InlinePanel("members", label=_("Member cities"), min_num=2),
        FieldPanel("clusters"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        MultiFieldPanel(
            [FieldPanel("charter"), FieldPanel("charter_document")],
            heading=_("Cooperation charter"),
        ),
        FieldRowPanel([FieldPanel("is_illustrative"), FieldPanel("source_note")]),
    ]
    base_form_class = PairingForm
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("pairing")
        verbose_name_plural = _("pairings")
        ordering = ["programme__sort_order", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_date__isnull=True)
                | models.Q(start_date__isnull=True)
                | models.Q(end_date__gte=models.F("start_date")),
                name="pairing_ends_after_start",
                violation_error_message=_("The end date cannot be before the start date."),
            )
        ]

    def __str__(self):
        return self.name or _("Pairing %(pk)s") % {"pk": self.pk or "-"}


class PairingMember(Orderable):
    class Role(models.TextChoices):
        LEAD = "lead", _("Lead city")
        PARTNER = "partner", _("Partner city")

    pairing = ParentalKey(Pairing, related_name="members", on_delete=models.CASCADE)
    city = models.ForeignKey(
        "academy.CityPage",
        verbose_name=_("city"),
        on_delete=models.CASCADE,
        related_name="pairing_memberships",
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.PARTNER)

    panels = [FieldRowPanel([FieldPanel("city"), FieldPanel("role")])]

    class Meta(Orderable.Meta):
        verbose_name = _("member city")
        verbose_name_plural = _("member cities")
        constraints = [
            models.UniqueConstraint(
                fields=["pairing", "city"],
                name="unique_city_per_pairing",
                violation_error_message=_("A city cannot be paired with itself."),
            )
        ]

    def __str__(self):
        return f"{self.get_role_display()} #{self.city_id}"
