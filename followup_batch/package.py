"""Write results into an xlsx/xlsm package by editing its parts directly (the default writer).

openpyxl loads a workbook into its own model and writes a new one, dropping whatever it does
not model (and taking ~30 s for 100,000 rows). This writer copies the package member by member
instead: every part it does not need to change is copied as the same compressed bytes; the
tracker's worksheet is streamed row by row, the tool's cells merged into each row and every
other byte of the row left as it was; a few small parts get the tool's additions.

What changes, and why:

- the worksheet: the owned cells, ``<dimension>``, widths (``<cols>``) of the owned columns, a
  frozen header pane when the user has none, the tool's conditional formats and drop-downs,
  a plain ``<autoFilter>`` that ends right before the owned columns is widened over them, and a
  ``<legacyDrawing>`` reference the first time header notes are added;
- ``xl/styles.xml``: a number format, two cell formats and the conditional formats' looks;
- the sheet's comments part and VML drawing (created the first time), and its relationships;
- a table (ListObject) whose header is the tracker's header row: widened over the columns;
- ``[Content_Types].xml`` for parts created the first time; ``xl/workbook.xml`` only to keep
  the hidden ``_xlnm._FilterDatabase`` name in step with a widened filter or to add the
  tool's extra sheets (with their relationships and ``docProps/app.xml`` titles).

Nothing else is touched: no other part is decompressed and compressed again, formulas are
never rewritten and ``calcChain.xml`` stays (the tool writes no formulas).
"""

from __future__ import annotations

import copy
import datetime
import functools
import posixpath
import re
import struct
import xml.parsers.expat
import zipfile
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from xml.etree import ElementTree

import numpy as np
import pandas as pd

from . import safety, schema
from .errors import UnsafeWrite
from .notes_xml import Note, merge_comments, merge_vml, used_idmaps
from .reader import RawTable
from .sheet_design import (
    CF_RULES,
    COLUMN_WIDTHS,
    DEFAULT_WIDTH,
    GENERATED_SHEET_NAME,
    MAX_CELL_TEXT,
    TOP_ALIGNED_OUTPUTS,
    VALIDATED_FIELDS,
    WRAPPED_OUTPUTS,
    extra_column_width,
    extra_sheet_name,
    header_note,
    list_formula,
    safe_text,
)
from .sheetxml import (
    ATTRIBUTES,
    CONTENT_TYPES_NS,
    MAIN_NS,
    PACKAGE_REL_NS,
    REL_NS,
    STRICT_MAIN_NS,
    WORKBOOK_ORDER,
    WORKSHEET_ORDER,
    XML_DECLARATION,
    Document,
    MalformedPart,
    Node,
    RowFinder,
    RowSpan,
    attribute,
    cell_column,
    cell_pattern,
    cell_text_xml,
    cells_of,
    children,
    column_index,
    column_letter,
    escape_attribute,
    escape_text,
    format_range,
    generated_sheet_indexes,
    has_value,
    parse_range,
    prefix_for,
    row_number,
    set_attribute,
    split_document,
    unescape,
)
from .styles_xml import Dxf, OwnStyles, add_own_styles

CHUNK = 1 << 20
# The worksheet is the one big part written anew: zlib level 1 is three times faster than the
# default 6 for a quarter more bytes (and Excel recompresses it on its next save anyway).
SHEET_COMPRESSION = 1
OFFICE_DOCUMENT = REL_NS + "/officeDocument"
WORKSHEET_REL = REL_NS + "/worksheet"
STYLES_REL = REL_NS + "/styles"
SHARED_STRINGS_REL = REL_NS + "/sharedStrings"
COMMENTS_REL = REL_NS + "/comments"
VML_REL = REL_NS + "/vmlDrawing"
TABLE_REL = REL_NS + "/table"
SML = "application/vnd.openxmlformats-officedocument.spreadsheetml."
WORKSHEET_TYPE = SML + "worksheet+xml"
COMMENTS_TYPE = SML + "comments+xml"
VML_TYPE = "application/vnd.openxmlformats-officedocument.vmlDrawing"
NEW_PART_TIME = (1980, 1, 1, 0, 0, 0)  # fixed, so that a re-run writes identical bytes
FILTER_DATABASE = "_xlnm._FilterDatabase"
EXCEL_EPOCH = np.datetime64("1899-12-30")
MAC_EPOCH = np.datetime64("1904-01-01")
DXFS = tuple(Dxf(fill, font) for _name, _formula, fill, font in CF_RULES)


# ---------------------------------------------------------------------------------------------
# The package's structure


@dataclass(frozen=True)
class SheetEntry:
    name: str
    sheet_id: int
    rel_id: str
    part: str | None  # None for chart sheets and dangling entries
    index: int  # position among the workbook's sheets (localSheetId)


@dataclass
class Structure:
    content_types: bytes
    workbook_part: str
    workbook: bytes
    workbook_rels: dict[str, tuple[str, str]]  # rel id -> (type, part)
    sheets: list[SheetEntry]
    date1904: bool

    def part_of(self, rel_type: str) -> str | None:
        return next((part for t, part in self.workbook_rels.values() if t == rel_type), None)

    def sheet(self, name: str | None) -> SheetEntry:
        worksheets = [s for s in self.sheets if s.part is not None]
        if not worksheets:
            raise UnsafeWrite("the workbook has no worksheet to write into")
        if name is None:
            return worksheets[0]
        for entry in worksheets:
            if entry.name == name:
                return entry
        raise UnsafeWrite(f'the workbook has no worksheet "{name}"')


def rels_path(part: str) -> str:
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", name + ".rels")


