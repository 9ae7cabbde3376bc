"""Write the owned columns into an xlsx/xlsm package by editing its parts directly.

openpyxl loads a workbook into its own model and writes a new one, dropping whatever it does
not model (and taking ~30 s for 100,000 rows); it is used only to create new workbooks. This
writer copies the package member by member instead: every part it does not need to change is
copied as the same compressed bytes; the tracker's worksheet is streamed row by row, the tool's
cells merged into each row and every other byte of the row left as it was; a few small parts
get the tool's additions.

What changes, and why, is the plan's (``plan``), made before a byte is written. This module
writes it: the members copied, changed or added, the tracker's sheet streamed with the
owned cells merged into its rows; and it asks a plan what a write would do, writing nothing
(``check_package``, ``sheet_layout``, ``planned_additions``: check and a dry run).
``sheet`` edits the worksheet's elements around its rows, ``parts`` its small parts, ``scan``
streams and scans the worksheet, ``cells`` makes the owned cells and merges them into the
rows, and ``extra_sheet`` makes the tool's own sheets (Drafts). ``verify`` checks the result.
"""

from __future__ import annotations

import datetime
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from followup_batch.errors import UnsafeWrite
from followup_batch.memory.marks_seen import BOOK_HEADER
from followup_batch.progress import CountedReads
from followup_batch.read.package import (
    COMMENTS_REL,
    SHARED_STRINGS_REL,
    open_package,
    read_rels,
    read_sheets,
)
from followup_batch.read.table import RawTable
from followup_batch.schedule.labels import NEEDS_INFO
from followup_batch.write import atomic
from followup_batch.write.columns import OWNED_COLUMNS
from followup_batch.write.outbox import SheetLayout
from followup_batch.write.xlsx.design import (
    CALENDAR_SHEET,
    DRAFTS_SHEET,
    SUMMARY_SHEET,
    extra_sheet_name,
)
from followup_batch.write.xlsx.extra_sheet import StreamedPart
from followup_batch.write.xlsx.notes import noted_as_of, noted_without_legend, tool_noted_columns
from followup_batch.write.xlsx.parts import own_sheet_names
from followup_batch.write.xlsx.plan import (
    Additions,
    Dated,
    PackageWrite,
    plan_write,
    tracker_sheet,
)
from followup_batch.write.xlsx.rowbytes import (
    CellSpan,
    RowFinder,
    cell_pattern,
    cells_of,
    row_number,
)
from followup_batch.write.xlsx.scan import (
    CHUNK,
    SheetText,
    cell_string,
    shared_strings_reader,
    stream_sheet,
)
from followup_batch.write.xlsx.sheet import column_runs, earlier_drop_down_notes
from followup_batch.write.xlsx.twice_listed import DroppedSheet
from followup_batch.write.xlsx.wellformed import xml_check
from followup_batch.write.xlsx.xmlbytes import attribute, column_letter
from followup_batch.write.xlsx.zipcontainer import Archive, ArchiveWriter, Deflated, Sealed

NEW_PART_TIME = (1980, 1, 1, 0, 0, 0)  # fixed, so that a re-run writes identical bytes


class Written(NamedTuple):
    """What a write changed: the parts touched, those the tool made (checked as made), and
    those it left out (``xl/calcChain.xml``)."""

    touched: set[str]
    made: set[str]
    removed: set[str]
    notes: list[str]  # for the person: a table not widened, a protected sheet
    news: list[str]  # those of the notes about this write, not the file: an object moved, an
    # old drop-down gone
    notices: list[str]  # those of the news a run shows without -v: the Excel Table lengthened
    # The second entries of the tool's own sheets the write drops (``twice_listed``), each
    # part kept in .followup-backups/ before the write lands.
    dropped: list[DroppedSheet] = []  # noqa: RUF012 (a NamedTuple's default, never changed)
    # The members as they were written, for ``verify`` to check without inflating them.
    sealed: dict[str, Sealed] = {}  # noqa: RUF012 (a NamedTuple's default, never changed)
    sheet_part: str = ""  # the tracker's worksheet, which holds no date stamp of the run
    dated: Dated | None = None  # the parts that hold the write's date (``restamp_package``)
    # Those of the news a run shows without -v too: a tool column retyped or deleted, written
    # again (``retyped``).
    again: list[str] = []  # noqa: RUF012 (a NamedTuple's default, never changed)
    # The heights of the tool's the write leaves on the tracker sheet's rows, for the record.
    # Excel row -> (its application, the height): ``row_heights.ToolHeights``' rows.
    heights: dict[int, tuple[str, float]] = {}  # noqa: RUF012 (a NamedTuple's default, never changed)

    @property
    def lengthened(self) -> bool:
        """The tracker's Excel Table took in the rows typed under it (``notices`` say so)."""
        return bool(self.notices)


