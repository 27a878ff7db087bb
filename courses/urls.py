from django.urls import path

from courses import views

urlpatterns = [
    path("", views.dashboard, name="learning_dashboard"),
    path("courses/<int:course_id>/enrol/", views.enrol, name="learning_enrol"),
    path(
        "lessons/<int:lesson_id>/complete/",
        views.complete_lesson,
        name="learning_complete_lesson",
    ),
    path(
        "lessons/<int:lesson_id>/quizzes/<str:quiz_id>/",
        views.submit_quiz,
        name="learning_submit_quiz",
    ),
]
