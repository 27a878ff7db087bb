"""The JSON Lines format of case studies (shared/specs/casestudy-import.md), as far as the
import (:mod:`casestudies.importing`) and the export (:mod:`casestudies.exporting`) share it:
its versions and keys, and its rich text.

Rich text in the format (version 2) allows ``p``, ``h3``, ``h4``, ``strong``, ``em``, ``ul``,
``ol``, ``li`` and ``a href`` (http, https, mailto). Anything else is removed, never run: the
markup goes through nh3 first and only its well-formed output is read here.

Pages store Wagtail's database format: ``<b>`` and ``<i>``, and a link to a page of this site
as ``<a linktype="page" id="3">``. :func:`to_storage` and :func:`from_storage` convert between
the two, so that the export of a page re-imports onto it unchanged:
``from_storage(to_storage(html)) == html`` for any ``html`` :func:`clean_format_html` returns.
A link to one of this site's pages is written as the page's full URL and read back as a link
to that page wherever the URL is one of the site's own.
"""

import html
import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

from django.conf import settings
from django.utils import translation

from wagtail.models import Page

import nh3

FORMAT_VERSIONS = (1, 2)
# In the order of the spec's table, which is the order the export writes them in.
RECORD_KEYS = tuple(
    """format id title summary language city clusters programme tags sdgs challenge objectives
    solution results lessons transferability indicators cost funding_sources partners
    start_year end_year status sources evidence_level illustrative_note licence
    last_verified""".split()
)
# Keys a line may only use with "format": 2.
VERSION_2_KEYS = frozenset(
    """objectives transferability evidence_level illustrative_note licence
    last_verified""".split()
)
CITY_KEYS = ("name", "country", "geonames_id", "population", "lat", "lon")
INDICATOR_KEYS = ("name", "unit", "baseline", "target", "achieved", "year", "source")
COST_KEYS = ("amount", "currency", "year", "covers")
PARTNER_KEYS = ("name", "role", "url")
SOURCE_KEYS = ("url", "title", "accessed")
# Story fields: the key in the line and the page's field.
STORY_FIELDS = (
    ("challenge", "challenge"),
    ("objectives", "objectives"),
    ("solution", "solution"),
    ("results", "results"),
    ("lessons", "lessons_learned"),
    ("transferability", "transferability"),
)

# Rich text ------------------------------------------------------------------------------------

FORMAT_TAGS = frozenset({"p", "h3", "h4", "strong", "em", "ul", "ol", "li", "a"})
LINK_SCHEMES = frozenset({"http", "https", "mailto"})
BLOCKS = frozenset({"p", "h3", "h4"})
LISTS = frozenset({"ul", "ol"})
INLINE = frozenset({"strong", "em", "a"})
# Markup the format does not allow but whose words stand apart: it is removed, and its words
# become paragraphs of their own rather than running into the next ones.
STRUCTURE = frozenset(
    """div section article aside header footer main blockquote h1 h2 h5 h6 pre dl dt dd
    figure figcaption table tr td th address""".split()
)
VOID = frozenset({"br", "hr"})

# Stored markup as the format writes it: bold and italic under their format names, a heading
# level the format lacks as the nearest it has.
_RENAMED = {"b": "strong", "i": "em", "h2": "h3"}
_STORED_TAG = re.compile(r"<(/?)(b|i|h2)>")
_STORED_LINK = re.compile(r"<a\s([^>]*)>")
_ATTRIBUTE = re.compile(r'([\w-]+)="([^"]*)"')
_FORMAT_TAG = re.compile(r"<(/?)(strong|em)>")
_FORMAT_LINK = re.compile(r'<a href="([^"]*)">')


def clean_format_html(value: str) -> str:
    """``value`` as the format's HTML: allowed markup only, every word inside a block.

    Text outside any block becomes a paragraph, a line break inside a paragraph starts a new
    one (elsewhere it is a space), links without an allowed address keep their words only, and
    empty blocks are dropped. The result is its own cleaning: cleaning it again changes nothing.
    """
    if not value:
        return ""
    cleaned = nh3.clean(
        value,
        tags=set(FORMAT_TAGS | STRUCTURE | VOID),
        attributes={"a": {"href"}},
        url_schemes=set(LINK_SCHEMES),
        url_relative="deny",
        link_rel=None,
        strip_comments=True,
    )
    return "".join(_serialise(node) for node in _blocks(_parse(cleaned)))


def to_storage(format_html: str) -> str:
    """Cleaned format HTML (:func:`clean_format_html`) as a page stores it."""
    stored = _FORMAT_TAG.sub(lambda m: f"<{m[1]}{'b' if m[2] == 'strong' else 'i'}>", format_html)
    return _FORMAT_LINK.sub(_stored_link, stored)


def from_storage(stored: str, *, links: dict[int, str]) -> str:
    """A page's stored rich text as the format's HTML; ``links`` gives the full URL of each
    page it links to (:func:`page_link_ids`); a link to a page without one keeps its words."""
    if not stored:
        return ""
    renamed = _STORED_TAG.sub(lambda m: f"<{m[1]}{_RENAMED[m[2]]}>", stored)
    return clean_format_html(_STORED_LINK.sub(lambda m: _format_link(m, links), renamed))


def page_link_ids(stored: str) -> set[int]:
    """The ids of the pages ``stored`` rich text links to."""
    ids = set()
    for match in _STORED_LINK.finditer(stored or ""):
        attributes = dict(_ATTRIBUTE.findall(match[1]))
        if attributes.get("linktype") == "page" and attributes.get("id", "").isdigit():
            ids.add(int(attributes["id"]))
    return ids


