from __future__ import annotations

from django.urls import path

from curbside.reviews import views

app_name = "reviews"
urlpatterns = [
    path("new/<slug:physician_slug>/", views.review_create, name="create"),
    path("mine/", views.mine, name="mine"),
    path("<int:review_id>/edit/", views.review_edit, name="edit"),
    path("<int:review_id>/flag/", views.review_flag, name="flag"),
    path("<int:review_id>/reply/", views.review_reply, name="reply"),
    path("<int:review_id>/moderate/", views.review_moderate, name="moderate"),
    path("moderation/", views.moderation_queue, name="moderation"),
    path("flags/<int:flag_id>/resolve/", views.flag_resolve, name="flag-resolve"),
]
