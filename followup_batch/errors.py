"""Errors a person can act on: what went wrong, where, and how to fix it.

File-level problems raise one of these and stop that file only; row-level problems are
collected into the row's ``Problems`` cell instead (see ``normalise``).
"""

from __future__ import annotations

from typing import Any


class FollowupError(Exception):
    """Base class: the message is complete and meant for the user as it stands. ``reports``:
    what a run computed from a tracker it read but did not write (open elsewhere, read-only,
    no lock file, a full disk), for the run's exports."""

    reports: list[Any] | None = None


class ConfigError(FollowupError):
    """The config file or a rule override is invalid (names the key and the valid choices)."""


class TrackerNotFound(FollowupError):
    """No sheet in the file has a header row with the required fields."""


# What the message of a file left alone as no tracker says after the file's name.
LEFT_ALONE = "left alone, "


class NotATracker(TrackerNotFound):
    """The file is plainly no tracker: another export beside one (LinkedIn's Profile.csv,
    messages.csv, Positions.csv, the job history whose companies are past employers), or a CSV
    or a workbook none of whose columns names an employer, a role, a stage, an application or
    an interview (a budget): left alone, not failed (ot136 F2: a LinkedIn data folder failed 8
    of 10 files, exit 1); the message says what it is and how to read it anyway if it is a
    tracker. Named alone, the file is refused all the same (``refusal``)."""

    def refusal(self) -> str:
        """The message as a run given this file alone refuses it: the person named it to be
        followed up and nothing was, so it fails (exit code 1) saying why, not "left alone"."""
        return str(self).replace(f": {LEFT_ALONE}", ": ", 1)


class ContactsList(NotATracker):
    """The file is a list of people (a contacts sheet, LinkedIn's Connections.csv), not a
    tracker: left alone, not failed; the message says why and how to follow it up anyway."""


class SyncConflictCopy(FollowupError):
    """The file is a sync client's conflict copy of a tracker beside it ("Maya Chen
    (conflicted copy 2026-11-18).xlsx"): skipped, never written, not failed; the message says
    which tracker it copies and that it is to be merged by hand and deleted."""


class SameRowsCopy(SyncConflictCopy):
    """The file is named as a copy of a tracker beside it ("Maya Chen (1).xlsx") and each of
    its rows is there, cell for cell: skipped as a sync conflict copy is, its rows not counted
    twice (report ot116 F3); the message says which tracker holds them."""


class UnsupportedFile(FollowupError):
    """The file's format cannot be read (legacy .xls, .ods, encrypted, corrupt, ...)."""


class FileLocked(FollowupError):
    """The file is open in Excel or LibreOffice (a lock file sits beside it)."""


class OpenElsewhere(FileLocked):
    """The file is open in Excel or LibreOffice: skipped, not failed. ``why`` ("open in Excel
    (~$t.xlsx exists); close it and run again") and ``hint`` (what to do when nobody has it
    open) make the run's one line for it (``reports.FileFailure.summary``)."""

    def __init__(self, message: str, why: str = "", hint: str = "") -> None:
        super().__init__(message)
        self.why = why
        self.hint = hint


class UnsafeWrite(FollowupError):
    """Writing would lose content the writer cannot carry, or the file changed meanwhile."""


class NotReplaceable(UnsafeWrite):
    """The file cannot be replaced where it is: it has other hard links, or its folder (or its
    backup folder) takes no new file. The run fails it; its dry run, which writes nothing,
    reads it all the same and says what the run would do."""


class ReadOnlyFile(NotReplaceable):
    """The file to be replaced is marked read-only: a run that would change it fails, and its
    dry run, which writes nothing, reads it all the same and says so."""


class ChangedMeanwhile(UnsafeWrite):
    """Someone saved the file while the run worked on it: their save was kept. What the run
    read is no longer the file, so none of it reaches the run's exports."""


