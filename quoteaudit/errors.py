"""Errors a user can fix. Each carries a one-line message naming the file and the problem;
the CLI prints it and exits 2 instead of showing a traceback."""


class QuoteAuditError(Exception):
    """Base class: a problem with the user's input or setup, not a bug."""


class InputError(QuoteAuditError):
    """A file that cannot be read or parsed."""

    def __init__(self, path: str, problem: str):
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class RulesError(QuoteAuditError):
    """A rules/ file that is missing, malformed or inconsistent."""


class ModelsUnavailable(QuoteAuditError):
    """Stanza or its English models are not installed (or cannot be downloaded)."""
