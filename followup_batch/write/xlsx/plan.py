"""The plan of one write into a workbook package, made before a byte of it is written: the new
bytes of each part that changes, the parts the tool adds and the one it leaves out, and the
merger that puts the owned cells into the tracker sheet's rows. ``package`` writes it, and
asks it what a write would do (check, a dry run).

What changes, and why:

- the worksheet: the owned cells, ``<dimension>``, widths (``<cols>``) of the owned columns, a
  frozen header pane when the user has none, the tool's conditional formats and drop-downs,
  a plain ``<autoFilter>`` over the tracker's header row is widened over them (and the person's
  columns between, as Excel extends a filter; with a note when a table stands between), and a
  ``<legacyDrawing>`` reference the first time header notes are added;
- ``xl/styles.xml``: a number format, two cell formats and the conditional formats' looks;
- the sheet's comments part and VML drawing (created the first time), and its relationships;
- the drawing of the sheet's charts, pictures and shapes, when the tool adds columns where
  one floats: it moves right with the columns, as in Excel (``drawings``);
- a table (ListObject) whose header is the tracker's header row: widened over the columns
  (when it cannot be, the write's notes say why); another table beside the tracker is never
  written into, the tool's new columns go right of it;
- ``[Content_Types].xml`` for parts created the first time; ``xl/workbook.xml`` only to keep
  the hidden ``_xlnm._FilterDatabase`` name in step with a widened filter, to widen a print
  area that held the whole tracker over the tool's columns, or to add the
  tool's extra sheets (with their relationships and ``docProps/app.xml`` titles).

Nothing else is touched: no other part is decompressed and compressed again and the user's
formulas are never rewritten (the tool's own status formulas in a column whose header the
person retyped become the words they showed: ``retyped``). One part goes:
``xl/calcChain.xml``, Excel's list of the cells that hold formulas, which a run can make
untrue (a live status formula that becomes a plain "Needs info", a status filled down and
taken out). Excel reads an entry for a cell without a formula as a corrupt record and offers
to repair the file; without the part it rebuilds the list silently (openpyxl never writes it
either).
"""

from __future__ import annotations

import dataclasses
import datetime
import re
import zipfile
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field

import pandas as pd

from followup_batch.errors import UnsafeWrite
from followup_batch.progress import step
from followup_batch.read.package import (
    COMMENTS_REL,
    COMMENTS_TYPE,
    CONTENT_TYPES,
    DRAWING_REL,
    REL_NS,
    SHARED_STRINGS_REL,
    STYLES_REL,
    STYLES_TYPE,
    VML_REL,
    VML_TYPE,
    MalformedPackage,
    SheetEntry,
    WorkbookPackage,
    WorkbookSheets,
    find_part,
    is_tracker_table,
    open_package,
    own_sheets_twice,
    read_rels,
    read_sheets,
    rels_path,
)
from followup_batch.read.table import RawTable
from followup_batch.write.columns import OWNED_COLUMNS
from followup_batch.write.live import FOLLOWING_DUE, LiveStatus
from followup_batch.write.outbox import Outbox, SheetLayout
from followup_batch.write.xlsx.cells import OwnedCells, RowMerger, TablesInTheWay
from followup_batch.write.xlsx.design import (
    CALENDAR_SHEET,
    CF_RULES,
    DRAFTS_SHEET,
    SUMMARY_SHEET,
    extra_sheet_name,
    header_note,
)
from followup_batch.write.xlsx.drawings import ColumnEdges, Moved, place_floating, sparkline_notes
from followup_batch.write.xlsx.extra_sheet import OwnSheet, StreamedPart
from followup_batch.write.xlsx.formulas import calendar_sheet, status_formulas
from followup_batch.write.xlsx.links import link_subjects
from followup_batch.write.xlsx.notes import (
    Note,
    merge_comments,
    merge_vml,
    noted_as_of,
    status_noted_column,
    tool_noted_columns,
    used_idmaps,
)
from followup_batch.write.xlsx.own_parts import own_sheet_part, plan_own_sheets
from followup_batch.write.xlsx.own_sheets import drafts_sheet, summary_sheet
from followup_batch.write.xlsx.parts import (
    Lengthening,
    TableRange,
    add_content_types,
    add_print_titles,
    add_relationship,
    calculate_on_load,
    lengthen_table,
    name_owned_columns,
    not_widened_note,
    own_sheet_names,
    relative_target,
    remove_elements,
    table_range,
    unused_part,
    update_filter_database,
    widen_print_area,
    widen_table,
)
from followup_batch.write.xlsx.refilter import Refilter, plan_refilter
from followup_batch.write.xlsx.retyped import (
    ColumnsAgain,
    Freezer,
    frozen_counts,
    retyped_columns,
)
from followup_batch.write.xlsx.row_heights import RowSizes, ToolHeights, row_keys
from followup_batch.write.xlsx.scan import Block, plan_block, scan_sheet, shared_strings_reader
from followup_batch.write.xlsx.sheet import (
    PROTECTED_NOTE,
    DropDowns,
    edit_skeleton,
    header_look,
    is_protected,
    sheet_facts,
)
from followup_batch.write.xlsx.styles import Dxf, OwnStyles, add_own_styles
from followup_batch.write.xlsx.twice_listed import DroppedSheet, apply_mend, plan_mend
from followup_batch.write.xlsx.verify import TWICE_NAMED, twice_named
from followup_batch.write.xlsx.xmlbytes import (
    WORKSHEET_ORDER,
    column_letter,
    prefix_for,
    split_document,
)
from followup_batch.write.xlsx.zipcontainer import Archive, Deflated

