"""Errors a person can act on: what went wrong, where, and how to fix it.

File-level problems raise one of these and stop that file only; row-level problems are
collected into the row's ``Problems`` cell instead (see ``normalise``).
"""

from __future__ import annotations


class FollowupError(Exception):
    """Base class: the message is complete and meant for the user as it stands."""


class ConfigError(FollowupError):
    """The config file or a rule override is invalid (names the key and the valid choices)."""


class TrackerNotFound(FollowupError):
    """No sheet in the file has a header row with the required fields."""


class UnsupportedFile(FollowupError):
    """The file's format cannot be read (legacy .xls, .ods, encrypted, corrupt, ...)."""


class FileLocked(FollowupError):
    """The file is open in Excel or LibreOffice (a lock file sits beside it)."""


class UnsafeWrite(FollowupError):
    """Writing would lose content the writer cannot carry, or the file changed meanwhile."""


class UsageError(FollowupError):
    """The command was asked for something it cannot do (exit code 2); ``option`` names the
    option or argument at fault as the user wrote it ("--output", "PATH")."""

    def __init__(self, message: str, option: str | None = None):
        super().__init__(message)
        self.option = option
