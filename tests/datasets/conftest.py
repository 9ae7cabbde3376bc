"""Every dataset test ends within a time limit, failing loudly with each thread's stack.

A Dask run that waits for ever (fx157's, in Dask's own progress bar, fx162) failed no test:
it held its pytest worker, and CI, until CI's own limit, naming nothing. Here a test still
running after ``LIMIT_SECONDS`` (``SLOW_SECONDS`` for one marked slow) fails with ``Hung``,
whose message has every thread's stack; module fixtures set up or torn down with a test count
in its time. A test that does not even end then (a wait signals do not break) ends its process
``BACKSTOP_SECONDS`` later, its stacks on stderr (pytest-xdist reports the worker crashed).

A watchdog thread sends the test's thread SIGUSR2 (a signal breaks a blocking wait): the
tool's own SIGALRM timer (a template's time limit) would cancel a timer of ours.
"""

from __future__ import annotations

import contextlib
import faulthandler
import signal
import sys
import tempfile
import threading
from collections.abc import Iterator
from types import FrameType

import pytest

LIMIT_SECONDS = 600.0  # most take seconds; one took 182 s at load 20 (test_run, dask, run again)
SLOW_SECONDS = 1200.0  # 200,000 rows on two engines took 15 min on a machine at load 32
BACKSTOP_SECONDS = 60.0


class Hung(BaseException):
    """A test still running after its limit (no ``Exception``: the tool's own handlers, which
    turn an exception into their one line, must not swallow it)."""


@contextlib.contextmanager
def time_limited(what: str, seconds: float) -> Iterator[None]:
    """``what`` (run on the main thread) stopped with ``Hung`` once it has run ``seconds``."""
    main = threading.main_thread()
    if threading.current_thread() is not main or not hasattr(signal, "pthread_kill"):
        yield
        return
    armed = threading.Event()
    stacks: list[str] = []

    def hung(_signum: int, _frame: FrameType | None) -> None:
        if armed.is_set():
            armed.clear()  # once
            raise Hung(
                f"{what} did not end within {seconds:g} s; each thread was at (most recent "
                f"call first):\n{''.join(stacks)}"
            )

    def watchdog() -> None:
        with tempfile.TemporaryFile() as dump:
            faulthandler.dump_traceback(dump, all_threads=True)
            dump.seek(0)
            stacks.append(dump.read().decode("utf-8", "replace"))
        assert main.ident is not None
        signal.pthread_kill(main.ident, signal.SIGUSR2)

    previous = signal.signal(signal.SIGUSR2, hung)
    timer = threading.Timer(seconds, watchdog)
    timer.daemon = True
    armed.set()
    timer.start()
    faulthandler.dump_traceback_later(seconds + BACKSTOP_SECONDS, exit=True, file=sys.__stderr__)
    try:
        yield
    finally:
        faulthandler.cancel_dump_traceback_later()
        timer.cancel()
        timer.join()
        armed.clear()
        signal.signal(signal.SIGUSR2, previous)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    seconds = SLOW_SECONDS if item.get_closest_marker("slow") else LIMIT_SECONDS
    with time_limited(item.nodeid, seconds):
        return (yield)