def write_package(
    table: RawTable,
    owned: pd.DataFrame,
    source: Path,
    target: Path,
    as_of: datetime.date,
    additions: Additions,
) -> Written:
    """Write ``source`` with the owned columns to the new file ``target``; the parts it
    changed."""
    made = set()
    unchecked = set()  # made parts whose check failed on the way: ``verify`` parses them
    with Archive(source) as package:
        plan = plan_write(package, table, owned, as_of, additions)
        atomic.checkpoint("package-planned")
        with ArchiveWriter(target) as out:
            for info in package.infolist():
                if info.filename in plan.removed:
                    continue
                if info.filename == plan.sheet_part:
                    if _write_sheet(package, out, info, plan, len(owned)):
                        made.add(info.filename)
                elif info.filename in plan.changed:
                    if not _write_part(out, _like(info), plan.changed[info.filename]):
                        unchecked.add(info.filename)
                else:
                    _copy_member(package, out, info)
            for name, data in plan.added.items():
                new = zipfile.ZipInfo(name, NEW_PART_TIME)
                new.compress_type = zipfile.ZIP_DEFLATED
                if not _write_part(out, new, data):
                    unchecked.add(name)
    news = [*(moved.note() for moved in plan.moved), *earlier_drop_down_notes(plan.drop_downs)]
    again = plan.again.notes() if plan.again is not None else []
    notices = [longer.note() for longer in plan.lengthened if not longer.quiet]
    news += [longer.note() for longer in plan.lengthened if longer.quiet]  # -v: init's Table
    if plan.refilter is not None and plan.merger is not None:
        refilter_note = plan.refilter.note(plan.merger.sheet)
        notices += [refilter_note] if refilter_note else []
    news = [*news, *again, *notices]
    return Written(
        plan.touched,
        (plan.made - unchecked) | made,
        plan.removed,
        [*plan.notes, *news],
        news,
        notices,
        plan.dropped,
        out.sealed,
        plan.sheet_part,
        plan.dated,
        again,
        plan.merger.heights_left if plan.merger is not None else {},
    )


def restamp_package(built: Path, target: Path, dated: Dated, stamp: datetime.date) -> None:
    """Write to ``target`` the package ``built`` (a write's output) as that write dated
    ``stamp`` makes it (``stamps``): the parts that hold the date made again (``dated``), every
    other member copied as it is. For comparing only: its made parts are not checked as XML,
    and it is never kept."""
    made = dated.parts(stamp)
    with Archive(built) as package, ArchiveWriter(target) as out:
        for info in package.infolist():
            part = made.get(info.filename)
            if part is None:
                _copy_member(package, out, info)
            elif isinstance(part, StreamedPart):
                with out.open(_like(info)) as member:
                    member.writelines(part.chunks())
            else:
                _write_part(out, _like(info), part)


def _write_part(
    out: ArchiveWriter, info: zipfile.ZipInfo, data: bytes | StreamedPart | Deflated
) -> bool:
    """Write a part; False for a made one whose XML could not be checked as it went out."""
    if isinstance(data, bytes):
        out.write(info, data)
    elif isinstance(data, Deflated):
        out.write_deflated(info, data)
    else:
        with out.open(info) as member:
            return data.write_to(member)
    return True


