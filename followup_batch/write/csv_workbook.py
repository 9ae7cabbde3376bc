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

A weekly export run to the same workbook updates it (``existing_output``): the run keeps a record
of the cells it made the first sheet of (``LastExport``, beside the backups), and a workbook
whose cells are still those, in that order or sorted (``_reordered``), takes the newer
export's. What the person made of the tool's columns and Drafts sheet, and the columns of their
own right of the tool's (``own_columns``), is carried over (``carried_over``): each row's tool
cells go with the row of the same cells, else of the same application (client, company,
position and applied day, as an in-place run knows rows: ``marks_seen``) when no other row is
alike (``matched_rows``), and the run tells its texts from the person's by the workbook's
last-run record of what the tool wrote there (``hand_edits``), which it keeps as a write in
place does (``rerun.remember_texts``): a run in place and a run of an export can follow each
other. A row gone from the export takes its tool cells below the rows, where the run saves
what the person typed there and clears them, as it does for a row deleted from a tracker.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import re
from collections import defaultdict
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from followup_batch.errors import UnsafeWrite, UnsupportedFile
from followup_batch.normalise.cells import MAX_CELL_TEXT, fits_cell
from followup_batch.progress import step
from followup_batch.read.options import ReadOptions
from followup_batch.write.atomic import BACKUP_DIR, NAME_MAX, fitting_name
from followup_batch.write.book import Sheet, column_letter, table_rows, text_column, write_book

if TYPE_CHECKING:
    import pandas as pd

    from followup_batch.memory.hand_edits import Edit, Memory
    from followup_batch.read import RawTable

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


@dataclass(frozen=True)
class Replacing:
    """What a CSV run to a workbook --output starts from (``replacing``): the cells the
    workbook is made of (``grid``: the CSV's records, beside them the tool's columns of the
    --output it replaces), the sheet's name (None: the CSV's), what the run takes over, the
    export's rows matched to the workbook's (None: no workbook yet), the record of the last
    export to it, and whether its last-run record holds the tool's texts there."""

    grid: Sequence[Sequence[str]]
    sheet: str | None
    carried: CarriedOver
    update: Update | None
    last: LastExport | None
    recorded: bool

    def remember(self, output: Path, table: RawTable, sheet: str, *, unchanged: bool) -> list[str]:
        """Keep, once the workbook ``output`` holds the run's result (``unchanged``: held it
        already), the export's cells (``keep_export``) and the tool's texts there
        (``rerun.remember_texts``) for the next run; what could not be kept, for the run to
        say. A workbook that held the result keeps the records it was made with."""
        from followup_batch.memory import rerun
        from followup_batch.read.files import real_path

        assert table.csv is not None
        real, lost = real_path(output), []
        if not unchanged or self.last is None:
            records = [
                list(record) for record in without_tool_columns(table.csv.values, table.header_row)
            ]
            ran = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
            made = LastExport(table.path.name, sheet, table.header_row, records, ran)
            lost.append(keep_export(real, made))
        left = self.carried.left.get(sheet)
        if left is not None and (not unchanged or not self.recorded):
            # With the day the workbook says it was written, as the run's own record has it
            # (an older copy put back is told by it): else the next run records it, unchanged.
            from followup_batch.write import written_as_of

            book = dataclasses.replace(table, path=output, kind="xlsx", sheet=sheet)
            left = dataclasses.replace(left, stamped=written_as_of(book))
            lost.append(rerun.remember_texts(real, sheet, left))
        return [said for said in lost if said is not None]


def replacing(
    output: Path,
    table: RawTable,
    source: str,
    reading: ReadOptions | None = None,
    records_of: Path | None = None,
) -> Replacing:
    """What the run of the CSV ``table`` (read from ``source`` with ``reading``) to the
    workbook ``output`` starts from: its cells alone, or, when ``output`` exists and may be
    replaced (``existing_output``, refused else), with what it carries over
    (``carried_over``) when its last-run record says which of its texts are the tool's. The
    workbook's headers the export now names otherwise are read as the export's
    (``renamed_headers``). ``records_of``: the name ``output`` was renamed from, whose records
    a dry run reads where they are, as the run takes them over (``would_carry_over_export``)."""
    from followup_batch.memory import rerun
    from followup_batch.memory.hand_edits import memory_for
    from followup_batch.read.files import real_path

    assert table.csv is not None
    records, real = table.csv.values, real_path(output)
    recorded = records_of or real
    last = last_export(recorded)
    if not output.exists():
        return Replacing(records, None, CarriedOver(), None, last, False)
    # The tool's columns a run in place left in the CSV are not its cells: the workbook's
    # own tool columns are the ones carried over (fx350: "12 columns appear twice").
    records = without_tool_columns(records, table.header_row)
    existing = existing_output(output, records, table.header_row, source, last)
    _refuse_own_formulas(output, existing)
    renamed = renamed_headers(existing, table.headers, table.mapping, reading or ReadOptions())
    existing = existing.with_headers(renamed)
    # Known by the columns both hold: a column the app added since does not make rows new.
    held = existing.headers
    identity = [name for name in identity_headers(table.headers, table.mapping) if name in held]
    contacts = identity_headers(table.headers, table.mapping, CONTACT)
    update = matched_rows(existing, records, table.header_row, identity, contacts)
    update = replace(
        update,
        renamed=renamed,
        unmatched=unmatched_columns(update, existing, table.headers),
        as_text=typed_own_columns(existing),
    )
    # What the tool last wrote there, by a run of a CSV to it or in place (``hand_edits``).
    memory = memory_for(rerun.memories(recorded), existing.sheet)
    if memory is None:
        return Replacing(records, existing.sheet, CarriedOver(), update, last, False)
    about = (table.headers[table.mapping[k]] if k in table.mapping else "" for k in ABOUT)
    company, position = about
    grid, carried = carried_over(
        output,
        existing,
        records,
        table.header_row,
        update,
        memory,
        (company, position),
        source,
        contacts,
    )
    carried.sheets = tool_sheets(output)
    return Replacing(grid, existing.sheet, carried, update, last, True)


def tool_sheets(output: Path) -> tuple[str, ...]:
    """The tool's sheets (``Drafts``, ``Summary``, ``Calendars``) the workbook ``output``
    holds, as they are named there: a dry run of a newer export to it does not say it would
    add them (ot121 F8)."""
    from python_calamine import CalamineWorkbook

    with contextlib.suppress(Exception):
        names = CalamineWorkbook.from_path(str(output)).sheet_names
        return tuple(plain for name in names[1:] if (plain := _ours(name)) is not None)
    return ()


# A CSV's records made into a sheet's cells this many rows at a time: the cells of all its
# rows at once, as one string each, took 6 kB a row (1.8 GB for a 300,000-row export) on top
# of the records, held until the sheet was written; the step says how far it has got.
CHUNK_ROWS = 10_000
MAKING_WORKBOOK = "making a workbook of it"
# Its rows made, the workbook is packed and saved: a minute for a million rows (ot138 F1 saw
# "making a workbook of it 100%" sit there meanwhile).
SAVING_WORKBOOK = "saving the workbook made of it"


