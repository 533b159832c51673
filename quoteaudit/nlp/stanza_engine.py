"""The only module that imports stanza (lazily, so ``--help`` stays instant).

Uses whatever English processors are installed: tokenize and mwt at least; pos, lemma,
depparse and ner when present. Stanza's words become our Tokens (with part of speech,
lemma and dependency head when parsed) and its entities become Entities.
"""

from __future__ import annotations

import os
from pathlib import Path

from quoteaudit.errors import ModelsUnavailable
from quoteaudit.models import Annotation, Entity, Sentence, Token

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


class StanzaAnnotator:
    def __init__(self, folder: Path | None = None):
        self.resources_dir = folder or resources_dir()
        try:  # an unreadable folder (permissions, a file in its place) is a setup problem
            found = installed_processors(self.resources_dir)
            self.processors = usable_processors(found)
            if "tokenize" not in self.processors:
                raise ModelsUnavailable(f"no stanza English tokenizer in {self.resources_dir}.")
            if not (self.resources_dir / "resources.json").is_file():
                raise ModelsUnavailable(f"{self.resources_dir} has no resources.json.")
        except OSError as exc:
            raise ModelsUnavailable(f"cannot read {self.resources_dir} ({exc.strerror or exc}).") from None
        try:
            import stanza
        except ImportError as exc:
            raise ModelsUnavailable(f"stanza is not importable ({exc}).") from None
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
        self.name = "stanza:" + ",".join(self.processors)

    def annotate(self, text: str) -> Annotation:
        return doc_to_annotation(self._pipeline(text), self.name)


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
