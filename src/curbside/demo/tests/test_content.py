"""The demo's content files: every name they use resolves, and a broken file is refused with
an error that names the file and the item."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from curbside.demo import extra_practices, loader, people, threads
from curbside.demo.content import directory
from curbside.demo.content.articles import ARTICLES, OFF_LABEL_MYTHS
from curbside.demo.content.common import PHRASES
from curbside.demo.content.files import CONTENT_DIR, ContentError, read
from curbside.demo.content.motivating import MOTIVATING
from curbside.demo.content.physicians import DEMO_DOCTOR, DEMO_PENDING_DOCTOR, PHYSICIANS
from curbside.demo.content.practice_pages import PAGES
from curbside.demo.content.reviews import REVIEWS
from curbside.demo.content.topics import TOPICS, topics_read
from curbside.demo.content.types import GROUPS, Physicians, WrittenQuestion

TREATMENTS = {t.slug for t in directory.TREATMENTS}


def test_every_topic_names_only_its_own_points_and_known_treatments():
    assert sum(t.questions for t in TOPICS) == threads.QUESTIONS - 1  # plus the motivating case
    for topic in TOPICS:
        assert topic.group in GROUPS, topic.key
        assert set(topic.general) <= set(topic.points), topic.key
        for seed in topic.seeds:
            assert seed.focus and set(seed.focus) <= set(topic.points), (topic.key, seed.titles)
            assert set(seed.treatments) <= TREATMENTS, topic.key
        assert set(topic.treatments) <= TREATMENTS, topic.key
        assert {p.treatment for p in topic.products} <= TREATMENTS, topic.key
        assert set(topic.specialties) <= set(directory.SPECIALTY_TREATMENTS), topic.key
    assert set(threads.BUSY_TOPICS) <= {t.key for t in TOPICS}


def test_every_person_and_place_named_exists():
    assert directory.DEMO_STAFF_PRACTICE in directory.PRACTICES
    for key, physician in PHYSICIANS.items():
        assert physician.practice in directory.PRACTICES, key
        assert physician.specialty in directory.SPECIALTY_TREATMENTS, key
    assert PHYSICIANS[DEMO_DOCTOR].status == "verified"
    assert PHYSICIANS[DEMO_PENDING_DOCTOR].status == "pending"
    for answer in MOTIVATING.answers:
        assert {answer.physician, *answer.agreed_by} <= set(PHYSICIANS), answer.headline
    assert set(MOTIVATING.treatments) <= TREATMENTS
    for offered in directory.SPECIALTY_TREATMENTS.values():
        assert set(offered) <= TREATMENTS
    assert set(people._OPTIONAL_TREATMENTS) <= TREATMENTS


def test_every_article_review_and_phrase_bank_resolves():
    for article in ARTICLES:
        assert set(article.treatments) <= TREATMENTS, article.key
        assert set(article.specialties) <= set(directory.SPECIALTY_TREATMENTS), article.key
    assert OFF_LABEL_MYTHS.writer == "practice" and not OFF_LABEL_MYTHS.reviewed
    assert set(REVIEWS.treatments) == TREATMENTS
    for treatment in REVIEWS.treatments.values():
        assert REVIEWS.groups[treatment.group].family in REVIEWS.families
    # The groups the loader picks by specialty, besides each treatment's own.
    assert {"migraine", "dystonia", "sweat", "toxin"} <= set(REVIEWS.groups)
    assert set(PHRASES.closings) == set(PHRASES.generic_headlines) == set(GROUPS)
    assert loader.REVIEWS > loader.PENDING_REVIEWS


def test_every_practice_page_and_request_resolves():
    assert set(PAGES.descriptions) == set(directory.PRACTICES)
    assert set(extra_practices.DESCRIPTIONS) == {p.name for p in directory.PRACTICES.values()}
    for request in PAGES.requests:
        assert not request.treatment or request.treatment in TREATMENTS, request.name
        names = [p.name for p in directory.PRACTICES.values()]
        assert any(request.practice_kind in name for name in names), request.name
    assert PAGES.outcomes[0].status == "new" and not PAGES.outcomes[0].notes


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """A copy of the content files to break."""
    shutil.copytree(CONTENT_DIR, tmp_path / "content", ignore=shutil.ignore_patterns("*.py"))
    return tmp_path / "content"


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_copy_of_the_topics_reads_the_same(content):
    assert topics_read(content) == TOPICS


def test_a_focus_on_an_unknown_point_names_the_file_seed_and_point(content):
    topic = content / "topics" / "frown_lines.yaml"
    _replace(topic, "focus: [full_two_weeks, too_early_at_five_days]", "focus: [two_weeks]")
    with pytest.raises(ContentError) as caught:
        topics_read(content)
    message = str(caught.value)
    assert "frown_lines.yaml" in message
    assert "seeds[1] (“How soon does {product} work on frown lines?”).focus" in message
    assert "unknown point two_weeks" in message


def test_a_misspelt_key_is_refused_not_ignored(content):
    topic = content / "topics" / "frown_lines.yaml"
    _replace(
        topic, "    headline: Give it the full two weeks", "    headlin: Give it the full two weeks"
    )
    with pytest.raises(ContentError) as caught:
        topics_read(content)
    message = str(caught.value)
    assert "frown_lines.yaml: points.full_two_weeks.headline: Field required" in message
    assert "frown_lines.yaml: points.full_two_weeks.headlin: Extra inputs are not permitted" in (
        message
    )


def test_a_wrong_type_and_an_unknown_shared_list_name_the_field(content):
    topic = content / "topics" / "crows_feet.yaml"
    _replace(topic, "questions: 13", "questions: many")
    _replace(topic, "- {shared: cosmetic_toxins}", "- {shared: toxins}")
    with pytest.raises(ContentError) as caught:
        topics_read(content)
    message = str(caught.value)
    assert "crows_feet.yaml: questions: Input should be a valid integer" in message
    assert "crows_feet.yaml: products: unknown shared products 'toxins'" in message


def test_a_key_given_twice_is_refused_with_its_line(content):
    topic = content / "topics" / "forehead.yaml"
    _replace(topic, "points:\n", "points:\n  asymmetry_normal:\n    headline: x\n    text: y\n")
    with pytest.raises(ContentError) as caught:
        topics_read(content)
    assert "forehead.yaml" in str(caught.value)
    assert "found the key 'asymmetry_normal' twice" in str(caught.value)
    assert "line" in str(caught.value)


def test_a_topic_file_must_be_listed_and_a_listed_one_must_exist(content):
    (content / "topics" / "frown_lines.yaml").rename(content / "topics" / "frowning.yaml")
    with pytest.raises(ContentError) as caught:
        topics_read(content)
    assert "no file topics/frown_lines.yaml" in str(caught.value)
    assert "topics/frowning.yaml is not listed" in str(caught.value)


def test_a_yaml_syntax_error_names_the_file(content):
    path = content / "physicians.yaml"
    _replace(path, "demo_doctor: whitfield", "demo_doctor: [whitfield")
    with pytest.raises(ContentError, match=r"physicians\.yaml"):
        read(path, Physicians, context=directory.NAMES)


def test_an_unknown_practice_or_physician_names_the_item(content):
    path = content / "physicians.yaml"
    _replace(path, "practice: schuylkill", "practice: nowhere")
    with pytest.raises(ContentError) as caught:
        read(path, Physicians, context=directory.NAMES)
    assert "physicians.yaml: physicians.keane.practice: unknown practices: nowhere" in str(
        caught.value
    )

    path = content / "motivating.yaml"
    _replace(path, "agreed_by: [whitaker]", "agreed_by: [whittaker]")
    context = {**directory.NAMES, "physicians": frozenset(PHYSICIANS)}
    with pytest.raises(ContentError) as caught:
        read(path, WrittenQuestion, context=context)
    message = str(caught.value)
    assert "motivating.yaml: answers[0] (“True allergy is very rare; a small test dose" in message
    assert "unknown physicians: whittaker" in message
