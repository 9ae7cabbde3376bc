"""The package writer over real workbooks: what it does not deliberately change survives.

Every workbook in ``../shared/corpus/excel-made/`` (993, saved by Excel, one feature each) and
every xlsx/xlsm in ``../shared/corpus/hazards/`` gets a block of result columns in its first
worksheet, exactly as ``run`` writes them. Then, per workbook:

- refused files are refused with a one-line reason naming them, and left untouched;
- every zip member is byte-for-byte the original's, except the ones the writer is allowed to
  touch: the sheet, its relationships, its comments part and VML drawing (the header notes),
  its tables (widened), ``styles.xml``, ``[Content_Types].xml`` (parts created the first time)
  and ``xl/workbook.xml`` only inside the hidden ``_xlnm._FilterDatabase`` name (a widened
  filter), a widened print area and the print titles a sheet without its own gets;
- the sheet's original cells are identical as XML (only empty cells where the owned columns
  now are may be replaced), and its other elements the writer does not own are kept as bytes;
- writing the written file again produces identical bytes;
- LibreOffice opens every result and reads our values back (one ``soffice`` call per group of
  files, not one per file).
"""

from __future__ import annotations

import csv
import datetime
import io
import os
import re
import shutil
import signal
import subprocess
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pytest
from corpus import EXCEL_MADE, HAZARDS, require

from followup_batch.errors import UnsafeWrite
from followup_batch.read import RawTable
from followup_batch.read.package import (
    COMMENTS_REL,
    CONTENT_TYPES,
    DRAWING_REL,
    STYLES_REL,
    TABLE_REL,
    VML_REL,
    find_part,
    open_package,
    read_rels,
    read_sheets,
    rels_path,
)
from followup_batch.write import WriteOptions, write_results
from followup_batch.write.columns import OWNED_COLUMNS, OWNED_DATE_COLUMNS
from followup_batch.write.xlsx import package, plan
from followup_batch.write.xlsx import scan as sheet_scan
from followup_batch.write.xlsx.rowbytes import (
    cell_pattern,
    cells_of,
    has_value,
    row_number,
    row_pattern,
)
from followup_batch.write.xlsx.xmlbytes import (
    WORKSHEET_ORDER,
    Document,
    split_document,
)
from followup_batch.write.xlsx.zipcontainer import Archive

AS_OF = datetime.date(2026, 3, 2)
DUE = pd.Timestamp("2026-03-04")
STATUS_BY_ROW = {2: "Overdue", 3: "Waiting", 5: "Closed"}
# Sheet elements the writer owns or edits; all others must keep their bytes.
EDITED_ELEMENTS = {
    "dimension",
    "sheetViews",
    "cols",
    "sheetData",
    "autoFilter",
    "conditionalFormatting",
    "dataValidations",
    "legacyDrawing",
}
# LibreOffice's CSV filter: comma, double quote, UTF-8, from line 1, cells as shown, sheet N.
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,{sheet}"
LIBREOFFICE_BATCH = 150
# LibreOffice writes a sheet's whole used range to CSV: a cell at XFD1048576 (comment03.xlsx)
# takes minutes, for the original workbook as much as for ours. Those are not converted.
HUGE_ROWS = 100_000
HUGE_COLUMNS = 2_000
LIBREOFFICE_TIMEOUT = 180
REFUSABLE = re.compile(r"strict|clusterfuzz|protected_passtika", re.IGNORECASE)


def corpus_files() -> list[Path]:
    require(EXCEL_MADE)  # fails in CI when the corpus is missing, skips elsewhere
    found: list[Path] = []
    for folder in (EXCEL_MADE, HAZARDS):
        if folder.is_dir():
            found += sorted(p for p in folder.iterdir() if p.suffix.lower() in (".xlsx", ".xlsm"))
    return found


def results_frame() -> pd.DataFrame:
    columns: dict[str, list[object]] = {key: [] for key in OWNED_COLUMNS}
    for row, status in STATUS_BY_ROW.items():
        for key in OWNED_COLUMNS:
            if key in OWNED_DATE_COLUMNS:
                columns[key].append(DUE)
            else:
                columns[key].append(status if key == "status" else f"{key} {row}")
    return pd.DataFrame(columns, index=pd.Index(list(STATUS_BY_ROW), name="row"))


