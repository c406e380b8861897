from __future__ import annotations

from typing import TYPE_CHECKING

from django.conf import settings
from django.db import models
from django.db.models import Prefetch
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify

from curbside.catalogue.models import Treatment

TITLE_MAX = 150
BODY_MAX = 5000
HEADLINE_MAX = 150
ANSWER_MAX = 10000


class QuestionStatus(models.TextChoices):
    PUBLISHED = "published", "Published"
    HELD = "held", "Held for review"
    REMOVED = "removed", "Removed"


class QuestionQuerySet(models.QuerySet["Question"]):
    def published(self) -> QuestionQuerySet:
        return self.filter(status=QuestionStatus.PUBLISHED)

    def for_treatment(self, treatment: Treatment) -> QuestionQuerySet:
        return self.filter(treatments=treatment)

    def recent(self) -> QuestionQuerySet:
        return self.order_by("-created_at", "-pk")

    def most_helpful(self) -> QuestionQuerySet:
        return self.filter(helpful_total__gt=0).order_by("-helpful_total", "-created_at")

    def for_list(self) -> QuestionQuerySet:
        """What a question list row shows: asker and treatments, without per-row queries."""
        return self.select_related("author").prefetch_related("treatments")

    def unanswered_by(self, physician_id: int) -> QuestionQuerySet:
        return self.exclude(answers__physician_id=physician_id)

    def for_page(self) -> QuestionQuerySet:
        """The question page: the question, its asker and treatments, and every live answer
        with its physician card and the physicians who agree with it, in a fixed number of
        queries whatever the answer count."""
        from curbside.providers.models import Physician

        answers = Answer.objects.live().order_by("-helpful_count", "-agree_count", "created_at")
        return self.select_related("author").prefetch_related(
            "treatments",
            Prefetch("answers", queryset=answers, to_attr="live_answers"),
            Prefetch(  # type: ignore[misc]  # the stubs can't see to_attr="live_answers" above
                "live_answers__physician",
                queryset=Physician.objects.for_card(),
            ),
            Prefetch(
                "live_answers__agreements",
                queryset=Agreement.objects.select_related("physician").order_by("created_at"),
            ),
        )


class Question(models.Model):
    title = models.CharField(max_length=TITLE_MAX)
    slug = models.SlugField(max_length=80)
    body = models.TextField(max_length=BODY_MAX)
    body_html = models.TextField(editable=False)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="questions",
        help_text="Empty for imported questions.",
    )
    treatments = models.ManyToManyField(Treatment, related_name="questions")
    city = models.CharField(max_length=80, blank=True)
    # The asker's answer to "What is it for?": an evidence-base condition id
    # ("cervical_dystonia") or off-label use id ("masseter_jaw_slimming"), checked against the
    # knowledge base when asked; empty when not given. The on-label badge prefers it to the text.
    condition = models.CharField(max_length=80, blank=True, default="")
    status = models.CharField(
        max_length=10, choices=QuestionStatus.choices, default=QuestionStatus.PUBLISHED
    )
    # Denormalised by the answer and vote services so lists sort without aggregation.
    answer_count = models.PositiveIntegerField(default=0)
    helpful_total = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(default=timezone.now)
    last_answered_at = models.DateTimeField(null=True, blank=True)
    # Bumped by every service that changes what the question page shows (qa.page caches the
    # rendered answers under it), so a cached page is never stale, in any process.
    cache_version = models.PositiveIntegerField(default=0, editable=False)

    objects = QuestionQuerySet.as_manager()

    if TYPE_CHECKING:
        author_id: int | None

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["status", "-created_at"]),
            models.Index(fields=["status", "-helpful_total"]),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("qa:question-detail", args=[self.pk, self.slug or "q"])

    @property
    def page_answers(self) -> list[Answer]:
        """The live answers QuestionQuerySet.for_page() attached, best first."""
        answers: list[Answer] = self.__dict__["live_answers"]
        return answers

    @property
    def is_public(self) -> bool:
        return self.status == QuestionStatus.PUBLISHED

    @property
    def asker_name(self) -> str:
        return self.author.public_name if self.author else "A Curbside member"


_RESERVED_SLUGS = {"answer", "follow"}


def question_slug(title: str) -> str:
    slug = slugify(title)[:80].strip("-") or "question"
    return f"{slug}-q" if slug in _RESERVED_SLUGS else slug


class AnswerQuerySet(models.QuerySet["Answer"]):
    def live(self) -> AnswerQuerySet:
        return self.filter(removed_at__isnull=True)


class Answer(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="answers")
    physician = models.ForeignKey(
        "providers.Physician", on_delete=models.CASCADE, related_name="answers"
    )
    headline = models.CharField(max_length=HEADLINE_MAX)
    body = models.TextField(max_length=ANSWER_MAX)
    body_html = models.TextField(editable=False)
    helpful_count = models.PositiveIntegerField(default=0)
    agree_count = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)
    removed_at = models.DateTimeField(null=True, blank=True)

    objects = AnswerQuerySet.as_manager()

    if TYPE_CHECKING:
        question_id: int
        physician_id: int

    class Meta:
        ordering = ["created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["question", "physician"], name="one_answer_per_physician_per_question"
            ),
        ]

    def __str__(self) -> str:
        return self.headline

    def get_absolute_url(self) -> str:
        return f"{self.question.get_absolute_url()}#answer-{self.pk}"

    @property
    def was_edited(self) -> bool:
        return (self.updated_at - self.created_at).total_seconds() > 60


class AnswerRevision(models.Model):
    """The text an answer had before an edit; the answer row always holds the current text."""

    answer = models.ForeignKey(Answer, on_delete=models.CASCADE, related_name="revisions")
    headline = models.CharField(max_length=HEADLINE_MAX)
    body = models.TextField(max_length=ANSWER_MAX)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Revision of answer {self.answer_id} from {self.created_at:%Y-%m-%d %H:%M}"


class HelpfulVote(models.Model):
    answer = models.ForeignKey(Answer, on_delete=models.CASCADE, related_name="helpful_votes")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["answer", "user"], name="one_helpful_vote_per_user"),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} found answer {self.answer_id} helpful"


class Agreement(models.Model):
    """Another verified physician agrees with an answer."""

    answer = models.ForeignKey(Answer, on_delete=models.CASCADE, related_name="agreements")
    physician = models.ForeignKey(
        "providers.Physician", on_delete=models.CASCADE, related_name="agreements"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["answer", "physician"], name="one_agreement_per_doctor"
            ),
        ]

    def __str__(self) -> str:
        return f"Physician {self.physician_id} agrees with answer {self.answer_id}"


class QuestionFollow(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="follows")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="followed_questions"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["question", "user"], name="one_follow_per_user"),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} follows question {self.question_id}"
