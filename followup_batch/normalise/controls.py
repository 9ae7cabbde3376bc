"""Control characters in a person's text: C0 but the line feed, DEL, C1 (ESC, BEL, CSI, ...),
and the bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069). A
terminal obeys the first (ESC]52 writes the clipboard, ESC[2K erases the line it is on), a
browser or a calendar the last (a right-to-left override shows "Acme<U+202E>fdp.exe" as
"Acmeexe.pdf"), and a spreadsheet cell or a mail cannot hold them. One rule for every output
(``printable``): the drafts, their subjects and .eml files, the terminal's lines, the log, the
digests (Markdown, HTML, workbook) and the calendar leave them out of the values they show,
but for those that part words (a tab, a carriage return, a vertical tab or form feed, the
file, group, record and unit separators), which become a space: "Acme<ESC>Corp" is shown
"AcmeCorp" everywhere, "Acme<TAB>Corp" "Acme Corp".

Imports only the standard library: the CLI's reporter uses it before pandas loads.
"""

from __future__ import annotations

import re

_C0 = r"\x00-\x08\x0b-\x1f"  # but the tab and the line feed
_OTHERS = r"\x7f-\x9f\u202a-\u202e\u2066-\u2069"  # DEL, C1, bidirectional controls
CONTROLS = rf"{_C0}\x09{_OTHERS}"  # a character class's contents
CONTROL_CHARACTERS = re.compile(f"[{CONTROLS}]")
_CONTROLS_BUT_TAB = re.compile(f"[{_C0}{_OTHERS}]")
# Controls that part words, as str.split() has them (a carriage return before a line feed is
# part of a line break, and goes).
_SPACING = re.compile(r"\r(?!\n)|[\x0b\x0c\x1c-\x1f\x85]")
_SPACING_AND_TABS = re.compile(r"\r(?!\n)|[\t\x0b\x0c\x1c-\x1f\x85]")


def printable(text: str, *, tabs: bool = False) -> str:
    """``text`` without its control characters (line feeds stay, and with ``tabs`` tabs: a
    page or a calendar shows them as space); those that part words are a space instead.
    What an ESC started stays as plain text ("Acme]52;c;ZWNobw=="), which a terminal shows
    and no longer obeys."""
    if text.isprintable():
        return text
    if tabs:
        return _CONTROLS_BUT_TAB.sub("", _SPACING.sub(" ", text))
    return CONTROL_CHARACTERS.sub("", _SPACING_AND_TABS.sub(" ", text))


def one_line(text: str) -> str:
    """``printable`` text that stays on its line: a line feed too is a space, as it parts
    words. For what prints one line per record (a file's summary, note or FAILED line, a
    line of ``check``): a file named "Evil<LF>ok.xlsx: 0 rows.xlsx" printed a line of its own
    that a cron log shows as another file's (ot84 F9)."""
    shown = printable(text)
    return shown.replace("\n", " ") if "\n" in shown else shown
