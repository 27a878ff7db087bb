"""factory_boy factories for Academy pages; the fixtures in conftest.py wrap them."""

from decimal import Decimal

import factory
import wagtail_factories

from academy.models import CityIndexPage, CityPage


class CityIndexPageFactory(wagtail_factories.PageFactory):
    title = "Cities"
    slug = "cities"

    class Meta:
        model = CityIndexPage


class CityPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"City {n:03d}")
    country = "AR"
    population = 500_000
    latitude = Decimal("-32.94680")
    longitude = Decimal("-60.63930")

    class Meta:
        model = CityPage
