"""The pages that put several apps together: a treatment with its questions, articles and
evidence panel; a question with its cached answers, claim notes, similar questions and triage
notice; asking, with the already-answered suggestions; a physician's profile with their answers,
reviews and articles; an article with its claim notes. Their URLs keep the names of the section
they belong to (qa:, providers:, articles:), assembled in curbside/urls.py."""

from __future__ import annotations

import logging
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from curbside.accounts.access import require_patient
from curbside.accounts.models import User
from curbside.articles import access as article_access
from curbside.articles import services as article_services
from curbside.articles.forms import RemoveForm
from curbside.articles.models import Article, ArticleStatus
from curbside.articles.seo import article_jsonld
from curbside.audit.models import AuditEntry
from curbside.catalogue import access as catalogue_access
from curbside.catalogue.models import Treatment
from curbside.claims.notes import article_with_notes
from curbside.evidence.rendering import attach_badges, evidence_panel_html
from curbside.evidence.revision import revision_of, with_evidence_revision
from curbside.lib.forms import form_add_service_errors
from curbside.lib.pagination import other_params, paginate
from curbside.limits.http import rate_limited
from curbside.providers import access as provider_access
from curbside.qa import access, services
from curbside.qa.forms import AskForm
from curbside.qa.models import HelpfulVote, Question, QuestionFollow, QuestionStatus
from curbside.reviews.access import review_controls
from curbside.reviews.summary import treatment_reviews
from curbside.search.hybrid import similar_questions, similar_to_question
from curbside.search.semantic import text_hash
from curbside.triage.models import TriageHold
from curbside.web import profile
from curbside.web.question_page import DEFAULT_SORT, SORTS, question_page

logger = logging.getLogger(__name__)

TREATMENT_PAGE_ARTICLES = 5


def treatment_detail(request: HttpRequest, slug: str) -> HttpResponse:
    treatment = catalogue_access.get_treatment_for_view(
        slug, with_evidence_revision(Treatment.objects.all())
    )
    revision = revision_of(treatment)
    questions = Question.objects.published().for_treatment(treatment).for_list().recent()
    articles = Article.objects.published().for_treatment(treatment).recent()
    page = paginate(request, questions)
    attach_badges(page, revision=revision)
    return render(
        request,
        "qa/treatment_detail.html",
        {
            "treatment": treatment,
            "page": page,
            "articles": articles[:TREATMENT_PAGE_ARTICLES],
            "reviews": treatment_reviews(treatment),
            "evidence_html": evidence_panel_html(
                treatment_slug=treatment.slug, treatment_name=treatment.name, revision=revision
            ),
        },
    )


# How /questions/ may be ordered (?sort=): the first is the default.
QUESTION_SORTS = {"recent": "Newest", "helpful": "Most helpful", "answered": "Most answered"}


def question_list(request: HttpRequest) -> HttpResponse:
    """Every published question, to browse: by treatment, newest, most helpful or most
    answered first."""
    questions = Question.objects.published().for_list()
    treatment = None
    if slug := request.GET.get("treatment", ""):
        treatment = catalogue_access.get_treatment_for_view(slug, Treatment.objects.all())
        questions = questions.for_treatment(treatment)
    sort = request.GET.get("sort", "recent")
    sort = sort if sort in QUESTION_SORTS else "recent"
    if sort == "helpful":
        questions = questions.order_by("-helpful_total", "-created_at", "-pk")
    elif sort == "answered":
        questions = questions.order_by("-answer_count", "-created_at", "-pk")
    else:
        questions = questions.recent()
    page = paginate(request, questions)
    attach_badges(page, revision=revision_of(treatment))
    return render(
        request,
        "qa/question_list.html",
        {
            "page": page,
            "page_params": other_params(request),
            "treatment": treatment,
            "treatments": Treatment.objects.all(),
            "sort": sort,
            "sorts": list(QUESTION_SORTS.items()),
        },
    )


def treatment_list(request: HttpRequest) -> HttpResponse:
    """The treatments, by kind, with how many published questions each has."""
    treatments = Treatment.objects.annotate(
        question_count=Count("questions", filter=Q(questions__status=QuestionStatus.PUBLISHED))
    ).order_by("kind", "name")
    return render(request, "qa/treatment_list.html", {"treatments": treatments})


