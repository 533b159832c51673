"""Turn the files a fact-checker points at into ``Article`` records.

Formats: ``.txt``, ``.md``, ``.html``/``.htm`` (main text only, via trafilatura),
``.json`` (one record or a list), ``.jsonl`` (one record a line) and ``.csv``.
Records carry ``text`` and ``doc_id`` or ``id``, and optionally ``outlet``, ``title``,
``url``, ``published`` and ``story_id`` (also read from a nested ``meta`` dict, as the
evaluation files have them). A record's text is kept exactly as given, because evaluation offsets index it.

Plain text says things about itself that the pipeline needs: a headline, a byline, a
dateline, the outlet (a "© Outlet 2026" line, a bare site name on the first line) and,
at the end, site furniture (related-news lists, FAQ blocks, tag lines) that must not
yield quotes or sources. ``article_from_text`` infers all of that; explicit metadata
always wins. Word lists live in rules/lexicon/ingest.yml; regexes stay here.

Errors are the user's to fix: ``load_file`` raises ``InputError`` with a one-line
message; ``InputStream`` (and ``load_inputs``, which reads one whole) turns each into an
``InputProblem`` and goes on with the batch, keeping the good records of a half-broken
``.jsonl`` or ``.csv``, and hands on each article as soon as it is read. Files are decoded
from their byte-order mark, else UTF-8, else the encoding charset-normalizer detects;
mojibake in prose files is repaired with ftfy; ``Article.repairs`` says when either happened.
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import datetime as dt
import errno
import functools
import io
import json
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from quoteaudit.errors import InputError
from quoteaudit.models import Article, InputProblem
from quoteaudit.rules import default_rules_dir, lexicon

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

TEXT_SUFFIXES = (".txt",)
MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
RECORD_SUFFIXES = (".json", ".jsonl", ".csv")
DOCX_SUFFIXES = (".docx",)
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + MARKDOWN_SUFFIXES + HTML_SUFFIXES + RECORD_SUFFIXES + DOCX_SUFFIXES

# Size limits: news articles run to tens of kilobytes; a 20 MB log or dump is not one,
# and would only stall the batch. Record files hold many articles, so they may be larger.
MAX_ARTICLE_CHARS = 5_000_000  # one article's text, from any format
MAX_ARTICLE_FILE_BYTES = 20_000_000  # a .txt/.md/.html file (HTML carries markup besides the text)
MAX_RECORDS_FILE_BYTES = 500_000_000  # a .json/.jsonl/.csv of records

META_FIELDS = ("outlet", "title", "byline", "published", "url", "story_id")

# Record keys read for each Article field, in order of preference; the first non-empty wins.
RECORD_KEYS = {
    "id": ("doc_id", "id"),
    "outlet": ("outlet", "publisher", "sitename", "site_name"),
    "title": ("title", "headline"),
    "byline": ("byline", "author", "authors"),
    "published": ("published", "publication_date", "date", "published_at", "pubdate"),
    "url": ("url", "link"),
    "story_id": ("story_id",),  # the story an article belongs to, when a corpus holds several
}

HEADER_LINES = 8  # bylines and datelines sit in the first few lines of a page
HEADLINE_MAX_WORDS = 25  # longer first lines are a lede paragraph, not a headline
HEADLINE_TWO_SENTENCE_MAX_WORDS = 15  # "Game over. Will Sanders come down off the pique?"
PARAGRAPH_MIN_WORDS = 20  # a line this long is article prose; furniture starts after one
FURNITURE_LINE_MAX_WORDS = 30  # link-list items and teasers are short
DATELINE_MAX_WORDS = 16  # "Updated: Feb. 21, 2026 at 5:09 p.m. ET | By Jane Doe" and no more
FAQ_QUESTION_MAX_WORDS = 25
FAQ_ANSWER_MAX_WORDS = 60  # FAQ answers are a sentence or two; interview answers run longer


# ---------------------------------------------------------------- public API


@dataclass(frozen=True)
class Loaded:
    """What a batch of paths gave: the articles, a problem per file or record that could
    not be read, and notes on what was repaired or skipped on the way."""

    articles: list[Article]
    problems: list[InputProblem]
    notes: list[str]


def load_paths(paths: Sequence[str | Path]) -> tuple[list[Article], list[InputProblem]]:
    """Load every file and folder given; a bad file becomes an InputProblem, never a stop."""
    loaded = load_inputs(paths)
    return loaded.articles, loaded.problems


def load_inputs(paths: Sequence[str | Path], exclude: tuple[str | Path, ...] = ()) -> Loaded:
    """Every article of the files and folders given, read whole (see ``InputStream``)."""
    inputs = InputStream(paths, exclude)
    articles = list(inputs)
    return Loaded(articles, inputs.problems, inputs.notes)


@dataclass
class InputStream:
    """The articles of the files and folders given, read one at a time as they are asked
    for, so that a batch can start work on the first articles while the rest is read, and
    a large corpus is never held whole. ``problems`` and ``notes`` grow as the input is
    read; ``on_problem`` is told of each problem as it is met.

    Folders are read recursively in sorted order; hidden files, files of unsupported
    types and reports quoteaudit wrote are skipped there (a report read back would
    be audited as an article), but a file named explicitly must be readable. Paths in
    ``exclude`` (this run's own outputs) are never read. A file reached twice (named
    and inside a named folder) is loaded once. A ``.jsonl`` or ``.csv`` keeps its good
    records and names each bad line. Article ids are made unique as ``unique_ids`` does.

    A file that fails in an unforeseen way (an exception other than InputError) becomes
    one problem; the articles it gave before failing have been handed on already.
    """

    paths: Sequence[str | Path]
    exclude: tuple[str | Path, ...] = ()
    on_problem: Callable[[InputProblem], object] | None = None
    problems: list[InputProblem] = dataclasses.field(default_factory=list)
    notes: list[str] = dataclasses.field(default_factory=list)

    def __iter__(self) -> Iterator[Article]:
        return _renamed(self._articles())

    def _problem(self, problem: InputProblem) -> None:
        self.problems.append(problem)
        if self.on_problem is not None:
            self.on_problem(problem)

    def _articles(self) -> Iterator[Article]:
        skipped_reports: list[str] = []
        seen: set[str] = {os.path.realpath(p) for p in self.exclude}
        for given in self.paths:
            path = Path(given)
            if path.is_dir():
                files, own, unreadable = _folder_files(path)
                skipped_reports.extend(str(f) for f in own)
                for problem in unreadable:
                    self._problem(problem)
                if not files and not own and not unreadable:
                    kinds = ", ".join(SUPPORTED_SUFFIXES)
                    self._problem(InputProblem(str(path), f"folder has no supported files ({kinds})"))
            else:
                files = [path]
            for file in files:
                key = os.path.realpath(file)  # never raises, even on a symlink loop
                if key in seen:
                    continue
                seen.add(key)
                yield from self._file(file)
        if skipped_reports:
            shown = ", ".join(skipped_reports[:3]) + (" …" if len(skipped_reports) > 3 else "")
            self.notes.append(f"skipped {len(skipped_reports)} report(s) quoteaudit wrote, not articles: {shown}")

    def _file(self, file: Path) -> Iterator[Article]:
        """The articles of one file; its problems, and a note per kind of repair made."""
        repairs: set[str] = set()
        try:
            for item in _file_items(file):
                if isinstance(item, InputProblem):
                    self._problem(item)
                    continue
                if item.repairs and item.repairs not in repairs:
                    repairs.add(item.repairs)
                    self.notes.append(f"{file}: {item.repairs}")
                yield item
        except InputError as exc:
            self._problem(InputProblem(exc.path, exc.problem))
        except Exception as exc:
            detail = (str(exc).splitlines() or [""])[0][:200]
            self._problem(InputProblem(str(file), f"could not be read ({type(exc).__name__}: {detail})"))


def load_file(path: str | Path) -> list[Article]:
    """The articles in one file. Raises InputError with a one-line problem, also when
    only some of its records are bad (``read_file`` keeps the good ones)."""
    articles, problems = read_file(path)
    if problems:
        raise InputError(problems[0].path, problems[0].message)
    return articles


def read_file(path: str | Path) -> tuple[list[Article], list[InputProblem]]:
    """The articles in one file, and a problem for each record that could not be read.

    Raises InputError with a one-line problem when the file as a whole cannot be read
    (missing, a folder, a symlink loop, not a regular file, too large, binary, empty) or
    holds no good record at all.
    """
    articles: list[Article] = []
    problems: list[InputProblem] = []
    for item in _file_items(Path(path)):
        if isinstance(item, InputProblem):
            problems.append(item)
        else:
            articles.append(item)
    return unique_ids(articles), problems


def _file_items(path: Path) -> Iterator[Article | InputProblem]:
    """``read_file``'s articles and problems in file order, each as soon as it is read.

    A file with no good record is one InputError that counts the bad ones, not a problem
    per line; so the problems met before the first good record wait for it.
    """
    name = str(path)
    suffix = path.suffix.lower()
    _check_file(path)
    if suffix not in SUPPORTED_SUFFIXES:
        kinds = ", ".join(SUPPORTED_SUFFIXES)
        raise InputError(name, f"unsupported file type {suffix or '(none)'!r} (supported: {kinds})")
    if suffix in DOCX_SUFFIXES:
        yield docx_article(path)
        return
    if suffix == ".jsonl":
        lines, note = _jsonl_lines(path)
        records: Iterable[tuple[str, object]] = _jsonl_records(lines, path)
    else:
        text, note = _read_text(path)
        if suffix == ".json":
            records = _json_records(text, path)
        elif suffix == ".csv":
            records = _csv_records(text, path)
        else:
            yield _prose_article(text, note, path)
            return
    waiting: list[InputProblem] | None = []  # the problems before the first good record; None after it
    for n, (where, record) in enumerate(records, 1):
        try:
            if isinstance(record, InputProblem):
                raise InputError(record.path, record.message)
            article = dataclasses.replace(_record_article(record, where, n, path), repairs=note)
        except InputError as exc:
            problem = InputProblem(exc.path, exc.problem)
            if waiting is None:
                yield problem
            else:
                waiting.append(problem)
            continue
        if waiting is not None:
            yield from waiting
            waiting = None
        yield article
    if waiting is not None:
        first = waiting[0] if waiting else InputProblem(name, "holds no records")
        more = f" (and {len(waiting) - 1} more bad records)" if len(waiting) > 1 else ""
        raise InputError(first.path, first.message + more)


def _prose_article(text: str, note: str, path: Path) -> Article:
    """The article of a .txt, .md or .html file; NOTE says how it was decoded."""
    # Records keep their text exactly (evaluation offsets index it); a page of prose
    # is ours to repair: mojibake ("â€œ") hides every quote mark from the scanner.
    text, repaired = _repair_mojibake(text)
    note = "; ".join(n for n in (note, repaired) if n)
    if len(text) > MAX_ARTICLE_CHARS:
        raise InputError(str(path), _too_long(len(text)))
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        article = article_from_text(_normalise_newlines(text), doc_id=path.stem, path=str(path))
    elif suffix in MARKDOWN_SUFFIXES:
        article = _markdown_article(text, path)
    else:
        article = _html_article(text, path)
    return dataclasses.replace(article, repairs=note)


def docx_article(path: Path) -> Article:
    """A Word draft, where editors write: its paragraphs as plain text, a blank line between
    them, so the rest of the pipeline reads it as it reads a .txt file. The document's
    title property, when set, is its title."""
    import zipfile

    import docx  # python-docx, imported here so other inputs never pay for it
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise InputError(str(path), f"not a readable Word .docx file ({type(exc).__name__})") from None
    text = "\n\n".join(p.text.strip() for p in document.paragraphs if p.text.strip())
    if not text:
        raise InputError(str(path), "file is empty")
    return article_from_text(text, doc_id=path.stem, path=str(path), title=document.core_properties.title or "")


def article_from_text(text: str, *, doc_id: str, path: str = "", **meta: str) -> Article:
    """An Article from plain text, inferring what ``meta`` does not give.

    ``meta`` may hold outlet, title, byline, published, url and story_id; a non-empty value is kept
    (a published date is normalised to ISO when it parses). The text itself is never
    changed: title, byline, date and outlet are read from it, and ``body_end`` marks
    where trailing site furniture begins. With no outlet anywhere, the id (a file's stem)
    stands in for it, less a trailing hex hash.
    """
    unknown = set(meta) - set(META_FIELDS)
    if unknown:
        raise TypeError(f"article_from_text() got unknown metadata {sorted(unknown)}")
    given = {k: " ".join(str(v).split()) for k, v in meta.items() if v is not None and str(v).strip()}
    body_end = find_body_end(text)
    head = infer_header(text, body_end)
    published = given.get("published", "")
    published = _normalise_date(published) if published else head.published
    return Article(
        id=str(doc_id),
        text=text,
        outlet=given.get("outlet") or head.outlet or outlet_from_name(str(doc_id)),
        title=given.get("title") or head.title,
        byline=given.get("byline") or head.byline,
        published=published,
        url=given.get("url", ""),
        path=path,
        body_end=body_end,
        story_id=given.get("story_id", ""),
    )


def unique_ids(articles: Iterable[Article]) -> list[Article]:
    """Rename clashing ids to id-2, id-3, ... in order, so every article id is unique.

    An article whose id was met before takes the first of id-2, id-3, ... not used yet.
    Only the ids met so far count, so that a stream can be renamed as it is read: an id
    that a later article has ("x-2" after two "x") may have been given out already, and
    that later article is then renamed in its turn ("x-2-2").
    """
    return list(_renamed(articles))


def _renamed(articles: Iterable[Article]) -> Iterator[Article]:
    """``unique_ids``, one article at a time."""
    used: set[str] = set()
    for article in articles:
        if article.id in used:
            n = 2
            while f"{article.id}-{n}" in used:
                n += 1
            article = dataclasses.replace(article, id=f"{article.id}-{n}")
        used.add(article.id)
        yield article


def outlet_from_name(name: str) -> str:
    """A stand-in outlet from a file stem or id: drop a trailing _hexhash (crawler names
    like cubaheadlines_c615b6ca15a1676c), unless only a number would remain (000_<hash>),
    in which case the whole stem is the only thing that tells the files apart."""
    # 12+ hex characters with a digit and a letter a-f: a hash, not a word or a date
    stripped = re.sub(r"[_-](?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{12,}$", "", name)
    if not re.search(r"[^\W\d_]", stripped):  # no letter left: a bare sequence number
        return name
    return stripped


# ---------------------------------------------------------------- reading files


def _folder_files(folder: Path) -> tuple[list[Path], list[Path], list[InputProblem]]:
    """Supported, non-hidden files under a folder, recursively, sorted by path; and, apart,
    the reports quoteaudit wrote there and the subfolders that could not be listed.
    Symbolic links to folders are not followed (a link back up the tree would loop);
    links to files are read like files."""
    found: list[Path] = []
    own: list[Path] = []
    unreadable: list[InputProblem] = []

    def cannot_list(exc: OSError) -> None:
        unreadable.append(InputProblem(str(exc.filename or folder), f"cannot read folder ({exc.strerror or exc})"))

    for root, dirs, files in os.walk(folder, followlinks=False, onerror=cannot_list):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            file = Path(root) / name
            if name.startswith(".") or file.suffix.lower() not in SUPPORTED_SUFFIXES:
                continue
            (own if _is_own_report(file) else found).append(file)
    return sorted(found), sorted(own), unreadable


def _is_own_report(file: Path) -> bool:
    """A JSON/CSV/JSONL report quoteaudit wrote: read back, it would be audited as articles.
    Only the head of a file is read: the audit document opens with its schema."""
    suffix = file.suffix.lower()
    if suffix not in RECORD_SUFFIXES:
        return False
    try:
        if suffix == ".json":
            with file.open("rb") as fh:
                return re.match(rb'\s*\{\s*"schema"\s*:\s*"quoteaudit/', fh.read(4096)) is not None
        from quoteaudit.report import is_own_report

        return is_own_report(file)
    except (OSError, RecursionError, UnicodeDecodeError):
        return False  # unreadable: read_file names the problem


def _check_file(path: Path) -> None:
    """Raise InputError when PATH is no regular file we can read whole."""
    name = str(path)
    try:
        info = path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError(name, "symbolic link loop (the link points back at itself)") from None
        if path.is_symlink():
            raise InputError(name, "broken symbolic link (its target does not exist)") from None
        if exc.errno == errno.ENOENT:
            raise InputError(name, "file not found") from None
        raise InputError(name, f"cannot read file ({exc.strerror or type(exc).__name__})") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(name, "is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):  # a pipe or device would block or never end
        raise InputError(name, "not a regular file (a pipe, socket or device)")
    limit = MAX_RECORDS_FILE_BYTES if path.suffix.lower() in RECORD_SUFFIXES else MAX_ARTICLE_FILE_BYTES
    if info.st_size > limit:
        raise InputError(
            name,
            f"file is {info.st_size / 1e6:.1f} MB, over the {limit / 1e6:.0f} MB limit for {path.suffix or 'such'} files; an article is far smaller, so this is not one",
        )


def _too_long(chars: int) -> str:
    return f"text is {chars:,} characters, over the {MAX_ARTICLE_CHARS:,} limit for one article"


# Byte-order marks, longest first: UTF-32-LE's mark begins with UTF-16-LE's.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)
# Controls that text files hold; any other C0 control in the decoded text means binary.
_BINARY = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _read_text(path: Path) -> tuple[str, str]:
    """The file's text and a note on how it was decoded ("" for plain UTF-8); an empty file
    is an InputError.

    A byte-order mark decides (UTF-8, UTF-16, UTF-32); else strict UTF-8; else
    charset-normalizer detects the encoding, Windows-1252 winning among the single-byte
    Western encodings it cannot tell apart (older CMS exports use it). Text with NUL or
    other control bytes after decoding is binary, not an article.
    """
    name = str(path)
    try:
        data = path.read_bytes()
    except PermissionError:
        raise InputError(name, "cannot read file (permission denied)") from None
    except OSError as exc:
        raise InputError(name, f"cannot read file ({exc.strerror or type(exc).__name__})") from None
    text, note = None, ""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                raise InputError(name, f"starts with a {label} byte-order mark but is not {label} text") from None
            note = "" if label == "UTF-8" else f"decoded as {label} (byte-order mark)"
            break
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text, note = _detect(data, name)
    # a stray escape or bell pasted from a terminal stays an article (output strips it);
    # binary data has controls in several percent of its characters, or a NUL
    if _binary_share(text) > 0.01 or "\x00" in text:
        raise InputError(name, "not a text file (binary content); save the article as UTF-8 text")
    if not text.strip():
        raise InputError(name, "file is empty")
    return text.removeprefix("\ufeff"), note


def _detect(data: bytes, name: str) -> tuple[str, str]:
    import charset_normalizer

    match = charset_normalizer.from_bytes(data).best()
    if match is None:
        raise InputError(name, "not a text file (binary content, or an encoding that could not be detected); save it as UTF-8")
    encoding = "cp1252" if "cp1252" in match.could_be_from_charset else match.encoding
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        encoding, text = match.encoding, str(match)
    label = {"cp1252": "Windows-1252"}.get(encoding, encoding)
    return text, f"not UTF-8; decoded as {label} (detected)"


def _binary_share(text: str) -> float:
    sample = text[:65536]
    return len(_BINARY.findall(sample)) / max(len(sample), 1)


# A UTF-8 lead byte (0xC2-0xF4) then a continuation byte (0x80-0xBF), as Windows-1252 or
# Latin-1 decode them: "â€œ" for “, "Ã©" for é. Every UTF-8-read-as-1252 text holds one.
MOJIBAKE_PAIR = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)


def _repair_mojibake(text: str) -> tuple[str, str]:
    """UTF-8 read as Windows-1252 somewhere upstream ("â€œ" for “) repaired with ftfy,
    which changes nothing it is not sure of; the note says it happened. Text with no lead
    byte of a UTF-8 sequence followed by a continuation byte, both as Windows-1252 shows
    them, cannot be this kind of mojibake, and is passed without loading ftfy."""
    if not MOJIBAKE_PAIR.search(text):
        return text, ""
    import ftfy
    from ftfy.badness import is_bad

    if not is_bad(text):
        return text, ""
    fixed = ftfy.fix_encoding(text)
    if fixed == text:
        return text, ""
    return fixed, "mojibake repaired (UTF-8 text that had been decoded as Windows-1252)"


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _json_records(text: str, path: Path) -> list[tuple[str, object]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(str(path), f"invalid JSON at line {exc.lineno}: {exc.msg}") from None
    except RecursionError:
        raise InputError(str(path), "invalid JSON: nested too deeply") from None
    if isinstance(data, dict):
        return [("record 1", data)]
    if isinstance(data, list):
        if not data:
            raise InputError(str(path), "JSON list holds no records")
        return [(f"record {n}", item) for n, item in enumerate(data, 1)]
    raise InputError(str(path), "JSON must be an object or a list of objects")


def _jsonl_lines(path: Path) -> tuple[Iterable[str], str]:
    """The lines of a .jsonl file, newlines normalised, and how it was decoded. Plain UTF-8
    text, by far the usual, is read a line at a time, so a large file is never held whole;
    anything else is read whole by ``_read_text``, which detects encodings and names what
    is wrong."""
    if _plain_utf8_text(path):
        return _file_lines(path), ""
    text, note = _read_text(path)
    return _normalise_newlines(text).split("\n"), note


def _plain_utf8_text(path: Path) -> bool:
    """PATH is UTF-8 with no byte-order mark, not blank and not binary, as ``_read_text``
    would judge it: checked a piece at a time before its first line is read, so that a
    file is still taken or refused whole."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    head, blank = "", True
    try:
        with path.open("rb") as fh:
            if any(fh.read(4).startswith(bom) for bom, _, _ in _BOMS):
                return False
            fh.seek(0)
            while chunk := fh.read(1 << 20):
                text = decoder.decode(chunk)
                if "\x00" in text:
                    return False
                head += text[: 65536 - len(head)]
                blank = blank and not text.strip()
            decoder.decode(b"", final=True)
    except (OSError, UnicodeDecodeError):
        return False
    return not blank and _binary_share(head) <= 0.01


def _file_lines(path: Path) -> Iterator[str]:
    # universal newlines: CR LF, CR and LF each end a line, as _normalise_newlines has it
    with path.open(encoding="utf-8", newline=None) as lines:
        for line in lines:
            yield line.removesuffix("\n")


def _jsonl_records(lines: Iterable[str], path: Path) -> Iterator[tuple[str, object]]:
    """One record a line, each parsed when it is asked for; a line that is not JSON becomes
    a problem in its place."""
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            detail = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
            yield f"line {lineno}", InputProblem(str(path), f"invalid JSON at line {lineno}: {detail}")
            continue
        yield f"line {lineno}", record


def _csv_records(text: str, path: Path) -> Iterator[tuple[str, object]]:
    """Rows of a CSV with a header, each parsed when it is asked for; cell text is kept
    byte for byte (no newline translation).

    A row the csv module cannot parse, or with more non-empty cells than the header has
    columns, becomes a problem naming its line; the other rows are kept.
    """
    csv.field_size_limit(sys.maxsize)  # article texts are longer than the 128 KiB default
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader)
    except (csv.Error, StopIteration) as exc:
        raise InputError(str(path), f"invalid CSV header at line {reader.line_num}: {exc}") from None
    columns = [c.strip().lower() for c in header]
    if "text" not in columns:
        shown = ", ".join(c for c in columns if c) or "none"
        raise InputError(str(path), f"CSV has no 'text' column (columns: {shown})")
    n = 0
    while True:
        line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            n += 1
            problem = f"invalid CSV at line {line}: {exc}"
            yield f"row {n}", InputProblem(str(path), problem)
            if reader.line_num <= line - 1:  # the reader made no progress: stop, do not spin
                break
            continue
        if not any(cell.strip() for cell in row):
            continue  # a blank row is spacing, not a record
        n += 1
        if any(cell.strip() for cell in row[len(columns) :]):
            problem = f"row {n} (line {line}): {len(row)} cells but the header has {len(columns)} columns"
            yield f"row {n}", InputProblem(str(path), problem)
            continue
        yield f"row {n}", {col: cell for col, cell in zip(columns, row, strict=False) if col}
    if n == 0:
        raise InputError(str(path), "CSV has a header but no rows")


