"""A whole run killed from outside: SIGKILL (the OOM killer, ``kill -9``) and SIGTERM (cron's
timeout, ``systemctl stop``) in each phase of a run, told from what the run leaves beside the
tracker: starting up, reading and computing (its lock is there), writing (its temporary file),
and finishing (the tracker replaced).

After each kill: within 2 s no process of the run is left (a straggler would hold the
tracker's lock and refuse every later run), the tracker is the original or the complete
result and never something between, and the next run succeeds and gives the same file as a run
that was never interrupted.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from big_tracker import build_tracker

from followup_batch.write.atomic import TEMP_PREFIX
from followup_batch.write.locks import LOCK_NAME
from followup_batch.write.xlsx.wellformed import ASIDE_ROWS

ROOT = Path(__file__).resolve().parents[1]
# Big enough that the tracker sheet's XML is checked by a child process as it is written: a
# process of the run that must end with it too.
ROWS = ASIDE_ROWS
AS_OF = dt.date(2026, 3, 2)
CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads processes from /proc"),
]


def start_run(path: Path) -> subprocess.Popen[bytes]:
    """``followup-batch run`` in a session of its own, so every process it starts is found."""
    return subprocess.Popen(
        [sys.executable, "-m", "followup_batch", "run", str(path), "--as-of", AS_OF.isoformat()],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def process_status(pid: int) -> list[str]:
    """The fields of ``/proc/<pid>/stat`` after the command's name (state, ppid, pgrp,
    session, ..., utime, stime at 11 and 12); the name may hold spaces, so split after it."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    return stat[stat.rindex(")") + 2 :].split()


