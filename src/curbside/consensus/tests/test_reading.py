"""What readers see of a summary: the points most doctors make first, the rest a click away."""

from __future__ import annotations

from django.utils import timezone

from curbside.consensus.reading import PointView, Speaker, SummaryView


def _point(n: int, count: int) -> PointView:
    speakers = tuple(
        Speaker(slug=f"dr-{k}", name=f"Dr. {k}", answer_id=k, profile_url="/", said=f"Point {n}.")
        for k in range(count)
    )
    return PointView(point=f"Point {n}.", answer_id=0, speakers=speakers)


def _view(*counts: int) -> SummaryView:
    points = tuple(_point(n, c) for n, c in enumerate(counts))
    return SummaryView(points=points, differences=(), answers=6, updated_at=timezone.now())


def test_points_three_or_more_make_lead_and_the_rest_wait_behind_a_click():
    view = _view(4, 3, 2, 2)
    assert [p.count for p in view.leading] == [4, 3]
    assert [p.count for p in view.more] == [2, 2]


def test_with_only_two_doctor_points_the_first_three_lead():
    view = _view(2, 2, 2, 2, 2)
    assert len(view.leading) == 3 and len(view.more) == 2
    assert view.as_dict()["points"][4]["count"] == 2  # the API has them all


def test_a_quoted_sentence_is_shown_as_text_without_markdown():
    from curbside.consensus.reading import _plain

    said = "A **true** allergy is *very* rare; see [the label](https://example.org) and `notes`."
    assert _plain(said) == "A true allergy is very rare; see the label and notes."
    assert _plain("Results last 3*4 weeks") == "Results last 3*4 weeks"
