"""Annotations cached on disk, keyed by engine and text hash, so re-runs are instant.

The cache lives in $QUOTEAUDIT_CACHE (or $XDG_CACHE_HOME/quoteaudit, ~/.cache/quoteaudit);
QUOTEAUDIT_CACHE=off disables it. A damaged entry is ignored and rewritten.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import asdict
from pathlib import Path

from quoteaudit.models import Annotation, Entity, Sentence, Token

FORMAT = 1


def cache_dir() -> Path | None:
    setting = os.environ.get("QUOTEAUDIT_CACHE", "")
    if setting.lower() in {"off", "0", "no"}:
        return None
    if setting:
        return Path(setting)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "quoteaudit"


def _path(folder: Path, engine: str, text: str) -> Path:
    digest = hashlib.sha256(f"{FORMAT}\0{engine}\0{text}".encode()).hexdigest()
    return folder / "annotations" / digest[:2] / f"{digest}.json"


def load(engine: str, text: str) -> Annotation | None:
    folder = cache_dir()
    if folder is None:
        return None
    try:
        data = json.loads(_path(folder, engine, text).read_text(encoding="utf-8"))
        return Annotation(
            sentences=tuple(
                Sentence(s["start"], s["end"], tuple(Token(**t) for t in s["tokens"])) for s in data["sentences"]
            ),
            entities=tuple(Entity(**e) for e in data["entities"]),
            engine=data["engine"],
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def store(engine: str, text: str, annotation: Annotation) -> None:
    """Best effort: a read-only or full disk just means no cache."""
    folder = cache_dir()
    if folder is None:
        return
    path = _path(folder, engine, text)
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", dir=path.parent, delete=False, suffix=".tmp", encoding="utf-8") as fh:
            tmp = fh.name
            json.dump(asdict(annotation), fh)
        os.replace(tmp, path)
        tmp = None
    except OSError:
        pass
    finally:  # on any exit path (a full disk, Ctrl-C), no temp file is left behind
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


def annotate_cached(annotator, text: str) -> Annotation:
    cached = load(annotator.name, text)
    if cached is not None:
        return cached
    annotation = annotator.annotate(text)
    store(annotator.name, text, annotation)
    return annotation
