from __future__ import annotations

from django.urls import path

from curbside.moderation import views

app_name = "moderation"
urlpatterns = [
    path("", views.queue, name="queue"),
    path(
        "physicians/<int:physician_id>/verification/",
        views.physician_verification,
        name="physician-verification",
    ),
    path("triage/<int:hold_id>/", views.triage_hold_resolve, name="triage-hold-resolve"),
    path("claims/<int:flag_id>/", views.claim_flag_decide, name="claim-flag-decide"),
]