def csv_as_workbook(
    records: Sequence[Sequence[str]],
    target: Path,
    source: str,
    created: dt.datetime,
    name: str | None = None,
) -> str:
    """Write ``records`` (the CSV's records, header and any title rows above it included, as
    ``read.csv_cells.CsvTable.values`` holds them) as the one sheet of a new workbook at
    ``target``; return the sheet's name. ``source`` is the CSV's file name, for the sheet's
    name and the refusal of a cell a workbook cannot hold (``UnsupportedFile``); ``name``: the
    sheet's, that of the workbook the run updates (``Existing.sheet``)."""
    width = _columns_of(records)
    bad: list[str] = []
    letters = [column_letter(col + 1) for col in range(width)]
    widths = [_width([])] * width
    rows: list[str] = []  # the sheet's rows, ``CHUNK_ROWS`` of them to a string
    step(MAKING_WORKBOOK, 0, len(records))
    for first in range(0, len(records) if width else 0, CHUNK_ROWS):
        last = min(first + CHUNK_ROWS, len(records))
        columns = [
            [_cell_text(records, row, col, bad) for row in range(first, last)]
            for col in range(width)
        ]
        widths = [max(was, _width(texts)) for was, texts in zip(widths, columns, strict=True)]
        cells = [
            text_column(letter, first + 1, texts)
            for letter, texts in zip(letters, columns, strict=True)
        ]
        rows.append("".join(table_rows(first + 1, cells)))
        step(MAKING_WORKBOOK, last, len(records))
    _refuse_unholdable(bad, source)
    name = name or sheet_name(Path(source).stem)
    step(SAVING_WORKBOOK)
    write_book(target, [Sheet(name=name, rows=rows, widths=widths)], [], created)
    return name


def record_only(table: RawTable) -> RawTable:
    """The CSV ``table`` as ``Replacing.remember`` reads it once the workbook made of it is
    run: its name, header row and records, without its frame of cells nor each field as
    written, which were held beside the workbook's own through its run (a 50,000-row export
    run to a workbook peaked 55 MB over the same rows run as a workbook)."""
    from followup_batch.read.csv_cells import CsvTable

    assert table.csv is not None
    return replace(
        table, cells=table.cells.iloc[:0].copy(), csv=CsvTable(table.csv.fmt, table.csv.values)
    )


RECORD_SUFFIX = ".export.json"
RECORD_FORMAT = 1
# A record that could not be kept, said by the run without -v.
RECORD_NOT_KEPT = (
    "the record of this export {record} could not be saved ({why}): a newer export run to "
    "the workbook is refused as if it had been edited since"
)
# What a row of an export is known by in the next export: its application, as an in-place
# run knows rows across runs (``marks_seen``), once the rows of the same cells are matched;
# rows alike that no cell tells apart are not matched (``matched_rows``).
IDENTITY = ("client", "company", "position", "applied_at")
CLOSEST = 12  # the most rows alike told apart by their other cells (``_closest``)
# Who a row is about: a row paired by its application alone whose contact is another person
# is not the row's (ot121 F1: Alice's note went to Carla, who took her place).
CONTACT = ("interviewer", "interviewer_email")
ABOUT = ("company", "position")  # what a saved text's row is named by (``saved_edits``)


@dataclass(frozen=True)
class LastExport:
    """What the last run of a CSV to the workbook made its first sheet of, kept beside its
    backups (``record_path``): the CSV's name, the sheet's name, its header row and cells (the
    tool's columns aside). What the run wrote in the tool's columns and Drafts sheet is in the
    workbook's last-run record, as a run in place leaves it (``rerun.remember_texts``)."""

    source: str
    sheet: str
    header_row: int
    records: list[list[str]]
    made: str = ""  # when that run was ("2026-12-06 18:25"); '' in a record kept before


def record_path(output: Path) -> Path:
    """Where the last CSV run to ``output`` (its real file, not a link) is recorded."""
    name = fitting_name(output.name, NAME_MAX - len(RECORD_SUFFIX))
    return output.parent / BACKUP_DIR / f"{name}{RECORD_SUFFIX}"


def last_export(output: Path) -> LastExport | None:
    """The record of the last CSV run to ``output``; None when there is none, or none this
    version can read (a workbook made before the record was kept: made again only from the
    same CSV's cells, as then)."""
    with contextlib.suppress(OSError, ValueError, TypeError, KeyError, AttributeError):
        data = json.loads(record_path(output).read_text(encoding="utf-8"))
        if data["format"] == RECORD_FORMAT and data["workbook"] == output.name:
            header_row = int(data["header_row"])
            records = [[str(cell) for cell in record] for record in data["records"]]
            return LastExport(
                str(data["source"]),
                str(data["sheet"]),
                header_row,
                without_tool_columns(records, header_row),  # as a record kept before held them
                str(data.get("made", "")),
            )
    return None


def keep_export(output: Path, last: LastExport) -> str | None:
    """Keep ``last`` for the next run to ``output`` (its real file); what could not be kept is
    returned for the run to say (``RECORD_NOT_KEPT``), None when kept."""
    from followup_batch.memory.rerun import keep_record

    data = {
        "format": RECORD_FORMAT,
        "workbook": output.name,
        "source": last.source,
        "sheet": last.sheet,
        "header_row": last.header_row,
        "records": last.records,
        "made": last.made,
    }
    return keep_record(output, record_path(output), data, RECORD_NOT_KEPT)


# What a run to a workbook says of one it found renamed by its cells (``carry_over_export``).
RENAMED_EXPORT = (
    "renamed from {was} (its cells are the ones the tool made from {source}): the records of "
    "its last runs in {folder}/ are this file's now{backups}"
)
# ... and what its dry run says (``would_carry_over_export``), having moved nothing.
WOULD_TAKE_OVER_EXPORT = (
    "renamed from {was} (its cells are the ones the tool made from {source}): a run would take "
    "the records of its last runs in {folder}/{backups} as this file's (dry run: nothing moved)"
)


def carry_over_export(output: Path) -> list[str]:
    """Give the workbook ``output`` (its real file), which has no record of the export it was
    made from, the records and backups of a workbook no longer beside it whose export record's
    cells it holds (``existing_output``): the same workbook, renamed ("tracker.xlsx" renamed
    "Ann Lee.xlsx" with mv, as the note of unsigned drafts advises; report ot121 F5: the next
    export was refused, "its cells are not export2.csv's"). Returns what the run says; nothing
    is done when there is none, and a failure only leaves things as they were."""
    from followup_batch.memory import rerun
    from followup_batch.read.files import real_path

    real = real_path(output)
    with contextlib.suppress(OSError, ValueError):
        found = _renamed_export(real)
        if found is None:
            return []
        was, source = found
        moved = rerun.take_over(real, was)
        if moved is None:
            return []
        backups = rerun.backups_moved(moved)
        return [RENAMED_EXPORT.format(was=was, source=source, folder=BACKUP_DIR, backups=backups)]
    return []


def would_carry_over_export(output: Path) -> tuple[list[str], Path | None]:
    """What a dry run says of the records and backups a run would give the workbook
    ``output`` (``carry_over_export``), moving nothing (fx303: it said nothing of them, and
    refused a newer export the run takes), and the file they are of, for the dry run to read
    them there (None: none to take)."""
    from followup_batch.memory import rerun
    from followup_batch.read.files import real_path
    from followup_batch.write.atomic import backups_of

    real = real_path(output)
    with contextlib.suppress(OSError, ValueError):
        found = _renamed_export(real)
        if found is not None:
            was, source = real.with_name(found[0]), found[1]
            backups = rerun.backups_named(len(backups_of(was)))
            said = WOULD_TAKE_OVER_EXPORT.format(
                was=was.name, source=source, folder=BACKUP_DIR, backups=backups
            )
            return [said], was
    return [], None


