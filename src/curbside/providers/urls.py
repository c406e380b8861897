from __future__ import annotations

from django.urls import path

from curbside.providers import views

app_name = "providers"
urlpatterns = [
    path("", views.physician_list, name="physician-list"),
]
