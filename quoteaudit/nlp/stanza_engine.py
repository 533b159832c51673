"""The only module that imports stanza (lazily, so ``--help`` stays instant).

Uses whatever English processors are installed: tokenize and mwt at least; pos, lemma,
depparse and ner when present. Stanza's words become our Tokens (with part of speech,
lemma and dependency head when parsed) and its entities become Entities.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
from pathlib import Path

from quoteaudit.errors import ModelsUnavailable
from quoteaudit.models import Annotation, Entity, Sentence, Token
from quoteaudit.nlp.rules_engine import real_stops, splitter_version

PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "depparse", "ner")
# pos, depparse and ner load word vectors from the "pretrain" folder as well.
NEEDS_PRETRAIN = {"pos", "depparse", "ner"}


def resources_dir() -> Path:
    """STANZA_RESOURCES_DIR when set (stanza honours it too), else stanza's default folder."""
    env = os.environ.get("STANZA_RESOURCES_DIR")
    if env:
        return Path(env)
    return Path.home() / "stanza_resources"


def installed_processors(folder: Path | None = None) -> dict[str, list[Path]]:
    """Processor name -> model files found under FOLDER/en/<processor>/."""
    folder = folder or resources_dir()
    found = {}
    for name in (*PROCESSORS, "pretrain"):
        files = sorted((folder / "en" / name).glob("*.pt"))
        if files:
            found[name] = files
    return found


def usable_processors(found: dict[str, list[Path]]) -> list[str]:
    """The processors a pipeline can run with what is installed, in stanza's order."""
    usable: list[str] = []
    for name in PROCESSORS:
        if name not in found or (name in NEEDS_PRETRAIN and "pretrain" not in found):
            continue
        if name in ("pos", "lemma", "depparse", "ner") and "tokenize" not in usable:
            continue
        if name == "depparse" and not {"pos", "lemma"} <= set(usable):
            continue  # stanza's parser needs tags and lemmas as input
        usable.append(name)
    return usable


def model_version(folder: Path, processors: list[str]) -> str:
    """stanza's version and each model file's name, size and time: a changed or updated
    model gives new cache keys, so a cached annotation never outlives the model that made it."""
    from importlib.metadata import version

    found = installed_processors(folder)
    files = [f for name in (*processors, "pretrain") for f in found.get(name, [])]
    parts = [f"stanza {version('stanza')}"] + [f"{f.parent.name}/{f.name}:{f.stat().st_size}:{f.stat().st_mtime_ns}" for f in files]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


class StanzaAnnotator:
    """Annotates with a stanza pipeline of the installed processors.

    ``annotate_many`` hands stanza a whole batch of Documents in one call, which is how stanza
    is fast. The models load on first use, so a re-run served from the cache starts at once
    (a broken model folder is then reported when the first text needs it).

    torch gets one thread (``threads``) and more cores are used by more processes (``--jobs``):
    stanza's LSTMs wait on every thread at every step, and with the cores shared (another
    program, or a second worker) two threads ran 5 to 20 times slower than one (measured on 2
    cores at load 8 to 11; benchmarks/speed.py). Pickling drops the loaded pipeline, so an
    annotator can be sent to worker processes or Dask workers, which load their own copy.
    """

    def __init__(self, folder: Path | None = None, threads: int = 1):
        self.resources_dir = folder or resources_dir()
        try:  # an unreadable folder (permissions, a file in its place) is a setup problem
            found = installed_processors(self.resources_dir)
            self.processors = usable_processors(found)
            if "tokenize" not in self.processors:
                raise ModelsUnavailable(f"no stanza English tokenizer in {self.resources_dir}.")
            if not (self.resources_dir / "resources.json").is_file():
                raise ModelsUnavailable(f"{self.resources_dir} has no resources.json.")
            try:  # checked now, cheaply, because the models themselves load only on first use
                json.loads((self.resources_dir / "resources.json").read_text(encoding="utf-8"))
            except (ValueError, UnicodeDecodeError):
                raise ModelsUnavailable(f"{self.resources_dir}/resources.json is not valid JSON.") from None
            if importlib.util.find_spec("stanza") is None:
                raise ModelsUnavailable("stanza is not installed.")
            self.threads = threads
            self.name = "stanza:" + ",".join(self.processors)
            # (its sentences are joined where the rule splitter sees no sentence end)
            self.cache_key = f"{self.name}@{model_version(self.resources_dir, self.processors)}+{splitter_version()}"
        except OSError as exc:
            raise ModelsUnavailable(f"cannot read {self.resources_dir} ({exc.strerror or exc}).") from None
        self._pipeline = None  # loaded on the first text not in the cache: a warm re-run never loads it

    def __getstate__(self) -> dict:
        return {**self.__dict__, "_pipeline": None}

    def _load(self):
        if self._pipeline is not None:
            return self._pipeline
        try:
            import stanza
            import torch
        except ImportError as exc:
            raise ModelsUnavailable(f"stanza is not importable ({exc}).") from None
        torch.set_num_threads(self.threads)
        try:
            self._pipeline = stanza.Pipeline(
                "en",
                dir=str(self.resources_dir),
                processors=",".join(self.processors),
                download_method=None,
                logging_level="ERROR",
                use_gpu=False,
            )
        except Exception as exc:  # stanza raises many types for a broken model folder
            raise ModelsUnavailable(f"stanza could not load its models from {self.resources_dir}: {exc}") from None
        return self._pipeline

    def annotate(self, text: str) -> Annotation:
        return self.annotate_many([text])[0]

    def annotate_many(self, texts: list[str]) -> list[Annotation]:
        """One stanza call for the batch; texts with no words get an empty annotation without
        going through stanza (it joins a batch with blank lines, where they would vanish)."""
        from stanza import Document

        pipeline = self._load()
        wordy = [i for i, text in enumerate(texts) if text.strip()]
        docs = pipeline([Document([], text=texts[i]) for i in wordy]) if wordy else []
        annotations = [Annotation(sentences=(), entities=(), engine=self.name) for _ in texts]
        for i, doc in zip(wordy, docs, strict=True):
            annotations[i] = doc_to_annotation(doc, self.name)
        return annotations