def _renamed_export(real: Path) -> tuple[str, str] | None:
    """The name of the workbook ``real`` was renamed from and the export that one was made
    from, when ``real`` has no export record of its own and holds that one's cells
    (``carry_over_export``); None when there is none."""
    if not real.is_file() or record_path(real).exists():
        return None
    for was in _gone_workbooks(real):
        last = last_export(real.with_name(was))
        if last is not None and _made_of(real, last):
            return was, last.source
    return None


def _gone_workbooks(output: Path) -> list[str]:
    """The workbooks the export records beside ``output``'s backups are of that are no longer
    in its folder, by name."""
    names = []
    for record in (output.parent / BACKUP_DIR).glob(f"*{RECORD_SUFFIX}"):
        with contextlib.suppress(OSError, ValueError, AttributeError):
            name = json.loads(record.read_text(encoding="utf-8")).get("workbook")
            if isinstance(name, str) and not (output.parent / name).exists():
                names.append(name)
    return sorted(names)


def _made_of(output: Path, last: LastExport) -> bool:
    """Whether the workbook ``output`` holds the cells ``last`` was made of (sorted or not)."""
    try:
        existing_output(output, last.records, last.header_row, last.source, last)
    except UnsafeWrite:
        return False
    return True


@dataclass(frozen=True)
class Existing:
    """The --output a CSV run replaces, as read (``existing_output``): its first sheet's name
    and rows (calamine's values), its header row, and where its cells end and the tool's
    columns begin (``width``)."""

    sheet: str
    rows: Sequence[Sequence[object]]
    header_row: int
    width: int
    sorted: bool = False  # its rows are the last export's in another order (``_reordered``)

    @property
    def headers(self) -> list[str]:
        """Its header row's cells of the export's columns (the tool's aside), as text."""
        return [_text(cell) for cell in self.rows[self.header_row - 1][: self.width]]

    def with_headers(self, renamed: Mapping[str, str]) -> Existing:
        """The workbook with its headers ``renamed`` (old -> new) as the export names them."""
        if not renamed:
            return self
        at = self.header_row - 1
        header = [
            renamed.get(_text(cell), cell) if col < self.width else cell
            for col, cell in enumerate(self.rows[at])
        ]
        return replace(self, rows=[*self.rows[:at], header, *self.rows[at + 1 :]])


def existing_output(
    output: Path,
    records: Sequence[Sequence[str]],
    header_row: int,
    source: str,
    last: LastExport | None,
) -> Existing:
    """The workbook ``output``, which exists, to be made again from the CSV's ``records``
    (its header on ``header_row``, 1-based): its cells are the CSV's, or those the last CSV
    run made (``last``: a newer export updates it). Refused when it holds anything else: a
    cell of the first sheet that differs (a sent date typed in the workbook since), a column
    or a sheet the tool did not make (another workbook named by mistake). Its content would
    be replaced, kept only in the backups (ot114 F1, F2). The refusal quotes the last
    export's cell as that export's, named with the run that read it (``_made_from``), not as
    the file given, which may have the same name and other cells (ot118 F5)."""
    from python_calamine import CalamineWorkbook

    from followup_batch.read.xlsx_cells import too_large_to_hold

    try:
        if too_large_to_hold(output):  # calamine would abort the run, not raise
            raise ValueError(output)
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
    if last is not None and _first_difference(rows, last.records, last.header_row) is None:
        return Existing(names[0], rows, last.header_row, _columns_of(last.records))
    if last is not None and _reordered(rows, last.records, last.header_row):
        return Existing(names[0], rows, last.header_row, _columns_of(last.records), sorted=True)
    first = _first_difference(rows, records, header_row)
    if first is None:
        return Existing(names[0], rows, header_row, _columns_of(records))
    if last is None:
        where, held, exported = first
        raise UnsafeWrite(
            f"{output.name} already exists, and its cells are not {source}'s ({where}: "
            f"{_shown(held)} there, {_shown(exported)} in the CSV): edits made in it since, "
            "or a newer export. Nothing was written. To keep its edits, run on it "
            f'(followup-batch run "{output}") and add new rows there; to make it again from '
            "the CSV, rename or delete it first"
        )
    edited = _first_difference(rows, last.records, last.header_row)
    assert edited is not None
    where, held, made = edited
    raise UnsafeWrite(
        f"{output.name} was edited since it was made from {_made_from(last)} ({where}: "
        f"{_shown(held)} in the workbook, {_shown(made)} in that export): nothing was written. "
        f"{_own_column_hint(rows, last, where)}To keep its edits, run on it (followup-batch run "
        f'"{output}") and add the new rows there; to make it again from {source}, rename or '
        "delete it first"
    )


def _own_column_hint(rows: Sequence[Sequence[object]], last: LastExport, where: str) -> str:
    """What the refusal of a cell between the export's columns and the tool's adds: a column
    of one's own goes right of the tool's, where the next export carries it (``own_columns``);
    '' for another cell."""
    from followup_batch.read.column_letters import column_index

    width = _columns_of(last.records)
    header = rows[last.header_row - 1] if len(rows) >= last.header_row else []
    start = own_columns(header, width)
    column = column_index(where.rstrip("0123456789")) - 1
    if start is None or not width <= column < start:
        return ""
    return (
        f"A column of your own goes right of the tool's columns (after "
        f'"{_text(header[start - 1])}"), where a newer export carries it with its rows. '
    )


def _made_from(last: LastExport) -> str:
    """The export a workbook was made from, as the refusal names it: by its name and the run
    that read it ("export.csv as run to it on 2026-12-06 18:25"), as the file of that name
    given now may hold a week's newer cells (ot118 F5: its cell was quoted "in export.csv",
    where the person found another)."""
    when = f"on {last.made}" if last.made else "last"
    return f"{last.source} as run to it {when}"


def _reordered(
    rows: Sequence[Sequence[object]], records: Sequence[Sequence[str]], header_row: int
) -> bool:
    """Whether the workbook's rows below the header are the export's ``records`` in another
    order, each whole (the tool's cells and the person's with it): the rows sorted in Excel,
    the most common thing done to a sheet, which changes no cell (ot118 F5, F6: refused as an
    edit). Both are put in one order and compared as ``_first_difference`` compares them."""
    width = _columns_of(records)

    def order(cells: Sequence[str]) -> tuple[bool, tuple[str, ...]]:
        texts = tuple(cells[:width]) + ("",) * (width - len(cells[:width]))
        return (not any(texts), texts)

    body = sorted(rows[header_row:], key=lambda row: order([_text(cell) for cell in row]))
    exported = sorted(
        records[header_row:], key=lambda record: order([_LINE_BREAK.sub("\n", c) for c in record])
    )
    return (
        _first_difference(
            [*rows[:header_row], *body], [*records[:header_row], *exported], header_row
        )
        is None
    )


def _columns_of(records: Sequence[Sequence[object]]) -> int:
    return max((len(record) for record in records), default=0)