DXFS = tuple(Dxf(fill, font) for _name, _formula, fill, font in CF_RULES)

CALC_CHAIN_REL = REL_NS + "/calcChain"


@dataclass
class PackageWrite:
    """The plan of one write: new bytes per changed part, new parts, the sheet's edit."""

    changed: dict[str, bytes | StreamedPart | Deflated] = field(default_factory=dict)
    added: dict[str, bytes | StreamedPart | Deflated] = field(default_factory=dict)
    removed: set[str] = field(default_factory=set)
    sheet_part: str = ""
    sheet_head: bytes = b""
    sheet_tail: bytes = b""
    merger: RowMerger | None = None
    notes: list[str] = field(default_factory=list)
    # The tool's columns found retyped or deleted, which a run says without -v (``retyped``).
    again: ColumnsAgain | None = None
    # The tracker's Excel Table taken down over its rows, which a run says without -v.
    lengthened: list[Lengthening] = field(default_factory=list)
    moved: list[Moved] = field(default_factory=list)  # floating objects moved right
    block: Block | None = None  # where the tool's columns go
    layout: SheetLayout | None = None  # the same, for formulas and links into the sheet
    drop_downs: DropDowns = field(default_factory=lambda: DropDowns([], [], []))
    # The second entries of the tool's own sheets dropped (``twice_listed``), kept first.
    dropped: list[DroppedSheet] = field(default_factory=list)
    dated: Dated | None = None  # the parts that hold the write's date, to date them anew
    # The person's filter on the tool's columns, applied again to the rows the run writes.
    refilter: Refilter | None = None

    @property
    def touched(self) -> set[str]:
        return {self.sheet_part, *self.changed, *self.added}

    @property
    def made(self) -> set[str]:
        """The parts the tool made itself: parsed as XML as they were made."""
        parts = {**self.changed, **self.added}
        return {name for name, part in parts.items() if not isinstance(part, bytes)}


