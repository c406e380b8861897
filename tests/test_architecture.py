"""The app order of docs/architecture.md, checked over every module outside tests and
migrations: an app imports only apps in lower layers (and `lib`, which imports none); the one
pair that shares a layer is named here and in the docs; no module passes 600 lines."""

from __future__ import annotations

import ast
import tomllib
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "src" / "curbside"

# docs/architecture.md draws these layers; an app may import the layers below its own.
LAYERS: dict[str, int] = {
    "lib": 0,
    "accounts": 1,
    "catalogue": 1,
    "audit": 2,
    "limits": 2,
    "notifications": 2,
    "evidence": 3,
    "providers": 4,
    "practices": 5,
    "articles": 5,
    "qa": 6,
    "reviews": 7,
    "search": 7,
    "claims": 7,
    "triage": 8,
    "consensus": 8,
    "moderation": 9,
    "web": 9,
    "demo": 10,
}
# Apps of one layer that import each other, and why (docs/architecture.md).
SAME_LAYER = {
    # The practice page lists the practice's articles; an article is published under its
    # practice's name.
    frozenset({"articles", "practices"}),
}
MODULE_LINES_AT_MOST = 600


def _sources() -> list[tuple[Path, tuple[str, ...]]]:
    return [
        (path, parts)
        for path in ROOT.rglob("*.py")
        if len(parts := path.relative_to(ROOT).parts) >= 2
        and "tests" not in parts
        and "migrations" not in parts
    ]


def _imports() -> dict[str, set[str]]:
    apps = {p.name for p in ROOT.iterdir() if (p / "__init__.py").exists()}
    found: dict[str, set[str]] = defaultdict(set)
    for path, parts in _sources():
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


def test_every_app_has_its_layer():
    apps = {p.name for p in ROOT.iterdir() if (p / "__init__.py").exists()}
    assert apps == set(LAYERS)


def test_lib_imports_no_app():
    assert _imports()["lib"] == set()


def test_apps_import_only_lower_layers():
    upward = sorted(
        f"{app} ({LAYERS[app]}) imports {other} ({LAYERS[other]})"
        for app, others in _imports().items()
        for other in others
        if LAYERS[other] >= LAYERS[app] and frozenset({app, other}) not in SAME_LAYER
    )
    assert upward == []


def test_no_module_passes_600_lines():
    long = {
        str(path.relative_to(ROOT)): n
        for path, _ in _sources()
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MODULE_LINES_AT_MOST
    }
    assert long == {}


def test_the_package_ships_every_data_file():
    """A non-editable install (README, "Running in production") gets every file the code
    reads: what pyproject.toml's package-data globs match."""
    config = tomllib.loads((ROOT.parent.parent / "pyproject.toml").read_text(encoding="utf-8"))
    shipped = {
        path
        for pattern in config["tool"]["setuptools"]["package-data"]["curbside"]
        for path in ROOT.glob(pattern)
        if path.is_file()
    }
    data = {
        path
        for path in ROOT.rglob("*")
        if path.is_file()
        and path.suffix not in {".py", ".pyc"}
        and not {"tests", "__pycache__", "migrations"} & set(path.relative_to(ROOT).parts)
    }
    assert sorted(str(p.relative_to(ROOT)) for p in data - shipped) == []
