"""A workbook's cell values as rows, fast: python-calamine first, openpyxl read-only as fallback.

Why calamine: openpyxl's read-only parser spends about 4.3 s of a 4.9 s run on a 50,000-row
tracker; calamine parses the same sheet in Rust in a fraction of that. Its results are what
Excel saved: cached formula values, dates for date-formatted numbers (1904 workbooks
included), booleans, numbers and text.

``SheetGrid.rows[i]`` is Excel row ``i + 1`` and ``rows[i][j]`` column ``j`` (0 = A): calamine's
``to_python(skip_empty_area=False)`` starts at A1 however far down and right the data starts.
Empty cells are ``''`` (calamine) or ``None`` (openpyxl); callers treat both as empty.

Two things calamine does not say, read from the sheet XML instead (only when the sheet has
formulas or error values at all, and only for the cells the caller asks about):
- a formula cell without a saved value (files written by scripts, never opened in Excel);
- an error value (#N/A, #REF!, ...), which calamine returns as an empty cell.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import warnings
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from followup_batch.errors import UnsupportedFile
from followup_batch.read.damage import (
    copied_damage_notes,
    damaged_message,
    malformed_part_message,
    missing_sheet_notes,
    own_twice_notes,
    refuse_damaged_edited_parts,
    refuse_damaged_read_parts,
    refuse_damaged_sheets,
    refuse_missing_strings,
    sheet_damage,
)
from followup_batch.read.package import (
    COMMENTS_REL,
    DRAWING_REL,
    NO_RELATIONSHIPS,
    STYLES_REL,
    VML_REL,
    LyingPart,
    MalformedPackage,
    Relationships,
    SheetTable,
    WorkbookSheets,
    open_package,
    own_sheets_twice,
    read_part,
    read_rels,
    read_sheets,
    refuse_lying_parts,
    relationships,
    table_ranges,
    unpack_failure,
)
from followup_batch.text import first_and_more

# The openpyxl fallback streams rows; a formatted used range can claim a million empty rows,
# so after this many rows without a value the rest of the sheet is taken to be empty.
EMPTY_RUN_LIMIT = 10_000
# calamine holds a sheet as a dense rectangle from A1 to the last value; one stray value at
# XFD1048576 would ask for 17 billion cells. Sheets whose stated dimension is larger than this
# are streamed by openpyxl instead.
MAX_DENSE_CELLS = 20_000_000
# A sheet's stated used range, near its start (``<dimension ref="A1:AF100001"/>``): its first
# row (None for a one-cell ref), its last column's letters and its last row.
DIMENSION = re.compile(rb'<(?:\w+:)?dimension\b[^>]*\bref="(?:[A-Z]+([0-9]+):)?([A-Z]+)([0-9]+)"')

Row = Sequence[object]


@dataclass
class SheetGrid:
    name: str
    rows: Sequence[Row]  # rows[i] is Excel row i + 1
    part: str | None = None  # the sheet's XML part in the package, e.g. 'xl/worksheets/sheet1.xml'
    xml: bytes | None = None  # that part's bytes (read once: extent check, formula scan)
    # Merged cells over several rows: (first row, first column, last row, last column),
    # 0-based (calamine's).
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    # Excel Tables on the sheet, by name.
    tables: dict[str, SheetTable] = field(default_factory=dict)
    # mailto: hyperlinks on cells: ((first row, first column, last row, last column), target),
    # rows 1-based, columns 0-based; only the sheets that have any.
    mail_links: list[tuple[tuple[int, int, int, int], str]] = field(default_factory=list)
    # Every hyperlink on cells (Excel's Insert > Link), as ``mail_links``: its target an address
    # ("https://jobs.example/123", "mailto:…") or a place in the workbook ("#Notes!A1").
    links: list[tuple[tuple[int, int, int, int], str]] = field(default_factory=list)
    # Relationship id -> (type, part) of the sheet's relationships inside the package (its
    # comments, drawing, tables), as read; None when not read (``refuse_damaged_workbook``).
    rels: dict[str, tuple[str, str]] | None = None


@dataclass
class WorkbookGrid:
    sheets: list[SheetGrid] = field(default_factory=list)
    names: list[str] = field(default_factory=list)  # every worksheet's name, in order
    reader: str = "calamine"  # or "openpyxl" when calamine could not open the file
    hidden: list[str] = field(default_factory=list)  # hidden sheets left unread (an archive)
    generated: frozenset[str] = frozenset()  # the tool's own sheets (Drafts, Summary, Calendars)
    # Sheets listed in the workbook whose part is not in the package (a damaged copy): name ->
    # the part named for it; never read (``package.WorkbookSheets.missing``).
    missing: dict[str, str] = field(default_factory=dict)
    # Sheets not asked for by name whose XML is not well-formed: name -> why
    # (``damage.sheet_damage``). Left unread and copied as they are, as a hidden one is; a
    # file whose other sheets hold no tracker is refused for them (``read.tracker``).
    damaged: dict[str, str] = field(default_factory=dict)


def read_grids(path: Path, workbook_part: str, only: str | None = None) -> WorkbookGrid:
    """Every worksheet's cells (only the sheet named ``only`` when given; others not parsed).

    Sheets the tool generated itself (Drafts, marked in the workbook) are listed in ``names``
    but never parsed: they hold no tracker, and a big tracker's Drafts sheet is the largest
    part of a re-run's reading. Nor are hidden sheets, unless named: a sheet the user hid (an
    archive of last year's search) is out of the way, not to be followed up (``hidden``)."""
    parts, generated, xml, tables, links, rels, missing = _sheet_parts_and_xml(path, workbook_part)
    skip = set(generated) | set(missing)
    try:
        if any(dense_cells(data) > MAX_DENSE_CELLS for data in xml.values()):
            raise _CalamineFailed()
        grid = _calamine_grids(path, only, skip, _damage_of(parts, xml, only))
    except _CalamineFailed as failure:
        if failure.password:
            raise UnsupportedFile(
                f"{path.name} is password-protected, so it cannot be read. Remove the password "
                "in Excel, save it as .xlsx and run again."
            ) from None
        readable = [name for name in xml if only is None or name == only]
        refuse_rows_out_of_order(path, parts, xml, [n for n in readable if n not in skip])
        try:
            grid = _openpyxl_grids(path, only, skip)
        except UnsupportedFile:
            damaged = _damaged_among(parts, xml, [n for n in readable if n != only])
            if damaged:
                grid = _openpyxl_grids(path, only, skip | set(damaged))
                grid.damaged = damaged
            else:
                # Say which sheet, part or cell is damaged rather than what the reader
                # tripped on.
                refuse_damaged_sheets(path, parts, xml, readable)
                refuse_missing_strings(path, workbook_part, parts, xml)
                refuse_damaged_read_parts(path, workbook_part)
                raise
    refuse_damaged_sheets(path, parts, xml, [sheet.name for sheet in grid.sheets], parse=False)
    for sheet in grid.sheets:
        sheet.part = parts.get(sheet.name)
        sheet.xml = xml.get(sheet.name)
        sheet.tables = tables.get(sheet.name, {})
        sheet.links = links.get(sheet.name, [])
        sheet.mail_links = [(cells, to) for cells, to in sheet.links if _is_mailto(to)]
        sheet.rels = rels.get(sheet.name)
    grid.generated = generated
    grid.missing = missing
    return grid