def page_urls(ids) -> dict[int, str]:
    """The full URL of each page in ``ids`` that has one (one query)."""
    if not ids:
        return {}
    with translation.override(settings.LANGUAGE_CODE):
        urls = {page.pk: page.get_full_url() for page in Page.objects.filter(pk__in=ids)}
    return {pk: url for pk, url in urls.items() if url}


def site_page_for(url: str) -> Page | None:
    """The page of this site whose full URL is exactly ``url``, if there is one."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or parts.query or parts.fragment:
        return None
    segments = [segment for segment in parts.path.split("/") if segment]
    candidates = Page.objects.filter(depth__gt=1)
    if len(segments) > 1 or (segments and segments[0] not in _language_codes()):
        candidates = candidates.filter(slug=segments[-1])
    else:
        candidates = candidates.filter(depth=2)  # a home page: "/" or "/es/"
    with translation.override(settings.LANGUAGE_CODE):
        for page in candidates.order_by("pk")[:20]:
            if page.get_full_url() == url:
                return page
    return None


def _language_codes() -> set[str]:
    return {code for code, _name in settings.LANGUAGES}


def _stored_link(match: re.Match) -> str:
    page = site_page_for(html.unescape(match[1]))
    if page is None:
        return match[0]
    return f'<a linktype="page" id="{page.pk}">'


def _format_link(match: re.Match, links: dict[int, str]) -> str:
    attributes = {name: html.unescape(value) for name, value in _ATTRIBUTE.findall(match[1])}
    linktype = attributes.get("linktype")
    if linktype is None:
        return match[0]
    url = links.get(int(attributes["id"])) if attributes.get("id", "").isdigit() else None
    if linktype == "page" and url:
        return f'<a href="{html.escape(url)}">'
    return "<a>"  # a document or a page without a URL: the words stay, the link goes


# A small tree of nh3's output, to put every word inside a block -------------------------------


class _Node:
    __slots__ = ("children", "href", "tag")

    def __init__(self, tag: str, href: str | None = None, children=None):
        self.tag = tag
        self.href = href
        self.children: list = children if children is not None else []


class _TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = _Node("")
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        node = _Node(tag, href=dict(attrs).get("href") if tag == "a" else None)
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_endtag(self, tag):
        if tag not in VOID and len(self.stack) > 1 and self.stack[-1].tag == tag:
            self.stack.pop()

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def _parse(cleaned: str) -> list:
    builder = _TreeBuilder()
    builder.feed(cleaned)
    builder.close()
    return builder.root.children


def _has_text(nodes) -> bool:
    return any(
        node.strip() if isinstance(node, str) else _has_text(node.children) for node in nodes
    )


def _is_block(node) -> bool:
    return isinstance(node, _Node) and node.tag in BLOCKS | LISTS | STRUCTURE | {"li"}


def _holds_blocks(node) -> bool:
    return isinstance(node, _Node) and any(
        _is_block(child) or _holds_blocks(child) for child in node.children
    )


def _blocks(nodes) -> list[_Node]:
    """Top-level nodes as blocks: runs of text and inline markup become paragraphs."""
    blocks: list[_Node] = []
    run: list = []

    def flush():
        if _has_text(run):
            blocks.append(_Node("p", children=_inline(run)))
        run.clear()

    for node in nodes:
        if isinstance(node, str) or (node.tag in INLINE and not _holds_blocks(node)):
            run.append(node)
            continue
        flush()
        if node.tag == "p":
            blocks.extend(_paragraphs(node.children))
        elif node.tag in BLOCKS and _has_text(node.children):
            blocks.append(_Node(node.tag, children=_inline(node.children)))
        elif node.tag in LISTS:
            items = _items(node.children)
            if items:
                blocks.append(_Node(node.tag, children=items))
        elif node.tag not in VOID:  # other markup, a stray list item, bold around blocks
            blocks.extend(_blocks(node.children))
    flush()
    return blocks


def _paragraphs(children) -> list[_Node]:
    """A paragraph's content, split into paragraphs at its line breaks."""
    paragraphs, part = [], []
    for child in [*children, _Node("br")]:
        if isinstance(child, _Node) and child.tag in VOID:
            if _has_text(part):
                paragraphs.append(_Node("p", children=_inline(part)))
            part = []
        else:
            part.append(child)
    return paragraphs


def _items(children) -> list[_Node]:
    """A list's content as list items; words outside any item become one."""
    items = []
    for child in children:
        if isinstance(child, _Node) and child.tag == "li":
            content = _item_content(child.children)
        else:
            content = _item_content([child])
        if _has_text(content):
            items.append(_Node("li", children=content))
    return items


def _item_content(children) -> list:
    """Inline markup and nested lists: a list item's content."""
    content = []
    for child in children:
        if isinstance(child, _Node) and child.tag in LISTS:
            nested = _items(child.children)
            if nested:
                content.append(_Node(child.tag, children=nested))
        else:
            content.extend(_inline([child]))
    return content


def _inline(nodes) -> list:
    """Text and inline markup only: other markup gives its words, a line break a space."""
    content = []
    for node in nodes:
        if isinstance(node, str):
            content.append(node)
        elif node.tag in VOID:
            content.append(" ")
        elif _is_block(node):  # its words, apart from the words around them
            content.extend([" ", *_inline(node.children), " "])
        elif node.tag in INLINE and (node.tag != "a" or node.href):
            inner = _inline(node.children)
            if _has_text(inner):
                content.append(_Node(node.tag, href=node.href, children=inner))
            else:
                content.extend(inner)
        else:
            content.extend(_inline(node.children))
    return content


def _serialise(node) -> str:
    if isinstance(node, str):
        return html.escape(node, quote=False)
    inner = "".join(_serialise(child) for child in node.children)
    if node.tag == "a":
        return f'<a href="{html.escape(node.href)}">{inner}</a>'
    return f"<{node.tag}>{inner}</{node.tag}>"