@dataclass(frozen=True)
class Dated:
    """What of a write holds its date (``stamps``), with what each part is made of: the
    header notes of the tool's columns ("as of 2026-11-23": the sheet's comments part and its
    VML drawing) and the Drafts and Summary sheets made from the outbox ("Computed on", the
    urgencies counting down). ``parts`` makes them again dated another day, so that a night
    comparing its result with the file dated as the file is (``write.xlsx``) makes those few
    parts, not the whole write again: every other part is the same whatever the date."""

    comments_part: str
    comments: bytes | None  # the comments part the write merged its notes into (None: new)
    vml_part: str
    vml: bytes | None  # the VML drawing it merged their shapes into (None: new)
    idmap: int
    header_row: int
    columns: tuple[tuple[str, int], ...]  # each owned column's key and column number
    legend_bd: int | None
    outbox: Outbox | None
    due_soon_bd: int
    # Each dated own sheet (Drafts, Summary) -> its part and its name in the workbook.
    sheets: Mapping[str, tuple[str, str]]
    styles: OwnStyles
    date1904: bool

    def noted_as_of(self) -> datetime.date | None:
        """The as-of date the sheet's header notes stated before the write (``kept_stamp``
        reads the same of the file)."""
        return noted_as_of(self.comments, self.header_row)

    def notes(self, stamp: datetime.date) -> tuple[bytes, bytes]:
        """The comments part and VML drawing with the header notes dated ``stamp``."""
        notes = [
            Note(self.header_row, column, header_note(key, stamp.isoformat(), self.legend_bd))
            for key, column in self.columns
        ]
        merged = merge_comments(self.comments, notes)
        if self.vml is None:
            return merged.part, merge_vml(None, merged.written, (), self.idmap)
        return merged.part, merge_vml(self.vml, merged.written, merged.removed, self.idmap)

    def parts(self, stamp: datetime.date) -> dict[str, bytes | StreamedPart | Deflated]:
        """Every part that holds the date, by name, as the write dated ``stamp`` makes it."""
        comments, vml = self.notes(stamp)
        made: dict[str, bytes | StreamedPart | Deflated] = {
            self.comments_part: comments,
            self.vml_part: vml,
        }
        if self.outbox is not None and self.sheets:
            dated = dataclasses.replace(self.outbox, stamped=stamp)
            for wanted, own in dated_sheets(dated, self.due_soon_bd).items():
                part, name = self.sheets[wanted]
                made[part] = own_sheet_part(own, self.styles, self.date1904, name)
        return made


def dated_sheets(outbox: Outbox, due_soon_bd: int) -> dict[str, OwnSheet]:
    """The tool's sheets made from the outbox, which say the day it was computed on
    (``Outbox.computed_on``): the Drafts and the Summary."""
    return {
        DRAFTS_SHEET: drafts_sheet(outbox),
        SUMMARY_SHEET: summary_sheet(outbox, outbox.counts, due_soon_bd),
    }


@dataclass(frozen=True)
class Additions:
    """What a write adds besides the owned cells: the tool's own sheets (name -> frame or
    sheet), the live statuses' inputs, the workbook's outbox, and the "due soon" horizon."""

    sheets: Mapping[str, pd.DataFrame | OwnSheet] = field(default_factory=dict)
    live: LiveStatus | None = None
    outbox: Outbox | None = None
    due_soon_bd: int = 2
    # The heights the tool's last run left on the sheet's rows (its record): those rows' it
    # sets again, shorter too; any other row's height it only raises.
    last_heights: ToolHeights | None = None