class _CalamineFailed(Exception):
    def __init__(self, password: bool = False) -> None:
        super().__init__()
        self.password = password


def _damage_of(
    parts: Mapping[str, str], xml: Mapping[str, bytes | None], only: str | None
) -> Callable[[str], str | None]:
    """Why a sheet a reader could not read is damaged (``damage.sheet_damage``), asked only
    after it failed; None for the sheet asked for by name, which is refused instead."""

    def damage(name: str) -> str | None:
        if name == only or name not in parts:
            return None
        return sheet_damage(name, parts[name], xml.get(name))

    return damage


def _damaged_among(
    parts: Mapping[str, str], xml: Mapping[str, bytes | None], names: Iterable[str]
) -> dict[str, str]:
    """Of the sheets ``names``, those not well-formed: name -> why (``damage.sheet_damage``)."""
    return {
        name: damage
        for name in names
        if name in parts and (damage := sheet_damage(name, parts[name], xml.get(name)))
    }


def _calamine_grids(
    path: Path, only: str | None, skip: set[str], damage: Callable[[str], str | None]
) -> WorkbookGrid:
    """The sheets' cells by calamine; a sheet it cannot read is left out when ``damage`` says
    why it is damaged (a list of values beside the tracker: copied as it is, not refused)."""
    from python_calamine import CalamineWorkbook, PasswordError, SheetTypeEnum, SheetVisibleEnum

    try:
        workbook = CalamineWorkbook.from_path(str(path))
    except PasswordError:
        raise _CalamineFailed(password=True) from None
    except BaseException as exc:  # CalamineError, or a Rust panic (a BaseException)
        _reraise_fatal(exc)
        raise _CalamineFailed() from None
    try:
        sheets = [m for m in workbook.sheets_metadata if m.typ == SheetTypeEnum.WorkSheet]
        names = [m.name for m in sheets]
        grid = WorkbookGrid(names=names)
        for sheet in sheets:
            name = sheet.name
            if (only is not None and name != only) or name in skip:
                continue
            if only is None and sheet.visible != SheetVisibleEnum.Visible:
                grid.hidden.append(name)
                continue
            try:
                found = workbook.get_sheet_by_name(name)
                rows = found.to_python(skip_empty_area=False)
                merged = found.merged_cell_ranges or []
            except BaseException as exc:
                _reraise_fatal(exc)
                if (why := damage(name)) is not None:
                    grid.damaged[name] = why
                    continue
                raise _CalamineFailed() from None
            merges = [(t, left, b, right) for (t, left), (b, right) in merged if b > t]
            grid.sheets.append(SheetGrid(name, rows, merges=sorted(merges)))
        return grid
    finally:
        workbook.close()


def fill_merges(
    sheet: SheetGrid,
    header_row: int,
    columns: Iterable[int],
    *,
    decided: Mapping[int, str] | None = None,
    apart: Callable[[list[Row], list[int]], str | None] | None = None,
) -> MergeFill:
    """The sheet's rows with each data cell of ``columns`` (the row's identity: company,
    position, client, dates) that a merged cell covers holding the merged cell's value (a
    company merged over its three interview rounds is each round's company), and a note
    naming the merges. Only rows with values of their own are filled (a merge that runs past
    the last row makes no rows), and only those columns: a notes block or an outcome merged
    over rows of several companies says nothing of each. Merges above or on the header row
    (titles) are left as they are; so is a covered cell that holds a value of its own.

    ``decided`` (column -> its header, e.g. the Outcome's) names columns whose merged value is
    what happened to an application: it is filled too when every row it covers is one
    application (``apart`` says why the rows, by their 0-based numbers, are not, after the
    identity merges are filled; None when they are), as a "Rejected" merged over a company's
    three rounds is each round's. Over several applications it stays its top row's: the note
    says so, and so does a problem on each row under it (``MergeFill.problems``)."""
    wanted = set(columns)
    rows = list(sheet.rows)
    cells: set[tuple[int, int]] = set()
    filled: list[str] = []
    held: list[tuple[int, int, int, int]] = []
    for top, column, bottom, right in sheet.merges:
        if top < header_row or top >= len(rows) or column >= len(rows[top]):
            continue
        value = rows[top][column]
        if value is None or value == "":
            continue
        if column in wanted:
            cells.update(_fill_down(rows, top, column, bottom, right, value))
            filled.append(_range(top, column, bottom, right))
        elif decided and column in decided:
            held.append((top, column, bottom, right))
    notes = []
    if filled:
        notes.append(
            f"Merged cells {first_and_more(filled)}: each row they cover is read with the "
            "merged value."
        )
    problems: dict[tuple[int, int], str] = {}
    for top, column, bottom, right in held:
        assert decided is not None and apart is not None
        under = _rows_of_their_own(rows, top, column, bottom, right)
        if not under:
            continue
        why = apart(rows, [top, *under])
        where = f"{decided[column]} merged over {_range(top, column, bottom, right)}"
        if why is None:
            cells.update(_fill_down(rows, top, column, bottom, right, rows[top][column]))
            notes.append(
                f"{where}: its rows are one application, so each row is read with "
                f'"{rows[top][column]}".'
            )
            continue
        notes.append(
            f"{where}: its rows are not all one application ({why}), so it counts for row "
            f"{top + 1} only; write it on each row it applies to."
        )
        for number in under:
            own = apart(rows, [top, number]) or why  # what sets this row apart, if it is
            problems[(number + 1, column)] = (
                f'the "{rows[top][column]}" merged from row {top + 1} counts for row {top + 1} '
                f"only ({own}); write this row's {decided[column]} here if it is this row's too"
            )
    return MergeFill(rows, notes, cells, problems)


class MergeFill(NamedTuple):
    rows: list[Row]
    notes: list[str]
    cells: set[tuple[int, int]]  # (Excel row, 0-based column): the cells read from a merge
    # (Excel row, 0-based column) -> why a merged decision (an Outcome) is not that row's
    problems: dict[tuple[int, int], str]


def _rows_of_their_own(
    rows: list[Row], top: int, column: int, bottom: int, right: int
) -> list[int]:
    """The rows under a merge's top row that hold values of their own outside it (a merge
    that runs past the last round covers no blank rows) and an empty cell under it."""
    found = []
    for number in range(top + 1, min(bottom, len(rows) - 1) + 1):
        row = rows[number]
        others = any(
            v is not None and v != "" and not isinstance(v, bool)
            for at, v in enumerate(row)
            if not column <= at <= right
        )
        if others and column < len(row) and (row[column] is None or row[column] == ""):
            found.append(number)
    return found