def processes_in_session(session: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = process_status(int(entry.name))
        except OSError:
            continue
        if int(fields[3]) == session and fields[0] != "Z":
            found.append(int(entry.name))
    return found


def cpu_seconds(pid: int) -> float:
    """The CPU time process ``pid`` has used: unlike the clock, it does not run on while a
    busy machine gives the process no turn."""
    fields = process_status(pid)
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def left_after(session: int, seconds: float) -> list[int]:
    deadline = time.monotonic() + seconds
    while (left := processes_in_session(session)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return left


# What a run is doing, told from outside by what it leaves beside the tracker: its lock from
# the moment it reads the tracker, its temporary file while it writes the result, and a new
# file (another inode) in the tracker's place once that is replaced.
STARTING = "starting up"
READING = "reading and computing"
WRITING = "writing"
REPLACED = "finishing, the tracker replaced"
PHASES = [STARTING, READING, WRITING, REPLACED]


def phase_of(path: Path, inode: int) -> str:
    """The phase of the run on ``path``, whose inode was ``inode`` before it."""
    names = os.listdir(path.parent)
    if path.stat().st_ino != inode:
        return REPLACED
    if any(name.startswith(TEMP_PREFIX) for name in names):
        return WRITING
    if LOCK_NAME.format(name=path.name) in names:
        return READING
    return STARTING


def watched(run: subprocess.Popen[bytes], path: Path) -> Iterator[tuple[str, float]]:
    """The phase ``run`` is in and the CPU seconds it has used, every 2 ms while it runs."""
    inode = path.stat().st_ino
    while run.poll() is None:
        try:
            used = cpu_seconds(run.pid)
        except OSError:  # it ended meanwhile
            return
        yield phase_of(path, inode), used
        time.sleep(0.002)


@dataclass(frozen=True)
class Versions:
    """The tracker before and after an uninterrupted run, and the CPU seconds each phase of
    that run took."""

    before: bytes
    after: bytes
    phases: dict[str, float]


@pytest.fixture(scope="module")
def versions(tmp_path_factory: pytest.TempPathFactory) -> Versions:
    path = build_tracker(tmp_path_factory.mktemp("whole") / "tracker.xlsx", ROWS, AS_OF)
    before = path.read_bytes()
    run = start_run(path)
    began: dict[str, float] = {}
    used = 0.0
    for phase, used in watched(run, path):
        began.setdefault(phase, used)
    assert run.wait(timeout=300) == 0
    assert list(began) == PHASES, "a phase of the run was too short to be seen"
    ends = [*list(began.values())[1:], used]
    phases = {phase: end - began[phase] for phase, end in zip(PHASES, ends, strict=True)}
    return Versions(before, path.read_bytes(), phases)


@dataclass(frozen=True)
class Moment:
    """A kill in ``phase``, once the run has used ``share`` of the CPU time that phase took in
    an uninterrupted run since it was seen to begin: counted in CPU time, a kill lands in its
    phase on a loaded machine too."""

    phase: str
    share: float

    def __str__(self) -> str:
        return f"{self.phase} {self.share:.0%}"


MOMENTS = [
    Moment(STARTING, 0.5),  # loading pandas and the rules
    Moment(READING, 0.0),  # the lock just taken: the tracker being read
    Moment(READING, 0.6),  # the rules being applied
    Moment(WRITING, 0.3),  # the result being written beside the tracker, its XML checked
    Moment(REPLACED, 0.0),  # the run's record being written, the run ending
]


def kill_at(
    run: subprocess.Popen[bytes],
    path: Path,
    moment: Moment,
    versions: Versions,
    kill: signal.Signals,
) -> None:
    """Send ``kill`` to ``run``'s main process (as ``kill PID`` or a timeout does) at
    ``moment``; fails if the run got past that phase first."""
    began = None
    for phase, used in watched(run, path):
        assert PHASES.index(phase) <= PHASES.index(moment.phase), f"{phase}, not {moment}"
        if phase == moment.phase:
            began = used if began is None else began
            if used >= began + moment.share * versions.phases[phase]:
                run.send_signal(kill)
                return
    pytest.fail(f"the run ended before {moment}")


# The exit code of a run killed in each phase; None: not told. A SIGTERM once the tracker is
# replaced finds the run's work done: said (143) until the run exits, ignored from then on.
EXIT_CODES = {
    signal.SIGKILL: dict.fromkeys(PHASES, -signal.SIGKILL),
    signal.SIGTERM: {STARTING: 143, READING: 143, WRITING: 143, REPLACED: None},
}


@pytest.mark.parametrize("moment", MOMENTS, ids=str)
@pytest.mark.parametrize("kill", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_a_killed_run_leaves_nothing_running_and_the_next_run_succeeds(
    tmp_path: Path, versions: Versions, kill: signal.Signals, moment: Moment
) -> None:
    """Killed in the phase ``moment`` names (checked as the kill is sent), the run stops
    there (its exit code says it was killed at work) and leaves what that phase may."""
    path = tmp_path / "tracker.xlsx"
    path.write_bytes(versions.before)
    run = start_run(path)
    kill_at(run, path, moment, versions, kill)
    code = run.wait(timeout=60)
    if EXIT_CODES[kill][moment.phase] is not None:  # the kill found the run at work
        assert code == EXIT_CODES[kill][moment.phase]
    assert left_after(run.pid, 2.0) == [], f"processes left after a {kill.name} at {moment}"
    expected = versions.after if moment.phase == REPLACED else versions.before
    assert path.read_bytes() == expected, f"a {kill.name} at {moment} left a changed file"
    if kill == signal.SIGTERM:  # its clean-up ran; a SIGKILLed run's lock is harmless
        assert [p.name for p in tmp_path.iterdir() if p.name.startswith((".~", TEMP_PREFIX))] == []
    assert start_run(path).wait(timeout=300) == 0
    assert path.read_bytes() == versions.after
    backups = tmp_path / ".followup-backups"
    # A backup is whole: the original, never part of it.
    assert all(b.read_bytes() == versions.before for b in backups.glob("tracker.*.xlsx"))
    assert not [p for p in tmp_path.rglob("*.tmp")], "a temporary file was left"


def start_folder_run(folder: Path, output: int = subprocess.DEVNULL) -> subprocess.Popen[bytes]:
    """``followup-batch run`` over ``folder`` with two worker processes, in a session of its
    own; its standard output and error to ``output``."""
    return subprocess.Popen(
        [sys.executable, "-m", "followup_batch", "run", str(folder), "--as-of"]
        + [AS_OF.isoformat(), "--jobs", "2"],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=output,
        stderr=output,
        start_new_session=True,
    )


NAMES = [f"client{n}.xlsx" for n in range(4)]
# Small trackers: each worker is still at work when the first file is done (a file takes
# about half a CPU second), and the next run, which does it all again, is short.
FOLDER_ROWS = 1_000


@pytest.fixture(scope="module")
def folder_versions(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[dict[str, bytes], dict[str, bytes]]:
    """Four trackers, each one before and after an uninterrupted ``--jobs 2`` run (their
    bytes differ: each was built at its own moment)."""
    folder = tmp_path_factory.mktemp("folder")
    for name in NAMES:
        build_tracker(folder / name, FOLDER_ROWS, AS_OF)
    before = {name: (folder / name).read_bytes() for name in NAMES}
    assert start_folder_run(folder).wait(timeout=300) == 0
    return before, {name: (folder / name).read_bytes() for name in NAMES}


def reached(folder: Path, when: str) -> Callable[[], bool]:
    """Whether a run over ``folder`` (started after this call) has got to ``when``: a lock
    taken, the first file is being read and will be written; or a tracker replaced."""
    if when == "a file is being written":
        return lambda: any(folder.glob(LOCK_NAME.format(name="*")))
    inodes = {name: (folder / name).stat().st_ino for name in NAMES}
    return lambda: any((folder / name).stat().st_ino != inodes[name] for name in NAMES)


def wait_for(condition: Callable[[], bool], seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the run never got there"
        time.sleep(0.005)


def finished(folder: Path, after: dict[str, bytes]) -> list[str]:
    """The trackers in ``folder`` that hold their complete result."""
    return [name for name in NAMES if (folder / name).read_bytes() == after[name]]


# The moment comes from what the run has done, not the clock (a loaded machine is slow).
WHEN = ["a file is being written", "a file is done"]


@pytest.mark.parametrize("kill", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
@pytest.mark.parametrize("when", WHEN)
def test_a_killed_folder_run_stops_its_worker_processes(
    tmp_path: Path,
    folder_versions: tuple[dict[str, bytes], dict[str, bytes]],
    kill: signal.Signals,
    when: str,
) -> None:
    """The worker processes of ``--jobs 2`` end with the run: killed with SIGKILL, the main
    process cannot tell them, so they notice it is gone; with SIGTERM it stops them."""
    before, after = folder_versions
    for name in NAMES:
        (tmp_path / name).write_bytes(before[name])
    moment = reached(tmp_path, when)
    run = start_folder_run(tmp_path)
    wait_for(moment)
    run.send_signal(kill)
    assert run.wait(timeout=60) == (-signal.SIGKILL if kill == signal.SIGKILL else 143)
    assert left_after(run.pid, 2.0) == []
    assert finished(tmp_path, after) != NAMES  # the run was stopped before its end
    for name in NAMES:
        assert (tmp_path / name).read_bytes() in (before[name], after[name])
    assert start_folder_run(tmp_path).wait(timeout=300) == 0
    for name in NAMES:
        assert (tmp_path / name).read_bytes() == after[name]


@pytest.mark.parametrize(
    ("stop", "how", "code"),
    [("ctrl-c", "Interrupted ", 130), ("sigterm", "Stopped by SIGTERM ", 143)],
)
@pytest.mark.parametrize("when", WHEN)
def test_ctrl_c_or_sigterm_in_a_folder_run_says_what_was_done(
    tmp_path: Path,
    folder_versions: tuple[dict[str, bytes], dict[str, bytes]],
    when: str,
    stop: str,
    how: str,
    code: int,
) -> None:
    """Ctrl-C at a terminal reaches every process of the run (the foreground process group);
    SIGTERM (a cron timeout, ``kill PID``) only its main process. Either way the run says how
    far it got and that nothing is half-written, with no traceback from the workers or the
    pool, exits 130 or 143, leaves no process, and the next run finishes the job (a SIGTERM
    used to end the run without a word)."""
    before, after = folder_versions
    for name in NAMES:
        (tmp_path / name).write_bytes(before[name])
    moment = reached(tmp_path, when)
    run = start_folder_run(tmp_path, output=subprocess.PIPE)
    wait_for(moment)
    if stop == "ctrl-c":
        os.killpg(run.pid, signal.SIGINT)
    else:
        run.send_signal(signal.SIGTERM)
    out, err = run.communicate(timeout=60)
    assert left_after(run.pid, 2.0) == []
    assert run.returncode == code, err.decode()
    message = err.decode().strip().splitlines()
    assert message[-1].startswith(how), err.decode()
    assert message[-1].endswith(
        "No tracker is left half-written: each one is either completely written or as it "
        "was. Run the same command again to finish."
    )
    assert "Traceback" not in err.decode()
    assert "Exception ignored" not in err.decode()
    done = finished(tmp_path, after)
    assert done != NAMES  # the run was stopped before its end
    for name in NAMES:
        assert (tmp_path / name).read_bytes() in (before[name], after[name])
    # Every file the run reported as done is written (others may be, their lines held back).
    reported = [name for name in NAMES if name in out.decode()]
    assert set(reported) <= set(done)
    assert start_folder_run(tmp_path).wait(timeout=300) == 0
    for name in NAMES:
        assert (tmp_path / name).read_bytes() == after[name]


# ``COMMAND 2>&1 | tee LOG; echo "${PIPESTATUS[*]}"`` as a terminal's shell runs it, which
# outlives the Ctrl-C that stops the pipeline (bash ends with it when tee does).
PIPELINE = """
import os, signal, subprocess, sys
read, write = os.pipe()
command = subprocess.Popen(sys.argv[2:], stdout=write, stderr=write)
tee = subprocess.Popen(["tee", sys.argv[1]], stdin=read, stdout=subprocess.DEVNULL)
os.close(read)
os.close(write)
signal.signal(signal.SIGINT, signal.SIG_IGN)
print(command.wait(), tee.wait())
"""


def loading_pandas(session: int) -> Callable[[], bool]:
    """Whether the run in ``session`` has begun loading pandas (numpy is mapped in): the
    command has started, no tracker is read yet."""

    def loading(pid: int) -> bool:
        with contextlib.suppress(OSError):
            return "/numpy/" in Path(f"/proc/{pid}/maps").read_text()
        return False  # it ended meanwhile

    return lambda: any(loading(pid) for pid in processes_in_session(session))


def test_ctrl_c_with_the_output_piped_to_tee_exits_130(
    tmp_path: Path, folder_versions: tuple[dict[str, bytes], dict[str, bytes]]
) -> None:
    """``run FOLDER 2>&1 | tee run.log`` and Ctrl-C: the terminal's Ctrl-C stops tee too, so
    the run's farewell meets a broken pipe. It exited 1, "a file failed", as it started up
    (ot129 F2); the broken pipe is part of the interrupt: 130. Later, as the trackers are
    read and written, it was 130 already (``test_ctrl_c_or_sigterm_in_a_folder_run_...``)."""
    before, _ = folder_versions
    for name in NAMES:
        (tmp_path / name).write_bytes(before[name])
    shell = subprocess.Popen(  # a terminal's shell: the pipeline is one process group
        [sys.executable, "-c", PIPELINE, str(tmp_path / "run.log"), sys.executable, "-m"]
        + ["followup_batch", "run", str(tmp_path), "--as-of", AS_OF.isoformat(), "--jobs", "2"],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        start_new_session=True,
    )
    wait_for(loading_pandas(shell.pid))
    os.killpg(shell.pid, signal.SIGINT)
    out, _ = shell.communicate(timeout=60)
    assert out.decode().split() == ["130", str(-signal.SIGINT)]  # the run's, tee's
    assert left_after(shell.pid, 2.0) == []


@pytest.mark.parametrize(("stop", "code"), [("Terminated", 143), ("KeyboardInterrupt", 130)])
def test_a_stop_that_lands_in_a_finalizer_still_stops_the_process(stop: str, code: int) -> None:
    """A SIGTERM or Ctrl-C that arrived while a ZipFile's ``__del__`` ran was swallowed by
    Python ("Exception ignored in ... Traceback") and the process went on. It is delivered
    again, outside the finalizer: the process stops, without that traceback."""
    script = f"""
import sys, time
from followup_batch.errors import Terminated
from followup_batch.workers import stop_on_sigterm
stop_on_sigterm()

class Finalized:
    def __del__(self):
        raise {stop}  # as the signal's handler would, mid-finalizer

try:
    Finalized()
    time.sleep(10)
except KeyboardInterrupt:
    sys.exit(130)
print("went on")
"""
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == code, done.stderr
    assert "went on" not in done.stdout
    assert "Exception ignored" not in done.stderr and "Traceback" not in done.stderr


def test_a_stop_while_a_worker_starts_ends_it_without_a_traceback() -> None:
    """Ctrl-C just as the pool started: the main process stopped its workers with SIGTERM,
    one landed in a worker's start-up (the pool's initializer), and the pool printed
    "Exception in initializer" with a traceback under the run's message (seen in CI). A
    pool runs the initializer as here; the SIGTERM's handler raises where ``name_run`` is."""
    script = """
from concurrent.futures import ProcessPoolExecutor
import multiprocessing
from followup_batch import workers
from followup_batch.errors import Terminated
from followup_batch.write import locks

def stopped(parent):
    raise Terminated

locks.name_run = stopped
context = multiprocessing.get_context("fork")
with ProcessPoolExecutor(1, mp_context=context, initializer=workers._worker_start,
                         initargs=(1,)) as pool:
    try:
        pool.submit(print, "ran").result(timeout=30)
    except Exception as exc:
        print("pool:", type(exc).__name__)
"""
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert "Traceback" not in done.stderr and "initializer" not in done.stderr, done.stderr
    assert done.stdout == "pool: BrokenProcessPool\n"
