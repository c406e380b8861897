"""The fingerprint of a training corpus: one file a writer, read in name order."""

from __future__ import annotations

import hashlib
from pathlib import Path


def files_sha256(directory: Path, pattern: str = "*.jsonl") -> str:
    """The sha256 of every matching file's name and bytes, in name order."""
    digest = hashlib.sha256()
    for path in sorted(directory.glob(pattern)):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()