def _fill_down(
    rows: list[Row], top: int, column: int, bottom: int, right: int, value: object
) -> list[tuple[int, int]]:
    """Fills the cells under a merge's top row (``_rows_of_their_own``); their (Excel row,
    column)."""
    numbers = _rows_of_their_own(rows, top, column, bottom, right)
    for number in numbers:
        row = rows[number]
        rows[number] = [*row[:column], value, *row[column + 1 :]]
    return [(number + 1, column) for number in numbers]


def _range(top: int, column: int, bottom: int, right: int) -> str:
    return f"{_letters(column)}{top + 1}:{_letters(right)}{bottom + 1}"


def _letters(column: int) -> str:
    from followup_batch.read.column_letters import column_letter

    return column_letter(column + 1)


def _reraise_fatal(exc: BaseException) -> None:
    if isinstance(exc, (KeyboardInterrupt, SystemExit, MemoryError, GeneratorExit)):
        raise exc


def _openpyxl_grids(path: Path, only: str | None, skip: set[str]) -> WorkbookGrid:
    from openpyxl import load_workbook

    # openpyxl inflates each part whole before zipfile compares its size (calamine stops at
    # the declared size): a forged one is refused first, on this rarer path only.
    with zipfile.ZipFile(path) as archive:
        refuse_lying_parts(archive)
    with path.open("rb") as handle, warnings.catch_warnings():
        # openpyxl warns about every extension it drops; reading values loses nothing.
        warnings.simplefilter("ignore")
        try:
            # A file object skips openpyxl's check of the extension (the bytes said xlsx).
            workbook = load_workbook(handle, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many kinds on damaged files
            raise UnsupportedFile(
                f"{path.name}: cannot read the workbook ({type(exc).__name__}: {exc}). "
                "Open it in Excel and save it again, or restore it from a backup."
            ) from None
        try:
            grid = WorkbookGrid(names=[ws.title for ws in workbook.worksheets], reader="openpyxl")
            for ws in workbook.worksheets:
                if (only is not None and ws.title != only) or ws.title in skip:
                    continue
                if only is None and ws.sheet_state != "visible":
                    grid.hidden.append(ws.title)
                    continue
                ws.reset_dimensions()  # the stored used range may be wrong either way
                rows = _until_empty(ws.iter_rows(values_only=True))
                grid.sheets.append(SheetGrid(ws.title, rows))
            return grid
        except Exception as exc:
            raise UnsupportedFile(
                f"{path.name}: cannot read the workbook ({type(exc).__name__}: {exc}). "
                "Open it in Excel and save it again, or restore it from a backup."
            ) from None
        finally:
            workbook.close()


def refuse_rows_out_of_order(
    path: Path, parts: Mapping[str, str], xml: Mapping[str, bytes | None], sheets: Iterable[str]
) -> None:
    """Raise ``UnsupportedFile`` naming the first of ``sheets`` whose rows are not stored in
    order (row 9 after row 200, as some scripts write them): openpyxl, the reader of a sheet
    too large for calamine, drops such rows without a word, while Excel, LibreOffice and
    calamine place them by their number (ot84 F3). Asked on that rarer path only."""
    for name in sheets:
        data = xml.get(name)
        last = 0
        for match in _LAST_ROW.finditer(data or b""):
            number = int(match[1])
            if number <= last:
                raise UnsupportedFile(
                    f'{path.name}: its sheet "{name}" ({parts[name]}) stores row {number} after '
                    f"row {last}, out of order, which the reader of such a sheet would miss; "
                    "nothing was read or written. Open it in Excel or LibreOffice and save it "
                    "again (rows are then stored in order)."
                )
            last = number


def _until_empty(rows: Iterable[Row]) -> list[Row]:
    """The rows up to the last one with a value, giving up after EMPTY_RUN_LIMIT empty rows."""
    kept: list[Row] = []
    pending: list[Row] = []
    for row in rows:
        if any(v is not None and v != "" and not isinstance(v, bool) for v in row):
            kept.extend(pending)
            pending.clear()
            kept.append(_dates_at_midnight(row))
        else:
            pending.append(row)
            if len(pending) >= EMPTY_RUN_LIMIT:
                break
    return kept


def _dates_at_midnight(row: Row) -> Row:
    """A row openpyxl read, its date cells at midnight dates, as calamine gives them: openpyxl
    gives a datetime, which a problem then quoted as "2026-11-04 00:00:00" where the cell
    shows 2026-11-04 (ot128 F4: LibreOffice saves an empty row 1048576 after a row is deleted,
    and a sheet that long is read by openpyxl)."""
    if not any(isinstance(v, dt.datetime) for v in row):
        return row
    return tuple(_date_if_midnight(v) for v in row)


def _date_if_midnight(value: object) -> object:
    """``value``, a date when it is a datetime at midnight (calamine's reading)."""
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date()
    return value


# ---------------------------------------------------------------------------------------------
# The package's parts: which XML holds which sheet
# ---------------------------------------------------------------------------------------------


def refuse_damaged_workbook(
    path: Path,
    sheets: Iterable[str],
    *,
    sheets_too: bool = True,
    rels: Mapping[str, Mapping[str, tuple[str, str]] | None] | None = None,
) -> None:
    """Raise ``UnsupportedFile`` naming the first of the worksheets ``sheets`` of ``path``
    that is not well-formed XML or is stored as UTF-16 (``damage.refuse_damaged_sheets``), or
    the first part a write edits beside them that it cannot edit safely (the styles, their
    comments, drawing and VML: ``damage.refuse_damaged_edited_parts``); nothing when the
    package itself cannot be opened (its reader says why). For ``check``, ``--dry-run`` and
    ``digest``, and a run whose output did not read back. A run asks before its work without
    ``sheets_too``: parsing every sheet strictly costs about a second per 70 MB of sheet XML,
    which only a damaged file would repay, while the edited parts are small. ``rels``: the
    sheets' relationships as the run read them (``SheetGrid.rels``), not parsed again (a
    written tracker's are 23 MB of mailto: links at 100,000 rows)."""
    try:
        with zipfile.ZipFile(path) as archive:
            workbook_part = open_package(archive).workbook_part
            if workbook_part is None:
                return
            book = read_sheets(archive, workbook_part)
            parts = book.worksheets
            # Only the sheets asked about are unpacked: a run asks for each other tracker
            # sheet of a workbook of month sheets, and every sheet read each time added up.
            named = [name for name in sheets if name in parts]
            xml = {
                name: _part_bytes(path, archive, name, parts[name]) for name in named if sheets_too
            }
            edited = list(_edited_parts(archive, book, {n: parts[n] for n in named}, rels or {}))
    except (zipfile.BadZipFile, OSError, KeyError, ValueError, RuntimeError, EOFError):
        return
    refuse_damaged_sheets(path, parts, xml, named)
    refuse_damaged_edited_parts(path, edited)


_EDITED = {COMMENTS_REL: "the comments", DRAWING_REL: "the drawing", VML_REL: "the comment boxes"}


def _edited_parts(
    archive: zipfile.ZipFile,
    book: WorkbookSheets,
    sheets: Mapping[str, str],
    read: Mapping[str, Mapping[str, tuple[str, str]] | None],
) -> Iterator[tuple[str, str, bytes]]:
    """The parts a write edits beside the tracker ``sheets`` (name -> part), as
    ``damage.refuse_damaged_edited_parts`` takes them: the workbook's styles, each sheet's
    comments, drawing and VML comment boxes (edited as text: Excel's VML is not always XML).
    ``read``: the relationships of those of the sheets the run read already."""
    names = frozenset(archive.namelist())
    styles = book.part_of(STYLES_REL)
    if styles is not None and styles in names:
        yield f"its styles ({styles}) are", STYLES_REL, read_part(archive, styles)
    for name, sheet_part in sheets.items():
        rels = read.get(name)
        if rels is None:
            rels = read_rels(archive, sheet_part, names)
        for kind, part in rels.values():
            said = _EDITED.get(kind)
            if said is None or part not in names:
                continue
            data = read_part(archive, part)
            if kind in (COMMENTS_REL, VML_REL) and not data.strip():
                continue  # emptied by another program: the write makes it afresh
            verb = "is" if kind == DRAWING_REL else "are"
            yield f'{said} of its sheet "{name}" ({part}) {verb}', kind, data


def damaged_copy_notes(path: Path, written: Iterable[str | None]) -> list[str]:
    """What a write of the tracker sheets ``written`` into the workbook at ``path`` carries
    over damaged (``damage.copied_damage_notes``): every other sheet of the person's (a hidden
    list of values, a chart sheet, another month's tracker), which the package editor copies
    byte for byte. The tool's own sheets are rewritten, and a damaged tracker sheet is refused
    (``refuse_damaged_workbook``). Nothing when the package cannot be opened (its reader says
    why). A run pays for parsing the sheets it does not read: a second per 70 MB of XML."""
    try:
        with zipfile.ZipFile(path) as archive:
            workbook_part = open_package(archive).workbook_part
            if workbook_part is None:
                return []
            sheets = read_sheets(archive, workbook_part)
            names = frozenset(archive.namelist())
            skip = {*written, *sheets.generated}
            parts = {
                entry.name: part
                for entry in sheets.sheets
                if entry.name not in skip
                and (part := sheets.rels.get(entry.rel_id, ("", ""))[1]) in names
            }
            xml = {name: _unpacked(archive, part) for name, part in parts.items()}
            # The tool's own sheets are rewritten, but one whose part is missing is said: the
            # run fills the part its entry names (ot89 F5).
            # ... and one listed twice is said as what the run mends, not also as missing.
            twice: dict[str, list[str | None]] = {}
            for entry in own_sheets_twice(archive.read(workbook_part), sheets.sheets) or []:
                first = next(
                    s.name for s in sheets.sheets if s.name.casefold() == entry.name.casefold()
                )
                twice.setdefault(first, []).append(entry.part)
            missing = {
                n: p
                for n, p in sheets.missing.items()
                if (n not in skip or n in sheets.generated) and n not in twice
            }
    except (zipfile.BadZipFile, OSError, KeyError, ValueError, RuntimeError, EOFError):
        return []
    return (
        copied_damage_notes(parts, xml)
        + own_twice_notes(twice)
        + missing_sheet_notes(missing, sheets.generated)
    )


def _unpacked(archive: zipfile.ZipFile, part: str) -> bytes | None:
    """A part's bytes; None when it cannot be unpacked (the write's copy of it says so)."""
    try:
        return read_part(archive, part)
    except (zipfile.BadZipFile, zlib.error, OSError, ValueError, RuntimeError, EOFError):
        return None
    except LyingPart:  # a sheet the run copies as it is, never unpacking it
        return None


class _SheetParts(NamedTuple):
    """What ``read_grids`` takes from the package beside the cells, per worksheet name."""

    parts: dict[str, str]  # its XML part
    generated: frozenset[str]  # the tool's own sheets (Drafts, Summary, Calendars)
    xml: dict[str, bytes | None]  # the XML of the others
    tables: dict[str, dict[str, SheetTable]]  # their Excel Tables, by name
    links: dict[str, list[tuple[tuple[int, int, int, int], str]]]  # their cells' hyperlinks
    rels: dict[str, dict[str, tuple[str, str]]]  # their relationships in the package
    missing: dict[str, str]  # the sheets whose part is missing: name -> that part


_NO_SHEET_PARTS = _SheetParts({}, frozenset(), {}, {}, {}, {}, {})


def _sheet_parts_and_xml(path: Path, workbook_part: str) -> _SheetParts:
    """Worksheet name -> its XML part, the generated sheets (Drafts), the XML of the others,
    their Excel Tables, their mailto: links and their relationships, from one opening of the
    zip (each opening reads its whole directory again) and one parse of each sheet's
    relationships (a written tracker's hold a link per row).

    Nothing when the workbook or its relationships cannot be read (calamine then says why).
    """
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, RuntimeError, EOFError):
        return _NO_SHEET_PARTS
    with archive:
        try:
            found = read_sheets(archive, workbook_part)
        except MalformedPackage as exc:
            # calamine reads past a duplicate attribute that the writer refuses: check and
            # digest listed a file the run refused (ot148 F2).
            raise UnsupportedFile(malformed_part_message(path, exc)) from None
        except (zipfile.BadZipFile, OSError, KeyError, ValueError, RuntimeError, EOFError):
            return _NO_SHEET_PARTS
        generated = frozenset(found.generated)
        read = {name: part for name, part in found.worksheets.items() if name not in generated}
        xml = {name: _part_bytes(path, archive, name, part) for name, part in read.items()}
        names = frozenset(archive.namelist())
        rels = {name: _relationships(archive, part, names) for name, part in read.items()}
        tables = {
            name: {table.name: table for table in table_ranges(archive, rels[name].internal, names)}
            for name in read
        }
        links = {name: cell_links(xml.get(name), rels[name].external) for name in read}
    internal = {name: found.internal for name, found in rels.items()}
    return _SheetParts(found.worksheets, generated, xml, tables, links, internal, found.missing)


