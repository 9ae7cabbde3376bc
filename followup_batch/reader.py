"""Find the tracker in a file and return its raw cells with their Excel row numbers.

CONTRACT (other modules rely on exactly this):

    read_trackers(path: Path, options: ReadOptions) -> list[RawTable]
        One RawTable per sheet that holds a tracker (CSV: one). Raises
        errors.UnsupportedFile / errors.TrackerNotFound with a one-line message.

The file type is told by its bytes, not its name: a workbook renamed to .csv is still read as a
workbook, and a legacy .xls renamed to .xlsx is refused with a reason instead of a zip error.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import CALENDAR_MAC_1904

from . import csvfile, schema
from .csvfile import CsvTable
from .errors import ConfigError, TrackerNotFound, UnsupportedFile

HEADER_SEARCH_ROWS = 50  # the header row must be within the first 50 rows
# Sheets often claim a used range of 1,048,576 rows because one cell far down is formatted.
# Rows missing from the file cost nothing to skip, but formatted empty rows must be parsed; after
# this many empty rows in a row the rest of the sheet is taken to be empty.
EMPTY_RUN_LIMIT = 10_000

ZIP_MAGIC = b"PK\x03\x04"
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
SAVE_AS_XLSX = "Open it in Excel and save it as .xlsx (Excel Workbook), then run again."


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


def read_trackers(path: Path, options: ReadOptions) -> list[RawTable]:
    """Every tracker in the file at ``path`` (only ``options.sheet`` when given)."""
    path = Path(path)
    header_index = header_index_with(options.column_map)
    kind = sniff_kind(path)
    if kind == "xlsx":
        return _read_workbook(path, options, header_index)
    return [_read_csv(path, options, header_index)]


# ---------------------------------------------------------------------------------------------
# File type
# ---------------------------------------------------------------------------------------------


def sniff_kind(path: Path) -> str:
    """'xlsx' or 'csv' from the file's first bytes; refuse the formats we cannot read."""
    try:
        with path.open("rb") as handle:
            magic = handle.read(8)
    except OSError as exc:
        raise UnsupportedFile(f"{path.name}: cannot open the file ({exc.strerror}).") from None
    if magic.startswith(ZIP_MAGIC):
        _check_workbook_zip(path)
        return "xlsx"
    if magic == OLE2_MAGIC:
        raise UnsupportedFile(_ole2_reason(path))
    return "csv"


def _check_workbook_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype")[:100] if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError) as exc:
        raise UnsupportedFile(
            f"{path.name} looks like a workbook but the file is damaged ({exc}). "
            "Restore it from a backup or re-save it from Excel."
        ) from None
    if b"opendocument" in mimetype:
        raise UnsupportedFile(
            f"{path.name} is an OpenDocument spreadsheet (.ods), which is not supported. "
            "Save it as .xlsx (File > Save As > Excel 2007-365) and run again."
        )
    if "xl/workbook.bin" in names:
        raise UnsupportedFile(
            f"{path.name} is an Excel binary workbook (.xlsb), which is not supported. "
            + SAVE_AS_XLSX
        )
    if "xl/workbook.xml" not in names:
        raise UnsupportedFile(
            f"{path.name} is a zip file but not an Excel workbook (no xl/workbook.xml)."
        )


def _ole2_reason(path: Path) -> str:
    with path.open("rb") as handle:
        head = handle.read(1 << 20)
    if _ENCRYPTED_STREAM in head:
        return (
            f"{path.name} is password-protected (encrypted), so it cannot be read. "
            "Remove the password in Excel (File > Info > Protect Workbook), save it as "
            ".xlsx and run again."
        )
    return (
        f"{path.name} is a legacy Excel 97-2003 workbook (.xls), which is not supported. "
        + SAVE_AS_XLSX
    )


# ---------------------------------------------------------------------------------------------
# Header detection
# ---------------------------------------------------------------------------------------------


