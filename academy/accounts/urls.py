from django.urls import path

from academy.accounts import views

urlpatterns = [
    path("profile/", views.profile, name="learner_profile"),
]