def read_rels(package: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """Relationship id -> (type, target part) of ``part`` (external targets left out)."""
    path = rels_path(part)
    if path not in package.NameToInfo:
        return {}
    folder = posixpath.dirname(part)
    found = {}
    for rel in ElementTree.fromstring(package.read(path)):
        if rel.get("TargetMode") == "External":
            continue
        target = rel.get("Target", "")
        resolved = (
            target.lstrip("/")
            if target.startswith("/")
            else posixpath.normpath(posixpath.join(folder, target))
        )
        found[rel.get("Id", "")] = (rel.get("Type", ""), resolved)
    return found


def read_structure(package: zipfile.ZipFile) -> Structure:
    names = package.NameToInfo
    for info in package.infolist():
        if info.flag_bits & 0x1:
            raise UnsafeWrite("the package has encrypted parts")
    if "[Content_Types].xml" not in names:
        raise UnsafeWrite("the package has no [Content_Types].xml")
    root_rels = read_rels(package, "")
    workbook_part = next(
        (p for t, p in root_rels.values() if t == OFFICE_DOCUMENT), "xl/workbook.xml"
    )
    if workbook_part not in names:
        raise UnsafeWrite(f"the package has no workbook part ({workbook_part})")
    workbook = package.read(workbook_part)
    if STRICT_MAIN_NS.encode() in workbook[:2000]:
        raise UnsafeWrite(
            "it is saved as Strict Open XML, which this tool does not write; save it in Excel "
            "as Excel Workbook (.xlsx), then run again"
        )
    rels = read_rels(package, workbook_part)
    root = ElementTree.fromstring(workbook)
    sheets = []
    for index, sheet in enumerate(root.iter(f"{{{MAIN_NS}}}sheet")):
        rel_id = sheet.get(f"{{{REL_NS}}}id", "")
        rel_type, part = rels.get(rel_id, ("", ""))
        is_sheet = rel_type == WORKSHEET_REL and part in names
        sheets.append(
            SheetEntry(
                sheet.get("name", ""),
                int(sheet.get("sheetId", "0") or 0),
                rel_id,
                part if is_sheet else None,
                index,
            )
        )
    properties = root.find(f"{{{MAIN_NS}}}workbookPr")
    date1904 = properties is not None and properties.get("date1904", "") in ("1", "true")
    content_types = package.read("[Content_Types].xml")
    return Structure(content_types, workbook_part, workbook, rels, sheets, date1904)


# ---------------------------------------------------------------------------------------------
# Streaming a worksheet


@dataclass
class SheetText:
    """A worksheet cut around its rows: ``head`` + ``open`` + rows + ``close`` + ``tail``."""

    head: bytes = b""
    open: bytes = b""
    close: bytes = b""
    tail: bytes = b""
    prefix: str = ""


_SHEET_DATA = re.compile(rb"<((?:[A-Za-z_][\w.-]*:)?)sheetData\b" + ATTRIBUTES + rb"(/?)>")


def stream_sheet(stream: IO[bytes], text: SheetText) -> Iterator[bytes]:
    """Yield blocks of whole ``<row>`` elements (with the text between them), filling ``text``.

    ``text.head``/``open``/``prefix`` are set before the first block, ``close``/``tail`` after
    the last; only one block (about 1 MB) is held at a time.
    """
    buffer, eof = b"", False
    while (found := _SHEET_DATA.search(buffer)) is None:
        more = stream.read(CHUNK)
        if not more:
            raise MalformedPart("the worksheet has no <sheetData>")
        buffer += more
    text.head, text.prefix = buffer[: found.start()], found.group(1).decode()
    p = text.prefix
    if found.group(3):  # <sheetData/>: no rows
        text.open, text.close = f"<{p}sheetData>".encode(), f"</{p}sheetData>".encode()
        text.tail = buffer[found.end() :] + stream.read()
        return
    text.open = found.group(0)
    close = f"</{p}sheetData>".encode()
    row_end = f"</{p}row>".encode()
    buffer = buffer[found.end() :]
    while True:
        at = buffer.find(close)
        if at >= 0:
            if at:
                yield buffer[:at]
            text.close = close
            text.tail = buffer[at + len(close) :] + stream.read()
            return
        cut = buffer.rfind(row_end)
        if cut >= 0:
            yield buffer[: cut + len(row_end)]
            buffer = buffer[cut + len(row_end) :]
        if eof:
            raise MalformedPart("the worksheet's <sheetData> is not closed")
        more = stream.read(CHUNK)
        eof = not more
        buffer += more


@dataclass
class HeaderCell:
    text: str | None  # None when the cell is not text (a number, an error, a formula result)
    valued: bool


@dataclass
class Scan:
    text: SheetText
    header: dict[int, HeaderCell] = field(default_factory=dict)
    used: int = 0  # the rightmost column with a value in the rows written (owned ones aside)


def scan_sheet(
    package: zipfile.ZipFile,
    part: str,
    header_row: int,
    last_row: int,
    shared: Callable[[set[int]], dict[int, str]],
) -> Scan:
    """Read the header row and how far the user's cells reach in the rows to be written."""
    text = SheetText()
    scan = Scan(text)
    raw_header: list[tuple[int, bytes, bytes | None]] = []
    owned_found: set[int] | None = None
    with package.open(part) as stream:
        blocks = stream_sheet(stream, text)
        rows = cells = None
        fast: _FastScan | None = None
        number = 0
        for block in blocks:
            if rows is None:
                rows, cells = RowFinder(text.prefix), cell_pattern(text.prefix)
                fast = _FastScan(text.prefix)
            assert cells is not None and fast is not None
            if number >= header_row:
                found = fast.block(block, header_row, last_row, owned_found or set())
                if found is not None:
                    number, used = found
                    scan.used = max(scan.used, used)
                    continue
            for row in rows.rows(block):
                number = row_number(row.attributes) or number + 1
                if number < header_row:
                    continue
                if number > last_row:
                    break
                content = row.content
                if not content:
                    continue
                if number == header_row:
                    raw_header = [
                        (c.column, c.attributes, c.content) for c in cells_of(content, cells)
                    ]
                    owned_found, complete = _owned_in_header(raw_header, text.prefix, shared)
                    if complete:  # a re-run: the owned columns are where they were
                        number = last_row + 1
                        break
                    scan.used = max(
                        (
                            c
                            for c, _a, body in raw_header
                            if c not in owned_found and has_value(body, text.prefix)
                        ),
                        default=0,
                    )
                    continue
                scan.used = max(
                    scan.used, _rightmost_value(content, cells, text.prefix, owned_found or set())
                )
            if number > last_row:
                break
        for _ in blocks:  # the tail comes after the last row
            pass
    if raw_header:
        scan.header = _header_cells(raw_header, text.prefix, shared)
    return scan


class _FastScan:
    """The rightmost valued column of a whole block of rows in one regular-expression pass.

    Used for blocks strictly between the header row and the last row written, where every
    row and cell carries its reference (as Excel writes them); other blocks go row by row.
    """

    def __init__(self, p: str) -> None:
        prefix = re.escape(p.encode())
        self.row_tag = f'<{p}row r="'.encode()
        self.rows = (f"<{p}row ".encode(), f"<{p}row>".encode())
        self.cell_tag = f'<{p}c r="'.encode()
        self.cells = (f"<{p}c ".encode(), f"<{p}c>".encode(), f"<{p}c/>".encode())
        self.letters = re.compile(rb"<" + prefix + rb'c r="([A-Z]{1,3})')
        self.valued = prefix + rb"(?:v|f|is)[\s>/]"
        self.first_row = re.compile(re.escape(self.row_tag) + rb"(\d+)")

    def block(
        self, block: bytes, header_row: int, last_row: int, skip: set[int]
    ) -> tuple[int, int] | None:
        """(last row number, rightmost valued column) or None when the block needs row by row."""
        rows = block.count(self.rows[0]) + block.count(self.rows[1])
        if rows == 0 or rows != block.count(self.row_tag):
            return None
        with_ref = block.count(self.cell_tag)
        if block.count(self.cells[0]) != with_ref or block.count(self.cells[1]):
            return None
        if block.count(self.cells[2]):
            return None
        first = self.first_row.search(block)
        at = block.rfind(self.row_tag) + len(self.row_tag)
        last = re.match(rb"\d+", block[at:])
        if first is None or last is None:
            return None
        if int(first.group(1)) <= header_row or int(last.group(0)) > last_row:
            return None
        columns = sorted({column_index(x) for x in set(self.letters.findall(block))} - skip)
        for column in reversed(columns):  # usually the rightmost one holds values
            letter = column_letter(column).encode()
            pattern = re.escape(self.cell_tag + letter) + rb'\d+"[^>]*?>(?=<' + self.valued + b")"
            if re.search(pattern, block):
                return int(last.group(0)), column
        return int(last.group(0)), 0


def _rightmost_value(content: bytes, cells: re.Pattern[bytes], p: str, skip: set[int]) -> int:
    last = content.rfind(f'<{p}c r="'.encode())
    if last >= 0:
        match = cells.match(content, last)
        if match and match.end() == len(content):
            column = cell_column(match.group(1))
            if column is not None and column not in skip and has_value(match.group(2), p):
                return column
    return max(
        (
            c.column
            for c in cells_of(content, cells)
            if c.column not in skip and has_value(c.content, p)
        ),
        default=0,
    )


_SHARED_INDEX = re.compile(rb"<(?:\w+:)?v>\s*(\d+)\s*</")
_TEXT = re.compile(rb"<((?:\w+:)?)t(?:\s[^>]*)?>(.*?)</\1t>|<(?:\w+:)?t\s*/>", re.S)
_PHONETIC = re.compile(rb"<((?:\w+:)?)rPh\b.*?</\1rPh>", re.S)


def _cell_string(attributes: bytes, content: bytes | None, shared: dict[int, str]) -> str | None:
    kind = attribute(attributes, "t")
    if content is None:
        return None
    if kind == "s":
        index = _SHARED_INDEX.search(content)
        return shared.get(int(index.group(1))) if index else None
    if kind == "inlineStr":
        return inline_text(content)
    if kind == "str":
        value = re.search(rb"<(?:\w+:)?v>(.*?)</", content, re.S)
        return unescape(value.group(1)) if value else None
    return None


def inline_text(content: bytes) -> str:
    """The text of an ``<is>`` or ``<si>`` element's content (phonetic runs left out)."""
    content = _PHONETIC.sub(b"", content)
    return "".join(unescape(m.group(2) or b"") for m in _TEXT.finditer(content))


def _shared_indexes(raw: list[tuple[int, bytes, bytes | None]]) -> set[int]:
    found = set()
    for _column, attributes, content in raw:
        if attribute(attributes, "t") == "s" and content:
            index = _SHARED_INDEX.search(content)
            if index:
                found.add(int(index.group(1)))
    return found


def _owned_in_header(
    raw: list[tuple[int, bytes, bytes | None]], p: str, shared: Callable[[set[int]], dict[int, str]]
) -> tuple[set[int], bool]:
    """The columns holding owned headers, and whether every owned header is there."""
    cells = _header_cells(raw, p, shared)
    owned = {schema.header_key(text) for text in schema.OUTPUT_HEADERS.values()}
    keys = {c: schema.header_key(cell.text) for c, cell in cells.items() if cell.text}
    columns = {c for c, key in keys.items() if key in owned}
    return columns, owned <= set(keys.values())


def _header_cells(
    raw: list[tuple[int, bytes, bytes | None]], p: str, shared: Callable[[set[int]], dict[int, str]]
) -> dict[int, HeaderCell]:
    strings = shared(_shared_indexes(raw))
    return {
        column: HeaderCell(_cell_string(attributes, content, strings), has_value(content, p))
        for column, attributes, content in raw
    }


def shared_strings_reader(
    package: zipfile.ZipFile, part: str | None
) -> Callable[[set[int]], dict[int, str]]:
    """A function reading only the shared strings asked for (the part can be large)."""

    def read(indexes: set[int]) -> dict[int, str]:
        if not indexes or part is None or part not in package.NameToInfo:
            return {}
        wanted, found, number = max(indexes), {}, -1
        item = re.compile(rb"<((?:\w+:)?)si\b[^>]*?(?:/>|>(.*?)</\1si>)", re.S)
        buffer = b""
        with package.open(part) as stream:
            while number < wanted:
                more = stream.read(CHUNK)
                buffer += more
                end = buffer.rfind(b"si>") + 3 if more else len(buffer)
                for match in item.finditer(buffer, 0, end):
                    number += 1
                    if number in indexes:
                        found[number] = inline_text(match.group(2) or b"")
                    if number >= wanted:
                        break
                buffer = buffer[end:]
                if not more:
                    break
        return found

    return read


# ---------------------------------------------------------------------------------------------
# Where the owned columns go


@dataclass(frozen=True)
class Block:
    columns: dict[str, int]  # output key -> 1-based column
    header_row: int
    first_row: int
    last_row: int
    new_columns: frozenset[int] = frozenset()  # placed this run (not found by header)

    @property
    def owned(self) -> frozenset[int]:
        return frozenset(self.columns.values())

    @property
    def span(self) -> tuple[int, int]:
        return min(self.columns.values()), max(self.columns.values())

    def letter(self, key: str) -> str:
        return column_letter(self.columns[key])

    @property
    def data_range(self) -> str:
        low, high = self.span
        return format_range(low, self.first_row, high, self.last_row)


def plan_block(scan: Scan, header_row: int, last_row: int, merged_right: int) -> Block:
    """The same rule as ``workbook.owned_block``: found by header, else right of the used ones."""
    wanted = {schema.header_key(text): key for key, text in schema.OUTPUT_HEADERS.items()}
    found: dict[str, int] = {}
    for column in sorted(scan.header):
        text = scan.header[column].text
        key = wanted.get(schema.header_key(text)) if text else None
        if key is not None and key not in found:
            found[key] = column
    next_free = max(found.values(), default=0) + 1
    if len(found) < len(schema.OUTPUT_HEADERS):
        next_free = max(next_free, scan.used + 1, merged_right + 1)
    columns = {}
    for key in schema.OUTPUT_HEADERS:
        if key in found:
            columns[key] = found[key]
        else:
            columns[key] = next_free
            next_free += 1
    new = frozenset(c for k, c in columns.items() if k not in found)
    return Block(columns, header_row, header_row + 1, max(last_row, header_row + 1), new)


# ---------------------------------------------------------------------------------------------
# The owned cells of each row


ROWS_PER_BATCH = 10_000  # owned cells are built for this many rows at a time
# A character that needs work before it goes into a cell: a control character (dropped), an
# XML special (escaped) or a code point XML cannot hold (dropped). One scan per value finds
# the few texts that need the slow path.
_NEEDS_WORK = re.compile("[\x00-\x08\x0b-\x1f\x7f&<>\ud800-\udfff\ufffe\uffff]")
_EDGE_SPACE = (" ", "\t", "\n")


def xml_texts(values: Sequence[object]) -> list[str]:
    """Each value as cell text, escaped for XML: ``safe_text`` then ``cell_text_xml``."""
    limit, needs_work = MAX_CELL_TEXT, _NEEDS_WORK.search
    return [
        v
        if type(v) is str and len(v) <= limit and not needs_work(v) and "_x" not in v
        else cell_text_xml(safe_text(v))
        for v in values
    ]


def text_cells(refs: list[str], texts: list[str], p: str, style: int | None) -> list[str]:
    """``<c>`` elements with inline strings, one per escaped text ('' for an empty text).

    Built a column at a time (one comprehension, no call per cell): 100,000 rows of a dozen
    columns would otherwise spend seconds in function calls.
    """
    s = f' s="{style}"' if style else ""
    start, end = f'<{p}c r="', f"</{p}t></{p}is></{p}c>"
    plain = f'"{s} t="inlineStr"><{p}is><{p}t>'
    spaced = f'"{s} t="inlineStr"><{p}is><{p}t xml:space="preserve">'
    return [
        f"{start}{ref}{spaced if v[0] in _EDGE_SPACE or v[-1] in _EDGE_SPACE else plain}{v}{end}"
        if v
        else ""
        for ref, v in zip(refs, texts, strict=True)
    ]


def date_cells(refs: list[str], serials: list[int | None], p: str, style: int) -> list[str]:
    start, empty = f'<{p}c r="', f'" s="{style}"/>'
    full, end = f'" s="{style}"><{p}v>', f"</{p}v></{p}c>"
    return [
        start + ref + (empty if n is None else full + str(n) + end)
        for ref, n in zip(refs, serials, strict=True)
    ]


def date_serials(column: pd.Series, date1904: bool) -> list[int | None]:
    """Excel day numbers of the dates (None for missing ones)."""
    epoch = MAC_EPOCH if date1904 else EXCEL_EPOCH
    days = pd.to_datetime(column).to_numpy(dtype="datetime64[D]")
    valid = ~np.isnat(days)
    serial = np.where(valid, (days - epoch).astype("int64"), 0)
    return [int(n) if ok else None for n, ok in zip(serial.tolist(), valid.tolist(), strict=True)]


class OwnedCells:
    """The tool's ``<c>`` elements of each row, as one blob per row in column order."""

    def __init__(
        self, results: pd.DataFrame, block: Block, styles: OwnStyles, prefix: str, date1904: bool
    ) -> None:
        self.p = prefix
        self.block = block
        rows = [int(row) for row in results.index]
        keys = sorted(schema.OUTPUT_HEADERS, key=lambda k: block.columns[k])
        letters = {key: block.letter(key) for key in keys}
        values: dict[str, list] = {}
        for key in keys:
            column = results[key] if key in results else pd.Series([None] * len(results))
            if key in schema.DATE_OUTPUTS:
                values[key] = date_serials(column, date1904)
            else:
                values[key] = xml_texts(column.tolist())
        self.blobs: dict[int, bytes] = {}
        for start in range(0, len(rows), ROWS_PER_BATCH):
            batch = rows[start : start + ROWS_PER_BATCH]
            numbers = [str(row) for row in batch]
            columns = []
            for key in keys:
                letter = letters[key]
                refs = [letter + number for number in numbers]
                chunk = values[key][start : start + ROWS_PER_BATCH]
                if key in schema.DATE_OUTPUTS:
                    columns.append(date_cells(refs, chunk, prefix, styles.date_xf))
                else:
                    wrapped = (
                        styles.wrapped_xf
                        if key in WRAPPED_OUTPUTS
                        else styles.top_xf
                        if key in TOP_ALIGNED_OUTPUTS
                        else None
                    )
                    columns.append(text_cells(refs, chunk, prefix, wrapped))
            for row, parts in zip(batch, zip(*columns, strict=True), strict=True):
                self.blobs[row] = "".join(parts).encode()
        header = text_cells(
            [f"{letters[key]}{block.header_row}" for key in keys],
            xml_texts([schema.OUTPUT_HEADERS[key] for key in keys]),
            prefix,
            styles.header_xf,
        )
        self.blobs[block.header_row] = "".join(header).encode()
        self.cell = cell_pattern(prefix)

    def rows(self) -> list[int]:
        return sorted(self.blobs)

    def blob(self, row: int) -> bytes | None:
        """The row's owned cells in column order; None for a row the tool leaves alone."""
        return self.blobs.get(row)

    def split(self, blob: bytes) -> list[tuple[int, bytes]]:
        return [(c.column, blob[c.start : c.end]) for c in cells_of(blob, self.cell)]


_SPANS = re.compile(rb"(\sspans\s*=\s*[\"'])(\d+):(\d+)([\"'])")


class RowMerger:
    """Merges the owned cells into the rows of a streamed sheet, creating missing rows."""

    def __init__(self, owned: OwnedCells, prefix: str) -> None:
        self.owned = owned
        self.p = prefix
        self.finder = RowFinder(prefix)
        self.cells = cell_pattern(prefix)
        self.pending = owned.rows()
        self.next = 0
        self.number = 0
        self.low, self.high = owned.block.span
        self.owned_columns = owned.block.owned
        self.last_cell = f'<{prefix}c r="'.encode()
        self.contiguous = self.high - self.low + 1 == len(self.owned_columns)
        self.owned_tags = [
            f'<{prefix}c r="{column_letter(c)}'.encode() for c in range(self.low, self.high + 1)
        ]
        self.row_open = f"<{prefix}row".encode()
        self.row_close = f"</{prefix}row>".encode()

    def block(self, data: bytes, out: Callable[[bytes], None]) -> None:
        parts: list[bytes] = []
        add = parts.append
        position = 0
        for row in self.finder.rows(data):
            add(data[position : row.start])
            self.number = row_number(row.attributes) or self.number + 1
            if self.next < len(self.pending) and self.pending[self.next] <= self.number:
                self._new_rows_before(self.number, add)
            ours = self.owned.blob(self.number)
            add(data[row.start : row.end] if ours is None else self._merge(row, ours))
            position = row.end
        add(data[position:])
        out(b"".join(parts))

    def finish(self, out: Callable[[bytes], None]) -> None:
        self._new_rows_before(None, out)

    def _new_rows_before(self, number: int | None, out: Callable[[bytes], None]) -> None:
        while self.next < len(self.pending) and (
            number is None or self.pending[self.next] <= number
        ):
            row = self.pending[self.next]
            self.next += 1
            if row == number:
                return
            blob = self.owned.blob(row)
            if blob:
                out(f'<{self.p}row r="{row}">'.encode() + blob + self.row_close)

    def _merge(self, row: RowSpan, ours: bytes) -> bytes:
        attributes = row.attributes
        if ours and b"spans" in attributes:
            attributes = _SPANS.sub(self._spans, attributes, count=1)
        content = row.content or b""
        return self.row_open + attributes + b">" + self._merge_cells(content, ours) + self.row_close

    def _first_owned(self, content: bytes) -> int | None:
        """Where the row's first cell in the owned columns starts (cells are in column order)."""
        number = str(self.number).encode() + b'"'
        for tag in self.owned_tags:
            at = content.find(tag + number)
            if at >= 0:
                return at
        return None

    def _spans(self, found: re.Match[bytes]) -> bytes:
        low = min(int(found.group(2)), self.low)
        high = max(int(found.group(3)), self.high)
        return found.group(1) + f"{low}:{high}".encode() + found.group(4)

    def _merge_cells(self, content: bytes, ours: bytes) -> bytes:
        if not content:
            return ours
        last = content.rfind(self.last_cell)
        if last >= 0:
            match = self.cells.match(content, last)
            if match and match.end() == len(content):
                column = cell_column(match.group(1))
                if column is not None and column < self.low:
                    return content + ours  # a first run: ours go after the user's cells
                if column is not None and self.contiguous and column <= self.high:
                    start = self._first_owned(content)
                    if start is not None:
                        return content[:start] + ours  # a re-run: ours replace our tail
        parts: list[bytes] = []
        position, waiting, shifted = 0, self.owned.split(ours), False
        for cell in cells_of(content, self.cells):
            parts.append(content[position : cell.start])
            while waiting and waiting[0][0] < cell.column:
                parts.append(waiting.pop(0)[1])
                shifted = True
            if cell.column in self.owned_columns:
                shifted = True  # the tool's earlier cell (or an empty one) is replaced
            else:
                data = content[cell.start : cell.end]
                if shifted and not cell.has_ref:
                    tag = f"<{self.p}c".encode()
                    ref = f' r="{column_letter(cell.column)}{self.number}"'.encode()
                    data = tag + ref + data[len(tag) :]
                parts.append(data)
            position = cell.end
        parts.extend(cell for _, cell in waiting)
        parts.append(content[position:])
        return b"".join(parts)


# ---------------------------------------------------------------------------------------------
# The sheet's other elements


CF_PATTERNS = tuple(
    re.compile(
        re.escape(formula)
        .replace(re.escape("{due}"), r"\$[A-Z]{1,3}\d+")
        .replace(re.escape("{status}"), r"\$[A-Z]{1,3}\d+")
    )
    for _name, formula, _fill, _font in CF_RULES
)
OWN_LISTS = frozenset(list_formula(values) for values in VALIDATED_FIELDS.values())


@dataclass
class SheetEdits:
    """What the edit of the worksheet's skeleton learned, for the other parts."""

    legacy_drawing: str | None = None  # rel id of the existing VML drawing
    table_rels: list[str] = field(default_factory=list)
    merged_right: int = 0
    filter_range: str | None = None  # the widened sheet autoFilter, for _FilterDatabase


def sheet_facts(skeleton: Document, header_row: int, last_row: int) -> SheetEdits:
    facts = SheetEdits()
    drawing = skeleton.first("legacyDrawing")
    if drawing is not None:
        facts.legacy_drawing = _rel_id(drawing.start_tag)
    parts = skeleton.first("tableParts")
    if parts is not None:
        facts.table_rels = [
            rid
            for n in children(parts).nodes
            if n.name == "tablePart"
            if (rid := _rel_id(n.start_tag))
        ]
    merges = skeleton.first("mergeCells")
    if merges is not None:
        for node in children(merges).nodes:
            bounds = parse_range(attribute(node.start_tag, "ref") or "") if node.name else None
            if bounds and bounds[1] <= last_row and bounds[3] >= header_row:
                facts.merged_right = max(facts.merged_right, bounds[2])
    return facts


def _rel_id(tag: bytes) -> str | None:
    found = re.search(rb"\s[\w.-]+:id\s*=\s*[\"']([^\"']*)[\"']", tag)
    return found.group(1).decode() if found else None


def edit_skeleton(
    skeleton: Document,
    block: Block,
    table: RawTable,
    styles: OwnStyles,
    facts: SheetEdits,
    *,
    has_results: bool,
    has_tables: bool,
) -> None:
    _dimension(skeleton, block)
    _freeze(skeleton, block.header_row)
    _widths(skeleton, block)
    if not has_tables:
        _widen_filter(skeleton, block, facts)
    if has_results:
        _conditional_formats(skeleton, block, styles)
        _validations(skeleton, table, block)


def _dimension(skeleton: Document, block: Block) -> None:
    node = skeleton.first("dimension")
    if node is None:
        return
    bounds = parse_range(attribute(node.start_tag, "ref") or "")
    low, high = block.span
    if bounds is None:
        bounds = (low, block.header_row, high, block.last_row)
    ref = format_range(
        min(bounds[0], low),
        min(bounds[1], block.header_row),
        max(bounds[2], high),
        max(bounds[3], block.last_row),
    )
    node.data = set_attribute(node.data, "ref", ref)


def _freeze(skeleton: Document, header_row: int) -> None:
    p = skeleton.prefix
    pane = (
        f'<{p}pane ySplit="{header_row}" topLeftCell="A{header_row + 1}" '
        'activePane="bottomLeft" state="frozen"/>'
    ).encode()
    top = f"A{header_row + 1}"
    selection = f'<{p}selection pane="bottomLeft" activeCell="{top}" sqref="{top}"/>'
    node = skeleton.first("sheetViews")
    if node is None:
        new_view = f'<{p}sheetView workbookViewId="0">{pane.decode()}{selection}</{p}sheetView>'
        skeleton.insert(skeleton.element("sheetViews", new_view))
        return
    views = children(node)
    view_node = views.first("sheetView")
    if view_node is None:
        return
    view = children(view_node)
    if view.first("pane") is not None:
        return  # the user's own frozen or split panes stay
    for item in view.elements("selection"):
        if attribute(item.start_tag, "pane") is None:
            item.data = (
                set_attribute(item.start_tag, "pane", "bottomLeft")
                + item.data[len(item.start_tag) :]
            )
    view.nodes.insert(0, Node("pane", pane))
    if not view.elements("selection"):
        view.nodes.insert(1, Node("selection", selection.encode()))
    view_node.data = view.join()
    node.data = views.join()


def _widths(skeleton: Document, block: Block) -> None:
    """Widths for the owned columns; a user's ``<col>`` span over them is split around them.

    A column placed for the first time is also shown: people hide the unused columns right
    of their data, and the tool's columns would land in that hidden range.
    """
    p = skeleton.prefix
    width_of = {
        column: COLUMN_WIDTHS.get(key, DEFAULT_WIDTH) for key, column in block.columns.items()
    }
    node = skeleton.first("cols")
    spans: list[tuple[int, int, bytes]] = []  # (min, max, element)
    covered: set[int] = set()
    inner = children(node) if node is not None else None
    for item in inner.nodes if inner is not None else []:
        if item.name != "col":
            continue
        low = int(attribute(item.start_tag, "min") or 0)
        high = int(attribute(item.start_tag, "max") or low)
        here = sorted(c for c in width_of if low <= c <= high)
        if not here:
            spans.append((low, high, item.data))
            continue
        for first, last in _split_span(low, high, here):
            spans.append((first, last, _col(item.data, first, last)))
        for column in here:
            element = _col(item.data, column, column, width_of[column])
            if column in block.new_columns:
                element = re.sub(rb'\shidden\s*=\s*["\'][^"\']*["\']', b"", element)
            spans.append((column, column, element))
            covered.add(column)
    for column, width in width_of.items():
        if column not in covered:
            new = f'<{p}col min="{column}" max="{column}" width="{width}" customWidth="1"/>'
            spans.append((column, column, new.encode()))
    body = b"".join(element for _low, _high, element in sorted(spans, key=lambda s: s[0]))
    if inner is not None and node is not None:
        inner.nodes = [Node("col", body)]
        node.data = inner.join()
    else:
        skeleton.insert(Node("cols", f"<{p}cols>".encode() + body + f"</{p}cols>".encode()))


def _split_span(low: int, high: int, owned: list[int]) -> list[tuple[int, int]]:
    """The runs of columns in low..high that are not owned (``owned`` sorted, inside)."""
    runs, start = [], low
    for column in owned:
        if column > start:
            runs.append((start, column - 1))
        start = column + 1
    if start <= high:
        runs.append((start, high))
    return runs


def _col(element: bytes, low: int, high: int, width: float | None = None) -> bytes:
    tag = set_attribute(set_attribute(element, "min", str(low)), "max", str(high))
    if width is not None:
        tag = set_attribute(set_attribute(tag, "width", f"{width:g}"), "customWidth", "1")
    return tag


def _widen_filter(skeleton: Document, block: Block, facts: SheetEdits) -> None:
    node = skeleton.first("autoFilter")
    if node is None:
        return
    bounds = parse_range(attribute(node.start_tag, "ref") or "")
    low, high = block.span
    if (
        bounds is None
        or bounds[1] != block.header_row
        or not (bounds[0] < low and low - 1 <= bounds[2] <= high)
    ):
        return
    ref = format_range(bounds[0], bounds[1], high, max(bounds[3], block.last_row))
    node.data = set_attribute(node.start_tag, "ref", ref) + node.data[len(node.start_tag) :]
    facts.filter_range = ref


def _conditional_formats(skeleton: Document, block: Block, styles: OwnStyles) -> None:
    for node in skeleton.elements("conditionalFormatting"):
        formulas = [unescape(f) for f in re.findall(rb"<(?:\w+:)?formula>(.*?)</", node.data, re.S)]
        if formulas and all(any(p.fullmatch(f) for p in CF_PATTERNS) for f in formulas):
            skeleton.remove(node)
    rest = b"".join(n.data for n in skeleton.nodes)
    priorities = [
        int(x) for x in re.findall(rb"<(?:\w+:)?cfRule\b[^>]*?\spriority=[\"'](\d+)", rest)
    ]
    priority = max(priorities, default=0)
    anchors = {
        "due": f"${block.letter('next_due')}{block.first_row}",
        "status": f"${block.letter('status')}{block.first_row}",
    }
    p = skeleton.prefix
    rules = ""
    for (_name, formula, _fill, _font), dxf in zip(CF_RULES, styles.dxfs, strict=True):
        priority += 1
        text = escape_text(formula.format(**anchors))
        rules += (
            f'<{p}cfRule type="expression" dxfId="{dxf}" priority="{priority}">'
            f"<{p}formula>{text}</{p}formula></{p}cfRule>"
        )
    skeleton.insert(
        skeleton.element("conditionalFormatting", rules, f' sqref="{block.data_range}"')
    )


def _validations(skeleton: Document, table: RawTable, block: Block) -> None:
    p = skeleton.prefix
    node = skeleton.first("dataValidations")
    inner = children(node) if node is not None else None
    kept: list[Node] = []
    user_ranges: list[str] = []
    if inner is not None:
        for item in inner.nodes:
            formula = (
                re.search(rb"<(?:\w+:)?formula1>(.*?)</", item.data, re.S) if item.name else None
            )
            if formula is not None and unescape(formula.group(1)) in OWN_LISTS:
                continue
            if item.name == "dataValidation":
                user_ranges += (attribute(item.start_tag, "sqref") or "").split()
            kept.append(item)
    extensions = skeleton.first("extLst")
    if extensions is not None:
        user_ranges += [
            part.decode()
            for found in re.findall(rb"<(?:\w+:)?sqref>(.*?)</", extensions.data, re.S)
            for part in found.split()
        ]
    added: list[Node] = []
    for field_name, values in VALIDATED_FIELDS.items():
        if field_name not in table.mapping:
            continue
        column = table.mapping[field_name] + 1
        if any((b := parse_range(r)) and b[0] <= column <= b[2] for r in user_ranges):
            continue
        letter = column_letter(column)
        drop_down = list_formula(values)
        added.append(
            Node(
                "dataValidation",
                (
                    f'<{p}dataValidation type="list" allowBlank="1" '
                    f'sqref="{letter}{block.first_row}:{letter}{block.last_row}">'
                    f"<{p}formula1>{escape_text(drop_down)}</{p}formula1></{p}dataValidation>"
                ).encode(),
            )
        )
    count = sum(1 for n in kept if n.name) + len(added)
    if inner is None or node is None:
        if added:
            body = b"".join(n.data for n in added).decode()
            skeleton.insert(skeleton.element("dataValidations", body, f' count="{count}"'))
        return
    if count == 0:
        skeleton.remove(node)
        return
    inner.nodes = kept
    for item in added:
        inner.append(item)
    inner.head = set_attribute(inner.head, "count", str(count))
    node.data = inner.join()


# ---------------------------------------------------------------------------------------------
# Tables


def widen_table(data: bytes, block: Block, header_text: Mapping[int, str | None]) -> bytes | None:
    """The table part widened over the owned columns, or None when it is not the tracker's."""
    doc = split_document(data)
    tag = doc.root_tag
    bounds = parse_range(attribute(tag, "ref") or "")
    low, high = block.span
    if bounds is None or attribute(tag, "headerRowCount") == "0":
        return None
    min_col, min_row, max_col, max_row = bounds
    if min_row != block.header_row or max_col >= high or min_col > low:
        return None
    names = [header_text.get(column) for column in range(max_col + 1, high + 1)]
    if any(name is None or not name.strip() for name in names):
        return None  # a column without a header cannot join a table
    columns_node = doc.first("tableColumns")
    if columns_node is None:
        return None
    columns = children(columns_node)
    existing = [n for n in columns.nodes if n.name == "tableColumn"]
    ids = [int(attribute(n.start_tag, "id") or 0) for n in existing]
    taken = {unescape(attribute(n.start_tag, "name") or "").casefold() for n in existing}
    next_id = max(ids, default=0) + 1
    p = doc.prefix
    for name in names:
        assert name is not None
        unique, n = name, 2
        while unique.casefold() in taken:
            unique, n = f"{name}{n}", n + 1
        taken.add(unique.casefold())
        columns.append(
            Node(
                "tableColumn",
                f'<{p}tableColumn id="{next_id}" name="{escape_attribute(unique)}"/>'.encode(),
            )
        )
        next_id += 1
    columns.head = set_attribute(columns.head, "count", str(len(existing) + len(names)))
    columns_node.data = columns.join()
    ref = format_range(min_col, min_row, high, max_row)
    doc.head = doc.head[: -len(tag)] + set_attribute(tag, "ref", ref)
    auto = doc.first("autoFilter")
    if auto is not None:
        auto.data = set_attribute(auto.start_tag, "ref", ref) + auto.data[len(auto.start_tag) :]
    return doc.join()


# ---------------------------------------------------------------------------------------------
# Small part edits


def add_relationship(rels: bytes | None, rel_type: str, target: str) -> tuple[bytes, str]:
    """The relationships part with one more relationship, and its new id."""
    if rels is None:
        rels = (
            XML_DECLARATION + f'<Relationships xmlns="{PACKAGE_REL_NS}"></Relationships>'.encode()
        )
    taken = set(re.findall(rb"\sId\s*=\s*[\"']([^\"']*)", rels))
    number = 1
    while f"rId{number}".encode() in taken:
        number += 1
    rel_id = f"rId{number}"
    doc = split_document(rels)
    element = (
        f'<{doc.prefix}Relationship Id="{rel_id}" Type="{rel_type}" '
        f'Target="{escape_attribute(target)}"/>'
    )
    doc.append(Node("Relationship", element.encode()))
    return doc.join(), rel_id


def add_content_types(
    types: bytes, overrides: Mapping[str, str], defaults: Mapping[str, str]
) -> bytes:
    root = ElementTree.fromstring(types)
    have_overrides = {
        e.get("PartName", "").lstrip("/") for e in root.iter(f"{{{CONTENT_TYPES_NS}}}Override")
    }
    have_defaults = {
        e.get("Extension", "").lower() for e in root.iter(f"{{{CONTENT_TYPES_NS}}}Default")
    }
    doc = split_document(types)
    p = doc.prefix
    changed = False
    for extension, content_type in defaults.items():
        if extension.lower() not in have_defaults:
            doc.append(
                Node(
                    "Default",
                    f'<{p}Default Extension="{extension}" ContentType="{content_type}"/>'.encode(),
                )
            )
            changed = True
    for part, content_type in overrides.items():
        if part not in have_overrides:
            doc.append(
                Node(
                    "Override",
                    f'<{p}Override PartName="/{part}" ContentType="{content_type}"/>'.encode(),
                )
            )
            changed = True
    return doc.join() if changed else types


def relative_target(source_part: str, target_part: str) -> str:
    return posixpath.relpath(target_part, posixpath.dirname(source_part) or ".")


def unused_part(names: Collection[str], pattern: str) -> str:
    number = 1
    while pattern.format(number) in names:
        number += 1
    return pattern.format(number)


def update_filter_database(workbook: bytes, sheet: SheetEntry, ref: str) -> bytes:
    """Keep Excel's hidden name for a sheet's filter range in step with the widened filter."""
    bounds = parse_range(ref)
    if bounds is None:
        return workbook
    absolute = f"${column_letter(bounds[0])}${bounds[1]}:${column_letter(bounds[2])}${bounds[3]}"
    pattern = re.compile(
        rb"(<(?:\w+:)?definedName\b[^>]*\bname=[\"']"
        + re.escape(FILTER_DATABASE.encode())
        + rb"[\"'][^>]*>)(.*?)(</)",
        re.S,
    )

    def replace(match: re.Match[bytes]) -> bytes:
        if attribute(match.group(1), "localSheetId") != str(sheet.index):
            return match.group(0)
        text = unescape(match.group(2))
        if "!" not in text:
            return match.group(0)
        new = text.rsplit("!", 1)[0] + "!" + absolute
        return match.group(1) + escape_text(new).encode() + match.group(3)

    return pattern.sub(replace, workbook)


# ---------------------------------------------------------------------------------------------
# Extra sheets owned by the tool (Drafts)


EXTRA_SHEET_BATCH = 20_000  # rows made at a time: a big Drafts sheet is never whole in memory


@dataclass(frozen=True)
class StreamedPart:
    """A part written chunk by chunk as ``chunks()`` makes it (a generated sheet)."""

    chunks: Callable[[], Iterator[bytes]]


def extra_sheet_xml(frame: pd.DataFrame, styles: OwnStyles, date1904: bool) -> bytes:
    """A whole worksheet: a styled, frozen header row and one row per record (values only).

    Dates become date cells, numbers numbers, everything else text (never a formula).
    """
    return b"".join(extra_sheet_chunks(frame, styles, date1904))


def extra_sheet_chunks(
    frame: pd.DataFrame, styles: OwnStyles, date1904: bool, batch: int = EXTRA_SHEET_BATCH
) -> Iterator[bytes]:
    """``extra_sheet_xml`` in chunks of ``batch`` rows (the widths are worked out first)."""
    kinds = [_extra_kind(frame[name]) for name in frame.columns]
    widths = [
        _width(i, _extra_width(frame[name], kind, str(name)))
        for i, (name, kind) in enumerate(zip(frame.columns, kinds, strict=True))
    ]
    header_refs = [f"{column_letter(i + 1)}1" for i in range(len(frame.columns))]
    header_cells = text_cells(
        header_refs, xml_texts([safe_text(h) for h in frame.columns]), "", styles.header_xf
    )
    last = format_range(1, 1, max(len(frame.columns), 1), max(len(frame) + 1, 1))
    yield (
        XML_DECLARATION
        + (
            f'<worksheet xmlns="{MAIN_NS}" xmlns:r="{REL_NS}"><dimension ref="{last}"/>'
            '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" '
            'activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" '
            'sqref="A2"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>'
            + (f"<cols>{''.join(widths)}</cols>" if widths else "")
            + f'<sheetData><row r="1">{"".join(header_cells)}</row>'
        ).encode()
    )
    for first in range(0, len(frame), batch):
        rows = _extra_rows(frame.iloc[first : first + batch], first + 2, kinds, styles, date1904)
        yield "".join(rows).encode()
    yield (
        b"</sheetData>"
        b'<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
        b"</worksheet>"
    )


def _extra_kind(series: pd.Series) -> str:
    """How a column's cells are written: "datetime", "date" (dates among objects), "number"
    or "text" — decided on the whole column, so every batch writes it the same way."""
    if pd.api.types.is_datetime64_any_dtype(series):
        return "datetime"
    if series.dtype == object and any(isinstance(v, datetime.date) for v in series.tolist()):
        return "date"
    if pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series):
        return "number"
    return "text"


