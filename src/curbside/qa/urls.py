from __future__ import annotations

from django.urls import path

from curbside.qa import views

app_name = "qa"
urlpatterns = [
    path("", views.home, name="home"),
    path("questions/<int:question_id>/answer/", views.answer_create, name="answer-create"),
    path("questions/<int:question_id>/follow/", views.question_follow, name="question-follow"),
    path("answers/<int:answer_id>/edit/", views.answer_edit, name="answer-edit"),
    path("answers/<int:answer_id>/helpful/", views.answer_helpful, name="answer-helpful"),
    path("answers/<int:answer_id>/agree/", views.answer_agree, name="answer-agree"),
    path("queue/", views.queue, name="queue"),
    path("questions/mine/", views.my_questions, name="my-questions"),
]
