"""Validators shared by the models, the admin forms and the import."""

from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _

from casestudies.vocabulary import CURRENCY_CODES

_url_validator = URLValidator(schemes=["http", "https"])


def validate_web_url(value: str) -> None:
    """Only http and https addresses: a ``javascript:`` or ``data:`` link never gets stored."""
    if urlsplit(value or "").scheme.lower() not in ("http", "https"):
        raise ValidationError(_("Enter an address starting with http:// or https://."))
    _url_validator(value)


def validate_currency(value: str) -> None:
    if value and value not in CURRENCY_CODES:
        raise ValidationError(
            _("%(code)s is not an ISO 4217 currency code."), params={"code": value}
        )
