"""Write the computed follow-ups back into the user's xlsx tracker (the only openpyxl writer).

The tool owns a block of columns, found by header text on re-runs and appended right of the
user's columns the first time (DESIGN section 5). Everything else in the workbook — the user's
cells, formulas, styles, widths, filters, other sheets — is loaded and saved unchanged; content
openpyxl cannot carry is refused beforehand by ``safety.check_lossless``.

Re-running with the same results and as-of date writes identical sheet XML: the tool's own
conditional formats and validations are removed and rebuilt, never stacked, and the document's
modified time is derived from the inputs instead of the clock.
"""

from __future__ import annotations

import datetime
import io
import zipfile
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import Cell
from openpyxl.comments import Comment
from openpyxl.formatting.formatting import ConditionalFormattingList
from openpyxl.formatting.rule import FormulaRule, Rule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname, range_boundaries
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableColumn
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

from followup_batch.read import RawTable
from followup_batch.write.columns import OWNED_COLUMNS, OWNED_DATE_COLUMNS
from followup_batch.write.xlsx.design import (
    CF_RULES,
    COLUMN_WIDTHS,
    COMMENT_AUTHOR,
    DATE_FORMAT,
    DEFAULT_WIDTH,
    GENERATED_NOTE,
    GENERATED_SHEET_NAME,
    HEADER_FILL_RGB,
    MAX_CELL_TEXT,
    TOP_ALIGNED_OUTPUTS,
    VALIDATED_FIELDS,
    WRAPPED_OUTPUTS,
    extra_column_width,
    extra_sheet_name,
    header_note,
    list_formula,
    place_owned_columns,
    safe_text,
)

__all__ = ["COMMENT_AUTHOR", "GENERATED_NOTE", "MAX_CELL_TEXT", "write_workbook"]

HEADER_FILL = PatternFill(fill_type="solid", fgColor=HEADER_FILL_RGB)
HEADER_FONT = Font(bold=True)
WRAPPED = Alignment(wrap_text=True, vertical="top")
TOP_ALIGNED = Alignment(vertical="top")


@dataclass(frozen=True)
class OwnedBlock:
    """Where the tool's columns are: output key -> 1-based column, and the data rows."""

    columns: dict[str, int]
    header_row: int
    first_row: int
    last_row: int

    def letter(self, key: str) -> str:
        return get_column_letter(self.columns[key])

    @property
    def span(self) -> tuple[int, int]:
        return min(self.columns.values()), max(self.columns.values())

    @property
    def data_range(self) -> str:
        low, high = self.span
        return f"{get_column_letter(low)}{self.first_row}:{get_column_letter(high)}{self.last_row}"


def load_for_writing(path: Path) -> Workbook:
    """Open a workbook so that saving it keeps what openpyxl can keep.

    Macros stay in .xlsm files (keep_vba), external links stay linked, rich text stays rich,
    and formulas stay formulas (not data_only). Read from memory: openpyxl leaves the file
    open when a load fails half-way.
    """
    return load_workbook(
        io.BytesIO(path.read_bytes()),
        keep_vba=path.suffix.lower() == ".xlsm",
        keep_links=True,
        rich_text=True,
    )


def write_workbook(
    table: RawTable,
    results: pd.DataFrame,
    target: Path,
    as_of: datetime.date,
    extra_sheets: Mapping[str, pd.DataFrame] | None = None,
) -> None:
    """Write ``results`` into a copy of ``table.path`` saved at ``target``."""
    workbook = load_for_writing(table.path)
    sheet = workbook[table.sheet] if table.sheet else workbook.active
    block = owned_block(sheet, table.header_row, results)
    write_headers(sheet, block, as_of)
    write_values(sheet, block, results)
    set_column_widths(sheet, block)
    if len(results):
        apply_conditional_formats(sheet, block)
        apply_validations(sheet, table, block)
    freeze_header(sheet, table.header_row)
    if not extend_tables(sheet, block):
        widen_filter(sheet, block)
    write_extra_sheets(workbook, extra_sheets or {})
    workbook.properties.modified = stable_modified_time(workbook, as_of)
    try:
        save_keeping_properties(workbook, target)
    finally:
        if workbook.vba_archive is not None:  # the in-memory copy of the macro parts
            workbook.vba_archive.close()


