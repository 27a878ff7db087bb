"""Learner accounts: sign-up with a profile, email verification, log-in and its throttle,
password reset, the profile page, the data download and account deletion, in our design.

Every test goes through the pages a learner uses (the test client), and checks what they see.
"""

import json
import re
from datetime import timedelta
from html.parser import HTMLParser

from django.core import mail
from django.core.cache import cache
from django.test import Client
from django.utils import timezone

import pytest
import time_machine
from allauth.account.models import EmailAddress

from academy.models import LearnerProfile
from courses.models import Enrolment
from courses.services import complete_lesson, enrol
from tests.courses import conftest as courses_fixtures

course_index = courses_fixtures.course_index
make_course = courses_fixtures.make_course
lessons_of = courses_fixtures.lessons_of

PASSWORD = "learner-pass-1234"
NEW_PASSWORD = "a-new-pass-5678"
WRONG_PASSWORD_MESSAGE = "The email address and/or password you specified are not correct."
THROTTLED_MESSAGE = "Too many wrong passwords"

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    """allauth counts attempts in the cache, which outlives a test: start each one empty."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def make_learner(django_user_model):
    """``make_learner("ana@example.org", city=rosario)``: a verified learner with a profile."""

    def make(email="ana@example.org", *, city=None, name=None, **profile):
        user = django_user_model.objects.create_user(
            username=email.split("@")[0], email=email, password=PASSWORD
        )
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        LearnerProfile.objects.create(
            user=user,
            display_name=name or email.split("@")[0].title(),
            city=city,
            other_city="" if city else profile.pop("other_city", "Elsewhere"),
            **profile,
        )
        return user

    return make


@pytest.fixture
def learner(make_learner):
    return make_learner()


@pytest.fixture
def learner_client(client, learner):
    client.force_login(learner)
    return client


def signup_data(**changes) -> dict:
    data = {
        "email": "new@example.org",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "display_name": "Nuevo Learner",
        "city": "",
        "other_city": "Valparaíso",
        "organisation": "City of Valparaíso",
        "role": "Planner",
        "preferred_language": "en",
        "public_consent": "on",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def profile_data(**changes) -> dict:
    data = {
        "display_name": "Ana Changed",
        "city": "",
        "other_city": "Montevideo",
        "organisation": "Intendencia",
        "role": "Engineer",
        "preferred_language": "en",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def logged_in_user_id(client):
    return client.session.get("_auth_user_id")


def link_in(message, path_prefix: str) -> str:
    """The path of the first link in an email whose path starts with ``path_prefix``."""
    match = re.search(rf"https?://[^/\s]+({re.escape(path_prefix)}[^\s]*)", message.body)
    assert match, message.body
    return match.group(1)


class FieldLabels(HTMLParser):
    """Collects form controls and labels, to check every control has a label."""

    def __init__(self):
        super().__init__()
        self.controls: list[dict] = []
        self.label_targets: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "label" and attrs.get("for"):
            self.label_targets.add(attrs["for"])
        if tag in {"input", "select", "textarea"} and attrs.get("type") not in {
            "hidden",
            "submit",
        }:
            self.controls.append(attrs)


def unlabelled_controls(html: str) -> list[dict]:
    parser = FieldLabels()
    parser.feed(html)
    return [c for c in parser.controls if c.get("id") not in parser.label_targets]


# Sign-up and email verification ----------------------------------------------------------------


def test_sign_up_creates_the_account_and_profile_and_sends_a_verification_email(client, make_city):
    rosario = make_city("Rosario")
    response = client.post(
        "/accounts/signup/",
        signup_data(city=str(rosario.pk), other_city="", preferred_language="es"),
    )
    assert response.status_code == 302
    assert response["Location"] == "/accounts/confirm-email/"

    profile = LearnerProfile.objects.select_related("user").get(user__email="new@example.org")
    assert profile.display_name == "Nuevo Learner"
    assert profile.city == rosario
    assert profile.other_city == ""
    assert profile.city_name == "Rosario"
    assert (profile.organisation, profile.role) == ("City of Valparaíso", "Planner")
    assert profile.preferred_language == "es"
    assert profile.public_consent is True
    assert profile.user.first_name == "Nuevo Learner"
    assert not EmailAddress.objects.get(email="new@example.org").verified

    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["new@example.org"]
    assert mail.outbox[0].subject.startswith("[Cities Academy] ")
    assert "/accounts/confirm-email/" in mail.outbox[0].body
    assert "Hello from Cities Academy!" in mail.outbox[0].body  # not the host name

    assert logged_in_user_id(client) is None
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert "We have sent you an email with a link" in page.content.decode()


def test_an_unverified_learner_cannot_log_in(client):
    client.post("/accounts/signup/", signup_data())
    response = client.post("/accounts/login/", {"login": "new@example.org", "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/accounts/confirm-email/"
    assert logged_in_user_id(client) is None
    assert client.get("/accounts/profile/").status_code == 302


def test_following_the_emailed_link_verifies_the_address_and_logs_in(client):
    client.post("/accounts/signup/", signup_data(preferred_language="pt"))
    path = link_in(mail.outbox[0], "/accounts/confirm-email/")

    page = client.get(path)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Please confirm that new@example.org is your email address." in html
    assert 'method="post"' in html
    # Opening the link (a GET, as mail scanners do) confirms nothing.
    assert not EmailAddress.objects.get(email="new@example.org").verified

    response = client.post(path)
    assert response.status_code == 302
    assert response["Location"] == "/pt/learning/"  # the dashboard in the chosen language
    assert EmailAddress.objects.get(email="new@example.org").verified
    user_id = LearnerProfile.objects.get(user__email="new@example.org").user_id
    assert logged_in_user_id(client) == str(user_id)


def test_a_broken_confirmation_link_explains_what_to_do(client):
    response = client.get("/accounts/confirm-email/not-a-real-key/")
    assert response.status_code == 200
    assert "This confirmation link has expired or is invalid." in response.content.decode()


def test_sign_up_asks_for_a_city_from_the_list_or_typed(client):
    response = client.post("/accounts/signup/", signup_data(other_city=""))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Choose your city from the list, or type its name here." in html
    assert 'aria-invalid="true"' in html
    assert not LearnerProfile.objects.exists()
    assert mail.outbox == []


def test_sign_up_with_an_address_already_registered_creates_nothing(client, learner):
    response = client.post("/accounts/signup/", signup_data(email="ANA@example.org"))
    # The same answer as for a new address (nobody learns who has an account)...
    assert response.status_code == 302
    assert response["Location"] == "/accounts/confirm-email/"
    # ...but no second account: the owner of the address is told by email instead.
    assert LearnerProfile.objects.count() == 1
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["ana@example.org"]
    assert "/accounts/confirm-email/" not in mail.outbox[0].body


def test_sign_up_refuses_mismatched_passwords(client):
    response = client.post("/accounts/signup/", signup_data(password2="something-else-987"))
    assert response.status_code == 200
    assert "You must type the same password each time." in response.content.decode()
    assert not LearnerProfile.objects.exists()


# Log-in, log-out and the throttle ----------------------------------------------------------


def test_log_in_by_email_goes_to_the_dashboard(client, learner):
    response = client.post("/accounts/login/", {"login": "Ana@Example.org", "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/learning/"
    assert logged_in_user_id(client) == str(learner.pk)
    # The welcome message uses the learner's name, on the next account page.
    assert "You are logged in as Ana." in client.get("/accounts/profile/").content.decode()


def test_log_in_goes_to_the_dashboard_in_the_learners_language(client, make_learner):
    make_learner("joao@example.org", preferred_language="pt")
    response = client.post("/accounts/login/", {"login": "joao@example.org", "password": PASSWORD})
    assert response["Location"] == "/pt/learning/"


def test_log_in_returns_to_the_page_asked_for(client, learner):
    response = client.get("/accounts/profile/")
    assert response["Location"] == "/accounts/login/?next=/accounts/profile/"
    response = client.post(
        "/accounts/login/?next=/accounts/profile/",
        {"login": "ana@example.org", "password": PASSWORD, "next": "/accounts/profile/"},
    )
    assert response["Location"] == "/accounts/profile/"


def test_log_in_never_redirects_to_another_site(client, learner):
    response = client.post(
        "/accounts/login/",
        {"login": "ana@example.org", "password": PASSWORD, "next": "https://evil.example/"},
    )
    assert response.status_code == 302
    assert response["Location"] == "/learning/"


def test_a_wrong_password_is_refused_with_a_message(client, learner):
    response = client.post("/accounts/login/", {"login": "ana@example.org", "password": "nope"})
    assert response.status_code == 200
    assert WRONG_PASSWORD_MESSAGE in response.content.decode()
    assert logged_in_user_id(client) is None


def test_the_sixth_failed_log_in_is_refused_and_so_is_the_right_password_for_a_while(
    client, learner
):
    for _attempt in range(5):
        response = client.post(
            "/accounts/login/", {"login": "ana@example.org", "password": "wrong-guess"}
        )
        html = response.content.decode()
        assert WRONG_PASSWORD_MESSAGE in html
        assert THROTTLED_MESSAGE not in html

    response = client.post(
        "/accounts/login/", {"login": "ana@example.org", "password": "wrong-guess"}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert THROTTLED_MESSAGE in html
    assert "wait a few minutes before trying again, or reset your password" in html
    assert WRONG_PASSWORD_MESSAGE not in html

    # The right password does not get through either while the address is throttled.
    response = client.post("/accounts/login/", {"login": "ana@example.org", "password": PASSWORD})
    assert response.status_code == 200
    assert THROTTLED_MESSAGE in response.content.decode()
    assert logged_in_user_id(client) is None

    # Another learner, from the same network address, is not affected.
    other_browser = Client()
    other = learner.__class__.objects.create_user(
        username="bea", email="bea@example.org", password=PASSWORD
    )
    EmailAddress.objects.create(user=other, email="bea@example.org", verified=True, primary=True)
    response = other_browser.post(
        "/accounts/login/", {"login": "bea@example.org", "password": PASSWORD}
    )
    assert response.status_code == 302

    # Five minutes later the address may try again, and the right password works.
    with time_machine.travel(timezone.now() + timedelta(minutes=5, seconds=5)):
        response = client.post(
            "/accounts/login/", {"login": "ana@example.org", "password": PASSWORD}
        )
        assert response.status_code == 302
        assert logged_in_user_id(client) == str(learner.pk)


def test_log_out_is_a_post(learner_client):
    page = learner_client.get("/accounts/logout/")
    assert page.status_code == 200
    assert "Are you sure you want to log out?" in page.content.decode()
    assert logged_in_user_id(learner_client) is not None  # a GET changes nothing

    response = learner_client.post("/accounts/logout/")
    assert response.status_code == 302
    assert logged_in_user_id(learner_client) is None
    assert "You have logged out." in learner_client.get("/accounts/login/").content.decode()


# Password reset ----------------------------------------------------------------------------


def test_password_reset_by_email(client, learner):
    response = client.post("/accounts/password/reset/", {"email": "ana@example.org"})
    assert response.status_code == 302
    assert response["Location"] == "/accounts/password/reset/done/"
    assert "Check your email" in client.get(response["Location"]).content.decode()
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["ana@example.org"]

    path = link_in(mail.outbox[0], "/accounts/password/reset/key/")
    response = client.get(path)  # allauth moves the key out of the address bar
    assert response.status_code == 302
    form_url = response["Location"]
    page = client.get(form_url)
    assert page.status_code == 200
    assert "Choose a new password" in page.content.decode()

    response = client.post(form_url, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/accounts/password/reset/key/done/"
    assert "Your password is now changed." in client.get(response["Location"]).content.decode()

    learner.refresh_from_db()
    assert learner.check_password(NEW_PASSWORD)
    response = client.post(
        "/accounts/login/", {"login": "ana@example.org", "password": NEW_PASSWORD}
    )
    assert logged_in_user_id(client) == str(learner.pk)

    # The link works once.
    page = client.get(path, follow=True)
    assert "This link no longer works" in page.content.decode()


def test_password_reset_for_an_unknown_address_gives_nothing_away(client, learner):
    response = client.post("/accounts/password/reset/", {"email": "nobody@example.org"})
    assert response.status_code == 302
    assert response["Location"] == "/accounts/password/reset/done/"
    assert all("/accounts/password/reset/key/" not in m.body for m in mail.outbox)


def test_changing_the_password_while_logged_in(learner_client, learner):
    response = learner_client.post(
        "/accounts/password/change/",
        {"oldpassword": PASSWORD, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )
    assert response.status_code == 302
    learner.refresh_from_db()
    assert learner.check_password(NEW_PASSWORD)


# The profile page --------------------------------------------------------------------------


def test_the_profile_page_shows_and_saves_the_learners_own_profile(learner_client, make_city):
    rosario = make_city("Rosario")
    page = learner_client.get("/accounts/profile/")
    assert page.status_code == 200
    html = page.content.decode()
    assert 'value="Ana"' in html
    assert "Logged in as ana@example.org." in html
    for url in (
        "/accounts/password/change/",
        "/accounts/email/",
        "/accounts/profile/export/",
        "/accounts/delete/",
    ):
        assert f'href="{url}"' in html
    assert unlabelled_controls(html) == []

    response = learner_client.post(
        "/accounts/profile/",
        profile_data(city=str(rosario.pk), other_city="Ignored", public_consent="on"),
    )
    assert response.status_code == 302
    assert response["Location"] == "/accounts/profile/"
    profile = LearnerProfile.objects.select_related("user").get(user__email="ana@example.org")
    assert profile.display_name == "Ana Changed"
    assert profile.city == rosario
    assert profile.other_city == ""  # a city from the list wins over a typed one
    assert (profile.organisation, profile.role) == ("Intendencia", "Engineer")
    assert profile.public_consent is True
    assert profile.user.first_name == "Ana Changed"
    assert (
        "Your profile has been saved." in learner_client.get("/accounts/profile/").content.decode()
    )


def test_the_profile_page_is_always_the_logged_in_learners(client, learner, make_learner):
    bea = make_learner("bea@example.org", name="Bea Other")
    client.force_login(bea)

    html = client.get("/accounts/profile/").content.decode()
    assert 'value="Bea Other"' in html
    assert "ana@example.org" not in html
    assert 'value="Ana"' not in html
    # No address names another account's profile.
    assert client.get(f"/accounts/profile/{learner.pk}/").status_code == 404

    # A posted "user" (or "id") is ignored: the form saves Bea's own profile.
    client.post("/accounts/profile/", profile_data(user=str(learner.pk), id="1"))
    assert LearnerProfile.objects.get(user=learner).display_name == "Ana"
    assert LearnerProfile.objects.get(user=bea).display_name == "Ana Changed"


def test_a_user_without_a_profile_can_create_one(client, django_user_model):
    admin = django_user_model.objects.create_superuser(
        username="admin", email="admin@example.org", password=PASSWORD
    )
    client.force_login(admin)
    page = client.get("/accounts/profile/")
    assert page.status_code == 200
    assert "Your account has no learner profile yet." in page.content.decode()

    response = client.post("/accounts/profile/", profile_data(display_name="Site Admin"))
    assert response.status_code == 302
    assert LearnerProfile.objects.get(user=admin).display_name == "Site Admin"


def test_a_double_submitted_new_profile_is_saved_once(client, make_learner, monkeypatch):
    """The second of two "Create my profile" posts finds the profile the first one made."""
    from academy.accounts import views

    ana = make_learner()
    client.force_login(ana)
    real = views._profile_of
    calls = []

    def profile_of(user):
        calls.append(user)
        # The first look-up ran before the other request committed its new profile.
        return None if len(calls) == 1 else real(user)

    monkeypatch.setattr(views, "_profile_of", profile_of)
    response = client.post("/accounts/profile/", profile_data(display_name="Second Click"))
    assert response.status_code == 302
    assert LearnerProfile.objects.filter(user=ana).count() == 1
    assert LearnerProfile.objects.get(user=ana).display_name == "Second Click"
    assert len(calls) == 2


def test_hostile_profile_text_is_refused_or_escaped(learner_client):
    response = learner_client.post("/accounts/profile/", profile_data(display_name="x" * 10_000))
    assert response.status_code == 400
    assert "Ensure this value has at most 120 characters" in response.content.decode()
    assert LearnerProfile.objects.get().display_name == "Ana"

    response = learner_client.post("/accounts/profile/", profile_data(display_name="Ana\x07Bell"))
    assert response.status_code == 400
    assert "Remove the control characters from this text." in response.content.decode()

    response = learner_client.post(
        "/accounts/profile/", profile_data(display_name="   \u202eAna   ")
    )
    assert response.status_code == 400

    response = learner_client.post("/accounts/profile/", profile_data(display_name="\u200b ..."))
    assert response.status_code == 400
    assert "Type your name as it should appear on your certificates." in (response.content.decode())

    script = '<script>alert("x")</script> Ana <b>Bold</b>'
    response = learner_client.post(
        "/accounts/profile/",
        profile_data(display_name=f"  {script}\n", organisation="<img src=x onerror=alert(1)>"),
    )
    assert response.status_code == 302
    profile = LearnerProfile.objects.get()
    assert profile.display_name == script  # stored as typed, one line, trimmed
    html = learner_client.get("/accounts/profile/").content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "<img src=x" not in html
    assert "<b>Bold" not in html


def test_the_welcome_message_escapes_the_learners_name(client, make_learner):
    make_learner("ana@example.org", name="<i>Ana</i>")
    client.post("/accounts/login/", {"login": "ana@example.org", "password": PASSWORD})
    html = client.get("/accounts/profile/").content.decode()
    assert "You are logged in as &lt;i&gt;Ana&lt;/i&gt;." in html
    assert "<i>Ana" not in html


def test_sign_up_refuses_hostile_text(client):
    for changes in (
        {"display_name": "x" * 10_000},
        {"display_name": "Ana\x00"},
        {"other_city": "y" * 10_000},
        {"organisation": "z" * 10_000},
        {"email": "a" * 10_000 + "@example.org"},
        {"preferred_language": "xx"},
    ):
        response = client.post("/accounts/signup/", signup_data(**changes))
        assert response.status_code == 200
        assert 'aria-invalid="true"' in response.content.decode()
    assert not LearnerProfile.objects.exists()
    assert mail.outbox == []


@pytest.mark.parametrize(
    "city",
    ["abc", "999999", "99999999999999999999999999", "-1", "1.5", "1 OR 1=1", "unpublished"],
)
def test_a_tampered_city_is_a_form_error(learner_client, make_city, city):
    if city == "unpublished":
        draft = make_city("Draftville")
        draft.unpublish()
        city = str(draft.pk)
    response = learner_client.post("/accounts/profile/", profile_data(city=city, other_city=""))
    assert response.status_code == 400
    assert "Choose a city from the list" in response.content.decode()
    assert LearnerProfile.objects.get().other_city == "Elsewhere"


def test_sign_up_with_a_tampered_city_creates_nothing(client, make_city):
    draft = make_city("Draftville")
    draft.unpublish()
    for city in ("abc", str(draft.pk), "99999999999999999999999999"):
        response = client.post("/accounts/signup/", signup_data(city=city, other_city=""))
        assert response.status_code == 200
        assert "Choose a city from the list" in response.content.decode()
    assert not LearnerProfile.objects.exists()
    assert mail.outbox == []


def test_a_learner_keeps_their_city_after_it_is_unpublished(client, make_learner, make_city):
    rosario = make_city("Rosario")
    ana = make_learner(city=rosario)
    rosario.unpublish()
    client.force_login(ana)
    response = client.post("/accounts/profile/", profile_data(city=str(rosario.pk)))
    assert response.status_code == 302
    assert LearnerProfile.objects.get(user=ana).city_id == rosario.pk


# The data download -------------------------------------------------------------------------


def test_the_data_download_holds_the_learners_own_data_and_no_one_elses(
    client, make_learner, make_course, make_city
):
    rosario = make_city("Rosario")
    ana = make_learner("ana@example.org", name="Ana Own", city=rosario, role="Planner")
    bea = make_learner("bea@example.org", name="Bea Other", organisation="Bea's org")
    heat = make_course("Cooling streets", modules=1, lessons=2, quizzes=False)
    water = make_course("Water secrets", modules=1, lessons=1, quizzes=False)
    enrol(user=ana, course=heat)
    complete_lesson(user=ana, lesson=lessons_of(heat)[0])
    enrol(user=bea, course=water)

    client.force_login(ana)
    response = client.get("/accounts/profile/export/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    today = timezone.localdate().isoformat()
    assert response["Content-Disposition"] == (
        f'attachment; filename="cities-academy-my-data-{today}.json"'
    )
    assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]

    data = json.loads(response.content)
    assert data["account"]["email"] == "ana@example.org"
    assert data["account"]["date_joined"]
    assert "password" not in json.dumps(data)
    assert data["email_addresses"] == [
        {"email": "ana@example.org", "verified": True, "primary": True}
    ]
    assert data["profile"]["display_name"] == "Ana Own"
    assert data["profile"]["city"] == "Rosario"
    assert data["profile"]["role"] == "Planner"
    assert [e["course"] for e in data["learning_record"]] == ["Cooling streets"]
    assert [p["lesson"] for p in data["learning_record"][0]["lessons_completed"]] == ["Lesson 1.1"]

    text = response.content.decode()
    for other in ("bea@example.org", "Bea Other", "Bea's org", "Water secrets"):
        assert other not in text


def test_the_data_download_of_a_user_without_profile(client, django_user_model):
    user = django_user_model.objects.create_user(
        username="plain", email="plain@example.org", password=PASSWORD
    )
    client.force_login(user)
    data = json.loads(client.get("/accounts/profile/export/").content)
    assert data["profile"] is None
    assert data["learning_record"] == []
    assert data["account"]["last_login"]


# Deleting an account -----------------------------------------------------------------------


def test_deleting_with_a_wrong_or_missing_password_keeps_everything(
    learner_client, learner, make_course
):
    course = make_course(modules=1, lessons=1, quizzes=False)
    enrol(user=learner, course=course)
    page = learner_client.get("/accounts/delete/")
    assert page.status_code == 200
    assert unlabelled_controls(page.content.decode()) == []

    for data, message in (
        ({"password": "not-my-password"}, "That is not your current password."),
        ({}, "Enter your current password to confirm."),
        ({"password": ""}, "Enter your current password to confirm."),
    ):
        response = learner_client.post("/accounts/delete/", data)
        assert response.status_code == 400
        assert message in response.content.decode()

    assert learner.__class__.objects.filter(pk=learner.pk).exists()
    assert LearnerProfile.objects.filter(user=learner).exists()
    assert Enrolment.objects.filter(user=learner).exists()
    assert logged_in_user_id(learner_client) == str(learner.pk)


def test_deleting_with_the_right_password_removes_the_account_and_everything_attached(
    learner_client, learner, make_learner, make_course
):
    bea = make_learner("bea@example.org")
    course = make_course(modules=1, lessons=1, quizzes=False)
    enrol(user=learner, course=course)
    complete_lesson(user=learner, lesson=lessons_of(course)[0])
    enrol(user=bea, course=course)

    response = learner_client.post("/accounts/delete/", {"password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/"
    assert not learner.__class__.objects.filter(pk=learner.pk).exists()
    assert not LearnerProfile.objects.filter(user_id=learner.pk).exists()
    assert not Enrolment.objects.filter(user_id=learner.pk).exists()
    assert not EmailAddress.objects.filter(email="ana@example.org").exists()
    assert logged_in_user_id(learner_client) is None
    # Other learners are untouched.
    assert LearnerProfile.objects.filter(user=bea).exists()
    assert Enrolment.objects.filter(user=bea).count() == 1
    # The message shows on the next page that lists messages.
    html = learner_client.get("/accounts/login/").content.decode()
    assert "Your account and everything attached to it have been deleted." in html
    # And the old password no longer logs in.
    learner_client.post("/accounts/login/", {"login": "ana@example.org", "password": PASSWORD})
    assert logged_in_user_id(learner_client) is None


def test_deleting_from_a_spanish_page_goes_to_the_spanish_home(learner_client, learner):
    response = learner_client.post("/es/accounts/delete/", {"password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/es/"


def test_password_guessing_on_the_deletion_page_is_throttled(learner_client, learner):
    for _attempt in range(5):
        response = learner_client.post("/accounts/delete/", {"password": "guess"})
        assert "That is not your current password." in response.content.decode()
    response = learner_client.post("/accounts/delete/", {"password": PASSWORD})
    assert response.status_code == 400
    assert THROTTLED_MESSAGE in response.content.decode()
    assert learner.__class__.objects.filter(pk=learner.pk).exists()


@pytest.mark.parametrize("kind", ["superuser", "staff"])
def test_administrators_cannot_delete_themselves_here(client, django_user_model, kind):
    user = django_user_model.objects.create_user(
        username="boss",
        email="boss@example.org",
        password=PASSWORD,
        is_staff=True,
        is_superuser=kind == "superuser",
    )
    client.force_login(user)
    page = client.get("/accounts/delete/")
    assert page.status_code == 403
    assert "Administrator accounts cannot be deleted here" in page.content.decode()
    assert 'name="password"' not in page.content.decode()

    response = client.post("/accounts/delete/", {"password": PASSWORD})
    assert response.status_code == 403
    assert django_user_model.objects.filter(pk=user.pk).exists()
    assert logged_in_user_id(client) == str(user.pk)


# Access and CSRF ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url", ["/accounts/profile/", "/accounts/profile/export/", "/accounts/delete/"]
)
def test_anonymous_visitors_are_sent_to_log_in(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"] == f"/accounts/login/?next={url}"


def test_anonymous_posts_change_nothing(client, learner):
    response = client.post("/accounts/delete/", {"password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    assert learner.__class__.objects.filter(pk=learner.pk).exists()


def test_posts_without_a_csrf_token_are_refused(learner):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(learner)

    response = browser.post("/accounts/delete/", {"password": PASSWORD})
    assert response.status_code == 403
    assert learner.__class__.objects.filter(pk=learner.pk).exists()

    response = browser.post("/accounts/profile/", profile_data(display_name="Forged"))
    assert response.status_code == 403
    assert LearnerProfile.objects.get(user=learner).display_name == "Ana"

    response = browser.post("/accounts/logout/")
    assert response.status_code == 403
    assert logged_in_user_id(browser) == str(learner.pk)

    anonymous = Client(enforce_csrf_checks=True)
    response = anonymous.post(
        "/accounts/login/", {"login": "ana@example.org", "password": PASSWORD}
    )
    assert response.status_code == 403
    assert logged_in_user_id(anonymous) is None


def test_the_export_and_profile_are_not_cached(learner_client):
    for url in ("/accounts/profile/", "/accounts/delete/", "/accounts/profile/export/"):
        response = learner_client.get(url)
        assert "private" in response["Cache-Control"] or "no-store" in response["Cache-Control"]


# Design, languages, accessibility ----------------------------------------------------------


ANONYMOUS_PAGES = [
    "/accounts/login/",
    "/accounts/signup/",
    "/accounts/password/reset/",
    "/accounts/password/reset/done/",
    "/accounts/confirm-email/",
    "/accounts/inactive/",
]
LOGGED_IN_PAGES = [
    "/accounts/logout/",
    "/accounts/password/change/",
    "/accounts/email/",
    "/accounts/profile/",
    "/accounts/delete/",
    "/accounts/reauthenticate/",
]


@pytest.mark.parametrize("url", ANONYMOUS_PAGES + LOGGED_IN_PAGES)
def test_account_pages_use_the_site_design_with_labelled_fields(client, learner, url):
    if url in LOGGED_IN_PAGES:
        client.force_login(learner)
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="site-header"' in html
    assert 'class="site-footer"' in html
    assert 'href="/static/css/academy.css"' in html
    assert '<meta name="robots" content="noindex">' in html
    assert html.count("<h1>") == 1
    assert "Cities Academy</title>" in html
    assert unlabelled_controls(html) == []


@pytest.mark.parametrize("language", ["es", "fr", "pt"])
def test_account_pages_in_other_languages(client, language):
    response = client.get(f"/{language}/accounts/login/")
    assert response.status_code == 200
    assert f'<html lang="{language}"' in response.content.decode()
    response = client.get(f"/{language}/accounts/signup/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    # The form offers the page's language as the learner's preferred one.
    assert f'<option value="{language}" selected>' in html


def test_the_email_page_lists_addresses_and_adds_one(learner_client, learner):
    html = learner_client.get("/accounts/email/").content.decode()
    assert "ana@example.org" in html
    assert "Primary" in html
    response = learner_client.post(
        "/accounts/email/", {"action_add": "", "email": "ana.work@example.org"}
    )
    assert response.status_code == 302
    assert EmailAddress.objects.filter(user=learner, email="ana.work@example.org").exists()
    assert mail.outbox[-1].to == ["ana.work@example.org"]