def _relationships(archive: zipfile.ZipFile, part: str, names: frozenset[str]) -> Relationships:
    """A sheet's relationships; none when they cannot be read (its tables and links are
    then left out, and a write says what it cannot edit)."""
    try:
        return relationships(archive, part, names)
    except (MalformedPackage, zipfile.BadZipFile, OSError, KeyError, ValueError):
        return NO_RELATIONSHIPS


# A cell's hyperlink: <hyperlink ref="F2" r:id="rId1"/> (a range "F2:F9" for several cells);
# the relationship's target is the URL. Written after the cells, so searched from the end.
_HYPERLINK = re.compile(rb"<(?:\w+:)?hyperlink\b([^>]*)>")
_LINK_REF = re.compile(rb'\bref="([A-Z]{1,3})([0-9]{1,7})(?::([A-Z]{1,3})([0-9]{1,7}))?"')
_LINK_ID = re.compile(rb'\b\w+:id="([^"]*)"')


def mail_links(
    xml: bytes | None, targets: Mapping[str, str]
) -> list[tuple[tuple[int, int, int, int], str]]:
    """The sheet's mailto: hyperlinks ("Email Dana" linked to ``mailto:dana@acme.com``): each
    one's cells (first row, first column, last row, last column; rows 1-based, columns 0-based)
    and its target (of ``targets``, the sheet's external relationships). Other links, and links
    that cannot be read, are left out."""
    return [(cells, to) for cells, to in cell_links(xml, targets) if _is_mailto(to)]


