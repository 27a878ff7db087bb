"""schema.org descriptions of the library's pages, for search engines and open data harvesters.

A case study is an ``Article`` about a place; a best practice is a ``HowTo`` with its steps.
Both are plain dicts: ``library_tags.jsonld_script`` serialises them into a
``<script type="application/ld+json">`` with ``<``, ``>`` and ``&`` escaped, so no text an
editor typed can close the script element.
"""

from django.conf import settings

from academy.sanitize import rich_text_to_text
from casestudies.templatetags.library_tags import web_url

SCHEMA_CONTEXT = "https://schema.org"


def _site_name(request) -> str:
    """The site's name from its branding settings (read once per request, as base.html does)."""
    from wagtail.models import Site

    from academy.models import BrandingSettings

    if request is None or Site.find_for_request(request) is None:
        return ""
    return BrandingSettings.for_request(request).site_name


def _full_url(page, request) -> str:
    if page is None:
        return ""
    return page.get_full_url(request=request) or ""


def _language(page) -> str:
    locale = getattr(page, "locale", None)
    return locale.language_code if locale is not None else settings.LANGUAGE_CODE


def _place(city) -> dict:
    place = {"@type": "Place", "name": city.title}
    if city.latitude is not None and city.longitude is not None:
        place["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(city.latitude),
            "longitude": float(city.longitude),
        }
    if city.country:
        place["address"] = {"@type": "PostalAddress", "addressCountry": str(city.country)}
    return place


def _citation(source) -> dict:
    """A source as a CreativeWork; its address only when it is a web address."""
    citation = {"@type": "CreativeWork", "name": source.title or source.url}
    url = web_url(source.url)
    if url:
        citation["url"] = url
    return citation


def _common(page, schema_type: str, *, detail: dict, request) -> dict:
    """The properties both page types share: name, language, dates, topics, publisher."""
    data = {
        "@context": SCHEMA_CONTEXT,
        "@type": schema_type,
        "name": page.title,
        "description": page.summary,
        "url": _full_url(page, request),
        "inLanguage": _language(page),
    }
    if page.first_published_at:
        data["datePublished"] = page.first_published_at.isoformat()
    modified = page.last_published_at or page.latest_revision_created_at
    if modified:
        data["dateModified"] = modified.isoformat()
    clusters = detail.get("page_clusters") or []
    if clusters:
        data["about"] = [{"@type": "Thing", "name": cluster.display_name} for cluster in clusters]
    if detail.get("tags"):
        data["keywords"] = [tag.name for tag in detail["tags"]]
    listing = detail.get("listing")
    if listing is not None:
        data["isPartOf"] = {
            "@type": "CollectionPage",
            "name": listing.title,
            "url": _full_url(listing, request),
        }
    site_name = _site_name(request)
    if site_name:
        data["publisher"] = {"@type": "Organization", "name": site_name}
    return data


def case_study_jsonld(page, *, detail: dict, request=None) -> dict:
    data = _common(page, "Article", detail=detail, request=request)
    data["headline"] = page.title[:110]
    city = detail.get("city")
    if city is not None:
        data["spatialCoverage"] = _place(city)
    if page.start_year:
        end = str(page.end_year) if page.end_year else ".."
        data["temporalCoverage"] = f"{page.start_year}/{end}"
    licence_url = detail.get("licence_url")
    if licence_url:
        data["license"] = licence_url
    sources = detail.get("sources") or []
    if sources:
        data["citation"] = [_citation(source) for source in sources]
    if detail.get("programme") is not None:
        data["sourceOrganization"] = {
            "@type": "Organization",
            "name": detail["programme"].display_name,
        }
    return data


def best_practice_jsonld(page, *, detail: dict, request=None) -> dict:
    data = _common(page, "HowTo", detail=detail, request=request)
    steps = [block.value for block in page.steps if block.block_type == "step"]
    if steps:
        data["step"] = [
            {
                "@type": "HowToStep",
                "position": position,
                "name": step["title"],
                "text": rich_text_to_text(step["text"].source if step["text"] else "")
                or step["title"],
            }
            for position, step in enumerate(steps, start=1)
        ]
    if page.cost_currency and (page.cost_low is not None or page.cost_high is not None):
        cost = {"@type": "MonetaryAmount", "currency": page.cost_currency}
        if page.cost_low is not None:
            cost["minValue"] = float(page.cost_low)
        if page.cost_high is not None:
            cost["maxValue"] = float(page.cost_high)
        if page.cost_basis:
            cost["description"] = page.cost_basis
        data["estimatedCost"] = cost
    cases = detail.get("case_studies") or []
    if cases:
        data["isBasedOn"] = [
            {
                "@type": "Article",
                "name": item["case_study"].title,
                "url": _full_url(item["case_study"], request),
            }
            for item in cases
        ]
    adoptions = detail.get("adoptions") or []
    if adoptions:
        data["spatialCoverage"] = [_place(item["city"]) for item in adoptions]
    return data
