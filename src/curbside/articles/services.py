"""Every write to articles: create, edit, publish, remove. Each validates what it is given
and runs in one transaction, so an article is never saved in part."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import slugify

from curbside.accounts.models import User
from curbside.articles.access import Writer, writer_of
from curbside.articles.models import (
    BODY_MAX,
    MAX_TREATMENTS,
    SUMMARY_MAX,
    TITLE_MAX,
    Article,
    ArticleStatus,
)
from curbside.articles.signals import article_written
from curbside.audit.services import audit_record
from curbside.catalogue.models import Treatment
from curbside.lib.text import clean_field, render_markdown
from curbside.providers.models import Physician

TITLE_MIN = 10
BODY_MIN = 200
REASON_MAX = 1000
# Paths under /articles/ that are not articles.
_RESERVED_SLUGS = {"new"}


def article_slug(title: str) -> str:
    """A slug from the title that no article has yet: 'title', then 'title-2', 'title-3'…"""
    base = slugify(title)[:80].strip("-") or "article"
    if base in _RESERVED_SLUGS:
        base = f"{base}-article"
    taken = set(Article.objects.filter(slug__startswith=base).values_list("slug", flat=True))
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


def article_validate(
    *,
    writer: Writer,
    title: str,
    summary: str,
    body: str,
    treatments: Sequence[Treatment],
    reviewer: Physician | None,
) -> dict[str, str]:
    """The cleaned text fields, or one ValidationError with a message for every bad field."""
    errors: dict[str, list[str]] = {}
    cleaned = {
        "title": clean_field(
            errors,
            "title",
            title,
            label="Title",
            max_length=TITLE_MAX,
            min_length=TITLE_MIN,
            multiline=False,
        ),
        "summary": clean_field(
            errors,
            "summary",
            summary,
            label="Summary",
            max_length=SUMMARY_MAX,
            min_length=0,
            multiline=False,
        )
        if summary
        else "",
        "body": clean_field(
            errors, "body", body, label="Article", max_length=BODY_MAX, min_length=BODY_MIN
        ),
    }
    if not treatments:
        errors["treatments"] = ["Choose at least one treatment the article is about."]
    elif len(set(treatments)) > MAX_TREATMENTS:
        errors["treatments"] = [f"Choose at most {MAX_TREATMENTS} treatments."]
    if reviewer is not None:
        if writer.physician is not None:
            if reviewer != writer.physician:
                errors["reviewer"] = ["Your own articles are reviewed by you."]
        elif (
            writer.practice is None
            or reviewer.practice_id != writer.practice.pk
            or not reviewer.is_verified
        ):
            errors["reviewer"] = ["Choose a verified physician of your practice, or none."]
    if errors:
        raise ValidationError(errors)
    return cleaned


def _writer(user: User) -> Writer:
    writer = writer_of(user)
    if writer is None:
        raise ValidationError("Only verified physicians and practice staff can write articles.")
    return writer


def _stamp_review(
    article: Article, *, editor: Writer, reviewer: Physician | None, when: datetime
) -> None:
    """A physician's own article is reviewed by them whenever they save or publish it; a
    practice's article by the physician of the practice its staff name, if any."""
    if article.physician_id is not None:
        if editor.physician is not None and editor.physician.pk == article.physician_id:
            article.reviewed_by = editor.physician
            article.last_reviewed = timezone.localdate(when)
        return
    article.reviewed_by = reviewer
    article.last_reviewed = timezone.localdate(when) if reviewer is not None else None


def article_create(
    *,
    author: User,
    title: str,
    body: str,
    treatments: Sequence[Treatment],
    summary: str = "",
    reviewer: Physician | None = None,
    created_at: datetime | None = None,
) -> Article:
    """A draft under the author's byline: their physician profile (and its practice), or, for
    practice staff, their practice."""
    writer = _writer(author)
    cleaned = article_validate(
        writer=writer,
        title=title,
        summary=summary,
        body=body,
        treatments=treatments,
        reviewer=reviewer,
    )
    now = created_at or timezone.now()
    article = Article(
        title=cleaned["title"],
        summary=cleaned["summary"],
        body=cleaned["body"],
        body_html=render_markdown(cleaned["body"]),
        author=author,
        physician=writer.physician,
        practice=writer.practice,
        status=ArticleStatus.DRAFT,
        updated_at=now,
    )
    _stamp_review(article, editor=writer, reviewer=reviewer, when=now)
    with transaction.atomic():
        for attempt in range(3):
            article.slug = article_slug(cleaned["title"])
            try:
                with transaction.atomic():
                    article.save()
                break
            except IntegrityError:  # another article took the slug a moment ago
                if attempt == 2:
                    raise
        article.treatments.set(treatments)
        article_written.send(sender=Article, article_id=article.pk, text_changed=True)
    return article


def article_edit(
    *,
    article: Article,
    editor: User,
    title: str,
    body: str,
    treatments: Sequence[Treatment],
    summary: str = "",
    reviewer: Physician | None = None,
    edited_at: datetime | None = None,
) -> Article:
    """Replace the article's text and tags. The slug stays, so links keep working."""
    writer = _writer(editor)
    if article.status == ArticleStatus.REMOVED:
        raise ValidationError("A moderator removed this article; it can no longer be edited.")
    cleaned = article_validate(
        writer=writer,
        title=title,
        summary=summary,
        body=body,
        treatments=treatments,
        reviewer=reviewer,
    )
    now = edited_at or timezone.now()
    article.title = cleaned["title"]
    article.summary = cleaned["summary"]
    article.body = cleaned["body"]
    article.body_html = render_markdown(cleaned["body"])
    article.updated_at = now
    _stamp_review(article, editor=writer, reviewer=reviewer, when=now)
    with transaction.atomic():
        article.save(
            update_fields=[
                "title",
                "summary",
                "body",
                "body_html",
                "updated_at",
                "reviewed_by",
                "last_reviewed",
            ]
        )
        article.treatments.set(treatments)
        article_written.send(sender=Article, article_id=article.pk, text_changed=True)
    return article


def article_publish(
    *, article: Article, editor: User, published_at: datetime | None = None
) -> Article:
    """Draft → published. Publishing a published article changes nothing."""
    writer = _writer(editor)
    if article.status == ArticleStatus.REMOVED:
        raise ValidationError("A moderator removed this article; it can't be published again.")
    if article.status == ArticleStatus.PUBLISHED:
        return article
    now = published_at or timezone.now()
    article.status = ArticleStatus.PUBLISHED
    article.published_at = now
    article.updated_at = now
    fields = ["status", "published_at", "updated_at"]
    if article.physician_id is not None:
        _stamp_review(article, editor=writer, reviewer=None, when=now)
        fields += ["reviewed_by", "last_reviewed"]
    with transaction.atomic():
        article.save(update_fields=fields)
        article_written.send(sender=Article, article_id=article.pk, text_changed=False)
    return article


def article_remove(*, article: Article, moderator: User, reason: str) -> Article:
    """Take an article down, on the record: the reason goes to the audit log."""
    if not moderator.is_moderator:
        raise ValidationError("Only moderators can remove articles.")
    if article.status == ArticleStatus.REMOVED:
        raise ValidationError("This article has already been removed.")
    errors: dict[str, list[str]] = {}
    cleaned = clean_field(errors, "reason", reason, label="Reason", max_length=REASON_MAX)
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        article.status = ArticleStatus.REMOVED
        article.save(update_fields=["status"])
        audit_record(actor=moderator, action="article.remove", target=article, reason=cleaned)
        article_written.send(sender=Article, article_id=article.pk, text_changed=False)
    return article