def _is_mailto(target: str) -> bool:
    return target[:7].casefold() == "mailto:"


_LINK_LOCATION = re.compile(rb'\blocation="([^"]*)"')


def cell_links(
    xml: bytes | None, targets: Mapping[str, str]
) -> list[tuple[tuple[int, int, int, int], str]]:
    """The sheet's hyperlinks on cells (Excel's Insert > Link: "posting" linked to
    ``https://jobs.example/123``), as ``mail_links``: an external one's target (of
    ``targets``), a link to a place in the workbook as "#" and its location ("#Notes!A1").
    Links that cannot be read are left out."""
    if not xml:
        return []
    tail = xml[xml.rfind(b"sheetData>") :]
    if b"hyperlink" not in tail:
        return []
    found = []
    for attributes in _HYPERLINK.findall(tail):
        ref = _LINK_REF.search(attributes)
        if ref is None:
            continue
        rel, place = _LINK_ID.search(attributes), _LINK_LOCATION.search(attributes)
        if rel is not None:
            target = targets.get(html.unescape(rel[1].decode("utf-8", "replace")))
        elif place is not None:
            target = "#" + html.unescape(place[1].decode("utf-8", "replace"))
        else:
            continue
        if target is None:
            continue
        first, last = (ref[1], ref[2]), (ref[3] or ref[1], ref[4] or ref[2])
        cells = (int(first[1]), _column_index(first[0]), int(last[1]), _column_index(last[0]))
        found.append((cells, target))
    return found


def _part_bytes(path: Path, archive: zipfile.ZipFile, name: str, part: str) -> bytes | None:
    """The XML of the sheet ``name``, unpacked whole and checked against its CRC (so the dense
    reader never meets a damaged or lying member); None when the part is missing."""
    try:
        return read_part(archive, part)
    except KeyError:
        return None
    except LyingPart:
        raise
    except (zipfile.BadZipFile, zlib.error, OSError, ValueError, RuntimeError, EOFError) as exc:
        why = unpack_failure(exc)
        raise UnsupportedFile(
            damaged_message(path, f'its sheet "{name}" ({part}) cannot be unpacked ({why})')
        ) from None


_LAST_ROW = re.compile(rb'<(?:\w+:)?row\b[^>]*?\br="([0-9]{1,7})"')
EXCEL_ROWS = 1_048_576
# Cell references with at least 3, 2 (from BA) and 2 (AA-AZ) letters: bounds on the width.
_WIDTH_BOUNDS = (
    (re.compile(rb'r="[A-Z]{3}[0-9]'), 16_384),
    (re.compile(rb'r="[B-Z][A-Z][0-9]'), 702),
    (re.compile(rb'r="A[A-Z][0-9]'), 52),
)


def _beyond(xml: bytes, row: int, end: int) -> bool:
    """Whether a row or cell reference before ``end`` has a row number of more digits than
    ``row``, or of as many digits with a larger leading digit (one scan at a literal's
    speed)."""
    return re.compile(rb'r="' + _beyond_reference(row)).search(xml, 0, end) is not None


def _beyond_reference(row: int) -> bytes:
    """A row or cell reference's text after ``r="`` with a row number beyond ``row``."""
    text = str(row)
    longer = rb"[0-9]{%d}" % (len(text) + 1)
    first = int(text[0])
    if first < 9:
        same = rb"[%d-9][0-9]{%d}\"" % (first + 1, len(text) - 1)
        longer = rb"(?:%s|%s)" % (longer, same)
    return rb"[A-Z]{0,3}" + longer


def _nothing_far(xml: bytes, row: int, end: int) -> bool:
    """Whether no reference before ``end`` lies beyond ``row`` (``_beyond``) and none has a
    column past AZ (the first two ``_WIDTH_BOUNDS``): one search for all three, each as rare
    in a sheet as the others, where ``dense_cells`` would scan the whole sheet for each (0.41
    CPU s for three of 0.33, 0.16 and 0.15 on a written 100,000-row tracker's 226 MB)."""
    wide = b"|".join(pattern.pattern[len(b'r="') :] for pattern, _ in _WIDTH_BOUNDS[:2])
    far = re.compile(rb'r="(?:' + _beyond_reference(row) + b"|" + wide + b")")
    return far.search(xml, 0, end) is None


def too_large_to_hold(path: Path) -> bool:
    """Whether a worksheet of the workbook ``path`` would make calamine hold more than
    ``MAX_DENSE_CELLS`` cells (``dense_cells``): on one reaching XFD1048576 it aborts the
    process, which no ``except`` catches. For a reader of a workbook that does not go through
    ``read_grids`` (``csv_workbook.existing_output``). A package it cannot open is not: then
    calamine refuses it with an error."""
    try:
        with zipfile.ZipFile(path) as archive:
            package = open_package(archive)
            if package.workbook_part is None or package.binary:
                return False
            parts = read_sheets(archive, package.workbook_part).worksheets.values()
            return any(dense_cells(read_part(archive, part)) > MAX_DENSE_CELLS for part in parts)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError, RuntimeError, EOFError, LyingPart):
        return False  # a damaged package (MalformedPackage is a ValueError): calamine says why


def dense_cells(xml: bytes | None) -> int:
    """An upper bound of the cells calamine would hold for this sheet (rows x columns).

    calamine allocates a rectangle from A1 to the farthest cell, so the bound comes from the
    cells themselves, never from the sheet's word for it: the number of the row holding the
    last cell, raised when any row or cell reference before that cell lies beyond it (a far
    row first, a cell outside its row); the width bounded by searching for long column
    letters, only as far as needed to prove the sheet is small. A stated dimension larger
    than that counts too, down to that row. Row elements after the last cell hold none:
    LibreOffice saves an empty ``<row r="1048576" ...></row>`` once a row was deleted, and
    its dimension runs to it (``A1:Z1048576``); calamine holds nothing for either.
    """
    if not xml:
        return 0
    end = _cells_end(xml)
    tail = xml.rfind(b"<row ", 0, end)
    m = _LAST_ROW.match(xml, tail) if tail >= 0 else None
    last_row = int(m[1]) if m else 0
    near = last_row < EXCEL_ROWS and _nothing_far(xml, last_row, end)
    if last_row < EXCEL_ROWS and not near and _beyond(xml, last_row, end):
        # Some row or cell lies beyond the last cell's row (a row stored out of order, after
        # row 200): bound it by the digits of the longest row number found, one scan a digit.
        digits = len(str(last_row))
        while digits < len(str(EXCEL_ROWS)) and _beyond(xml, 10**digits - 1, end):
            digits += 1
        last_row = min(EXCEL_ROWS, 10**digits)
    stated = DIMENSION.search(xml, 0, 4096)
    stated_cells = (_column_index(stated[2]) + 1) * min(int(stated[3]), last_row) if stated else 0
    width = 26
    for index, (pattern, bound) in enumerate(_WIDTH_BOUNDS):
        if last_row * bound <= MAX_DENSE_CELLS:
            width = bound
            break
        if not (near and index < 2) and pattern.search(xml, 0, end):  # ``near``: none past AZ
            width = bound
            break
    return max(stated_cells, last_row * width)


