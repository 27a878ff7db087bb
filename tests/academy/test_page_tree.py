"""Page tree rules: where each page type may live, and which index pages are one per home."""

from django.urls import reverse

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

import pytest

from academy.models import (
    CityIndexPage,
    CityPage,
    ClusterIndexPage,
    HomePage,
    PairingIndexPage,
    StandardPage,
)
from casestudies.models import (
    BestPracticeIndexPage,
    BestPracticePage,
    CaseStudyIndexPage,
    CaseStudyPage,
)
from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage


class TestPageTypeRules(WagtailPageTestCase):
    """The tree as a specification: exact sets of allowed parents and children."""

    def test_home_page_holds_the_sections(self):
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                StandardPage,
                CityIndexPage,
                ClusterIndexPage,
                PairingIndexPage,
                CourseIndexPage,
                CaseStudyIndexPage,
                BestPracticeIndexPage,
            },
        )
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_city_directory_holds_only_cities(self):
        self.assertAllowedSubpageTypes(CityIndexPage, {CityPage})
        self.assertAllowedParentPageTypes(CityIndexPage, {HomePage})

    def test_city_lives_only_in_the_directory_and_has_no_children(self):
        self.assertAllowedParentPageTypes(CityPage, {CityIndexPage})
        self.assertAllowedSubpageTypes(CityPage, set())

    def test_cluster_and_pairing_pages_are_leaves_under_home(self):
        for model in (ClusterIndexPage, PairingIndexPage):
            self.assertAllowedParentPageTypes(model, {HomePage})
            self.assertAllowedSubpageTypes(model, set())

    def test_courses_nest_catalogue_course_module_lesson(self):
        self.assertAllowedParentPageTypes(CourseIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(CourseIndexPage, {CoursePage})
        self.assertAllowedParentPageTypes(CoursePage, {CourseIndexPage})
        self.assertAllowedSubpageTypes(CoursePage, {ModulePage})
        self.assertAllowedParentPageTypes(ModulePage, {CoursePage})
        self.assertAllowedSubpageTypes(ModulePage, {LessonPage})
        self.assertAllowedParentPageTypes(LessonPage, {ModulePage})
        self.assertAllowedSubpageTypes(LessonPage, set())

    def test_library_nests_index_then_leaf_pages(self):
        for index, leaf in (
            (CaseStudyIndexPage, CaseStudyPage),
            (BestPracticeIndexPage, BestPracticePage),
        ):
            self.assertAllowedParentPageTypes(index, {HomePage})
            self.assertAllowedSubpageTypes(index, {leaf})
            self.assertAllowedParentPageTypes(leaf, {index})
            self.assertAllowedSubpageTypes(leaf, set())

    def test_standard_pages_nest_under_home_and_each_other(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})


def test_city_cannot_be_created_under_home(home):
    assert not CityPage.can_create_at(home)
    assert not CityPage.can_exist_under(home)


def test_city_can_be_created_in_the_directory(city_index):
    assert CityPage.can_create_at(city_index)


def test_city_cannot_be_created_under_a_standard_page(home):
    about = home.add_child(instance=StandardPage(title="About", slug="about"))
    assert not CityPage.can_create_at(about)
    assert not CityIndexPage.can_create_at(about)


@pytest.mark.parametrize(
    "model",
    [
        CityIndexPage,
        ClusterIndexPage,
        PairingIndexPage,
        CourseIndexPage,
        CaseStudyIndexPage,
        BestPracticeIndexPage,
    ],
)
def test_only_one_index_page_of_each_kind_per_home(home, model):
    assert model.can_create_at(home)
    home.add_child(instance=model(title=model.__name__, slug=model.__name__.lower()))
    assert not model.can_create_at(home)


def test_second_directory_can_be_created_under_another_language_home(home, city_index, translate):
    spanish_home = translate(home, "es")
    assert not CityIndexPage.can_create_at(home)
    assert CityIndexPage.can_create_at(spanish_home)


def _assert_refused(response):
    """Wagtail answers a forbidden admin view with a redirect home and a message."""
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")


def test_admin_refuses_a_city_under_home(admin_client, home):
    url = reverse("wagtailadmin_pages:add", args=("academy", "citypage", home.pk))
    _assert_refused(admin_client.get(url))
    response = admin_client.post(
        url, {"title": "Rosario", "slug": "rosario", "country": "AR"}, follow=True
    )
    assert "Sorry, you do not have permission" in response.content.decode()
    assert not CityPage.objects.exists()


def test_admin_refuses_a_second_directory(admin_client, home, city_index):
    url = reverse("wagtailadmin_pages:add", args=("academy", "cityindexpage", home.pk))
    _assert_refused(admin_client.post(url, {"title": "More cities", "slug": "more-cities"}))
    assert CityIndexPage.objects.child_of(home).count() == 1


def test_admin_offers_only_allowed_page_types_under_the_directory(admin_client, city_index):
    response = admin_client.get(reverse("wagtailadmin_pages:add_subpage", args=(city_index.pk,)))
    # With a single allowed type Wagtail goes straight to its form.
    assert response.status_code == 302
    assert response.url == reverse(
        "wagtailadmin_pages:add", args=("academy", "citypage", city_index.pk)
    )
