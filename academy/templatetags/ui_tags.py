"""Presentation helpers for the project templates: the map outline, navigation state, pagers.

Nothing here writes; the one query (the cluster index page) is cached on the request.
"""

import functools
import re
from decimal import Decimal, InvalidOperation

from django import template
from django.utils.formats import number_format
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from academy.settings.env import BASE_DIR

register = template.Library()

WORLD_PATH_FILE = BASE_DIR / "static" / "img" / "world-path.txt"
_SAFE_PATH_DATA = re.compile(r"^[MLZmlz0-9.,\- ]*$")


@functools.lru_cache(maxsize=1)
def _world_path() -> str:
    """The land outline's path data, read once; empty when the file is missing or unsafe."""
    try:
        data = WORLD_PATH_FILE.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return ""
    if not _SAFE_PATH_DATA.match(data):
        return ""
    return data


@register.simple_tag
def world_path():
    """``d`` attribute of the world land outline (equirectangular, 1000 x 500)."""
    return mark_safe(_world_path())  # noqa: S308 - checked against _SAFE_PATH_DATA above


@register.simple_tag
def dot_radius(view_box, scale=1):
    """A city dot's radius in map units, so dots keep one screen size at any zoom.

    ``scale`` enlarges the dots of a map shown small (a sidebar). Returned as a string: SVG
    attributes must not go through number localisation.
    """
    try:
        width = float(str(view_box).split()[2])
    except (IndexError, ValueError, TypeError):
        width = 1000
    try:
        scale = float(scale or 1)
    except (TypeError, ValueError):
        scale = 1
    return f"{max(width, 1) * 0.0065 * scale:.2f}"


@register.filter
def dot_radius_scale(radius, factor):
    """``radius`` times ``factor``, as an unlocalised string for an SVG attribute."""
    try:
        return f"{float(radius) * float(factor):.2f}"
    except (ValueError, TypeError):
        return str(radius)


@register.simple_tag(takes_context=True)
def nav_state(context, item):
    """``aria-current`` value for a menu item: "page", "true" (an ancestor) or ""."""
    page = context.get("page")
    request = context.get("request")
    if page is None or item is None or not getattr(page, "path", None):
        return ""
    if page.pk == item.pk:
        # A routable page (the cluster hubs) serves sub-URLs: the item is then an ancestor.
        if request is not None and request.path.rstrip("/") != (page.url or "").rstrip("/"):
            return "true"
        return "page"
    if page.path.startswith(item.path):
        return "true"
    return ""


@register.simple_tag(takes_context=True)
def cluster_hub_url(context, cluster):
    """URL of a cluster's hub (/clusters/<slug>/) in the active locale, or ""."""
    index = context.get("cluster_index")
    request = context.get("request")
    if index is None:
        index = _cluster_index_for(request)
    if index is None or cluster is None:
        return ""
    base = index.get_url(request=request) or ""
    return f"{base}{cluster.slug}/"


def _cluster_index_for(request):
    if request is None:
        return None
    cached = getattr(request, "_academy_cluster_index", False)
    if cached is not False:
        return cached
    from wagtail.models import Locale

    from academy.models import ClusterIndexPage

    index = (
        ClusterIndexPage.objects.live().public().filter(locale=Locale.get_active()).first()
        or ClusterIndexPage.objects.live().public().first()
    )
    request._academy_cluster_index = index
    return index


@register.simple_tag
def page_range(page_obj, on_each_side=1, on_ends=1):
    """Page numbers around the current page, with the paginator's ellipsis in the gaps."""
    paginator = page_obj.paginator
    return list(
        paginator.get_elided_page_range(page_obj.number, on_each_side=on_each_side, on_ends=on_ends)
    )


@register.filter
def is_ellipsis(value, page_obj):
    return value == page_obj.paginator.ELLIPSIS


@register.filter
def any_selected(options):
    """True when one of the facet options is selected."""
    return any(getattr(option, "selected", False) for option in options or [])


@register.filter
def coordinate(value, axis="lat"):
    """A latitude or longitude as "39.9524° N" (localised decimal separator)."""
    try:
        number = Decimal(str(value))
    except (InvalidOperation, TypeError, ValueError):
        return ""
    if axis == "lat":
        hemisphere = _("N") if number >= 0 else _("S")
    else:
        hemisphere = _("E") if number >= 0 else _("W")
    return f"{number_format(abs(number), 4)}° {hemisphere}"


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    """``url`` made absolute against the current request (for hreflang and canonical links)."""
    request = context.get("request")
    if not url:
        return ""
    if request is None or url.startswith(("http://", "https://")):
        return url
    return request.build_absolute_uri(url)


@register.simple_tag(takes_context=True)
def page_link(context, number):
    """Query string for page ``number`` keeping the listing's filters (``filter_query``)."""
    filter_query = context.get("filter_query") or ""
    parts = [filter_query] if filter_query else []
    if str(number) != "1":
        parts.append(f"page={number}")
    return "?" + "&".join(parts) if parts else "?"


@register.filter
def leads_first(members):
    """A presented pairing's members with the lead city (or cities) first, order otherwise kept."""
    members = list(members or [])
    return [m for m in members if m.get("role") == "lead"] + [
        m for m in members if m.get("role") != "lead"
    ]


@register.filter
def member_roles(members, role):
    """The members of a presented pairing that have ``role`` ("lead" or "partner")."""
    return [member for member in members or [] if member.get("role") == role]


@register.filter
def heading_tag(level, default="h3"):
    """A heading element name from an include parameter: h2, h3 or h4 (else ``default``)."""
    return level if level in {"h2", "h3", "h4"} else default