# What may follow an element's name in its start tag: <c r="A1">, <c>, <c/>, <c\n r=...>.
_NAME_ENDS = (b" ", b"\t", b"\r", b"\n", b">", b"/")


def _cells_end(xml: bytes) -> int:
    """Where the start tag of the sheet's last cell (``<c r="N20000" s="0" t="s">``, or a
    prefixed ``<x:c ...>``) has surely ended: at the next "<", which no attribute holds. Found
    by searching back from the end; the whole sheet when it has no cell. Every cell and every
    row holding one is before it."""
    start = _last_name(xml, b"<c", 0)
    start = max(start, _last_name(xml, b":c", max(start, 0)))  # <x:c>: a prefixed part, rare
    end = xml.find(b"<", start + 1) if start >= 0 else -1
    return end if end >= 0 else len(xml)


def _last_name(xml: bytes, name: bytes, floor: int) -> int:
    """Where the last ``name`` (``b"<c"``) from ``floor`` on is followed by the end of an
    element's name (not ``<color``, ``<cfRule``), or -1."""
    at = xml.rfind(name, floor)
    while at >= 0 and xml[at + len(name) : at + len(name) + 1] not in _NAME_ENDS:
        at = xml.rfind(name, floor, at)
    return at


# ---------------------------------------------------------------------------------------------
# Formulas without a saved value, and error values
# ---------------------------------------------------------------------------------------------

NO_SAVED_VALUE = "formula without a saved value — open and save the file in Excel once"
# Where a formula or an error value starts; plain substrings, found at memchr speed.
_FORMULA_MARK = re.compile(rb"<f[ \t\r\n>/]")  # <f>, <f t="shared" ...>, <f/>; not <font>
_ERROR_MARK = b't="e"'
_PREFIXED_FORMULA = re.compile(rb"<\w+:f[\s>/]")
# A clue that the part's names are prefixed (``</x:f>``, ``<x:f t=...>``, its attributes after
# a tab or a line break too): one search for all, 0.13 CPU s on a written 100,000-row
# tracker's 236 MB where ``b":f>" in xml or b":f " in xml`` took 0.38 (the last byte of each,
# ">" or " ", is everywhere in XML: the substring search stops at every one).
_PREFIX_CLUE = re.compile(rb":f[\s>]")
_REF = re.compile(rb'\br="([A-Z]{1,3})([0-9]{1,7})"')
# A cell's elements, in a part whose writer may prefix its names (<x:f>), shared with the
# writer (``write.xlsx.cells``, ``write.xlsx.retyped``). Each run of them stops at the first
# "<" or ">", so a long hostile cell is read once.
# Where a cell or a formula starts: <f>, <f t="shared" ...>, <f/>; not <font>.
CELL_START = re.compile(rb"<(?:\w+:)?c\b")
FORMULA_START = re.compile(rb"<(?:\w+:)?f[\s>/]")
# A formula: group 1 its attributes, group 2 its text (None for a shared formula's other
# cells, written <f t="shared" si="0"/>).
FORMULA = re.compile(rb"<(?:\w+:)?f\b([^>]*?)(?:/>|>([^<]*)</(?:\w+:)?f>)")
# A saved value: group 1 its text (None for <v/>, which scripts write for no value).
VALUE = re.compile(rb"<(?:\w+:)?v\b[^>]*?(?:/>|>([^<]*)</(?:\w+:)?v>)")
MAX_REPORTED_CELLS = 10_000


class ErrorValue(NamedTuple):
    """An error value a cell holds as Excel saved it (``<c t="e"><v>#N/A</v></c>``), which
    calamine reads as an empty cell and openpyxl as its text; ``formula``: whether a formula
    gave it (else it was typed in, or written so by a script)."""

    error: str
    formula: bool


def formula_problems(
    xml: bytes | None,
    columns: Iterable[int],
    below_row: int,
    markers: Sequence[int] | None = None,
) -> dict[tuple[int, int], str | ErrorValue]:
    """(Excel row, 0-based column) -> ``NO_SAVED_VALUE`` for a formula without a saved value,
    or the cell's ``ErrorValue``, in ``columns`` below ``below_row``. ``markers``:
    ``formula_markers(xml)``, when the caller has them.

    Cheap on sheets without formulas: a few substring searches over the sheet XML.
    """
    wanted = set(columns)
    if not xml or not wanted:
        return {}
    found: dict[tuple[int, int], str | ErrorValue] = {}
    if markers is None:
        markers = formula_markers(xml)
    for position in markers:
        cell = _enclosing_cell(xml, position)
        if cell is None:
            continue
        ref = _REF.search(cell)
        if ref is None:
            continue
        column, row = _column_index(ref[1]), int(ref[2])
        if column not in wanted or row <= below_row or (row, column) in found:
            continue
        reason = _cell_reason(cell)
        if reason is not None:
            found[(row, column)] = reason
            if len(found) >= MAX_REPORTED_CELLS:
                break
    return found


def broken_rows(
    problems: Mapping[tuple[int, int], str | ErrorValue],
    columns: Iterable[int],
    kept: Iterable[int],
) -> dict[int, dict[int, str]]:
    """The rows, not among the tracker's rows ``kept``, whose every cell in ``columns`` (those
    read) is among ``problems`` (``formula_problems``): an error value, which calamine reads as
    an empty cell, or a formula without a saved value; a row of them was passed over as blank
    (fx228 3, 4). Excel row -> 0-based column -> its error value ("#REF!"), '' for a formula
    without a saved value (``body.UNSAVED``)."""
    wanted, rows = set(columns), set(kept)
    if not wanted:
        return {}
    found: dict[int, dict[int, str]] = {}
    for (row, col), why in problems.items():
        if row not in rows and col in wanted:
            found.setdefault(row, {})[col] = why.error if isinstance(why, ErrorValue) else ""
    return {row: cells for row, cells in sorted(found.items()) if len(cells) == len(wanted)}


# A reference to another sheet in a formula: 'My sheet'!A2 or Sheet1!A2.
# A bare name from its first letter only (each letter tried in turn scanned the rest).
_SHEET_REF = re.compile(r"(?:'((?:[^']|'')+)'|(?<![^\W\d])([^\W\d][\w.]*))!")


