"""Worker processes for a run over many files, and how every process of a run stops.

``results_in_order`` spreads the files over a pool of worker processes and yields each file's
result in the order given. A run never leaves a process behind: SIGTERM stops a worker the way
it stops the main process (``stop_on_sigterm``: clean-up runs, exit code 143), a worker whose
main process is gone (killed with SIGKILL, say) stops by itself, and a stopped run stops its
workers.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Generator, Sequence
from typing import Any, TypeVar

Result = TypeVar("Result")
Task = TypeVar("Task")

WATCH_PARENT_SECONDS = 0.2
WORKER_GRACE_SECONDS = 1.0


def stop_on_sigterm() -> None:
    """Make SIGTERM (cron's timeout, ``systemctl stop``, ``kill``) end the process the way
    Ctrl-C does: clean-up runs (temporary files removed, locks released) and the exit code is
    143, the shell's code for "terminated"."""

    from followup_batch.errors import Terminated

    def stop(_signum: int, _frame: object) -> None:
        raise Terminated

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, stop)
        sys.unraisablehook = _stop_again


AFTER_THE_WORK = (
    "Stopped by SIGTERM after the run was complete: everything it had to write was written "
    "and its lines are above; nothing is left to do.\n"
)


def stop_after_the_work() -> None:
    """The command's work is done and said: a SIGTERM from here on (a timer's timeout landing
    as the process exits, while Python shuts down) says so, and the exit code is 143. It
    exited 143 with no word before, and the stop's handler raised inside what was left to run
    (ot45 F2)."""
    from followup_batch.errors import TERMINATED_EXIT

    def stop(_signum: int, _frame: object) -> None:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
        with contextlib.suppress(OSError):
            os.write(2, AFTER_THE_WORK.encode())
        os._exit(TERMINATED_EXIT)

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, stop)
        if not _IGNORED_AT_EXIT:
            _IGNORED_AT_EXIT.append(True)
            atexit.register(_ignore_sigterm)


# Python puts SIGTERM back to its default as it shuts down, then frees what the run held
# (seconds for a big tracker): a SIGTERM then killed the process with exit code 143 and no
# word. From the exit on it is ignored: the exit code is the run's, which was complete.
_IGNORED_AT_EXIT: list[bool] = []


def _ignore_sigterm() -> None:
    signal.signal(signal.SIGTERM, signal.SIG_IGN)


def _stop_again(unraisable: Any) -> None:
    """A stop (SIGTERM, Ctrl-C) that lands while a finalizer runs (a ZipFile's ``__del__``)
    is swallowed there: Python printed "Exception ignored in" and a traceback, and the process
    went on as if nothing had happened. It is delivered again, outside the finalizer: a
    moment later, from another thread (a signal sent from here would be handled here, inside
    this hook, and swallowed again)."""
    from followup_batch.errors import Terminated

    if isinstance(unraisable.exc_value, Terminated):
        again = signal.SIGTERM
    elif isinstance(unraisable.exc_value, KeyboardInterrupt):
        again = signal.SIGINT
    else:
        sys.__unraisablehook__(unraisable)
        return
    resend = threading.Timer(STOP_AGAIN_SECONDS, os.kill, (os.getpid(), again))
    resend.daemon = True
    resend.start()


STOP_AGAIN_SECONDS = 0.05


def available_cpus() -> int:
    """The CPUs this process may run on (its affinity where the system says, else all)."""
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, cpus or 1)


def default_jobs(files: int) -> int:
    """Worker processes for ``files`` files: one per available CPU, none for a few files
    (starting workers costs more than it saves below about four files)."""
    return 1 if files < 4 else min(available_cpus(), files)


def forked() -> bool:
    """The workers are forked from this process, sharing the modules it has imported (no
    second start-up per worker): on Linux. Elsewhere the platform's default (spawn): macOS's
    system libraries are not safe to use in a forked child, which is why Python stopped
    forking there by default."""
    return sys.platform.startswith("linux")


