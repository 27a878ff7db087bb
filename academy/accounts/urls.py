from django.urls import path

from academy.accounts import views

urlpatterns = [
    path("profile/", views.profile, name="learner_profile"),
    path("profile/export/", views.data_export, name="learner_data_export"),
    path("delete/", views.delete_account, name="learner_delete_account"),
]