def _extra_width(series: pd.Series, kind: str, header: str) -> float:
    if kind in ("datetime", "date"):
        return extra_column_width(True, 0)
    values = series.tolist()
    if kind == "number":
        longest = max((len(str(v)) for v in values), default=0)
    else:
        longest = _longest_line([v if type(v) is str else safe_text(v) for v in values])
    return extra_column_width(False, max(longest, len(safe_text(header))))


def _extra_rows(
    frame: pd.DataFrame, first: int, kinds: list[str], styles: OwnStyles, date1904: bool
) -> list[str]:
    numbers = [str(first + i) for i in range(len(frame))]
    columns: list[list[str]] = []
    for i, (name, kind) in enumerate(zip(frame.columns, kinds, strict=True)):
        letter = column_letter(i + 1)
        refs = [letter + number for number in numbers]
        series = frame[name]
        if kind == "datetime":
            columns.append(date_cells(refs, date_serials(series, date1904), "", styles.date_xf))
        elif kind == "date":
            serials = date_serials(pd.Series([_as_date(v) for v in series.tolist()]), date1904)
            columns.append(date_cells(refs, serials, "", styles.date_xf))
        elif kind == "number":
            columns.append(
                [
                    "" if pd.isna(v) else f'<c r="{ref}"><v>{v}</v></c>'
                    for ref, v in zip(refs, series.tolist(), strict=True)
                ]
            )
        else:
            columns.append(text_cells(refs, xml_texts(series.tolist()), "", None))
    return [
        '<row r="' + number + '">' + "".join(parts) + "</row>"
        for number, parts in zip(numbers, zip(*columns, strict=True), strict=True)
    ]


