"""Finding one's way among the answers: a jump link, three orders, who agrees."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from curbside.qa import services
from curbside.qa.tests.factories import AnswerFactory, QuestionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def three_answers():
    question = QuestionFactory()
    now = timezone.now()
    helpful = AnswerFactory(
        question=question,
        headline="Most helpful one",
        helpful_count=9,
        agree_count=0,
        created_at=now - timedelta(days=3),
    )
    agreed = AnswerFactory(
        question=question,
        headline="Most agreed one",
        helpful_count=2,
        agree_count=4,
        created_at=now - timedelta(days=2),
    )
    newest = AnswerFactory(
        question=question,
        headline="Newest one",
        helpful_count=0,
        agree_count=0,
        created_at=now - timedelta(hours=1),
    )
    return question, helpful, agreed, newest


def _order(client: Client, url: str) -> list[str]:
    html = client.get(url).content.decode()
    html = html[html.index('id="answers"') :]  # the JSON-LD above lists them too
    names = ["Most helpful one", "Most agreed one", "Newest one"]
    return sorted(names, key=html.index)


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("", "Most helpful one"),
        ("?sort=helpful", "Most helpful one"),
        ("?sort=agreed", "Most agreed one"),
        ("?sort=newest", "Newest one"),
        ("?sort=bogus", "Most helpful one"),
    ],
)
def test_readers_order_the_answers(client: Client, three_answers, query, first):
    question = three_answers[0]
    assert _order(client, question.get_absolute_url() + query)[0] == first


def test_the_page_says_how_many_answers_and_links_to_them(client: Client, three_answers):
    html = client.get(three_answers[0].get_absolute_url()).content.decode()
    assert '<a href="#answers">3 doctor answers ↓</a>' in html
    assert 'id="answers"' in html
    assert '<strong aria-current="true">Most helpful</strong>' in html
    assert 'href="?sort=agreed#answers"' in html


def test_the_physicians_who_agree_are_named(client: Client, three_answers, physician):
    question, helpful, *_ = three_answers
    services.answer_agree_set(answer=helpful, physician=physician, agree=True)
    html = client.get(question.get_absolute_url()).content.decode()
    assert (
        f'Agreed by <a href="{physician.get_absolute_url()}">{physician.display_name}</a>' in html
    )
