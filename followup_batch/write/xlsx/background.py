"""Work that releases the GIL (deflating, inflating, CRCs, file reads and writes) done on a
second thread while the Python that makes or parses the XML goes on, in the same process.

``zlib`` and file I/O release the GIL on big buffers, so on a 100,000-row tracker (377 MB of
XML written, 217 MB of it read back and parsed) the second core does the deflating and
inflating while the first makes and parses rows. Both helpers hand over whole chunks (about
1 MB and more) through a short queue, so memory stays bounded and the threads meet rarely;
an error on the thread is raised again in the caller, in order.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator

DEPTH = 4  # chunks in flight between the two threads
AHEAD_SIZE = 8 << 20  # bytes a read-ahead thread reads at a time
_END = object()


class WriteBehind:
    """Calls ``sink(chunk)`` for each chunk ``put`` here, in order, on a thread of its own.

    ``close`` waits until every chunk is through and raises what ``sink`` raised; ``abandon``
    stops the thread without raising (the caller is already failing). A chunk put after
    ``sink`` failed raises that failure at once.
    """

    def __init__(self, sink: Callable[[bytes], None]) -> None:
        self._sink = sink
        self._queue: queue.Queue[object] = queue.Queue(DEPTH)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="followup-batch-write", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (chunk := self._queue.get()) is not _END:
            if self._error is None:  # after a failure, chunks are taken and dropped
                try:
                    self._sink(chunk)  # type: ignore[arg-type]
                except BaseException as exc:  # noqa: BLE001 - raised again in the caller
                    self._error = exc

    def put(self, chunk: bytes) -> None:
        if self._error is not None:
            self.abandon()
            raise self._error
        self._queue.put(chunk)

    def close(self) -> None:
        self.abandon()
        if self._error is not None:
            raise self._error

    def abandon(self) -> None:
        if self._thread.is_alive():
            self._queue.put(_END)
            self._thread.join()


class ReadAhead:
    """The chunks ``read()`` returns until it returns b"", read on a thread of its own while
    the caller works on the ones before; what ``read`` raised is raised where its chunk would
    have come. Used as a context manager: leaving it stops the thread, whether or not every
    chunk was taken, before the stream it reads from is closed."""

    def __init__(self, read: Callable[[], bytes]) -> None:
        self._read = read
        self._chunks: queue.Queue[object] = queue.Queue(DEPTH)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="followup-batch-read", daemon=True)

    def _run(self) -> None:
        try:
            while not self._stop.is_set():
                chunk = self._read()
                self._put(chunk)
                if not chunk:
                    return
        except BaseException as exc:  # noqa: BLE001 - raised again in the caller
            self._put(exc)

    def _put(self, item: object) -> None:
        while not self._stop.is_set():
            try:
                self._chunks.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def __iter__(self) -> Iterator[bytes]:
        while True:
            item = self._chunks.get()
            if isinstance(item, BaseException):
                raise item
            if not item:
                return
            yield item  # type: ignore[misc]

    def __enter__(self) -> ReadAhead:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()


class AheadReader:
    """A stream's ``read(size)`` over a ``ReadAhead``: the stream is read ``AHEAD_SIZE`` bytes
    at a time on the thread (few hand-overs between threads), and given out ``size`` at a time.
    Use as a context manager, inside the one of the stream it reads."""

    def __init__(self, read: Callable[[int], bytes]) -> None:
        self._ahead = ReadAhead(lambda: read(AHEAD_SIZE))
        self._chunks = iter(self._ahead)
        self._chunk = b""
        self._at = 0

    def read(self, size: int = -1, /) -> bytes:
        """Up to ``size`` bytes (all that is left when ``size`` < 0); b"" at the end."""
        if size < 0:
            rest = [self._chunk[self._at :], *self._chunks]
            self._chunk, self._at = b"", 0
            return b"".join(rest)
        if self._at >= len(self._chunk):
            self._chunk, self._at = next(self._chunks, b""), 0
        data = self._chunk[self._at : self._at + size]
        self._at += len(data)
        return data

    def __enter__(self) -> AheadReader:
        self._ahead.__enter__()
        return self

    def __exit__(self, *_: object) -> None:
        self._ahead.__exit__()
