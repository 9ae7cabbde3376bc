"""Find the tracker in a file and return its raw cells with their Excel row numbers.

CONTRACT (other modules rely on exactly this):

    read_trackers(path: Path, options: ReadOptions) -> list[RawTable]
        One RawTable per sheet that holds a tracker (CSV: one). Raises
        errors.UnsupportedFile / errors.TrackerNotFound with a one-line message.

The file type is told by its bytes (``filetypes``); workbook cells come from ``xlsx_grid``
(python-calamine, openpyxl as fallback), CSV records from ``csvfile``. Both arrive here as rows
numbered as the user sees them, and the same header detection and row collection apply:
- the header row is the first of the first 50 rows that has the required fields (a wide tracker's
  stage-date columns stand in for the Interview Date), so titles and group headers above it are
  passed over;
- a row is data when a mapped column holds a value other than a checkbox (TRUE/FALSE): blank
  rows and rows of unticked checkboxes are skipped, and reading effectively ends at the last
  such row however large the used range;
- totals rows (no text but a "Total"/"Count" label, no dates, only numbers) are skipped with a
  note instead of becoming rows that need info.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
from openpyxl.utils import get_column_letter

from followup_batch.errors import ConfigError, TrackerNotFound
from followup_batch.read import csv_cells as csvfile
from followup_batch.read import fields
from followup_batch.read import xlsx_cells as xlsx_grid
from followup_batch.read.csv_cells import CsvTable
from followup_batch.read.sniff import inspect_workbook, sniff_kind

__all__ = [
    "RawTable",
    "ReadOptions",
    "parse_column_maps",
    "read_trackers",
    "sniff_kind",
]

HEADER_SEARCH_ROWS = 50  # the header row must be within the first 50 rows
Row = Sequence[object]


@dataclass(frozen=True)
class ReadOptions:
    sheet: str | None = None  # only this sheet (xlsx)
    dayfirst: bool | None = None  # None: detect per column, else force
    default_country: str = "US"
    column_map: dict[str, str] = field(default_factory=dict)  # user header -> field name
    encoding: str | None = None  # force a CSV encoding


@dataclass
class RawTable:
    path: Path
    sheet: str | None  # None for CSV
    kind: str  # "xlsx" or "csv"
    header_row: int  # 1-based row (CSV: record) number of the header
    headers: list[str]  # every header cell as written, in column order (index 0 = column A)
    mapping: dict[str, int]  # field name -> 0-based column index
    ignored: list[str]  # headers not mapped to a field (left alone)
    cells: pd.DataFrame  # index: Excel row number; columns: mapped field names; raw values
    notes: list[str] = field(default_factory=list)  # file-level notes (duplicate headers, ...)
    csv: CsvTable | None = None  # the parsed CSV, for lossless write-back
    epoch_1904: bool = False  # the workbook counts serial dates from 1904 (old Mac Excel)
    default_client: str = ""  # client for rows without one: the sheet name or the file stem
    # Wide trackers: 0-based column -> interview type of each stage-date column (used only when
    # no column is mapped to interview_at), and those columns' raw cells (columns: the indices).
    stages: dict[int, str] = field(default_factory=dict)
    stage_cells: pd.DataFrame | None = None
    # (Excel row, 0-based column) -> reason, for cells the reader saw are wrong in ways the value
    # alone does not show: a formula without a saved value, an error value such as #N/A.
    cell_problems: dict[tuple[int, int], str] = field(default_factory=dict)
    skipped_rows: dict[int, str] = field(default_factory=dict)  # Excel row -> why (totals)


def read_trackers(path: Path, options: ReadOptions) -> list[RawTable]:
    """Every tracker in the file at ``path`` (only ``options.sheet`` when given)."""
    path = Path(path)
    header_index = header_index_with(options.column_map)
    kind = sniff_kind(path)
    if kind == "xlsx":
        return _read_workbook(path, options, header_index)
    return [_read_csv(path, options, header_index)]


# ---------------------------------------------------------------------------------------------
# Column maps (--map "Their Header=field" and the config's [columns])
# ---------------------------------------------------------------------------------------------


def parse_column_maps(values: Iterable[str]) -> dict[str, str]:
    """``["Date of chat=interview_at", ...]`` -> ``{"Date of chat": "interview_at"}``.

    The field is checked against the schema; the header is checked when a file is read (a
    header missing from a file is a note there, not an error).
    """
    column_map: dict[str, str] = {}
    for value in values:
        header, sep, name = value.rpartition("=")
        if not sep or not header.strip() or not name.strip():
            raise ConfigError(
                f'--map {value!r}: write it as "Their Header=field", e.g. '
                '--map "Date of chat=interview_at"'
            )
        column_map[header.strip()] = name.strip()
    header_index_with(column_map)  # raises ConfigError naming the unknown field
    return column_map


def header_index_with(column_map: dict[str, str]) -> dict[str, str]:
    """HEADER_INDEX with the user's explicit mapping on top (it wins over synonyms)."""
    unknown = sorted({f for f in column_map.values() if f not in fields.FIELDS_BY_NAME})
    if unknown:
        valid = ", ".join(fields.FIELDS_BY_NAME)
        raise ConfigError(
            f"column map: unknown field {', '.join(repr(f) for f in unknown)}; "
            f"the fields are: {valid}."
        )
    return {
        **fields.HEADER_INDEX,
        **{fields.header_key(header): name for header, name in column_map.items()},
    }


