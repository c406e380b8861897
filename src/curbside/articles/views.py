from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from curbside.articles import access, services
from curbside.articles.forms import ArticleForm, RemoveForm
from curbside.articles.models import Article, ArticleStatus
from curbside.articles.seo import article_jsonld
from curbside.claims.notes import article_with_notes
from curbside.lib.forms import form_add_service_errors
from curbside.lib.pagination import paginate
from curbside.moderation.models import AuditEntry
from curbside.qa.models import Treatment


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


def article_detail(request: HttpRequest, slug: str) -> HttpResponse:
    article = access.get_article_for_view(request.user, slug)
    return _render_detail(request, article, RemoveForm())


def _render_detail(
    request: HttpRequest, article: Article, remove_form: RemoveForm, status: int = 200
) -> HttpResponse:
    """The article page, with what this viewer may do on it decided here, not in the
    template."""
    removal = None
    if article.status == ArticleStatus.REMOVED:
        removal = AuditEntry.objects.filter(
            action="article.remove", target_type="articles.article", target_id=article.pk
        ).first()
    context: dict[str, Any] = {
        "article": article,
        "jsonld": article_jsonld(article),
        "can_edit": access.can_edit(request.user, article),
        "can_remove": access.can_remove(request.user, article),
        "remove_form": remove_form,
        "removal": removal,
    }
    context["body_html"], context["evidence_notes"] = article_with_notes(article)
    return render(request, "articles/article_detail.html", context, status=status)


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


@require_POST
@login_required
def article_publish(request: HttpRequest, slug: str) -> HttpResponse:
    article, writer = access.get_article_for_edit(request.user, slug)
    try:
        services.article_publish(article=article, editor=writer.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return _render_detail(request, article, RemoveForm(), status=400)
    messages.success(request, "Your article is published.")
    return redirect(article)


@require_POST
@login_required
def article_remove(request: HttpRequest, slug: str) -> HttpResponse:
    article, moderator = access.get_article_for_removal(request.user, slug)
    form = RemoveForm(request.POST)
    if form.is_valid():
        try:
            services.article_remove(
                article=article, moderator=moderator, reason=form.cleaned_data["reason"]
            )
        except ValidationError as exc:
            if hasattr(exc, "error_dict"):  # about the reason: shown beside it
                form_add_service_errors(form, exc)
            else:  # about the article, whose form may not be on the page
                messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, "The article is removed; the reason is in the audit log.")
            return redirect(article)
    return _render_detail(request, article, form, status=400)