def plan_write(
    package: Archive,
    table: RawTable,
    owned: pd.DataFrame,
    as_of: datetime.date,
    additions: Additions,
) -> PackageWrite:
    try:
        book = open_package(package)
        if book.workbook_part is None or book.binary:
            raise UnsafeWrite("the package has no workbook part")
        sheets = read_sheets(package, book.workbook_part)
    except (KeyError, MalformedPackage, zipfile.BadZipFile) as exc:
        raise UnsafeWrite(f"the package cannot be read ({exc})") from None
    mend = None
    dropped = own_sheets_twice(book.workbook, sheets.sheets)
    if dropped:  # the tool's own sheet listed twice (an earlier version's doing): mended
        mend = plan_mend(package, book, sheets, dropped)
        book = dataclasses.replace(book, workbook=mend.workbook)
        sheets = mend.sheets
    elif (name := twice_named(sheets.sheets)) is not None:
        raise UnsafeWrite(TWICE_NAMED.format(name=name))
    styles_part = sheets.part_of(STYLES_REL)
    has_styles = styles_part is not None and styles_part in package.names
    if has_styles and styles_part:
        base = package.read(styles_part)
    else:  # a workbook with no styles part gets the default one (write.book imports this)
        from followup_batch.write.book import styles_xml

        # The default look for every style index the user's cells already name (their s=
        # had nothing to point at), the tool's after them: else a title cell of s="1" took
        # the tool's header fill (ot84 F10).
        base = styles_xml((), plain=_style_indexes_named(package, sheets) + 1)
    own_styles, styles = add_own_styles(base, DXFS)
    write = _plan_sheet(package, book, sheets, table, owned, as_of, styles, additions)
    if has_styles and styles_part:
        write.changed[styles_part] = own_styles
    else:
        _add_styles_part(package, book, write, styles_part, own_styles)
    _without_calc_chain(package, book, sheets, write)
    if mend is not None:
        assert book.workbook_part is not None
        apply_mend(package, book.workbook_part, mend, write.changed, write.removed)
        write.dropped = mend.dropped
    # A part the tool makes (not ``bytes``) is always written: the old one is not inflated
    # to be compared (the calendars sheet is 150 KB).
    write.changed = {
        k: v for k, v in write.changed.items() if not isinstance(v, bytes) or package.read(k) != v
    }
    return write


_STYLE_INDEX = re.compile(rb'<(?:\w+:)?(?:c|row|col)\b[^>]*?\bs(?:tyle)?="([0-9]{1,6})"')


def _style_indexes_named(package: Archive, sheets: WorkbookSheets) -> int:
    """The highest style index (``s=`` of a cell or row, ``style=`` of a column) the
    workbook's sheets name; 0 when none does. Asked only of a workbook without styles."""
    highest = 0
    for part in sheets.worksheets.values():
        if part in package.names:
            found = (int(m[1]) for m in _STYLE_INDEX.finditer(package.read(part)))
            highest = max(highest, *found, 0)
    return highest


def _add_styles_part(
    package: Archive,
    book: WorkbookPackage,
    write: PackageWrite,
    named: str | None,
    styles: bytes,
) -> None:
    """Plan a styles part into a workbook that has none (optional in the format: streaming
    and minimal writers leave it out), with its content type and, unless the workbook
    already names one (``named``, missing), its relationship. The run refused such a
    workbook, which check read (ot43 F7)."""
    assert book.workbook_part is not None
    taken = {*package.names, *write.added}
    part = named or _free_styles_part(taken)
    write.added[part] = styles
    types = write.changed.get(CONTENT_TYPES)
    types = types if isinstance(types, bytes) else package.read(CONTENT_TYPES)
    write.changed[CONTENT_TYPES] = add_content_types(types, {part: STYLES_TYPE}, {})
    if named is not None:
        return
    rels_name = find_part(package.names, rels_path(book.workbook_part)) or rels_path(
        book.workbook_part
    )
    rels = write.changed.get(rels_name, write.added.get(rels_name))
    if not isinstance(rels, bytes):
        rels = package.read(rels_name) if rels_name in package.names else None
    rels, _ = add_relationship(rels, STYLES_REL, relative_target(book.workbook_part, part))
    (write.changed if rels_name in package.names else write.added)[rels_name] = rels


def _free_styles_part(taken: Collection[str]) -> str:
    """``xl/styles.xml``, as every spreadsheet program names it, unless a part has the name."""
    if find_part(taken, "xl/styles.xml") is None:
        return "xl/styles.xml"
    return unused_part(taken, "xl/styles{}.xml")


