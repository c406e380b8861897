"""Every question topic, in the order questions are drawn (topics.yaml lists them; each is
topics/<key>.yaml)."""

from __future__ import annotations

from pathlib import Path

from curbside.demo.content import directory
from curbside.demo.content.files import CONTENT_DIR, ContentError, read
from curbside.demo.content.types import Topic, TopicIndex


def topics_read(folder: Path = CONTENT_DIR) -> tuple[Topic, ...]:
    """The topics that `folder`/topics.yaml lists, each read from `folder`/topics/<key>.yaml
    with the shared products and caveats. A topic file that is not listed is an error too."""
    index = read(folder / "topics.yaml", TopicIndex, context=directory.NAMES)
    files = {path.stem for path in (folder / "topics").glob("*.yaml")}
    missing = [key for key in index.order if key not in files]
    unlisted = sorted(files - set(index.order))
    if missing or unlisted:
        raise ContentError(
            "topics.yaml: order: "
            + "; ".join(
                [f"no file topics/{key}.yaml" for key in missing]
                + [f"topics/{key}.yaml is not listed" for key in unlisted]
            )
        )
    context = {**directory.NAMES, "products": index.products, "caveats": index.caveats}
    return tuple(
        read(folder / "topics" / f"{key}.yaml", Topic, context=context, extra={"key": key})
        for key in index.order
    )


TOPICS: tuple[Topic, ...] = topics_read()
