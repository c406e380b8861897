from __future__ import annotations

from typing import Any

import factory

from curbside.accounts.tests.factories import UserFactory
from curbside.catalogue.models import Treatment
from curbside.providers.tests.factories import PhysicianFactory
from curbside.qa.models import Answer, Question, question_slug


class TreatmentFactory(factory.django.DjangoModelFactory[Treatment]):
    class Meta:
        model = Treatment
        django_get_or_create = ["slug"]

    slug = factory.Sequence(lambda n: f"treatment-{n}")
    name = factory.Sequence(lambda n: f"Treatment {n}")
    kind = "neurotoxin"
    summary = "A treatment."


class QuestionFactory(factory.django.DjangoModelFactory[Question]):
    class Meta:
        model = Question
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"How long does the swelling last, case {n}?")
    slug = factory.LazyAttribute(lambda o: question_slug(o.title))
    body = "I had treatment two weeks ago and still see swelling on one side. Is that normal?"
    body_html = factory.LazyAttribute(lambda o: f"<p>{o.body}</p>")
    author = factory.SubFactory(UserFactory)

    @factory.post_generation
    def treatments(self, create: bool, extracted: Any, **kwargs: Any) -> None:
        if create and extracted:
            self.treatments.set(extracted)


class AnswerFactory(factory.django.DjangoModelFactory[Answer]):
    class Meta:
        model = Answer
        skip_postgeneration_save = True

    question = factory.SubFactory(QuestionFactory)
    physician = factory.SubFactory(PhysicianFactory)
    headline = "A true allergy to the toxin is very rare"
    body = "Reactions are uncommon; discuss your history with your neurologist before treatment."
    body_html = factory.LazyAttribute(lambda o: f"<p>{o.body}</p>")

    @factory.post_generation
    def sync_answer_count(self, create: bool, extracted: Any, **kwargs: Any) -> None:
        if create:
            Question.objects.filter(pk=self.question_id).update(
                answer_count=Answer.objects.filter(question_id=self.question_id).count()
            )