def _without_calc_chain(
    package: Archive, book: WorkbookPackage, sheets: WorkbookSheets, write: PackageWrite
) -> None:
    """Plan ``xl/calcChain.xml`` out, with its relationship and content type (see the top)."""
    part = sheets.part_of(CALC_CHAIN_REL)
    if part is None or part not in package.names:
        return
    assert book.workbook_part is not None
    write.removed.add(part)
    rels_name = find_part(package.names, rels_path(book.workbook_part)) or rels_path(
        book.workbook_part
    )
    rels = write.changed.get(rels_name, write.added.get(rels_name))
    rels = rels if isinstance(rels, bytes) else package.read(rels_name)
    write.changed[rels_name] = remove_elements(rels, "Relationship", "Type", CALC_CHAIN_REL)
    types = write.changed.get(CONTENT_TYPES)
    types = types if isinstance(types, bytes) else package.read(CONTENT_TYPES)
    write.changed[CONTENT_TYPES] = remove_elements(types, "Override", "PartName", "/" + part)


def tracker_sheet(sheets: WorkbookSheets, name: str | None) -> SheetEntry:
    """The worksheet to write into: the one named, else the first."""
    worksheets = [s for s in sheets.sheets if s.part is not None]
    if not worksheets:
        raise UnsafeWrite("the workbook has no worksheet to write into")
    if name is None:
        return worksheets[0]
    for entry in worksheets:
        if entry.name == name:
            return entry
    raise UnsafeWrite(f'the workbook has no worksheet "{name}"')


