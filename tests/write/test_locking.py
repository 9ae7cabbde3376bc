"""The per-tracker lock: one run at a time per file, across processes, never a stale lock."""

from __future__ import annotations

import contextlib
import fcntl
import multiprocessing
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from followup_batch.errors import FileLocked, FollowupError
from followup_batch.read.files import is_tracker_file
from followup_batch.write import locks as locking
from followup_batch.write.locks import file_lock, lock_path

SPAWN = multiprocessing.get_context("spawn")  # no fork of a threaded pytest


def hold_lock(path: str, held, release) -> None:  # child process
    with file_lock(Path(path)):
        held.set()
        release.wait(30)


def increment_many(path: str, times: int) -> None:  # child process
    # Read, pause, write: without mutual exclusion, concurrent increments get lost.
    counter = Path(path)
    for _ in range(times):
        with file_lock(counter, timeout=30):
            value = int(counter.read_text())
            time.sleep(0.001)
            counter.write_text(str(value + 1))


def check_not_open(path: Path) -> None:
    """Raise the refusal of a file open in Excel or LibreOffice, as a write would."""
    error = locking.open_error(path)
    if error is not None:
        raise error


def test_lock_file_is_hidden_ours_and_removed_after(tmp_path: Path) -> None:
    tracker = tmp_path / "tracker.xlsx"
    tracker.write_bytes(b"")
    with file_lock(tracker) as lock:
        assert lock == lock_path(tracker) == tmp_path / ".~followup-tracker.xlsx.lock"
        assert lock.read_text() == f"{os.getpid()}\n"
        assert not is_tracker_file(lock)
        check_not_open(tracker)  # our lock is not Excel's or LibreOffice's
    assert not lock.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tracker.xlsx"]


def test_released_when_the_block_raises(tmp_path: Path) -> None:
    tracker = tmp_path / "t.csv"
    with pytest.raises(RuntimeError), file_lock(tracker):
        raise RuntimeError("boom")
    with file_lock(tracker):
        pass


def test_reentrant_in_one_thread(tmp_path: Path) -> None:
    tracker = tmp_path / "tracker.xlsx"
    with file_lock(tracker), file_lock(tracker) as inner:
        assert inner.exists()
    assert not lock_path(tracker).exists()


def test_another_thread_of_the_same_process_waits(tmp_path: Path) -> None:
    tracker = tmp_path / "tracker.xlsx"
    errors: list[BaseException] = []

    def other() -> None:
        try:
            with file_lock(tracker):
                pass
        except BaseException as error:
            errors.append(error)

    with file_lock(tracker):
        thread = threading.Thread(target=other)
        thread.start()
        thread.join(10)
    assert [type(e) for e in errors] == [FileLocked]


def test_a_second_run_is_refused_with_the_holders_pid(tmp_path: Path) -> None:
    tracker = tmp_path / "tracker.xlsx"
    held, release = SPAWN.Event(), SPAWN.Event()
    child = SPAWN.Process(target=hold_lock, args=(str(tracker), held, release))
    child.start()
    try:
        assert held.wait(30)
        with pytest.raises(FileLocked) as caught, file_lock(tracker):
            pass
        assert str(caught.value) == (
            f"tracker.xlsx is being updated by another followup-batch run (pid {child.pid}); "
            "try again when it finishes"
        )
        started = time.monotonic()
        with pytest.raises(FileLocked), file_lock(tracker, timeout=0.3):
            pass
        assert time.monotonic() - started >= 0.3
    finally:
        release.set()
        child.join(30)
    assert child.exitcode == 0
    with file_lock(tracker, timeout=5):
        pass
    assert not lock_path(tracker).exists()


def test_waiting_takes_the_lock_once_the_other_run_finishes(tmp_path: Path) -> None:
    tracker = tmp_path / "tracker.xlsx"
    held, release = SPAWN.Event(), SPAWN.Event()
    child = SPAWN.Process(target=hold_lock, args=(str(tracker), held, release))
    child.start()
    assert held.wait(30)
    release.set()
    with file_lock(tracker, timeout=30):
        pass
    child.join(30)


