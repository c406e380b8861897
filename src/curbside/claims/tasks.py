from __future__ import annotations

from django_tasks import task


@task()
def check_answer_claims(*, answer_id: int) -> int:
    """Check an answer's current text; returns how many of its sentences are flagged."""
    from curbside.claims.services import claim_checks_refresh
    from curbside.qa.models import Answer

    answer = Answer.objects.filter(pk=answer_id).first()
    if answer is None:
        return 0
    return sum(c.is_flag for c in claim_checks_refresh(target=answer))


@task()
def check_article_claims(*, article_id: int) -> int:
    """Check an article's current text; returns how many of its sentences are flagged."""
    from curbside.articles.models import Article
    from curbside.claims.services import claim_checks_refresh

    article = Article.objects.filter(pk=article_id).first()
    if article is None:
        return 0
    return sum(c.is_flag for c in claim_checks_refresh(target=article))


@task()
def recheck_claims() -> int:
    """Check every live answer and article again after the evidence base changed; returns how
    many sentences are flagged."""
    from curbside.claims.services import claim_checks_refresh_all

    return claim_checks_refresh_all()
