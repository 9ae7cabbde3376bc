"""Work handed to a forked child process, so a big write uses the machine's second core.

Only where ``fork`` is safe (Linux; macOS's system libraries are not fork-safe, and Windows
has no fork): elsewhere the caller does the work itself, in turn. The child inherits
everything it needs from the parent's memory, so nothing but the answer is pickled.
"""

from __future__ import annotations

import contextlib
import functools
import os
import select
import sys
from collections import deque
from collections.abc import Callable
from typing import Any, Generic, TypeVar

T = TypeVar("T")

# Work on a tracker of this many rows (or a generated sheet of this many) goes to a child: below
# it, forking costs more than it saves.
FORK_ROWS = 5_000
PIPE_BYTES = 1 << 20  # what a pipe to a child holds (Linux's limit for an unprivileged process)


def can_fork() -> bool:
    import multiprocessing

    # A daemonic process (a Dask worker, say) may not start children of its own.
    return sys.platform.startswith("linux") and not multiprocessing.current_process().daemon


class ChildFailed(Exception):
    """The child's work raised; the message says what it raised."""


class Forked(Generic[T]):
    """``function()`` running in a forked child; ``result()`` waits for what it returned."""

    def __init__(self, function: Callable[[], T], *, nice: int = 0) -> None:
        """``nice``: how much lower the child's CPU priority is (work with slack in it, so that
        work someone is waiting for goes first)."""
        import multiprocessing

        context = multiprocessing.get_context("fork")
        self._answer, sender = context.Pipe(duplex=False)
        self._process = context.Process(target=_run, args=(function, sender, nice))
        self._process.start()
        sender.close()
        self._ended = False

    def result(self) -> T:
        """What the child's function returned; ``ChildFailed`` when it raised or died."""
        try:
            failed, value = self._answer.recv()
        except EOFError:
            failed, value = True, f"the child process ended without an answer ({self._exit()})"
        finally:
            self._end()
        if failed:
            raise ChildFailed(value)
        return value  # type: ignore[no-any-return]

    def cancel(self) -> None:
        """Stop the child if it is still working (the caller gave up on its answer)."""
        if self._ended:
            return
        if self._process.is_alive():
            self._process.terminate()
        self._end()

    def _exit(self) -> str:
        self._process.join()
        return f"exit code {self._process.exitcode}"

    def _end(self) -> None:
        self._answer.close()
        self._process.join()
        self._process.close()  # its file descriptors go now, not when garbage collected
        self._ended = True


def _run(function: Callable[[], Any], sender: Any, nice: int) -> None:
    try:
        if nice:
            os.nice(nice)
        answer = (False, function())
    except BaseException as exc:  # everything goes back to the parent, which decides
        answer = (True, f"{exc}" if str(exc) else type(exc).__name__)
    try:
        sender.send(answer)
    finally:
        sender.close()


class ParsedInChild:
    """An XML document parsed by expat in a forked child as it is written: ``feed`` it the
    document's bytes, then ``result()`` raises ``ChildFailed`` when it is not well-formed.

    The bytes go through a pipe that is never waited on while the child keeps up; when it falls
    ``backlog`` bytes behind, ``feed`` waits for it, so memory stays bounded.
    """

    def __init__(self, backlog: int = 64 << 20) -> None:
        read_end, self._pipe = os.pipe()
        self._child: Forked[None] = Forked(functools.partial(_parse_pipe, read_end, self._pipe))
        os.close(read_end)
        os.set_blocking(self._pipe, False)
        with contextlib.suppress(OSError, AttributeError):  # Linux: 1 MB instead of 64 KB
            import fcntl  # POSIX only; this class is used where fork is

            fcntl.fcntl(self._pipe, fcntl.F_SETPIPE_SZ, PIPE_BYTES)  # type: ignore[attr-defined]
        self._limit = backlog
        self._waiting: deque[memoryview] = deque()
        self._pending = 0
        self._gone = False  # the child stopped reading (it failed): nothing more is sent

    def feed(self, data: bytes) -> None:
        if self._gone or not data:
            return
        self._waiting.append(memoryview(data))
        self._pending += len(data)
        self._send(wait=self._pending > self._limit)

    def result(self) -> None:
        """Wait for the child to parse the whole document; ``ChildFailed`` if it did not."""
        try:
            self._send(wait=True, everything=True)
        finally:
            self._close()
        self._child.result()

    def cancel(self) -> None:
        self._close()
        self._child.cancel()

    def _close(self) -> None:
        if self._pipe >= 0:  # once: the number may be another file's after it is closed
            with contextlib.suppress(OSError):
                os.close(self._pipe)
            self._pipe = -1
            self._gone = True

    def _send(self, wait: bool, everything: bool = False) -> None:
        while self._waiting and not self._gone:
            if wait and not everything and self._pending <= self._limit // 2:
                wait = False
            piece = self._waiting[0]
            try:
                sent = os.write(self._pipe, piece)
            except BlockingIOError:
                if not wait:
                    return
                select.select([], [self._pipe], [])
                continue
            except BrokenPipeError:
                self._gone = True
                self._waiting.clear()
                return
            self._pending -= sent
            if sent == len(piece):
                self._waiting.popleft()
            else:
                self._waiting[0] = piece[sent:]


def _parse_pipe(read_end: int, write_end: int) -> None:
    import xml.parsers.expat

    os.close(write_end)  # the child's copy: the parent's close must be the end of the document
    parser = xml.parsers.expat.ParserCreate()
    with os.fdopen(read_end, "rb", buffering=0) as stream:
        while data := stream.read(1 << 20):
            parser.Parse(data, False)
    parser.Parse(b"", True)