def test_a_crashed_holder_leaves_no_stale_lock(tmp_path: Path) -> None:
    tracker = tmp_path / "tracker.xlsx"
    held, release = SPAWN.Event(), SPAWN.Event()
    child = SPAWN.Process(target=hold_lock, args=(str(tracker), held, release))
    child.start()
    assert held.wait(30)
    child.kill()
    child.join(30)
    assert lock_path(tracker).exists()  # left behind by the kill, but no longer held
    with file_lock(tracker):
        pass


def test_racing_processes_never_overlap(tmp_path: Path) -> None:
    counter = tmp_path / "counter.txt"
    counter.write_text("0")
    workers = [SPAWN.Process(target=increment_many, args=(str(counter), 40)) for _ in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(120)
    assert [w.exitcode for w in workers] == [0, 0, 0, 0]
    assert counter.read_text() == "160"
    assert not lock_path(counter).exists()


def test_read_only_folder_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    (folder / "t.xlsx").write_bytes(b"")
    folder.chmod(0o555)
    if os.geteuid() == 0:  # root may write anyway: the folder refuses as it would anyone else
        real_open = os.open

        def refusing_open(name: object, flags: int, *args: object) -> int:
            if Path(str(name)).parent == folder and flags & os.O_CREAT:
                raise PermissionError(13, "Permission denied", str(name))
            return real_open(name, flags, *args)  # type: ignore[arg-type]

        monkeypatch.setattr(locking.os, "open", refusing_open)
    try:
        expected = (
            r"^t\.xlsx: cannot create the lock file \.~followup-t\.xlsx\.lock \(Permission denied\)"
        )
        with pytest.raises(FollowupError, match=expected), file_lock(folder / "t.xlsx"):
            pass
    finally:
        folder.chmod(0o755)


# --- Excel's and LibreOffice's lock files ---------------------------------------------------------


EXCEL_OPEN = (
    "tracker.xlsx is open in Excel (~$tracker.xlsx exists); close it and run again. If "
    "nobody has it open (Excel may have crashed and left the lock file), delete "
    "~$tracker.xlsx and run again"
)
LIBREOFFICE_OPEN = (
    "tracker.xlsx is open in LibreOffice (.~lock.tracker.xlsx# exists); close it and run "
    "again. If nobody has it open (LibreOffice may have crashed and left the lock file), "
    "delete .~lock.tracker.xlsx# and run again"
)


# Excel's and LibreOffice's lock files hold no pid: whatever they hold, even nothing (a crash
# as the program made it, a sync client's stand-in), the file is taken to be open and never
# written, and the line names the lock file to delete when nobody has it open. Only a
# LibreOffice lock made on this computer with no LibreOffice running here is known to be left
# behind (below). (the lock file; what it holds; the refusal)
@pytest.mark.parametrize(
    ("lock", "held", "message"),
    [
        ("~$tracker.xlsx", b"\x04Maya" + b" " * 49, EXCEL_OPEN),  # Excel's: the user's name
        ("~$tracker.xlsx", b"", EXCEL_OPEN),
        (
            ".~lock.tracker.xlsx#",
            b",Maya,maya-laptop,20.11.2026 09:30,file:///x;",
            LIBREOFFICE_OPEN,
        ),
        (".~lock.tracker.xlsx#", b"", LIBREOFFICE_OPEN),
        (".~lock.tracker.xlsx#", b"owner", LIBREOFFICE_OPEN),
    ],
)
def test_lock_file_refused(tmp_path: Path, lock: str, held: bytes, message: str) -> None:
    (tmp_path / lock).write_bytes(held)
    with pytest.raises(FileLocked) as refused:
        check_not_open(tmp_path / "tracker.xlsx")
    assert str(refused.value) == message


NFC, NFD = (unicodedata.normalize(form, "José Núñez.xlsx") for form in ("NFC", "NFD"))


@pytest.mark.parametrize(
    ("tracker", "lock", "program"),
    [
        # Saved on Windows (NFC), opened in Excel or LibreOffice on a Mac (NFD), synced here.
        (NFC, "~$" + NFD, "Excel"),
        (NFC, ".~lock." + NFD + "#", "LibreOffice"),
        # The reverse: saved on a Mac, open on Windows.
        (NFD, "~$" + NFC, "Excel"),
        (NFD, ".~lock." + NFC + "#", "LibreOffice"),
        (NFC, "~$" + NFC, "Excel"),
    ],
)
def test_a_lock_file_in_the_other_unicode_form_is_respected(tmp_path, tracker, lock, program):
    (tmp_path / lock).write_bytes(b"owner")
    with pytest.raises(FileLocked) as refused:
        check_not_open(tmp_path / tracker)
    assert str(refused.value).startswith(
        f"{tracker} is open in {program} ({lock} exists); close it and run again. "
    )  # the lock file named as it is spelt in the folder, to be found and deleted


@pytest.mark.parametrize(
    "other",
    [
        "~$" + unicodedata.normalize("NFD", "José Nuñez.xlsx"),  # another name: Nuñez, not Núñez
        "~$JOSÉ NÚÑEZ.xlsx",  # case is not folded: on a case-sensitive disk, another file
        ".~lock." + NFD,  # not LibreOffice's: no closing #
    ],
)
def test_a_lock_file_of_another_accented_name_does_not_count(tmp_path, other):
    (tmp_path / other).write_bytes(b"owner")
    check_not_open(tmp_path / NFC)


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads processes from /proc")
def test_a_libreoffice_lock_of_this_computer_without_libreoffice_running_is_stale(tmp_path):
    """LibreOffice's lock names the computer; made here, with no soffice process here, it was
    left by a crash: the message says it can be deleted. (On a computer running LibreOffice
    the test cannot tell, and does not run.)"""
    running = any(
        (p / "comm").read_text().startswith("soffice")
        for p in Path("/proc").iterdir()
        if p.name.isdigit() and (p / "comm").exists()
    )
    if running:
        pytest.skip("LibreOffice is running here")
    lock = tmp_path / ".~lock.tracker.xlsx#"
    lock.write_text(f",Maya,{socket.gethostname()},20.11.2026 09:30,file:///home/maya/.lo;")
    with pytest.raises(FileLocked) as refused:
        check_not_open(tmp_path / "tracker.xlsx")
    assert str(refused.value).endswith(
        "LibreOffice is not running on this computer, so .~lock.tracker.xlsx# was left behind "
        "(by a crash, say): delete it and run again"
    )
    lock.write_text(",Maya,another-host,20.11.2026 09:30,file:///home/maya/.lo;")
    with pytest.raises(FileLocked, match="If nobody has it open"):
        check_not_open(tmp_path / "tracker.xlsx")


def test_other_files_locks_do_not_count(tmp_path):
    (tmp_path / "~$other.xlsx").write_bytes(b"owner")
    check_not_open(tmp_path / "tracker.xlsx")


def lock_file_text(path: Path) -> str:  # in a worker process of the run
    with file_lock(path):
        return lock_path(path).read_text()


def test_a_worker_process_lock_names_the_runs_main_process(tmp_path: Path) -> None:
    """A run over a folder writes its trackers in worker processes; the busy message another run
    shows names the run's main process (the one `ps` shows with the command a person typed,
    and the one to stop), not a worker."""
    from followup_batch.workers import results_in_order

    files = [tmp_path / f"client{n}.xlsx" for n in range(2)]
    found = list(results_in_order(lock_file_text, files, jobs=2, gone=lambda _path: "gone"))
    assert [text for _path, text in found] == [f"{os.getpid()}\n"] * 2


@pytest.mark.parametrize(
    ("office_lock", "said"),
    [
        (".~lock.Noah Reed.xlsx#", "skipped: open in LibreOffice (.~lock.Noah Reed.xlsx# exists)"),
        ("~$Noah Reed.xlsx", "skipped: open in Excel (~$Noah Reed.xlsx exists)"),
        (None, "FAILED — it is being updated by another followup-batch run (pid"),
    ],
)
def test_a_file_open_elsewhere_while_another_run_holds_it_is_skipped_as_open(
    tmp_path: Path, office_lock: str | None, said: str
) -> None:
    """Two runs at once (cron and a coach's own) over a client's file open in LibreOffice:
    the run that meets the other's lock says the file is open, skipped, as the run holding
    the lock finds it — not FAILED, 'try again when it finishes' (ot109 F2)."""
    from click.testing import CliRunner
    from test_cli import make_tracker

    from followup_batch.cli import main

    tracker = make_tracker(tmp_path / "Noah Reed.xlsx")
    if office_lock is not None:
        (tmp_path / office_lock).write_text("someone,LAPTOP-1,host,06.12.2026 07:00,file://;")
    before = tracker.read_bytes()
    held, release = SPAWN.Event(), SPAWN.Event()
    child = SPAWN.Process(target=hold_lock, args=(str(tracker), held, release))
    child.start()
    try:
        assert held.wait(30)
        result = CliRunner().invoke(main, ["run", str(tracker), "--as-of", "2026-11-06"])
    finally:
        release.set()
        child.join(30)
    assert result.exit_code == 1
    (line,) = [line for line in result.output.splitlines() if line.startswith("Noah Reed.xlsx")]
    assert line.startswith(f"Noah Reed.xlsx: {said}")
    assert tracker.read_bytes() == before


def a_dead_pid() -> int:
    """The process id of a process that has ended."""
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()
    return ended.pid


LEFT_NOTE = "note: {where}: cleared what an interrupted run left ({what})"


def open_in_excel(tracker: Path) -> None:
    """Opened in Excel on the person's computer: its owner file beside it."""
    tracker.with_name(f"~${tracker.name}").write_bytes(b"\x04Maya" + b" " * 49)


def cut_short(tracker: Path) -> None:
    """Damaged: cut short, as a copy or a sync that stopped part way leaves it."""
    tracker.write_bytes(tracker.read_bytes()[:300])


@contextlib.contextmanager
def held_by_a_live_run(tracker: Path) -> Iterator[None]:
    """Its lock held by a run at work that could not write its pid in it (a full disk)."""
    fd = os.open(lock_path(tracker), os.O_RDWR | os.O_CREAT)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        yield
    finally:
        os.close(fd)


# What the run then does to the tracker, as it cleared what a killed run left: its line, and
# the files that stay beside it. (the tracker as the run finds it; the exit code; the start of
# the file's line, or None for its summary; the lock files kept)
BUSY = "Big Client.xlsx: FAILED — it is being updated by another followup-batch run; try again"
THEN = {
    None: (0, None, []),
    "open in Excel": (1, "Big Client.xlsx: skipped: open in Excel", ["~$Big Client.xlsx"]),
    "damaged": (1, "Big Client.xlsx: FAILED — it looks like a workbook but is damaged", []),
    "held": (1, BUSY, [".~followup-Big Client.xlsx.lock"]),
}


@pytest.mark.parametrize(
    ("temps", "lock", "then", "said"),
    [
        # kill -9 while the result was written: its temporary file and its lock (ot129 F1)
        (["dead"], "dead", None, "a temporary file and a lock"),
        (["dead", "dead"], "dead", None, "2 temporary files and a lock"),
        ([], "dead", None, "a lock"),  # killed as it read the tracker
        (["dead"], None, None, "a temporary file"),  # its lock deleted by hand
        # Another run's, at work (its process alive): kept, and nothing said.
        (["alive"], None, None, None),
        # A lock that names a live process but is not held (a worker of that run was
        # killed): taken over, as always, but left by no run that is gone.
        ([], "alive", None, None),
        ([], None, None, None),  # an ordinary run
        # Cleared, then the tracker is skipped or failed: both said (the note was lost).
        (["dead"], "dead", "open in Excel", "a temporary file and a lock"),
        (["dead"], "dead", "damaged", "a temporary file and a lock"),
        ([], None, "open in Excel", None),
        # A lock without a pid: its run was killed before it wrote it, or ran on a full disk
        # (ot45 F1). Taken over, as it is no run's at work, and said (it went unsaid).
        ([], "", None, "a lock"),
        (["dead"], "", None, "a temporary file and a lock"),
        # ... unless a run at work holds it: this run is refused, and leaves it alone.
        ([], "", "held", None),
    ],
)
def test_what_a_killed_run_left_is_cleared_and_said_once(
    tmp_path: Path, temps: list[str], lock: str | None, then: str | None, said: str | None
) -> None:
    """The next run removes a killed run's temporary file and lock, and says so in one line
    without -v: Windows Explorer and sync clients show these hidden files, and a person who
    saw one go could not tell whether it held anything (ot129 F1). Said too, after the
    file's line, when the run then skips or fails the file."""
    from click.testing import CliRunner
    from test_cli import make_tracker

    from followup_batch.cli import main
    from followup_batch.write.atomic import TEMP_PREFIX

    pids = {"dead": a_dead_pid(), "alive": os.getpid()}
    tracker = make_tracker(tmp_path / "Big Client.xlsx")
    for n, whose in enumerate(temps):
        (tmp_path / f"{TEMP_PREFIX}{pids[whose]}-0123abc{n}-Big Client.xlsx.tmp").touch()
    if lock is not None:
        lock_path(tracker).write_text(f"{pids[lock]}\n" if lock else "")
    if then in ("open in Excel", "damaged"):
        {"open in Excel": open_in_excel, "damaged": cut_short}[then](tracker)
    exit_code, line, lock_files = THEN[then]
    with held_by_a_live_run(tracker) if then == "held" else contextlib.nullcontext():
        result = CliRunner().invoke(main, ["run", str(tracker), "--as-of", "2026-11-06"])
    assert result.exit_code == exit_code, result.output
    told = result.stderr.splitlines()
    failed = [text[: len(str(line))] for text in told if text.startswith("Big Client.xlsx: ")]
    assert failed == ([] if line is None else [line])
    where = "Big Client.xlsx" + (" [Jobs]" if then is None else "")
    notes = [text for text in told if "interrupted run" in text]
    assert notes == ([] if said is None else [LEFT_NOTE.format(where=where, what=said)])
    kept = ["Big Client.xlsx", *lock_files] + [
        f"{TEMP_PREFIX}{os.getpid()}-0123abc0-Big Client.xlsx.tmp"
    ] * (temps == ["alive"])
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == sorted(kept)


class Stopped(Exception):
    """What the test's SIGTERM handler raises, as the run's raises ``Terminated``."""


def stop(_signum: int, _frame: object) -> None:
    raise Stopped


@contextlib.contextmanager
def stopped_by(signum: signal.Signals) -> Iterator[type[BaseException]]:
    """SIGTERM raising ``Stopped`` (as ``workers.stop_on_sigterm`` makes it raise
    ``Terminated``), or Ctrl-C raising ``KeyboardInterrupt``: the exception the stop raises."""
    assert threading.current_thread() is threading.main_thread()
    before = signal.signal(signal.SIGTERM, stop)
    try:
        yield Stopped if signum == signal.SIGTERM else KeyboardInterrupt
    finally:
        signal.signal(signal.SIGTERM, before)


def stop_after(real: Callable[..., Any], signum: signal.Signals) -> Callable[..., Any]:
    def stopped_after(*args: Any) -> Any:
        result = real(*args)
        signal.raise_signal(signum)
        return result

    return stopped_after


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "Ctrl-C"])
@pytest.mark.parametrize(
    "step",
    ["_open", "_still_named", "_name_holder"],
    ids=["lock file just made", "lock just taken", "pid being written"],
)
def test_a_stop_as_the_lock_is_taken_leaves_no_lock_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, signum: signal.Signals, step: str
) -> None:
    """A SIGTERM or Ctrl-C that lands between making the lock file and holding it stops the
    run as ever, once the lock is its own to remove: a CI run's SIGTERM as the run began to
    read left ``.~followup-tracker.xlsx.lock`` behind (the next run took it over and said it
    had cleared an interrupted run's lock)."""
    tracker = tmp_path / "tracker.xlsx"
    tracker.write_bytes(b"")
    monkeypatch.setattr(locking, step, stop_after(getattr(locking, step), signum))
    entered = []
    with stopped_by(signum) as raised, pytest.raises(raised), file_lock(tracker):
        entered.append(True)
    assert entered == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tracker.xlsx"]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    monkeypatch.undo()
    with file_lock(tracker):  # nothing held: the next run takes the lock at once
        pass
