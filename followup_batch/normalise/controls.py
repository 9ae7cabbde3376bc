"""Control characters in a person's text: C0 but the line feed, DEL, and C1 (ESC, BEL, CSI,
...). A terminal obeys them (ESC]52 writes the clipboard, ESC[2K erases the line it is on), and
a spreadsheet cell or a mail cannot hold them. Drafts leave them out of the values they quote;
the terminal's lines, the log and the Markdown digest leave them out of everything they show.

Imports only the standard library: the CLI's reporter uses it before pandas loads.
"""

from __future__ import annotations

import re

CONTROLS = r"\x00-\x09\x0b-\x1f\x7f-\x9f"  # a character class's contents
CONTROL_CHARACTERS = re.compile(f"[{CONTROLS}]")


def printable(text: str) -> str:
    """``text`` without its control characters (line feeds stay). What an ESC started stays as
    plain text ("Acme]52;c;ZWNobw=="), which a terminal shows and no longer obeys."""
    return text if text.isprintable() else CONTROL_CHARACTERS.sub("", text)