def _width(index: int, width: float) -> str:
    return f'<col min="{index + 1}" max="{index + 1}" width="{width:g}" customWidth="1"/>'


def _longest_line(texts: list[str], enough: int = 80) -> int:
    """The longest line among the texts, or any length from ``enough`` up (the widest a
    column gets). Short texts are measured in one pass over them joined; long ones (drafts)
    one by one until a line reaches ``enough``."""
    if max(map(len, texts), default=0) <= enough:
        return max(map(len, "\n".join(texts).split("\n")))
    longest = 0
    for text in texts:
        longest = max(longest, max(map(len, text.split("\n")), default=0))
        if longest >= enough:
            break
    return longest


def _as_date(value: object) -> object:
    if isinstance(value, datetime.date | pd.Timestamp) and not pd.isna(value):
        return pd.Timestamp(value).normalize()
    return pd.NaT


def own_sheet_names(workbook: bytes, sheets: list[SheetEntry]) -> set[str]:
    """Names of the sheets marked as the tool's (a hidden sheet-level defined name)."""
    by_index = {s.index: s.name for s in sheets}
    return {by_index[i] for i in generated_sheet_indexes(workbook) if i in by_index}


def add_sheet_to_workbook(
    workbook: bytes, name: str, sheet_id: int, rel_id: str, index: int
) -> bytes:
    doc = split_document(workbook, WORKBOOK_ORDER)
    p = doc.prefix
    r = prefix_for(doc.root_tag, REL_NS)
    rel_attr = f'{r}id="{rel_id}"' if r else f'xmlns:r="{REL_NS}" r:id="{rel_id}"'
    sheets = doc.first("sheets")
    if sheets is None:
        raise UnsafeWrite("the workbook part has no <sheets>")
    inner = children(sheets)
    inner.append(
        Node(
            "sheet",
            f'<{p}sheet name="{escape_attribute(name)}" sheetId="{sheet_id}" {rel_attr}/>'.encode(),
        )
    )
    sheets.data = inner.join()
    quoted = "'" + name.replace("'", "''") + "'"
    marker = Node(
        "definedName",
        (
            f'<{p}definedName name="{GENERATED_SHEET_NAME}" localSheetId="{index}" hidden="1">'
            f"{cell_text_xml(quoted)}!$A$1</{p}definedName>"
        ).encode(),
    )
    names = doc.first("definedNames")
    if names is None:
        doc.insert(
            Node(
                "definedNames",
                f"<{p}definedNames>".encode() + marker.data + f"</{p}definedNames>".encode(),
            )
        )
    else:
        names_doc = children(names)
        names_doc.append(marker)
        names.data = names_doc.join()
    return doc.join()


