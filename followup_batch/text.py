"""Small pieces of the tool's English that many messages share.

Imports only the standard library: the CLI's reporter uses it before pandas loads.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

# Where a person resizes an Excel Table, in the two programs that edit one: a note that named
# Excel's menu alone left a LibreOffice user looking for it (ot44 F6).
RESIZE_TABLE = "in Excel Table Design > Resize Table, in LibreOffice Data > Define Range"


def first_and_more(items: Sequence[str], shown: int = 5, joiner: str = ", ") -> str:
    """The first ``shown`` items joined by ``joiner``, and how many more there are: "a.xlsx,
    b.xlsx, c.xlsx, d.xlsx, e.xlsx and 195 more". A message naming 200 files made a line of
    3,400 characters; one naming five says which to look at."""
    more = f" and {len(items) - shown} more" if len(items) > shown else ""
    return joiner.join(items[:shown]) + more


# Letters of people's names that no accent-dropping makes plain ("Łukasz" is no "?ukasz"):
# spelt as their languages' own plain spelling does, where a file or a console lacks them.
PLAIN_LETTERS = {
    "Ł": "L",
    "ł": "l",
    "Đ": "D",
    "đ": "d",
    "Ø": "O",
    "ø": "o",
    "Æ": "AE",
    "æ": "ae",
    "Œ": "OE",
    "œ": "oe",
    "ß": "ss",
    "Þ": "Th",
    "þ": "th",
    "Ħ": "H",
    "ħ": "h",
    "ı": "i",
}


def display_width(text: str) -> int:
    """The columns ``text`` takes in a terminal: a wide or full-width letter (Chinese, Japanese,
    Korean; ``unicodedata.east_asian_width`` W or F) takes two, a combining mark none."""
    return sum(
        0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
        for c in text
    )


def first_columns(text: str, columns: int, ellipsis: str = "…") -> str:
    """``text`` in at most ``columns`` terminal columns (``display_width``): its start, then
    ``ellipsis`` when its end is cut (a table's cell; "..." where the console lacks "…")."""
    if display_width(text) <= columns:
        return text
    kept: list[str] = []
    width = display_width(ellipsis)
    for character in text:
        width += display_width(character)
        if width > columns:
            break
        kept.append(character)
    return "".join(kept) + ellipsis


def last_columns(text: str, columns: int) -> str:
    """``text`` in at most ``columns`` terminal columns (``display_width``): its end, after "…"
    when its start is cut (the end of a status line says how far the work has got)."""
    if display_width(text) <= columns:
        return text
    kept: list[str] = []
    width = 1  # the "…"
    for character in reversed(text):
        width += display_width(character)
        if width > columns:
            break
        kept.append(character)
    return "…" + "".join(reversed(kept))


# An option with its quoted value (``--map "When I applied=applied_at"``): a command to copy,
# never split across lines (nor from the punctuation after it); and any double-quoted span,
# an example or a name (``("Maya Chen.xlsx")``, ``"When I applied"``), kept whole too unless
# it is longer than a line (ot91 F8).
_QUOTED_OPTION = re.compile(r"""\(?--[a-z][-a-z]* (?:"[^"]*"|'[^']*')[^ ]*""")
# The tool's command with the file it reads (``followup-batch run jobs.xlsx``, a name with
# spaces in its shell quotes), offered to paste: as whole as an option with its value.
_COMMAND = re.compile(
    r"""(?<![^ (])(?:followup-batch|python -m followup_batch) [a-z]+(?: (?:'[^']*'[^ ]*|[^ ]+))?"""
)
# A quoted span from its word's first character (each tried in turn scanned the rest).
_QUOTED_SPAN = re.compile(
    rf"""{_QUOTED_OPTION.pattern}|{_COMMAND.pattern}|(?<![^ "])[^ "]*"[^"]*"[^ ]*"""
)


def wrapped(text: str, width: int) -> list[str]:
    """``text`` (one line) in lines of at most ``width`` columns (``display_width``), broken
    only at spaces, each line after the first indented two columns more than ``text``. An
    option with its quoted value is kept whole: when it does not fit after the words before
    it, it starts a line of its own (longer than ``width`` only when it is by itself), and so
    does the tool's command with the file it names (``followup-batch run jobs.xlsx``). A
    double-quoted span is kept whole when it fits a line, else broken at its spaces. A word
    longer than a line is not cut either; the terminal wraps it."""
    indent = text[: len(text) - len(text.lstrip(" "))]
    more = indent + "  "
    body, units, start = text.strip(" "), [], 0
    for span in _QUOTED_SPAN.finditer(body):
        units += [word for word in body[start : span.start()].split(" ") if word]
        whole = span.group()
        pasted = _QUOTED_OPTION.fullmatch(whole) or _COMMAND.fullmatch(whole)
        if pasted or display_width(more + whole) <= width:
            units.append(whole)
        else:
            units += [word for word in whole.split(" ") if word]
        start = span.end()
    units += [word for word in body[start:].split(" ") if word]
    lines: list[str] = []
    line = indent
    for unit in units:
        if line.strip() and display_width(f"{line} {unit}") > width:
            lines.append(line)
            line = more + unit
        else:
            line = f"{line} {unit}" if line.strip() else line + unit
    return [*lines, line]
