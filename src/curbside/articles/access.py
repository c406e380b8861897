"""Every view of the articles app gets its objects through these helpers.

Who writes: verified physicians (byline: the physician; practice: theirs, if any) and practice
staff (byline: their practice). Who manages an article: for a physician's article that
physician; for a practice's article any staff member of that practice. Drafts and removed
articles are seen only by those people and by moderators; to anyone else they do not exist."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404

from curbside.accounts.access import AnyUser, require_moderator, require_signed_in
from curbside.accounts.models import User
from curbside.articles.models import Article, ArticleQuerySet, ArticleStatus
from curbside.catalogue.models import Treatment
from curbside.practices.models import Practice
from curbside.providers.models import Physician


@dataclass(frozen=True)
class Writer:
    """Someone who may write articles, and the byline their articles carry."""

    user: User
    physician: Physician | None
    practice: Practice | None


def writer_of(user: AnyUser) -> Writer | None:
    """The writer this user is, or None for visitors, patients, moderators, unverified
    physicians and staff accounts not linked to a practice."""
    if not isinstance(user, User) or not user.is_authenticated or not user.is_active:
        return None
    if user.is_physician:
        physician: Physician | None = getattr(user, "physician", None)
        if physician is None or not physician.is_verified:
            return None
        return Writer(user=user, physician=physician, practice=physician.practice)
    if user.is_practice_staff:
        membership = getattr(user, "practice_membership", None)
        if membership is None:
            return None
        return Writer(user=user, physician=None, practice=membership.practice)
    return None


def require_writer(user: AnyUser) -> Writer:
    signed_in = require_signed_in(user)
    writer = writer_of(signed_in)
    if writer is not None:
        return writer
    if signed_in.is_physician:
        raise PermissionDenied(
            "Your physician account is waiting for verification; you can write articles once "
            "a moderator has checked your NPI and credentials."
        )
    if signed_in.is_practice_staff:
        raise PermissionDenied(
            "Your staff account is not linked to a practice yet, so there is no byline to "
            "publish under. Ask Curbside support to link it."
        )
    raise PermissionDenied("Only verified physicians and practice staff can write articles.")


def is_owner(user: AnyUser, article: Article) -> bool:
    """Whether the user manages this article (whatever their verification state now)."""
    if not isinstance(user, User) or not user.is_authenticated:
        return False
    if article.physician_id is not None:
        physician: Physician | None = getattr(user, "physician", None)
        return user.is_physician and physician is not None and physician.pk == article.physician_id
    if article.practice_id is not None:
        membership = getattr(user, "practice_membership", None)
        return (
            user.is_practice_staff
            and membership is not None
            and membership.practice_id == article.practice_id
        )
    return article.author_id == user.pk


def can_edit(user: AnyUser, article: Article) -> bool:
    return (
        article.status != ArticleStatus.REMOVED
        and writer_of(user) is not None
        and is_owner(user, article)
    )


def can_remove(user: AnyUser, article: Article) -> bool:
    return article.status != ArticleStatus.REMOVED and bool(getattr(user, "is_moderator", False))


def get_article_for_view(user: AnyUser, slug: str) -> Article:
    """A published article, or a draft or removed one to its owners and to moderators."""
    article = Article.objects.for_page().filter(slug=slug).first()
    if article is None:
        raise Http404("No such article.")
    if article.is_public or getattr(user, "is_moderator", False) or is_owner(user, article):
        return article
    raise Http404("No such article.")


def get_article_for_edit(user: AnyUser, slug: str) -> tuple[Article, Writer]:
    """The article and its writer, for editing and publishing. Others' articles are 'not
    found'; a removed one is refused with the reason why."""
    writer = require_writer(user)
    article = get_object_or_404(Article.objects.for_page(), slug=slug)
    if not is_owner(writer.user, article):
        raise Http404("No such article.")
    if article.status == ArticleStatus.REMOVED:
        raise PermissionDenied(
            "A moderator removed this article, so it can no longer be edited or published."
        )
    return article, writer


def get_article_for_removal(user: AnyUser, slug: str) -> tuple[Article, User]:
    moderator = require_moderator(user)
    return get_object_or_404(Article.objects.for_page(), slug=slug), moderator


def get_articles_for_writer(writer: Writer) -> ArticleQuerySet:
    """Everything the writer manages, drafts and removed ones included, newest change first."""
    if writer.physician is not None:
        articles = Article.objects.by_physician(writer.physician)
    elif writer.practice is not None:
        articles = Article.objects.by_practice(writer.practice).filter(physician=None)
    else:
        articles = Article.objects.none()
    return articles.order_by("-updated_at", "-pk")


def get_treatment_for_filter(slug: str) -> Treatment:
    return get_object_or_404(Treatment, slug=slug)