def _plan_sheet(
    package: Archive,
    book: WorkbookPackage,
    sheets: WorkbookSheets,
    table: RawTable,
    owned: pd.DataFrame,
    as_of: datetime.date,
    styles: OwnStyles,
    additions: Additions,
) -> PackageWrite:
    entry = tracker_sheet(sheets, table.sheet)
    assert entry.part is not None
    names = set(package.names)
    write = PackageWrite(sheet_part=entry.part)
    header_row = table.header_row
    # The tracker's rows that ``owned`` leaves out keep what they hold (``write_results``):
    # the tool's columns, colours and drop-downs still reach them.
    kept = table.cells.index.difference(owned.index)
    last_row = int(max(owned.index.union(kept))) if len(owned) or len(kept) else header_row
    shared = shared_strings_reader(package, sheets.part_of(SHARED_STRINGS_REL))
    sheet_rels = read_rels(package, entry.part)
    comments_part = next((t for kind, t in sheet_rels.values() if kind == COMMENTS_REL), None)
    existing_comments = package.read(comments_part) if comments_part in names else None
    marked = tool_noted_columns(existing_comments, header_row)
    scan = scan_sheet(package, entry.part, header_row, last_row, shared, marked)
    step("making the tool's cells and sheets")  # a few seconds for 100,000 rows, no units
    p = scan.text.prefix
    marker = f'<{p}sheetData followup-batch-marker=""/>'.encode()
    skeleton = split_document(scan.text.head + marker + scan.text.tail, WORKSHEET_ORDER)
    if skeleton.root != "worksheet":
        raise UnsafeWrite(f"{entry.part} is not a worksheet")
    facts = sheet_facts(skeleton, header_row, last_row)
    company = table.mapping.get("company")
    company_column = None if company is None else company + 1
    tables = [sheet_rels[r][1] for r in facts.table_rels if r in sheet_rels]
    table_parts = {part: package.read(part) for part in tables if part in names}
    table_ranges = {part: table_range(data) for part, data in table_parts.items()}
    # Another table beside the tracker is never written into, even where its cells are empty
    # (a table without a header row): the tool's new columns go right of it.
    others = [
        r
        for r in table_ranges.values()
        if r is not None and not is_tracker_table(r.bounds, header_row, company_column)
    ]
    written_to = max(last_row, header_row + 1)  # the block's last row
    in_rows = [
        r.bounds[2] for r in others if r.bounds[1] <= written_to and r.bounds[3] >= header_row
    ]
    block = plan_block(scan, header_row, last_row, max([facts.merged_right, *in_rows]))
    headers = {c: cell.text for c, cell in scan.header.items()}
    noted = status_noted_column(existing_comments, header_row)
    retyped = retyped_columns(headers, scan.owned, marked, noted)
    frozen = _frozen_counts(package, entry.part, retyped, header_row, last_row)
    write.again = ColumnsAgain(retyped, headers, scan.owned, block.columns, frozen)
    tables_in_the_way = _tables_in_block(others, block, entry.name)

    rels_name = find_part(names, rels_path(entry.part)) or rels_path(entry.part)
    rels_xml = package.read(rels_name) if rels_name in names else None
    rels_before = rels_xml
    overrides: dict[str, str] = {}
    defaults: dict[str, str] = {}

    # Tables whose header row is the tracker's: widened over the owned columns.
    header_text: dict[int, str | None] = {c: cell.text for c, cell in scan.header.items()}
    for key, column in block.columns.items():
        header_text[column] = OWNED_COLUMNS[key]
    tables_as_written: list[bytes] = []  # the tracker's, whose filter the run applies again
    for part, data in table_parts.items():
        widened = widen_table(data, block, header_text, company_column, others)
        final = name_owned_columns(widened.data or data, block) or widened.data
        longer = lengthen_table(final or data, last_row, header_row, company_column, others)
        if longer.data is not None:
            final = longer.data
            write.lengthened.append(longer)
        if final is not None:
            write.changed[part] = final
        found = table_ranges[part]
        if found is not None and is_tracker_table(found.bounds, header_row, company_column):
            tables_as_written.append(final or data)
        if widened.reason is not None and found is not None:
            write.notes.append(not_widened_note(found, block, widened.reason))
    if is_protected(skeleton):
        write.notes.append(PROTECTED_NOTE.format(sheet=entry.name))

    columns_before = ColumnEdges.of(skeleton)
    header = header_look(
        skeleton,
        scan.header_row,
        [cell.style for c, cell in scan.header.items() if cell.valued and c not in block.owned],
        styles.wrapping_xfs,
    )
    write.drop_downs = edit_skeleton(
        skeleton,
        block,
        table,
        styles,
        facts,
        has_rows=len(owned) > 0 or len(kept) > 0,
        tracker_table=len(others) < len(tables),  # an unreadable table counts as the tracker's
        others=others,
        header=header,
    )
    if facts.filter_note is not None:
        write.notes.append(facts.filter_note)
    write.refilter = plan_refilter(skeleton, tables_as_written, block)
    kind, drawing_part = sheet_rels.get(facts.drawing or "", ("", ""))
    if kind == DRAWING_REL and drawing_part in names:
        placed = place_floating(
            package.read(drawing_part), block, columns_before, ColumnEdges.of(skeleton)
        )
        write.changed[drawing_part] = placed.data
        write.moved.extend(placed.moved)
        write.notes.extend(placed.notes)
    write.notes.extend(sparkline_notes(skeleton, block))

    # The tool's own sheets; the live statuses point into the calendars sheet.
    live = additions.live
    own_sheets = dict(additions.sheets)
    formulas: dict[int, str] = {}
    if live is not None:
        taken = own_sheet_names(book.workbook, sheets.sheets)
        calendar_name = extra_sheet_name(
            CALENDAR_SHEET, {s.name: s.name in taken for s in sheets.sheets}
        )
        calendar, ranges = calendar_sheet(live)
        formulas = status_formulas(
            live,
            owned["status"],
            owned["next_due"],
            block.letter("next_due"),
            calendar_name,
            ranges,
            additions.due_soon_bd,
            {
                key: (block.letter(key), owned[key])
                for key in FOLLOWING_DUE.values()
                if key in block.columns and key in owned
            },
        )
    write.block = block
    write.layout = SheetLayout(
        entry.name,
        {key: block.letter(key) for key in block.columns},
        block.first_row,
        block.last_row,
        *_identity(table),
    )
    outbox = additions.outbox
    if outbox is not None:
        outbox.layouts[entry.name] = write.layout
        if outbox.complete:
            own_sheets.update(dated_sheets(outbox, additions.due_soon_bd))
    if live is not None:
        own_sheets[CALENDAR_SHEET] = calendar

    # Header notes: the comments part and its VML drawing.
    new_comments = comments_part is None
    if comments_part is None:
        comments_part = unused_part(names, "xl/comments{}.xml")
        rels_xml, _ = add_relationship(
            rels_xml, COMMENTS_REL, relative_target(entry.part, comments_part)
        )
        overrides[comments_part] = COMMENTS_TYPE
    vml_part = sheet_rels.get(facts.legacy_drawing or "", ("", None))[1]
    vml_parts = [package.read(n) for n in names if n.lower().endswith(".vml")]
    idmap = max(used_idmaps(vml_parts), default=0) + 1
    new_vml = vml_part is None or vml_part not in names
    if new_vml:
        vml_part = unused_part(names | set(write.added), "xl/drawings/vmlDrawing{}.vml")
        rels_xml, rel_id = add_relationship(
            rels_xml, VML_REL, relative_target(entry.part, vml_part)
        )
        defaults["vml"] = VML_TYPE
        r = prefix_for(skeleton.root_tag, REL_NS)
        attr = f' {r}id="{rel_id}"' if r else f' xmlns:r="{REL_NS}" r:id="{rel_id}"'
        existing_drawing = skeleton.first("legacyDrawing")
        if existing_drawing is not None:
            skeleton.remove(existing_drawing)  # a dangling reference
        skeleton.insert(skeleton.element("legacyDrawing", attributes=attr))
    assert vml_part is not None
    dated = Dated(
        comments_part,
        existing_comments,
        vml_part,
        None if new_vml else package.read(vml_part),
        idmap,
        header_row,
        tuple(block.columns.items()),
        additions.due_soon_bd if live is not None else None,
        outbox,
        additions.due_soon_bd,
        {},
        styles,
        book.date1904,
    )
    comments, vml = dated.notes(as_of)
    if new_comments:
        write.added[comments_part] = comments
    elif comments_part in names:  # else named by the sheet, and missing: left so
        write.changed[comments_part] = comments
    (write.added if new_vml else write.changed)[vml_part] = vml
    if outbox is not None and len(owned):
        links = _subject_links(outbox.messages, entry.name)
        rels_xml = link_subjects(skeleton, rels_xml, block, links)
    if rels_xml is not None and rels_xml != rels_before:
        (write.changed if rels_before is not None else write.added)[rels_name] = rels_xml

    workbook_xml = book.workbook
    if facts.filter_range:
        workbook_xml = update_filter_database(workbook_xml, entry, facts.filter_range)
    read_columns = {c + 1 for c in (*table.mapping.values(), *table.stages)}
    workbook_xml, print_note = widen_print_area(
        workbook_xml, entry, block.span, read_columns, header_row
    )
    if print_note is not None:
        write.notes.append(print_note)
    workbook_xml = add_print_titles(workbook_xml, entry, header_row)

    assert book.workbook_part is not None
    own_parts: dict[str, tuple[str, str]] = {}
    if own_sheets:
        workbook_xml = plan_own_sheets(
            package,
            book,
            sheets,
            write.changed,
            write.added,
            write.removed,
            workbook_xml,
            own_sheets,
            styles,
            overrides,
            write.notes,
            own_parts,
        )
    own_dated = {DRAFTS_SHEET, SUMMARY_SHEET} if outbox is not None and outbox.complete else set()
    write.dated = dataclasses.replace(
        dated, sheets={wanted: own_parts[wanted] for wanted in own_dated}
    )
    if formulas:
        workbook_xml = calculate_on_load(workbook_xml)
    if workbook_xml != book.workbook:
        write.changed[book.workbook_part] = workbook_xml
    content_types = package.read(CONTENT_TYPES)
    types = add_content_types(content_types, overrides, defaults)
    if types != content_types:
        write.changed[CONTENT_TYPES] = types

    joined = skeleton.join()
    at = joined.index(marker)
    write.sheet_head, write.sheet_tail = joined[:at], joined[at + len(marker) :]
    cells = OwnedCells(
        owned,
        block,
        styles,
        p,
        book.date1904,
        formulas=formulas,
        header_wrapped=header.wrapped,
        sizes=RowSizes.of(ColumnEdges.of(skeleton), block.columns),
        applications=row_keys(_identity(table)[1], [int(row) for row in owned.index]),
        last_heights=additions.last_heights,
    )
    write.merger = RowMerger(
        cells,
        p,
        shared,
        sheet=entry.name,
        tables=tables_in_the_way,
        kept=frozenset(map(int, kept)),
        through=table.read_through,
        freeze=Freezer([c for c, n in frozen.items() if n], p) if any(frozen.values()) else None,
        refilter=write.refilter,
    )
    return write