def _write_sheet(
    package: Archive, out: ArchiveWriter, info: zipfile.ZipInfo, plan: PackageWrite, rows: int
) -> bool:
    """Stream the tracker's sheet (``rows`` rows) with the owned cells merged into its rows,
    checking its XML as it goes out (``wellformed``: aside for a big sheet): whether it parsed
    whole. One that did not (or could not be checked) is written all the same and left to
    ``verify``, which parses it again and says why it is refused (a sheet damaged before the
    run is named as such, ``refuse_damaged_workbook``); one that did is not parsed twice:
    ``verify`` checks that its bytes on disk are those written (``Sealed``), 0.6 CPU s less
    inflating a 100,000-row run's 226 MB sheet back."""
    pending: list[bytes] = []
    size = 0
    check = xml_check(rows)

    def written(data: bytes) -> None:
        check.feed(data)
        target.write(data)

    try:
        with out.open(_like(info)) as target:

            def emit(data: bytes) -> None:
                nonlocal size
                pending.append(data)
                size += len(data)
                if size >= CHUNK:
                    written(b"".join(pending))
                    pending.clear()
                    size = 0

            _merge_sheet(package, info, plan, emit, "writing the tracker sheet")
            written(b"".join(pending))
    except BaseException:
        check.abandon()
        raise
    return check.finish().whole


def _merge_sheet(
    package: Archive,
    info: zipfile.ZipInfo,
    plan: PackageWrite,
    emit: Callable[[bytes], None],
    what: str,
) -> None:
    """The tracker's sheet with the owned cells merged into its rows, to ``emit`` in pieces;
    how far it got is told as ``what`` (``progress``), by the bytes of the sheet read."""
    assert plan.merger is not None
    merger = plan.merger
    with package.stream(info) as source:
        text = SheetText()
        blocks = stream_sheet(CountedReads(source, what, info.file_size), text)
        started = False
        halfway = False
        for block in blocks:
            if not started:
                emit(plan.sheet_head + text.open)
                started = True
            merger.block(block, lambda data: emit(text.restore(data)))
            if not halfway:
                atomic.checkpoint("sheet-rows")
                halfway = True
        if not started:
            emit(plan.sheet_head + text.open)
        merger.finish(emit)
        emit(text.close + plan.sheet_tail)


def check_package(table: RawTable, rows: pd.Index, source: Path, as_of: datetime.date) -> None:
    """Raise what ``write_package`` would raise for the tracker's ``rows`` because of what the
    sheet holds (a table or cells of the person's in the way, a formula the tool's columns
    would cut), writing nothing: the write planned and the sheet's rows looked through, none
    merged. The values do not matter to these refusals: every row gets a status, as every
    run's row does."""
    owned = pd.DataFrame({"status": NEEDS_INFO}, index=rows)
    with Archive(source) as package:
        plan = plan_write(package, table, owned, as_of, Additions())
        assert plan.merger is not None
        plan.merger.checking = True
        info = package.getinfo(plan.sheet_part)
        _merge_sheet(package, info, plan, _discard, "checking the tracker sheet")


def sheet_layout(
    table: RawTable, rows: pd.Index, source: Path, as_of: datetime.date
) -> SheetLayout | None:
    """Where a write of the tracker's ``rows`` would put the tool's columns, writing nothing:
    the Drafts and Summary sheets of a run of another sheet (``--sheet``) point into this one
    as a run of every sheet does. None when the sheet has no status column of the tool's yet
    (never run): formulas counting its statuses would find none."""
    owned = pd.DataFrame({"status": NEEDS_INFO}, index=rows)
    with Archive(source) as package:
        plan = plan_write(package, table, owned, as_of, Additions())
    assert plan.block is not None
    if plan.block.columns["status"] in plan.block.new_columns:
        return None
    return plan.layout


def written_as_of(table: RawTable, source: Path) -> datetime.date | None:
    """The as-of date of the run that last wrote the tool's columns of the tracker sheet, as
    the note on its status header states it ("as of 2026-11-20", ``header_note``); None when
    the sheet has no such note. Raises what reading the package raises."""
    return noted_as_of(_header_notes(table, source), table.header_row)


def noted_without_a_legend(table: RawTable, source: Path) -> bool:
    """Whether the tracker sheet's status header note ends with its as-of line (no legend of
    the live statuses: ``notes.noted_without_legend``). Raises what reading raises."""
    return noted_without_legend(_header_notes(table, source), table.header_row)


def noted_columns(table: RawTable, source: Path) -> frozenset[int]:
    """The tracker sheet's header columns that carry the tool's note (``tool_noted_columns``):
    the tool's own columns, as the write finds them. Raises what reading raises."""
    return tool_noted_columns(_header_notes(table, source), table.header_row)


