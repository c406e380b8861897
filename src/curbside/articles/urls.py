from __future__ import annotations

from django.urls import path

from curbside.articles import views

app_name = "articles"
urlpatterns = [
    path("", views.article_list, name="article-list"),
    # Before the article routes: article_slug() never yields "new".
    path("new/", views.article_create, name="article-create"),
    path("<slug:slug>/edit/", views.article_edit, name="article-edit"),
]
