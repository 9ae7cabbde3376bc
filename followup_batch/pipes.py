"""Named pipes given for --config or --log-file: opened only once a program is at the other end.

Opening a named pipe (``mkfifo``) waits until another program opens its other end; when none
ever does, a run from cron waited for ever. ``open_file`` waits at most ``WAIT_SECONDS`` for
one, then says so. Once a program is there, reading and writing go as with any file (a slow
writer is waited for: it is there, only slow). A pipe of the shell's ``<(...)`` or ``>(...)``
opens at once, its other end being the command's, and so does every other file.
"""

from __future__ import annotations

import contextlib
import os
import stat
import threading
from pathlib import Path
from typing import IO, Any

from followup_batch.errors import FollowupError

WAIT_SECONDS = 10.0  # for a program to open the pipe's other end


class NobodyAtTheOtherEnd(FollowupError):
    """A named pipe that no program opened for writing (or reading) within WAIT_SECONDS."""


def open_file(path: Path, mode: str, **kwargs: Any) -> IO[Any]:
    """``path.open(mode, **kwargs)``; for a named pipe, ``NobodyAtTheOtherEnd`` when no program
    opens its other end within ``WAIT_SECONDS``."""
    try:
        named_pipe = stat.S_ISFIFO(path.stat().st_mode)
    except OSError:
        named_pipe = False
    if not named_pipe:
        return path.open(mode, **kwargs)
    opened: list[IO[Any]] = []
    failed: list[BaseException] = []

    def wait_for_the_other_end() -> None:
        try:
            opened.append(path.open(mode, **kwargs))
        except BaseException as exc:  # handed to the caller's thread
            failed.append(exc)

    waiting = threading.Thread(target=wait_for_the_other_end, name=f"open {path}", daemon=True)
    waiting.start()
    waiting.join(WAIT_SECONDS)
    if waiting.is_alive():
        # Be the other end for a moment: the waiting open returns, and its file is closed.
        other = os.O_RDONLY if "r" not in mode or "+" in mode else os.O_WRONLY
        with contextlib.suppress(OSError):
            os.close(os.open(path, other | os.O_NONBLOCK))
        waiting.join(1.0)
        for handle in opened:
            handle.close()
        for_what = "writing" if "r" in mode else "reading"
        raise NobodyAtTheOtherEnd(
            f"{path} is a named pipe that no program opened for {for_what} within "
            f"{WAIT_SECONDS:g} seconds"
        )
    if failed:
        raise failed[0]
    return opened[0]
