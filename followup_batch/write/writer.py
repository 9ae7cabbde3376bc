"""Write a tracker's results back to its file, safely: the one entry point for write-back.

Dispatches on the tracker's kind: xlsx/xlsm through ``package`` (edits the zip package
directly: every part it does not change is copied byte for byte); CSV through
``csvfile.render`` (the user's bytes kept as they were). Both go through ``safety``: refuse
files open in Excel/LibreOffice, refuse workbooks the writer cannot edit, write to a temporary
file, verify, keep a backup and replace atomically.
"""

from __future__ import annotations

import datetime
import re
import zipfile
from collections.abc import Mapping
from pathlib import Path
from xml.etree import ElementTree

import pandas as pd

from followup_batch.errors import UnsafeWrite
from followup_batch.read import csv_cells as csvfile
from followup_batch.read import fields
from followup_batch.read.tracker import RawTable
from followup_batch.write import safety
from followup_batch.write.columns import OWNED_COLUMNS, OWNED_DATE_COLUMNS
from followup_batch.write.xlsx.xmlbytes import MalformedPart

CSV_DATE_FORMAT = "%Y-%m-%d"
# Text starting with these is read as a formula by spreadsheet programs opening a CSV.
FORMULA_STARTS = ("=", "+", "-", "@")
# Control characters become spaces; only the line feed stays (a quoted field may hold it).
# Tab and carriage return go too: a leading one is another way to sneak in a formula.
CSV_CONTROL_CHARACTERS = re.compile(r"[\x00-\x09\x0b-\x1f\x7f]")


def write_results(
    table: RawTable,
    results: pd.DataFrame,
    target: Path,
    as_of: datetime.date,
    *,
    backup: bool = True,
    extra_sheets: Mapping[str, pd.DataFrame] | None = None,
    backups_kept: int = safety.BACKUPS_KEPT,
    expected: safety.Fingerprint | None = None,
) -> Path:
    """Write ``results`` (indexed by Excel row, columns ``OWNED_COLUMNS``) to ``target``.

    ``target`` is ``table.path`` for an in-place update or a new path (``--output``: the whole
    workbook is carried there). Returns ``target``. Raises ``FileLocked`` when the source or
    target is open in Excel/LibreOffice and ``UnsafeWrite`` when the write could lose content
    or the file changed meanwhile; the files are then untouched.

    Workbooks only: ``extra_sheets`` (sheet name -> frame) are sheets the tool owns, such as
    ``Drafts``: created the first time, replaced on re-runs, never a user's sheet of the same
    name (``Drafts (followup-batch)`` is used then). ``expected`` is
    ``safety.fingerprint(table.path)`` taken before the tracker was read: when given, a file
    saved by someone since then is not overwritten.
    """
    target = Path(target)
    for path in dict.fromkeys((Path(table.path), target, safety.resolve_target(target))):
        safety.check_not_open(path)
    if table.kind == "xlsx":
        options = _Options(backup, extra_sheets or {}, backups_kept, expected)
        _write_package(table, results, target, as_of, options)
    elif table.kind == "csv":
        _write_csv(table, results, target, backup=backup)
    else:
        raise UnsafeWrite(
            f"{Path(table.path).name}: cannot write trackers of kind "
            f"{table.kind!r}; write to an .xlsx or .csv file with --output"
        )
    return target


class _Options:
    def __init__(
        self,
        backup: bool,
        extra_sheets: Mapping[str, pd.DataFrame],
        backups_kept: int,
        expected: safety.Fingerprint | None,
    ) -> None:
        self.backup = backup
        self.extra_sheets = extra_sheets
        self.backups_kept = backups_kept
        self.expected = expected


def _write_package(
    table: RawTable, results: pd.DataFrame, target: Path, as_of: datetime.date, options: _Options
) -> None:
    from followup_batch.write.xlsx import (
        package,  # imports pandas-heavy helpers only when writing a workbook
    )

    source = Path(table.path)
    safety.check_editable(source)
    in_place = source.resolve() == safety.resolve_target(target)
    written = package.Written(set(), set())

    def write(temp: Path) -> None:
        try:
            done = package.write_package(table, results, source, temp, as_of, options.extra_sheets)
            written.touched.update(done.touched)
            written.made.update(done.made)
        except UnsafeWrite as exc:
            message = str(exc)
            if message.startswith(source.name):
                raise
            raise UnsafeWrite(f"{source.name}: {message}; nothing was written") from None
        except (
            MalformedPart,
            ElementTree.ParseError,
            zipfile.BadZipFile,
            zipfile.LargeZipFile,  # a sheet of over 2 GiB of XML
            KeyError,
        ) as exc:
            raise UnsafeWrite(
                f"{source.name}: cannot update the workbook ({exc}); nothing was written. "
                "Open it in Excel and save it again, then run again"
            ) from None

    safety.replace_atomically(
        target,
        write,
        backup=options.backup,
        verify=lambda temp: package.verify_package(source, temp, *written),
        backups_kept=options.backups_kept,
        expected=options.expected if in_place else None,
        watch=() if in_place else (source,),
        skip_unchanged=True,
    )


def _write_csv(table: RawTable, results: pd.DataFrame, target: Path, *, backup: bool) -> None:
    if table.csv is None:
        raise UnsafeWrite(
            f"{Path(table.path).name}: the CSV was read without its raw text; "
            "read it again with reader.read_trackers before writing"
        )
    data = render_csv(table, results)

    def write(temp: Path) -> None:
        temp.write_bytes(data)

    safety.replace_atomically(target, write, backup=backup)


def render_csv(table: RawTable, results: pd.DataFrame) -> bytes:
    """The CSV's bytes with the owned columns replaced or appended; user fields unchanged."""
    assert table.csv is not None
    header_index = table.header_row - 1
    header = table.csv.values[header_index] if header_index < len(table.csv.values) else []
    user_width = _user_width(header)
    ours: list[list[str]] = []
    for number in table.csv.line_numbers:
        if number == table.header_row:
            ours.append(list(OWNED_COLUMNS.values()))
        elif number in results.index:
            ours.append(_csv_record(results.loc[number]))
        else:
            ours.append([])
    return csvfile.render(table.csv, user_width, ours)


def _user_width(header: list[str]) -> int:
    """Columns that belong to the user: all of them, or those before the first owned header.

    Owned columns, once written, are the last ones, so a re-run replaces them in place.
    """
    owned = {fields.header_key(text) for text in OWNED_COLUMNS.values()}
    for index, text in enumerate(header):
        if fields.header_key(text) in owned:
            return index
    return len(header)


def _csv_record(row: pd.Series) -> list[str]:
    record = []
    for key in OWNED_COLUMNS:
        value = row[key]
        if key in OWNED_DATE_COLUMNS:
            record.append("" if pd.isna(value) else pd.Timestamp(value).strftime(CSV_DATE_FORMAT))
        else:
            record.append(guard_csv_text(value))
    return record


def guard_csv_text(value: object) -> str:
    """Tool text made safe for a CSV opened in a spreadsheet: no formulas, no control codes.

    A leading apostrophe is how spreadsheet users themselves mark "this is text".
    """
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    text = CSV_CONTROL_CHARACTERS.sub(" ", str(value))
    return "'" + text if text.startswith(FORMULA_STARTS) else text
