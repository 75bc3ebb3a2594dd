"""The project's error types.

Library code raises these; only the command line turns them into an
``Error: ...`` line and an exit code (see ``kg.cli``), so every message is
written once, here, with the file and line a user needs to find the problem.
"""

from __future__ import annotations

from pathlib import Path


class KgError(Exception):
    """Base class: anything kg reports to a user rather than crashes on."""

    exit_code = 1

    def __init__(self, reason: str, path: Path | str | None = None, line: int | None = None):
        self.reason = reason
        self.path = Path(path) if path is not None else None
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        return f"{where}{self.reason}"


class DocumentError(KgError):
    """A document cannot be read or holds no session; the rest of the corpus still builds."""

    exit_code = 3


class DocumentWarning(KgError):
    """Something a document lacks or garbles (no date, no attendance list, an incomplete reference, a
    cut-off end): its facts are built without it, nothing is invented in its place, and
    ``kg build --strict`` fails on it."""


class ArchiveReferenceError(KgError):
    """An archive reference that does not parse."""


class StoreError(KgError):
    """The store is missing, locked by another build, or unusable."""

    exit_code = 4


class QueryError(KgError):
    """A canned query is unknown, a parameter is missing, or SPARQL is invalid."""

    exit_code = 2
