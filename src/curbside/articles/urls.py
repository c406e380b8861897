from __future__ import annotations

from django.urls import path

from curbside.articles import views

app_name = "articles"
urlpatterns = [
    path("", views.article_list, name="article-list"),
    # Before the article routes: article_slug() never yields "new".
    path("new/", views.article_create, name="article-create"),
    path("<slug:slug>/", views.article_detail, name="article-detail"),
    path("<slug:slug>/edit/", views.article_edit, name="article-edit"),
    path("<slug:slug>/publish/", views.article_publish, name="article-publish"),
    path("<slug:slug>/remove/", views.article_remove, name="article-remove"),
]
