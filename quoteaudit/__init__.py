"""quoteaudit: finds quotes, their speakers and unnamed sources across outlets' articles of one
story, and shows how the wording and the sourcing drift between them.

The small public API is ``audit(paths, **options) -> AuditResult`` (see
``quoteaudit.pipeline.audit``); it is imported on first use so that ``quoteaudit --help``
stays instant.
"""

from __future__ import annotations

from typing import Any

__all__ = ["__version__", "audit"]


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("quoteaudit")
    except PackageNotFoundError:  # run from a checkout that was never installed
        return "0+unknown"


__version__ = _version()


def __getattr__(name: str) -> Any:
    if name == "audit":
        from quoteaudit.pipeline import audit

        return audit
    raise AttributeError(f"module 'quoteaudit' has no attribute {name!r}")