def owned_block(sheet: Worksheet, header_row: int, results: pd.DataFrame) -> OwnedBlock:
    """Find the owned columns by header text; append the missing ones right of the used ones
    (``sheet_design.place_owned_columns``)."""
    last_row = int(max(results.index)) if len(results) else header_row

    def rightmost_used(found: Collection[int]) -> int:
        user_cells = [
            c.column for c in existing_cells(sheet, header_row, last_row) if c.column not in found
        ]
        merged = [
            r.max_col
            for r in sheet.merged_cells.ranges
            if r.min_row <= last_row and r.max_row >= header_row
        ]
        return max([0, *user_cells, *merged])

    header = ((c.column, c.value) for c in existing_cells(sheet, header_row, header_row))
    columns, _ = place_owned_columns(header, rightmost_used)
    return OwnedBlock(columns, header_row, header_row + 1, max(last_row, header_row + 1))


def existing_cells(sheet: Worksheet, first_row: int, last_row: int) -> list[Cell]:
    """Cells holding a value in the rows, without creating empty ones.

    Worksheet.iter_rows creates every cell it visits, which would add empty rows to the
    saved sheet and make a first run differ from a re-run; the cell map is read instead.
    """
    return [
        cell
        for (row, _column), cell in sheet._cells.items()
        if first_row <= row <= last_row and cell.value not in (None, "")
    ]


def write_headers(sheet: Worksheet, block: OwnedBlock, as_of: datetime.date) -> None:
    for key, text in OWNED_COLUMNS.items():
        cell = sheet.cell(row=block.header_row, column=block.columns[key], value=text)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        comment = Comment(header_note(key, as_of.isoformat()), COMMENT_AUTHOR)
        comment.width, comment.height = 240, 60
        cell.comment = comment


def write_values(sheet: Worksheet, block: OwnedBlock, results: pd.DataFrame) -> None:
    for key in OWNED_COLUMNS:
        column = block.columns[key]
        is_date = key in OWNED_DATE_COLUMNS
        for row, value in results[key].items():
            cell = sheet.cell(row=int(row), column=column)
            if is_date:
                cell.value = None if pd.isna(value) else pd.Timestamp(value).date()
                cell.number_format = DATE_FORMAT
            else:
                write_text(cell, value)
                if key in WRAPPED_OUTPUTS:
                    cell.alignment = WRAPPED
                elif key in TOP_ALIGNED_OUTPUTS:
                    cell.alignment = TOP_ALIGNED


def write_text(cell: Cell, value: object) -> None:
    """Store tool text as a plain string: never a formula, whatever it starts with."""
    text = safe_text(value)
    cell.value = text or None
    if text:
        # openpyxl turns "=..." into a formula on assignment; "s" keeps it literal text, which
        # Excel and LibreOffice show as typed and never evaluate (formula injection guard).
        cell.data_type = "s"


def set_column_widths(sheet: Worksheet, block: OwnedBlock) -> None:
    for key, column in block.columns.items():
        dimension = sheet.column_dimensions[get_column_letter(column)]
        dimension.width = COLUMN_WIDTHS.get(key, DEFAULT_WIDTH)


