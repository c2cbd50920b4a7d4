"""One error hierarchy for truce.

Every error a user can cause (a bad scenario file, an unknown issue id, a red
line that does not parse, malformed XML) is a :class:`TruceError`.  Its message
names where the problem is (file, line, field) and what would fix it; front ends
print it as is (the CLI exits with code 2, the web app answers 4xx).
"""

from __future__ import annotations

from pathlib import Path

__all__ = [
    "ConflictModelError",
    "ImportFormatError",
    "NewsInputError",
    "RedLineError",
    "ScenarioError",
    "StoreError",
    "TruceError",
]


class TruceError(Exception):
    """A problem with the user's input that truce can explain.

    Parameters
    ----------
    message
        What is wrong, in one sentence.
    file
        The file the problem is in, if any.
    line
        1-based line number in ``file``, where known.
    field
        Dotted path of the offending field (``parties.0.reservation_value``).
    hint
        What would fix it.
    """

    def __init__(
        self,
        message: str,
        *,
        file: str | Path | None = None,
        line: int | None = None,
        field: str | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.file = str(file) if file is not None else None
        self.line = line
        self.field = field
        self.hint = hint

    def located(self, *, file: str | Path | None = None, line: int | None = None) -> TruceError:
        """Return this error with a file (and line) filled in where missing."""
        if self.file is None and file is not None:
            self.file = str(file)
        if self.line is None and line is not None:
            self.line = line
        return self

    def __str__(self) -> str:
        where = ""
        if self.file:
            where = self.file + (f":{self.line}" if self.line else "") + ": "
        elif self.line:
            where = f"line {self.line}: "
        field = f"{self.field}: " if self.field else ""
        if not self.hint:
            return f"{where}{field}{self.message}"
        stop = "" if self.message.endswith((".", "?", "!")) else "."
        return f"{where}{field}{self.message}{stop} Fix: {self.hint}"


class ScenarioError(TruceError):
    """A scenario that is malformed or inconsistent."""


class RedLineError(ScenarioError):
    """A red-line expression that does not parse or does not type-check."""


class ImportFormatError(TruceError):
    """A foreign file (GENIUS XML, graph-model case) that cannot be read."""


class ConflictModelError(TruceError):
    """A graph-model conflict that is malformed or inconsistent."""


class NewsInputError(TruceError):
    """An article or gold file that cannot be ingested."""


class StoreError(TruceError):
    """A workspace database that cannot be opened, upgraded or read."""