def mirrored_sheet(xml: bytes | None, filled: dict[int, list[int]]) -> str | None:
    """The sheet whose rows this one shows through formulas: every filled cell (``filled``:
    0-based column -> its Excel rows with a value) is a formula, and every formula there
    refers to one and the same other sheet (``='2026'!A2``, ``=IF(Jobs!A2="","",Jobs!A2)``).
    None otherwise. The sheet's XML is searched once, for all the columns."""
    wanted = {(row, column) for column, rows in filled.items() for row in rows}
    if not xml or not wanted or b"!" not in xml:
        return None
    found: set[tuple[int, int]] = set()
    sheets: set[str] = set()
    for position in _marker_positions(xml):
        cell = _enclosing_cell(xml, position)
        ref = _REF.search(cell) if cell is not None else None
        if cell is None or ref is None or FORMULA_START.search(cell) is None:
            continue
        at = (int(ref[2]), _column_index(ref[1]))
        if at not in wanted:
            continue
        found.add(at)
        text = _formula_text(cell)
        if text is not None:
            formula = html.unescape(text.decode("utf-8", "replace"))
            sheets.update((q or p).replace("''", "'") for q, p in _SHEET_REF.findall(formula))
    return sheets.pop() if found == wanted and len(sheets) == 1 else None


# A shared formula's id, in its ``<f ...>`` start tag.
_SHARED_ID = re.compile(rb'\bsi="(\d+)"')
ROWS_LOOKED_UP = 64  # more rows than this: the sheet's formulas are read in one pass


def status_formula_rows(xml: bytes | None, column: int, rows: Sequence[int]) -> frozenset[int]:
    """Those of ``rows`` (Excel rows) whose cell in ``column`` holds the tool's live status
    formula (``write.live.is_status_formula``), or that formula filled down (a shared one),
    whatever its saved value: a file saved by a library that does not compute has none, and
    the writer takes such a row's tool cells out all the same (``RowMerger``)."""
    from followup_batch.write.live import is_status_formula

    found = formula_texts(xml, column, rows)
    return frozenset(row for row, text in found.items() if is_status_formula(text))


def formula_texts(xml: bytes | None, column: int, rows: Sequence[int]) -> dict[int, str]:
    """Those of ``rows`` (Excel rows) whose cell in ``column`` holds a formula, each with its
    text (without "="; a shared formula's other cells the text of its first: as filled down,
    their own references aside)."""
    return formula_texts_in(xml, [column], rows).get(column, {})


def formula_texts_in(
    xml: bytes | None,
    columns: Sequence[int],
    rows: Sequence[int],
    markers: Sequence[int] | None = None,
) -> dict[int, dict[int, str]]:
    """``formula_texts`` for several columns at once, the sheet's formulas read in one pass:
    per column (of those holding any), its rows' formula texts. ``markers``:
    ``formula_markers(xml)``, when the caller has them."""
    from followup_batch.read.column_letters import column_letter

    if not xml or not rows or not columns or not may_hold_formulas(xml, markers):
        return {}
    by_letters = {column_letter(column + 1).encode(): column for column in columns}
    cells: list[tuple[int, int, bytes | None]] = []
    if len(rows) * len(columns) <= ROWS_LOOKED_UP:  # each cell's reference, at memchr speed
        for letters, column in by_letters.items():
            for n in rows:
                at = _find_outside_comments(xml, b'r="%s%d"' % (letters, n))
                if at >= 0:
                    cells.append((column, n, _enclosing_cell(xml, at)))
    else:
        wanted = set(rows)
        for position in _marker_positions(xml) if markers is None else markers:
            cell = _enclosing_cell(xml, position)
            ref = _REF.search(cell) if cell is not None else None
            if ref is not None and ref[1] in by_letters and int(ref[2]) in wanted:
                cells.append((by_letters[ref[1]], int(ref[2]), cell))
    texts: dict[int, dict[int, str]] = {}
    for column, row, found_cell in cells:
        cell = None if found_cell is None else _uncommented(found_cell)
        formula = FORMULA_START.search(cell) if cell is not None else None
        if cell is None or formula is None:
            continue
        text = _formula_text(cell)
        shared = _SHARED_ID.search(cell, formula.start())
        if text is None and shared is not None:  # filled down: its master holds the text
            master = _shared_master(xml, shared[1])
            text = None if master is None else master[1]
        found = "" if text is None else html.unescape(text.decode("utf-8", "replace"))
        texts.setdefault(column, {})[row] = found
    return texts


def typed_formulas(
    xml: bytes | None,
    columns: Iterable[int],
    rows: Iterable[int],
    markers: Sequence[int] | None = None,
) -> dict[tuple[int, int], tuple[str, int]]:
    """(Excel row, 0-based column) -> the formula typed in that cell of ``columns`` at ``rows``,
    whatever its saved value (none, or another program's): its text (without "=") and the row
    it is written from, its own, or for a shared formula's other cells (filled down) its first
    cell's text and row. One pass over the sheet's formulas (``markers``:
    ``formula_markers(xml)``, when the caller has them); a shared formula's first cell looked
    up once."""
    wanted_columns, wanted_rows = set(columns), set(rows)
    if not xml or not wanted_columns or not wanted_rows or not may_hold_formulas(xml, markers):
        return {}
    from followup_batch.read.column_letters import column_letter

    letters = {column_letter(column + 1).encode(): column for column in wanted_columns}
    found: dict[tuple[int, int], tuple[str, int]] = {}
    firsts: dict[bytes, tuple[str, int]] = {}
    for position in _marker_positions(xml) if markers is None else markers:
        # A plain <f> (not an error value's mark, nor <x:f>): its cell's start tag found
        # backwards and its text read where it is, no regular expression over the cell (0.5
        # CPU s for 300,000 formulas where the whole cell took 1.1).
        if xml.startswith(b"<f", position):
            start = xml.rfind(b"<c ", 0, position)
            if start < 0 or xml.find(b"</c>", start, position) >= 0:
                continue
            ref = _REF.search(xml, start, xml.find(b">", start))
            if ref is None or ref[1] not in letters or int(ref[2]) not in wanted_rows:
                continue
            tag_end = xml.find(b">", position) + 1
            tag = xml[position:tag_end]
            body = None if tag.endswith(b"/>") else xml[tag_end : xml.find(b"<", tag_end)]
        else:
            cell = _enclosing_cell(xml, position)
            ref = _REF.search(cell) if cell is not None else None
            if cell is None or ref is None or ref[1] not in letters:
                continue
            formula = FORMULA_START.search(cell)
            if formula is None or int(ref[2]) not in wanted_rows:  # an error value typed in
                continue
            tag = cell[formula.start() : cell.find(b">", formula.start()) + 1]
            body = _formula_text(cell)
        row = int(ref[2])
        shared = _SHARED_ID.search(tag) if b"si=" in tag else None
        if body is not None:
            words = body.decode("utf-8", "replace")
            typed = (html.unescape(words) if "&" in words else words, row)
            if shared is not None:
                firsts.setdefault(shared[1], typed)
        elif shared is not None:
            typed = firsts.get(shared[1]) or _shared_first(xml, shared[1])
            firsts[shared[1]] = typed
        else:
            typed = ("", row)
        found[(row, letters[ref[1]])] = typed
    return found