def _frozen_counts(
    package: Archive, part: str, retyped: Collection[int], header_row: int, last_row: int
) -> dict[int, int]:
    """Per retyped column, how many of its cells hold the tool's status formula (read only
    when a column was retyped: the sheet is read whole)."""
    if not retyped:
        return {}
    rows = list(range(header_row + 1, last_row + 1))
    return frozen_counts(package.read(part), retyped, rows)


TABLE_IN_BLOCK = (
    "{tables} in the tool's columns {columns}, in rows the tracker now reaches ({first} to "
    "{last}), and the tool never writes into a table of yours; move {which} elsewhere (right "
    "of column {right}, or below row {last}), and run again"
)


def _tables_in_block(others: list[TableRange], block: Block, sheet: str) -> TablesInTheWay:
    """Every cell the tool writes is in its columns, on its header row or a tracker row: a
    table of the person's there (the tracker grown down into a table below its old rows, in
    the columns an earlier run took) is refused, never written over; every such table named.
    Refused with the sheet's loose cells in the way (``RowMerger.finish``), in one message."""
    in_the_way: list[TableRange] = []
    hit: set[int] = set()
    for other in others:
        min_col, min_row, max_col, max_row = other.bounds
        columns = {c for c in block.owned if min_col <= c <= max_col}
        if columns and max_row >= block.header_row and min_row <= block.last_row:
            in_the_way.append(other)
            hit |= columns
    if not in_the_way:
        return TablesInTheWay()
    names = {column: key for key, column in block.columns.items()}
    tables = ", ".join(f'"{other.name}" ({other.ref})' for other in in_the_way)
    several = len(in_the_way) > 1
    return TablesInTheWay(
        TABLE_IN_BLOCK.format(
            tables=f'the table{"s" if several else ""} {tables} on sheet "{sheet}" '
            + ("are" if several else "is"),
            columns=", ".join(
                f"{column_letter(c)} ({OWNED_COLUMNS[names[c]]})" for c in sorted(hit)
            ),
            first=block.header_row,
            last=block.last_row,
            which="the tables" if several else "the table",
            right=column_letter(block.span[1]),
        ),
        [other.bounds for other in in_the_way],
    )


