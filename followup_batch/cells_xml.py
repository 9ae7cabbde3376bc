"""The tool's cells as XML: values escaped for cell text, ``<c>`` elements built a column at
a time, and the owned cells of each row merged into the rows of a streamed worksheet.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np
import pandas as pd

from . import schema
from .sheet_design import MAX_CELL_TEXT, TOP_ALIGNED_OUTPUTS, WRAPPED_OUTPUTS, safe_text
from .sheet_scan import Block
from .sheetxml import (
    RowFinder,
    RowSpan,
    cell_column,
    cell_pattern,
    cell_text_xml,
    cells_of,
    column_letter,
    row_number,
)
from .styles_xml import OwnStyles

EXCEL_EPOCH = np.datetime64("1899-12-30")
MAC_EPOCH = np.datetime64("1904-01-01")
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
