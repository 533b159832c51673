"""NLP engines behind one small interface.

``annotate(text)`` returns an :class:`~quoteaudit.models.Annotation` (sentences, tokens with
offsets, and part of speech, lemmas, dependencies and entities when the engine has them).
Only ``stanza_engine`` knows stanza exists; ``rules_engine`` needs no models so the tool
runs anywhere. ``get_annotator("auto")`` picks stanza when its English tokenizer is
installed and says why when it falls back.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from quoteaudit.models import Annotation


class Annotator(Protocol):
    name: str

    def annotate(self, text: str) -> Annotation: ...


@dataclass(frozen=True)
class EngineChoice:
    annotator: Annotator
    note: str  # why this engine was chosen, for the console and the report


def get_annotator(engine: str = "auto") -> EngineChoice:
    """Resolve an engine name ("auto", "stanza", "rules") to a ready annotator.

    "stanza" fails with ModelsUnavailable when its models are missing; "auto" falls back to
    the rule engine and explains why in ``note``.
    """
    from quoteaudit.errors import ModelsUnavailable
    from quoteaudit.nlp import rules_engine

    if engine == "rules":
        return EngineChoice(rules_engine.RulesAnnotator(), "rule engine (chosen with --engine rules)")
    from quoteaudit.nlp import stanza_engine

    try:
        annotator = stanza_engine.StanzaAnnotator()
    except ModelsUnavailable as exc:
        if engine == "stanza":
            raise
        return EngineChoice(
            rules_engine.RulesAnnotator(),
            f"rule engine, no NLP models: {exc} Run `quoteaudit models download` where there is a network.",
        )
    return EngineChoice(annotator, f"stanza ({', '.join(annotator.processors)}) from {annotator.resources_dir}")
