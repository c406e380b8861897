from __future__ import annotations

from django.apps import AppConfig


class ClaimsConfig(AppConfig):
    name = "curbside.claims"
    label = "claims"
    verbose_name = "Claim check"

    def ready(self) -> None:
        from curbside.articles.signals import article_written
        from curbside.evidence.signals import evidence_revised
        from curbside.qa.signals import answer_written

        evidence_revised.connect(_recheck, dispatch_uid="claims-recheck-on-evidence-change")
        answer_written.connect(_answer, dispatch_uid="claims-check-answer")
        article_written.connect(_article, dispatch_uid="claims-check-article")


def _recheck(sender: object, **kwargs: object) -> None:
    """The evidence base changed: check stored answers and articles again, in the background."""
    from curbside.claims.tasks import recheck_claims

    recheck_claims.enqueue()


def _answer(sender: object, *, answer_id: int, **kwargs: object) -> None:
    from curbside.claims.tasks import check_answer_claims

    check_answer_claims.enqueue(answer_id=answer_id)


def _article(sender: object, *, article_id: int, text_changed: bool, **kwargs: object) -> None:
    if text_changed:
        from curbside.claims.tasks import check_article_claims

        check_article_claims.enqueue(article_id=article_id)
