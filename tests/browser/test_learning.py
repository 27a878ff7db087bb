"""A learner's whole journey in headless Chromium, on the seeded demo.

Sign up, confirm the emailed link, enrol in the demo course on nature-based solutions, read
every lesson, fail the first quiz, pass every quiz, mark every lesson complete, and see 100%
and the completion on the course page and the dashboard; then find the certificate the
completion issued, download its Spanish PDF and open its public verification page. axe-core
checks the course, lesson, dashboard, certificates and verification pages along the way.
"""

import re
import subprocess
from urllib.parse import urlparse

import pytest

from courses.demo.data_nbs import COURSE
from tests.browser.conftest import CHROMIUM
from tests.browser.test_public_pages import assert_accessible, assert_clean_load

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason=f"{CHROMIUM} is not installed (`make test` installs Debian's chromium)",
    ),
]

EMAIL = "zoe.nunez@example.org"
PASSWORD = "a-long-and-Unusual-passphrase-42"
COURSE_URL = f"/courses/{COURSE['slug']}/"


def quizzes_by_lesson() -> dict[str, dict]:
    return {
        lesson["slug"]: value
        for module in COURSE["modules"]
        for lesson in module["lessons"]
        for kind, value in lesson["body"]
        if kind == "quiz"
    }


def answer(page, quiz: dict, *, right: bool) -> None:
    """Click answers by their visible labels, the way a learner would."""
    for kind, question in quiz["questions"]:
        fieldset = page.locator("fieldset.question__fieldset").filter(
            has_text=question["prompt"][:60]
        )
        if kind == "true_false":
            wanted = question["answer"] if right else not question["answer"]
            fieldset.locator("label").get_by_text("True" if wanted else "False", exact=True).click()
            continue
        choices = question["choices"]
        picks = (
            [c for c in choices if c["correct"]]
            if right
            else [next(c for c in choices if not c["correct"])]
        )
        for choice in picks:
            fieldset.locator("label").get_by_text(choice["text"], exact=True).click()


def follow(page, control) -> None:
    """Click a button or link that loads another page, and wait until that page has loaded,
    so that the next step never overtakes (and aborts) the navigation it started."""
    with page.expect_navigation():
        control.click()


def confirmation_link(mail_dir) -> str:
    for message in sorted(mail_dir.glob("*.log")):
        text = message.read_text()
        if EMAIL in text:
            match = re.search(r"https?://\S+/accounts/confirm-email/\S+/", text)
            if match:
                return match.group(0)
    raise AssertionError(f"no confirmation email to {EMAIL} in {mail_dir}")


def sign_up(page, mail_dir) -> None:
    page.goto("/accounts/signup/")
    page.get_by_label("Email", exact=False).first.fill(EMAIL)
    page.locator("input[name=password1]").fill(PASSWORD)
    page.locator("input[name=password2]").fill(PASSWORD)
    page.locator("input[name=display_name]").fill("Zoë Ñúñez-Gonçalves")
    page.locator("select[name=city]").select_option(label="Rosario (Argentina)")
    page.locator("input[name=organisation]").fill("Municipalidad de Rosario")
    page.locator("input[name=public_consent]").check()
    follow(
        page,
        page.locator("form")
        .filter(has=page.locator("input[name=password2]"))
        .locator("button[type=submit]"),
    )
    # Not logged in yet: the address must be confirmed first.
    assert "/accounts/confirm-email/" in page.url or "verif" in page.content().lower()

    link = confirmation_link(mail_dir)
    page.goto(link.replace(re.match(r"https?://[^/]+", link).group(0), ""))
    follow(page, page.locator("main form button[type=submit]"))


def test_sign_up_study_fail_and_pass_complete(page, mail_dir):
    sign_up(page, mail_dir)
    assert page.url.rstrip("/").endswith("/learning"), page.url
    assert page.get_by_role("heading", level=1).inner_text()

    page.goto(COURSE_URL)
    assert_accessible(page)
    follow(page, page.get_by_role("button", name=re.compile("^Enrol")))
    assert "/lesson" in page.url or page.url.count("/") > 5, page.url

    quizzes = quizzes_by_lesson()
    failed_once = False
    lessons = [lesson for module in COURSE["modules"] for lesson in module["lessons"]]
    for number, lesson in enumerate(lessons):
        module = next(m for m in COURSE["modules"] if lesson in m["lessons"])
        path = f"{COURSE_URL}{module['slug']}/{lesson['slug']}/"
        page.goto(path)
        assert page.get_by_role("heading", level=1).inner_text().strip() == lesson["title"]
        if number == 0:
            assert_accessible(page)
        quiz = quizzes.get(lesson["slug"])
        if quiz is not None:
            if not failed_once:
                answer(page, quiz, right=False)
                follow(page, page.get_by_role("button", name="Submit answers"))
                assert "You need" in page.content()
                failed_once = True
                assert_accessible(page)
            answer(page, quiz, right=True)
            follow(page, page.get_by_role("button", name=re.compile("Submit answers|Try again")))
            assert "quiz passed" in page.content()
        follow(page, page.get_by_role("button", name=re.compile("Mark as complete")))

    page.goto(COURSE_URL)
    content = page.content()
    assert "Course completed" in content
    assert "100%" in content
    assert_accessible(page)

    page.goto("/learning/")
    assert COURSE["title"] in page.content()
    assert_accessible(page)
    assert_clean_load(page)

    # The completion issued a certificate: download it in Spanish, then verify it.
    page.goto("/certificates/")
    card = page.locator(".certificate-card").filter(has_text=COURSE["title"])
    code = card.locator(".certificate-code").inner_text().strip()
    assert re.fullmatch(r"([0-9A-Z]{5}-){4}[0-9A-Z]{5}", code), code
    assert_accessible(page)
    with page.expect_download() as download:
        card.locator("a[hreflang=es]").click()
    pdf = subprocess.run(
        ["pdftotext", "-layout", download.value.path(), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Zoë Ñúñez-Gonçalves" in pdf
    assert "Rosario" in pdf
    assert code in pdf
    assert "Certificado de finalización".upper() in pdf.upper()

    share = card.locator("input[type=url]").input_value()
    page.goto(urlparse(share).path)
    content = page.content()
    assert "This certificate is valid" in content
    assert "Zoë Ñúñez-Gonçalves" in content, "the learner consented to be named"
    assert_accessible(page)
    assert_clean_load(page)
