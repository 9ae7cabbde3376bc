"""A whole run killed from outside: SIGKILL (the OOM killer, ``kill -9``) and SIGTERM (cron's
timeout, ``systemctl stop``) at moments spread over a run on a 20,000-row tracker.

After each kill: within 2 s no process of the run is left (a straggler would hold the
tracker's lock and refuse every later run), the tracker is the original or the complete
result and never something between, and the next run succeeds and gives the same file as a run
that was never interrupted.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from big_tracker import build_tracker

ROOT = Path(__file__).resolve().parents[1]
ROWS = 20_000
AS_OF = dt.date(2026, 3, 2)
# Moments as fractions of an uninterrupted run's duration (start-up and reading, computing,
# writing, verifying, replacing), drawn at random but the same on every run of the test; the
# last one of each signal after the end, a kill that finds the run done.
TRIALS_PER_SIGNAL = 10
SEED = 13


def moments(kill: signal.Signals) -> list[float]:
    draw = random.Random(f"{SEED}-{kill.name}")
    return sorted(draw.uniform(0.02, 1.0) for _ in range(TRIALS_PER_SIGNAL))


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


def processes_in_session(session: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # pid (comm) state ppid pgrp session ...; comm may hold spaces, so split after it.
        fields = stat[stat.rindex(")") + 2 :].split()
        if int(fields[3]) == session and fields[0] != "Z":
            found.append(int(entry.name))
    return found


def left_after(session: int, seconds: float) -> list[int]:
    deadline = time.monotonic() + seconds
    while (left := processes_in_session(session)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return left


@pytest.fixture(scope="module")
def versions(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, bytes, float]:
    """The tracker before and after an uninterrupted run, and how long that run took."""
    path = build_tracker(tmp_path_factory.mktemp("whole") / "tracker.xlsx", ROWS, AS_OF)
    before = path.read_bytes()
    started = time.monotonic()
    assert start_run(path).wait(timeout=300) == 0
    return before, path.read_bytes(), time.monotonic() - started


@pytest.mark.parametrize("kill", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_a_killed_run_leaves_nothing_running_and_the_next_run_succeeds(
    tmp_path: Path, versions: tuple[bytes, bytes, float], kill: signal.Signals
) -> None:
    """At least 20 kills in all (10 per signal) at seeded random moments of the run."""
    before, after, duration = versions
    outcomes = []
    for n, moment in enumerate(moments(kill)):
        path = tmp_path / f"trial{n}" / "tracker.xlsx"
        path.parent.mkdir()
        path.write_bytes(before)
        run = start_run(path)
        time.sleep(moment * duration)
        run.send_signal(kill)  # the run's main process only, as `kill PID` or a timeout does
        run.wait(timeout=60)
        assert left_after(run.pid, 2.0) == [], f"processes left after a {kill.name} at {moment}"
        content = path.read_bytes()
        assert content in (before, after), f"a {kill.name} at {moment} left a changed file"
        outcomes.append(content == after)
        leftovers = [p.name for p in path.parent.iterdir() if p.name.startswith(".~followup-")]
        assert leftovers == [] or kill == signal.SIGKILL  # a SIGKILLed run's lock is harmless
        assert start_run(path).wait(timeout=300) == 0
        assert path.read_bytes() == after
        backups = path.parent / ".followup-backups"
        # A backup is whole: the original, never part of it.
        assert all(b.read_bytes() == before for b in backups.glob("tracker.*.xlsx"))
        assert not [p for p in path.parent.rglob("*.tmp")], "a temporary file was left"
    assert not all(outcomes), "no kill landed before the file was replaced"


def start_folder_run(folder: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "followup_batch",
            "run",
            str(folder),
            "--as-of",
            AS_OF.isoformat(),
            "--jobs",
            "2",
        ],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


NAMES = [f"client{n}.xlsx" for n in range(4)]


@pytest.fixture(scope="module")
def folder_versions(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[dict[str, bytes], dict[str, bytes], float]:
    """Four 5,000-row trackers: each one before and after an uninterrupted ``--jobs 2`` run
    (their bytes differ: each was built at its own moment), and how long that run took."""
    folder = tmp_path_factory.mktemp("folder")
    for name in NAMES:
        build_tracker(folder / name, 5_000, AS_OF)
    before = {name: (folder / name).read_bytes() for name in NAMES}
    started = time.monotonic()
    assert start_folder_run(folder).wait(timeout=300) == 0
    duration = time.monotonic() - started
    return before, {name: (folder / name).read_bytes() for name in NAMES}, duration


@pytest.mark.parametrize("kill", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
@pytest.mark.parametrize("moment", [0.3, 0.7])
def test_a_killed_folder_run_stops_its_worker_processes(
    tmp_path: Path,
    folder_versions: tuple[dict[str, bytes], dict[str, bytes], float],
    kill: signal.Signals,
    moment: float,
) -> None:
    """The worker processes of ``--jobs 2`` end with the run: killed with SIGKILL, the main
    process cannot tell them, so they notice it is gone; with SIGTERM it stops them."""
    before, after, duration = folder_versions
    for name in NAMES:
        (tmp_path / name).write_bytes(before[name])
    run = start_folder_run(tmp_path)
    time.sleep(moment * duration)
    run.send_signal(kill)
    run.wait(timeout=60)
    assert left_after(run.pid, 2.0) == []
    for name in NAMES:
        assert (tmp_path / name).read_bytes() in (before[name], after[name])
    assert start_folder_run(tmp_path).wait(timeout=300) == 0
    for name in NAMES:
        assert (tmp_path / name).read_bytes() == after[name]


def wait_for(condition: Callable[[], bool], seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the run never got there"
        time.sleep(0.01)


@pytest.mark.parametrize(
    ("stop", "how", "code"),
    [("ctrl-c", "Interrupted ", 130), ("sigterm", "Stopped by SIGTERM ", 143)],
)
@pytest.mark.parametrize("when", ["a file is being written", "a file is done"])
def test_ctrl_c_or_sigterm_in_a_folder_run_says_what_was_done(
    tmp_path: Path,
    folder_versions: tuple[dict[str, bytes], dict[str, bytes], float],
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
    before, after, _duration = folder_versions
    for name in NAMES:
        (tmp_path / name).write_bytes(before[name])
    run = subprocess.Popen(
        [sys.executable, "-m", "followup_batch", "run", str(tmp_path), "--as-of"]
        + [AS_OF.isoformat(), "--jobs", "2"],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    # The moment comes from what the run has done, not the clock (a loaded machine is slow).
    if when == "a file is being written":
        wait_for(lambda: any(tmp_path.glob(".~followup-*.lock")))
    else:
        wait_for(lambda: any((tmp_path / n).read_bytes() == after[n] for n in NAMES))
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
    finished = [name for name in NAMES if (tmp_path / name).read_bytes() == after[name]]
    assert finished != NAMES  # the run was stopped before its end
    for name in NAMES:
        assert (tmp_path / name).read_bytes() in (before[name], after[name])
    # Every file the run reported as done is written (others may be, their lines held back).
    reported = [name for name in NAMES if name in out.decode()]
    assert set(reported) <= set(finished)
    assert start_folder_run(tmp_path).wait(timeout=300) == 0
    for name in NAMES:
        assert (tmp_path / name).read_bytes() == after[name]


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