def renamed_headers(
    existing: Existing, headers: Sequence[str], mapping: Mapping[str, int], reading: ReadOptions
) -> dict[str, str]:
    """The workbook's headers the newer export names otherwise, old -> new: those read as
    the same tracker field (Huntr's "Job Title" now "Position", Teal's "Job Position"), so
    that its rows are still known by their cells (ot118 F3: every row was new, every edited
    draft saved away). Not a header both still hold, nor one the other names another column."""
    from followup_batch.read.headers import header_index_with, match_header

    cells = existing.headers
    index = header_index_with(reading.column_map)
    then = match_header(existing.header_row, cells, index, set(reading.mapped_keys)).mapping
    renamed = {}
    for name, col in mapping.items():
        if name in then and col < len(headers):
            old, new = cells[then[name]], headers[col]
            if old != new and old not in headers and new not in cells:
                renamed[old] = new
    return renamed


def unmatched_columns(update: Update, existing: Existing, headers: Sequence[str]) -> str:
    """The headers the workbook and the export do not share ('"Stage" gone, "List" new'),
    when no row of the export matched one of the workbook's though both hold rows: said
    plainly, not only as every row new and every row gone (ot118 F3); '' otherwise."""
    if update.rows or not update.gone or not update.new:
        return ""
    old = existing.headers
    gone = [f'"{name}" gone' for name in old if name and name not in headers]
    new = [f'"{name}" new' for name in headers if name and name not in old]
    return ", ".join([*gone, *new])


def identity_headers(
    headers: Sequence[str], mapping: Mapping[str, int], keys: Sequence[str] = IDENTITY
) -> list[str]:
    """The headers of the columns a row is known by (``IDENTITY``; ``keys``: other fields)
    in a table read with ``mapping`` (field -> column)."""
    return [headers[mapping[key]] for key in keys if key in mapping]


def _row_keys(
    rows: Sequence[Sequence[object]], header_row: int, width: int, identity: Sequence[str]
) -> dict[int, tuple[str, ...]]:
    """Each data row's (Excel row's) key: its cells under the ``identity`` headers, or all its
    cells when the header row has none of them; the rows of the first ``width`` columns that
    hold a cell."""
    header = [_text(cell) for cell in (rows[header_row - 1] if len(rows) >= header_row else [])]
    at = [header.index(name) for name in identity if name in header[:width]]
    keys = {}
    for number in range(header_row + 1, len(rows) + 1):
        cells = [_text(cell) for cell in rows[number - 1][:width]]
        if any(cells):
            picked = [cells[i] if i < len(cells) else "" for i in at] if at else cells
            keys[number] = tuple(text.strip() for text in picked)
    return keys


def _text(value: object) -> str:
    return "" if value is None else str(value)


@dataclass(frozen=True)
class Update:
    """The rows of a newer export matched to the workbook's (``matched_rows``): Excel row of
    the export -> the workbook's, the workbook's rows the export no longer holds, the count of
    the export's rows new to it and changed in it, and the rows of ``gone`` the export holds
    rows alike to that no cell tells apart (``alike``: their edits are saved, not carried)."""

    rows: dict[int, int]
    gone: list[int]
    new: int
    changed: int
    alike: list[int] = field(default_factory=list)
    # The workbook's headers the export names otherwise, old -> new (``renamed_headers``).
    renamed: Mapping[str, str] = field(default_factory=dict)
    # Its columns changed, when no row matched one of the workbook's (``unmatched_columns``).
    unmatched: str = ""
    # The rows of ``gone`` whose application the export holds with another contact, not
    # theirs (``_other_person``): row -> (its contact, the export's row's).
    other_contact: Mapping[int, tuple[str, str]] = field(default_factory=dict)
    # The person's own columns of dates, numbers or TRUE/FALSE, now text (``typed_own_columns``).
    as_text: Sequence[str] = ()
    # The rows of ``gone`` whose application the export still holds, without their contact
    # (``_contacts_left``): row -> its contact.
    contact_gone: Mapping[int, str] = field(default_factory=dict)

    def said(self, output: str, dry_run: bool = False) -> str:
        """What the run says of it, on the export's line: "tracker.xlsx updated from it: 2 new
        rows, 1 changed, 1 no longer in it" ("would be updated" in a dry run); '' when the
        rows are the workbook's."""
        parts = [
            f"{self.new:,} new row{'s' if self.new != 1 else ''}" if self.new else "",
            f"{self.changed:,} changed" if self.changed else "",
            f"{len(self.gone) - len(self.alike) - len(self.other_contact):,} no longer in it"
            if len(self.gone) > len(self.alike) + len(self.other_contact)
            else "",
            f"{len(self.other_contact):,} row{'s' if len(self.other_contact) != 1 else ''} "
            "whose contact the export replaced (your edits there saved, not carried)"
            if self.other_contact
            else "",
            f"{len(self.alike):,} row{'s' if len(self.alike) != 1 else ''} alike that no "
            "cell tells apart (your edits there saved, not carried)"
            if self.alike
            else "",
        ]
        parts += [f'column "{old}" renamed "{new}"' for old, new in self.renamed.items()]
        if self.as_text:
            columns = ", ".join(f'"{name}"' for name in self.as_text)
            parts.append(
                f"your column{'s' if len(self.as_text) != 1 else ''} {columns} carried as "
                "text, as the export's cells are (a date, number or TRUE there is now its "
                "text: type it again where a sort or a sum needs it)"
            )
        if self.unmatched:
            parts.append(
                "no row of it matched one of the workbook's: its columns changed "
                f"({self.unmatched})"
            )
        shown = ", ".join(part for part in parts if part)
        updated = "would be updated" if dry_run else "updated"
        return f"{output} {updated} from it: {shown}" if shown else ""


def matched_rows(
    existing: Existing,
    records: Sequence[Sequence[str]],
    header_row: int,
    identity: Sequence[str],
    contacts: Sequence[str] = (),
) -> Update:
    """The export's rows matched to the workbook's: by all their cells first (rows that did not
    change, wherever the export put them), then by their application (``IDENTITY``) where
    one row of the workbook and one of the export are left with it, then rows alike (two
    Tyrell / Engineering Manager applications of one day) by the cells that tell them apart
    (``_closest``: a contact, a note), then an application whose cells the app spells
    otherwise (``_respelt``: "Acme Corp" now "Acme Corp."). Rows alike that no cell tells
    apart, once one changed or went, are not matched: an app does not keep their order, and
    one person's draft must never go to the other's row (ot118 F1); their tool cells go
    below the rows, where the run saves what the person typed there. Nor is a row matched by
    its application whose ``contacts`` cells name another person (``_other_person``: ot121
    F1). A matched row whose cells differ (under the same headers) is changed."""
    old = _row_keys(existing.rows, existing.header_row, existing.width, identity)
    new = _row_keys(records, header_row, _columns_of(records), identity)
    old_cells = _by_header(existing.rows, existing.header_row, existing.width)
    new_cells = _by_header(records, header_row, _columns_of(records))
    matched = _paired(
        {n: tuple(sorted(new_cells(n).items())) for n in new},
        {n: tuple(sorted(old_cells(n).items())) for n in old},
    )
    exact, taken = set(matched), set(matched.values())
    left_new = {n: key for n, key in new.items() if n not in matched}
    left_old = {n: key for n, key in old.items() if n not in taken}
    matched.update(_paired(left_new, left_old, unique=True))
    taken = set(matched.values())
    left_new = {n: key for n, key in left_new.items() if n not in matched}
    left_old = {n: key for n, key in left_old.items() if n not in taken}

    def other_person(now: int, was: int) -> tuple[str, str] | None:
        return _other_person(old_cells(was), new_cells(now), contacts)

    matched.update(_closest(left_new, left_old, new_cells, old_cells, other_person))
    taken = set(matched.values())
    matched.update(
        _respelt(
            {n: key for n, key in left_new.items() if n not in matched},
            {n: key for n, key in left_old.items() if n not in taken},
            other_person,
        )
    )
    other = {}  # rows paired by their application whose contacts are two people
    for now, was in [(now, was) for now, was in matched.items() if now not in exact]:
        if (people := other_person(now, was)) is not None:
            del matched[now]
            other[was] = people
    taken = set(matched.values())
    still = {n: key for n, key in left_new.items() if n not in matched}
    other.update(_replaced_contacts(left_old, taken, still, other_person))
    alike = [
        n for n, key in left_old.items() if n not in taken | set(other) and key in still.values()
    ]
    changed = sum(old_cells(was) != new_cells(now) for now, was in matched.items())
    alike_keys = {old[n] for n in alike}
    fresh = sum(n not in matched and key not in alike_keys for n, key in new.items())
    gone = [n for n in old if n not in taken]
    left = _contacts_left(
        [n for n in gone if n not in alike and n not in other],
        old,
        set(new.values()),
        lambda was: _shown_contact(old_cells(was), contacts),
    )
    return Update(matched, gone, fresh, changed, alike, other_contact=other, contact_gone=left)