def _word_offsets(token, word_index: int) -> tuple[int, int]:
    """Offsets of one word of a multi-word token ("Rodriguez's" -> Rodriguez + 's).

    Stanza gives offsets for tokens only; a word is located inside its token's text when
    it occurs there, else it shares the token's span."""
    word = token.words[word_index]
    if getattr(word, "start_char", None) is not None and getattr(word, "end_char", None) is not None:
        return word.start_char, word.end_char
    cursor = 0
    for i, w in enumerate(token.words):
        at = token.text.find(w.text, cursor)
        if at < 0:
            return token.start_char, token.end_char
        if i == word_index:
            return token.start_char + at, token.start_char + at + len(w.text)
        cursor = at + len(w.text)
    return token.start_char, token.end_char


def doc_to_annotation(doc, engine: str) -> Annotation:
    """Convert a stanza Document (real or built by hand in tests) to our Annotation."""
    sentences = []
    for sent in doc.sentences:
        tokens = []
        for token in sent.tokens:
            for i, word in enumerate(token.words):
                start, end = _word_offsets(token, i) if len(token.words) > 1 else (token.start_char, token.end_char)
                tokens.append(
                    Token(
                        text=word.text,
                        start=start,
                        end=end,
                        upos=word.upos,
                        lemma=word.lemma,
                        head=word.head,
                        deprel=word.deprel,
                    )
                )
        if tokens:
            sentences.append(Sentence(tokens[0].start, tokens[-1].end, tuple(tokens)))
    if getattr(doc, "text", None):
        sentences = real_stops(doc.text, sentences)
    entities = tuple(Entity(e.text, e.start_char, e.end_char, e.type) for e in getattr(doc, "ents", []) or [])
    return Annotation(sentences=tuple(sentences), entities=entities, engine=engine)


def download(folder: Path | None = None, processors: str = "tokenize,mwt,pos,lemma,depparse,ner") -> Path:
    """Fetch the English models with stanza's own downloader; a clear error without a network."""
    folder = folder or resources_dir()
    try:
        import stanza
    except ImportError as exc:
        raise ModelsUnavailable(f"stanza is not importable ({exc}).") from None
    try:
        stanza.download("en", model_dir=str(folder), processors=processors, logging_level="WARN")
    except Exception as exc:  # requests/connection errors surface as many types
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ModelsUnavailable(
            f"could not download stanza English models into {folder}: {first}. "
            "Check the network, or copy a stanza_resources folder there and set STANZA_RESOURCES_DIR."
        ) from None
    return folder
