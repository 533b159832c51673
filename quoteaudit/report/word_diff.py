"""A word diff (``DiffOp`` steps) marked up for a reader: one walk over the steps, with the
marks of `git diff --word-diff` for terminals and code hosts (``TEXT_MARKS``) or HTML tags
for the report page (``HTML_MARKS``), so the two outputs never disagree on what a step shows.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from quoteaudit.models import DiffOp

# A template per kind of step over its reference words {ref} and its version words {text}
# (the reference's when the version has none), both already made safe for the output.
TEXT_MARKS: Mapping[str, str] = {
    "equal": "{text}",
    "typo": "{text}",
    "delete": "[-{ref}-]",
    "insert": "{{+{text}+}}",
    "replace": "[-{ref}-]{{+{text}+}}",
    "move": "{{>{text}<}}",
}
HTML_MARKS: Mapping[str, str] = {
    "equal": "{text}",
    "typo": '<span class="typo">{text}</span>',
    "delete": "<del>{ref}</del>",
    "insert": "<ins>{text}</ins>",
    "replace": "<del>{ref}</del> <ins>{text}</ins>",
    "move": '<span class="moved">{text}</span>',
}


def render_diff(diff: tuple[DiffOp, ...], marks: Mapping[str, str], safe: Callable[[str], str]) -> str:
    """The steps marked up in order, a space apart; a step with no words leaves no gap."""
    parts = (marks.get(op.op, "{text}").format(ref=safe(op.ref), text=safe(op.text or op.ref)) for op in diff)
    return " ".join(p for p in parts if p)
