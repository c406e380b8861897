"""The import order of docs/architecture.md, checked over every module outside tests and
migrations: `lib` imports no app, and the pairs of apps that still import each other (issue 13
removes them) can only become fewer."""

from __future__ import annotations

import ast
import itertools
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "src" / "curbside"
# Pairs of apps importing each other when docs/architecture.md was written; lower it as they go.
MUTUAL_PAIRS_AT_MOST = 17


def _imports() -> dict[str, set[str]]:
    apps = {p.name for p in ROOT.iterdir() if (p / "__init__.py").exists()}
    found: dict[str, set[str]] = defaultdict(set)
    for path in ROOT.rglob("*.py"):
        parts = path.relative_to(ROOT).parts
        if len(parts) < 2 or "tests" in parts or "migrations" in parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            for name in names:
                bits = name.split(".")
                if bits[0] == "curbside" and len(bits) > 1 and bits[1] in apps - {parts[0]}:
                    found[parts[0]].add(bits[1])
    return found


def test_lib_imports_no_app():
    assert _imports()["lib"] == set()


def test_the_low_apps_import_only_lower_ones():
    imports = _imports()
    assert imports["accounts"] <= {"lib"}
    assert imports["limits"] <= {"lib", "accounts"}


def test_apps_importing_each_other_only_become_fewer():
    imports = _imports()
    pairs = [
        (a, b)
        for a, b in itertools.combinations(sorted(imports), 2)
        if b in imports[a] and a in imports[b]
    ]
    assert len(pairs) <= MUTUAL_PAIRS_AT_MOST, pairs
