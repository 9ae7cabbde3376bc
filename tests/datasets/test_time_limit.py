"""The time limit of this folder's tests (``conftest.py``) ends a test that never returns.

The Dask tests of a cluster no worker joins and of a scheduler killed or frozen mid-run
(test_dask.py) assert no duration (STYLE: no timing assertions; fx207 took theirs out): what
they guard against is a run that never returns, which only a limit around the test catches.
That limit is the folder's ``conftest.py`` (fx162), 600 s a test and 1,200 s a slow one, each
failing with every thread's stack. Here it is shown to end a test that waits for ever, on one
process and under pytest-xdist as CI runs the suite, and to be armed around this folder's
tests. No figure is asserted: the hung test's run is awaited minutes, and fails saying so.
"""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
# A test waiting as a Dask run waited for a worker that never came: on a lock no one releases.
HANGS = """
import threading


def test_waits_for_a_worker_that_never_comes():
    threading.Event().wait()


def test_ends():
    pass
"""
AWAITED_SECONDS = 300  # for a 2 s limit: a run that takes this long is the hang itself


def test_this_folders_tests_run_under_the_limit() -> None:
    """Armed around every test here (test_dask.py's too): SIGUSR2 is the watchdog's."""
    handler = signal.getsignal(signal.SIGUSR2)
    assert getattr(handler, "__qualname__", "") == "time_limited.<locals>.hung"


@pytest.mark.parametrize("workers", [[], ["-n", "2"]], ids=["one process", "xdist"])
def test_a_test_that_never_returns_fails_with_its_stack(tmp_path: Path, workers: list[str]) -> None:
    conftest = (HERE / "conftest.py").read_text(encoding="utf-8")
    limited = conftest.replace("LIMIT_SECONDS = 600.0", "LIMIT_SECONDS = 2.0")
    assert limited != conftest, "conftest.py's LIMIT_SECONDS line changed: update this test"
    (tmp_path / "conftest.py").write_text(limited, encoding="utf-8")
    (tmp_path / "test_hangs.py").write_text(HANGS, encoding="utf-8")
    run = subprocess.Popen(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", *workers, str(tmp_path)],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        out, _ = run.communicate(timeout=AWAITED_SECONDS)
    except subprocess.TimeoutExpired:
        pytest.fail(f"the limit did not end a test that never returns ({AWAITED_SECONDS} s)")
    finally:
        run.kill()
        run.wait()
    assert run.returncode == 1, out
    assert "1 failed, 1 passed" in out
    assert "test_hangs.py::test_waits_for_a_worker_that_never_comes did not end within 2 s" in out
    # The stack names the wait the test was held in.
    assert "in test_waits_for_a_worker_that_never_comes" in out
