"""Sections that an app adds to pages it does not own.

A page that shows other apps' content (a city profile, a cluster hub, the home page, a case
study) asks for its sections by the name of a Wagtail hook; each app registers, in its own
``wagtail_hooks.py``, a function that returns a :class:`Section` or None (nothing to show)::

    @hooks.register(CITY_PROFILE_SECTIONS)
    def courses_for_city(*, page, request):
        courses = selectors.courses_for_city(city=page)
        return Section("courses", "courses/sections/city_courses.html", {"courses": courses}, 30)

The page template renders them in order with ``{% render_sections sections %}``. So a new app
plugs into the pages it appears on without editing them, and the page's app never imports it.
"""

from dataclasses import dataclass, field

from wagtail import hooks

# The pages that take sections, and the keyword arguments their hooks receive.
HOME_SECTIONS = "academy_home_sections"  # page (the HomePage), request
CITY_PROFILE_SECTIONS = "academy_city_profile_sections"  # page (the CityPage), request
CLUSTER_HUB_SECTIONS = "academy_cluster_hub_sections"  # cluster, locale, request
CASE_STUDY_SECTIONS = "academy_case_study_sections"  # page (the CaseStudyPage), request


@dataclass(frozen=True)
class Section:
    """One block of a page: a template and its context, placed by ``order`` (low first)."""

    key: str
    template: str
    context: dict = field(default_factory=dict)
    order: int = 100


def sections(hook_name: str, **kwargs) -> list[Section]:
    """Every section registered for ``hook_name``, called with ``kwargs``, in order."""
    found = [hook(**kwargs) for hook in hooks.get_hooks(hook_name)]
    return sorted((section for section in found if section), key=lambda s: (s.order, s.key))