IDENTITY_FIELDS = ("company", "position")


def _identity(table: RawTable) -> tuple[dict[str, str], pd.DataFrame]:
    """The ``SheetLayout.identity`` of a tracker sheet: its Company and Position columns and
    their cells as the sheet holds them (a cell read with a merged cell's value is empty)."""
    fields = [f for f in IDENTITY_FIELDS if f in table.mapping and f in table.cells]
    cells = table.cells[fields]
    merged = [
        (row, field)
        for field in fields
        for row, column in table.merged_cells
        if column == table.mapping[field] and row in cells.index
    ]
    if merged:
        cells = cells.astype(object)  # a copy: the table's cells stay as read
        for row, field in merged:
            cells.at[row, field] = None
    return {f: column_letter(table.mapping[f] + 1) for f in fields}, cells


def _subject_links(messages: pd.DataFrame, sheet: str) -> dict[int, str]:
    """Excel row -> the ``mailto:`` its Draft subject cell opens (``subject_link``: its one
    message's, or a panel's note to all of them). Plain Python over three columns: a filter
    and ``drop_duplicates`` of the outbox frame took 0.8 ms for a 30-message outbox."""
    links: dict[int, str] = {}
    for where, row, compose in zip(
        messages["sheet"].tolist(),
        messages["row"].tolist(),
        messages["subject_link"].tolist(),
        strict=True,
    ):
        if where == sheet:
            links.setdefault(int(row), compose)
    return links
