from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.defaultfilters import pluralize

from curbside.lib.pagination import paginate
from curbside.limits.http import rate_limited
from curbside.qa.models import Answer, Question
from curbside.search import fulltext
from curbside.search.documents import DocumentKind, SearchDocument
from curbside.search.forms import KIND_SLUGS, SearchForm
from curbside.search.hybrid import search_questions
from curbside.search.synonyms import strip_tokens

TOP_PER_KIND = 5
PAGE_SIZE = 20
EXAMPLES = ["Botox for frown lines", "neck spasms", "excessive sweating", "Dysport vs Xeomin"]


@dataclass
class ResultGroup:
    slug: str
    label: str
    count: int
    documents: list[SearchDocument]
    url: str


@rate_limited("search")
def search(request: HttpRequest) -> HttpResponse:
    """Results grouped by kind, the first few of each; with `kind`, one kind's results a page
    at a time. A fixed number of queries: a count and a page per kind shown."""
    form = SearchForm(request.GET)
    if not form.is_valid():
        return render(request, "search/search.html", {"form": form, "q": ""}, status=400)
    q: str = form.cleaned_data["q"].strip()
    chosen: str = form.cleaned_data["kind"]
    context: dict[str, Any] = {"form": form, "q": q, "kind": chosen, "examples": EXAMPLES}
    if not q:
        return render(request, "search/search.html", context)
    parsed = fulltext.parse_query(q)
    groups = []
    for slug, kind in KIND_SLUGS.items():
        url = "?" + urlencode({"q": q, "kind": slug})
        label = str(DocumentKind(kind).label)
        if kind == DocumentKind.QUESTION:
            # Questions: the full-text ranking fused with the nearest in meaning (search.hybrid).
            ranked = [qid for qid, _ in search_questions(q, parsed, fulltext.RANK_WINDOW)]
            if slug == chosen:
                ids = paginate(request, ranked, PAGE_SIZE)
                shown = _question_documents(list(ids), parsed)
                context["page"], context["page_query"] = ids, url
                groups.append(ResultGroup(slug, label, ids.paginator.count, shown, url))
            elif not chosen:
                shown = _question_documents(ranked[:TOP_PER_KIND], parsed)
                groups.append(ResultGroup(slug, label, len(ranked), shown, url))
            else:
                groups.append(ResultGroup(slug, label, len(ranked), [], url))
            continue
        found = fulltext.search(SearchDocument.objects.filter(kind=kind), parsed, snippets=True)
        if slug == chosen:
            page = paginate(request, found, PAGE_SIZE)
            context["page"], context["page_query"] = page, url
            groups.append(ResultGroup(slug, label, page.paginator.count, list(page), url))
        elif not chosen:
            documents = list(found[:TOP_PER_KIND])
            count = found.count() if len(documents) == TOP_PER_KIND else len(documents)
            groups.append(ResultGroup(slug, label, count, documents, url))
        else:
            groups.append(ResultGroup(slug, label, found.count(), [], url))
    _describe(groups)
    context |= {
        "groups": groups,
        "total": sum(group.count for group in groups),
        "added": parsed.added,
        "any_words": _any_words(parsed),
    }
    return render(request, "search/search.html", context)


def _describe(groups: list[ResultGroup]) -> None:
    """A line under each shown result saying what it is: how many doctors answered a question;
    who wrote an answer, to which question; an article's byline. One query a kind shown."""
    shown = {kind: [d for g in groups for d in g.documents if d.kind == kind] for kind in KINDS}
    if shown[DocumentKind.QUESTION]:
        counts = dict(
            Question.objects.filter(
                pk__in=[d.object_id for d in shown[DocumentKind.QUESTION]]
            ).values_list("pk", "answer_count")
        )
        for d in shown[DocumentKind.QUESTION]:
            n = counts.get(d.object_id, 0)
            d.context = f"{n} doctor answer{pluralize(n)}"
    if shown[DocumentKind.ANSWER]:
        answers = Answer.objects.filter(
            pk__in=[d.object_id for d in shown[DocumentKind.ANSWER]]
        ).select_related("physician", "question")
        by_id = {a.pk: a for a in answers}
        for d in shown[DocumentKind.ANSWER]:
            answer = by_id.get(d.object_id)
            if answer is not None:
                d.context = f"{answer.physician.display_name} on “{answer.question.title}”"
    for d in shown[DocumentKind.ARTICLE]:
        d.context = strip_tokens(d.extra).strip()


KINDS = (DocumentKind.QUESTION, DocumentKind.ANSWER, DocumentKind.ARTICLE)


def _question_documents(ids: list[int], parsed: fulltext.ParsedQuery) -> list[SearchDocument]:
    """The search documents of these questions, in this order, with snippets; questions with no
    document (not published) are left out."""
    documents = SearchDocument.objects.filter(kind=DocumentKind.QUESTION, object_id__in=ids)
    by_question = {d.object_id: d for d in fulltext.with_snippets(documents, parsed)}
    return [by_question[qid] for qid in ids if qid in by_question]


def _any_words(parsed: fulltext.ParsedQuery) -> str:
    """For "no results": the same words with OR between them, when there are several."""
    if len(parsed.groups) < 2:
        return ""
    return " OR ".join(" ".join(group[0]) for group in parsed.groups)
