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

from followup_batch.errors import UnsafeWrite, UnsupportedFile
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
MOST_SHOWN = 5  # cells named in a refusal, the rest counted


def csv_as_workbook(
    records: Sequence[Sequence[str]], target: Path, source: str, created: dt.datetime
) -> str:
    """Write ``records`` (the CSV's records, header and any title rows above it included, as
    ``read.csv_cells.CsvTable.values`` holds them) as the one sheet of a new workbook at
    ``target``; return the sheet's name. ``source`` is the CSV's file name, for the sheet's
    name and the refusal of a cell a workbook cannot hold (``UnsupportedFile``)."""
    width = max((len(record) for record in records), default=0)
    bad: list[str] = []
    columns = [
        [_cell_text(records, row, col, bad) for row in range(len(records))] for col in range(width)
    ]
    _refuse_unholdable(bad, source)
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


def refuse_replacing(
    output: Path, records: Sequence[Sequence[str]], header_row: int, source: str
) -> None:
    """Refuse to make ``output``, which exists, again from the CSV's ``records`` (its header
    on ``header_row``, 1-based) when it holds anything they do not: a cell of the first sheet
    that differs (a sent date typed in the workbook since, or a newer export), a column or a
    sheet the tool did not make (another workbook named by mistake). Its content would be
    replaced, kept only in the backups (ot114 F1, F2). A workbook that holds the CSV's cells
    and the tool's is the same run's or an earlier day's: made again."""
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_path(str(output))
        names = list(book.sheet_names)
        rows = book.get_sheet_by_index(0).to_python(skip_empty_area=False) if names else []
    except Exception:  # noqa: BLE001 - any reason it cannot be read: not the tool's
        raise UnsafeWrite(
            f"{output.name} already exists and is no workbook the tool can read; nothing was "
            "written. Name another --output"
        ) from None
    others = [name for name in names[1:] if _ours(name) is None]
    if others:
        raise UnsafeWrite(
            f"{output.name} already exists and holds sheets the tool does not make from "
            f"{source} ({', '.join(others[:MOST_SHOWN])}): nothing was written. Name another "
            "--output, or run on that workbook itself"
        )
    first = _first_difference(rows, records, header_row)
    if first is not None:
        where, held, exported = first
        raise UnsafeWrite(
            f"{output.name} already exists, and its cells are not {source}'s ({where}: "
            f"{_shown(held)} there, {_shown(exported)} in the CSV): edits made in it since, "
            "or a newer export. Nothing was written. To keep its edits, run on it "
            f"(followup-batch run "
            f'"{output}") and add new rows there; to make it again from the CSV, rename or '
            "delete it first"
        )


def _shown(value: object) -> str:
    """A cell's value as a person reads it, quoted; a date as its day, empty as "empty"."""
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        value = value.date()
    text = value.isoformat() if isinstance(value, dt.date) else str(value)
    return f'"{text}"' if text else "empty"


def _ours(name: str) -> str | None:
    """The tool's sheet ``name`` is (``Drafts``, ``Drafts (followup-batch)``), else None."""
    plain = name.removesuffix(" (followup-batch)")
    return plain if plain.casefold() in _TOOLS_SHEETS else None


def _first_difference(
    rows: Sequence[Sequence[object]], records: Sequence[Sequence[str]], header_row: int
) -> tuple[str, object, str] | None:
    """The first cell (address, the workbook's value, the CSV's text) where the workbook's
    first sheet holds what the CSV does not; the tool's own columns aside."""
    from followup_batch.write.columns import OWNED_COLUMNS

    width = max((len(record) for record in records), default=0)
    header = rows[header_row - 1] if len(rows) >= header_row else []
    owned = {i for i, cell in enumerate(header) if i >= width and cell in OWNED_COLUMNS.values()}
    for r in range(max(len(rows), len(records))):
        row = rows[r] if r < len(rows) else []
        record = records[r] if r < len(records) else []
        for c in range(max(len(row), width)):
            if c in owned:
                continue
            held = row[c] if c < len(row) else ""
            exported = record[c] if c < len(record) else ""
            if held != _LINE_BREAK.sub("\n", exported):
                return f"{column_letter(c + 1)}{r + 1}", held, exported
    return None


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


def _cell_text(records: Sequence[Sequence[str]], row: int, col: int, bad: list[str]) -> str:
    """The cell's text as the workbook holds it, a line break a line feed; what a workbook
    cannot hold is added to ``bad`` by its address and reason (said all at once, not a run
    per cell: ot114 F4)."""
    record = records[row]
    text = record[col] if col < len(record) else ""
    if "\r" in text:
        text = _LINE_BREAK.sub("\n", text)
    where = f"{column_letter(col + 1)}{row + 1}"
    if not fits_cell(text):
        bad.append(f"{where} holds more text than a cell takes ({MAX_CELL_TEXT:,} characters)")
    elif (control := _UNHOLDABLE.search(text)) is not None:
        bad.append(f"{where} holds the control character U+{ord(control.group()):04X}")
    return text


def _refuse_unholdable(bad: list[str], source: str) -> None:
    if not bad:
        return
    shown = "; ".join(bad[:MOST_SHOWN]) + (
        f"; and {len(bad) - MOST_SHOWN:,} more" if len(bad) > MOST_SHOWN else ""
    )
    raise UnsupportedFile(
        f"{source}: {shown}, which a workbook cannot hold; nothing was written. Run with "
        f"--output as a .csv, which keeps {'it' if len(bad) == 1 else 'them'}, or correct "
        f"{'that cell' if len(bad) == 1 else 'those cells'}"
    )


def _width(texts: Sequence[str]) -> float:
    longest = max((len(line) for text in texts for line in text.split("\n")), default=0)
    return float(min(WIDEST, max(NARROWEST, longest + 2)))