def add_app_title(app: bytes, name: str) -> bytes:
    """docProps/app.xml lists the sheet names; add one after the other worksheets' names.

    Informational only (Excel rewrites it on save): left as it is when its shape is unusual.
    """
    pairs = re.search(rb"<((?:\w+:)?)HeadingPairs>(.*?)</\1HeadingPairs>", app, re.S)
    titles = re.search(
        rb"<((?:\w+:)?)TitlesOfParts>\s*(<((?:\w+:)?)vector\b[^>]*>)(.*?)</\3vector>", app, re.S
    )
    if pairs is None or titles is None:
        return app
    offset, count, label = 0, None, None
    for kind, value in re.findall(rb"<(?:\w+:)?(lpstr|i4)>(.*?)</", pairs.group(2), re.S):
        if kind == b"lpstr":
            label = value
        elif label is not None and value.isdigit():
            if label == b"Worksheets":
                count = int(value)
                break
            offset += int(value)
    if count is None:
        return app
    items = list(re.finditer(rb"<((?:\w+:)?)lpstr>.*?</\1lpstr>", titles.group(4), re.S))
    if len(items) < offset + count or not items:
        return app
    vt = (items[0].group(1) or b"").decode()
    at = (
        titles.start(4) + items[offset + count - 1].end()
        if count
        else titles.start(4) + items[offset].start()
        if len(items) > offset
        else titles.end(4)
    )
    app = app[:at] + f"<{vt}lpstr>{escape_text(name)}</{vt}lpstr>".encode() + app[at:]
    vector = titles.group(2)
    size = attribute(vector, "size")
    if size and size.isdigit():
        app = (
            app[: titles.start(2)]
            + set_attribute(vector, "size", str(int(size) + 1))
            + app[titles.end(2) :]
        )
    count_pattern = re.compile(
        rb"(<((?:\w+:)?)lpstr>Worksheets</\2lpstr>\s*</\2variant>\s*<\2variant>\s*<\2i4>)(\d+)(</)"
    )
    return count_pattern.sub(
        lambda m: m.group(1) + str(int(m.group(3)) + 1).encode() + m.group(4), app, count=1
    )


