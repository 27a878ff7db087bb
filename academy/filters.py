"""Listing filters shared by directory pages: parse GET safely, count facets, build links.

Unknown parameters and unknown values are ignored, so a stale or tampered URL still shows a
listing. Facet counts apply every other filter but the facet's own, so a user can widen a choice.
"""

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db.models import Q, QuerySet

MAX_VALUES_PER_PARAMETER = 50


@dataclass
class Option:
    value: str
    label: str
    count: int = 0
    selected: bool = False


@dataclass
class Facet:
    name: str
    label: str
    options: list[Option] = field(default_factory=list)

    @property
    def has_selection(self) -> bool:
        return any(option.selected for option in self.options)


@dataclass
class FacetSpec:
    """One filter: its parameter, label, allowed values and how a value filters the queryset.

    ``choices`` is an ordered mapping of value to label; ``to_q`` turns one value into a Q;
    ``count`` counts a queryset per value (one query per facet).
    """

    name: str
    label: str
    choices: Mapping[str, str]
    to_q: Callable[[str], Q]
    count: Callable[[QuerySet], Mapping[str, int]]


def selected_values(params, spec: FacetSpec) -> list[str]:
    values = params.getlist(spec.name)[:MAX_VALUES_PER_PARAMETER]
    seen: list[str] = []
    for value in values:
        if value in spec.choices and value not in seen:
            seen.append(value)
    return seen


def apply_filters(queryset: QuerySet, selection: Mapping[str, list[str]], specs, skip=None):
    for spec in specs:
        if spec.name == skip or not selection.get(spec.name):
            continue
        condition = Q()
        for value in selection[spec.name]:
            condition |= spec.to_q(value)
        # A subquery rather than a join: a row matching two values of a many-to-many facet
        # (two programmes, say) must still be listed and counted once.
        queryset = queryset.filter(pk__in=queryset.model.objects.filter(condition).values("pk"))
    return queryset


@dataclass
class FilteredListing:
    queryset: QuerySet
    facets: list[Facet]
    selection: dict[str, list[str]]
    chips: list[dict]

    @property
    def is_filtered(self) -> bool:
        return any(self.selection.values())


def filter_listing(
    base: QuerySet, params, specs: Iterable[FacetSpec], keep: Mapping[str, str] | None = None
) -> FilteredListing:
    """Apply the filters in ``params`` to ``base`` and count every facet.

    ``keep`` holds parameters that are not filters (a sort order) for the chips' links, so
    removing a filter does not also reset them.
    """
    specs = list(specs)
    selection = {spec.name: selected_values(params, spec) for spec in specs}
    facets = []
    for spec in specs:
        counts = spec.count(apply_filters(base, selection, specs, skip=spec.name))
        facets.append(
            Facet(
                name=spec.name,
                label=spec.label,
                options=[
                    Option(
                        value=value,
                        label=label,
                        count=counts.get(value, 0),
                        selected=value in selection[spec.name],
                    )
                    for value, label in spec.choices.items()
                    if counts.get(value, 0) or value in selection[spec.name]
                ],
            )
        )
    chips = []
    for spec in specs:
        for value in selection[spec.name]:
            remaining = {
                name: [v for v in values if not (name == spec.name and v == value)]
                for name, values in selection.items()
            }
            chips.append(
                {
                    "label": spec.choices[value],
                    "facet": spec.label,
                    "remove_url": "?" + querystring(remaining, **(keep or {})),
                }
            )
    return FilteredListing(
        queryset=apply_filters(base, selection, specs),
        facets=facets,
        selection=selection,
        chips=chips,
    )


def querystring(selection: Mapping[str, list[str]], **extra) -> str:
    pairs = [(name, value) for name, values in selection.items() for value in values]
    pairs += [(name, value) for name, value in extra.items() if value not in (None, "")]
    return urlencode(pairs)
