"""Work handed to a forked child process, so a big write uses the machine's second core.

Only where ``fork`` is safe (Linux; macOS's system libraries are not fork-safe, and Windows
has no fork): elsewhere the caller does the work itself, in turn. The child inherits
everything it needs from the parent's memory, so nothing but the answer is pickled.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, Generic, TypeVar

T = TypeVar("T")


def can_fork() -> bool:
    return sys.platform.startswith("linux")


class ChildFailed(Exception):
    """The child's work raised; the message says what it raised."""


class Forked(Generic[T]):
    """``function()`` running in a forked child; ``result()`` waits for what it returned."""

    def __init__(self, function: Callable[[], T]) -> None:
        import multiprocessing

        context = multiprocessing.get_context("fork")
        self._answer, sender = context.Pipe(duplex=False)
        self._process = context.Process(target=_run, args=(function, sender))
        self._process.start()
        sender.close()

    def result(self) -> T:
        """What the child's function returned; ``ChildFailed`` when it raised or died."""
        try:
            failed, value = self._answer.recv()
        except EOFError:
            failed, value = True, f"the child process ended without an answer ({self._exit()})"
        finally:
            self._answer.close()
            self._process.join()
        if failed:
            raise ChildFailed(value)
        return value  # type: ignore[no-any-return]

    def cancel(self) -> None:
        """Stop the child if it is still working (the caller gave up on its answer)."""
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()
        self._answer.close()

    def _exit(self) -> str:
        self._process.join()
        return f"exit code {self._process.exitcode}"


def _run(function: Callable[[], Any], sender: Any) -> None:
    try:
        answer = (False, function())
    except BaseException as exc:  # everything goes back to the parent, which decides
        answer = (True, f"{exc}" if str(exc) else type(exc).__name__)
    try:
        sender.send(answer)
    finally:
        sender.close()
