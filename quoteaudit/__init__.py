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


def __getattr__(name: str) -> Any:
    """``audit`` and ``__version__`` on first use: reading the installed version loads
    importlib.metadata, a fortieth of a second every run would pay for nothing."""
    if name == "__version__":
        return _version()
    if name == "audit":
        from quoteaudit.pipeline import audit

        return audit
    raise AttributeError(f"module 'quoteaudit' has no attribute {name!r}")
