"""Annotations cached on disk, keyed by engine, model version and text hash, so re-runs are
instant; parsed rule files are kept the same way (``read_json``/``write_json``).

The cache lives in $QUOTEAUDIT_CACHE (or $XDG_CACHE_HOME/quoteaudit, ~/.cache/quoteaudit);
QUOTEAUDIT_CACHE=off disables it. A damaged entry is ignored and rewritten.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from quoteaudit.models import Annotation, Entity, Sentence, Token

FORMAT = 2  # 2: sentences, tokens and entities as rows


def cache_dir() -> Path | None:
    setting = os.environ.get("QUOTEAUDIT_CACHE", "")
    if setting.lower() in {"off", "0", "no"}:
        return None
    if setting:
        return Path(setting)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "quoteaudit"


def data_dir() -> Path:
    """Where tables derived from an installed package are kept (the world first-name genders):
    the cache folder, or its default place when caching is off. Such a table depends on the
    package alone, never on a text or model, so turning annotation caching off (for timing,
    say) should not make every run re-derive it."""
    folder = cache_dir()
    if folder is not None:
        return folder
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "quoteaudit"


def _path(folder: Path, kind: str, key: str) -> Path:
    digest = hashlib.sha256(f"{FORMAT}\0{key}".encode()).hexdigest()
    return folder / kind / digest[:2] / f"{digest}.json"


def read_json(kind: str, key: str, folder: Path | None = None) -> Any:
    """What ``write_json`` stored under ``key``, or None when there is none (or the cache is
    off, or the entry is damaged: a cache never stops a run). FOLDER overrides the cache's."""
    folder = folder or cache_dir()
    if folder is None:
        return None
    try:
        return json.loads(_path(folder, kind, key).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def write_json(kind: str, key: str, data: Any, folder: Path | None = None) -> None:
    """Best effort, written atomically: a read-only or full disk just means no cache."""
    folder = folder or cache_dir()
    if folder is None:
        return
    path = _path(folder, kind, key)
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", dir=path.parent, delete=False, suffix=".tmp", encoding="utf-8") as fh:
            tmp = fh.name
            json.dump(data, fh)
        os.replace(tmp, path)
        tmp = None
    except (OSError, TypeError, ValueError):
        pass
    finally:  # on any exit path (a full disk, Ctrl-C), no temp file is left behind
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


def load(engine: str, text: str) -> Annotation | None:
    data = read_json("annotations", f"{engine}\0{text}")
    try:
        return Annotation(
            sentences=tuple(Sentence(start, end, tuple(Token(*t) for t in tokens)) for start, end, tokens in data["sentences"]),
            entities=tuple(Entity(*e) for e in data["entities"]),
            engine=data["engine"],
        )
    except (KeyError, TypeError, ValueError):
        return None


def store(engine: str, text: str, annotation: Annotation) -> None:
    """Rows, not dicts of every field (``dataclasses.asdict`` took most of a corpus run's time)."""
    if cache_dir() is None:
        return
    data = {
        "engine": annotation.engine,
        "entities": [[e.text, e.start, e.end, e.type] for e in annotation.entities],
        "sentences": [
            [s.start, s.end, [[t.text, t.start, t.end, t.upos, t.lemma, t.head, t.deprel] for t in s.tokens]] for s in annotation.sentences
        ],
    }
    write_json("annotations", f"{engine}\0{text}", data)


def _key(annotator) -> str:
    """The engine and the version of its models (``cache_key``) when the engine has one."""
    return getattr(annotator, "cache_key", annotator.name)


def annotate_cached(annotator, text: str) -> Annotation:
    return annotate_many_cached(annotator, [text])[0]


def annotate_many_cached(annotator, texts: list[str]) -> list[Annotation]:
    """Cached annotations where there are some; the misses go to the engine in one batch
    (``annotate_many`` when it has one, which is how stanza is fast)."""
    key = _key(annotator)
    found = [load(key, text) for text in texts]
    missing = [i for i, annotation in enumerate(found) if annotation is None]
    if missing:
        batch = [texts[i] for i in missing]
        many = getattr(annotator, "annotate_many", None)
        made = many(batch) if many else [annotator.annotate(text) for text in batch]
        for i, annotation in zip(missing, made, strict=True):
            store(key, texts[i], annotation)
            found[i] = annotation
    return [annotation for annotation in found if annotation is not None]  # every gap is filled above
