"""Reading the demo's content files: YAML, validated by a model of `content.types`. Any
problem raises ContentError with one line per problem, each naming the file and the item
(`topics/frown_lines.yaml: seeds[3] (“Will Botox…”).focus: unknown point …`)."""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from curbside.demo.content.types import short

CONTENT_DIR = Path(__file__).resolve().parent

ModelT = TypeVar("ModelT", bound=BaseModel)


class ContentError(ValueError):
    """A content file that cannot be read, or whose content is not valid."""


# libyaml's parser where it is installed (it is about ten times faster), else PyYAML's own.
_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[misc]  # a base chosen at run time
    """A safe loader that refuses a key given twice in one mapping, where PyYAML would keep
    the last silently (two points of one name would lose one without a word)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Hashable] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    "while reading a mapping",
                    node.start_mark,
                    f"found the key {key!r} twice",
                    key_node.start_mark,
                )
            seen.add(key)
        return dict(super().construct_mapping(node, deep=deep))


def display_name(path: Path) -> str:
    """The path as errors show it: relative to the content folder where it is inside it."""
    try:
        return str(path.resolve().relative_to(CONTENT_DIR))
    except ValueError:
        return str(path)


def read_yaml(path: Path) -> dict[str, Any]:
    """The file's top-level mapping, unvalidated."""
    try:
        with path.open(encoding="utf-8") as stream:
            data = yaml.load(stream, Loader=_Loader)  # noqa: S506  # a safe loader
    except (OSError, yaml.YAMLError) as exc:
        raise ContentError(f"{display_name(path)}: {exc}") from None
    if not isinstance(data, dict):
        raise ContentError(f"{display_name(path)}: expected a mapping of names to values")
    return data


def read(
    path: Path,
    model: type[ModelT],
    *,
    context: Mapping[str, object] | None = None,
    extra: Mapping[str, object] | None = None,
) -> ModelT:
    """Read `path` and validate it as `model`. `context` holds the names and shared texts the
    file may refer to; `extra` adds fields that come from elsewhere (a topic's key from its
    file name)."""
    data = read_yaml(path)
    clash = sorted(set(extra or {}) & set(data))
    if clash:
        raise ContentError(f"{display_name(path)}: {', '.join(clash)} comes from the file name")
    try:
        return model.model_validate({**(extra or {}), **data}, context=dict(context or {}))
    except ValidationError as exc:
        name = display_name(path)
        lines = [
            f"{name}: {_where(data, error['loc'])}{error['msg'].removeprefix('Value error, ')}"
            for error in exc.errors(include_url=False)
        ]
        raise ContentError("\n".join(lines)) from None


def _where(data: object, loc: tuple[int | str, ...]) -> str:
    """`seeds[3] (“first title”).focus: ` for the location pydantic reports, with a hint of
    which item a list index is, from the item's title or headline; "" for the whole file."""
    if not loc:
        return ""
    out = ""
    node: object = data
    for step in loc:
        if isinstance(step, int):
            out += f"[{step}]"
            node = node[step] if isinstance(node, list) and step < len(node) else None
            hint = _hint(node)
            out += f" (“{hint}”)" if hint else ""
        else:
            out += f".{step}" if out else str(step)
            node = node.get(step) if isinstance(node, dict) else None
    return out + ": "


def _hint(node: object) -> str:
    if not isinstance(node, dict):
        return ""
    for field in ("titles", "title", "headline", "name"):
        value = node.get(field)
        if isinstance(value, list) and value:
            value = value[0]
        if isinstance(value, str):
            return short(value)
    return ""
