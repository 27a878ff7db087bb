"""Learner account forms: the profile asked at sign-up and edited afterwards."""

from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from academy.models import CityPage, LearnerProfile

PROFILE_FIELDS = [
    "display_name",
    "city",
    "other_city",
    "organisation",
    "role",
    "preferred_language",
    "public_consent",
]


class CityChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.title} ({obj.country.name})"


def academy_cities():
    """The Academy's cities, once each: the default-language pages, live, by name."""
    return (
        CityPage.objects.live()
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .order_by("title")
    )


class ProfileFieldsMixin:
    def _setup_profile_fields(self):
        self.fields["city"] = CityChoiceField(
            queryset=academy_cities(),
            required=False,
            label=_("City"),
            empty_label=_("Other city, not in this list"),
            help_text=_("The Academy city you work for or with."),
        )

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("city") and not (cleaned.get("other_city") or "").strip():
            self.add_error(
                "other_city", _("Choose your city from the list, or type its name here.")
            )
        if cleaned.get("city"):
            cleaned["other_city"] = ""
        return cleaned


class LearnerProfileForm(ProfileFieldsMixin, forms.ModelForm):
    class Meta:
        model = LearnerProfile
        fields = PROFILE_FIELDS

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._setup_profile_fields()


class SignupProfileForm(ProfileFieldsMixin, forms.Form):
    """Extra fields on allauth's sign-up form; allauth calls :meth:`signup` with the new user.

    A plain form (allauth builds its sign-up form on top of this class), with the profile's
    fields taken from the model.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields.update(forms.fields_for_model(LearnerProfile, fields=PROFILE_FIELDS))
        self._setup_profile_fields()
        language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
        self.fields["preferred_language"].initial = language

    def signup(self, request, user):
        profile = LearnerProfile(user=user)
        for name in PROFILE_FIELDS:
            setattr(profile, name, self.cleaned_data.get(name))
        profile.other_city = profile.other_city or ""
        profile.save()
        user.first_name = profile.display_name[:150]
        user.save(update_fields=["first_name"])
