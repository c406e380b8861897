"""Similar-question quality: on our own development sets, then on two public medical
question-pair sets (evaluation only).

Our sets (`bench/data/similar_dev.jsonl`, `similar_hard.jsonl`, see the README there) were
written for this project: ranking changes are chosen on them. The public sets only measure what
was chosen: `../shared/data/mqp.csv` (Curai Medical Question Pairs) and the RQE AMIA 2016 test
set, read beside the repository at run time; nothing derived from them is written into the
repository (the JSONL for the import lives in a temporary directory) and nothing is tuned on
them. See `../shared/data/README.md`. BENCH_SIMILAR_SETS=dev,hard runs our sets alone.

For each set, in a fresh SQLite database that is Django's default for the run:
1. every distinct candidate (ours `similar` and `different`, MQP `question_2`, RQE `faq`) is
   imported through `curbside import-questions` (title: the text cut at a word boundary within
   150 characters; body: the whole text);
2. `curbside reindex` computes the embeddings and their neighbourhoods;
3. every distinct query (ours `query`, MQP `question_1`, RQE `chq`; RQE's `type` is never
   read) is ranked among all loaded questions by `similar_questions(text, limit=20)`, the
   function behind `GET /api/v1/questions/similar?text=…&limit=20` (the endpoint's maximum),
   with the query embeddings computed in one batch beforehand (a model call per query costs
   minutes on these 2-core machines); the first CHECKED queries also go through the endpoint
   with the test client, and the run fails unless it returns the same ids.

Figures: (a) pairwise accuracy: for each query, how often a label-1 partner scores above a
label-0 partner (ties count half); (b) top-1 rate (the best-ranked question is a label-1
partner) and MRR of the first label-1 partner (MRR@20: a partner outside the 20 returned
counts 0); (c) ROC-AUC over all pairs of the endpoint's score, a partner outside the returned
20 scoring 0 (rank-based Mann-Whitney, ties averaged). Beside them, in the same run: the same
figures for plain cosine similarity of the stored MiniLM vectors (the off-the-shelf baseline,
ranking every loaded question).
"""

from __future__ import annotations

import csv
import importlib
import io
import json
import os
import tempfile
import time
from collections.abc import Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import numpy as np
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import DEFAULT_DB_ALIAS
from django.test import Client

from bench.harness import Result
from bench.search_speed import default_database, optional, say

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
MQP = DATA / "mqp.csv"
RQE = DATA / "rqe_amia2016" / "RQE_Test_302_pairs_AMIA2016.csv"
# Our own development sets (bench/data/README.md): ranking changes are chosen on these, and MQP
# and RQE only measure what was chosen.
OURS = ROOT / "bench" / "data"
DEV_SETS = {
    "dev": ("Curbside development set", OURS / "similar_dev.jsonl"),
    "hard": ("Curbside hard set", OURS / "similar_hard.jsonl"),
}
# BENCH_SIMILAR_SETS=dev,hard for a quick run on our sets alone.
SETS = tuple(
    name.strip()
    for name in os.environ.get("BENCH_SIMILAR_SETS", "dev,hard,mqp,rqe").split(",")
    if name.strip()
)
TITLE_MAX = 150
TEXT_MAX = 2000  # the endpoint's limit on `text`
LIMIT = 20  # the endpoint's maximum
CHECKED = 50  # queries also asked through the endpoint, to check it ranks the same
# From ../shared/data/README.md: off-the-shelf all-MiniLM-L6-v2, cosine of each pair.
BASELINE = {"mqp": {"auc": 0.885, "top1": 0.892, "mrr": 0.931}, "rqe": {"auc": 0.893}}
TARGET_AUC = 0.90
TARGET_TOP1 = 0.92


@dataclass
class PairSet:
    name: str
    pairs: list[tuple[str, str, int]]  # (query, candidate, label)

    @property
    def candidates(self) -> list[str]:
        return list(dict.fromkeys(c for _, c, _ in self.pairs))

    @property
    def queries(self) -> list[str]:
        return list(dict.fromkeys(q for q, _, _ in self.pairs))


