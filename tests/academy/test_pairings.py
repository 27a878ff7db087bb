"""Pairing rules: through the service (error codes) and in the Wagtail admin (messages)."""

import datetime

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse

import pytest

from academy.models import Pairing, PairingMember
from academy.services import Member, PairingError, create_pairing
from tests.admin_forms import admin_form_data


@pytest.fixture
def rosario(make_city):
    return make_city("Rosario", country="AR")


@pytest.fixture
def chattanooga(make_city):
    return make_city("Chattanooga", country="US", lat="35.0456", lon="-85.3097")


@pytest.fixture
def dubuque(make_city):
    return make_city("Dubuque", country="US", lat="42.5006", lon="-90.6646")


@pytest.fixture
def lyon(make_city):
    return make_city("Lyon", country="FR", lat="45.7485", lon="4.8467")


def _refused(code, make, *args, **kwargs):
    with pytest.raises(PairingError) as error:
        make(*args, **kwargs)
    assert error.value.code == code
    assert str(error.value) == error.value.message
    return error.value


# Service rules ------------------------------------------------------------------------------


def test_one_to_one_pairing(make_pairing, rosario, chattanooga):
    pairing = make_pairing("cities-forward", rosario, chattanooga)
    members = list(pairing.members.order_by("sort_order"))
    assert [(m.city, m.role) for m in members] == [(rosario, "lead"), (chattanooga, "partner")]


def test_one_to_many_pairing_with_three_members(make_pairing, lyon, chattanooga, dubuque):
    pairing = make_pairing("eu-cities-gateway", lyon, chattanooga, dubuque, is_illustrative=True)
    assert pairing.members.count() == 3
    assert pairing.is_illustrative


def test_city_cannot_be_paired_with_itself(make_pairing, rosario):
    error = _refused("self_pairing", make_pairing, "cities-forward", rosario, rosario)
    assert error.message == "A city cannot be paired with itself."
    assert not Pairing.objects.exists()


def test_city_cannot_be_paired_with_its_own_translation(make_pairing, rosario, translate):
    rosario_es = translate(rosario, "es")
    assert rosario_es.pk != rosario.pk
    _refused("self_pairing", make_pairing, "cities-forward", rosario, rosario_es)
    assert not Pairing.objects.exists()


def test_a_pairing_needs_two_cities(make_pairing, rosario):
    error = _refused("too_few_members", make_pairing, "cities-forward", rosario)
    assert error.message == "A pairing needs at least two member cities."
    _refused("too_few_members", make_pairing, "cities-forward")
    assert not Pairing.objects.exists()


def test_same_two_cities_cannot_be_paired_twice_in_a_programme(make_pairing, rosario, chattanooga):
    make_pairing("cities-forward", rosario, chattanooga)
    error = _refused("duplicate_pair", make_pairing, "cities-forward", chattanooga, rosario)
    assert "Chattanooga" in error.message
    assert "Rosario" in error.message
    assert "Cities Forward" in error.message
    assert Pairing.objects.count() == 1


def test_duplicate_pair_is_found_inside_a_multi_pairing(
    make_pairing, lyon, chattanooga, dubuque, rosario
):
    make_pairing("eu-cities-gateway", lyon, chattanooga, dubuque)
    _refused("duplicate_pair", make_pairing, "eu-cities-gateway", dubuque, lyon)
    # A new multi-pairing that contains an existing pair is refused too.
    _refused("duplicate_pair", make_pairing, "eu-cities-gateway", rosario, lyon, chattanooga)
    assert Pairing.objects.count() == 1


def test_duplicate_pair_is_found_through_a_translation(
    make_pairing, rosario, chattanooga, translate
):
    make_pairing("cities-forward", rosario, chattanooga)
    _refused(
        "duplicate_pair", make_pairing, "cities-forward", translate(rosario, "es"), chattanooga
    )


def test_one_shared_city_is_not_a_duplicate(make_pairing, lyon, chattanooga, dubuque):
    make_pairing("eu-cities-gateway", lyon, chattanooga)
    pairing = make_pairing("eu-cities-gateway", lyon, dubuque)
    assert pairing.members.count() == 2


def test_same_pair_is_allowed_in_another_programme(make_pairing, rosario, chattanooga):
    make_pairing("cities-forward", rosario, chattanooga)
    make_pairing("iurc", rosario, chattanooga)
    assert Pairing.objects.count() == 2


def test_end_before_start_is_refused(make_pairing, rosario, chattanooga):
    error = _refused(
        "ends_before_start",
        make_pairing,
        "cities-forward",
        rosario,
        chattanooga,
        start_date=datetime.date(2024, 5, 1),
        end_date=datetime.date(2024, 4, 30),
    )
    assert error.message == "The end date cannot be before the start date."
    assert not Pairing.objects.exists()
    assert not PairingMember.objects.exists()


