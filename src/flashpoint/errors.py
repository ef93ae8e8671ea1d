"""The one exception tree of flashpoint.

FlashpointError
├── InputError    a file, line or URL we cannot read; names the input and the problem
├── ConfigError   bad settings, model name or data file
├── StoreError    database unreachable, or its schema is newer than this code
└── ExtractError  a stage failed on a document (a bug: report it)

Messages are one line, meant for the user, and end with a way out where there is one.
"""

from __future__ import annotations


class FlashpointError(Exception):
    """Base of every error flashpoint raises on purpose."""


class InputError(FlashpointError):
    """An input (file, JSONL line, URL, feed) that cannot be read."""

    def __init__(self, source: str, problem: str) -> None:
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


class ConfigError(FlashpointError):
    """Bad settings, an unknown model, or a malformed data file."""


class StoreError(FlashpointError):
    """The database cannot be opened, migrated or written."""


class ExtractError(FlashpointError):
    """A pipeline stage failed on one document."""