def read_mqp(path: Path) -> PairSet:
    with path.open(newline="", encoding="utf-8") as handle:
        rows = [(q1, q2, int(label)) for _, q1, q2, label in csv.reader(handle)]
    return PairSet("MQP", rows)


def read_rqe(path: Path) -> PairSet:
    with path.open(newline="", encoding="utf-8") as handle:
        rows = [(r["chq"], r["faq"], int(r["label"])) for r in csv.DictReader(handle)]
    return PairSet("RQE test", rows)


def read_ours(name: str, path: Path) -> PairSet:
    """One of our sets: each line a query, a paraphrase with its intent and a related question
    its answer would not answer."""
    pairs: list[tuple[str, str, int]] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            pairs += [(row["query"], row["similar"], 1), (row["query"], row["different"], 0)]
    return PairSet(name, pairs)


def key(text: str) -> str:
    return " ".join(text.split())


def title_of(text: str) -> str:
    text = key(text)
    if len(text) <= TITLE_MAX:
        return text
    cut = text[: TITLE_MAX - 1].rsplit(" ", 1)[0] or text[: TITLE_MAX - 1]
    return cut + "…"


def query_text(text: str) -> str:
    text = key(text)
    return text if len(text) <= TEXT_MAX else text[:TEXT_MAX].rsplit(" ", 1)[0]


# -- metrics -------------------------------------------------------------------------------


def roc_auc(scores: Sequence[float], labels: Sequence[int]) -> float:
    """Area under the ROC curve as the Mann-Whitney U statistic, ties given average ranks."""
    values = np.asarray(scores, dtype=float)
    truth = np.asarray(labels, dtype=int)
    positives, negatives = int(truth.sum()), int(len(truth) - truth.sum())
    if positives == 0 or negatives == 0:
        return float("nan")
    order = np.argsort(values, kind="mergesort")
    ranks = np.empty(len(values), dtype=float)
    sorted_values = values[order]
    i = 0
    while i < len(values):
        j = i
        while j + 1 < len(values) and sorted_values[j + 1] == sorted_values[i]:
            j += 1
        ranks[order[i : j + 1]] = (i + j) / 2 + 1
        i = j + 1
    u = ranks[truth == 1].sum() - positives * (positives + 1) / 2
    return float(u / (positives * negatives))


@dataclass
class Figures:
    pairwise: float
    top1: float
    mrr: float
    auc: float
    queries: int
    pairs: int


def figures(
    groups: dict[str, dict[int, int]], rankings: dict[str, list[tuple[int, float]]]
) -> Figures:
    """`groups`: query → {candidate id: label}; `rankings`: query → [(id, score)] best first."""
    wins = comparisons = 0.0
    top1 = reciprocal = 0.0
    with_positive = 0
    scores: list[float] = []
    labels: list[int] = []
    for query, partners in groups.items():
        ranking = rankings.get(query, [])
        score = dict(ranking)
        for candidate, label in partners.items():
            scores.append(score.get(candidate, 0.0))
            labels.append(label)
        positives = [score.get(c, 0.0) for c, label in partners.items() if label == 1]
        negatives = [score.get(c, 0.0) for c, label in partners.items() if label == 0]
        for p in positives:
            for n in negatives:
                wins += 1.0 if p > n else 0.5 if p == n else 0.0
                comparisons += 1
        if positives:
            with_positive += 1
            wanted = {c for c, label in partners.items() if label == 1}
            if ranking and ranking[0][0] in wanted:
                top1 += 1
            for rank, (candidate, _) in enumerate(ranking, start=1):
                if candidate in wanted:
                    reciprocal += 1 / rank
                    break
    return Figures(
        pairwise=wins / comparisons if comparisons else float("nan"),
        top1=top1 / with_positive if with_positive else float("nan"),
        mrr=reciprocal / with_positive if with_positive else float("nan"),
        auc=roc_auc(scores, labels),
        queries=len(groups),
        pairs=len(scores),
    )