def test_pairing_may_start_and_end_on_the_same_day(make_pairing, rosario, chattanooga):
    day = datetime.date(2024, 5, 1)
    pairing = make_pairing("cities-forward", rosario, chattanooga, start_date=day, end_date=day)
    assert pairing.end_date == pairing.start_date


def test_database_refuses_end_before_start(db, programme):
    pairing = Pairing(
        programme=programme("iurc"),
        start_date=datetime.date(2024, 5, 1),
        end_date=datetime.date(2023, 1, 1),
    )
    with pytest.raises(ValidationError) as error:
        pairing.full_clean()
    assert "The end date cannot be before the start date." in str(error.value)
    with pytest.raises(IntegrityError), transaction.atomic():
        pairing.save()


def test_database_refuses_the_same_city_twice_in_a_pairing(make_pairing, rosario, chattanooga):
    pairing = make_pairing("cities-forward", rosario, chattanooga)
    with pytest.raises(IntegrityError), transaction.atomic():
        PairingMember.objects.create(pairing=pairing, city=rosario)


def test_service_checks_are_atomic(db, programme, rosario, chattanooga):
    """A refused pairing leaves nothing behind, even half-written members."""
    with pytest.raises(PairingError):
        create_pairing(
            programme=programme("cities-forward"),
            members=[Member(city=rosario), Member(city=chattanooga), Member(city=rosario)],
        )
    assert not Pairing.objects.exists()


# In the Wagtail admin ------------------------------------------------------------------------

ADD_URL = "wagtailsnippets_academy_pairing:add"


def _pairing_form(client, programme_obj, members, **fields):
    """POST data for the pairing form: the rendered defaults plus the given members."""
    data = admin_form_data(client.get(reverse(ADD_URL)))
    data = {key: value for key, value in data.items() if not key.startswith("members-")}
    data.update(
        {
            "programme": str(programme_obj.pk),
            "members-TOTAL_FORMS": str(len(members)),
            "members-INITIAL_FORMS": "0",
            "members-MIN_NUM_FORMS": "2",
            "members-MAX_NUM_FORMS": "1000",
        }
    )
    for index, (city, role) in enumerate(members):
        data.update(
            {
                f"members-{index}-city": str(city.pk),
                f"members-{index}-role": role,
                f"members-{index}-ORDER": str(index + 1),
                f"members-{index}-id": "",
                f"members-{index}-DELETE": "",
            }
        )
    data.update(fields)
    return data


def test_admin_add_form_has_the_member_formset(admin_client):
    response = admin_client.get(reverse(ADD_URL))
    assert response.status_code == 200
    data = admin_form_data(response)
    for name in ("members-TOTAL_FORMS", "members-0-city", "members-0-role", "members-0-ORDER"):
        assert name in data


