from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, include, path

from curbside import urls as site_urls
from curbside.conftest import client_for
from curbside.providers.models import Physician
from curbside.qa.models import Question
from curbside.qa.tests.factories import AnswerFactory, QuestionFactory
from curbside.search.indexing import document_upsert_physician, document_upsert_question
from curbside.search.views import PAGE_SIZE, TOP_PER_KIND

# Until the site's urls.py includes search.urls, these tests mount it themselves.
_mounted = any(getattr(p, "namespace", None) == "search" for p in site_urls.urlpatterns)
urlpatterns: list[URLPattern | URLResolver] = [
    *([] if _mounted else [path("search/", include("curbside.search.urls"))]),
    *site_urls.urlpatterns,
]
pytestmark = [pytest.mark.django_db, pytest.mark.urls(__name__)]


def _get(client: Client, **params: Any) -> Any:
    return client.get("/search/", params)


def _questions(n: int, title: str = "Masseter question") -> list[Question]:
    questions = [QuestionFactory(title=f"{title} {i}") for i in range(n)]
    for question in questions:
        document_upsert_question(question.pk)
    return questions


def test_it_shows_a_search_box_without_a_query(client: Client) -> None:
    response = _get(client)
    assert response.status_code == 200
    assert 'name="q"' in response.text
    assert "Try:" in response.text


def test_it_groups_results_by_kind(client: Client, physician: Physician) -> None:
    question = QuestionFactory(title="Botox for frown lines")
    AnswerFactory(question=question, physician=physician, body="Frown lines respond well.")
    document_upsert_question(question.pk)
    response = _get(client, q="glabellar lines")
    assert response.status_code == 200
    assert 'id="group-questions"' in response.text
    assert 'id="group-answers"' in response.text
    assert 'id="group-articles"' not in response.text
    assert "<mark>frown" in response.text.lower()  # FTS5 marks the phrase, PostgreSQL each word
    assert f'href="{question.get_absolute_url()}"' in response.text
    assert "Also searching for:" in response.text


def test_it_shows_the_first_few_of_each_kind_with_a_link_to_more(client: Client) -> None:
    _questions(TOP_PER_KIND + 2)
    response = _get(client, q="masseter")
    assert response.text.count('class="search-result"') == TOP_PER_KIND
    assert f"All {TOP_PER_KIND + 2} questions" in response.text
    assert "?q=masseter&amp;kind=questions" in response.text


def test_it_pages_one_kind(client: Client) -> None:
    _questions(PAGE_SIZE + 1)
    first = _get(client, q="masseter", kind="questions")
    assert first.text.count('class="search-result"') == PAGE_SIZE
    assert "Page 1 of 2" in first.text
    second = _get(client, q="masseter", kind="questions", page="2")
    assert second.text.count('class="search-result"') == 1
    assert _get(client, q="masseter", kind="questions", page="99x").status_code == 404
    assert _get(client, q="masseter", kind="questions", page="3").status_code == 404


def test_it_finds_physicians(client: Client, physician: Physician) -> None:
    document_upsert_physician(physician.pk)
    response = _get(client, q="ruiz", kind="physicians")
    assert physician.get_absolute_url() in response.text


def test_it_suggests_when_nothing_matches(client: Client) -> None:
    _questions(1)
    response = _get(client, q="masseter zzyzx")
    assert response.status_code == 200
    assert "No results" in response.text
    assert "masseter OR zzyzx" in response.text


def test_it_escapes_user_text(client: Client) -> None:
    question = QuestionFactory(title="Masseter <img src=x onerror=alert(1)>")
    document_upsert_question(question.pk)
    response = _get(client, q="masseter <script>")
    assert "<img src=x" not in response.text
    assert "<script>" not in response.text


@pytest.mark.parametrize(
    "q",
    ['"', "((", "NEAR(a b)", "title:x", "*", "-", "OR", "x" * 5000, "😀", "'; DROP TABLE x; --"],
)
def test_it_answers_hostile_queries(client: Client, q: str) -> None:
    _questions(1)
    assert _get(client, q=q).status_code == 200


@pytest.mark.parametrize("params", [{"q": "botox", "kind": "nope"}, {"q": "bo\x00tox"}])
def test_it_refuses_bad_parameters(client: Client, params: dict[str, str]) -> None:
    response = _get(client, **params)
    assert response.status_code == 400
    assert 'class="errorlist"' in response.text


def test_it_runs_a_fixed_number_of_queries(
    client: Client, physician: Physician, django_assert_max_num_queries: Any
) -> None:
    for question in _questions(TOP_PER_KIND + 3):
        AnswerFactory(question=question, physician=physician, body="Masseter answer text here.")
        document_upsert_question(question.pk)
    # Steady state: the first search after new questions may reload this process's vector
    # index (one more query), depending on what ran in the process before.
    _get(client, q="botox")
    # At most a page, its snippets and a count of each kind, however many results; one query
    # a kind shown for the line saying what each result is (search.views._describe); and the
    # client's rate-limit count (limits.services: one upsert).
    with django_assert_max_num_queries(16):
        _get(client, q="masseter")
    # One kind: count, page, snippets; the other kinds' counts, the questions' being their
    # ranking (on PostgreSQL the newest question and the word counts first) and the vector
    # index's freshness check; the results' lines; the rate-limit count.
    with django_assert_max_num_queries(10):
        _get(client, q="masseter", kind="answers")


def test_it_is_open_to_everyone(cast: dict[str, Any]) -> None:
    _questions(1)
    for user in cast.values():
        assert client_for(user).get("/search/", {"q": "masseter"}).status_code == 200


def test_result_titles_show_the_title_alone(client, question, botox):
    from curbside.search import indexing

    indexing.document_upsert_question(question.pk)
    html = client.get("/search/?q=allergy").content.decode()
    assert "neck spasms?</a>" in html  # the question's title, without ", Botox" after it


def test_question_results_include_those_that_mean_the_same(client: Client) -> None:
    from curbside.search import vectors

    vectors.reset()
    dystonia = QuestionFactory(
        title="Is botulinum toxin used for cervical dystonia?",
        body="My neurologist mentioned injections for the involuntary contractions.",
    )
    peel = QuestionFactory(title="Can I have a chemical peel in summer?", body="I burn easily.")
    for question in (dystonia, peel):
        document_upsert_question(question.pk)
        vectors.question_embed(question_id=question.pk)
    # "twisting" is in neither question, so the full-text side (all words) matches nothing.
    response = _get(client, q="injections for twisting neck spasms", kind="questions")
    assert response.status_code == 200
    assert dystonia.get_absolute_url() in response.text
    assert peel.get_absolute_url() not in response.text
    assert "My neurologist mentioned" in response.text  # the start of its text
    vectors.reset()


def test_each_result_says_what_it_is_and_shows_no_markdown(
    client: Client, physician: Physician
) -> None:
    question = QuestionFactory(title="Masseter Botox for clenching", answer_count=1)
    AnswerFactory(
        question=question,
        physician=physician,
        body="- **Masseter** injections relax the jaw muscle.\n- See [the label](https://x.org).",
    )
    document_upsert_question(question.pk)
    html = _get(client, q="masseter").text
    assert "1 doctor answer<" in html
    assert f"{physician.display_name} on “Masseter Botox for clenching”" in html
    snippets = html[html.index('id="group-answers"') :]
    assert "**" not in snippets and "](https" not in snippets and "- " not in snippets