def calendar_columns(source: Path) -> tuple[tuple[str, float | None, float | None], ...]:
    """The calendar keys heading the columns of the workbook's hidden calendars sheet, in
    their order ('' for a column without one), each with the first and last numbers under it
    (its first and last days, date serials; None for none): the columns the live status
    formulas of its tracker sheets name from row 2 down (``formulas.calendar_sheet``), not
    the column of the marks kept after them (``BOOK_HEADER``). Empty when the tool has
    written no such sheet. Raises what reading the package raises."""
    columns = _calendar_columns(source)
    return tuple(column for column in columns if column[0] != BOOK_HEADER)


def calendar_marks(source: Path) -> list[str]:
    """The cells of the workbook's column of undated check-in marks counted from a run's day
    (``BOOK_HEADER``, in its hidden calendars sheet; ``marks_seen.book_texts``); none when it
    has none. Raises what reading the package raises."""
    column = None
    found: list[str] = []
    for number, cells, text in _calendar_rows(source):
        if number == 1:
            column = next((c.column for c in cells if text(c) == BOOK_HEADER), None)
            if column is None:
                return []
            continue
        found += [value for cell in cells if cell.column == column and (value := text(cell))]
    return found


def _calendar_columns(source: Path) -> tuple[tuple[str, float | None, float | None], ...]:
    keys: dict[int, str] = {}
    firsts: dict[int, float | None] = {}
    lasts: dict[int, float] = {}
    for number, cells, text in _calendar_rows(source):
        if number == 1:
            keys = {cell.column: text(cell) or "" for cell in cells}
            continue
        if not keys:  # no headers: not a sheet the tool wrote
            return ()
        for cell in cells:
            value = _number(cell.attributes, cell.content)
            if number == 2:
                firsts[cell.column] = value
            if value is not None:
                lasts[cell.column] = value
    return tuple(
        (keys.get(c, ""), firsts.get(c), lasts.get(c)) for c in range(1, max(keys, default=0) + 1)
    )


def _calendar_rows(
    source: Path,
) -> Iterator[tuple[int, list[CellSpan], Callable[[CellSpan], str | None]]]:
    """The rows of the workbook's hidden calendars sheet, if the tool wrote one: each row's
    number, its cells and how to read a cell's text."""
    with Archive(source) as package:
        book = open_package(package)
        if book.workbook_part is None or book.binary:
            return
        sheets = read_sheets(package, book.workbook_part)
        own = own_sheet_names(book.workbook, sheets.sheets)
        name = extra_sheet_name(CALENDAR_SHEET, {s.name: s.name in own for s in sheets.sheets})
        part = sheets.worksheets.get(name)
        if name not in own or part is None or part not in package.names:
            return
        shared = shared_strings_reader(package, sheets.part_of(SHARED_STRINGS_REL))

        def text(cell: CellSpan) -> str | None:
            return cell_string(cell.attributes, cell.content, shared)

        sheet_text = SheetText()
        number = 0
        with package.stream(part) as stream:
            for block in stream_sheet(stream, sheet_text):
                for row in RowFinder(sheet_text.prefix).rows(block):
                    number = row_number(row.attributes) or number + 1  # a row without r: next
                    yield (
                        number,
                        list(cells_of(row.content or b"", cell_pattern(sheet_text.prefix))),
                        text,
                    )


def _number(attributes: bytes, content: bytes | None) -> float | None:
    """A number cell's value (a date's serial), None for any other."""
    if attribute(attributes, "t") not in (None, "n"):
        return None
    found = re.fullmatch(rb"\s*<(?:\w+:)?v>\s*(-?[0-9.Ee+-]+)\s*</(?:\w+:)?v>\s*", content or b"")
    try:
        return float(found.group(1)) if found else None
    except ValueError:
        return None


def _header_notes(table: RawTable, source: Path) -> bytes | None:
    """The comments part of the tracker sheet (its header notes among them), if any."""
    with Archive(source) as package:
        book = open_package(package)
        if book.workbook_part is None or book.binary:
            return None
        entry = tracker_sheet(read_sheets(package, book.workbook_part), table.sheet)
        if entry.part is None:
            return None
        rels = read_rels(package, entry.part)
        part = next((t for kind, t in rels.values() if kind == COMMENTS_REL), None)
        if part is None or part not in package.names:
            return None
        return package.read(part)


