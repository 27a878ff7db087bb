"""Learner account forms: the profile asked at sign-up and edited afterwards, and the
password check that confirms an account's deletion."""

import unicodedata

from django import forms
from django.conf import settings
from django.db.models import Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from allauth.account.adapter import get_adapter

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

# Free-text profile fields: shown on certificates and in programme reports.
TEXT_FIELDS = ["display_name", "other_city", "organisation", "role"]

# Browser autofill hints (WCAG 1.3.5, identify input purpose).
AUTOCOMPLETE = {
    "display_name": "name",
    "other_city": "address-level2",
    "organisation": "organization",
    "role": "organization-title",
}

# Bidirectional embeddings, overrides and isolates: they can make a name on a certificate
# read differently from what is stored.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def clean_text(value: str) -> str:
    """One line of plain text: NFC-normalised, inner whitespace collapsed to single spaces,
    no control characters. Markup is kept as typed; templates escape it."""
    value = " ".join(unicodedata.normalize("NFC", value or "").split())
    if any(unicodedata.category(c) == "Cc" or c in BIDI_CONTROLS for c in value):
        raise forms.ValidationError(
            _("Remove the control characters from this text."), code="control_characters"
        )
    return value


class CityChoiceField(forms.ModelChoiceField):
    default_error_messages = {
        "invalid_choice": _(
            "Choose a city from the list, or choose “Other city” and type its name."
        )
    }

    # Page ids are 32-bit integers: anything else is refused before it reaches the database
    # (SQLite raises OverflowError on a larger number instead of finding nothing).
    MAX_ID = 2_147_483_647

    def to_python(self, value):
        if value in self.empty_values:
            return None
        try:
            pk = int(str(value).strip())
        except ValueError:
            pk = 0
        if not 0 < pk <= self.MAX_ID:
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            )
        return super().to_python(pk)

    def label_from_instance(self, obj):
        return f"{obj.title} ({obj.country.name})"


def academy_cities(*, include=None):
    """The Academy's cities, once each: the default-language pages, live, by name.

    ``include`` (a city id) is offered too even if it is no longer published, so a learner
    whose city was unpublished can still save the rest of their profile.
    """
    condition = Q(live=True, locale__language_code=settings.LANGUAGE_CODE)
    if include:
        condition |= Q(pk=include)
    return CityPage.objects.filter(condition).order_by("title")


class ProfileFieldsMixin:
    """What the sign-up and the profile forms share: the city choice and text cleaning."""

    def _setup_profile_fields(self, *, current_city=None):
        self.fields["city"] = CityChoiceField(
            queryset=academy_cities(include=current_city),
            required=False,
            label=_("City"),
            empty_label=_("Other city, not in this list"),
            help_text=_("The Academy city you work for or with."),
        )
        for name, hint in AUTOCOMPLETE.items():
            self.fields[name].widget.attrs["autocomplete"] = hint

    def clean_display_name(self):
        name = clean_text(self.cleaned_data.get("display_name"))
        # It is printed on certificates: at least one letter or digit, not only symbols or
        # invisible characters.
        if not any(unicodedata.category(c)[0] in "LN" for c in name):
            raise forms.ValidationError(
                _("Type your name as it should appear on your certificates."), code="no_name"
            )
        return name

    def clean_other_city(self):
        return clean_text(self.cleaned_data.get("other_city"))

    def clean_organisation(self):
        return clean_text(self.cleaned_data.get("organisation"))

    def clean_role(self):
        return clean_text(self.cleaned_data.get("role"))

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("city"):
            cleaned["other_city"] = ""
        elif not (
            cleaned.get("other_city") or self.has_error("city") or self.has_error("other_city")
        ):
            # Only when neither field already says what is wrong.
            self.add_error(
                "other_city", _("Choose your city from the list, or type its name here.")
            )
        return cleaned

    def profile_fields(self):
        """The profile's bound fields, in order (for templates that group fields)."""
        return [self[name] for name in PROFILE_FIELDS if name in self.fields]

    def other_fields(self):
        """Every other visible field (on the sign-up form: email and passwords)."""
        return [field for field in self.visible_fields() if field.name not in PROFILE_FIELDS]


class LearnerProfileForm(ProfileFieldsMixin, forms.ModelForm):
    class Meta:
        model = LearnerProfile
        fields = PROFILE_FIELDS

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._setup_profile_fields(current_city=self.instance.city_id)
        if self.instance.pk is None:
            language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
            self.fields["preferred_language"].initial = language


class SignupProfileForm(ProfileFieldsMixin, forms.Form):
    """Extra fields on allauth's sign-up form; allauth calls :meth:`signup` with the new user.

    A plain form (allauth builds its sign-up form on top of this class), with the profile's
    fields taken from the model.
    """

    # allauth's account fields first, then the profile (also the order errors are listed in).
    field_order = ["email", "password1", "password2", *PROFILE_FIELDS]

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


class DeleteAccountForm(forms.Form):
    """The learner's current password, checked the way allauth checks a log-in.

    A wrong password counts as a failed log-in for the address, so guessing it here is
    throttled like guessing it on the log-in page.
    """

    password = forms.CharField(
        label=_("Your current password"),
        strip=False,
        max_length=4096,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        error_messages={"required": _("Enter your current password to confirm.")},
    )

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not get_adapter().reauthenticate(self.user, password):
            raise forms.ValidationError(
                _("That is not your current password. Nothing has been deleted."),
                code="incorrect_password",
            )
        return password