def table_for(path: Path) -> RawTable:
    """The first worksheet, header on row 1, Interview Type in column A (for a drop-down),
    read as blank (a column of the tool's words or none gets the tool's list)."""
    return RawTable(
        path=path,
        sheet=None,
        kind="xlsx",
        header_row=1,
        headers=[],
        mapping={"interview_type": 0},
        ignored=[],
        cells=pd.DataFrame({"interview_type": None}, index=list(STATUS_BY_ROW)),
    )


@dataclass
class Outcome:
    source: Path
    written: Path
    refused: str | None = None
    sheet_part: str = ""
    sheet_number: int = 1  # 1-based position among all sheets (LibreOffice counts them all)
    problems: list[str] = field(default_factory=list)
    owned: dict[str, int] = field(default_factory=dict)
    huge: bool = False  # a used range LibreOffice cannot export as CSV in reasonable time


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory) -> list[Outcome]:
    folder = tmp_path_factory.mktemp("corpus")
    results = results_frame()
    found = []
    for number, source in enumerate(corpus_files()):
        written = folder / f"w{number:04d}{source.suffix.lower()}"
        shutil.copyfile(source, written)
        outcome = Outcome(source, written)
        try:
            write_results(
                table_for(written), results, written, AS_OF, options=WriteOptions(backup=False)
            )
        except UnsafeWrite as exc:
            outcome.refused = str(exc).replace(written.name, source.name)
            if not str(exc).startswith(f"{written.name}"):
                outcome.problems.append(f"refusal does not name the file: {exc}")
            if written.read_bytes() != source.read_bytes():
                outcome.problems.append("refused but changed")
        else:
            check_written(outcome, results)
        found.append(outcome)
    return found


def members(path: Path) -> dict[str, bytes]:
    """Each member's compressed bytes: equal bytes mean equal content (and a damaged member
    the writer never needed to read compares without being decompressed)."""
    with Archive(path) as archive:
        return {info.filename: archive.raw(info) for info in archive.infolist()}


def read(path: Path, name: str) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read(name)


def sheet_cells(data: bytes) -> dict[tuple[int, int], bytes]:
    """(row, column) -> the cell element's bytes."""
    text = sheet_scan.SheetText()
    blocks = list(sheet_scan.stream_sheet(io.BytesIO(data), text))
    rows, cells = row_pattern(text.prefix), cell_pattern(text.prefix)
    found: dict[tuple[int, int], bytes] = {}
    number = 0
    for block in blocks:
        for match in rows.finditer(block):
            number = row_number(match.group(1)) or number + 1
            content = match.group(3) or b""
            for cell in cells_of(content, cells):
                found[(number, cell.column)] = content[cell.start : cell.end]
    return found


def owned_columns(cells: dict[tuple[int, int], bytes]) -> dict[str, int]:
    wanted = {text: key for key, text in OWNED_COLUMNS.items()}
    owned = {}
    for (row, column), data in cells.items():
        if row == 1 and b't="inlineStr"' in data:
            text = sheet_scan.inline_text(data)
            if text in wanted:
                owned[wanted[text]] = column
    return owned


def without_filter_names(workbook: bytes) -> bytes:
    """The workbook without the names a run may widen or add: a filter's, a print area's
    (``parts.widen_print_area``: a print area that held the whole tracker reaches the tool's
    columns; tests/write/xlsx/test_print_area_widened.py says how) and the print titles a sheet
    without its own gets (its header row, ``parts.add_print_titles``), and without the list of
    names a run made to hold them."""
    named = re.sub(
        rb"<((?:\w+:)?)definedName\b[^>]*_xlnm\.(?:_FilterDatabase|Print_Area|Print_Titles)"
        rb".*?</\1definedName>",
        b"",
        workbook,
    )
    return re.sub(
        rb"<((?:\w+:)?)definedNames>\s*</\1definedNames>|<(?:\w+:)?definedNames\s*/>", b"", named
    )


_PRIORITY = re.compile(rb'\spriority="(\d+)"')


def without_priorities(node: bytes) -> bytes:
    """A conditional format without its rules' priorities, which a run shifts after the tool's
    own (the status colours first, tests/write/xlsx/test_status_colours_first.py)."""
    return _PRIORITY.sub(b"", node)


def priority_order(nodes: list[bytes]) -> list[int]:
    """The order of the rules of ``nodes`` by their priorities, as indices in document order."""
    priorities = [int(p) for node in nodes for p in _PRIORITY.findall(node)]
    return sorted(range(len(priorities)), key=priorities.__getitem__)


