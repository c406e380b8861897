"""schema.org structured data for question pages."""

from __future__ import annotations

from django.conf import settings

from curbside.qa.models import Question


def question_jsonld(question: Question) -> dict[str, object]:
    """QAPage JSON-LD as search engines document it: the question, every answer as a
    suggestedAnswer with its author and upvotes."""
    url = settings.SITE_URL + question.get_absolute_url()
    answers = [
        {
            "@type": "Answer",
            "text": f"{a.headline}\n\n{a.body}",
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
        "mainEntity": {
            "@type": "Question",
            "name": question.title,
            "text": question.body,
            "answerCount": len(answers),
            "dateCreated": question.created_at.isoformat(),
            "author": {"@type": "Person", "name": question.asker_name},
            "suggestedAnswer": answers,
        },
    }
