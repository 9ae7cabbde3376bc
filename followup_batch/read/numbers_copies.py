"""What Apple Numbers does to a workbook's sheet names on export, undone where the tool reads
them (report ot83, F6 and F7). Numbers exports each table as a sheet named "<sheet> - <table>"
("Sheet 1 - Table 1", "Drafts - Table 1"), so a weekly round trip brings the tool's own Drafts,
Summary and Calendars sheets back under new names (they lose the mark that tells the tool's
sheets), beside the new ones the run writes, and a tracker's sheet name used as a client name
carries " - Table 1". ``numbers_plain`` takes the suffix off; ``stale_tool_copies`` finds the
old copies, which are not read, and ``stale_copies_note`` says so in one line (the person's
sheets are never deleted: they may have notes of their own)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from followup_batch.drafts.context import join_names
from followup_batch.memory.marks_seen import BOOK_HEADER

# " - Table 1" once or more at the end of a sheet name, as Numbers names an exported table
# (again on each round trip: "Drafts - Table 1 - Table 1"), Excel's 31 characters aside. From
# a run of spaces' first one only (the lookbehind), each run taken whole, so a long run is not
# scanned again from each of its spaces.
_NUMBERS_SUFFIX = re.compile(r"(?<!\s)(?:\s++-\s++Table\s++\d++)+$")
# The tool's sheets, by name and by their header row (``write.xlsx.own_sheets``).
_TOOL_SHEETS = ("Drafts", "Summary", "Calendars")
_DRAFTS_HEADERS = ("Urgency", "Client", "Company", "Position", "To")
_CALENDAR_CODE = re.compile(r"[A-Z]{2}(?:-[A-Z0-9]{1,3})?")
SHOWN_AT_MOST = 3  # copies named in the note; the others counted


def numbers_plain(name: str) -> str:
    """``name`` without the " - Table 1" Numbers adds on export ("Sheet 1 - Table 1" ->
    "Sheet 1"); a name that is nothing but the suffix is kept."""
    plain = _NUMBERS_SUFFIX.sub("", name)
    return plain or name


def stale_tool_copies(sheets: Sequence[tuple[str, Sequence[Sequence[object]]]]) -> list[str]:
    """The names of the ``sheets`` ((name, first rows)) that are copies of the tool's own
    sheets renamed by Numbers: named "Drafts - Table 1" (or "Summary", "Calendars", with
    more of Numbers' suffix or cut at 31 characters) and headed as the tool heads them."""
    found = []
    for name, rows in sheets:
        head, _, rest = name.partition(" - ")
        if head not in _TOOL_SHEETS or not rest.startswith("Table"):
            continue
        headers = ([str(v) for v in row if v not in (None, "")] for row in rows[:3])
        if any(_headed_as(head, header) for header in headers):  # under a title row too
            found.append(name)
    return found


def _headed_as(sheet: str, header: list[str]) -> bool:
    if sheet == "Drafts":
        return tuple(header[: len(_DRAFTS_HEADERS)]) == _DRAFTS_HEADERS
    if sheet == "Summary":
        return header[:2] == ["Status", "Rows"] and header[-1:] == ["Colour"]
    if header[-1:] == [BOOK_HEADER]:  # the undated marks kept after the calendars
        header = header[:-1]
    return bool(header) and all(_CALENDAR_CODE.fullmatch(h) for h in header)


def stale_copies_note(names: list[str]) -> str:
    """The one line that names the old copies: 'sheets "Drafts - Table 1" and "Summary -
    Table 1" are old copies of the tool's own sheets, renamed by Numbers on export: not read
    and not updated (this run writes its Drafts, Summary and Calendars); delete them'."""
    shown = [f'"{name}"' for name in names[:SHOWN_AT_MOST]]
    if len(names) > SHOWN_AT_MOST:
        shown.append(f"{len(names) - SHOWN_AT_MOST} more")
    one = len(names) == 1
    which = (
        f"sheet {shown[0]} is an old copy" if one else f"sheets {join_names(shown)} are old copies"
    )
    return (
        f"{which} of the tool's own sheets, renamed by Numbers on export: not read and not "
        "updated (this run writes its Drafts, Summary and Calendars); delete "
        + ("it" if one else "them")
    )