def check_written(outcome: Outcome, results: pd.DataFrame) -> None:
    problems = outcome.problems
    with Archive(outcome.source) as archive:
        book = open_package(archive)
        assert book.workbook_part is not None
        sheets = read_sheets(archive, book.workbook_part)
        entry = plan.tracker_sheet(sheets, None)
        sheet_rels = read_rels(archive, entry.part or "")
    assert entry.part is not None
    outcome.sheet_part = entry.part
    outcome.sheet_number = entry.index + 1
    before, after = members(outcome.source), members(outcome.written)
    with Archive(outcome.written) as archive:
        new_rels = read_rels(archive, entry.part)
    drawings = {part for kind, part in sheet_rels.values() if kind == DRAWING_REL}
    allowed = {
        entry.part,
        # Its relationships part, found ignoring case as Excel finds it (123233_charts.xlsx:
        # Sheet1.xml beside _rels/sheet1.xml.rels).
        find_part(list(before), rels_path(entry.part)) or rels_path(entry.part),
        CONTENT_TYPES,
        sheets.part_of(STYLES_REL),
        *(part for kind, part in new_rels.values() if kind in (COMMENTS_REL, VML_REL)),
        *(part for kind, part in sheet_rels.values() if kind == TABLE_REL),
    }
    # Excel's list of formula cells goes on purpose (a run can make it untrue), with its
    # relationship: nothing else may.
    calc_chain = sheets.part_of(plan.CALC_CHAIN_REL)
    if set(before) - set(after) - {calc_chain}:
        problems.append(f"parts lost: {sorted(set(before) - set(after))}")
    for name, data in before.items():
        if name in after and after[name] != data and name not in allowed:
            old_xml, new_xml = read(outcome.source, name), read(outcome.written, name)
            if name == rels_path(book.workbook_part) and calc_chain is not None:
                kept = re.sub(rb"<Relationship\b[^>]*?/calcChain\"[^>]*?/>", b"", old_xml)
                if kept == new_xml:
                    continue
            if name == book.workbook_part and (
                without_filter_names(old_xml) == without_filter_names(new_xml)
            ):
                continue
            # The tracker sheet's charts and pictures right of its columns move right with the
            # tool's columns (``drawings.place_floating``): their anchors' columns and x, nothing
            # else.
            if name in drawings and without_anchor_columns(old_xml) == without_anchor_columns(
                new_xml
            ):
                continue
            problems.append(f"{name} changed")
    for name in set(after) - set(before):
        if name not in allowed:
            problems.append(f"unexpected new part {name}")

    old_sheet, new_sheet = read(outcome.source, entry.part), read(outcome.written, entry.part)
    old_cells, new_cells = sheet_cells(old_sheet), sheet_cells(new_sheet)
    last_row = max((int(r) for r in re.findall(rb"<row [^>]*?r=\"(\d+)\"", old_sheet)), default=0)
    last_column = max((column for _row, column in old_cells), default=0)
    outcome.huge = last_row > HUGE_ROWS or last_column > HUGE_COLUMNS
    outcome.owned = owned = owned_columns(new_cells)
    if set(owned) != set(OWNED_COLUMNS):
        problems.append(f"owned headers missing: {sorted(set(OWNED_COLUMNS) - set(owned))}")
        return
    written_rows = {1, *results.index}
    for (row, column), data in old_cells.items():
        if row in written_rows and column in owned.values():
            if has_value(data, ""):
                problems.append(f"a valued cell was overwritten at row {row} column {column}")
            continue
        if new_cells.get((row, column)) != data:
            problems.append(f"cell at row {row} column {column} changed")
            break
    old_doc, new_doc = _skeleton(old_sheet), _skeleton(new_sheet)
    # The user's rules keep all but their priorities, shifted after the tool's rules in the
    # same order among themselves (in <extLst> too, Excel 2010's rules).
    kept = {without_priorities(n.data) for n in new_doc.nodes}
    for node in old_doc.nodes:
        if (
            node.name
            and node.name not in EDITED_ELEMENTS
            and without_priorities(node.data) not in kept
        ):
            problems.append(f"<{node.name}> of the sheet changed")
    new_parts = {
        without_priorities(n.data): n.data
        for n in new_doc.nodes
        if n.name == "conditionalFormatting"
    }
    theirs = []
    for node in old_doc.elements("conditionalFormatting"):
        if without_priorities(node.data) not in new_parts:
            problems.append("a user's conditional format changed")
        else:
            theirs.append((node.data, new_parts[without_priorities(node.data)]))
    if priority_order([old for old, _ in theirs]) != priority_order([new for _, new in theirs]):
        problems.append("the user's conditional formats changed their order")

    again = outcome.written.with_name(outcome.written.stem + "-again" + outcome.written.suffix)
    package.write_package(
        table_for(outcome.written),
        results,
        outcome.written,
        again,
        AS_OF,
        plan.Additions(due_soon_bd=WriteOptions().due_soon_bd),
    )
    if again.read_bytes() != outcome.written.read_bytes():
        problems.append("a second run writes a different package")
    again.unlink()