def planned_additions(
    table: RawTable,
    rows: pd.Index,
    source: Path,
    as_of: datetime.date,
    *,
    live: bool,
    backup: bool,
    present: Iterable[str] = (),
) -> tuple[str | None, list[str], list[str]]:
    """What a write of the tracker's ``rows`` would add to the workbook, writing nothing (a
    dry run says it): the tool's new columns, its drop-downs and status colours, its own
    sheets not there yet (the hidden calendars with ``live`` statuses), and with ``backup``
    the copy of the file kept — None when the write adds no column or sheet: it updates what
    an earlier run added; the notes the write would give (sparklines in the tool's
    columns, a table not widened, pictures moved); and those of them a run says without -v
    (the Excel Table taken down over the tracker rows below it, a tool column retyped or
    deleted: ``retyped``). ``present``: the tool's
    sheets the workbook the run replaces holds (an export's --output, ot121 F8)."""
    owned = pd.DataFrame({"status": NEEDS_INFO}, index=rows)
    with Archive(source) as package:
        plan = plan_write(package, table, owned, as_of, Additions())
        book = open_package(package)
        assert book.workbook_part is not None
        own = own_sheet_names(book.workbook, read_sheets(package, book.workbook_part).sheets)
    own = {*own, *present}
    block = plan.block
    assert block is not None
    added = []
    if block.new_columns:
        new = sorted(block.new_columns)
        keys = [key for key, column in block.columns.items() if column in block.new_columns]
        headers = f"{OWNED_COLUMNS[keys[0]]} … {OWNED_COLUMNS[keys[-1]]}"
        added.append(f"{len(new)} columns {_column_ranges(new)} ({headers})")
    again = plan.again.notes(planned=True) if plan.again is not None else []
    said = [longer for longer in plan.lengthened if not longer.quiet]
    notices = [*again, *(longer.note(planned=True) for longer in said)]
    notes = [
        *plan.notes,
        *(longer.note(planned=True) for longer in plan.lengthened if longer.quiet),
        *(moved.note(planned=True) for moved in plan.moved),
        *earlier_drop_down_notes(plan.drop_downs, planned=True),
    ]
    if plan.drop_downs.columns:
        columns = sorted(plan.drop_downs.columns)
        added.append("drop-downs in " + _and_listed(map(column_letter, columns)))
    if block.columns["status"] in block.new_columns and len(rows):
        names = sorted({table.mapping[f] + 1 for f in ("company", "position")})
        added.append(f"the status colours over {_column_ranges([*names, *sorted(block.owned)])}")
    sheets = [name for name in (DRAFTS_SHEET, SUMMARY_SHEET) if name not in own]
    if live and CALENDAR_SHEET not in own:
        sheets.append(f"{CALENDAR_SHEET} (hidden)")
    if sheets:
        added.append("the sheets " + _and_listed(sheets))
    if not block.new_columns and not sheets:
        return None, notes, notices  # the run updates what an earlier one added
    text = "a run would add " + "; ".join(added)
    if backup:
        text += f"; it keeps the file as it is now in {atomic.BACKUP_DIR}/"
    return text, notes, notices


def _and_listed(items: Iterable[str]) -> str:
    """Items as a person lists them: "F", "F and I", "F, I and T"."""
    listed = list(items)
    return " and ".join(filter(None, [", ".join(listed[:-1]), listed[-1]]))


def _column_ranges(columns: list[int]) -> str:
    """Columns (1-based, sorted) as Excel ranges: "A:B, V:AG"."""
    return _and_listed(
        column_letter(a) if a == b else f"{column_letter(a)}:{column_letter(b)}"
        for a, b in column_runs(columns)
    )


def _discard(_: bytes) -> None:
    pass


def _like(info: zipfile.ZipInfo) -> zipfile.ZipInfo:
    """A ZipInfo for a changed part: same name, time and attributes; deflated unless stored."""
    new = zipfile.ZipInfo(info.filename, info.date_time)
    new.compress_type = (
        zipfile.ZIP_STORED if info.compress_type == zipfile.ZIP_STORED else zipfile.ZIP_DEFLATED
    )
    new.external_attr = info.external_attr
    new.create_system = info.create_system
    return new


def _copy_member(package: Archive, out: ArchiveWriter, info: zipfile.ZipInfo) -> None:
    try:
        out.copy(package, info)
    except zipfile.BadZipFile:
        raise UnsafeWrite(f"the package's entry for {info.filename} is damaged") from None