def _contacts_left(
    gone: Sequence[int],
    keys: Mapping[int, Hashable],
    held: set[Hashable],
    contact: Callable[[int], str],
) -> dict[int, str]:
    """The rows of ``gone`` (of ``keys``) whose application the export still holds in other
    rows (``held``: its rows' keys), with their contact: the row of that one contact is gone,
    not the application (ot121 F7: Carla's note was "no longer holds that application" while
    Alice's and Bob's rows of it were there). Rows with no contact are left out."""
    return {was: who for was in gone if keys[was] in held and (who := contact(was))}


def _shown_contact(cells: Mapping[str, str], contacts: Sequence[str]) -> str:
    """A row's contact as its ``contacts`` cells hold it: "Carla Mendes, carla@tyrell.com"."""
    return ", ".join(cells[header] for header in contacts if cells.get(header))


_NAME_WORD = re.compile(r"[^\W\d_]+")


def _person(cells: Mapping[str, str], contacts: Sequence[str]) -> tuple[set[str], set[str]]:
    """The names' words and the addresses of a row's ``contacts`` cells, as compared."""
    from followup_batch.normalise.addresses import written_addresses

    names: set[str] = set()
    addresses: set[str] = set()
    for header in contacts:
        for token in cells.get(header, "").split():
            if "@" in token:
                addresses.update(found.casefold() for found in written_addresses(token)[0])
            else:
                names.update(word.casefold() for word in _NAME_WORD.findall(token))
    return names, addresses


def _other_person(
    was: Mapping[str, str], now: Mapping[str, str], contacts: Sequence[str]
) -> tuple[str, str] | None:
    """(the workbook row's contact, the export row's) when the export's row of the same
    application names another person: their names differ (neither one's words the other's)
    and so do their addresses; None when either names no one or they share a name or an
    address (an address changed, "Alice Grant" now "Alice Grant-Lee"). A new recruiter
    taking a contact's place is not that contact's row: what the person typed about Alice
    must not go to Carla's."""
    (names, addresses), (names_now, addresses_now) = _person(was, contacts), _person(now, contacts)
    if not (names or addresses) or not (names_now or addresses_now):
        return None
    if _same_person((names, addresses), (names_now, addresses_now)):
        return None
    if (names and names_now) or (addresses and addresses_now):
        return _shown_contact(was, contacts), _shown_contact(now, contacts)
    return None


def _same_person(one: tuple[set[str], set[str]], other: tuple[set[str], set[str]]) -> bool:
    """Whether two contacts (``_person``: names' words, addresses) name one person: they share
    an address, or one's name is the other's with words added ("Alice Grant-Lee")."""
    (names, addresses), (names_now, addresses_now) = one, other
    return bool(
        addresses & addresses_now
        or (names and names_now and (names <= names_now or names_now <= names))
    )


def _replaced_contacts(
    old: Mapping[int, Hashable],
    taken: set[int],
    new: Mapping[int, Hashable],
    other_person: Callable[[int, int], tuple[str, str] | None],
) -> dict[int, tuple[str, str]]:
    """The workbook's rows left unmatched whose application the export's rows left hold
    only with other people (``_other_person``): row -> (its contact, theirs). Not rows alike
    that no cell tells apart: their contact tells them, gone (ot121 F7: Carla's note was
    "one of rows alike" where the export had Dan in her place)."""
    replaced = {}
    for was, key in old.items():
        nows = [now for now, other in new.items() if other == key] if was not in taken else []
        people = [other_person(now, was) for now in nows[:CLOSEST]]
        if people and all(people):
            theirs = " or ".join(dict.fromkeys(p[1] for p in people if p))
            replaced[was] = (people[0][0] if people[0] else "", theirs)
    return replaced


