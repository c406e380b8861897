"""The URLs of web's pages, by the section they belong to. curbside/urls.py includes each list
with its section's own patterns, under the section's namespace (qa:, providers:, articles:),
so a page keeps its name and its place whichever app serves it."""

from __future__ import annotations

from django.urls import URLPattern, path

from curbside.web import views

QA: list[URLPattern] = [
    path("questions/", views.question_list, name="question-list"),
    path("treatments/", views.treatment_list, name="treatment-list"),
    path("treatments/<slug:slug>/", views.treatment_detail, name="treatment-detail"),
    path("questions/<int:question_id>/", views.question_detail, name="question-detail-short"),
    # After qa's own routes (curbside/urls.py): question_slug() never yields "answer" or "follow".
    path("questions/<int:question_id>/<slug:slug>/", views.question_detail, name="question-detail"),
    path("ask/", views.ask, name="ask"),
    path("ask/similar/", views.ask_similar, name="ask-similar"),
]

PROVIDERS: list[URLPattern] = [
    path("<slug:slug>/", views.physician_detail, name="physician-detail"),
]

ARTICLES: list[URLPattern] = [
    path("<slug:slug>/", views.article_detail, name="article-detail"),
    path("<slug:slug>/publish/", views.article_publish, name="article-publish"),
    path("<slug:slug>/remove/", views.article_remove, name="article-remove"),
]
