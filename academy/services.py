"""Writes for the academy app: keyword-only, verb-first, atomic, with stable error codes."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from django.db import transaction
from django.utils.translation import gettext as _

from academy.models import CityPage, Pairing, PairingMember, Programme, ThematicCluster


class PairingError(Exception):
    """A pairing that breaks a rule; ``code`` is stable, ``message`` is for people."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


def validate_pairing_members(
    *, programme: Programme, cities: Sequence[CityPage], exclude_pairing_id: int | None = None
) -> None:
    """Refuse fewer than two cities, a city twice, or a pair already paired in the programme.

    Cities are compared by translation key, so a city's Spanish page is the same city as its
    English page.
    """
    keys = [city.translation_key for city in cities]
    if len(set(keys)) != len(keys):
        raise PairingError("self_pairing", _("A city cannot be paired with itself."))
    if len(keys) < 2:
        raise PairingError("too_few_members", _("A pairing needs at least two member cities."))

    others = (
        PairingMember.objects.filter(pairing__programme=programme, city__translation_key__in=keys)
        .exclude(pairing_id=exclude_pairing_id)
        .values_list("pairing_id", "city__translation_key", "city__title")
    )
    seen: dict[int, list[str]] = {}
    for pairing_id, _key, title in others:
        seen.setdefault(pairing_id, []).append(title)
    for titles in seen.values():
        if len(titles) >= 2:
            raise PairingError(
                "duplicate_pair",
                _("%(first)s and %(second)s are already paired in %(programme)s.")
                % {"first": titles[0], "second": titles[1], "programme": programme.display_name},
            )


@dataclass(frozen=True)
class Member:
    city: CityPage
    role: str = PairingMember.Role.PARTNER


@transaction.atomic
def create_pairing(
    *,
    programme: Programme,
    members: Sequence[Member],
    clusters: Iterable[ThematicCluster] = (),
    name: str = "",
    status: str = Pairing.Status.ACTIVE,
    start_date: date | None = None,
    end_date: date | None = None,
    charter: str = "",
    is_illustrative: bool = False,
    source_note: str = "",
) -> Pairing:
    """Create a pairing after checking the membership rules."""
    validate_pairing_members(programme=programme, cities=[member.city for member in members])
    if start_date and end_date and end_date < start_date:
        raise PairingError("ends_before_start", _("The end date cannot be before the start date."))
    pairing = Pairing(
        programme=programme,
        name=name,
        status=status,
        start_date=start_date,
        end_date=end_date,
        charter=charter,
        is_illustrative=is_illustrative,
        source_note=source_note,
    )
    pairing.save()
    pairing.clusters.set(list(clusters))
    pairing.save()
    for order, member in enumerate(members):
        PairingMember.objects.create(
            pairing=pairing, city=member.city, role=member.role, sort_order=order
        )
    return pairing