def _closest(
    new: Mapping[int, Hashable],
    old: Mapping[int, Hashable],
    new_cells: Callable[[int], dict[str, str]],
    old_cells: Callable[[int], dict[str, str]],
    other_person: Callable[[int, int], object] = lambda now, was: None,
) -> dict[int, int]:
    """Rows alike (of one key) left in both exports matched where each is the other's one
    closest: the most cells the same under the same headers (Sam Ortiz's contact and note,
    not Maya Chen's); none where two are as close, nor rows of two people
    (``other_person``). Only among a few rows alike (``CLOSEST``): the rows are compared
    pairwise."""
    groups: dict[Hashable, tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    for number, key in new.items():
        groups[key][0].append(number)
    for number, key in old.items():
        groups[key][1].append(number)
    matched = {}
    for nows, weres in groups.values():
        if not nows or not weres or len(nows) > CLOSEST or len(weres) > CLOSEST:
            continue
        same = {
            (now, was): -1
            if other_person(now, was)
            else _same_cells(new_cells(now), old_cells(was))
            for now in nows
            for was in weres
        }
        for now in nows:
            was = _only_best({w: same[now, w] for w in weres})
            if (
                was is not None
                and same[now, was] >= 0
                and _only_best({n: same[n, was] for n in nows}) == now
            ):
                matched[now] = was
    return matched


def _respelt(
    new: Mapping[int, tuple[str, ...]],
    old: Mapping[int, tuple[str, ...]],
    other_person: Callable[[int, int], object],
) -> dict[int, int]:
    """Rows left in both exports whose application differs in its spelling alone (case,
    spaces, punctuation: "Acme Corp" now "Acme Corp.", the same position, applied day and
    contact) matched where each is the other's only one (ot121 F7: the row was called gone
    from the export and its note saved off it); not rows of two people (``other_person``)."""
    groups: dict[tuple[str, ...], tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    for number, key in new.items():
        groups[_spelling(key)][0].append(number)
    for number, key in old.items():
        groups[_spelling(key)][1].append(number)
    return {
        nows[0]: weres[0]
        for nows, weres in groups.values()
        if len(nows) == len(weres) == 1
        and new[nows[0]] != old[weres[0]]  # rows alike left untold stay so (``_closest``)
        and not other_person(nows[0], weres[0])
    }


def _spelling(key: tuple[str, ...]) -> tuple[str, ...]:
    """A row's key as ``_respelt`` compares it: each cell's letters and digits, case aside."""
    return tuple("".join(ch for ch in text.casefold() if ch.isalnum()) for text in key)


def _same_cells(one: dict[str, str], other: dict[str, str]) -> int:
    """How many filled cells two rows hold the same under the same headers."""
    return sum(other.get(header) == text for header, text in one.items())


def _only_best(scores: dict[int, int]) -> int | None:
    """The one row of the highest score; None when two share it."""
    scored = sorted(((score, row) for row, score in scores.items()), reverse=True)
    if len(scored) > 1 and scored[0][0] == scored[1][0]:
        return None
    return scored[0][1] if scored else None


def _paired(
    new: Mapping[int, Hashable], old: Mapping[int, Hashable], *, unique: bool = False
) -> dict[int, int]:
    """The rows of ``new`` matched to those of ``old`` of the same key (export row ->
    workbook row): rows of one key in their order, or (``unique``) only a key that one row
    of each holds."""
    waiting: dict[Hashable, list[int]] = defaultdict(list)
    for number, key in old.items():
        waiting[key].append(number)
    counts: dict[Hashable, int] = defaultdict(int)
    for key in new.values():
        counts[key] += 1
    matched = {}
    for number, key in new.items():
        if waiting[key] and (not unique or counts[key] == len(waiting[key]) == 1):
            matched[number] = waiting[key].pop(0)
    return matched


def _by_header(
    rows: Sequence[Sequence[object]], header_row: int, width: int
) -> Callable[[int], dict[str, str]]:
    """A row's cells by their headers (the filled ones), to compare rows of two exports whose
    columns moved or grew."""
    header = [_text(cell) for cell in rows[header_row - 1][:width]]

    def cells(number: int) -> dict[str, str]:
        values = [_text(cell) for cell in rows[number - 1][:width]]
        return {name: value for name, value in zip(header, values, strict=False) if value}

    return cells


# A row gone from the export, as its saved texts are named (``CarriedOver.gone``).
Gone = tuple[str, str, bool, tuple[str, str] | None, str]


@dataclass
class CarriedOver:
    """What the run of a CSV-made workbook takes over from the --output it replaces: the
    memory of the texts the tool wrote there (``hand_edits``) and the texts of its Drafts
    sheet at the rows their rows went to (``read.outbox_cells``); ``left``: the memory this run
    leaves, filled by the run (``since_last_run.settle_hand_edits``), for the record."""

    memory: Memory | None = None
    outbox: pd.DataFrame | None = None
    left: dict[str | None, Memory] = field(default_factory=dict)
    # The rows below the rows that hold the tool's cells of rows gone from the export: their
    # company and position in the last export, whether the export holds rows alike to it, and
    # its contact and the export's other one in its place (``Update.other_contact``).
    gone: dict[int, Gone] = field(default_factory=dict)
    source: str = ""  # the export's file name
    # A To, Email or Due typed over in the Drafts sheet for a row gone (``_drafts_of_gone``).
    typed: list[Edit] = field(default_factory=list)
    # The tool's sheets the --output holds already, not added by the run (``tool_sheets``).
    sheets: tuple[str, ...] = ()

    def named(self, edit: Edit) -> Edit:
        """``edit`` of a row gone from the export named by that row's company and position in
        the last export and by the export it is no longer in, not by its cell below the rows
        (ot118 F4: "row of no company", export!S35 past the sheet's end), and said of rows
        alike."""
        if edit.export or not edit.gone or edit.row not in self.gone:  # or named already
            return edit
        company, position, alike, contacts, contact_gone = self.gone[edit.row]
        return replace(
            edit,
            company=company,
            position=position,
            alike=alike,
            export=self.source,
            contacts=contacts,
            contact_gone=contact_gone,
        )


def carried_over(
    output: Path,
    existing: Existing,
    records: Sequence[Sequence[str]],
    header_row: int,
    update: Update,
    memory: Memory,
    about: tuple[str, str] = ("", ""),
    source: str = "",
    contact_headers: Sequence[str] = (),
) -> tuple[list[list[str]], CarriedOver]:
    """The CSV's ``records`` with the tool's columns of the workbook ``output`` beside them,
    each row's cells with the export's row of the same application (``update``), and what the
    run takes over (``memory``: of the texts the tool last wrote there); the tool's cells of
    the rows no longer in the export go below the rows, where the run saves what the person
    typed there and clears them, as for a row deleted from a tracker (a message edited in the
    Drafts sheet with them: ``_drafts_of_gone``), named by their cells under the headers
    ``about`` (company, position) in the workbook; ``contact_headers``: the headers of a row's
    contact, which tell a sorted workbook's rows alike apart (``_sorted_links``)."""
    from followup_batch.read.outbox_cells import drafts_sheet_texts
    from followup_batch.schedule.labels import WAITING
    from followup_batch.write.columns import OWNED_COLUMNS

    header = existing.rows[existing.header_row - 1] if existing.rows else []
    owned = _tool_columns(header, existing.width)
    width = _columns_of(records)
    grid = [[*record, *[""] * (width - len(record))] for record in records]

    status = next(
        (i for i, col in enumerate(owned) if header[col] == OWNED_COLUMNS["status"]), None
    )

    def tool_cells(number: int) -> list[str]:
        row = existing.rows[number - 1]
        cells = [_tool_text(row[col]) if col < len(row) else "" for col in owned]
        if status is not None and not cells[status] and any(cells):
            # The tool's status formula saved without its value (by a script): the tool's.
            cells[status] = WAITING
        return cells

    for number, record in enumerate(grid, start=1):
        was = existing.header_row if number == header_row else update.rows.get(number)
        record += tool_cells(was) if was is not None else [""] * len(owned)
    moved = dict(zip(update.rows.values(), update.rows.keys(), strict=True))
    outbox = drafts_sheet_texts(output)
    outbox = outbox[outbox["sheet"] == existing.sheet]
    if existing.sorted:
        outbox = _sorted_links(output, outbox, existing, about, memory, contact_headers)
    named = _by_header(existing.rows, existing.header_row, existing.width)
    gone: dict[int, Gone] = {}
    for number in update.gone:
        cells = tool_cells(number)
        if any(cells):
            grid.append([*[""] * width, *cells])
            moved[number] = len(grid)
            company, position = (
                named(number).get(name, "").strip() if name else "" for name in about
            )
            contacts = update.other_contact.get(number)
            gone[len(grid)] = (
                company,
                position,
                number in update.alike,
                contacts,
                update.contact_gone.get(number, ""),
            )
    gone_rows = {moved[n] for n in update.gone if n in moved}
    outbox = outbox[outbox["row"].isin(list(moved))].assign(
        row=lambda frame: frame["row"].map(moved)
    )
    of_gone = outbox[outbox["row"].isin(list(gone_rows))]
    typed = _drafts_of_gone(grid, of_gone, owned, header, memory, (existing.sheet, gone))
    kept = outbox[~outbox["row"].isin(list(gone_rows))]
    own, left = _own_cells(existing, update, records, header_row)
    for record, cells in zip(grid, own, strict=False):
        record += cells
    typed += [
        _own_edit(existing, number, (col, title, text), update, source, (named, about))
        for number, col, title, text in left
    ]
    return grid, CarriedOver(memory, kept, gone=gone, source=source, typed=typed)


def _own_edit(
    existing: Existing,
    number: int,
    cell: tuple[int, str, str],
    update: Update,
    source: str,
    naming: tuple[Callable[[int], dict[str, str]], tuple[str, str]],
) -> Edit:
    """A text of the person's own column (``cell``: column, header, text) in the workbook's
    row ``number``, which the export no longer holds (or holds rows alike to): saved and said
    as their edited draft of that row is, named by its application."""
    from followup_batch.memory.hand_edits import Edit

    named, about = naming
    column, title, text = cell
    company, position = (named(number).get(name, "").strip() if name else "" for name in about)
    return Edit(
        existing.sheet,
        number,
        "own",
        column,
        text,
        "",
        kept=False,
        company=company,
        position=position,
        gone=True,
        alike=number in update.alike,
        export=source,
        own=title,
        contacts=update.other_contact.get(number),
        contact_gone=update.contact_gone.get(number, ""),
    )


def _sorted_links(
    output: Path,
    outbox: pd.DataFrame,
    existing: Existing,
    about: tuple[str, str],
    memory: Memory,
    contacts: Sequence[str] = (),
) -> pd.DataFrame:
    """The Drafts sheet's messages of a workbook whose rows were sorted, each at the row of
    the application it names (its Company and Position): a sort moves no link to the rows, so
    a link names the row the message was at; of rows alike (the link may name the other's,
    sorted into its place), the row of the contact its To and Email name (``_of_contact``). A
    message that still goes with no one row is dropped when it is the tool's or typed in
    that row's cell too (``_typed_in_row``), and the run refused when it is the person's: it
    would go to another person's row, or be lost."""
    from followup_batch.memory.hand_edits import MESSAGE_CELLS, message_cells_of_gone, text_hash

    named = _by_header(existing.rows, existing.header_row, existing.width)
    # The tool's cells too (the Draft a message may be typed in as well): every header's.
    header = existing.rows[existing.header_row - 1]
    every = _by_header(existing.rows, existing.header_row, len(header))

    def application(number: int) -> tuple[str, str]:
        cells = named(number)
        return _compared(cells.get(about[0], "")), _compared(cells.get(about[1], ""))

    holding: dict[tuple[str, str], list[int]] = defaultdict(list)
    for number in range(existing.header_row + 1, len(existing.rows) + 1):
        holding[application(number)].append(number)
    whom: dict[int, dict[str, str]] = defaultdict(dict)  # each message's To and Email
    for row, key, text in zip(outbox["row"], outbox["key"], outbox["text"], strict=True):
        if key in ("to", "email"):
            whom[row][key] = str(text)
    rows, keep = [], []
    for row, key, text, cell, (company, position) in zip(
        outbox["row"], outbox["key"], outbox["text"], outbox["cell"], outbox["about"], strict=True
    ):
        named_as = (_compared(company), _compared(position))
        found = holding.get(named_as, [])  # of rows alike, its link's may be the other's
        found = _of_contact(found, whom[row], named, contacts) if len(found) > 1 else found
        rows.append(found[0] if len(found) == 1 else row)
        keep.append(len(found) == 1)
        if len(found) == 1 or _typed_in_row(found, key, str(text), every):
            continue
        typed = [(key, text, cell)] if key in MESSAGE_CELLS else []
        if text_hash(str(text)) in (memory.outbox or frozenset()) or (
            typed and not message_cells_of_gone(None, 0, 0, typed, memory, (company, position))
        ):
            continue
        raise UnsafeWrite(
            f"{output.name}: its rows were sorted since the last export run to it, and {cell}, "
            f"typed over the message of {company} — {position} in the Drafts sheet, goes with "
            "no one row (several rows hold that application and its To and Email name no "
            "one of their contacts, or no row does): nothing was written. "
            f"Type it in that row's Draft cell instead and empty {cell} (the run reads the "
            "Drafts sheet's text too), or sort the rows back, and run again"
        )
    return outbox.assign(row=rows)[keep]


def _of_contact(
    found: list[int],
    whom: Mapping[str, str],
    named: Callable[[int], dict[str, str]],
    contacts: Sequence[str],
) -> list[int]:
    """Of the rows alike ``found``, the one whose contact (its ``contacts`` cells) is the
    person a Drafts-sheet message goes to (``whom``: its To and Email), as a row's contact
    tells rows alike apart (``_same_person``); ``found`` when none or several are (ot121 F6:
    Hank Moody's message of Globex's two Data Scientist rows was refused after a sort)."""
    to = _person(whom, ("to", "email"))
    if not any(to):
        return found
    theirs = [number for number in found if _same_person(_person(named(number), contacts), to)]
    return theirs if len(theirs) == 1 else found


def _typed_in_row(
    found: list[int], key: str, text: str, named: Callable[[int], dict[str, str]]
) -> bool:
    """Whether a Drafts-sheet message's ``text`` (its Subject or Draft, ``key``) is typed in
    the same cell of one of the rows ``found`` too: that row's cell holds the edit, so the
    Drafts sheet's copy goes with no row (ot121 F6: copied there, as the refusal said, it
    was refused again while the Drafts sheet kept it)."""
    from followup_batch.write.columns import OWNED_COLUMNS

    if key not in OWNED_COLUMNS:  # its To, Email or Due
        return False
    title, words = OWNED_COLUMNS[key], text.split()
    return any(named(n).get(title, "").split() == words for n in found)


def _compared(text: str) -> str:
    """A company's or position's text as compared: its words, in any case."""
    return " ".join(text.split()).casefold()


def _tool_text(value: object) -> str:
    """A tool's cell of the workbook as text, as the new workbook holds every cell: a date as
    its day, as a due cell is read (``hand_edits``)."""
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        value = value.date()
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return _text(value)


def _own_text(value: object) -> str:
    """A cell of the person's own column as the text the new workbook holds, as Excel shows
    it: a date as 2026-12-10, with its time as 2026-12-03 15:30, TRUE as TRUE, 185000 as
    185000 (ot121 F9: "2026-12-03T15:30:00", "True")."""
    from followup_batch.memory.hand_edits import typed_text

    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    return "" if value is None else typed_text(value)


def typed_own_columns(existing: Existing) -> list[str]:
    """The headers of the person's own columns (``own_columns``) holding a date, a number or
    TRUE/FALSE, which the newer export's workbook holds as text, as it holds every cell: said
    once (ot121 F9: a sort or a sum of theirs took it silently)."""
    header = existing.rows[existing.header_row - 1] if existing.rows else []
    start = own_columns(header, existing.width)
    if start is None:
        return []
    typed = {
        col
        for row in existing.rows[existing.header_row :]
        for col in range(start, len(row))
        if isinstance(row[col], (bool, int, float, dt.date, dt.datetime, dt.time))
    }
    return [
        _text(header[col]) if col < len(header) and header[col] else column_letter(col + 1)
        for col in sorted(typed)
    ]


def _drafts_of_gone(
    grid: list[list[str]],
    outbox: pd.DataFrame,
    owned: Sequence[int],
    header: Sequence[object],
    memory: Memory,
    rows: tuple[str, Mapping[int, Gone]],
) -> list[Edit]:
    """A message edited in the Drafts sheet for a row no longer in the export, put in that
    row's cell below the rows (``grid``), where the run saves it as the person's (the Drafts
    sheet's messages are of the tracker's rows only); unless the person edited the cell too:
    of two edits of one message, the tracker's is taken, as in an in-place run. A To, Email
    or Due typed over there is returned as the person's edit of that row, to be saved and
    said (``hand_edits.message_cells_of_gone``); ``rows``: the sheet, and the company and
    position of each row below the rows (``CarriedOver.gone``)."""
    from followup_batch.memory.hand_edits import MESSAGE_CELLS, message_cells_of_gone, text_hash
    from followup_batch.write.columns import OWNED_COLUMNS

    keys = {title: key for key, title in OWNED_COLUMNS.items()}
    at = {keys[str(header[col])]: i for i, col in enumerate(owned)}
    width = len(grid[0]) - len(owned) if grid else 0
    typed: dict[int, list[tuple[str, object, str]]] = defaultdict(list)
    for row, key, text, cell in zip(
        outbox["row"], outbox["key"], outbox["text"], outbox["cell"], strict=True
    ):
        if key in MESSAGE_CELLS:
            typed[row].append((key, text, cell))
        if key not in at:
            continue
        cells = grid[row - 1]
        held = cells[width + at[key]]
        if not held or text_hash(held) in memory.written.get(key, frozenset()):
            cells[width + at[key]] = text
    sheet, gone = rows
    if "draft" not in at:
        return []
    return [
        edit
        for row, cells in typed.items()
        for edit in message_cells_of_gone(
            sheet, int(row), width + at["draft"], cells, memory, gone[row][:2]
        )
    ]


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
    first sheet holds what the CSV does not; the tool's own columns aside, and the person's
    columns right of them (``own_columns``) on the header row and the rows of the export (a
    cell of theirs on another row would have no row to go with)."""
    width = _columns_of(records)
    header = rows[header_row - 1] if len(rows) >= header_row else []
    owned = set(_tool_columns(header, width))
    own = own_columns(header, width)
    for r in range(max(len(rows), len(records))):
        row = rows[r] if r < len(rows) else []
        record = records[r] if r < len(records) else []
        keyed = r + 1 == header_row or (r + 1 > header_row and any(map(_text, row[:width])))
        for c in range(max(len(row), width)):
            if c in owned or (keyed and own is not None and c >= own):
                continue
            held = row[c] if c < len(row) else ""
            exported = record[c] if c < len(record) else ""
            if held != _LINE_BREAK.sub("\n", exported):
                return f"{column_letter(c + 1)}{r + 1}", held, exported
    return None


def without_tool_columns(records: list[list[str]], header_row: int) -> list[list[str]]:
    """The CSV's ``records`` without the tool's columns a run in place on it appended (its
    last columns, headed as the tool heads them, "Follow-up status" among them): the cells a
    workbook made of it holds as the export's. As they are when it has none, or when columns
    of the person's stand right of them (cut away, those would change places)."""
    from followup_batch.write.columns import OWNED_COLUMNS

    if len(records) < header_row:
        return records
    header = records[header_row - 1]
    end = len(header)
    while end and not header[end - 1].strip():
        end -= 1
    start = end
    titles = set(OWNED_COLUMNS.values())
    while start and header[start - 1] in titles:
        start -= 1
    if OWNED_COLUMNS["status"] not in header[start:end]:
        return records
    return [record[:start] for record in records]


def _tool_columns(header: Sequence[object], width: int) -> list[int]:
    """The tool's columns of a workbook made from an export (0-based): those right of the
    export's ``width`` columns headed as the tool heads its columns."""
    from followup_batch.write.columns import OWNED_COLUMNS

    return [
        col for col, cell in enumerate(header) if col >= width and cell in OWNED_COLUMNS.values()
    ]


def own_columns(header: Sequence[object], width: int) -> int | None:
    """Where the person's own columns begin (0-based): right of the tool's columns, where the
    tool's advice sends one's own dates and notes (ot118 F6: such a column refused the next
    export). None when the workbook has no tool columns: no column of it is told as theirs."""
    tools = _tool_columns(header, width)
    return max(tools) + 1 if tools else None


# A cell with a formula in a worksheet's XML: its column letters and row. Each piece bounded or
# ended by a character it cannot take.
_FORMULA_CELL = re.compile(
    rb'<(?:\w{1,20}:)?c r="([A-Z]{1,3})(\d{1,7})"[^>]*>\s*<(?:\w{1,20}:)?f[ >/]'
)


def _refuse_own_formulas(output: Path, existing: Existing) -> None:
    """Refuse the workbook when a cell of the person's own columns (``own_columns``) holds a
    formula: the workbook is made again from the export's cells, the tool's and theirs
    carried as values, and their formula would be left a value without a word. The sheet's
    XML is read for it (a formula saved by a script has no value to see), unless the workbook
    is the tool's own last version, which holds nothing of theirs."""
    import zipfile

    from followup_batch.memory import rerun
    from followup_batch.read.column_letters import column_index
    from followup_batch.read.files import real_path
    from followup_batch.read.package import open_package, read_part, read_sheets
    from followup_batch.write.atomic import fingerprint

    header = existing.rows[existing.header_row - 1] if existing.rows else []
    start = own_columns(header, existing.width)
    version = fingerprint(output)
    if start is None or version is None or rerun.is_own_version(real_path(output), version):
        return
    with zipfile.ZipFile(output) as archive:
        package = open_package(archive)
        if package.workbook_part is None or package.binary:
            return
        parts = read_sheets(archive, package.workbook_part).worksheets
        if existing.sheet not in parts:
            return
        xml = read_part(archive, parts[existing.sheet])
    for match in _FORMULA_CELL.finditer(xml):
        if column_index(match[1].decode()) > start:
            cell = f"{match[1].decode()}{int(match[2])}"
            raise UnsafeWrite(
                f"{output.name}: {cell} holds a formula, in a column of your own, which a newer "
                "export cannot carry (the workbook is made again from the export's cells, "
                "your columns' values beside them): nothing was written. Type its value "
                f'there, or run on it (followup-batch run "{output}") and add the new rows there'
            )


def _own_cells(
    existing: Existing, update: Update, records: Sequence[Sequence[str]], header_row: int
) -> tuple[list[list[str]], list[tuple[int, int, str, str]]]:
    """The person's own columns of the workbook (``own_columns``), carried row by row as the
    tool's cells are: for each of the export's records, the cells of its matched row (its
    header row, their headers); and those of rows the export no longer holds, which go with
    no row: (workbook row, column, header or column letter, text) each, to be saved."""
    header = existing.rows[existing.header_row - 1] if existing.rows else []
    start = own_columns(header, existing.width)
    end = _columns_of(existing.rows)
    if start is None or start >= end:
        return [[] for _ in records], []

    def cells(number: int) -> list[str]:
        row = existing.rows[number - 1]
        return [_own_text(row[col]) if col < len(row) else "" for col in range(start, end)]

    carried = []
    for number in range(1, len(records) + 1):
        was = existing.header_row if number == header_row else update.rows.get(number)
        carried.append(cells(was) if was is not None else [""] * (end - start))
    titles = [_text(header[col]) if col < len(header) else "" for col in range(start, end)]
    left = [
        (number, start + i, titles[i] or f"column {column_letter(start + i + 1)}", text)
        for number in update.gone
        for i, text in enumerate(cells(number))
        if text.strip()
    ]
    return carried, left


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