def header_index_with(column_map: dict[str, str]) -> dict[str, str]:
    """HEADER_INDEX with the user's explicit mapping on top (it wins over synonyms)."""
    unknown = sorted({f for f in column_map.values() if f not in schema.FIELDS_BY_NAME})
    if unknown:
        valid = ", ".join(schema.FIELDS_BY_NAME)
        raise ConfigError(
            f"column map: unknown field {', '.join(repr(f) for f in unknown)}; "
            f"the fields are: {valid}."
        )
    return {
        **schema.HEADER_INDEX,
        **{schema.header_key(header): name for header, name in column_map.items()},
    }


@dataclass
class HeaderMatch:
    """One row read as a header: which field each column holds."""

    row: int
    headers: list[str]
    mapping: dict[str, int]
    ignored: list[str]
    notes: list[str]

    @property
    def missing(self) -> list[str]:
        return [f for f in schema.REQUIRED_FIELDS if f not in self.mapping]


def match_header(
    row_number: int, cells: Sequence[object], index: dict[str, str], explicit: set[str]
) -> HeaderMatch:
    """Map a row's cells to fields: explicitly mapped headers first, then the first column wins.

    ``explicit`` holds the header keys of the user's column map.
    """
    headers = [_header_text(c) for c in cells]
    keys = [schema.header_key(h) for h in headers]
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
    ignored = [h for col, h in enumerate(headers) if h and col not in used]
    return HeaderMatch(row_number, headers, mapping, ignored, notes)


def _header_text(cell: object) -> str:
    return "" if cell is None else str(cell).strip()