def _record_article(record: object, where: str, n: int, path: Path) -> Article:
    """An Article from one JSON/CSV record; its text is used exactly as given."""
    if not isinstance(record, dict):
        raise InputError(str(path), f"{where}: record is not an object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(str(path), f"{where}: record has no text")
    if len(text) > MAX_ARTICLE_CHARS:
        raise InputError(str(path), f"{where}: {_too_long(len(text))}")
    given_meta = record.get("meta")
    nested: dict[str, Any] = given_meta if isinstance(given_meta, dict) else {}

    def pick(field_name: str) -> str:
        for source in (record, nested):
            for key in RECORD_KEYS[field_name]:
                value = source.get(key)
                if isinstance(value, list):  # "authors": ["A", "B"]
                    value = ", ".join(str(v) for v in value if v)
                if value is not None and str(value).strip() and str(value).strip() != "None":
                    return str(value).strip()
        return ""

    doc_id = pick("id") or f"{path.stem}-{n}"
    meta = {name: pick(name) for name in META_FIELDS}
    return article_from_text(text, doc_id=doc_id, path=str(path), **meta)


# ---------------------------------------------------------------- markdown and HTML


def _markdown_article(text: str, path: Path) -> Article:
    """Markdown rendered to the words a reader sees; YAML front matter gives metadata and
    an opening level-one heading the title."""
    text = _normalise_newlines(text)
    meta: dict[str, str] = {}
    front = re.match(r"---\n(.*?)\n(?:---|\.\.\.)\n", text, re.S)
    if front:
        meta = _front_matter(front.group(1))
        text = text[front.end() :]
    tokens = _markdown_parser().parse(text)
    shown = [t for t in tokens if t.type != "html_block"]  # a leading comment or ad slot is not the page
    if len(shown) > 1 and shown[0].type == "heading_open" and shown[0].tag == "h1" and not meta.get("title"):
        meta["title"] = " ".join(_inline_text(shown[1].children or []).split())
    plain = _plain_text(tokens)
    if not plain.strip():
        raise InputError(str(path), "file has no text outside markdown syntax")
    return article_from_text(plain, doc_id=path.stem, path=str(path), **meta)


def _front_matter(block: str) -> dict[str, str]:
    import yaml

    try:
        data = yaml.safe_load(block)
    except yaml.YAMLError:
        return {}  # not front matter after all; the text keeps its inferred metadata
    if not isinstance(data, dict):
        return {}
    meta = {}
    for field_name in META_FIELDS:
        for key in RECORD_KEYS[field_name]:
            value = data.get(key)
            if isinstance(value, list):
                value = ", ".join(str(v) for v in value)
            if value is not None and str(value).strip():
                meta[field_name] = str(value).strip()  # YAML dates come back as date objects
                break
    return meta


@functools.cache
def _markdown_parser() -> MarkdownIt:
    """CommonMark with tables and strikethrough. The typographer stays off: quote marks,
    apostrophes and dashes reach the quote finder exactly as the author typed them."""
    from markdown_it import MarkdownIt  # imported here so other inputs never pay for it

    return MarkdownIt("commonmark", {"typographer": False}).enable(["table", "strikethrough"])


def strip_markdown(text: str) -> str:
    """Markdown to the words a reader sees: headings, emphasis and link markup off, link
    text kept, link targets, images and raw HTML dropped."""
    return _plain_text(_markdown_parser().parse(text))


def _plain_text(tokens: list[Token]) -> str:
    """The text of each block (paragraph, heading, list item, table row, code block) with a
    blank line between paragraphs, as in a .txt file: the quote finder and header inference
    read paragraphs and lines. Items of a tight list and rows of a table keep one a line."""
    blocks: list[tuple[str, bool]] = []  # (text, one line of a list or table)
    cells: list[str] | None = None
    for i, token in enumerate(tokens):
        if token.type == "tr_open":
            cells = []
        elif token.type == "tr_close" and cells is not None:
            blocks.append(("\t".join(cells), True))
            cells = None
        elif token.type == "inline":
            words = _inline_text(token.children or [])
            if cells is not None:
                cells.append(words)
            else:
                blocks.append((words, tokens[i - 1].hidden))  # a tight list hides its paragraphs
        elif token.type in ("fence", "code_block"):
            blocks.append((token.content.rstrip("\n"), False))
    out: list[str] = []
    after_line = False
    for words, line in blocks:
        if not words.strip():
            continue
        if out:
            out.append("\n" if line and after_line else "\n\n")
        out.append(words)
        after_line = line
    return "".join(out)


def _inline_text(children: list[Token]) -> str:
    """The words of one block: text and code as written, line breaks as newlines (a byline
    and a dateline often share a paragraph), markup, images and inline HTML dropped."""
    parts = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak") or (child.type == "html_inline" and re.fullmatch(r"<br\s*/?>", child.content, re.I)):
            parts.append("\n")
    return "".join(parts)


def _html_article(html: str, path: Path) -> Article:
    """Main text of a web page via trafilatura (menus, footers, comments dropped)."""
    import trafilatura
    from trafilatura.settings import Document

    doc: Document | None = None
    for favor_recall in (False, True):  # precise first; short pages need the recall mode
        try:
            # as_dict=False (the default) makes it a Document; the stubs allow a dict too
            doc = cast(
                "Document | None",
                trafilatura.bare_extraction(
                    html,
                    with_metadata=True,
                    include_comments=False,
                    include_tables=False,
                    favor_recall=favor_recall,
                ),
            )
        except Exception as exc:  # untrusted markup can trip any parser error; report it, go on
            raise InputError(str(path), f"cannot parse HTML ({type(exc).__name__})") from None
        if doc is not None and _has_prose(doc.text or ""):
            break
    if doc is None or not _has_prose(doc.text or ""):
        raise InputError(str(path), "no article text found in the HTML")
    meta = {
        "title": doc.title or "",
        "byline": doc.author or "",
        "published": doc.date or "",
        "outlet": doc.sitename or "",
        "url": doc.url or "",
    }
    return article_from_text(_normalise_newlines(doc.text or ""), doc_id=path.stem, path=str(path), **meta)


def _has_prose(text: str) -> bool:
    """Some sentence or a line of 8+ words: on a page with no article trafilatura falls
    back to stray menu labels ("Home"), which are not an article."""
    if re.search(r"\w[.!?][\"”’)]*(\s|$)", text):
        return True
    return any(len(line.split()) >= 8 for line in text.split("\n"))


# ---------------------------------------------------------------- vocabulary


@dataclass(frozen=True)
class _Vocab:
    """rules/lexicon/ingest.yml with the regexes built from its word lists."""

    furniture_headings: frozenset[str]
    empty_label: re.Pattern
    furniture_label: re.Pattern
    byline: re.Pattern
    dateline_opener: re.Pattern
    date: re.Pattern
    weekday: re.Pattern
    particles: frozenset[str]
    copyright_tails: tuple[str, ...]
    kickers: frozenset[str]


def _alternation(words: list[str]) -> str:
    """Regex alternation, longest first so "post by" wins over "by"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@functools.cache
def _vocab_for(rules_dir: str) -> _Vocab:
    lex = lexicon("ingest", Path(rules_dir))
    month = _alternation([str(m).lower() for m in lex["months"]])
    weekday = _alternation(lex["weekdays"])
    # Where a line prints a date: "Saturday, February 21, 2026" / "Feb. 21, 2026" /
    # "21 February 2026" / "2026-02-21" / "21/02/2026"; (?!\d) not \b after the year so a
    # glued "2026Clash Report" still parses. Which day it names is dateparser's to say.
    date = (
        rf"(?:(?:{weekday})\.?,?\s+)?"
        rf"(?:(?:{month})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d"
        rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{month})\.?,?\s+(?:19|20)\d\d"
        rf"|(?:19|20)\d\d-\d\d-\d\d(?:T[\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?"
        rf"|\d{{1,2}}[/.]\d{{1,2}}[/.](?:19|20)\d\d)(?!\d)"
    )
    return _Vocab(
        furniture_headings=frozenset(h.lower() for h in lex["furniture_headings"]),
        empty_label=re.compile(rf"(?:{_alternation(lex['empty_label_headings'])})\s*:", re.I),
        furniture_label=re.compile(rf"(?:{_alternation(lex['furniture_labels'])})\s*:\s*\S", re.I),
        byline=re.compile(rf"(?:{_alternation(lex['byline_openers'])})(?:\s*:\s*|\s+)(?P<name>.+)", re.I),
        dateline_opener=re.compile(rf"(?:{_alternation(lex['dateline_openers'])})\s*:?", re.I),
        date=re.compile(date, re.I),
        weekday=re.compile(rf"\b(?:{weekday})\b\.?,?", re.I),
        # the package's one list of name particles (attribution.yml), plus the words that join
        # the names of outlets ("Voice of America", "Johnson & Johnson")
        particles=frozenset(
            p.lower() for p in [*lexicon("attribution", Path(rules_dir))["name_particles"].split(), *lex["name_connectors"]]
        ),
        copyright_tails=tuple(t.lower() for t in lex["copyright_tails"]),
        kickers=frozenset(k.lower() for k in lex["section_kickers"]),
    )


def _vocab() -> _Vocab:
    return _vocab_for_env(os.environ.get("QUOTEAUDIT_RULES", ""))


@functools.cache
def _vocab_for_env(rules_env: str) -> _Vocab:
    """Resolve the rules folder once per QUOTEAUDIT_RULES value: it is asked per line."""
    return _vocab_for(str(default_rules_dir()))


# ---------------------------------------------------------------- dates, names, bylines


# dateparser, made deterministic: absolute dates only ("yesterday" or "3 days ago" names a day
# that depends on when the page was read, and a bare number may be a view count, not a
# timestamp), day, month and year all printed (none filled in from today), numbers
# day-first when both orders fit, as the international outlets that print numeric dates
# mean them (02/17/2026 still reads month-first), and the time kept in the zone it was
# printed in, never moved to this machine's (so 23:30 -05:00 stays on its own day).
DATE_SETTINGS: dict[str, Any] = {
    "PARSERS": ["custom-formats", "absolute-time"],
    "REQUIRE_PARTS": ["day", "month", "year"],
    "DATE_ORDER": "DMY",
    "PREFER_DAY_OF_MONTH": "first",
    "RETURN_AS_TIMEZONE_AWARE": False,
}
# "February 21, 2026", "Feb. 21, 2026", "21 February 2026", "20/02/2026": a date alone in
# the shapes most outlets print, which the standard library reads exactly (C-locale English
# month names; numbers day-first when both orders fit, as DATE_SETTINGS says)
_PLAIN_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%B %d %Y", "%b %d %Y", "%d/%m/%Y", "%m/%d/%Y")
_YEAR_FIRST = re.compile(r"((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)")


def _date_iso(text: str) -> str:
    """The calendar day a printed date names, as ISO ("Updated 3:04 PM EST, Thu March 5,
    2020" gives "2020-03-05"), or "" when it names no one day. A weekday says nothing the
    date does not, and dateparser knows no "Thurs": it is left out."""
    return _parse_date(" ".join(_vocab().weekday.sub(" ", text).split()))


@functools.lru_cache(maxsize=1 << 12)  # a page repeats its dates; parsing one takes milliseconds
def _parse_date(text: str) -> str:
    year_first = _YEAR_FIRST.match(text)
    if year_first:  # ISO 8601 ("2026-12-04T10:00:00Z") is exact: dateparser reads 2026-13-01 as 13 January
        try:
            return dt.date(*map(int, year_first.groups())).isoformat()
        except ValueError:
            return ""
    undotted = text.replace(".", "")  # "Feb. 21" as strptime's "Feb 21"
    for printed in _PLAIN_FORMATS:  # the usual shapes, read by the standard library
        try:
            return dt.datetime.strptime(undotted, printed).date().isoformat()
        except ValueError:
            pass
    import dateparser  # slow to import and first run (0.3 s): only for the other shapes

    parsed = dateparser.parse(text, languages=["en"], settings=DATE_SETTINGS)
    return parsed.date().isoformat() if parsed else ""


def _normalise_date(value: str) -> str:
    """A given date as ISO when it names one day ("Published: Feb. 21, 2026 at 5:09 p.m.
    ET"), else the value as given."""
    value = value.strip()
    opener = _vocab().dateline_opener.match(value)
    return _date_iso(value[opener.end() :] if opener else value) or value


def _looks_like_name(text: str, max_words: int, digits: bool = False) -> bool:
    """A person's or outlet's name: a few words, each capitalised or a name particle.

    Digits only in outlet names ("Channel 4 News"); a word ending in "." only as an
    initial or Jr./Sr., so "Sept. 30" or a sentence is never a name.
    """
    words = text.split()
    if not words or len(words) > max_words or text.strip()[-1] in '!?:;,"”’':
        return False
    particles = _vocab().particles
    if words[0].lower() in particles and not words[0][0].isupper():
        return False  # a name does not open with "of" or "and"
    for word in words:
        if word.lower() in particles:
            continue
        if word.endswith(".") and not re.fullmatch(r"[A-Z]\.|[JS]r\.", word):
            return False
        if word[0].isdigit() and digits:
            continue
        if not word[0].isupper() or any(c.isdigit() for c in word):
            return False
    return True


def _byline_name(line: str) -> str:
    """The name in a byline line ("By Ethan Navarro", "Post by : Saif Nasser"), or ""."""
    m = _vocab().byline.fullmatch(line.strip())
    if not m:
        return ""
    parts = re.split(r"\s*[|•·]\s*|,\s+", m.group("name").strip())
    # "By Jane Doe, Reuters" / "By Jane Doe | Staff": a short tail after the name is a
    # desk or outlet; a long one means the line is prose ("By Sept. 30, according to ...")
    if len(parts) > 1 and len(" ".join(parts[1:]).split()) > 4:
        return ""
    name = parts[0]
    return name if _looks_like_name(name, max_words=6) else ""


@dataclass(frozen=True)
class _Dateline:
    published: str
    byline: str = ""
    outlet: str = ""


_TIME = re.compile(r"\s*(?:,|at|\||-|–|—)?\s*\d{1,2}[:.]\d\d\s*(?:[aApP]\.?\s?[mM]\.?)?(?:\s+[A-Z]{2,4}\b)?")
# "5:09 p.m.", "at 10:30 AM ET" after the date; the zone is upper case so "by" is never eaten


_YEAR = re.compile(r"(?:19|20)\d\d")


def _parse_dateline(line: str) -> _Dateline | None:
    """A line that is a date, possibly with a time, a view count, a byline or a glued
    outlet ("February 21, 2026Clash Report"); None for a date inside a sentence."""
    line = line.strip()
    if not _YEAR.search(line) or len(line.split()) > DATELINE_MAX_WORDS:
        return None  # (every date the pattern knows prints a year: most lines end here, cheaply)
    vocab = _vocab()
    m = vocab.date.search(line)
    if not m:
        return None
    prefix = line[: m.start()].strip()
    if prefix and not vocab.dateline_opener.fullmatch(prefix):
        return None
    iso = _date_iso(m.group(0))
    if not iso:
        return None
    rest = line[m.end() :]
    glued = bool(rest) and rest[0].isalpha()  # no space between the year and a name: page furniture
    rest = _TIME.sub("", rest, count=1) if not glued else rest
    rest = rest.strip()
    if not rest or re.fullmatch(r"[|·•,]?\s*\d{1,7}", rest):  # a trailing view or comment count
        return _Dateline(iso)
    byline = _byline_name(rest)
    if byline:
        return _Dateline(iso, byline=byline)
    separated = re.match(r"[|·•–—-]\s*", rest)  # "February 21, 2026 | Clash Report"
    if glued or separated:
        name = rest[separated.end() :] if separated else rest
        if _looks_like_name(name, max_words=5, digits=True):
            return _Dateline(iso, outlet=name.strip())
    return None


def _copyright_outlet(line: str) -> str | None:
    """The outlet named in a copyright line ("© CubaHeadlines 2026"); None when the line is
    not one. Only a line that opens with the mark counts: "Image © X" is a photo credit."""
    m = re.match(r"(?:copyright\s*)?(?:©|\(c\))\s*|copyright\s+", line.strip(), re.I)
    if not m:
        return None
    rest = line.strip()[m.end() :]
    for tail in _vocab().copyright_tails:
        rest = re.sub(re.escape(tail) + r"\.?\s*$", "", rest, flags=re.I)
    rest = re.sub(r"\b(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\b", " ", rest)  # years
    rest = " ".join(rest.strip(" .,;:|-–—").split())
    return rest if rest and _looks_like_name(rest, max_words=6, digits=True) else ""


# ---------------------------------------------------------------- header inference


@dataclass(frozen=True)
class Header:
    """What the top (and the copyright line) of a plain text says about the article."""

    title: str = ""
    byline: str = ""
    published: str = ""
    outlet: str = ""


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    text: str  # stripped

    @property
    def words(self) -> int:
        return len(self.text.split())


def _nonblank_lines(text: str) -> list[_Line]:
    lines = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            lines.append(_Line(pos + lead, pos + lead + len(stripped), stripped))
        pos += len(raw) + 1
    return lines


_SENTENCE_BREAK = re.compile(r"(?<![\w.])[a-z][a-z'’-]+[.!?][\"”’)]*\s+[\"“‘]?[A-Z]")
# a lower-case word then . ! or ? then a capital: two sentences, so prose, not a headline
# (capitalised words before a period are skipped: "U.S. Pressure", "Gov. Brown")


def _is_headline(line: _Line) -> bool:
    """Short, one sentence, not a list or lead-in: how headlines look in scraped text."""
    text = line.text
    if line.words > HEADLINE_MAX_WORDS or len(text) > 220:
        return False
    if text[-1] in ",:":  # a lead-in to what follows, not a headline
        return False
    if _SENTENCE_BREAK.search(text) and line.words > HEADLINE_TWO_SENTENCE_MAX_WORDS:
        return False
    return not (_parse_dateline(text) or _byline_name(text) or _copyright_outlet(text) is not None)


def _is_site_name(lines: list[_Line], text: str) -> bool:
    """A bare site name on the first line ("CubaHeadlines"): a name set apart by a blank
    line above a headline that has a body under it, and either one word or named again
    further down (a "© CubaHeadlines 2026" footer). Section kickers ("Analysis") are not."""
    if len(lines) < 3:
        return False
    name, headline = lines[0], lines[1]
    if text[name.end : headline.start].count("\n") < 2:  # no blank line under it
        return False
    if name.words > 3 or len(name.text) > 40 or name.text.lower() in _vocab().kickers:
        return False
    if not _looks_like_name(name.text, max_words=3) or not _is_headline(headline):
        return False
    named_again = name.text.lower() in text[headline.start :].lower()
    return name.words == 1 or named_again


def _clean_title(title: str) -> str:
    """Drop a headline's final period ("… US pressure." or "… ‘Troubling.’") but not an
    abbreviation's ("U.S."): scraped texts add one that the headline did not have. A final
    ";" joins a headline to its deck on the next line (Washington Post exports)."""
    title = title.removesuffix(";").rstrip()
    m = re.search(r"(?<![.\s])(?<!\b[A-Z])\.([’”'\"]?)$", title)
    if m and not re.search(r"\.\w+\.[’”'\"]?$", title):
        return title[: m.start()] + m.group(1)
    return title


def infer_header(text: str, body_end: int | None = None) -> Header:
    """Title, byline, date and outlet from the text itself; "" for what it does not say.
    ``body_end`` (computed when not given) bounds the search for a dateline below the body."""
    lines = _nonblank_lines(text)
    if not lines:
        return Header()
    head = lines[:HEADER_LINES]

    outlet = ""
    for line in reversed(lines):  # the copyright line is in the footer: search from the end
        named = _copyright_outlet(line.text)
        if named:
            outlet = named
            break

    first = 0
    if _is_site_name(lines, text):
        outlet = outlet or lines[0].text
        first = 1
    elif len(lines) > 2 and lines[0].text.lower() in _vocab().kickers:
        first = 1  # "Analysis" above the headline
    # a headline stands over a body: a text of one line is all body, however short
    has_body = first + 1 < len(lines)
    title = _clean_title(lines[first].text) if has_body and _is_headline(lines[first]) else ""

    byline = published = dateline_outlet = ""
    for line in head:
        dateline = _parse_dateline(line.text)
        if dateline:
            published = published or dateline.published
            byline = byline or dateline.byline
            dateline_outlet = dateline_outlet or dateline.outlet
        elif not byline:
            byline = _byline_name(line.text)
    if not published:
        # no dateline at the top: some pages print it right under the article (seed 003),
        # as the first furniture line; the dates further down belong to other stories
        if body_end is None:
            body_end = find_body_end(text)
        for line in lines:
            dateline = _parse_dateline(line.text)
            if dateline:
                published = dateline.published
                break
            if 0 <= body_end <= line.start:
                break  # this was the first furniture line
    return Header(title=title, byline=byline, published=published, outlet=outlet or dateline_outlet)


# ---------------------------------------------------------------- trailing furniture


def _is_tag_line(text: str) -> bool:
    """ "#Global News #World News": two or more hashtags of a few words each."""
    if not text.startswith("#"):
        return False
    tags = [t.strip() for t in text.split("#")[1:]]
    return len(tags) >= 2 and all(1 <= len(t.split()) <= 4 for t in tags)


def _is_anchor(text: str) -> bool:
    """A line that only site furniture has: a related-news heading, an empty "Sources:",
    a tag line, a copyright line or a bare dateline."""
    vocab = _vocab()
    if text.rstrip(":").strip().lower() in vocab.furniture_headings:
        return True
    if vocab.empty_label.fullmatch(text) or vocab.furniture_label.match(text):
        return True
    return _is_tag_line(text) or _copyright_outlet(text) is not None or _parse_dateline(text) is not None


def _tail_cut(lines: list[_Line], stop: int, floor: int) -> int | None:
    """Index of the first anchor in the run of short lines that ends the text.

    Link lists are short lines (headline, section, date, teaser, "Read More"); walking
    back from the end over them and cutting at the first anchor keeps any short real
    paragraph that sits before the furniture proper.
    """
    cut = None
    i = stop - 1
    while i > floor:
        text = lines[i].text
        anchor = _is_anchor(text)
        if not anchor and lines[i].words > FURNITURE_LINE_MAX_WORDS:
            break
        if anchor:
            cut = i
        i -= 1
    return cut


_QUOTE_MARKS = re.compile(r"[\"“”«»„]")


def _faq_cut(lines: list[_Line], stop: int, floor: int) -> int | None:
    """Start of an FAQ block that ends the text: two or more question lines, each followed
    by a short answer with no quotation, under an optional heading (seed 001)."""
    pairs = 0
    i = stop - 1
    while i - 1 > floor:
        answer, question = lines[i], lines[i - 1]
        if answer.text.endswith("?") or answer.words > FAQ_ANSWER_MAX_WORDS:
            break
        if _QUOTE_MARKS.search(answer.text):  # a quoted answer is an interview, not an FAQ
            break
        if not question.text.endswith("?") or question.words > FAQ_QUESTION_MAX_WORDS:
            break
        if _QUOTE_MARKS.search(question.text):
            break
        pairs += 1
        i -= 2
    if pairs < 2:
        return None
    start = i + 1
    heading = lines[i] if i > floor else None
    if heading and heading.words <= 14 and heading.text[-1] not in '.?!"”:' and _is_headline(heading):
        start = i
    return start


def find_body_end(text: str) -> int:
    """Offset where trailing site furniture begins (trailing whitespace before it excluded),
    or -1 when the text has none. Text is never cut before the first prose paragraph."""
    lines = _nonblank_lines(text)
    floor = next((i for i, line in enumerate(lines) if line.words >= PARAGRAPH_MIN_WORDS), None)
    if floor is None:
        return -1  # no prose paragraph: too little to tell furniture from article
    stop = len(lines)
    while True:
        tail = _tail_cut(lines, stop, floor)
        faq = _faq_cut(lines, tail if tail is not None else stop, floor)
        cut = faq if faq is not None else tail
        if cut is None or cut >= stop:
            break
        stop = cut  # furniture often stacks (FAQ, then copyright): look again above the cut
    if stop == len(lines):
        return -1
    return len(text[: lines[stop].start].rstrip())
