from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from curbside.accounts.access import require_moderator, require_signed_in
from curbside.lib.forms import form_add_service_errors
from curbside.lib.pagination import paginate
from curbside.reviews import access, services
from curbside.reviews.forms import (
    FlagDecisionForm,
    FlagForm,
    ReplyForm,
    ReviewCreateForm,
    ReviewDecisionForm,
    ReviewForm,
)
from curbside.reviews.models import Review, ReviewFlag

QUEUE_LENGTH = 50


@login_required
def review_create(request: HttpRequest, physician_slug: str) -> HttpResponse:
    author, physician = access.get_physician_for_review(request.user, physician_slug)
    initial = {"treatment": request.GET.get("treatment", "")}
    form = ReviewCreateForm(request.POST or None, physician=physician, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.review_create(author=author, physician=physician, **form.cleaned_data)
        except ValidationError as exc:
            form_add_service_errors(form, exc)
        else:
            messages.success(
                request, "Thank you. Your review will appear once a moderator has checked it."
            )
            return redirect("reviews:mine")
    status = 400 if form.errors else 200
    context = {"form": form, "physician": physician}
    return render(request, "reviews/review_form.html", context, status=status)


@login_required
def review_edit(request: HttpRequest, review_id: int) -> HttpResponse:
    review = access.get_review_for_edit(request.user, review_id)
    fields = ["stars", "worth_it", "title", "body", "cost_usd"]
    form = ReviewForm(request.POST or None, initial={f: getattr(review, f) for f in fields})
    if request.method == "POST" and form.is_valid():
        try:
            services.review_edit(review=review, **form.cleaned_data)
        except ValidationError as exc:
            form_add_service_errors(form, exc)
        else:
            messages.success(
                request,
                "Your review is updated; the earlier version is kept. It will be shown again "
                "once a moderator has checked it.",
            )
            return redirect("reviews:mine")
    status = 400 if form.errors else 200
    context = {"form": form, "physician": review.physician, "review": review}
    return render(request, "reviews/review_form.html", context, status=status)


@login_required
def mine(request: HttpRequest) -> HttpResponse:
    user = require_signed_in(request.user)
    reviews = (
        Review.objects.by_author(user)
        .select_related("physician", "treatment", "reply")
        .order_by("-created_at", "-pk")
    )
    return render(request, "reviews/mine.html", {"page": paginate(request, reviews)})


@login_required
def review_flag(request: HttpRequest, review_id: int) -> HttpResponse:
    review, user = access.get_review_for_flag(request.user, review_id)
    form = FlagForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.review_flag(review=review, user=user, **form.cleaned_data)
        except ValidationError as exc:
            form_add_service_errors(form, exc)
        else:
            messages.success(request, "Thank you. A moderator will look at this review.")
            return redirect(review)
    status = 400 if form.errors else 200
    return render(
        request, "reviews/flag_form.html", {"form": form, "review": review}, status=status
    )


@login_required
def review_reply(request: HttpRequest, review_id: int) -> HttpResponse:
    review, physician = access.get_review_for_reply(request.user, review_id)
    form = ReplyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.review_reply(review=review, physician=physician, **form.cleaned_data)
        except ValidationError as exc:
            form_add_service_errors(form, exc)
        else:
            messages.success(request, "Your reply is published under the review.")
            return redirect(review)
    status = 400 if form.errors else 200
    return render(
        request, "reviews/reply_form.html", {"form": form, "review": review}, status=status
    )


@login_required
def moderation_queue(request: HttpRequest) -> HttpResponse:
    require_moderator(request.user)
    return _render_queue(request)


def _render_queue(request: HttpRequest, errors: list[str] | None = None) -> HttpResponse:
    pending = Review.objects.pending().for_moderation().order_by("updated_at", "pk")
    flags = ReviewFlag.objects.open().for_moderation()
    context = {
        "pending": pending[:QUEUE_LENGTH],
        "pending_total": pending.count(),
        "flags": flags[:QUEUE_LENGTH],
        "flags_total": flags.count(),
        "errors": errors or [],
    }
    return render(request, "reviews/moderation.html", context, status=400 if errors else 200)


@require_POST
@login_required
def review_moderate(request: HttpRequest, review_id: int) -> HttpResponse:
    review, moderator = access.get_review_for_moderation(request.user, review_id)
    form = ReviewDecisionForm(request.POST)
    try:
        if not form.is_valid():
            raise ValidationError([e for errs in form.errors.values() for e in errs])
        if form.cleaned_data["decision"] == "publish":
            services.review_publish(review=review, moderator=moderator)
        else:
            services.review_remove(
                review=review, moderator=moderator, reason=form.cleaned_data["reason"]
            )
    except ValidationError as exc:
        return _render_queue(request, errors=exc.messages)
    messages.success(request, f"“{review.title}”: {review.get_status_display().lower()}.")
    return redirect("reviews:moderation")


@require_POST
@login_required
def flag_resolve(request: HttpRequest, flag_id: int) -> HttpResponse:
    flag, moderator = access.get_flag_for_moderation(request.user, flag_id)
    form = FlagDecisionForm(request.POST)
    try:
        if not form.is_valid():
            raise ValidationError([e for errs in form.errors.values() for e in errs])
        reason = form.cleaned_data["reason"]
        if form.cleaned_data["decision"] == "dismiss":
            services.review_flag_dismiss(flag=flag, moderator=moderator, reason=reason)
        else:
            services.review_remove(review=flag.review, moderator=moderator, reason=reason)
    except ValidationError as exc:
        return _render_queue(request, errors=exc.messages)
    messages.success(request, f"Flag on “{flag.review.title}” resolved.")
    return redirect("reviews:moderation")
