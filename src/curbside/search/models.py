from __future__ import annotations

from curbside.search.documents import DocumentKind, SearchDocument
from curbside.search.embeddings import QuestionEmbedding

__all__ = ["DocumentKind", "QuestionEmbedding", "SearchDocument"]