# -- one set -------------------------------------------------------------------------------


@dataclass
class Loaded:
    ids: dict[str, int]  # normalised text → question id
    rejected: int
    notes: list[str] = field(default_factory=list)


def load(candidates: Iterable[str], tmp: Path) -> Loaded:
    from curbside.qa.models import Question

    path = tmp / "questions.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for text in candidates:
            handle.write(json.dumps({"title": title_of(text), "body": text}) + "\n")
    err = io.StringIO()
    # Rejected lines raise CommandError at the end; they are counted below, the rest imported.
    with suppress(CommandError):
        call_command("import_questions", str(path), quiet=True, stdout=io.StringIO(), stderr=err)
    ids = {key(body): pk for pk, body in Question.objects.values_list("pk", "body")}
    rejected = sum(1 for line in err.getvalue().splitlines() if line.startswith("line "))
    return Loaded(ids=ids, rejected=rejected)


def endpoint_rankings(
    queries: Sequence[str], vectors: Any
) -> tuple[dict[str, list[tuple[int, float]]], str]:
    """Each query's ranking from `similar_questions`, the function behind the endpoint, given
    the query's embedding computed in one batch beforehand (`vectors`, in query order): the
    same ranking the endpoint returns, without a model call per query. CHECKED queries also go
    through the endpoint itself, and must get the same ids."""
    similar_questions = optional("curbside.search.hybrid", "similar_questions")
    rankings: dict[str, list[tuple[int, float]]] = {}
    for n, query in enumerate(queries):
        found = similar_questions(query_text(query), limit=LIMIT, vector=vectors[n])
        rankings[query] = [(s.id, s.score) for s in found]
    client = Client()
    for query in queries[:CHECKED]:
        url = "/api/v1/questions/similar?" + urlencode({"text": query_text(query), "limit": LIMIT})
        response = client.get(url)
        if response.status_code != 200:
            return rankings, f"{url[:80]}… answered {response.status_code}"
        ids = [int(item["id"]) for item in response.json()]
        if ids != [pk for pk, _ in rankings[query]]:
            return rankings, f"the endpoint ranked {url[:80]}… differently"
    return rankings, ""


def cosine_rankings(
    queries: Sequence[str], loaded: Loaded, vectors: Any
) -> dict[str, list[tuple[int, float]]] | None:
    """The off-the-shelf baseline: cosine of the query's embedding with every stored vector."""
    index = optional("curbside.search.vectors", "current_index")()
    ids = list(loaded.ids.values())
    stored = index.vectors_for(ids)
    if not stored:
        return None
    matrix_ids = list(stored)
    matrix = np.vstack([stored[i] for i in matrix_ids])
    sims = vectors @ matrix.T
    rankings = {}
    for n, query in enumerate(queries):
        order = np.argsort(-sims[n])
        rankings[query] = [(matrix_ids[j], float(sims[n, j])) for j in order]
    return rankings


