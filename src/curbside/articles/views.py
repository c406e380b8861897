from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from curbside.articles import access, services
from curbside.articles.forms import ArticleForm
from curbside.articles.models import Article
from curbside.catalogue.models import Treatment
from curbside.lib.forms import form_add_service_errors
from curbside.lib.pagination import paginate


def article_list(request: HttpRequest) -> HttpResponse:
    articles = Article.objects.published().for_list().recent()
    treatment = None
    if slug := request.GET.get("treatment", ""):
        treatment = access.get_treatment_for_filter(slug)
        articles = articles.for_treatment(treatment)
    writer = access.writer_of(request.user)
    return render(
        request,
        "articles/article_list.html",
        {
            "page": paginate(request, articles),
            "treatment": treatment,
            "treatments": Treatment.objects.all(),
            "writer": writer,
            "mine": access.get_articles_for_writer(writer)[:20] if writer else None,
        },
    )


@login_required
def article_create(request: HttpRequest) -> HttpResponse:
    writer = access.require_writer(request.user)
    form = ArticleForm(request.POST or None, writer=writer)
    if request.method == "POST" and form.is_valid():
        try:
            article = services.article_create(author=writer.user, **form.cleaned_data)
        except ValidationError as exc:
            form_add_service_errors(form, exc)
        else:
            messages.success(request, "Your draft is saved. Check it, then publish it.")
            return redirect(article)
    status = 400 if form.errors else 200
    return render(
        request, "articles/article_form.html", {"form": form, "writer": writer}, status=status
    )


@login_required
def article_edit(request: HttpRequest, slug: str) -> HttpResponse:
    article, writer = access.get_article_for_edit(request.user, slug)
    initial = {
        "title": article.title,
        "summary": article.summary,
        "body": article.body,
        "treatments": list(article.treatments.all()),
        "reviewer": article.reviewed_by,
    }
    form = ArticleForm(request.POST or None, initial=initial, writer=writer)
    if request.method == "POST" and form.is_valid():
        try:
            services.article_edit(article=article, editor=writer.user, **form.cleaned_data)
        except ValidationError as exc:
            form_add_service_errors(form, exc)
        else:
            messages.success(request, "Your changes are saved.")
            return redirect(article)
    status = 400 if form.errors else 200
    context = {"form": form, "writer": writer, "article": article}
    return render(request, "articles/article_form.html", context, status=status)