# ---------------------------------------------------------------------------------------------
# Header detection
# ---------------------------------------------------------------------------------------------


def stage_type(header: str) -> str | None:
    """The interview type a wide tracker's stage-date header names ("On-Campus" -> onsite)."""
    key = fields.header_key(header)
    if key in fields.STAGE_HEADERS:
        return fields.STAGE_HEADERS[key]
    for suffix in fields.STAGE_HEADER_SUFFIXES:
        stem = key.removesuffix(suffix)
        if stem != key and stem in fields.STAGE_HEADERS:
            return fields.STAGE_HEADERS[stem]
    return None


@dataclass
class HeaderMatch:
    """One row read as a header: which field each column holds."""

    row: int
    headers: list[str]
    mapping: dict[str, int]
    ignored: list[str]
    notes: list[str]
    stages: dict[int, str] = field(default_factory=dict)  # wide tracker: column -> type

    @property
    def missing(self) -> list[str]:
        return [
            f
            for f in fields.REQUIRED_FIELDS
            if f not in self.mapping and not (f == "interview_at" and self.is_wide)
        ]

    @property
    def is_wide(self) -> bool:
        return "interview_at" not in self.mapping and len(self.stages) >= (fields.MIN_STAGE_COLUMNS)


def match_header(
    row_number: int, cells: Sequence[object], index: dict[str, str], explicit: set[str]
) -> HeaderMatch:
    """Map a row's cells to fields: explicitly mapped headers first, then the first column wins.

    ``explicit`` holds the header keys of the user's column map.
    """
    headers = [_header_text(c) for c in cells]
    keys = [fields.header_key(h) for h in headers]
    mapping: dict[str, int] = {}
    claimed: dict[str, list[int]] = {}
    for col, key in enumerate(keys):
        if key and key in index:
            claimed.setdefault(index[key], []).append(col)
    for name, cols in claimed.items():
        chosen = next((c for c in cols if keys[c] in explicit), cols[0])
        mapping[name] = chosen
    notes = [
        _duplicate_note(name, cols, mapping[name], headers)
        for name, cols in claimed.items()
        if len(cols) > 1
    ]
    mapping = dict(sorted(mapping.items(), key=lambda item: item[1]))
    used = set(mapping.values())
    stages: dict[int, str] = {}
    if "interview_at" not in mapping:
        for col, header in enumerate(headers):
            kind = stage_type(header) if header and col not in used else None
            if kind is not None:
                stages[col] = kind
        if len(stages) < fields.MIN_STAGE_COLUMNS:
            stages = {}
    used |= set(stages)
    ignored = [h for col, h in enumerate(headers) if h and col not in used]
    return HeaderMatch(row_number, headers, mapping, ignored, notes, stages)


def _header_text(cell: object) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))  # calamine reads a header typed as 2026 as 2026.0
    return " ".join(str(cell).split())


def _duplicate_note(name: str, cols: list[int], chosen: int, headers: list[str]) -> str:
    listed = ", ".join(f'"{headers[c]}" (column {get_column_letter(c + 1)})' for c in cols)
    label = fields.FIELDS_BY_NAME[name].header
    return (
        f'Several columns read as {label}: {listed}; using "{headers[chosen]}" '
        f"(column {get_column_letter(chosen + 1)}), the others are left alone."
    )


