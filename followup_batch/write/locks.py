"""Locks: never write a tracker someone has open, and one followup-batch run at a time per
tracker.

``open_error`` is the refusal of a file that Excel or LibreOffice has open (their lock files
beside it); a write whose result the open file already holds is no write, so it is not refused
(``write.write_results``). ``file_lock`` is a lock of our own beside each file: two runs over
the same folder at once (a nightly cron job and a coach running by hand) must never interleave
their writes to one tracker. Each run holds ``file_lock(tracker)`` from reading the tracker to
replacing it; the second run is told the file is busy and moves on.

The lock is ``fcntl.flock`` on a hidden file beside the tracker, ``.~followup-<name>.lock``.
It is named unlike Excel's (``~$<name>``) and LibreOffice's (``.~lock.<name>#``) owner files, so
``open_error`` never mistakes our lock for the user having the file open, and it is
hidden, so a run over the folder never takes it for a tracker. The kernel releases a ``flock``
when its process dies, so a crashed run leaves no stale lock: a leftover lock file is harmless
and the next run takes it over.

The holder writes the pid of its run's main process into the file (for the message the other
run shows) and removes the file on release. Removing a lock file others may be waiting on is
safe because every acquirer checks, after locking, that the path still names the file it
locked, and starts over if not.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import signal
import threading
import time
import unicodedata
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from followup_batch.errors import FileLocked, FollowupError, NotReplaceable, OpenElsewhere
from followup_batch.write.atomic import NAME_MAX, fitting_name, process_alive

EXCEL_LOCK = "~${name}"  # Excel's owner file, beside the workbook, while it is open
LIBREOFFICE_LOCK = ".~lock.{name}#"  # LibreOffice's lock file
LOCK_NAME = ".~followup-{name}.lock"
_LOCKS = ((EXCEL_LOCK, "Excel"), (LIBREOFFICE_LOCK, "LibreOffice"))
POLL_SECONDS = 0.05
# Locks this process holds: (pid, thread, lock path) -> depth. The pid keeps a forked child
# from believing it holds its parent's locks.
_HELD: dict[tuple[int, int, str], int] = {}
# The pid a lock names for the other run's message: the run's main process, also when one of
# its worker processes holds the lock (that is the process a person looks up or stops).
_run_pid: int | None = None


def name_run(pid: int) -> None:
    """Locks taken by this process (a worker) name the run's main process ``pid``."""
    global _run_pid
    _run_pid = pid


LOCKED_MESSAGE = (
    "{name} is being updated by another followup-batch run{holder}; try again when it finishes"
)
CANNOT_LOCK_MESSAGE = (
    "{name}: cannot create the lock file {lock} ({reason}); followup-batch needs to write "
    "in {folder} to {update} it safely. Check the folder's permissions"
)
# Whose folder the lock is made in, and what the run does there, as the message says it.
TRACKER_FOLDER = {"folder": "the tracker's folder", "update": "update"}
OUTPUT_FOLDER = {"folder": "the output's folder", "update": "write"}


OPEN_UNCHANGED_NOTE = (
    "{name} is open in {program} ({lock} exists): read from its last save, which already "
    "holds this run's results, so nothing needed writing"
)


def open_in(path: Path) -> tuple[str, Path] | None:
    """The program that has ``path`` open and its lock file beside it, or None.

    An accented name can be spelt in two Unicode forms (``é`` as one character, NFC, as
    Windows and Linux write it, or as ``e`` and an accent, NFD, as a Mac writes names), and a
    synced folder keeps each file's own: a workbook saved on Windows and its lock file written
    by Excel on a Mac differ byte for byte. So the names are compared in one form (NFC).
    Case is not folded: where the file system ignores case the exact look-up already does,
    and where it does not, ``Tracker.xlsx`` and ``tracker.xlsx`` are two files."""
    locks = [(pattern.format(name=path.name), program) for pattern, program in _LOCKS]
    for name, program in locks:
        lock = path.with_name(name)
        if os.path.exists(lock):  # False for a name too long to exist
            return program, lock
    if path.name.isascii():  # one spelling only
        return None
    wanted = {unicodedata.normalize("NFC", name): program for name, program in locks}
    try:
        entries = os.listdir(path.parent)
    except OSError:
        return None
    for entry in sorted(entries):
        if entry.startswith(("~$", ".~lock.")) and not entry.isascii():
            found = wanted.get(unicodedata.normalize("NFC", entry))
            if found is not None:
                return found, path.with_name(entry)
    return None


