from __future__ import annotations

from django.urls import path

from curbside.practices import views

app_name = "practices"
urlpatterns = [
    path("", views.practice_list, name="practice-list"),
    path("my-inbox/", views.my_inbox, name="my-inbox"),
    path("<slug:slug>/", views.practice_detail, name="practice-detail"),
    path("<slug:slug>/edit/", views.practice_edit, name="practice-edit"),
    path("<slug:slug>/consultation/", views.consultation_create, name="consultation-create"),
    path("<slug:slug>/inbox/", views.inbox, name="inbox"),
    path("<slug:slug>/inbox/<int:request_id>/", views.inbox_detail, name="inbox-detail"),
]
