"""A manifest names what a plain text file cannot say about itself: its outlet, URL, date
and the story it belongs to.

``--manifest FILE`` is a CSV with a header row, or YAML (a list of mappings), with the
columns ``path`` (required), ``outlet``, ``url``, ``published`` and ``story_id``. A relative path is read
from the manifest's folder, then from the working folder. A value given in the manifest
replaces what ingest read from the text; an empty value leaves it alone.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, replace
from pathlib import Path

from quoteaudit.errors import QuoteAuditError
from quoteaudit.models import Article

FIELDS = ("outlet", "url", "published", "story_id")


@dataclass(frozen=True)
class ManifestEntry:
    path: str
    outlet: str = ""
    url: str = ""
    published: str = ""
    story_id: str = ""


def _records(path: Path) -> list[dict]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise QuoteAuditError(f"{path}: cannot read the manifest ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise QuoteAuditError(f"{path}: the manifest is not UTF-8 text") from None
    if path.suffix.lower() in (".yml", ".yaml"):
        import yaml

        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" at line {mark.line + 1}" if mark else ""
            raise QuoteAuditError(f"{path}: the manifest is not valid YAML{where}") from None
        if isinstance(data, dict) and isinstance(data.get("articles"), list):
            data = data["articles"]
        if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
            raise QuoteAuditError(f"{path}: the manifest must be a list of entries with path, outlet, url, published, story_id")
        return data
    rows = list(csv.DictReader(text.splitlines()))
    if rows and "path" not in rows[0]:
        raise QuoteAuditError(f"{path}: the manifest has no 'path' column (columns: path, outlet, url, published, story_id)")
    return rows


def load_manifest(path: Path) -> list[ManifestEntry]:
    """The manifest's entries; a one-line QuoteAuditError naming the file for any problem."""
    path = Path(path)
    entries = []
    for n, record in enumerate(_records(path), 1):
        record = {str(k).strip().lower(): ("" if v is None else str(v).strip()) for k, v in record.items() if k}
        if not record.get("path"):
            raise QuoteAuditError(f"{path}: entry {n} has no path")
        entries.append(ManifestEntry(record["path"], *(record.get(f, "") for f in FIELDS)))
    return entries


def _key(path: str | Path) -> str:
    return str(Path(path).expanduser().resolve())


def apply_manifest(articles: list[Article], entries: list[ManifestEntry], manifest_path: Path) -> tuple[list[Article], list[str]]:
    """Articles with the manifest's values filled in, and the entries that matched no article."""
    base = Path(manifest_path).parent
    by_path: dict[str, ManifestEntry] = {}
    for e in entries:
        for candidate in (base / e.path, Path(e.path)):
            by_path.setdefault(_key(candidate), e)
    used: set[str] = set()
    out = []
    for article in articles:
        entry = by_path.get(_key(article.path)) if article.path else None
        if entry is None:
            out.append(article)
            continue
        used.add(entry.path)
        out.append(replace(article, **{f: getattr(entry, f) for f in FIELDS if getattr(entry, f)}))
    return out, [e.path for e in entries if e.path not in used]