class InTheWay(UnsafeWrite):
    """Rows added under a tracker reach down into a person's table or cells in the tool's
    columns: the file is refused, nothing written. ``reason`` names what is in the way and
    what to do, without the file's name: the line that reports it (``run``'s FAILED line,
    ``check``'s report) names the file already."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"{reason}; nothing was written")
        self.reason = reason

    def __reduce__(self) -> tuple[type[InTheWay], tuple[str]]:
        return InTheWay, (self.reason,)  # pickled as made: the reason, not the message


class UsageError(FollowupError):
    """The command was asked for something it cannot do (exit code 2); ``option`` names the
    option or argument at fault as the user wrote it ("--output", "PATH")."""

    def __init__(self, message: str, option: str | None = None):
        super().__init__(message)
        self.option = option


class WrongArgument(FollowupError, TypeError):
    """A library function was given a kind of value it does not take (a DataFrame where
    ``read_trackers``'s table goes, a number for ``as_of``); the message names the argument
    and what to pass."""


class BadDate(FollowupError, ValueError):
    """An as-of date that is no date ("2026-13-01", NaT) or outside the dates the tool
    computes with."""


class NotNormalised(FollowupError, ValueError):
    """A frame given to ``schedule_rows`` or ``render_drafts`` is not one ``normalise_rows``
    made: columns missing, an index that is not the tracker's row numbers, or next actions of
    another frame."""


class Interrupted(KeyboardInterrupt):
    """Ctrl-C or SIGTERM, already reported with what the run had done by then; the command
    exits ``code`` (130 after Ctrl-C, 143 after SIGTERM)."""

    def __init__(self, code: int = 130) -> None:
        super().__init__()
        self.code = code


class Terminated(SystemExit):
    """SIGTERM (cron's timeout, ``systemctl stop``, ``kill``): the run stops the way Ctrl-C
    stops it, and the process exits 143, the shell's code for "terminated"."""

    def __init__(self) -> None:
        super().__init__(TERMINATED_EXIT)


INTERRUPTED_EXIT = 130  # the shell's code for a command stopped by Ctrl-C (128 + SIGINT)
TERMINATED_EXIT = 143  # 128 + SIGTERM


def stopped_how(stop: BaseException) -> tuple[str, int] | None:
    """("Interrupted", 130) for Ctrl-C, ("Stopped by SIGTERM", 143) for SIGTERM; None for
    anything else."""
    if isinstance(stop, Terminated):
        return "Stopped by SIGTERM", TERMINATED_EXIT
    if isinstance(stop, KeyboardInterrupt):
        return "Interrupted", getattr(stop, "code", INTERRUPTED_EXIT)
    return None


def internal_error(exc: BaseException) -> str:
    """A bug, said in one line rather than as a traceback: what a person can report."""
    return f"internal error — please report it ({type(exc).__name__}: {exc})"


# What to do about failures that are not the tool's own, by the system's error number.
DISK_ERRORS = {
    "ENOSPC": "the disk holding {folder} is full",
    "EDQUOT": "the disk quota for {folder} is used up",
    "EROFS": "{folder} is on a read-only disk",
    "EIO": "the disk holding {folder} reported a read or write error",
}
# The totals line's words for the disk states that fail every file written to that disk.
DISK_FULL = {"ENOSPC": "no space left on the disk", "EDQUOT": "the disk quota used up"}
_PERMISSION_ERRORS = ("EACCES", "EPERM")
_DAMAGED = (
    "{name} is damaged ({what}); nothing was written. Open it in Excel or LibreOffice and save "
    "it again, or restore the last good copy from .followup-backups/ beside it"
)


def describe_failure(
    exc: BaseException,
    path: object,
    *,
    written_in: object | None = None,
    kept: str = "the file is as it was",
) -> str | None:
    """A user's one-line reason, with what to do, for an exception raised while processing the
    file ``path`` that is not a ``FollowupError``: a full disk, a refused permission, a damaged
    workbook, no memory. None when it is none of those (a bug). A full disk the exception
    names no file of is ``written_in``'s when given (a dataset's output folder: its input's
    disk is only read, ot138 F2), and the run leaves ``kept`` as it was."""
    import errno
    import zipfile
    import zlib
    from pathlib import Path

    file = Path(str(path))
    name = file.name
    if isinstance(exc, MemoryError):
        return (
            f"{name}: not enough memory to process it; nothing was written. Close other "
            "programs, or run it on its own (with --jobs 1), then run again"
        )
    if isinstance(exc, (zlib.error, zipfile.BadZipFile, EOFError)):
        return _DAMAGED.format(name=name, what=f"a part of the workbook does not unpack: {exc}")
    if isinstance(exc, FileNotFoundError) and not file.exists():
        return f"{name} was deleted or moved while it was being processed; nothing was written"
    if isinstance(exc, OSError) and exc.errno is not None:
        code = errno.errorcode.get(exc.errno, "")
        where = Path(exc.filename) if exc.filename else file
        folder = shown_folder(where.parent if where.suffix else where)
        if code in DISK_ERRORS:
            if not exc.filename and written_in is not None:
                folder = shown_folder(written_in)
            problem = DISK_ERRORS[code].format(folder=folder, name=name)
            return (
                f"{name}: {problem}{mount_point(folder)}; nothing was written and {kept}. "
                "Free some space (or fix the disk), then run again"
            )
        if code in _PERMISSION_ERRORS:
            return (
                f"{name}: permission denied on {where} ({exc.strerror}); nothing was written. "
                "Check that this user may read and write the file and its folder (and that no "
                "other program holds it), then run again"
            )
        return f"{name}: {exc.strerror} ({where}); nothing was written"
    return None


def disk_full(message: str) -> str | None:
    """The totals line's words (``DISK_FULL``) for a file's failure whose reason says its disk
    is full or its quota used up (as ``DISK_ERRORS`` words it); None for other failures."""
    import re

    for code, words in DISK_FULL.items():
        said = re.escape(DISK_ERRORS[code]).replace(re.escape("{folder}"), ".+?")
        if re.search(said, message):
            return words
    return None


def shown_folder(folder: object) -> object:
    """A folder as a message names it: absolute, as the backup's message names its folder (a
    run in the tracker's folder read "the disk holding . is full", ``run small/t.xlsx`` "the
    disk holding small is full")."""
    import os
    from pathlib import Path

    return Path(os.path.abspath(str(folder)))


def mount_point(folder: object) -> str:
    """' (the disk mounted at /home)' for a folder, or '' at the root or when unknown."""
    import os

    try:
        current = os.path.realpath(str(folder))
        while not os.path.ismount(current):
            current = os.path.dirname(current)
    except OSError:
        return ""
    return "" if current == "/" else f" (the disk mounted at {current})"