def find_header(
    rows: Iterable[tuple[int, Sequence[object]]], index: dict[str, str], explicit: set[str]
) -> tuple[HeaderMatch | None, HeaderMatch | None]:
    """(the header row, or None; the most header-like row seen, for the error message)."""
    best: HeaderMatch | None = None
    for number, cells in rows:
        match = match_header(number, cells, index, explicit)
        if not match.missing:
            return match, match
        if best is None or len(match.mapping) > len(best.mapping):
            best = match
    return None, best


def not_found_message(where: str, closest: HeaderMatch | None) -> str:
    required = [fields.FIELDS_BY_NAME[f].header for f in fields.REQUIRED_FIELDS]
    wanted = f"{', '.join(required[:-1])} and {required[-1]}"
    message = f"{where}: no header row with {wanted}"
    if closest is None or not closest.mapping:
        return (
            f"{message}; none of the first {HEADER_SEARCH_ROWS} rows has a recognised "
            "header. Add a header row (see `followup-batch init`) or map your headers "
            'with --map "Header=interview_at".'
        )
    found = ", ".join(closest.headers[col] for col in closest.mapping.values())
    missing = ", ".join(fields.FIELDS_BY_NAME[f].header for f in closest.missing)
    maps = " ".join(f'--map "Header={f}"' for f in closest.missing)
    return (
        f"{message}; the closest (row {closest.row}) has {found}; missing: {missing}. "
        f"Rename the header or map it with {maps}."
    )


def _map_notes(match: HeaderMatch, column_map: dict[str, str]) -> list[str]:
    """A note for each mapped header this header row does not have (the mapping is unused)."""
    present = {fields.header_key(h) for h in match.headers if h}
    return [
        f'Column map "{header}={name}": no column is headed "{header}" in the header row '
        f"(row {match.row}); that mapping is not used here."
        for header, name in column_map.items()
        if fields.header_key(header) not in present
    ]


def _wide_note(match: HeaderMatch) -> str:
    listed = ", ".join(
        f'"{match.headers[col]}" ({get_column_letter(col + 1)})' for col in sorted(match.stages)
    )
    return (
        f"Wide tracker: no Interview Date column, so the latest date filled in the stage "
        f"columns {listed} is each row's interview, and that column's header gives the "
        "interview type."
    )


# ---------------------------------------------------------------------------------------------
# Data rows
# ---------------------------------------------------------------------------------------------


@dataclass
class Body:
    """The data rows below a header: their Excel row numbers and the wanted columns' cells."""

    numbers: np.ndarray  # int64 Excel row numbers
    columns: dict[int, np.ndarray]  # 0-based column -> object array of raw cells ('' -> None)
    skipped: dict[int, str]  # totals rows left out: Excel row -> why


def collect_body(rows: Sequence[Row], header_row: int, wanted: Iterable[int]) -> Body:
    """The rows below ``header_row`` (``rows[i]`` is row ``i + 1``) that hold data.

    A row holds data when a wanted column has a value other than TRUE/FALSE; whole columns are
    handled at once, so a million rows of unticked checkboxes cost a moment, not a minute.
    """
    body = rows[header_row:]
    order = sorted(set(wanted))
    table = _columns(body, order)
    columns = {col: table[:, i] for i, col in enumerate(order)}
    has_value = np.zeros(len(body), dtype=bool)
    for values in columns.values():
        pending = np.flatnonzero(~has_value)
        if not len(pending):
            break
        has_value[pending] = _meaningful(values[pending])
    kept = np.flatnonzero(has_value)
    numbers = kept.astype("int64") + header_row + 1
    picked = {col: values[kept] for col, values in columns.items()}
    for values in picked.values():
        values[_is_blank(values)] = None
    return Body(numbers, picked, {})


def _columns(body: Sequence[Row], cols: list[int]) -> np.ndarray:
    """A 2-D object array: one row per row of ``body``, one column per entry of ``cols``."""
    table = np.empty((len(body), len(cols)), dtype=object)
    if not cols or not len(body):
        return table
    width = cols[-1] + 1
    if all(len(row) >= width for row in (body[0], body[-1])):
        try:
            pick = operator.itemgetter(*cols)
            table[:] = (
                [pick(row) for row in body] if len(cols) > 1 else [(row[cols[0]],) for row in body]
            )
            return table
        except IndexError:  # ragged rows after all
            pass
    table[:] = [tuple(row[c] if c < len(row) else None for c in cols) for row in body]
    return table


