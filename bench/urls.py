"""The site's URLs plus the floor: a bare view rendering the same base template."""

from django.shortcuts import render
from django.urls import path

from academy.urls import urlpatterns as site_urlpatterns


def floor_view(request):
    return render(request, "base.html", {})


urlpatterns = [path("__bench_floor__/", floor_view), *site_urlpatterns]
