"""The closed set of check kinds that rules/findings/*.yml parameterise.

A check is a function ``(AuditResult, params) -> Iterable[Hit]`` registered under a kind
name. It only says where and fills the message fields; the rule supplies code, name,
severity and wording. Each family lives in its own module, imported below so that every
kind is registered when the package is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from quoteaudit.models import AuditResult


@dataclass(frozen=True)
class Hit:
    article_id: str
    start: int = -1
    end: int = -1
    subject_id: str = ""
    values: dict = field(default_factory=dict)
    related: tuple[str, ...] = ()


Check = Callable[[AuditResult, dict], Iterable[Hit]]
CHECKS: dict[str, Check] = {}


def register(kind: str) -> Callable[[Check], Check]:
    def add(func: Check) -> Check:
        if kind in CHECKS:
            raise ValueError(f"check kind {kind!r} registered twice")
        CHECKS[kind] = func
        return func

    return add


# importing the check families registers their kinds
from quoteaudit.checks import drift as _drift  # noqa: E402,F401
from quoteaudit.checks import quotes as _quotes  # noqa: E402,F401
from quoteaudit.checks import sourcing as _sourcing  # noqa: E402,F401
