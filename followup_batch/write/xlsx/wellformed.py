"""Whether a part the tool writes is well-formed XML, checked as it goes out.

A small part is parsed in line. A big one (``ASIDE_ROWS`` rows or more) is parsed by a child
process, a bare interpreter (``-I -S``) that imports nothing but expat, fed through a pipe
on a thread of its own: expat holds the interpreter's lock while it parses, so in line its
1.3 s for a 100,000-row tracker sheet (and 0.5 s for its Drafts sheet) came on top of the
making of the XML; aside, it runs on a second core beside it. Both give the same answer for
the same bytes (the same parser, made with the same arguments).

A child that cannot be started (no interpreter to start: an embedded or frozen Python) means
the part is parsed in line. One that fails on the way (killed, out of memory) leaves the
part unchecked, not passed: ``verify`` then parses it from the written file.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
import xml.parsers.expat
from dataclasses import dataclass
from typing import Protocol

from followup_batch.read.package import NAMESPACE_SEPARATOR, xml_parser
from followup_batch.write.xlsx.zipcontainer import Behind

# Rows from which a part is parsed aside: below, starting a child (~20 ms) costs more than
# parsing in line (about 1 ms for 100 rows of a tracker sheet).
ASIDE_ROWS = 5_000
READ = 1 << 20  # bytes the child reads at a time
WAIT = 120  # seconds to wait for the child's answer once it has every byte

# The child: expat as ``xml_parser`` makes it; an error's text on stdout and exit status 1.
CHILD = f"""\
import sys
from xml.parsers import expat
parser = expat.ParserCreate(namespace_separator={NAMESPACE_SEPARATOR!r})
source = sys.stdin.buffer
try:
    while chunk := source.read({READ}):
        parser.Parse(chunk, False)
    parser.Parse(b"", True)
except expat.ExpatError as exc:
    sys.stdout.write(str(exc))
    sys.exit(1)
"""


@dataclass(frozen=True)
class Parsed:
    """What the check found: ``whole`` when the part parsed to its end; else ``error`` says
    why it is not well-formed, or is None when it could not be checked."""

    whole: bool
    error: str | None = None


class XmlCheck(Protocol):
    """A part's XML checked as it is fed, a chunk at a time."""

    def feed(self, data: bytes) -> None: ...

    def finish(self) -> Parsed:
        """The answer, once every chunk is fed."""

    def abandon(self) -> None:
        """The part is given up: stop checking it."""


class InLine:
    """A part's XML parsed in line as it is fed."""

    def __init__(self) -> None:
        self._parser = xml_parser()
        self._error: str | None = None

    def feed(self, data: bytes) -> None:
        if self._error is None:
            try:
                self._parser.Parse(data, False)
            except xml.parsers.expat.ExpatError as exc:
                self._error = str(exc)

    def finish(self) -> Parsed:
        if self._error is None:
            try:
                self._parser.Parse(b"", True)
            except xml.parsers.expat.ExpatError as exc:
                self._error = str(exc)
        return Parsed(self._error is None, self._error)

    def abandon(self) -> None:
        pass


class Aside:
    """A part's XML parsed by a child process as it is fed."""

    def __init__(self, child: subprocess.Popen[bytes]) -> None:
        self._child = child
        assert child.stdin is not None
        self._pipe = child.stdin
        self._behind: Behind | None = Behind(self._send)

    def _send(self, data: bytes) -> None:
        self._pipe.write(data)

    def feed(self, data: bytes) -> None:
        if self._behind is None:
            return
        try:
            self._behind.put(data)
        except OSError:  # the child stopped reading: it found an error, or it died
            self._stop()

    def finish(self) -> Parsed:
        if self._behind is not None:
            behind, self._behind = self._behind, None
            with contextlib.suppress(OSError):  # the child stopped reading: its answer says why
                behind.finish()
            self._close_pipe()
        try:
            out, _ = self._child.communicate(timeout=WAIT)
        except subprocess.TimeoutExpired:
            self._child.kill()
            self._child.communicate()
            return Parsed(False)
        if self._child.returncode == 0:
            return Parsed(True)
        if self._child.returncode == 1 and out:
            return Parsed(False, out.decode("utf-8", "replace"))
        return Parsed(False)  # killed, or no interpreter after all: unchecked

    def abandon(self) -> None:
        self._child.kill()
        if self._behind is not None:
            self._behind.abandon()
            self._behind = None
        self._close_pipe()
        self._child.wait()
        if self._child.stdout is not None:
            self._child.stdout.close()

    def _stop(self) -> None:
        if self._behind is not None:
            self._behind.abandon()
            self._behind = None
        self._close_pipe()

    def _close_pipe(self) -> None:
        with contextlib.suppress(OSError):  # a broken pipe's last bytes
            self._pipe.close()
        self._child.stdin = None  # closed: ``communicate`` only reads the answer


def xml_check(rows: int) -> XmlCheck:
    """A check of a part of ``rows`` rows: aside for a big one, when a child can be started."""
    if rows < ASIDE_ROWS or getattr(sys, "frozen", False) or not sys.executable:
        return InLine()
    try:
        child = subprocess.Popen(
            [sys.executable, "-I", "-S", "-c", CHILD],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
    except OSError:
        return InLine()
    return Aside(child)