def question_detail(request: HttpRequest, question_id: int, slug: str = "") -> HttpResponse:
    # With the evidence revision, which keys the cached page (its label badge) at no query.
    question = access.get_question_for_view(
        request.user,
        question_id,
        with_evidence_revision(Question.objects.select_related("author")),
    )
    if slug != question.slug:
        return redirect(question, permanent=True)
    return render(request, "qa/question_detail.html", _question_context(request, question))


def _question_context(request: HttpRequest, question: Question) -> dict[str, object]:
    """What the viewer may do on this page, decided here and not in the template."""
    user = request.user if isinstance(request.user, User) else None
    sort = request.GET.get("sort", DEFAULT_SORT)
    sort = sort if sort in SORTS else DEFAULT_SORT
    page = question_page(question, sort)
    answer_ids = [slot.pk for slot in page.slots]
    physician = getattr(user, "physician", None) if user is not None and user.is_physician else None
    me = physician if physician is not None and physician.is_verified else None
    context: dict[str, object] = {
        "question": question,
        "page": page,
        "sort": sort,
        "sorts": [(key, label) for key, (label, _) in SORTS.items()],
        "me_physician": me,
        "pending_physician": physician is not None and me is None,
        "has_answered": me is not None and any(s.physician_id == me.pk for s in page.slots),
        "similar_html": _similar_html(question) if question.is_public else "",
        "following": user is not None
        and QuestionFollow.objects.filter(question=question, user=user).exists(),
    }
    if not question.is_public:  # only its asker and moderators get here (access.py)
        context["triage_hold"] = TriageHold.objects.filter(question=question).first()
        context["is_asker"] = user is not None and question.author_id == user.pk
    if user is not None and user.is_patient:
        helpful = HelpfulVote.objects.filter(user=user, answer_id__in=answer_ids)
        context["can_vote"] = True
        context["helpful_ids"] = set(helpful.values_list("answer_id", flat=True))
    elif me is not None:
        agreed = me.agreements.filter(answer_id__in=answer_ids)
        context["agreed_ids"] = set(agreed.values_list("answer_id", flat=True))
    # Readers with controls get them rendered between the cached chunks; visitors, who have
    # none, get the cached copy with the counts already in place.
    context["has_controls"] = "can_vote" in context or me is not None
    return context


SIMILAR_COUNT = 5


# The "Similar questions" section is cached per version of the question's text, apart from the
# answers (qa.page), so new answers don't recompute it; a question published since shows up
# within this long.
SIMILAR_CACHE_SECONDS = 10 * 60


def _similar_html(question: Question) -> str:
    """The rendered "Similar questions" section, from the cache on every request but the
    first; empty rather than an error page when search fails."""
    version = text_hash(f"{question.title}\0{question.body}")[:16]
    key = f"qa:similar:{question.pk}:{version}"
    html: str | None = cache.get(key)
    if html is None:
        try:
            similar = similar_to_question(question, limit=SIMILAR_COUNT)
        except Exception:  # a courtesy list: the question page must not fail with it
            logger.exception("Similar questions failed for question %s", question.pk)
            return ""
        html = render_to_string("search/_similar.html", {"similar": similar})
        cache.set(key, html, SIMILAR_CACHE_SECONDS)
    return html


@login_required
def ask(request: HttpRequest) -> HttpResponse:
    user = require_patient(request.user)
    chosen = Treatment.objects.filter(slug=request.GET.get("treatment", ""))
    form = AskForm(request.POST or None, initial={"treatments": chosen})
    if request.method == "POST" and form.is_valid():
        try:
            question = services.question_ask(author=user, **form.cleaned_data)
        except ValidationError as exc:
            form_add_service_errors(form, exc)
        else:
            # A question held by triage opens on its emergency notice instead (_question_context).
            if question.is_public:
                messages.success(
                    request, "Your question is posted. We'll e-mail you when a doctor answers."
                )
            return redirect(question)
    status = 400 if form.errors else 200
    context: dict[str, object] = {"form": form}
    if form.errors:  # without JavaScript, the suggestions come with the errors
        context["similar"] = _ask_suggestions(
            str(form.data.get("title", "")), str(form.data.get("body", ""))
        )
    return render(request, "qa/ask.html", context, status=status)