# ---------------------------------------------------------------------------------------------
# Writing the package


@dataclass
class PackageWrite:
    """The plan of one write: new bytes per changed part, new parts, the sheet's edit."""

    changed: dict[str, bytes | StreamedPart] = field(default_factory=dict)
    added: dict[str, bytes | StreamedPart] = field(default_factory=dict)
    sheet_part: str = ""
    sheet_head: bytes = b""
    sheet_tail: bytes = b""
    merger: RowMerger | None = None

    @property
    def touched(self) -> set[str]:
        return {self.sheet_part, *self.changed, *self.added}


def write_package(
    table: RawTable,
    results: pd.DataFrame,
    source: Path,
    target: Path,
    as_of: datetime.date,
    extra_sheets: Mapping[str, pd.DataFrame] | None = None,
) -> set[str]:
    """Write ``source`` with the results to the new file ``target``; the changed part names."""
    with zipfile.ZipFile(source) as package:
        plan = plan_write(package, table, results, as_of, extra_sheets or {})
        safety.checkpoint("package-planned")
        with zipfile.ZipFile(target, "w", allowZip64=True) as out:
            for info in package.infolist():
                if info.filename == plan.sheet_part:
                    _write_sheet(package, out, info, plan)
                elif info.filename in plan.changed:
                    _write_part(out, _like(info), plan.changed[info.filename])
                else:
                    copy_member(package, out, info)
            for name, data in plan.added.items():
                new = zipfile.ZipInfo(name, NEW_PART_TIME)
                new.compress_type = zipfile.ZIP_DEFLATED
                _write_part(out, new, data)
    return plan.touched


