from __future__ import annotations

from curbside.search.documents import DocumentKind, SearchDocument
from curbside.search.embeddings import QuestionEmbedding
from curbside.search.terms import QuestionWord

__all__ = ["DocumentKind", "QuestionEmbedding", "QuestionWord", "SearchDocument"]