def _skeleton(sheet: bytes) -> Document:
    text = sheet_scan.SheetText()
    for _block in sheet_scan.stream_sheet(io.BytesIO(sheet), text):
        pass
    return split_document(text.head + b"<sheetData/>" + text.tail, WORKSHEET_ORDER)


def test_every_excel_made_workbook_is_accepted(outcomes):
    refused = {
        o.source.name: o.refused for o in outcomes if o.refused and o.source.parent == EXCEL_MADE
    }
    assert refused == {}
    assert sum(1 for o in outcomes if o.source.parent == EXCEL_MADE) == len(
        list(EXCEL_MADE.glob("*.xls[xm]"))
    )


def test_refusals_are_only_what_cannot_be_edited(outcomes):
    refused = {o.source.name: o.refused for o in outcomes if o.refused}
    assert {name for name in refused if not REFUSABLE.search(name)} == set()
    for name, message in refused.items():
        assert message is not None and message.startswith(name)
        assert "nothing was written" in message
        assert "\n" not in message


def without_anchor_columns(xml: bytes) -> bytes:
    """A drawing part without its anchors' column numbers and absolute x positions: what a
    move right changes."""
    xml = re.sub(rb"<((?:\w+:)?col)>\d+</\1>", rb"<\1/>", xml)
    return re.sub(rb"(<(?:\w+:)?pos\b[^>]*?\bx=\")-?\d+", rb"\1", xml)


def test_only_the_expected_parts_change_and_cells_survive(outcomes):
    problems = {o.source.name: o.problems for o in outcomes if o.problems}
    assert problems == {}


def convert_to_csv(paths: list[Path], sheet: int, out: Path, profile: Path) -> None:
    """One ``soffice`` call for many files; killed (with its children) if it hangs."""
    command = [
        "soffice",
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--convert-to",
        CSV_FILTER.format(sheet=sheet),
        "--outdir",
        str(out),
        *map(str, paths),
    ]
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    try:
        process.wait(timeout=LIBREOFFICE_TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def converted(outcome: Outcome, out: Path) -> list[Path]:
    return list(out.glob(f"{outcome.written.stem}-*.csv"))


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_libreoffice_reads_our_values_back(outcomes, tmp_path):
    accepted = [o for o in outcomes if not o.refused and o.owned and not o.huge]
    assert len(accepted) > 1000
    out = tmp_path / "csv"
    for attempt in range(2):  # LibreOffice now and then hangs on a batch: retry what is left
        by_sheet: dict[int, list[Outcome]] = {}
        for outcome in accepted:
            if not converted(outcome, out):
                by_sheet.setdefault(outcome.sheet_number, []).append(outcome)
        for sheet, group in by_sheet.items():
            for start in range(0, len(group), LIBREOFFICE_BATCH):
                batch = [o.written for o in group[start : start + LIBREOFFICE_BATCH]]
                convert_to_csv(batch, sheet, out, tmp_path / f"profile{attempt}")
    unread = {}
    for outcome in accepted:
        found = converted(outcome, out)
        if len(found) != 1:
            unread[outcome.source.name] = f"{len(found)} CSV files"
            continue
        with open(found[0], encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        status, due = outcome.owned["status"] - 1, outcome.owned["next_due"] - 1
        seen = [cell(rows, 1, status)] + [
            (cell(rows, row, status), cell(rows, row, due)) for row in STATUS_BY_ROW
        ]
        expected = ["Follow-up status", *((s, "2026-03-04") for s in STATUS_BY_ROW.values())]
        if seen != expected:
            unread[outcome.source.name] = f"read {seen}"
    assert unread == {}


def cell(rows: list[list[str]], row: int, column: int) -> str | None:
    if len(rows) < row or len(rows[row - 1]) <= column:
        return None
    return rows[row - 1][column]
