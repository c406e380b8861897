"""Checking answers and articles against the evidence base, and moderators' decisions on the
flags. Every write of the claims app happens here.

What readers see: a flag (contradicts / overstates) shows its evidence note as soon as it is
found, while it waits in the moderation queue, because readers must be warned promptly; a
moderator accepts it (the note stays) or dismisses it (the note disappears). Decisions are
kept when the text is edited, for sentences that did not change.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction
from django.utils import timezone

from curbside.accounts.models import User
from curbside.articles.models import Article
from curbside.audit.services import audit_record
from curbside.claims.models import ClaimCheck, FlagStatus
from curbside.claims.rules import ClaimVerdict, check_text
from curbside.claims.signals import answer_flags_changed
from curbside.evidence.knowledge import KnowledgeBase, knowledge_base, knowledge_base_from_files
from curbside.qa.models import Answer
from curbside.qa.services import question_page_changed

REASON_MAX = 1000
TEXT_MAX = 30000  # the longest article body

Target = Answer | Article


def claims_knowledge() -> KnowledgeBase:
    """The evidence base the claim check reads: the database's (with moderators' edits and
    confirmations), or the packaged data files where none has been loaded yet."""
    try:
        kb = knowledge_base()
    except DatabaseError:  # no tables yet (a command run before `migrate`)
        kb = knowledge_base_from_files()
    return kb if not kb.is_empty else knowledge_base_from_files()


# Raised by hand when the checker's code changes what it reads (its data files are hashed).
CHECKER_VERSION = 2
DATA = Path(__file__).resolve().parent / "data"


@cache
def checker_fingerprint() -> str:
    """What the stored checks were made by: the checker's version and the hash of its data
    files (claim language, cautions, ingredients, the learned reader's manifest)."""
    digest = hashlib.sha256(str(CHECKER_VERSION).encode())
    for path in [*sorted(DATA.glob("*.yaml")), DATA / "reader.json"]:
        if path.is_file():
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def check_revision(kb: KnowledgeBase) -> str:
    """The revision a stored check records: the evidence base's and the checker's. A check
    made with another is made again on the next refresh."""
    return f"{kb.revision}+{checker_fingerprint()}"[:64]


def claims_check(*, text: str) -> list[ClaimVerdict]:
    """The claim check of any text: one verdict per sentence with a checkable claim."""
    return check_text(text, claims_knowledge())


def target_text(target: Target) -> str:
    """What is checked: an answer's headline and body; an article's title, summary and body.
    Each part is its own paragraph, so no sentence runs from one into the next."""
    if isinstance(target, Answer):
        parts = [target.headline, target.body]
    else:
        parts = [target.title, target.summary, target.body]
    return "\n\n".join(p for p in parts if p)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _shown(checks: Iterable[ClaimCheck]) -> set[tuple[str, str, str]]:
    return {
        (c.sentence_hash, c.verdict, c.fact)
        for c in checks
        if c.is_flag and c.status in (FlagStatus.OPEN, FlagStatus.ACCEPTED)
    }


def claim_checks_refresh(*, target: Target) -> list[ClaimCheck]:
    """Check the target's current text and replace its stored checks with the result.

    Does nothing when the text and the evidence base are what the stored checks were made
    for. A flag on a sentence that did not change keeps its moderator's decision (and its
    place in the queue). The question page is invalidated when the notes it shows change."""
    kb = claims_knowledge()
    with transaction.atomic():
        # One check at a time per target: two edits in quick succession do not interleave.
        locked = type(target).objects.select_for_update().get(pk=target.pk)
        text = target_text(locked)
        text_hash = _digest(text)
        field = "answer" if isinstance(locked, Answer) else "article"
        existing = list(ClaimCheck.objects.filter(**{field: locked}).order_by("position", "pk"))
        revision = check_revision(kb)
        if existing and all(
            c.text_hash == text_hash and c.evidence_revision == revision for c in existing
        ):
            return existing
        earlier = {(c.sentence_hash, c.verdict): c for c in existing if c.is_flag}
        rows: list[ClaimCheck] = []
        for position, verdict in enumerate(check_text(text, kb)):
            sentence_hash = _digest(verdict.sentence)
            row = ClaimCheck(
                position=position,
                sentence=verdict.sentence,
                sentence_hash=sentence_hash,
                verdict=verdict.verdict,
                kind=verdict.kind,
                words=list(verdict.words),
                learned=verdict.learned,
                product=verdict.product,
                topic=verdict.topic,
                fact=verdict.fact,
                source=verdict.source,
                provenance=list(verdict.provenance),
                text_hash=text_hash,
                evidence_revision=revision,
                status=FlagStatus.OPEN if verdict.is_flag else "",
                **{field: locked},
            )
            before = earlier.get((sentence_hash, verdict.verdict))
            if before is not None:
                row.status = before.status
                row.decided_by_id = before.decided_by_id
                row.decided_at = before.decided_at
                row.reason = before.reason
                row.created_at = before.created_at
            rows.append(row)
        ClaimCheck.objects.filter(**{field: locked}).delete()
        created = ClaimCheck.objects.bulk_create(rows)
        if isinstance(locked, Answer) and _shown(existing) != _shown(created):
            _answer_flags_changed(locked)
    return created


def claim_checks_refresh_all() -> int:
    """Check every live answer and every article again where the text, the evidence base or
    the checker changed since (the demo loader, the task every evidence change enqueues, and
    `curbside check-claims --all` after an upgrade); returns how many sentences are flagged."""
    flagged = 0
    for answer in Answer.objects.live().order_by("pk").iterator():
        flagged += sum(c.is_flag for c in claim_checks_refresh(target=answer))
    for article in Article.objects.order_by("pk").iterator():
        flagged += sum(c.is_flag for c in claim_checks_refresh(target=article))
    return flagged


def _decide(*, check: ClaimCheck, moderator: User, status: str, reason: str) -> ClaimCheck:
    if not moderator.is_moderator:
        raise ValidationError("Only moderators can decide on claim flags.")
    reason = reason.strip()
    if len(reason) > REASON_MAX:
        raise ValidationError({"reason": [f"Keep the reason to {REASON_MAX} characters."]})
    with transaction.atomic():
        # Two moderators may act on the same flag at once: the first decision stands. A
        # flag replaced by a new check of an edited text is gone.
        locked = (
            ClaimCheck.objects.select_for_update(of=("self",))
            .select_related("answer", "article")
            .filter(pk=check.pk)
            .first()
        )
        if locked is None:
            raise ValidationError(
                "This flag no longer exists: the text was edited and checked again."
            )
        if not locked.is_flag:
            raise ValidationError("Only flagged sentences can be accepted or dismissed.")
        if locked.status != FlagStatus.OPEN:
            raise ValidationError("This flag was already decided by another moderator.")
        locked.status = status
        locked.decided_by = moderator
        locked.decided_at = timezone.now()
        locked.reason = reason
        locked.save(update_fields=["status", "decided_by", "decided_at", "reason"])
        audit_record(
            actor=moderator,
            action="claim.accept" if status == FlagStatus.ACCEPTED else "claim.dismiss",
            target=locked,
            reason=reason,
        )
        if status == FlagStatus.DISMISSED and locked.answer is not None:
            _answer_flags_changed(locked.answer)
    return locked


def _answer_flags_changed(answer: Answer) -> None:
    """The flags readers see on the answer changed: its question's page shows new notes, and
    the apps above are told (the summary of where physicians agree leaves flagged sentences
    out)."""
    question_page_changed(question_id=answer.question_id)
    answer_flags_changed.send(sender=Answer, answer_id=answer.pk, question_id=answer.question_id)


def claim_flag_accept(*, check: ClaimCheck, moderator: User, reason: str = "") -> ClaimCheck:
    """The moderator agrees with the flag: its evidence note stays for readers."""
    return _decide(check=check, moderator=moderator, status=FlagStatus.ACCEPTED, reason=reason)


def claim_flag_dismiss(*, check: ClaimCheck, moderator: User, reason: str = "") -> ClaimCheck:
    """The moderator judges the flag wrong: its note disappears; the dismissal is on record
    (the flag keeps its decision, and the audit log has it)."""
    return _decide(check=check, moderator=moderator, status=FlagStatus.DISMISSED, reason=reason)