def _is_blank(values: np.ndarray) -> np.ndarray:
    """None, NaN and ''; whitespace-only text is left to the caller."""
    return np.asarray(pd.isna(values) | (values == ""), dtype=bool)


def _meaningful(values: np.ndarray) -> np.ndarray:
    candidates = np.flatnonzero(~_is_blank(values))
    result = np.zeros(len(values), dtype=bool)
    result[candidates] = _per_distinct(values[candidates], _has_value)
    return result


def _has_value(value: object) -> bool:
    if value is None or isinstance(value, (bool, np.bool_)):
        return False  # a checkbox alone does not make a row
    if isinstance(value, str):
        return bool(value.strip())
    return True


_TOTAL_LABEL = re.compile(
    r"\s*(?:grand\s+|sub-?)?totals?\b.*|\s*(?:sum|count|average|avg|mean)\b.*", re.IGNORECASE
)
SMALLEST_SERIAL_DATE = 10_000  # numbers from here up may be dates (1927 on); below: counts


def _summary_rows(body: Body, mapping: dict[str, int]) -> list[int]:
    """Positions in ``body`` of totals rows: only numbers and total labels, no text or dates.

    Only rows whose Company and Position hold no ordinary text are looked at closely.
    """
    candidates = np.ones(len(body.numbers), dtype=bool)
    for name in ("company", "position"):
        if name in mapping:
            candidates &= ~_per_distinct(body.columns[mapping[name]], _is_text)
    date_cols = {
        mapping[f] for f in ("interview_at", "stated_decision", "last_reply") if f in mapping
    }
    found = []
    for i in np.flatnonzero(candidates):
        cells = [(col, values[i]) for col, values in body.columns.items()]
        filled = [(col, v) for col, v in cells if v is not None and _has_value(v)]
        if filled and all(_is_summary_cell(v, col in date_cols) for col, v in filled):
            found.append(int(i))
    return found


def _per_distinct(values: np.ndarray, func: Callable[[object], bool]) -> np.ndarray:
    """``func`` of each value, called once per distinct value."""
    try:
        codes, uniques = pd.factorize(values, use_na_sentinel=False)
    except TypeError:  # unhashable cells: call it for each
        return np.array([func(v) for v in values], dtype=bool)
    return np.array([func(u) for u in uniques], dtype=bool)[codes]


def _is_text(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip()) and not _TOTAL_LABEL.fullmatch(value)


def _is_summary_cell(value: object, date_column: bool) -> bool:
    if isinstance(value, str):
        return bool(_TOTAL_LABEL.fullmatch(value))
    if isinstance(value, (int, float, np.integer, np.floating)):
        return not (date_column and value >= SMALLEST_SERIAL_DATE)
    return False


def _drop_summary_rows(body: Body, mapping: dict[str, int]) -> Body:
    found = _summary_rows(body, mapping)
    if not found:
        return body
    keep = np.ones(len(body.numbers), dtype=bool)
    keep[found] = False
    skipped = {
        int(body.numbers[i]): "looks like a totals row (only a label and numbers)" for i in found
    }
    return Body(body.numbers[keep], {c: v[keep] for c, v in body.columns.items()}, skipped)


def _totals_note(skipped: dict[int, str]) -> str:
    rows = sorted(skipped)
    if len(rows) == 1:
        return (
            f"Row {rows[0]} looks like a totals row (only a label such as Total, and numbers) "
            "and was skipped."
        )
    listed = ", ".join(str(r) for r in rows[:10]) + (", ..." if len(rows) > 10 else "")
    return (
        f"Rows {listed} look like totals rows (only a label such as Total, and numbers) and "
        "were skipped."
    )


