"""schema.org structured data for question pages."""

from __future__ import annotations

from django.conf import settings
from django.urls import reverse

from curbside.lib.text import markdown_plain
from curbside.qa.models import Question


def _crumb(position: int, name: str, path: str) -> dict[str, object]:
    return {
        "@type": "ListItem",
        "position": position,
        "name": name,
        "item": settings.SITE_URL + path,
    }


def breadcrumbs(question: Question) -> dict[str, object]:
    """BreadcrumbList: Curbside > Questions > the question's first treatment > the
    question."""
    trail = [("Curbside", reverse("qa:home")), ("Questions", reverse("qa:question-list"))]
    treatment = next(iter(question.treatments.all()), None)
    if treatment is not None:
        trail.append((treatment.name, treatment.get_absolute_url()))
    trail.append((question.title, question.get_absolute_url()))
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [_crumb(i, name, path) for i, (name, path) in enumerate(trail, 1)],
    }


def question_jsonld(question: Question) -> dict[str, object]:
    """QAPage JSON-LD as search engines document it: the question, every answer as a
    suggestedAnswer with its author and upvotes, in plain text (the words a reader sees, no
    Markdown), and the page's breadcrumb trail."""
    url = settings.SITE_URL + question.get_absolute_url()
    answers = [
        {
            "@type": "Answer",
            "text": markdown_plain(f"{a.headline}\n\n{a.body}"),
            "dateCreated": a.created_at.isoformat(),
            "upvoteCount": a.helpful_count,
            "url": f"{url}#answer-{a.pk}",
            "author": {
                "@type": "Person",
                "name": a.physician.display_name,
                "url": settings.SITE_URL + a.physician.get_absolute_url(),
                "jobTitle": a.physician.get_specialty_display(),
            },
        }
        for a in question.page_answers
    ]
    return {
        "@context": "https://schema.org",
        "@type": "QAPage",
        "breadcrumb": breadcrumbs(question),
        "mainEntity": {
            "@type": "Question",
            "name": question.title,
            "text": markdown_plain(question.body),
            "answerCount": len(answers),
            "dateCreated": question.created_at.isoformat(),
            "author": {"@type": "Person", "name": question.asker_name},
            "suggestedAnswer": answers,
        },
    }
