"""Standard output and error on a terminal or a cron job whose encoding is not UTF-8 (a
``LANG=C`` or ISO-8859-1 server, a Windows cp1252 console, ``PYTHONIOENCODING=latin-1``).

A character such a stream cannot encode is written as a readable stand-in instead of raising
``UnicodeEncodeError``, which would stop a batch in the middle: the tool's own punctuation as
ASCII ("—" as "-", "→" as "->", "…" as "..."), a letter without its accent ("José" as "Jose",
"Łukasz" as "Lukasz"), anything else as "?". Only the console degrades: the files the tool
writes (trackers, log, digests) keep their own encodings, and ``--json`` escapes what the
stream cannot show.
"""

from __future__ import annotations

import codecs
import contextlib
import sys
import unicodedata
from typing import IO, Any

from followup_batch.text import PLAIN_LETTERS

FALLBACK_ERRORS = "followup-batch-fallback"

# The tool's own punctuation, as a terminal of any encoding shows it.
_STAND_INS = {
    "—": "-",
    "–": "-",
    "→": "->",
    "←": "<-",
    "…": "...",
    "‘": "'",
    "’": "'",
    "“": '"',
    "”": '"',
    "✓": "v",
    "•": "*",
    "·": ".",
    "≥": ">=",
    "≤": "<=",
    "×": "x",
    "─": "-",  # the digest table's rule
    "\u00a0": " ",
    "\u202f": " ",
}


def stand_in(char: str) -> str:
    """What ``char`` is written as where it cannot be: the table's ASCII, a letter's plain
    spelling ("Ł" as "L", ``PLAIN_LETTERS``), else the letter without its accents (NFKD),
    else "?"."""
    if char in _STAND_INS:
        return _STAND_INS[char]
    if char in PLAIN_LETTERS:
        return PLAIN_LETTERS[char]
    base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    return base if base and base.isascii() and base.isprintable() else "?"


def _fallback(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    text = error.object[error.start : error.end]
    return "".join(stand_in(char) for char in text), error.end


codecs.register_error(FALLBACK_ERRORS, _fallback)


def as_shown(text: str, stream: Any) -> str:
    """``text`` as ``stream`` shows it: with a stand-in (``stand_in``) for each character its
    encoding cannot hold, so that what is lined up is lined up as shown (a Japanese header on
    an ASCII console is "???", three columns, not the six its letters take)."""
    encoding = getattr(stream, "encoding", None) or "ascii"
    try:
        return text.encode(encoding, FALLBACK_ERRORS).decode(encoding)
    except LookupError:  # an encoding Python does not know: written as it is, as echo does
        return text


def degrade_gracefully() -> None:
    """Make standard output and error write what their encoding cannot hold as stand-ins
    (``stand_in``) instead of failing. Called once as the command line starts."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)  # None under pythonw; a test's
        if reconfigure is not None:  # closed or detached by its owner: left as it is
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors=FALLBACK_ERRORS)


def holds_all_of_unicode(stream: Any) -> bool:
    """True when ``stream`` writes any character as itself (a UTF encoding): JSON on it may
    keep its non-ASCII characters, elsewhere they are escaped, never replaced."""
    encoding = getattr(stream, "encoding", None) or "ascii"
    try:
        return codecs.lookup(encoding).name.startswith("utf")
    except LookupError:
        return False


class NeverFailing:
    """``stream`` whose writes never raise (a terminal closed under the run, a character its
    encoding lacks): what cannot be written is dropped. For the progress bar, drawn by Click."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        with contextlib.suppress(OSError, ValueError):  # a UnicodeError is a ValueError
            return self._stream.write(text)
        return 0

    def flush(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self._stream.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)
