"""How far the work on one file has got, for the status line of a run over one big tracker,
and how much of a run over many files each file is (``file_work``), for its progress bar.

A stage says what it is doing (``step("writing the tracker sheet", done, total)``) and, where
its work has units it counts anyway (the bytes of a part, rows), how much of it is done.
Nothing hears it unless a caller listens (``heard_by``): a worker process of a run over many
files, or a program calling the library, pays one lookup a step.

Imports only the standard library.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from pathlib import Path
from typing import NamedTuple, Protocol


class Step(NamedTuple):
    """What is being done ("writing the tracker sheet"), and ``done`` of ``total`` units; a
    ``total`` of 0 is a step without units ("computing": one vectorised call)."""

    what: str
    done: int = 0
    total: int = 0

    @property
    def percent(self) -> int | None:
        if self.total <= 0:
            return None
        return min(100, self.done * 100 // self.total)


Progress = Callable[[Step], None]

_HEARD: ContextVar[Progress | None] = ContextVar("followup_batch_progress", default=None)


@contextlib.contextmanager
def heard_by(progress: Progress) -> Iterator[None]:
    """The steps told while the block runs go to ``progress``."""
    token = _HEARD.set(progress)
    try:
        yield
    finally:
        _HEARD.reset(token)


@contextlib.contextmanager
def named(prefix: str) -> Iterator[None]:
    """The steps told while the block runs go to whoever listens, each ``what`` after
    ``prefix``: a stage run a second time for another purpose says which (a write's check
    that only its dates changed, ``write.xlsx.stamps``), not the same steps over again."""
    progress = _HEARD.get()
    if progress is None:
        yield
        return
    heard = progress  # not None in the closure, for mypy
    with heard_by(lambda told: heard(told._replace(what=prefix + told.what))):
        yield


def step(what: str, done: int = 0, total: int = 0) -> None:
    """Tell whoever listens (``heard_by``) that ``what`` is ``done`` of ``total`` along."""
    progress = _HEARD.get()
    if progress is not None:
        progress(Step(what, done, total))


class _Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


class CountedReads:
    """``stream``, read for ``what``: each read tells how many of ``total`` bytes are read
    (from ``start``: a step over several streams goes on where the last one stopped)."""

    def __init__(self, stream: _Readable, what: str, total: int, start: int = 0) -> None:
        self.stream, self.what, self.total, self.done = stream, what, total, start
        step(what, start, total)

    def read(self, size: int = -1, /) -> bytes:
        data = self.stream.read(size)
        self.done += len(data)
        step(self.what, self.done, self.total)
        return data


# A file's share of a run over many files, in CSV bytes' worth of work: a workbook's bytes
# are zip-compressed XML, several times the work of a CSV's, and every file, however small,
# costs a little (reading, locking, checking). Measured one file at a time on a 20,000-row
# 1.2 MB workbook, a 50,000-row 7.4 MB CSV and the 43-row samples: a run that writes spends
# 13.5 s, 28 s, 0.27 s and 0.14 s (workbook bytes 3 times a CSV's, 40 kB a file); a dry run,
# which writes no drafts into the CSV, 10.5 s, 6.5 s, 0.1 s and 0.16 s (10 times, 100 kB).
WORKBOOK_BYTES_WORK = {False: 3, True: 10}  # by dry run
FILE_WORK = {False: 40_000, True: 100_000}
_WORKBOOKS = frozenset({".xlsx", ".xlsm"})


def file_work(path: Path, *, dry_run: bool = False) -> int:
    """How much of a run over many files the file at ``path`` is: its bytes (a workbook's
    several times over) and a fixed cost every file pays, for a run that writes or a
    ``dry_run``. A file gone already weighs that cost only: its failure is reported when it
    is processed."""
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    if path.suffix.lower() in _WORKBOOKS:
        size *= WORKBOOK_BYTES_WORK[dry_run]
    return FILE_WORK[dry_run] + size