def apply_conditional_formats(sheet: Worksheet, block: OwnedBlock) -> None:
    """Replace the tool's earlier rules with fresh ones over the owned block; keep the user's."""
    anchors = {
        "due": f"${block.letter('next_due')}{block.first_row}",
        "status": f"${block.letter('status')}{block.first_row}",
    }
    kept = ConditionalFormattingList()
    for formatting in sheet.conditional_formatting:
        for rule in formatting.rules:
            if not is_own_rule(formatting.sqref, rule, block):
                kept.add(str(formatting.sqref), rule)
    # Explicit priorities after the user's: Excel expects them unique, and ours come last.
    priority = max((rule.priority or 0 for f in kept for rule in f.rules), default=0)
    for _name, formula, fill, font in CF_RULES:
        priority += 1
        rule = FormulaRule(
            formula=[formula.format(**anchors)],
            fill=PatternFill(fill_type="solid", start_color=fill, end_color=fill),
            font=Font(color=font),
        )
        rule.priority = priority
        kept.add(block.data_range, rule)
    sheet.conditional_formatting = kept


def is_own_rule(sqref: object, rule: Rule, block: OwnedBlock) -> bool:
    """A rule the tool wrote: it covers owned columns and its formula reads the anchors."""
    low, high = block.span
    covers_owned = any(
        range_boundaries(part)[0] <= high and range_boundaries(part)[2] >= low
        for part in str(sqref).split()
    )
    anchors = (f"${block.letter('next_due')}", f"${block.letter('status')}")
    reads_anchor = any(anchor in text for text in (rule.formula or []) for anchor in anchors)
    return covers_owned and reads_anchor


def apply_validations(sheet: Worksheet, table: RawTable, block: OwnedBlock) -> None:
    """Drop-downs on the user's enumerated columns, replacing the tool's earlier ones.

    Errors are not shown (showErrorMessage off) so the synonyms users already typed ("Zoom",
    "Sr") are not flagged; a column the user validates themselves is left to them.
    """
    ours = {list_formula(values) for values in VALIDATED_FIELDS.values()}
    existing = sheet.data_validations.dataValidation
    user_rules = [dv for dv in existing if dv.formula1 not in ours]
    sheet.data_validations.dataValidation = list(user_rules)
    for field_name, values in VALIDATED_FIELDS.items():
        if field_name not in table.mapping:
            continue
        letter = get_column_letter(table.mapping[field_name] + 1)
        if any(_covers_column(dv, table.mapping[field_name] + 1) for dv in user_rules):
            continue
        validation = DataValidation(
            type="list", formula1=list_formula(values), allow_blank=True, showErrorMessage=False
        )
        validation.add(f"{letter}{block.first_row}:{letter}{block.last_row}")
        sheet.data_validations.append(validation)


def _covers_column(validation: DataValidation, column: int) -> bool:
    return any(
        range_boundaries(str(part))[0] <= column <= range_boundaries(str(part))[2]
        for part in str(validation.sqref).split()
    )


def freeze_header(sheet: Worksheet, header_row: int) -> None:
    if sheet.freeze_panes is None:
        sheet.freeze_panes = f"A{header_row + 1}"


def widen_filter(sheet: Worksheet, block: OwnedBlock) -> None:
    """A plain filter ending right before the owned columns is widened over them (so users
    can filter by status), as the package writer does."""
    if not sheet.auto_filter.ref:
        return
    min_col, min_row, max_col, max_row = range_boundaries(sheet.auto_filter.ref)
    low, high = block.span
    if min_row != block.header_row or not (min_col < low and low - 1 <= max_col <= high):
        return
    last = max(max_row, block.last_row)
    sheet.auto_filter.ref = f"{get_column_letter(min_col)}{min_row}:{get_column_letter(high)}{last}"