def _write_part(out: zipfile.ZipFile, info: zipfile.ZipInfo, data: bytes | StreamedPart) -> None:
    if isinstance(data, bytes):
        out.writestr(info, data)
        return
    info._compresslevel = SHEET_COMPRESSION  # type: ignore[attr-defined]  # a big sheet
    with out.open(info, "w") as target:
        for chunk in data.chunks():
            target.write(chunk)


def plan_write(
    package: zipfile.ZipFile,
    table: RawTable,
    results: pd.DataFrame,
    as_of: datetime.date,
    extra_sheets: Mapping[str, pd.DataFrame],
) -> PackageWrite:
    try:
        structure = read_structure(package)
    except (KeyError, ElementTree.ParseError, zipfile.BadZipFile) as exc:
        raise UnsafeWrite(f"the package cannot be read ({exc})") from None
    entry = structure.sheet(table.sheet)
    assert entry.part is not None
    names = set(package.NameToInfo)
    write = PackageWrite(sheet_part=entry.part)
    header_row = table.header_row
    last_row = int(max(results.index)) if len(results) else header_row
    shared = shared_strings_reader(package, structure.part_of(SHARED_STRINGS_REL))
    scan = scan_sheet(package, entry.part, header_row, last_row, shared)
    p = scan.text.prefix
    marker = f'<{p}sheetData followup-batch-marker=""/>'.encode()
    skeleton = split_document(scan.text.head + marker + scan.text.tail, WORKSHEET_ORDER)
    if skeleton.root != "worksheet":
        raise UnsafeWrite(f"{entry.part} is not a worksheet")
    facts = sheet_facts(skeleton, header_row, last_row)
    block = plan_block(scan, header_row, last_row, facts.merged_right)

    styles_part = structure.part_of(STYLES_REL)
    if styles_part is None or styles_part not in names:
        raise UnsafeWrite("the workbook has no styles part; open and save it in Excel first")
    styles_xml, styles = add_own_styles(package.read(styles_part), DXFS)
    write.changed[styles_part] = styles_xml

    sheet_rels = read_rels(package, entry.part)
    rels_name = rels_path(entry.part)
    rels_xml = package.read(rels_name) if rels_name in names else None
    rels_before = rels_xml
    overrides: dict[str, str] = {}
    defaults: dict[str, str] = {}

    # Tables whose header row is the tracker's: widened over the owned columns.
    header_text: dict[int, str | None] = {c: cell.text for c, cell in scan.header.items()}
    for key, column in block.columns.items():
        header_text[column] = schema.OUTPUT_HEADERS[key]
    tables = [sheet_rels[r][1] for r in facts.table_rels if r in sheet_rels]
    for part in tables:
        if part in names:
            widened = widen_table(package.read(part), block, header_text)
            if widened is not None:
                write.changed[part] = widened

    edit_skeleton(
        skeleton, block, table, styles, facts, has_results=len(results) > 0, has_tables=bool(tables)
    )

    # Header notes: the comments part and its VML drawing.
    notes = [
        Note(header_row, column, header_note(key, as_of.isoformat()))
        for key, column in block.columns.items()
    ]
    comments_part = next((t for kind, t in sheet_rels.values() if kind == COMMENTS_REL), None)
    existing_comments = package.read(comments_part) if comments_part in names else None
    merged = merge_comments(existing_comments, notes)
    if comments_part is None:
        comments_part = unused_part(names, "xl/comments{}.xml")
        rels_xml, _ = add_relationship(
            rels_xml, COMMENTS_REL, relative_target(entry.part, comments_part)
        )
        write.added[comments_part] = merged.part
        overrides[comments_part] = COMMENTS_TYPE
    elif comments_part in names:
        write.changed[comments_part] = merged.part
    vml_part = sheet_rels.get(facts.legacy_drawing or "", ("", None))[1]
    vml_parts = [package.read(n) for n in names if n.lower().endswith(".vml")]
    idmap = max(used_idmaps(vml_parts), default=0) + 1
    if vml_part is not None and vml_part in names:
        write.changed[vml_part] = merge_vml(
            package.read(vml_part), merged.written, merged.removed, idmap
        )
    else:
        vml_part = unused_part(names | set(write.added), "xl/drawings/vmlDrawing{}.vml")
        rels_xml, rel_id = add_relationship(
            rels_xml, VML_REL, relative_target(entry.part, vml_part)
        )
        write.added[vml_part] = merge_vml(None, merged.written, (), idmap)
        defaults["vml"] = VML_TYPE
        r = prefix_for(skeleton.root_tag, REL_NS)
        attr = f' {r}id="{rel_id}"' if r else f' xmlns:r="{REL_NS}" r:id="{rel_id}"'
        existing_drawing = skeleton.first("legacyDrawing")
        if existing_drawing is not None:
            skeleton.remove(existing_drawing)  # a dangling reference
        skeleton.insert(skeleton.element("legacyDrawing", attributes=attr))
    if rels_xml is not None and rels_xml != rels_before:
        (write.changed if rels_before is not None else write.added)[rels_name] = rels_xml

    workbook_xml = structure.workbook
    if facts.filter_range:
        workbook_xml = update_filter_database(workbook_xml, entry, facts.filter_range)

    if extra_sheets:
        workbook_xml = _plan_extra_sheets(
            package, structure, write, workbook_xml, styles, extra_sheets, overrides
        )
    if workbook_xml != structure.workbook:
        write.changed[structure.workbook_part] = workbook_xml
    types = add_content_types(structure.content_types, overrides, defaults)
    if types != structure.content_types:
        write.changed["[Content_Types].xml"] = types

    joined = skeleton.join()
    at = joined.index(marker)
    write.sheet_head, write.sheet_tail = joined[:at], joined[at + len(marker) :]
    write.merger = RowMerger(OwnedCells(results, block, styles, p, structure.date1904), p)
    write.changed = {k: v for k, v in write.changed.items() if package.read(k) != v}
    return write