def _duplicate_note(name: str, cols: list[int], chosen: int, headers: list[str]) -> str:
    listed = ", ".join(f'"{headers[c]}" (column {get_column_letter(c + 1)})' for c in cols)
    label = schema.FIELDS_BY_NAME[name].header
    return (
        f'Several columns read as {label}: {listed}; using "{headers[chosen]}", '
        "the others are left alone."
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
    required = [schema.FIELDS_BY_NAME[f].header for f in schema.REQUIRED_FIELDS]
    wanted = f"{', '.join(required[:-1])} and {required[-1]}"
    message = f"{where}: no header row with {wanted}"
    if closest is None or not closest.mapping:
        return (
            f"{message}; none of the first {HEADER_SEARCH_ROWS} rows has a recognised "
            "header. Add a header row (see `followup-batch init`) or map your headers "
            'with --map "Header=interview_at".'
        )
    found = ", ".join(closest.headers[col] for col in closest.mapping.values())
    missing = ", ".join(schema.FIELDS_BY_NAME[f].header for f in closest.missing)
    maps = " ".join(f'--map "Header={f}"' for f in closest.missing)
    return (
        f"{message}; the closest (row {closest.row}) has {found}; missing: {missing}. "
        f"Rename the header or map it with {maps}."
    )


# ---------------------------------------------------------------------------------------------
# Data rows
# ---------------------------------------------------------------------------------------------


def collect_rows(
    rows: Iterator[tuple[int, Sequence[object]]],
    mapping: dict[str, int],
    stop_after_empty: int | None = None,
) -> pd.DataFrame:
    """The mapped cells of every row with a value in a mapped column, indexed by row number."""
    columns = list(mapping)
    positions = list(mapping.values())
    numbers: list[int] = []
    records: list[list[object]] = []
    empty_run = 0
    for number, cells in rows:
        width = len(cells)
        values = [cells[p] if p < width else None for p in positions]
        if any(_has_value(v) for v in values):
            numbers.append(number)
            records.append(values)
            empty_run = 0
            continue
        empty_run += 1
        if stop_after_empty is not None and empty_run >= stop_after_empty:
            break
    frame = pd.DataFrame(records, columns=columns, dtype=object)
    if not records:
        frame = pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
    frame.index = pd.Index(numbers, dtype="int64", name="row")
    return frame


def _has_value(value: object) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    return True


# ---------------------------------------------------------------------------------------------
# xlsx
# ---------------------------------------------------------------------------------------------


def _read_workbook(path: Path, options: ReadOptions, index: dict[str, str]) -> list[RawTable]:
    explicit = {schema.header_key(h) for h in options.column_map}
    with path.open("rb") as handle:
        try:
            # A file object skips openpyxl's check of the extension (the bytes said xlsx).
            workbook = load_workbook(handle, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many kinds on damaged files
            raise UnsupportedFile(
                f"{path.name}: cannot read the workbook ({type(exc).__name__}: {exc}). "
                "Open it in Excel and save it again, or restore it from a backup."
            ) from None
        try:
            epoch_1904 = workbook.epoch == CALENDAR_MAC_1904
            names = [ws.title for ws in workbook.worksheets]
            if options.sheet is not None and options.sheet not in names:
                listed = ", ".join(f'"{n}"' for n in names)
                raise TrackerNotFound(
                    f'{path.name} has no sheet "{options.sheet}"; its sheets are: {listed}.'
                )
            found: list[tuple[str, HeaderMatch, Iterator[tuple[int, Sequence[object]]]]] = []
            closest: tuple[str, HeaderMatch | None] = (names[0] if names else "", None)
            for ws in workbook.worksheets:
                if options.sheet is not None and ws.title != options.sheet:
                    continue
                ws.reset_dimensions()  # the stored used range may be wrong either way
                rows = enumerate(ws.iter_rows(min_row=1, values_only=True), start=1)
                head = _take(rows, HEADER_SEARCH_ROWS)
                match, best = find_header(head, index, explicit)
                if match is not None:
                    rest = _after(head, match.row, rows)
                    found.append((ws.title, match, rest))
                elif best is not None and (
                    closest[1] is None or len(best.mapping) > len(closest[1].mapping)
                ):
                    closest = (ws.title, best)
            if not found:
                raise TrackerNotFound(
                    not_found_message(f'{path.name}, sheet "{closest[0]}"', closest[1])
                )
            several = len(found) > 1
            return [
                RawTable(
                    path=path,
                    sheet=title,
                    kind="xlsx",
                    header_row=match.row,
                    headers=match.headers,
                    mapping=match.mapping,
                    ignored=match.ignored,
                    cells=collect_rows(rest, match.mapping, EMPTY_RUN_LIMIT),
                    notes=match.notes,
                    epoch_1904=epoch_1904,
                    default_client=title if several else path.stem,
                )
                for title, match, rest in found
            ]
        finally:
            workbook.close()


def _take(
    rows: Iterator[tuple[int, Sequence[object]]], count: int
) -> list[tuple[int, Sequence[object]]]:
    taken = []
    for item in rows:
        taken.append(item)
        if len(taken) >= count:
            break
    return taken


def _after(
    head: list[tuple[int, Sequence[object]]],
    header_row: int,
    rows: Iterator[tuple[int, Sequence[object]]],
) -> Iterator[tuple[int, Sequence[object]]]:
    """The rows below the header: the rest of the buffered head, then the live iterator."""
    yield from (item for item in head if item[0] > header_row)
    yield from rows


# ---------------------------------------------------------------------------------------------
# CSV
# ---------------------------------------------------------------------------------------------


def _read_csv(path: Path, options: ReadOptions, index: dict[str, str]) -> RawTable:
    table = csvfile.read_table(path, options.encoding)
    explicit = {schema.header_key(h) for h in options.column_map}
    records = list(zip(table.line_numbers, table.values, strict=True))
    match, best = find_header(records[:HEADER_SEARCH_ROWS], index, explicit)
    if match is None:
        raise TrackerNotFound(not_found_message(path.name, best))
    body = iter(r for r in records if r[0] > match.row)
    return RawTable(
        path=path,
        sheet=None,
        kind="csv",
        header_row=match.row,
        headers=match.headers,
        mapping=match.mapping,
        ignored=match.ignored,
        cells=collect_rows(body, match.mapping),
        notes=match.notes,
        csv=table,
        default_client=path.stem,
    )