def evaluate(pair_set: PairSet, result: Result) -> dict[str, Figures]:
    out: dict[str, Figures] = {}
    sqlite = dict(settings.DATABASES[DEFAULT_DB_ALIAS])
    with tempfile.TemporaryDirectory(prefix="curbside-similar-") as tmp:
        sqlite["NAME"] = str(Path(tmp) / "similar.sqlite3")
        with default_database(sqlite):
            started = time.perf_counter()
            say(f"{pair_set.name}: importing {len(pair_set.candidates):,} questions")
            loaded = load(pair_set.candidates, Path(tmp))
            took = time.perf_counter() - started
            started = time.perf_counter()
            say(f"{pair_set.name}: curbside reindex")
            try:
                call_command("reindex", quiet=True, stdout=io.StringIO(), stderr=io.StringIO())
            except (CommandError, LookupError) as exc:
                result.lines.append(
                    f"{pair_set.name}: SKIPPED semantic metrics — `curbside reindex` is not "
                    f"available ({exc})"
                )
                return out
            reindexed = time.perf_counter() - started
            groups: dict[str, dict[int, int]] = {}
            missing = 0
            for query, candidate, label in pair_set.pairs:
                pk = loaded.ids.get(key(candidate))
                if pk is None:
                    missing += 1
                    continue
                groups.setdefault(query, {})[pk] = label
            started = time.perf_counter()
            say(f"{pair_set.name}: asking the similar endpoint for {len(groups):,} queries")
            semantic = importlib.import_module("curbside.search.semantic")
            queries = list(groups)
            vectors = semantic.embed([semantic.prepare(query_text(q)) for q in queries])
            if vectors is None:
                result.lines.append(f"{pair_set.name}: SKIPPED — no embedding model")
                return out
            rankings, failure = endpoint_rankings(queries, vectors)
            asked = time.perf_counter() - started
            if failure:
                result.lines.append(f"{pair_set.name}: FAILED — the similar endpoint: {failure}")
                return out
            out["ours"] = figures(groups, rankings)
            cosine = cosine_rankings(queries, loaded, vectors)
            if cosine is not None:
                out["cosine"] = figures(groups, cosine)
    result.lines.append(
        f"{pair_set.name}: {len(loaded.ids):,} questions imported in {took:.1f} s "
        f"({loaded.rejected} rejected, {missing} pairs dropped with them), reindexed in "
        f"{reindexed:.1f} s; {len(groups):,} queries through the endpoint in {asked:.1f} s"
    )
    return out


def _row(label: str, f: Figures | None) -> str:
    if f is None:
        return f"  {label:<44}{'–':>9}{'–':>9}{'–':>9}{'–':>9}"
    return f"  {label:<44}{f.pairwise:>9.3f}{f.top1:>9.3f}{f.mrr:>9.3f}{f.auc:>9.3f}"


def _baseline_row(base: dict[str, float]) -> str:
    cells = [f"{base[k]:>9.3f}" if k in base else f"{'–':>9}" for k in ("top1", "mrr", "auc")]
    return f"  {'README baseline: MiniLM cosine, off the shelf':<44}{'–':>9}{''.join(cells)}"


def run() -> Result:
    result = Result(
        name="Similar questions: quality on our development sets, then MQP and RQE "
        "(evaluation data, not tuned)"
    )
    sets: list[tuple[str, PairSet]] = []
    for name in SETS:
        if name in DEV_SETS:
            title, path = DEV_SETS[name]
            sets.append((name, read_ours(title, path)))
        elif name == "mqp" and MQP.is_file():
            sets.append(("mqp", read_mqp(MQP)))
        elif name == "rqe" and RQE.is_file():
            sets.append(("rqe", read_rqe(RQE)))
        else:
            result.lines.append(
                f"{name}: SKIPPED — no such set here (see ../shared/data/README.md)"
            )
    header = f"  {'':<44}{'pairwise':>9}{'top-1':>9}{'MRR@20':>9}{'ROC-AUC':>9}"
    verdict: bool | None = None
    for name, pair_set in sets:
        found = evaluate(pair_set, result)
        if not found:
            continue
        ours = found["ours"]
        result.lines.append(header)
        result.lines.append(_row("ours: GET /api/v1/questions/similar", ours))
        result.lines.append(_row("same run: MiniLM cosine over all questions", found.get("cosine")))
        lines = 4
        if name in BASELINE:
            result.lines.append(_baseline_row(BASELINE[name]))
            lines = 5
        for line in result.lines[-lines:]:  # as they come: a killed run still leaves its figures
            say(line)
        if name == "mqp":
            verdict = ours.auc >= TARGET_AUC and ours.top1 >= TARGET_TOP1
            result.lines.append(
                f"Target on MQP: ROC-AUC >= {TARGET_AUC} and top-1 >= {TARGET_TOP1}: "
                f"{'PASS' if verdict else 'FAIL'} ({ours.pairs:,} pairs, "
                f"{ours.queries:,} queries)"
            )
    result.passed = verdict
    return result