ASK_SUGGESTIONS = 5


ASK_TEXT_MAX = 2000


# Scores are hubness-corrected cosines (search.vectors). A missed "already answered" costs the
# patient more than a suggestion they skip, so this keeps at least 98% of the paraphrases in both
# our development sets (bench/data/similar_*.jsonl: 100% and 98.3%); questions about other
# treatments score about 0.1-0.2.
ASK_MIN_SCORE = 0.25


def _ask_suggestions(title: str, body: str) -> list[dict[str, object]]:
    text = f"{title.strip()} {body.strip()}".strip()[:ASK_TEXT_MAX]
    if len(text) < 3:
        return []
    try:
        found = similar_questions(text, limit=ASK_SUGGESTIONS, answered_only=True)
    except Exception:  # a courtesy list: asking must work even when search does not
        logger.exception("Similar questions failed on the ask page")
        return []
    shown = [s for s in found if s.score >= ASK_MIN_SCORE]
    counts = dict(
        Question.objects.filter(pk__in=[s.id for s in shown]).values_list("pk", "answer_count")
    )
    return [{"title": s.title, "url": s.url, "answers": counts.get(s.id, 0)} for s in shown]


@require_GET
@rate_limited("similar")
def ask_similar(request: HttpRequest) -> HttpResponse:
    """The ask page's "Already answered" list for the text typed so far (an htmx partial);
    public data, so open to anyone, like GET /api/v1/questions/similar."""
    similar = _ask_suggestions(request.GET.get("title", ""), request.GET.get("body", ""))
    return render(request, "search/_similar_ask.html", {"similar": similar})


PROFILE_ANSWERS = 10


PROFILE_REVIEWS_PAGE_SIZE = 10


PROFILE_ARTICLES = 10


def physician_detail(request: HttpRequest, slug: str) -> HttpResponse:
    physician = provider_access.get_physician_for_profile(request.user, slug)
    user = request.user if isinstance(request.user, User) else None
    practice = physician.practice
    reviews = paginate(request, profile.reviews(physician), per_page=PROFILE_REVIEWS_PAGE_SIZE)
    context = {
        "physician": physician,
        "is_owner": user is not None and user.pk == physician.user_id,
        "answers": profile.recent_answers(physician)[:PROFILE_ANSWERS],
        "reviews": reviews,
        "controls": review_controls(request.user, reviews),
        "stars": profile.star_distribution(physician),
        "articles": profile.articles(physician)[:PROFILE_ARTICLES],
        "practice_url": f"/practices/{practice.slug}/" if practice else "",
        # Visitors are asked to sign in there; other roles don't write reviews.
        "review_url": reverse("reviews:create", args=[physician.slug])
        if physician.is_verified and (user is None or user.is_patient)
        else "",
        "jsonld": profile.physician_jsonld(physician),
    }
    return render(request, "providers/physician_detail.html", context)


def article_detail(request: HttpRequest, slug: str) -> HttpResponse:
    article = article_access.get_article_for_view(request.user, slug)
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
        "can_edit": article_access.can_edit(request.user, article),
        "can_remove": article_access.can_remove(request.user, article),
        "remove_form": remove_form,
        "removal": removal,
    }
    context["body_html"], context["evidence_notes"] = article_with_notes(article)
    return render(request, "articles/article_detail.html", context, status=status)


@require_POST
@login_required
def article_publish(request: HttpRequest, slug: str) -> HttpResponse:
    article, writer = article_access.get_article_for_edit(request.user, slug)
    try:
        article_services.article_publish(article=article, editor=writer.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return _render_detail(request, article, RemoveForm(), status=400)
    messages.success(request, "Your article is published.")
    return redirect(article)


@require_POST
@login_required
def article_remove(request: HttpRequest, slug: str) -> HttpResponse:
    article, moderator = article_access.get_article_for_removal(request.user, slug)
    form = RemoveForm(request.POST)
    if form.is_valid():
        try:
            article_services.article_remove(
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
