"""Model rules of the knowledge library: what an editor (or an import) cannot save."""

import json
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

import pytest
import wagtail_factories

from casestudies.models import (
    BestPracticeAdoption,
    BestPracticeCaseStudy,
    BestPracticePage,
    CaseStudyContact,
    CaseStudyPage,
    CaseStudyPartner,
    CaseStudySource,
    OutcomeIndicator,
    SustainableDevelopmentGoal,
)

HOSTILE_RICH_TEXT = (
    '<p onclick="alert(1)">Hi<script>alert(1)</script><img src=x onerror=alert(1)>'
    '<a href="javascript:alert(1)">x</a><a href="https://example.org/">ok</a></p>'
)


def errors_of(instance, **clean_kwargs) -> dict:
    with pytest.raises(ValidationError) as caught:
        instance.full_clean(**clean_kwargs)
    return caught.value.message_dict


@pytest.fixture
def case(make_case_study):
    return make_case_study("Valid case")


@pytest.fixture
def practice(make_best_practice):
    return make_best_practice("Valid practice")


# Case studies -------------------------------------------------------------------------------


def test_a_valid_case_study_passes(case):
    case.start_year, case.end_year = 2018, 2018
    case.cost_amount, case.cost_currency = Decimal("10"), "EUR"
    case.full_clean()


def test_end_year_cannot_be_before_start_year(case):
    case.start_year, case.end_year = 2020, 2019

    assert errors_of(case)["end_year"] == ["The end year cannot be before the start year."]


@pytest.mark.parametrize("year", [1899, 2101])
def test_years_stay_in_range(case, year):
    case.start_year = year

    assert "start_year" in errors_of(case)


def test_cost_needs_a_currency(case):
    case.cost_amount = Decimal("2500000")

    assert errors_of(case)["cost_currency"] == ["Give the currency of the cost."]


@pytest.mark.parametrize("code", ["XYZ", "usd", "US$", "EURO"])
def test_currency_is_an_iso_4217_code(case, code):
    case.cost_amount, case.cost_currency = Decimal("1"), code

    assert "cost_currency" in errors_of(case)


def test_cost_cannot_be_negative(case):
    case.cost_amount, case.cost_currency = Decimal("-1"), "USD"

    assert "cost_amount" in errors_of(case)


def test_a_case_study_needs_a_city(case):
    case.city = None

    assert errors_of(case)["city"] == ["This field cannot be blank."]


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "ftp://example.org/file",
        "//example.org/",
    ],
)
@pytest.mark.parametrize(
    "row",
    [
        lambda page, url: CaseStudySource(page=page, url=url, title="Report"),
        lambda page, url: CaseStudyPartner(page=page, name="Partner", url=url),
        lambda page, url: CaseStudyContact(page=page, name="Contact", url=url),
    ],
    ids=["source", "partner", "contact"],
)
def test_only_web_addresses_are_accepted_for_links(case, row, url):
    assert "url" in errors_of(row(case, url))


@pytest.mark.parametrize(
    "row",
    [
        lambda page: CaseStudySource(page=page, url="https://example.org/report.pdf"),
        lambda page: CaseStudyPartner(page=page, name="Partner", url="http://example.org/"),
        lambda page: CaseStudyContact(page=page, name="Contact", url="https://example.org/"),
    ],
    ids=["source", "partner", "contact"],
)
def test_web_addresses_are_accepted(case, row):
    row(case).full_clean()


def test_indicator_needs_a_name_and_a_plausible_year(case):
    indicator = OutcomeIndicator(page=case, name="", year=1800)

    errors = errors_of(indicator)
    assert "name" in errors
    assert "year" in errors


# SDGs ---------------------------------------------------------------------------------------


def test_the_seventeen_goals_exist_with_their_names(db):
    goals = list(SustainableDevelopmentGoal.objects.all())

    assert [goal.number for goal in goals] == list(range(1, 18))
    assert str(goals[5]) == "6. Clean water and sanitation"
    assert goals[16].name == "Partnerships for the goals"


@pytest.mark.parametrize("number", [0, 18])
def test_sdg_numbers_outside_1_to_17_are_refused(db, number):
    assert "number" in errors_of(SustainableDevelopmentGoal(number=number))


# Best practices ------------------------------------------------------------------------------


def test_cost_range_upper_end_cannot_be_below_the_lower(practice):
    practice.cost_low, practice.cost_high, practice.cost_currency = (
        Decimal("200"),
        Decimal("100"),
        "USD",
    )

    assert errors_of(practice)["cost_high"] == ["The upper cost cannot be below the lower one."]


@pytest.mark.parametrize("end", ["cost_low", "cost_high"])
def test_cost_range_needs_a_currency(practice, end):
    setattr(practice, end, Decimal("100"))

    assert errors_of(practice)["cost_currency"] == ["Give the currency of the cost range."]


def test_a_cost_range_of_one_value_is_valid(practice):
    practice.cost_low = practice.cost_high = Decimal("100")
    practice.cost_currency = "BRL"
    practice.full_clean()


def test_a_city_adopts_a_practice_once(practice, make_city):
    city = make_city("Hoboken", country="US")
    BestPracticeAdoption.objects.create(page=practice, city=city, year=2020)

    with pytest.raises(IntegrityError), transaction.atomic():
        BestPracticeAdoption.objects.create(page=practice, city=city, year=2022)


def test_a_case_study_is_linked_to_a_practice_once(practice, case):
    BestPracticeCaseStudy.objects.create(page=practice, case_study=case)

    with pytest.raises(IntegrityError), transaction.atomic():
        BestPracticeCaseStudy.objects.create(page=practice, case_study=case)


# Rich text is cleaned on save ---------------------------------------------------------------


def assert_clean(value: str) -> None:
    lowered = value.lower()
    for bad in ("<script", "onerror", "onclick", "javascript:", "<img"):
        assert bad not in lowered, bad


def test_case_study_rich_text_is_cleaned_on_save(case):
    for field in ("challenge", "solution", "transferability"):
        setattr(case, field, HOSTILE_RICH_TEXT)
    case.save()

    stored = CaseStudyPage.objects.get(pk=case.pk)
    for field in ("challenge", "solution", "transferability"):
        assert_clean(getattr(stored, field))
    assert '<a href="https://example.org/">ok</a>' in stored.solution


def test_case_study_rich_text_is_cleaned_on_validation_and_revision(case):
    case.results = HOSTILE_RICH_TEXT
    case.full_clean()
    assert_clean(case.results)

    case.lessons_learned = HOSTILE_RICH_TEXT
    revision = case.save_revision()
    assert_clean(revision.content["lessons_learned"])


def test_best_practice_steps_are_cleaned_on_save(practice):
    practice.steps = json.dumps(
        [{"type": "step", "value": {"title": "Plan", "text": HOSTILE_RICH_TEXT}}]
    )
    practice.pitfalls = HOSTILE_RICH_TEXT
    practice.save()

    stored = BestPracticePage.objects.get(pk=practice.pk)
    assert_clean(stored.pitfalls)
    assert_clean(stored.steps[0].value["text"].source)
    assert "ok" in stored.steps[0].value["text"].source


def test_a_gallery_image_can_be_saved(case):
    image = wagtail_factories.ImageFactory(title="Corridor")
    case.gallery = json.dumps(
        [
            {
                "type": "image",
                "value": {
                    "image": {"image": image.pk, "alt_text": "Trees", "decorative": False},
                    "caption": "North",
                },
            }
        ]
    )
    case.save()

    assert CaseStudyPage.objects.get(pk=case.pk).gallery[0].value["caption"] == "North"
