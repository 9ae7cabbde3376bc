"""The messages of the workbook's own Drafts sheet as the file holds them now (report ot112,
F4): the sheet is protected without a password, and a client who unprotects it to polish a
message there (Review > Unprotect Sheet) typed text of their own, which the run used to replace
without a word. Each Subject and Draft cell comes with the tracker sheet and row its
``Tracker row`` link points to (the formula follows rows inserted above it), so that
``hand_edits`` can take a text that is not the tool's as an edit of that row's message, as an
edit of the tracker's ``Draft`` column is taken.

Read only when the file is not the tool's own last version (``rerun.is_own_version``): a file
no one has saved since the tool wrote it holds nothing typed there, and a big tracker's Drafts
sheet is the largest part of a re-run's reading."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from followup_batch.read.package import MalformedPackage, open_package, read_sheets

# The Drafts sheet's headers of the message's texts, as ``write.xlsx.own_sheets`` writes them,
# and the owned column of the tracker each one is the message of.
KEYS = {"Subject": "draft_subject", "Draft": "draft"}
TRACKER_ROW = "Tracker row"
COLUMNS = ["sheet", "row", "key", "text", "cell"]
# ROW('Sheet'!$A$5) in the Tracker row's link (``write.xlsx.formulas.row_link``): the sheet's
# name quoted, its quotes doubled; each piece bounded or a class its neighbour cannot take.
_ROW_OF = re.compile(r"ROW\('((?:[^']|'')*)'!\$[A-Z]{1,3}\$(\d{1,7})\)")


def drafts_sheet_texts(path: Path) -> pd.DataFrame:
    """The Subject and Draft cells of ``path``'s Drafts sheet, one row each (``COLUMNS``: the
    tracker sheet and Excel row the message is of, the tracker's owned column ``key``, the
    text, and the cell as Excel names it, ``Drafts!J2``). Empty when the workbook has no Drafts
    sheet of the tool's or it cannot be read: then nothing typed there is found, as before."""
    try:
        return _texts(path)
    except (OSError, zipfile.BadZipFile, MalformedPackage, KeyError, ValueError, EOFError):
        return pd.DataFrame(columns=COLUMNS)


def _texts(path: Path) -> pd.DataFrame:
    with zipfile.ZipFile(path) as archive:
        package = open_package(archive)
        if package.workbook_part is None or package.binary:
            return pd.DataFrame(columns=COLUMNS)
        generated = read_sheets(archive, package.workbook_part).generated
    found: list[tuple[str, int, str, str, str]] = []
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=False)
    try:
        for name in book.sheetnames:
            if name in generated:
                found += _messages(name, iter(book[name].iter_rows(values_only=True)))
    finally:
        book.close()
    return pd.DataFrame(found, columns=COLUMNS)


def _messages(
    name: str, rows: Iterator[tuple[object, ...]]
) -> list[tuple[str, int, str, str, str]]:
    """The texts of one of the tool's sheets headed as its Drafts sheet is; none of another
    (the Summary, the Calendars)."""
    from openpyxl.utils import get_column_letter

    from followup_batch.write.xlsx.formulas import sheet_reference

    header = [str(value) if value is not None else "" for value in next(rows, ())]
    if TRACKER_ROW not in header or not set(KEYS) <= set(header):
        return []
    link = header.index(TRACKER_ROW)
    at = {header.index(title): key for title, key in KEYS.items()}
    plain = name.replace("_", "").isalnum() and not name[0].isdigit()
    shown = name if plain else sheet_reference(name)
    found = []
    for number, values in enumerate(rows, start=2):
        formula = values[link] if link < len(values) else None
        target = _ROW_OF.search(formula) if isinstance(formula, str) else None
        if target is None:
            continue
        sheet, row = target.group(1).replace("''", "'"), int(target.group(2))
        for column, key in at.items():
            text = values[column] if column < len(values) else None
            if isinstance(text, str) and text.strip():
                cell = f"{shown}!{get_column_letter(column + 1)}{number}"
                found.append((sheet, row, key, text, cell))
    return found