def _formula_text(cell: bytes) -> bytes | None:
    """The text of the cell's formula as saved (escaped); None without one, or for a shared
    formula's other cells, whose text is their first cell's."""
    found = FORMULA.search(cell)
    return None if found is None else found[2]


def _shared_master(xml: bytes, shared_id: bytes) -> re.Match[bytes] | None:
    """The ``<f>`` of the first cell of the shared formula ``shared_id``, the one holding its
    text (group 1), or None; one inside an XML comment is no cell's (``_outside_comments``)."""
    masters = re.finditer(rb'<(?:\w+:)?f\b[^>]*\bsi="%s"[^>]*(?<!/)>([^<]*)</' % shared_id, xml)
    if b"<!--" not in xml:
        return next(masters, None)
    return next((m for m in masters if _outside_comments(xml, [m.start()])), None)


def _uncommented(cell: bytes) -> bytes:
    """``cell`` without its XML comments: ``<c r="B3"><!-- <f>1+1</f> --><v>2</v></c>`` holds
    no formula. An unclosed comment runs to the cell's end."""
    if b"<!--" not in cell:
        return cell
    kept, at = [], 0
    start = cell.find(b"<!--")
    while start >= 0:
        kept.append(cell[at:start])
        end = cell.find(b"-->", start + 4)
        if end < 0:
            return b"".join(kept)
        at = end + 3
        start = cell.find(b"<!--", at)
    kept.append(cell[at:])
    return b"".join(kept)


def _shared_first(xml: bytes, shared_id: bytes) -> tuple[str, int]:
    """The text and row of the first cell of the shared formula ``shared_id`` ('', 0 when the
    sheet has none)."""
    first = _shared_master(xml, shared_id)
    cell = _enclosing_cell(xml, first.start()) if first is not None else None
    ref = _REF.search(cell) if cell is not None else None
    if first is None or ref is None:
        return "", 0
    return html.unescape(first[1].decode("utf-8", "replace")), int(ref[2])


def may_hold_formulas(xml: bytes | None, markers: Sequence[int] | None = None) -> bool:
    """Whether the sheet may hold a formula with its text: one ending in </f>, or in a part
    whose writer prefixed its names, in </x:f> (``_PREFIX_CLUE``), which a search for </f>
    alone passed over (a prefixed sheet's formulas were never read). ``markers``:
    ``formula_markers(xml)``, when the caller has them: none, nothing to look at."""
    if not xml:
        return False
    if markers is not None:
        return bool(markers)
    return b"</f>" in xml or _PREFIX_CLUE.search(xml) is not None


def formula_markers(xml: bytes | None) -> list[int]:
    """Where the sheet's formulas and error values are, in order (``formula_problems`` and
    ``formula_texts_in`` look at the cells around them): a search of the whole sheet, done
    once per sheet read (0.7 s on a written 100,000-row tracker's 240 MB). Empty on a sheet
    without any."""
    # Every formula with content ends in </f> (shared ones have a master that does). In a part
    # whose writer prefixed its names, the prefix's clue: a sheet whose only formulas are
    # <x:f t="shared" si="0"/> has no </x:f> (and the clue took 0.10 s on 110 MB without
    # formulas, where ``b":f>" in xml`` took 0.19).
    if not xml or (b"</f>" not in xml and _ERROR_MARK not in xml and not _PREFIX_CLUE.search(xml)):
        return []
    return _marker_positions(xml)


def _marker_positions(xml: bytes) -> list[int]:
    # One search for "<f" and the character after it (0.12 CPU s on a written 100,000-row
    # tracker's 226 MB, where finding each "<f" and looking at the next took 0.22).
    positions = {match.start() for match in _FORMULA_MARK.finditer(xml)}
    at = xml.find(_ERROR_MARK)
    while at >= 0:
        positions.add(at)
        at = xml.find(_ERROR_MARK, at + 1)
    if _PREFIX_CLUE.search(xml):  # namespace-prefixed parts (<x:f>), rare
        positions.update(m.start() for m in _PREFIXED_FORMULA.finditer(xml))
    if b"<!--" in xml:  # a comment, rare: none of its text is a cell
        return _outside_comments(xml, sorted(positions))
    return sorted(positions)


def _find_outside_comments(xml: bytes, text: bytes) -> int:
    """Where ``text`` first is in ``xml`` outside any XML comment (``_outside_comments``),
    or -1."""
    at = xml.find(text)
    if at >= 0 and b"<!--" in xml:
        while at >= 0 and not _outside_comments(xml, [at]):
            at = xml.find(text, at + 1)
    return at


def _outside_comments(xml: bytes, positions: list[int]) -> list[int]:
    """``positions`` (sorted) less those inside an XML comment: ``<!-- <c r="B3"><f>1+1</f>
    </c> -->``, a cell commented out, is no cell of the sheet. An unclosed comment runs to
    the part's end (the run then refuses the part as not well-formed)."""
    kept: list[int] = []
    at, index = xml.find(b"<!--"), 0
    while at >= 0:
        end = xml.find(b"-->", at + 4)
        end = len(xml) if end < 0 else end + 3
        while index < len(positions) and positions[index] < end:
            if positions[index] < at:
                kept.append(positions[index])
            index += 1
        at = xml.find(b"<!--", end)
    return kept + positions[index:]


def _enclosing_cell(xml: bytes, position: int) -> bytes | None:
    """The ``<c ...>...</c>`` element around ``position`` (inside a cell, or its start)."""
    start = xml.rfind(b"<", 0, position + 1)
    while start >= 0 and not CELL_START.match(xml, start):
        if xml.startswith(b"<row", start) or position - start > 1 << 16:
            return None
        start = xml.rfind(b"<", 0, start)
    if start < 0:
        return None
    open_end = xml.find(b">", start)
    if open_end < 0:
        return None
    if xml[open_end - 1 : open_end] == b"/":
        return xml[start : open_end + 1]
    end = xml.find(b"c>", open_end)  # </c> or </x:c>
    return xml[start : end + 2] if end >= 0 else None


def _cell_reason(cell: bytes) -> str | ErrorValue | None:
    opening = cell.split(b">", 1)[0]
    value = VALUE.search(cell)
    formula = FORMULA_START.search(cell) is not None
    if b't="e"' in opening and value is not None:
        error = (value[1] or b"").decode("utf-8", "replace").strip() or "an error"
        return ErrorValue(error, formula)
    if formula and not _has_saved_value(opening, value):
        return NO_SAVED_VALUE
    return None


def _has_saved_value(opening: bytes, value: re.Match[bytes] | None) -> bool:
    """Excel saves ``<v>`` with the result (``<v></v>`` for a text formula giving ""); scripts
    write no ``<v>``, or ``<v/>`` (openpyxl)."""
    if value is None or value[1] is None:
        return False
    return bool(value[1]) or b't="str"' in opening


def _column_index(letters: bytes) -> int:
    index = 0
    for char in letters:
        index = index * 26 + (char - 64)
    return index - 1