def extend_tables(sheet: Worksheet, block: OwnedBlock) -> bool:
    """Widen an Excel Table whose header is the tracker's header row over the owned columns.

    True when the sheet has tables (a sheet filter cannot overlap them then)."""
    for table in sheet.tables.values():
        min_col, min_row, max_col, max_row = range_boundaries(table.ref)
        high = block.span[1]
        if min_row != block.header_row or max_col >= high or min_col > block.span[0]:
            continue
        names = [sheet.cell(row=min_row, column=c).value for c in range(max_col + 1, high + 1)]
        if any(name is None or str(name).strip() == "" for name in names):
            continue  # a column without a header cannot join a table; leave the table as is
        add_table_columns(table, [str(name) for name in names])
        ref = f"{get_column_letter(min_col)}{min_row}:{get_column_letter(high)}{max_row}"
        table.ref = ref
        if table.autoFilter is not None:
            table.autoFilter.ref = ref
    return bool(sheet.tables)


def add_table_columns(table: Table, names: list[str]) -> None:
    next_id = max((column.id for column in table.tableColumns), default=0) + 1
    taken = {column.name.casefold() for column in table.tableColumns}
    for name in names:
        unique, n = name, 2
        while unique.casefold() in taken:
            unique, n = f"{name}{n}", n + 1
        table.tableColumns.append(TableColumn(id=next_id, name=unique))
        taken.add(unique.casefold())
        next_id += 1


def write_extra_sheets(workbook: Workbook, sheets: Mapping[str, pd.DataFrame]) -> None:
    """Sheets the tool owns (Drafts): a styled header row and the frame's values.

    Marked with a hidden sheet-level name so a re-run replaces them and never a user's sheet.
    """
    for wanted, frame in sheets.items():
        existing = {ws.title: GENERATED_SHEET_NAME in ws.defined_names for ws in workbook}
        name = extra_sheet_name(wanted, existing)
        index = workbook.sheetnames.index(name) if name in workbook.sheetnames else None
        if index is not None:
            workbook.remove(workbook[name])
        sheet = workbook.create_sheet(name, index)
        reference = f"{quote_sheetname(name)}!$A$1"
        sheet.defined_names[GENERATED_SHEET_NAME] = DefinedName(
            GENERATED_SHEET_NAME, attr_text=reference, hidden=True
        )
        fill_extra_sheet(sheet, frame)


def fill_extra_sheet(sheet: Worksheet, frame: pd.DataFrame) -> None:
    dates = [pd.api.types.is_datetime64_any_dtype(frame[c]) for c in frame.columns]
    longest = [len(str(c)) for c in frame.columns]
    for column, header in enumerate(frame.columns, start=1):
        cell = sheet.cell(row=1, column=column, value=safe_text(header))
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
    for row, values in enumerate(frame.itertuples(index=False), start=2):
        for column, value in enumerate(values, start=1):
            if value is None or (not isinstance(value, str) and pd.isna(value)):
                continue
            cell = sheet.cell(row=row, column=column)
            if dates[column - 1] or isinstance(value, datetime.date):
                cell.value = pd.Timestamp(value).date()
                cell.number_format = DATE_FORMAT
            elif isinstance(value, int | float) and not isinstance(value, bool):
                cell.value = value
            else:
                write_text(cell, value)
                text = safe_text(value)
                longest[column - 1] = max(
                    longest[column - 1], max((len(line) for line in text.splitlines()), default=0)
                )
    for column, length in enumerate(longest, start=1):
        width = extra_column_width(dates[column - 1], length)
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"


def stable_modified_time(workbook: Workbook, as_of: datetime.date) -> datetime.datetime:
    """The as-of date at midnight, or the workbook's own time when that is later.

    Derived from the inputs rather than the clock so that a re-run writes identical parts.
    """
    stamp = datetime.datetime.combine(as_of, datetime.time())
    current = workbook.properties.modified
    if not isinstance(current, datetime.datetime):
        return stamp
    if current.tzinfo is not None:  # core.xml times are UTC; openpyxl writes them naive
        current = current.astimezone(datetime.UTC).replace(tzinfo=None)
    return max(stamp, current)


def save_keeping_properties(workbook: Workbook, target: Path) -> None:
    # Workbook.save stamps the current time into docProps/core.xml; ExcelWriter does not.
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        ExcelWriter(workbook, archive).save()
