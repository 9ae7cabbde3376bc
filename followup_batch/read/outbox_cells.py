"""The messages of the workbook's own Drafts sheet as the file holds them now (report ot112,
F4): the sheet is protected without a password, and a client who unprotects it to polish a
message there (Review > Unprotect Sheet) typed text of their own, which the run used to replace
without a word. Each Subject and Draft cell comes with the tracker sheet and row its
``Tracker row`` link points to (the link follows rows inserted above it), so that
``hand_edits`` can take a text that is not the tool's as an edit of that row's message, as an
edit of the tracker's ``Draft`` column is taken. Its To, Email and Due cells come too: they
are the tool's copies of the row's contact and due date, and a person's value typed there is
said and saved, not kept (``hand_edits`` ``_message_cell_edits``; report ot118, F2: they were
put back without a word).

Read only when the file is not the tool's own last version (``rerun.is_own_version``): a file
no one has saved since the tool wrote it holds nothing typed there. Read with calamine, the
link's row from its saved value ("Interviews row 5", as Excel, LibreOffice and the tool save
it); a file saved by a script keeps the formula alone, whose row is read from the sheet's XML.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import unescape

import pandas as pd

from followup_batch.read.package import open_package, read_part, read_sheets

# The Drafts sheet's headers of the message's texts, as ``write.xlsx.own_sheets`` writes
# them, and the tracker's owned column each one is the message of.
KEYS = {"Subject": "draft_subject", "Draft": "draft"}
# Its headers of whom and when a message goes, as the key ``hand_edits`` knows each by (the
# row's contact and Next due, copied there by the tool).
ROW_KEYS = {"To": "to", "Email": "email", "Due": "due"}
TRACKER_ROW = "Tracker row"
LINK_ROW = " row "  # the link's text: "Interviews row 5" (``write.xlsx.formulas.row_link``)
COLUMNS = ["sheet", "row", "key", "text", "cell", "about"]
# Its headers of the application a message is of, as the tool writes them there.
ABOUT = ("Company", "Position")
# ROW('Sheet'!$A$5) in the Tracker row's link formula: the sheet's name quoted, its quotes
# doubled; each piece bounded, or a class its neighbour cannot take.
_ROW_OF = re.compile(r"ROW\('((?:[^']|'')*)'!\$[A-Z]{1,3}\$(\d{1,7})\)")


def drafts_sheet_texts(path: Path) -> pd.DataFrame:
    """The Subject and Draft cells of ``path``'s Drafts sheet, one row each (``COLUMNS``: the
    tracker sheet and Excel row the message is of, the tracker's owned column ``key``, the
    text, and the cell as Excel names it, ``Drafts!J2``), and its filled To, Email and Due
    cells (``ROW_KEYS``; a Due cell's value as read, a date, not a text), each with the
    message's company and position as that row shows them (``about``: a link is not moved by
    a sort of the tracker's rows, ``csv_workbook`` checks it). Empty when the
    workbook has no Drafts sheet of the tool's or it cannot be read: then nothing typed there
    is found, as before."""
    from followup_batch.read.xlsx_cells import _reraise_fatal

    try:
        return pd.DataFrame(_texts(path), columns=COLUMNS)
    except BaseException as exc:  # calamine's panics too: the sheet is then not looked at
        _reraise_fatal(exc)
        return pd.DataFrame(columns=COLUMNS)


def _texts(path: Path) -> list[tuple[str, int, str, object, str, tuple[str, str]]]:
    with zipfile.ZipFile(path) as archive:
        package = open_package(archive)
        if package.workbook_part is None or package.binary:
            return []
        found = read_sheets(archive, package.workbook_part)
        parts = found.worksheets
        generated = [name for name in found.generated if name in parts]
        if not generated:
            return []
        from python_calamine import CalamineWorkbook

        from followup_batch.read.xlsx_cells import MAX_DENSE_CELLS, dense_cells

        book = CalamineWorkbook.from_path(str(path))
        texts = []
        for name in generated:
            xml = read_part(archive, parts[name])
            # calamine holds a sheet as a rectangle from A1 to its farthest cell, and a sheet
            # claiming XFD1048576 makes it abort the process (no exception to catch): such a
            # sheet is not looked at, as one it cannot read (a damaged copy, test_mutation_fuzz).
            if dense_cells(xml) > MAX_DENSE_CELLS:
                continue
            rows = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
            texts += _messages(name, rows, xml)
    return texts


def _messages(
    name: str, rows: Sequence[Sequence[object]], xml: bytes
) -> list[tuple[str, int, str, object, str, tuple[str, str]]]:
    """The texts of one of the tool's sheets headed as its Drafts sheet is; none of another
    (the Summary, the Calendars). ``xml``: the sheet's XML, looked at only when a link has no
    saved value."""
    from followup_batch.read.column_letters import column_letter

    if not rows:
        return []
    header = [str(value) if value is not None else "" for value in rows[0]]
    if TRACKER_ROW not in header or not set(KEYS) <= set(header):
        return []
    link = header.index(TRACKER_ROW)
    at = {header.index(title): key for title, key in KEYS.items()}
    row_at = {header.index(title): key for title, key in ROW_KEYS.items() if title in header}
    about_at = [header.index(title) if title in header else None for title in ABOUT]
    plain = name.replace("_", "").isalnum() and not name[0].isdigit()
    shown = name if plain else "'" + name.replace("'", "''") + "'"  # as Excel names it
    formulas: dict[int, tuple[str, int]] | None = None
    found = []
    for number, values in enumerate(rows[1:], start=2):
        texts = [(column, key, values[column]) for column, key in at.items()]
        texts = [(c, k, t) for c, k, t in texts if isinstance(t, str) and t.strip()]
        texts += [
            (column, key, values[column])
            for column, key in row_at.items()
            if column < len(values) and _filled(values[column])
        ]
        if not texts:
            continue
        target = _linked_row(values[link] if link < len(values) else None)
        if target is None:  # saved by a script: the formula alone
            if formulas is None:
                formulas = _link_formulas(xml, column_letter(link + 1))
            target = formulas.get(number)
        if target is None:
            continue
        company, position = (
            str(values[at]).strip() if at is not None and at < len(values) and values[at] else ""
            for at in about_at
        )
        for column, key, text in texts:
            cell = f"{shown}!{column_letter(column + 1)}{number}"
            value = text if key == "due" else str(text)
            found.append((*target, key, value, cell, (company, position)))
    return found


def _filled(value: object) -> bool:
    """Whether a cell holds something: not empty, nor spaces alone."""
    return value is not None and (not isinstance(value, str) or bool(value.strip()))


def _linked_row(value: object) -> tuple[str, int] | None:
    """The tracker sheet and row a link's saved text names ("Interviews row 5")."""
    if not isinstance(value, str):
        return None
    sheet, _, row = value.rpartition(LINK_ROW)
    return (sheet, int(row)) if sheet and row.isdigit() else None


def _link_formulas(xml: bytes, letter: str) -> dict[int, tuple[str, int]]:
    """Drafts row -> the tracker sheet and row of the link formula in column ``letter``, read
    from the sheet's XML (a file saved by a script keeps no value of a formula)."""
    cell = re.compile(
        rb'<(?:\w+:)?c r="' + letter.encode() + rb'(\d{1,7})"[^>]*>\s*<(?:\w+:)?f>([^<]*)<'
    )
    found = {}
    for match in cell.finditer(xml):
        target = _ROW_OF.search(unescape(match[2].decode("utf-8", "replace"), {"&apos;": "'"}))
        if target is not None:
            found[int(match[1])] = (target[1].replace("''", "'"), int(target[2]))
    return found
