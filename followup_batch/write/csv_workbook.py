"""A CSV tracker as a new workbook, for ``run export.csv --output tracker.xlsx``.

The apps people keep a job search in (Huntr, Teal, Simplify, Notion, Airtable, Trello) export
CSV only, and a CSV cannot carry what a workbook shows: the Drafts sheet, the colours, the
live statuses (ot113 F8). The run makes the workbook from the CSV's cells, then runs on it as
on any workbook, writing it to the --output (``batch.process_file``).

Every cell goes in as text, exactly as the CSV holds it: a number, a date or a formula-like
text is not reinterpreted, so the workbook reads as the CSV does (``tests/test_csv_to_xlsx``
compares the two runs' answers) and an export cannot put a formula in the workbook. A line
break inside a cell goes in as a line feed, as a workbook holds one. A cell a workbook
cannot hold (a control character, more than Excel's 32,767 characters) is refused by name,
never cut or dropped: the CSV output holds it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path

from followup_batch.errors import UnsupportedFile
from followup_batch.normalise.cells import MAX_CELL_TEXT, fits_cell
from followup_batch.write.book import Sheet, column_letter, table_rows, text_column, write_book

# Characters a workbook cannot hold in a cell (XML 1.0 forbids them; Excel's own escapes are
# for its files, not a person's text), after line breaks are made line feeds.
_UNHOLDABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_LINE_BREAK = re.compile("\r\n?")
# What Excel refuses in a sheet's name, and the names the tool's own sheets take.
_NOT_IN_SHEET_NAME = re.compile(r"[\[\]:*?/\\]")
_TOOLS_SHEETS = frozenset({"drafts", "summary", "calendars", "history"})
MAX_SHEET_NAME = 31
SHEET = "Tracker"  # the sheet's name when the CSV's own name cannot be one
WIDEST, NARROWEST = 50, 8


def csv_as_workbook(
    records: Sequence[Sequence[str]], target: Path, source: str, created: dt.datetime
) -> str:
    """Write ``records`` (the CSV's records, header and any title rows above it included, as
    ``read.csv_cells.CsvTable.values`` holds them) as the one sheet of a new workbook at
    ``target``; return the sheet's name. ``source`` is the CSV's file name, for the sheet's
    name and the refusal of a cell a workbook cannot hold (``UnsupportedFile``)."""
    width = max((len(record) for record in records), default=0)
    columns = [
        [_cell_text(records, row, col, source) for row in range(len(records))]
        for col in range(width)
    ]
    letters = [column_letter(col + 1) for col in range(width)]
    cells = [text_column(letter, 1, texts) for letter, texts in zip(letters, columns, strict=True)]
    name = sheet_name(Path(source).stem)
    sheet = Sheet(
        name=name,
        rows=table_rows(1, cells) if cells else [],
        widths=[_width(texts) for texts in columns],
    )
    write_book(target, [sheet], [], created)
    return name


def sheet_name(stem: str) -> str:
    """The CSV's name as the sheet's when Excel takes it as one and it is none of the tool's
    sheets' (``Drafts.csv`` beside the tool's Drafts sheet); else ``Tracker``."""
    name = stem.strip()
    usable = (
        name
        and len(name) <= MAX_SHEET_NAME
        and not _NOT_IN_SHEET_NAME.search(name)
        and not name.startswith("'")
        and not name.endswith("'")
        and name.casefold() not in _TOOLS_SHEETS
    )
    return name if usable else SHEET


def _cell_text(records: Sequence[Sequence[str]], row: int, col: int, source: str) -> str:
    record = records[row]
    text = record[col] if col < len(record) else ""
    if "\r" in text:
        text = _LINE_BREAK.sub("\n", text)
    if not fits_cell(text):
        raise UnsupportedFile(
            f"{source}: {column_letter(col + 1)}{row + 1} holds more text than a workbook cell "
            f"takes ({MAX_CELL_TEXT:,} characters); nothing was written. Run with --output "
            "as a .csv, which keeps it, or shorten that cell"
        )
    bad = _UNHOLDABLE.search(text)
    if bad is not None:
        raise UnsupportedFile(
            f"{source}: {column_letter(col + 1)}{row + 1} holds the control character "
            f"U+{ord(bad.group()):04X}, which a workbook cannot hold; nothing was written. Run "
            "with --output as a .csv, which keeps it, or delete it from that cell"
        )
    return text


def _width(texts: Sequence[str]) -> float:
    longest = max((len(line) for text in texts for line in text.split("\n")), default=0)
    return float(min(WIDEST, max(NARROWEST, longest + 2)))