def build_table(
    path: Path,
    rows: Sequence[Row],
    match: HeaderMatch,
    options: ReadOptions,
    *,
    sheet: str | None,
    kind: str,
    default_client: str,
    csv: CsvTable | None = None,
    epoch_1904: bool = False,
) -> RawTable:
    """A RawTable from the rows of one sheet (or CSV) and its header row."""
    wanted = [*match.mapping.values(), *match.stages]
    body = _drop_summary_rows(collect_body(rows, match.row, wanted), match.mapping)
    index = pd.Index(body.numbers, dtype="int64", name="row")
    cells = pd.DataFrame(
        {
            name: pd.Series(body.columns[col], index=index, dtype=object)
            for name, col in match.mapping.items()
        },
        index=index,
    )
    stage_cells = None
    notes = [*match.notes, *_map_notes(match, options.column_map)]
    if match.is_wide:
        stage_cells = pd.DataFrame(
            {col: pd.Series(body.columns[col], index=index, dtype=object) for col in match.stages},
            index=index,
        )
        notes.append(_wide_note(match))
    if body.skipped:
        notes.append(_totals_note(body.skipped))
    return RawTable(
        path=path,
        header_row=match.row,
        headers=match.headers,
        mapping=match.mapping,
        ignored=match.ignored,
        cells=cells,
        notes=notes,
        stages=dict(match.stages) if match.is_wide else {},
        stage_cells=stage_cells,
        skipped_rows=body.skipped,
        sheet=sheet,
        kind=kind,
        default_client=default_client,
        csv=csv,
        epoch_1904=epoch_1904,
    )


# ---------------------------------------------------------------------------------------------
# xlsx
# ---------------------------------------------------------------------------------------------


def _read_workbook(path: Path, options: ReadOptions, index: dict[str, str]) -> list[RawTable]:
    package = inspect_workbook(path)
    explicit = {fields.header_key(h) for h in options.column_map}
    grid = xlsx_grid.read_grids(path, package.workbook_part, only=options.sheet)
    if options.sheet is not None and options.sheet not in grid.names:
        listed = ", ".join(f'"{n}"' for n in grid.names)
        raise TrackerNotFound(
            f'{path.name} has no sheet "{options.sheet}"; its sheets are: {listed}.'
        )
    if not grid.names:
        raise TrackerNotFound(f"{path.name} has no worksheets (only charts or macros).")
    found: list[tuple[xlsx_grid.SheetGrid, HeaderMatch]] = []
    closest: tuple[str, HeaderMatch | None] = (grid.names[0], None)
    for sheet in grid.sheets:
        head = list(enumerate(sheet.rows[:HEADER_SEARCH_ROWS], start=1))
        match, best = find_header(head, index, explicit)
        if match is not None:
            found.append((sheet, match))
        elif best is not None and (
            closest[1] is None or len(best.mapping) > len(closest[1].mapping)
        ):
            closest = (sheet.name, best)
    if not found:
        raise TrackerNotFound(not_found_message(f'{path.name}, sheet "{closest[0]}"', closest[1]))
    several = len(found) > 1
    tables = []
    for sheet, match in found:
        table = build_table(
            path,
            sheet.rows,
            match,
            options,
            sheet=sheet.name,
            kind="xlsx",
            epoch_1904=package.epoch_1904,
            default_client=sheet.name if several else path.stem,
        )
        _add_formula_problems(table, sheet, [*match.mapping.values(), *table.stages])
        tables.append(table)
    for sheet in grid.sheets:
        sheet.xml = None  # large; not needed any more
    return tables


def _add_formula_problems(table: RawTable, sheet: xlsx_grid.SheetGrid, columns: list[int]) -> None:
    problems = xlsx_grid.formula_problems(sheet.xml, columns, table.header_row)
    if not problems:
        return
    rows = set(table.cells.index)
    table.cell_problems = {key: why for key, why in problems.items() if key[0] in rows}
    unsaved = sorted(k for k, why in problems.items() if why == xlsx_grid.NO_SAVED_VALUE)
    if unsaved:
        row, col = unsaved[0]
        cells = (
            "1 cell holds a formula" if len(unsaved) == 1 else f"{len(unsaved)} cells hold formulas"
        )
        table.notes.append(
            f"{cells} without a saved value (first: {get_column_letter(col + 1)}{row}); open "
            "the file in Excel and save it once so the values are stored."
        )


# ---------------------------------------------------------------------------------------------
# CSV
# ---------------------------------------------------------------------------------------------


def _read_csv(path: Path, options: ReadOptions, index: dict[str, str]) -> RawTable:
    table = csvfile.read_table(path, options.encoding)
    explicit = {fields.header_key(h) for h in options.column_map}
    head = list(enumerate(table.values[:HEADER_SEARCH_ROWS], start=1))
    match, best = find_header(head, index, explicit)
    if match is None:
        raise TrackerNotFound(not_found_message(path.name, best))
    return build_table(
        path,
        table.values,
        match,
        options,
        sheet=None,
        kind="csv",
        csv=table,
        default_client=path.stem,
    )
