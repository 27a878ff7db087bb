"""Presentation helpers for the knowledge library: numbers and money in the reader's language,
links that can only be http(s), schema.org JSON-LD, and the case study card lessons embed."""

import json
from decimal import Decimal, InvalidOperation
from urllib.parse import urlsplit

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

register = template.Library()

# The characters that could end a <script> element or start markup inside it, as JSON escapes
# (the same set Django's json_script escapes).
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}
WEB_SCHEMES = ("http", "https")


def format_number(value) -> str:
    """A number in the active language's format, grouped, without trailing zeros:
    ``Decimal("12500.5000")`` is "12,500.5" in English and "12 500,5" in Spanish."""
    if value is None or value == "":
        return ""
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError, TypeError):
        return ""
    if not number.is_finite():
        return ""
    exponent = number.normalize().as_tuple().exponent
    places = max(0, -exponent) if isinstance(exponent, int) else 0
    return number_format(number, decimal_pos=places, use_l10n=True, force_grouping=True)


@register.filter
def number_cell(value) -> str:
    """A number for a table cell; an unknown value shows a dash that screen readers hear as
    "not given"."""
    formatted = format_number(value)
    if formatted:
        return formatted
    return format_html(
        '<span aria-hidden="true">–</span> <span class="visually-hidden">{}</span>',
        _("not given"),
    )


def format_money(amount, currency: str) -> str:
    if amount is None or amount == "":
        return ""
    formatted = format_number(amount)
    if not currency:
        return formatted
    # Translators: an amount of money, e.g. "USD 2,500,000". Reorder for your language.
    return _("%(currency)s %(amount)s") % {"currency": currency, "amount": formatted}


@register.simple_tag
def money(amount, currency=""):
    """``{% money page.cost_amount page.cost_currency %}``: "USD 2,500,000"."""
    return format_money(amount, currency)


@register.simple_tag
def cost_range(low, high, currency=""):
    """A typical cost range: "USD 50,000 to 200,000", "from USD 50,000" or "up to ..."."""
    if low is not None and high is not None:
        if Decimal(low) == Decimal(high):
            return format_money(low, currency)
        return _("%(low)s to %(high)s") % {
            "low": format_money(low, currency),
            "high": format_number(high),
        }
    if low is not None:
        return _("from %(amount)s") % {"amount": format_money(low, currency)}
    if high is not None:
        return _("up to %(amount)s") % {"amount": format_money(high, currency)}
    return ""


def web_url(value) -> str:
    """``value`` when it is an http or https address, else ""."""
    text = str(value or "").strip()
    if not text:
        return ""
    try:
        parts = urlsplit(text)
    except ValueError:
        return ""
    if parts.scheme.lower() not in WEB_SCHEMES or not parts.netloc:
        return ""
    return text


@register.filter
def safe_url(value) -> str:
    """``{{ partner.url|safe_url }}``: the address only when it is http or https, so a stored
    ``javascript:`` or ``data:`` link (say, from before validation existed) never reaches an
    href."""
    return web_url(value)


@register.filter
def jsonld_script(data) -> str:
    """``{{ jsonld|jsonld_script }}``: a ``<script type="application/ld+json">`` element.

    The JSON is valid as it stands; ``<``, ``>`` and ``&`` inside strings are written as
    ``\\u003C``-style escapes, so a title such as ``</script><script>`` stays text.
    """
    if not data:
        return ""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":"))
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(text.translate(_JSON_SCRIPT_ESCAPES)),  # noqa: S308 - escaped just above
    )


@register.simple_tag(takes_context=True)
def lesson_case_study(context, case_study):
    """The card a lesson shows for ``case_study``: ``{"case_study", "city"}`` in the
    learner's language, or None when the case study is not live and public.

    Every case study block of the lesson is resolved together, on the first card, so a lesson
    with several cards costs the same queries as one.
    """
    from casestudies.selectors import case_study_cards

    if case_study is None:
        return None
    request = context.get("request")
    page = context.get("page")
    language = (get_language() or "").split("-")[0]
    cache = getattr(request, "_library_case_cards", None) if request is not None else None
    if cache is None:
        cache = {}
        if request is not None:
            request._library_case_cards = cache
    key = (getattr(page, "pk", None), language)
    cards = cache.get(key)
    if cards is None or case_study.pk not in cards:
        chosen = [case_study, *_case_studies_in(page)]
        cards = {**(cards or {}), **case_study_cards(chosen, language_code=language)}
        cache[key] = cards
    return cards.get(case_study.pk)


def _case_studies_in(page) -> list:
    """The case studies chosen in the case study blocks of a lesson's body."""
    body = getattr(page, "body", None)
    if not body:
        return []
    found = []
    for block in body:
        if block.block_type == "case_study":
            chosen = block.value.get("case_study")
            if chosen is not None:
                found.append(chosen)
    return found


@register.filter
def is_preview(request) -> bool:
    """True while Wagtail renders a preview in the admin."""
    return bool(getattr(request, "is_preview", False))