def open_error(path: Path, *, with_folder: bool = False) -> OpenElsewhere | None:
    """The FileLocked to raise when Excel or LibreOffice has ``path`` open, else None. A lock
    file its program left behind (it crashed, or the computer was switched off) says so, with
    the hint that it can be deleted. ``with_folder``: the file and its lock named as ``path``
    is given, folder included (an export written elsewhere, ot91 F8: "delete
    .~lock.dig.xlsx#" did not say where), not by name alone (a tracker, whose line names it)."""
    found = open_in(path)
    if found is None:
        return None
    program, lock = found
    named, lock_named = (str(path), str(lock)) if with_folder else (path.name, lock.name)
    why = f"open in {program} ({lock_named} exists); close it and run again"
    hint = stale_lock_hint(lock, program, lock_named)
    return OpenElsewhere(f"{named} is {why}. {hint}", why, hint)


def open_unchanged_note(path: Path) -> str | None:
    """The note for a file open in Excel or LibreOffice that a run left as it was (its last
    save already held the run's results), or None when it is not open."""
    found = open_in(path)
    if found is None:
        return None
    program, lock = found
    return OPEN_UNCHANGED_NOTE.format(name=path.name, program=program, lock=lock.name)


def stale_lock_hint(lock: Path, program: str, named: str | None = None) -> str:
    """What to do when nobody has the file open: LibreOffice's lock names the computer, so a
    lock of this computer with no LibreOffice running here is known to be left over.
    ``named``: how the lock is named (its name alone when None)."""
    named = lock.name if named is None else named
    if program == "LibreOffice" and _libreoffice_lock_is_stale(lock):
        return (
            f"LibreOffice is not running on this computer, so {named} was left behind (by "
            "a crash, say): delete it and run again"
        )
    return (
        f"If nobody has it open ({program} may have crashed and left the lock file), delete "
        f"{named} and run again"
    )


def _libreoffice_lock_is_stale(lock: Path) -> bool:
    """The lock ("user,name,host,date,profile;") was made on this computer and no LibreOffice
    process runs here. False when that cannot be told (no /proc, another host)."""
    import socket

    proc = Path("/proc")
    try:
        fields = lock.read_text(encoding="utf-8", errors="replace").split(",")
    except OSError:
        return False
    if len(fields) < 3 or fields[2].strip() != socket.gethostname() or not proc.is_dir():
        return False
    for entry in proc.iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                if (entry / "comm").read_text().startswith("soffice"):
                    return False
    return True


def lock_path(path: Path) -> Path:
    """The lock file that guards ``path``: hidden, beside it (its name shortened to fit)."""
    room = NAME_MAX - len(LOCK_NAME.format(name=""))
    return path.with_name(LOCK_NAME.format(name=fitting_name(path.name, room)))


def lock_refusal(path: Path) -> NotReplaceable | None:
    """The refusal ``file_lock`` meets making ``path``'s lock file in a folder that takes no
    new file (no permission, a read-only disk), foreseen without making one, for a dry run and
    ``check`` to say it in the run's words; None when the folder may be written."""
    lock = lock_path(Path(path))
    folder = lock.parent
    try:
        if os.access(folder, os.W_OK | os.X_OK) or not folder.is_dir():
            return None
        read_only = bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except OSError:
        return None
    reason = os.strerror(errno.EROFS if read_only else errno.EACCES)
    return NotReplaceable(
        CANNOT_LOCK_MESSAGE.format(name=path.name, lock=lock.name, reason=reason, **TRACKER_FOLDER)
    )


def left_by_a_stopped_run(path: Path) -> tuple[int, int] | None:
    """``path``'s lock file (its device and inode) when a run that was killed may have left it:
    it names a process that is gone, or none (killed before it wrote its pid, or as it ran on
    a full disk, ot45 F1: such a lock was taken over and removed without a word). ``took_over``
    tells, once the run holds the lock, whether it is that file: a run alive holds its lock
    (pid or not), so that this run is refused. A lock that names a live process is not said
    to be left, held or not (a killed worker's names its live main process)."""
    try:
        with open(lock_path(Path(path)), "rb") as lock:
            named = lock.read(32).decode("ascii", "replace").strip()
            found = os.fstat(lock.fileno())
    except OSError:
        return None
    if named.isdigit() and int(named) < 2**31 and process_alive(int(named)):
        return None
    return found.st_dev, found.st_ino


def took_over(path: Path, left: tuple[int, int] | None) -> bool:
    """Whether the lock the run holds on ``path`` is the file a stopped run ``left``
    (``left_by_a_stopped_run``): not one made anew when the run that held it finished since
    (a live run's lock without a pid, on a full disk, is removed when it finishes)."""
    try:
        held = os.stat(lock_path(Path(path)))
    except OSError:
        return False
    return left == (held.st_dev, held.st_ino)