def test_admin_creates_a_valid_pairing(admin_client, programme, rosario, chattanooga):
    data = _pairing_form(
        admin_client,
        programme("cities-forward"),
        [(rosario, "lead"), (chattanooga, "partner")],
        name="Rosario – Chattanooga",
    )
    response = admin_client.post(reverse(ADD_URL), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    pairing = Pairing.objects.get()
    assert pairing.name == "Rosario – Chattanooga"
    assert set(pairing.members.values_list("city_id", "role")) == {
        (rosario.pk, "lead"),
        (chattanooga.pk, "partner"),
    }


def test_admin_creates_a_multi_pairing(admin_client, programme, lyon, chattanooga, dubuque):
    members = [(lyon, "lead"), (chattanooga, "partner"), (dubuque, "partner")]
    data = _pairing_form(admin_client, programme("eu-cities-gateway"), members)
    response = admin_client.post(reverse(ADD_URL), data)
    assert response.status_code == 302
    assert Pairing.objects.get().members.count() == 3


def _assert_admin_refuses(client, data, message):
    response = client.post(reverse(ADD_URL), data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Pairing.objects.filter(members__isnull=False).exists()
    return response


def test_admin_refuses_a_duplicate_pair(
    admin_client, make_pairing, programme, rosario, chattanooga
):
    make_pairing("cities-forward", rosario, chattanooga)
    data = _pairing_form(
        admin_client, programme("cities-forward"), [(chattanooga, "lead"), (rosario, "partner")]
    )
    response = admin_client.post(reverse(ADD_URL), data)
    assert response.status_code == 200
    assert "are already paired in Cities Forward" in response.content.decode()
    assert Pairing.objects.count() == 1


def test_admin_refuses_the_same_city_twice(admin_client, programme, rosario):
    data = _pairing_form(
        admin_client, programme("cities-forward"), [(rosario, "lead"), (rosario, "partner")]
    )
    _assert_admin_refuses(admin_client, data, "A city cannot be paired with itself.")
    assert not Pairing.objects.exists()


def test_admin_refuses_a_city_and_its_translation(admin_client, programme, rosario, translate):
    data = _pairing_form(
        admin_client,
        programme("cities-forward"),
        [(rosario, "lead"), (translate(rosario, "es"), "partner")],
    )
    _assert_admin_refuses(admin_client, data, "A city cannot be paired with itself.")
    assert not Pairing.objects.exists()


def test_admin_refuses_a_single_member(admin_client, programme, rosario):
    data = _pairing_form(admin_client, programme("cities-forward"), [(rosario, "lead")])
    _assert_admin_refuses(admin_client, data, "A pairing needs at least two member cities.")
    assert not Pairing.objects.exists()


def test_admin_refuses_a_second_member_that_is_deleted(
    admin_client, programme, rosario, chattanooga
):
    data = _pairing_form(
        admin_client,
        programme("cities-forward"),
        [(rosario, "lead"), (chattanooga, "partner")],
        **{"members-1-DELETE": "1"},
    )
    response = admin_client.post(reverse(ADD_URL), data)
    assert response.status_code == 200
    assert not Pairing.objects.exists()


def test_admin_refuses_end_before_start(admin_client, programme, rosario, chattanooga):
    data = _pairing_form(
        admin_client,
        programme("cities-forward"),
        [(rosario, "lead"), (chattanooga, "partner")],
        start_date="2024-05-01",
        end_date="2024-04-30",
    )
    _assert_admin_refuses(admin_client, data, "The end date cannot be before the start date.")
    assert not Pairing.objects.exists()


def test_admin_edit_keeps_its_own_pair(admin_client, make_pairing, rosario, chattanooga):
    """Saving a pairing unchanged is not a duplicate of itself."""
    pairing = make_pairing("cities-forward", rosario, chattanooga)
    url = reverse("wagtailsnippets_academy_pairing:edit", args=(pairing.pk,))
    data = admin_form_data(admin_client.get(url))
    data["name"] = "Rosario and Chattanooga"
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    pairing.refresh_from_db()
    assert pairing.name == "Rosario and Chattanooga"
    assert pairing.members.count() == 2


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("programme", "999999"),
        ("programme", "not-a-number"),
        ("members-0-city", "999999"),
        ("members-0-city", "\x00"),
        ("members-0-role", "emperor"),
        ("start_date", "2024-13-45"),
        ("status", "forever"),
        ("members-TOTAL_FORMS", "abc"),
    ],
)
def test_admin_hostile_input_is_refused_without_error(
    admin_client, programme, rosario, chattanooga, field, value
):
    data = _pairing_form(
        admin_client, programme("cities-forward"), [(rosario, "lead"), (chattanooga, "partner")]
    )
    data[field] = value
    response = admin_client.post(reverse(ADD_URL), data)
    assert response.status_code in (200, 400)
    assert not Pairing.objects.exists()


@pytest.mark.parametrize("pk", ["999999", "abc", "%00"])
def test_admin_edit_of_an_unknown_pairing_is_404(admin_client, db, pk):
    url = reverse("wagtailsnippets_academy_pairing:edit", args=(1,)).replace("/1/", f"/{pk}/")
    assert admin_client.get(url).status_code == 404
    assert admin_client.post(url, {"programme": "1"}).status_code == 404


# Permissions --------------------------------------------------------------------------------


def test_anonymous_visitor_is_sent_to_the_login_page(client, db):
    url = reverse(ADD_URL)
    response = client.get(url)
    assert response.status_code == 302
    assert response.url.startswith(reverse("wagtailadmin_login"))
    assert "next=" in response.url


def test_anonymous_post_creates_nothing(client, programme, rosario, chattanooga):
    data = {
        "programme": programme("cities-forward").pk,
        "members-TOTAL_FORMS": "2",
        "members-INITIAL_FORMS": "0",
        "members-0-city": rosario.pk,
        "members-1-city": chattanooga.pk,
    }
    response = client.post(reverse(ADD_URL), data)
    assert response.status_code == 302
    assert not Pairing.objects.exists()


def test_editor_without_snippet_permission_is_refused(editor_client, programme, rosario):
    url = reverse(ADD_URL)
    response = editor_client.get(url)
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert not response.url.startswith(reverse("wagtailadmin_login"))
    response = editor_client.post(url, {"programme": programme("iurc").pk})
    assert response.status_code in (302, 403)
    assert not Pairing.objects.exists()


def test_editor_without_snippet_permission_cannot_list_pairings(
    editor_client, make_pairing, rosario, chattanooga
):
    make_pairing("cities-forward", rosario, chattanooga, name="Secret pairing")
    response = editor_client.get(reverse("wagtailsnippets_academy_pairing:list"))
    assert response.status_code in (302, 403)
    assert b"Secret pairing" not in response.content