def results_in_order(
    work: Callable[[Task], Result],
    files: Sequence[Task],
    jobs: int,
    gone: Callable[[Task], Result],
) -> Generator[tuple[Task, Result], None, None]:
    """``work(path)`` for every file (or any picklable task) on ``jobs`` worker processes,
    yielding ``(path, result)`` in the order given; ``gone(path)`` stands for the result of a
    file whose worker died (the system ended it, say). ``work`` must be picklable where
    processes are spawned."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    context = multiprocessing.get_context("fork" if forked() else None)
    pool = ProcessPoolExecutor(
        jobs, mp_context=context, initializer=_worker_start, initargs=(os.getpid(),)
    )
    try:
        with _interrupt_held():  # the workers are forked here, at the first submit
            futures = [pool.submit(functools.partial(_in_worker, work), path) for path in files]
        for path, future in zip(files, futures, strict=True):
            try:
                result = future.result()
            except BrokenProcessPool:
                result = gone(path)
            yield path, result
    except GeneratorExit:
        # The caller stopped reading: the files not started are dropped, the ones being
        # written finish.
        with _no_second_interrupt():
            pool.shutdown(wait=True, cancel_futures=True)
        raise
    except BaseException:
        # Ctrl-C, SIGTERM or a bug: the files not started are dropped and the workers stopped
        # now, mid-file if need be (each write is atomic: a stopped one leaves the original,
        # and its temporary file is removed).
        # (The pool forgets its thread and result pipe on shutdown: take them first.)
        manager = getattr(pool, "_executor_manager_thread", None)
        results = getattr(pool, "_result_queue", None)
        with _no_second_interrupt():
            pool.shutdown(wait=False, cancel_futures=True)
            _stop_workers()
            _release_pool_thread(manager, results)
        raise
    pool.shutdown(wait=True)


@contextlib.contextmanager
def _interrupt_held() -> Generator[None, None, None]:
    """Ctrl-C held back (blocked, not lost) while workers are started: a worker that got it
    before ``_worker_start`` told it to ignore Ctrl-C printed "Exception in initializer" and a
    traceback. A worker inherits the block and lifts it once it ignores Ctrl-C; this process
    gets a Ctrl-C pressed meanwhile as soon as the workers are started."""
    if not hasattr(signal, "pthread_sigmask") or (
        threading.current_thread() is not threading.main_thread()
    ):
        yield
        return
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


@contextlib.contextmanager
def _no_second_interrupt() -> Generator[None, None, None]:
    """Stopping the workers after Ctrl-C takes a moment; a second Ctrl-C then would cut the
    clean-up short and print a traceback from inside the pool. It is ignored until done."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _release_pool_thread(manager: threading.Thread | None, results: object) -> None:
    """Let the pool's own thread end once its workers are stopped, so that the process can.

    A worker stopped while it was sending a result leaves half a message in the result pipe,
    and the pool's thread waits for the rest for ever: Python's exit joins that thread, so the
    run would hang after Ctrl-C. This process holds the pipe's other end too; closing it makes
    the wait end (the thread sees the pool broken and stops). Waiting for the thread also keeps
    Python's exit from racing it over its wake-up pipe ("Exception ignored" tracebacks).
    ``_result_queue`` and ``_executor_manager_thread`` are the executor's own attributes
    (CPython 3.9 to 3.13); without them there is nothing to do."""
    writer = getattr(results, "_writer", None)
    if writer is not None:
        with contextlib.suppress(OSError):
            writer.close()
    if manager is not None:
        manager.join(timeout=WORKER_GRACE_SECONDS * 5)


def _stop_workers(grace: float = 1.5) -> None:
    """SIGTERM to this process's worker processes (they clean up and exit), SIGKILL to any
    still there after ``grace`` seconds."""
    import multiprocessing

    workers = multiprocessing.active_children()
    for worker in workers:
        worker.terminate()
    deadline = time.monotonic() + grace
    for worker in workers:
        worker.join(max(0.0, deadline - time.monotonic()))
        if worker.is_alive():
            worker.kill()
            worker.join()


def _worker_start(parent: int) -> None:
    """A worker stops like the main process on SIGTERM, and stops when the main process is
    gone (killed with SIGKILL, say) instead of waiting forever for work that never comes. Its
    locks name the main process, the one a person would look up.

    A stop landing while this runs (Ctrl-C just as the pool starts: the main process stops
    its workers) ends the worker quietly; the pool would print it as "Exception in
    initializer" with a traceback."""
    try:
        _start_worker(parent)
    except SystemExit as stop:
        os._exit(stop.code if isinstance(stop.code, int) else 1)


def _start_worker(parent: int) -> None:
    from followup_batch.write.locks import name_run

    # Ctrl-C at a terminal reaches every process of the run: the main process stops the
    # workers (SIGTERM: each cleans up), so a worker is never cut off by the Ctrl-C itself
    # halfway through handing back a result. It was held back until now (``_interrupt_held``).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    stop_on_sigterm()
    name_run(parent)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(WATCH_PARENT_SECONDS)
        os.kill(os.getpid(), signal.SIGTERM)
        # The SIGTERM's clean-up (a temporary file removed, a lock released) takes a moment;
        # a worker still here after that is stuck somewhere no signal reaches.
        time.sleep(WORKER_GRACE_SECONDS)
        os._exit(128 + signal.SIGTERM)

    threading.Thread(target=watch, name="watch-parent", daemon=True).start()


def _in_worker(work: Callable[[Task], Result], path: Task) -> Result:
    """``work(path)`` in a worker process. A SIGTERM mid-file ends the worker once the file's
    clean-up has run: the pool would catch the ``SystemExit`` as the file's result and wait
    for more work, from a main process that may be gone."""
    try:
        return work(path)
    except SystemExit as stop:
        os._exit(stop.code if isinstance(stop.code, int) else 1)