@contextlib.contextmanager
def file_lock(
    path: Path, timeout: float = 0, where: Mapping[str, str] = TRACKER_FOLDER
) -> Iterator[Path]:
    """Hold the followup-batch lock on ``path`` for the duration of the ``with`` block.

    ``timeout`` is how long to wait for another run to finish, in seconds (0: do not wait).
    Raises ``FileLocked`` when another run still holds it, ``FollowupError`` when the lock file
    cannot be created (a read-only folder), its message naming ``where`` (``TRACKER_FOLDER``,
    or a dataset's ``OUTPUT_FOLDER``). Yields the lock file's path.
    """
    path = Path(path)
    lock = lock_path(path)
    # Re-entrant in one thread of one process: a caller may hold the lock around a library
    # call that takes it too (two flocks on one file conflict even within a process).
    key = (os.getpid(), threading.get_ident(), os.path.abspath(lock))
    if key in _HELD:
        _HELD[key] += 1
        try:
            yield lock
        finally:
            _HELD[key] -= 1
        return
    deadline = time.monotonic() + max(timeout, 0)
    held: list[int] = []  # the lock's descriptor, once this run holds it
    try:
        _acquire(path, lock, deadline, held, where)
        _HELD[key] = 1
        _name_holder(held[0])
        yield lock
    finally:
        _HELD.pop(key, None)
        if held:
            # Unlink while still holding the lock: a waiter that then gets the old file
            # notices the path no longer names it and starts over on a fresh one.
            with contextlib.suppress(FileNotFoundError):
                os.unlink(lock)
            os.close(held[0])  # releases the flock


def _name_holder(fd: int) -> None:
    """Write the run's pid into the held lock, for the other run's message. A full disk
    (ot45 F1) leaves the lock without it: it is held all the same, the other run's message
    names no pid, and a run with nothing to write goes on."""
    try:
        os.ftruncate(fd, 0)
        os.write(fd, f"{_run_pid or os.getpid()}\n".encode())
    except OSError as error:
        if error.errno not in (errno.ENOSPC, errno.EDQUOT):
            raise


def _acquire(
    path: Path, lock: Path, deadline: float, held: list[int], where: Mapping[str, str]
) -> None:
    """Take ``path``'s lock: its descriptor is put in ``held`` once this run holds it, for the
    caller's clean-up to remove the file. Making the file and locking it are one step that a
    stop (SIGTERM, Ctrl-C) does not cut in two: a stop landing between them left the lock file
    a run had just made, with nobody to remove it (a CI run, SIGTERM as the run began to read).
    Waiting for another run's turn may be stopped at any moment: that file is the other run's."""
    while True:
        with _stops_deferred():
            fd = _open(path, lock, where)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = _holder(fd)
                os.close(fd)
            except BaseException:
                os.close(fd)
                raise
            else:
                if _still_named(fd, lock):
                    held.append(fd)
                    return
                os.close(fd)  # locked a file another run has just removed: take the new one
                continue
        if time.monotonic() >= deadline:
            raise FileLocked(LOCKED_MESSAGE.format(name=path.name, holder=holder))
        time.sleep(POLL_SECONDS)


_STOPS = (signal.SIGINT, signal.SIGTERM)


@contextlib.contextmanager
def _stops_deferred() -> Iterator[None]:
    """A stop (SIGTERM, Ctrl-C) that lands in the ``with`` block is delivered as it ends,
    to the handler in place before it. Only the main thread handles signals; elsewhere, and
    for a handler not set from Python, nothing is deferred."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    pending: list[int] = []
    before: dict[signal.Signals, Any] = {}
    for stop in _STOPS:
        if signal.getsignal(stop) is not None:
            before[stop] = signal.signal(stop, lambda signum, _frame: pending.append(signum))
    try:
        yield
    finally:
        for stop, handler in before.items():
            signal.signal(stop, handler)
        if pending:
            signal.raise_signal(pending[0])


def _open(path: Path, lock: Path, where: Mapping[str, str]) -> int:
    try:
        return os.open(lock, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o666)
    except OSError as error:
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            raise  # said as a full disk is (``describe_failure``), not as permissions
        raise FollowupError(
            CANNOT_LOCK_MESSAGE.format(
                name=path.name, lock=lock.name, reason=error.strerror, **where
            )
        ) from error


def _still_named(fd: int, lock: Path) -> bool:
    try:
        named = os.stat(lock)
    except FileNotFoundError:
        return False
    held = os.fstat(fd)
    return (named.st_dev, named.st_ino) == (held.st_dev, held.st_ino)


def _holder(fd: int) -> str:
    try:
        text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    except OSError:
        return ""
    return f" (pid {text})" if text.isdigit() else ""
