"""Compare quotes across outlets: group the versions of one utterance (``align``) and
classify how each differs from the group's reference, word by word (``drift``)."""

from quoteaudit.compare.align import compare_articles

__all__ = ["compare_articles"]