def _plan_extra_sheets(
    package: zipfile.ZipFile,
    structure: Structure,
    write: PackageWrite,
    workbook_xml: bytes,
    styles: OwnStyles,
    extra_sheets: Mapping[str, pd.DataFrame],
    overrides: dict[str, str],
) -> bytes:
    names = set(package.NameToInfo)
    sheets = list(structure.sheets)
    ours = own_sheet_names(workbook_xml, sheets)
    rels_name = rels_path(structure.workbook_part)
    earlier = write.changed.get(rels_name)
    rels_xml = earlier if isinstance(earlier, bytes) else None
    if rels_xml is None and rels_name in names:
        rels_xml = package.read(rels_name)
    app_part = "docProps/app.xml"
    app_xml = package.read(app_part) if app_part in names else None
    for wanted, frame in extra_sheets.items():
        name = extra_sheet_name(wanted, {s.name: s.name in ours for s in sheets})
        content = StreamedPart(
            functools.partial(extra_sheet_chunks, frame, styles, structure.date1904)
        )
        existing = next((s for s in sheets if s.name == name), None)
        if existing is not None and existing.part is not None:
            write.changed[existing.part] = content
            continue
        part = unused_part(names | set(write.added), "xl/worksheets/sheet{}.xml")
        rels_xml, rel_id = add_relationship(
            rels_xml, WORKSHEET_REL, relative_target(structure.workbook_part, part)
        )
        sheet_id = max((s.sheet_id for s in sheets), default=0) + 1
        index = len(sheets)
        workbook_xml = add_sheet_to_workbook(workbook_xml, name, sheet_id, rel_id, index)
        sheets.append(SheetEntry(name, sheet_id, rel_id, part, index))
        ours.add(name)
        write.added[part] = content
        overrides[part] = WORKSHEET_TYPE
        if app_xml is not None:
            app_xml = add_app_title(app_xml, name)
    if rels_xml is not None:
        write.changed[rels_name] = rels_xml
    if app_xml is not None:
        write.changed[app_part] = app_xml
    return workbook_xml


def _write_sheet(
    package: zipfile.ZipFile, out: zipfile.ZipFile, info: zipfile.ZipInfo, plan: PackageWrite
) -> None:
    assert plan.merger is not None
    merger = plan.merger
    pending: list[bytes] = []
    size = 0
    sheet_info = _like(info)
    sheet_info._compresslevel = SHEET_COMPRESSION  # type: ignore[attr-defined]
    with package.open(info) as source, out.open(sheet_info, "w") as target:

        def emit(data: bytes) -> None:
            nonlocal size
            pending.append(data)
            size += len(data)
            if size >= CHUNK:
                target.write(b"".join(pending))
                pending.clear()
                size = 0

        text = SheetText()
        blocks = stream_sheet(source, text)
        started = False
        halfway = False
        for block in blocks:
            if not started:
                emit(plan.sheet_head + text.open)
                started = True
            merger.block(block, emit)
            if not halfway:
                safety.checkpoint("sheet-rows")
                halfway = True
        if not started:
            emit(plan.sheet_head + text.open)
        merger.finish(emit)
        emit(text.close + plan.sheet_tail)
        target.write(b"".join(pending))


def _like(info: zipfile.ZipInfo) -> zipfile.ZipInfo:
    """A ZipInfo for a changed part: same name, time and attributes; deflated unless stored."""
    new = zipfile.ZipInfo(info.filename, info.date_time)
    new.compress_type = (
        zipfile.ZIP_STORED if info.compress_type == zipfile.ZIP_STORED else zipfile.ZIP_DEFLATED
    )
    new.external_attr = info.external_attr
    new.create_system = info.create_system
    return new


def copy_member(source: zipfile.ZipFile, target: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """Copy one member's compressed bytes as they are (no decompressing, no recompressing)."""
    assert source.fp is not None and target.fp is not None
    source.fp.seek(info.header_offset)
    header = source.fp.read(30)
    if header[:4] != b"PK\x03\x04":
        raise UnsafeWrite(f"the package's entry for {info.filename} is damaged")
    name_length, extra_length = struct.unpack("<HH", header[26:30])
    source.fp.seek(info.header_offset + 30 + name_length + extra_length)
    data = source.fp.read(info.compress_size)
    clone = copy.copy(info)
    clone.flag_bits &= ~0x08  # sizes go in the local header: no data descriptor follows
    clone.extra = _without_zip64(info.extra)
    clone.header_offset = target.fp.tell()
    zip64 = info.file_size > zipfile.ZIP64_LIMIT or info.compress_size > zipfile.ZIP64_LIMIT
    target.fp.write(clone.FileHeader(zip64))
    target.fp.write(data)
    target.start_dir = target.fp.tell()
    target.filelist.append(clone)
    target.NameToInfo[clone.filename] = clone


def _without_zip64(extra: bytes) -> bytes:
    kept, position = b"", 0
    while position + 4 <= len(extra):
        kind, size = struct.unpack("<HH", extra[position : position + 4])
        if kind != 1:
            kept += extra[position : position + 4 + size]
        position += 4 + size
    return kept


# ---------------------------------------------------------------------------------------------
# Verifying the written package


def raw_member(package: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    assert package.fp is not None
    package.fp.seek(info.header_offset)
    header = package.fp.read(30)
    name_length, extra_length = struct.unpack("<HH", header[26:30])
    package.fp.seek(info.header_offset + 30 + name_length + extra_length)
    return package.fp.read(info.compress_size)


def verify_package(source: Path, written: Path, touched: Collection[str]) -> None:
    """The written package is whole: every untouched part is the source's compressed bytes, and
    every touched XML part parses (reading it to the end also checks its CRC)."""
    try:
        with zipfile.ZipFile(source) as old, zipfile.ZipFile(written) as new:
            new_infos = {info.filename: info for info in new.infolist()}
            for info in old.infolist():
                other = new_infos.get(info.filename)
                if other is None:
                    raise UnsafeWrite(f"the new package lacks {info.filename}; original kept")
                if info.filename in touched:
                    continue
                same = (info.CRC, info.file_size, info.compress_size, info.compress_type) == (
                    other.CRC,
                    other.file_size,
                    other.compress_size,
                    other.compress_type,
                )
                if not same or raw_member(old, info) != raw_member(new, other):
                    raise UnsafeWrite(f"{info.filename} changed in the new package; original kept")
            for name in touched:
                if name in new_infos:
                    _check_part(new, name)
    except (zipfile.BadZipFile, xml.parsers.expat.ExpatError, OSError) as exc:
        raise UnsafeWrite(f"the new workbook does not read back ({exc}); original kept") from None


def _check_part(package: zipfile.ZipFile, name: str) -> None:
    parse = not name.lower().endswith(".vml")  # Excel's VML is not always well-formed XML
    parser = xml.parsers.expat.ParserCreate()
    with package.open(name) as stream:
        while chunk := stream.read(CHUNK):
            if parse:
                parser.Parse(chunk, False)
    if parse:
        parser.Parse(b"", True)
