"""The verification form: one field, a code as typed or scanned."""

from django import forms
from django.utils.translation import gettext_lazy as _

from courses.certificates.codes import normalise_code

# Room for a code with every separator and some stray spaces; a longer text is not a code.
MAX_TYPED = 64

MALFORMED = _(
    "This is not a certificate code. A code has 25 letters and digits, printed in five "
    "groups of five, such as 7KQ2M-X9D4T-HB3NC-W8P0R-ZE5VA."
)


class VerifyForm(forms.Form):
    code = forms.CharField(
        label=_("Certificate code"),
        help_text=_(
            "Printed under the QR code on the certificate. Dashes and spaces are optional."
        ),
        error_messages={"required": _("Type the code printed on the certificate.")},
        widget=forms.TextInput(
            attrs={
                "autocomplete": "off",
                "autocapitalize": "characters",
                "spellcheck": "false",
                "maxlength": MAX_TYPED,
            }
        ),
    )

    def clean_code(self):
        code = normalise_code(self.cleaned_data["code"])
        if code is None:
            raise forms.ValidationError(MALFORMED, code="malformed")
        return code
