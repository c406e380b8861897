from __future__ import annotations

from django.contrib import admin
from django.urls import include, path

from curbside.api import api

urlpatterns = [
    path("", include("curbside.qa.urls")),
    path("accounts/", include("curbside.accounts.urls")),
    path("doctors/", include("curbside.providers.urls")),
    path("moderation/", include("curbside.moderation.urls")),
    path("api/v1/", api.urls),
    path("admin/", admin.site.urls),
]
