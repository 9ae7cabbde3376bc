"""The tool's cells as XML: values escaped for cell text, ``<c>`` elements built a column at
a time, and the owned cells of each row merged into the rows of a streamed worksheet.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import repeat
from typing import NamedTuple

import numpy as np
import pandas as pd

from followup_batch.errors import InTheWay, UnsafeWrite
from followup_batch.normalise.cells import fits_cell
from followup_batch.normalise.columns import date_array
from followup_batch.read.xlsx_cells import FORMULA
from followup_batch.write.columns import (
    OWNED_COLUMNS,
    OWNED_DATE_COLUMNS,
    STATUS_WORDS,
    looks_written_by_the_tool,
)
from followup_batch.write.live import is_run_again, is_status_formula
from followup_batch.write.xlsx.design import WRAPPED_OUTPUTS, safe_text
from followup_batch.write.xlsx.refilter import ColumnFilter, Refilter, hidden_after
from followup_batch.write.xlsx.row_heights import (
    CLIPPED,
    GROWS_ROWS,
    RowSizes,
    ToolHeights,
    grown,
    resized,
    row_heights,
)
from followup_batch.write.xlsx.rowbytes import (
    CellSpan,
    LastCell,
    RowFinder,
    RowSpan,
    cell_pattern,
    cell_start_pattern,
    cells_of,
    has_value,
    row_number,
)
from followup_batch.write.xlsx.scan import Block, cell_string
from followup_batch.write.xlsx.styles import OwnStyles
from followup_batch.write.xlsx.xmlbytes import (
    attribute,
    cell_text_xml,
    column_index,
    column_letter,
    compact_ranges,
    escape_text,
    set_attribute,
    unescape,
)

EXCEL_EPOCH = np.datetime64("1899-12-30")
MAC_EPOCH = np.datetime64("1904-01-01")
ROWS_PER_BATCH = 10_000  # owned cells are built for this many rows at a time
# A character that needs work before it goes into a cell: a control character (dropped), an
# XML special (escaped) or a code point XML cannot hold (dropped). A text with none (most
# texts) goes into its cell as it is.
_NEEDS_WORK = re.compile("[\x00-\x08\x0b-\x1f\x7f&<>\ud800-\udfff\ufffe\uffff]")
_EDGE_SPACE = (" ", "\t", "\n")


def xml_texts(values: Sequence[object]) -> list[str]:
    """Each value as cell text, escaped for XML: ``safe_text`` then ``cell_text_xml``."""
    texts = _safe_texts(values)
    escaped = _escaped_once(texts)
    return [escaped[text] for text in texts]


def _safe_texts(values: Iterable[object]) -> list[str]:
    return [v if type(v) is str else safe_text(v) for v in values]


def _escaped_once(texts: list[str]) -> dict[str, str]:
    """Each distinct text escaped: a column of drafts or reasons repeats the same few thousand
    long texts."""
    return {text: _escaped(text) for text in set(texts)}


def _escaped(text: str) -> str:
    if fits_cell(text) and _nothing_to_escape(text):
        return text
    return cell_text_xml(safe_text(text))


def _nothing_to_escape(text: str) -> bool:
    """No character to drop or escape (``_NEEDS_WORK``) and nothing like ``_x0041_``.

    ``in`` and ``isprintable`` run at memory speed, a regular expression a character at a
    time: several times slower on long texts. ``isprintable`` is False for every control
    character, surrogate and non-character; a text it refuses for another reason (a
    non-breaking space, a zero-width joiner) is left to the regular expression.
    """
    if "&" in text or "<" in text or ">" in text or ("_" in text and "_x" in text):
        return False
    return text.replace("\n", " ").replace("\t", " ").isprintable() or not _NEEDS_WORK.search(text)


def text_cells(refs: list[str], texts: list[str], p: str, style: int | None) -> list[str]:
    """``<c>`` elements with inline strings, one per escaped text ('' for an empty text).

    Built a column at a time (one comprehension, no call per cell): 100,000 rows of a dozen
    columns would otherwise spend seconds in function calls.
    """
    rest = _text_rests(texts, p, style)
    start = f'<{p}c r="'
    return [f"{start}{ref}{rest[v]}" if v else "" for ref, v in zip(refs, texts, strict=True)]


def date_cells(refs: list[str], serials: list[int | None], p: str, style: int) -> list[str]:
    rest = _date_rests(serials, p, style)
    start = f'<{p}c r="'
    return [f"{start}{ref}{rest[n]}" for ref, n in zip(refs, serials, strict=True)]


def _text_rests(texts: Iterable[str], p: str, style: int | None) -> dict[str, str]:
    """Per distinct escaped text, its cell after the reference ('' for an empty text)."""
    s = f' s="{style}"' if style else ""
    plain = f'"{s} t="inlineStr"><{p}is><{p}t>'
    spaced = f'"{s} t="inlineStr"><{p}is><{p}t xml:space="preserve">'
    end = f"</{p}t></{p}is></{p}c>"
    return {
        v: f"{spaced if v[0] in _EDGE_SPACE or v[-1] in _EDGE_SPACE else plain}{v}{end}"
        if v
        else ""
        for v in set(texts)
    }


def _date_rests(serials: Iterable[int | None], p: str, style: int) -> dict[int | None, str]:
    """Per distinct day number, its cell after the reference (a styled empty cell for None)."""
    return {
        n: f'" s="{style}"/>' if n is None else f'" s="{style}"><{p}v>{n}</{p}v></{p}c>'
        for n in set(serials)
    }


def date_serials(column: pd.Series, date1904: bool) -> list[int | None]:
    """Excel day numbers of the dates (None for missing ones)."""
    return _day_numbers(date_array(column, "D", parse=True), date1904)


def _day_numbers(days: np.ndarray, date1904: bool) -> list[int | None]:
    epoch = MAC_EPOCH if date1904 else EXCEL_EPOCH
    valid = ~np.isnat(days)
    serial = np.where(valid, (days - epoch).astype("int64"), 0)
    return [int(n) if ok else None for n, ok in zip(serial.tolist(), valid.tolist(), strict=True)]


def _text_column(values: list[object], p: str, style: int | None) -> list[bytes]:
    """Each row's inline-string cell after its reference (b"" for an empty text), escaped,
    made and encoded once per distinct text and shared by the rows holding it."""
    texts = _safe_texts(values)
    escaped = _escaped_once(texts)
    rests = _text_rests(escaped.values(), p, style)
    encoded = {text: rests[xml].encode() for text, xml in escaped.items()}
    return [encoded[text] for text in texts]


def _date_columns(
    columns: list[pd.Series], date1904: bool, p: str, style: int
) -> list[list[bytes]]:
    """Each column's date cells after their references (the columns are of one length), made
    once per distinct day of them all: one ``np.unique`` for the six date columns, not one
    each (0.3 ms a workbook)."""
    if not columns:
        return []
    days, inverse = np.unique(
        np.concatenate([date_array(c, "D", parse=True) for c in columns]), return_inverse=True
    )
    serials = _day_numbers(days, date1904)  # NaT is one value
    rests = _date_rests(serials, p, style)
    cells = np.array([rests[n].encode() for n in serials], dtype=object)[inverse]
    size = len(columns[0])
    return [cells[i * size : (i + 1) * size].tolist() for i in range(len(columns))]


class OwnedCells:
    """The tool's ``<c>`` elements of each row, as one blob per row in column order.

    A cell is made of the start of its reference (``<c r="M``), the row number and the rest
    (``" s="8" t="inlineStr">...</c>``). The rest depends on the value only: it is escaped,
    made and encoded once per distinct value, and a row's blob is one join of shared pieces.
    """

    def __init__(
        self,
        owned: pd.DataFrame,
        block: Block,
        styles: OwnStyles,
        prefix: str,
        date1904: bool,
        *,
        formulas: Mapping[int, str] | None = None,
        header_wrapped: bool = False,
        sizes: RowSizes | None = None,
        applications: Mapping[int, str] | None = None,
        last_heights: ToolHeights | None = None,
    ) -> None:
        self.p = prefix
        # Each row's application (``row_keys``) and the heights the tool's last run left on
        # the rows (its record): a row still at one is the tool's to make shorter too.
        self.applications = applications or {}
        self.last_heights = last_heights or ToolHeights()
        self.block = block
        # The tool's header looks, wrapped or not: on a re-run, a header cell in either is
        # given the one this run chose (``RowMerger._header_in_its_looks``).
        self.header_styles = frozenset({styles.header_xf, styles.header_wrapped_xf})
        rows = [int(row) for row in owned.index]
        keys = sorted(OWNED_COLUMNS, key=lambda k: block.columns[k])
        columns = {
            key: owned[key] if key in owned else pd.Series([None] * len(owned)) for key in keys
        }
        dates = iter(
            _date_columns(
                [columns[key] for key in keys if key in OWNED_DATE_COLUMNS],
                date1904,
                prefix,
                styles.date_xf,
            )
        )
        rests: list[list[bytes]] = []  # per column, each row's cell after its reference
        for key in keys:
            column = columns[key]
            if key in OWNED_DATE_COLUMNS:
                rests.append(next(dates))
            else:
                style = styles.wrapped_xf if key in WRAPPED_OUTPUTS else None
                rests.append(_text_column(column.tolist(), prefix, style))
                if key == "status" and formulas:
                    _with_formulas(rests[-1], rows, column.tolist(), formulas, prefix)
        starts = [f'<{prefix}c r="{block.letter(key)}'.encode() for key in keys]
        # The heights the rows need (``row_heights``): none asked, none set.
        self.heights: dict[int, float] = {}
        if sizes is not None:
            texts = {key: columns[key].tolist() for key in (*GROWS_ROWS, *CLIPPED)}
            needed = row_heights(texts, sizes)
            self.heights = {row: h for row, h in zip(rows, needed, strict=True) if h is not None}
        self.blobs: dict[int, bytes] = {}
        for first in range(0, len(rows), ROWS_PER_BATCH):
            batch = rows[first : first + ROWS_PER_BATCH]
            numbers = [str(row).encode() for row in batch]
            # A row's blob joins, column by column, the start of the cell's reference, the
            # row number and the rest of the cell: no concatenation per cell.
            pieces: list[Iterable[bytes]] = []
            for start, column_rests in zip(starts, rests, strict=True):
                chunk = column_rests[first : first + ROWS_PER_BATCH]
                if all(chunk):
                    pieces += (repeat(start), numbers, chunk)
                elif any(chunk):  # some rows have no cell in this column
                    pieces += (
                        [start if r else b"" for r in chunk],
                        [n if r else b"" for n, r in zip(numbers, chunk, strict=True)],
                        chunk,
                    )
            # Not strict: repeat() is endless. No pieces: rows without cells of the tool's.
            cells = zip(*pieces, strict=False) if pieces else repeat(())
            self.blobs.update(zip(batch, map(b"".join, cells), strict=False))
        header = text_cells(
            [f"{block.letter(key)}{block.header_row}" for key in keys],
            xml_texts([OWNED_COLUMNS[key] for key in keys]),
            prefix,
            styles.header_wrapped_xf if header_wrapped else styles.header_xf,
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


def with_hidden(attributes: bytes, hidden: bool) -> bytes:
    """A row's attributes with its hidden flag set, in the words its writer used ("true" as
    LibreOffice writes, "1" as Excel does); unchanged when already so."""
    found = _HIDDEN.search(attributes)
    if found is None:
        return attributes + b' hidden="1"' if hidden else attributes
    if (found.group(3) in (b"1", b"true")) == hidden:
        return attributes
    word = {b"true": b"false", b"false": b"true", b"1": b"0", b"0": b"1"}.get(found.group(3))
    word = word or (b"1" if hidden else b"0")
    return attributes[: found.start(3)] + word + attributes[found.end(3) :]


_HIDDEN = re.compile(rb"(\shidden\s*=\s*)([\"'])(.*?)\2")


def _with_formulas(
    rests: list[bytes],
    rows: list[int],
    values: list[object],
    formulas: Mapping[int, str],
    p: str,
) -> None:
    """The status cells of the rows with a live formula: the formula, and the run's word as
    its cached value (``t="str"``: a formula's text result). The values are status words:
    each escaped once."""
    escaped: dict[object, str] = {}
    for i, row in enumerate(rows):
        formula = formulas.get(row)
        if formula is None:
            continue
        word = values[i]
        value = escaped.get(word) if type(word) is str else None
        if value is None:
            value = escape_text(safe_text(word))
            if type(word) is str:
                escaped[word] = value
        rests[i] = (
            f'" t="str"><{p}f>{escape_text(formula)}</{p}f><{p}v>{value}</{p}v></{p}c>'
        ).encode()


_SPANNING = b"ref="  # only a formula that spans cells has a ref attribute in a <c>
# A row's ``spans``: one range as Excel writes it, or several ("1:7 30:30", ot99 F5).
_SPANS = re.compile(rb"(\sspans\s*=\s*[\"'])(\d+:\d+(?:\s+\d+:\d+)*)\s*([\"'])")


CELLS_NOT_OURS = (
    '{cells} on sheet "{sheet}", in the tool\'s columns on tracker {rows}, {hold} the '
    "tool did not write "
    "({which} no follow-up status of an earlier run), and the tool never writes over "
    "cells of yours; move {them} out of the tool's columns (or clear {them}, if {they} "
    "own), and run again"
)


STATUS_CLEARED = (
    '{status} on sheet "{sheet}" {is_} empty, but {which} the tool\'s texts of an earlier '
    "run in the tool's columns ({cells}): the tool writes a row whose Follow-up status is empty "
    "only when its columns are empty too, so as never to write over cells of yours; put the "
    "status back (undo, or copy the status cell above down), or clear {those} cells, and run "
    "again"
)


def status_cleared(cells: list[tuple[int, int]], status: int, sheet: str) -> str:
    """The reason for rows whose status cell a person cleared (or deleted) while their other
    cells still hold the tool's texts: said so, not that they are the person's (ot99 F3)."""
    rows = sorted({row for _, row in cells})
    statuses = compact_ranges([(status, row) for row in rows])
    one = len(rows) == 1
    return STATUS_CLEARED.format(
        status=f"the Follow-up status {statuses}" if one else f"the Follow-up statuses {statuses}",
        sheet=sheet,
        is_="is" if one else "are",
        which=f"row {rows[0]} still holds" if one else "those rows still hold",
        cells=compact_ranges(cells),
        those="the row's" if one else "those rows'",
    )


def cells_not_ours(cells: list[tuple[int, int]], sheet: str) -> str:
    """The reason naming every cell ((column, row)) of the person's in the way, as ranges."""
    first, last = min(row for _, row in cells), max(row for _, row in cells)
    rows = f"row {first}" if first == last else f"rows {first} to {last}"
    which = "the row has" if first == last else "the rows have"
    one = len(set(cells)) == 1
    return CELLS_NOT_OURS.format(
        cells=compact_ranges(cells),
        sheet=sheet,
        rows=rows,
        which=which,
        hold="holds a value" if one else "hold values",
        them="it" if one else "them",
        they="it is the tool's" if one else "they are its",
    )


class _Cell(NamedTuple):
    """A cell's start-tag attributes and its content (None for ``<c .../>``), as
    ``cell_pattern``'s groups 1 and 2 give them."""

    attributes: bytes
    content: bytes | None


@dataclass(frozen=True)
class TablesInTheWay:
    """The person's tables in the rows and columns a write takes: the reason naming them
    (None: none is), and their bounds (min_col, min_row, max_col, max_row), 1-based, so that
    their cells are not named again as loose cells."""

    reason: str | None = None
    bounds: list[tuple[int, int, int, int]] = field(default_factory=list)

    def holds(self, column: int, row: int) -> bool:
        return any(c0 <= column <= c1 and r0 <= row <= r1 for c0, r0, c1, r1 in self.bounds)


ALSO = "; also "  # between the reasons of one refusal: every table and cell in the way


class RowMerger:
    """Merges the owned cells into the rows of a streamed sheet, creating missing rows.

    A row below the header that the run does not write (a row the person emptied, a totals
    row, a group label) but whose status cell holds one of the tool's status words has the
    tool's cells of an earlier run: they are taken out, so no row shows a follow-up for a
    row that is gone. Anything else in the tool's columns there (a person's count under the
    status column) is left as it is, and so is every cell of a ``kept`` row: a tracker row
    the caller did not pass (``write_results`` of some of a table's rows), and of every row
    after ``through``, the last the run read (rows below an Excel Table and the person's block
    there, another table): they are the person's, not read and so never written.
    """

    def __init__(
        self,
        owned: OwnedCells,
        prefix: str,
        shared: Callable[[set[int]], dict[int, str]] | None = None,
        sheet: str = "",
        tables: TablesInTheWay | None = None,
        kept: frozenset[int] = frozenset(),
        through: int | None = None,
        freeze: Callable[[bytes], bytes] | None = None,
        refilter: Refilter | None = None,
    ) -> None:
        self.owned = owned
        # The person's filter on the tool's columns, applied again to the rows written.
        self.refilter = refilter
        # The tool's formulas in a column whose header was retyped, made values (``retyped``).
        self.freeze = freeze
        self.kept = kept
        self.through = through
        self.sheet = sheet  # its name, for the messages
        self.tables = tables or TablesInTheWay()  # the person's tables in the way
        # Shared strings, read on demand (a status word of an earlier run, in a sheet saved
        # by Excel or LibreOffice): each index once, as the reader streams the part each time.
        read = shared or (lambda indexes: {})
        self.shared = functools.lru_cache(maxsize=None)(lambda index: read({index}).get(index))
        status = owned.block.columns.get("status")
        self.status_tag = (
            f'<{prefix}c r="{column_letter(status)}'.encode() if status is not None else None
        )
        action = owned.block.columns.get("next_action")
        self.action_tag = (
            f'<{prefix}c r="{column_letter(action)}'.encode() if action is not None else None
        )
        self.p = prefix
        self.finder = RowFinder(prefix)
        self.cells = cell_pattern(prefix)
        self.cell_start = cell_start_pattern(prefix)
        self.last_cell_of = LastCell(prefix)
        self.cell_close = f"</{prefix}c>".encode()
        self.pending = owned.rows()
        self.next = 0
        self.number = 0
        self.low, self.high = owned.block.span
        self.owned_columns = owned.block.owned
        self.last_cell = f'<{prefix}c r="'.encode()
        self.cell_open = f"<{prefix}c".encode()
        self.contiguous = self.high - self.low + 1 == len(self.owned_columns)
        self.owned_tags = [
            f'<{prefix}c r="{column_letter(c)}'.encode() for c in range(self.low, self.high + 1)
        ]
        self.row_open = f"<{prefix}row".encode()
        self.row_close = f"</{prefix}row>".encode()
        self.wide_spans: dict[bytes, bytes] = {}
        self.header_row = owned.block.header_row
        # Shared formulas whose first cell is the tool's live status, filled down by a person
        # (``si`` values): their other cells are the tool's too, replaced or taken out with it.
        self.tool_shared: set[str | None] = set()
        # Whether a status cell's value is one of the tool's words, by the cell's kind and
        # content (``_left_from_before``).
        self.words_seen: dict[tuple[str | None, bytes | None], bool] = {}
        # A re-run (the status column found where an earlier run put it): a row the tool now
        # writes for the first time must have nothing in the tool's columns.
        self.guarded = status is not None and status not in owned.block.new_columns
        # The person's cells found there, (column, row): all named when the sheet is done.
        self.not_ours: list[tuple[int, int]] = []
        # Those of rows whose status a person cleared, the rest still the tool's texts.
        self.cleared: list[tuple[int, int]] = []
        self.status_column = status
        # Only what a write would refuse is looked for (``check``): no row is merged.
        self.checking = False
        # The heights of the tool's this write leaves on the rows, for the record to keep.
        self.heights_left: dict[int, tuple[str, float]] = {}

    def block(self, data: bytes, out: Callable[[bytes], None]) -> None:
        """Out goes ``data`` with the owned cells merged in, as one piece.

        A row the tool leaves alone is not copied on its own: it goes out with the slice of
        ``data`` before the next merged row. A merged row goes out in pieces (its start tag,
        the user's cells, the owned cells...) joined once at the end.
        """
        if self.freeze is not None and not self.checking:
            data = self.freeze(data)
        parts: list[bytes] = []
        add = parts.append
        pending, blobs = self.pending, self.owned.blobs
        position = 0  # where the part of data not yet in parts starts
        for row in self.finder.rows(data):
            stated = row_number(row.attributes)
            if stated is not None and stated <= self.number:
                raise UnsafeWrite(self._out_of_order(stated))
            number = self.number = stated or self.number + 1
            if self.next < len(pending) and pending[self.next] <= number:
                if pending[self.next] == number:
                    self.next += 1
                else:
                    add(data[position : row.start])
                    position = row.start
                    self._new_rows_before(number, add)
            ours = blobs.get(number)
            if (
                ours is None
                and number > self.header_row
                and number not in self.kept
                and (self.through is None or number <= self.through)
                and self._left_from_before(row)
            ):
                ours = b""  # the tool's cells of an earlier run, in a row no longer written
            if ours is not None and row.content and _SPANNING in row.content:
                self._check_spanning_formulas(row.content)
            if ours and self.guarded and number > self.header_row and row.content:
                self._note_cells_not_ours(row)
            if ours is not None and not self.checking:
                if number == self.header_row:
                    ours = self._header_in_its_looks(row.content, ours)
                add(data[position : row.start])
                self._merge(row, ours, add)
                position = row.end
        add(data[position:])
        out(b"".join(parts))

    def _out_of_order(self, number: int) -> str:
        """Rows stored out of order (row 2 after row 200, as some scripts write them): read in
        their places, but the tool's cells cannot be put in them without writing a row twice,
        which Excel repairs by dropping cells (ot87 F1). A row stored twice is said as such:
        "row 7 after row 7, out of order" named nothing out of order (ot89 F1)."""
        wrong = (
            f"stores row {number} twice"
            if number == self.number
            else f"stores row {number} after row {self.number}, out of order"
        )
        return (
            f'its sheet "{self.sheet}" {wrong}, and the tool\'s cells cannot be written into '
            "such a sheet safely: open it "
            "in Excel or LibreOffice and save it again (rows are then stored in order), then "
            "run again"
        )

    def finish(self, out: Callable[[bytes], None]) -> None:
        """The rows still to come after the sheet's last; raises ``InTheWay`` when rows the
        run writes hold a table or cells of the person's in the tool's columns (nothing is
        written), every one named in one message: one fix, not one a night."""
        loose = [cell for cell in self.not_ours if not self.tables.holds(*cell)]
        cleared = [cell for cell in self.cleared if not self.tables.holds(*cell)]
        reasons = [self.tables.reason] if self.tables.reason else []
        if loose:
            reasons.append(cells_not_ours(loose, self.sheet))
        if cleared and self.status_column is not None:
            reasons.append(status_cleared(cleared, self.status_column, self.sheet))
        if reasons:
            raise InTheWay(ALSO.join(reasons))
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
                needed = self.owned.heights.get(row)
                attributes = grown(b"", needed) if needed is not None else b""
                if needed is not None and not self.checking:
                    self.heights_left[row] = (self.owned.applications.get(row, ""), needed)
                out(f'<{self.p}row r="{row}"'.encode() + attributes + b">" + blob + self.row_close)

    def _cell(self, row: RowSpan, tag: bytes | None) -> _Cell | None:
        """The row's cell of the tool's column ``tag`` starts (``status_tag``, ...), if any:
        what ``cell_pattern`` matches there, its end found with ``bytes.find`` (a lazy
        ``.*?</c>`` steps through a live status formula a byte at a time, every row)."""
        if tag is None or not row.content:
            return None
        content = row.content
        at = content.find(tag + str(self.number).encode() + b'"')
        start = self.cell_start.match(content, at) if at >= 0 else None
        if start is None:
            return self._cell_written_otherwise(content, tag)
        if start.group(2):  # <c .../>
            return _Cell(start.group(1), None)
        close = content.find(self.cell_close, start.end())
        return _Cell(start.group(1), content[start.end() : close]) if close >= 0 else None

    def _cell_written_otherwise(self, content: bytes, tag: bytes) -> _Cell | None:
        """``_cell`` when its start tag is not found as written nearly always: the row's cells
        read one by one, by their ``r`` wherever it stands (``<c t="str" r="H2">``, valid XML
        that some writers save) or, without one, by their place. Not looked for when every
        cell of the row starts ``<c r="``: then the row has none in that column (ot99 F3:
        the tool's own cells were taken for the person's, and the file refused)."""
        if content.count(self.cell_open) == content.count(self.last_cell):
            return None
        column = column_index(tag[len(self.last_cell) :].decode())
        for cell in cells_of(content, self.cells):
            if cell.column == column:
                return _Cell(cell.attributes, cell.content)
        return None

    def _text(self, cell: _Cell) -> str | None:
        return cell_string(
            cell.attributes,
            cell.content,
            lambda wanted: {i: t for i in wanted if (t := self.shared(i)) is not None},
        )

    def _status_typed_over(self, row: RowSpan) -> bool:
        """The row's status holds a person's word ("Sent") where its ``Next action`` still
        holds one of the tool's labels: the tool wrote the row, and a run saves that word
        before it writes the status again (``hand_edits``), as any text typed in its columns
        (report ot64, F4)."""
        status, action = self._cell(row, self.status_tag), self._cell(row, self.action_tag)
        if status is None or action is None or not has_value(status.content, self.p):
            return False
        label = self._text(action)
        return bool(label) and looks_written_by_the_tool("next_action", [label or ""]) is True

    def _left_from_before(self, row: RowSpan) -> bool:
        """The row's status cell holds one of the tool's status words or its live formula."""
        cell = self._cell(row, self.status_tag)
        if cell is None:
            return False
        formula = FORMULA.search(cell.content or b"")
        if formula is not None and is_status_formula(unescape(formula.group(2) or b"")):
            return True  # the live status formula, whatever its cached value (none, when saved
            # by a library that does not compute)
        if formula is not None and attribute(formula.group(1), "si") in self.tool_shared:
            return True  # the status formula filled down into this row
        if formula is not None:
            return self._a_status_word(cell)
        # A value's cell reads the same in every row it is in: its kind and content say its
        # text, so each distinct one is read once (a re-run asks this of every row).
        key = (attribute(cell.attributes, "t"), cell.content)
        known = self.words_seen.get(key)
        if known is None:
            known = self.words_seen[key] = self._a_status_word(cell)
        return known

    def _a_status_word(self, cell: _Cell) -> bool:
        text = self._text(cell)
        return text is not None and (text in STATUS_WORDS or is_run_again(text))

    def _note_cells_not_ours(self, row: RowSpan) -> None:
        """A row the run writes whose status cell is not the tool's (a row added since the
        last run, below its old last row) but that has values in the tool's columns: they
        are a person's cells (a list, a table's cells), not the tool's of an earlier run, and
        writing the row would lose them. Noted, to refuse the file (``finish``) naming them
        all, before anything is written."""
        if self._left_from_before(row) or self._status_typed_over(row):
            return
        assert row.content is not None
        found = [
            (cell.column, self.number)
            for cell in cells_of(row.content, self.cells)
            if cell.column in self.owned_columns and has_value(cell.content, self.p)
        ]
        if found and self._status_cleared(row):
            self.cleared += found
        else:
            self.not_ours += found

    def _status_cleared(self, row: RowSpan) -> bool:
        """The row's status cell is empty (or gone) where its ``Next action`` still holds one
        of the tool's labels: a person cleared the status of a row the tool wrote."""
        status, action = self._cell(row, self.status_tag), self._cell(row, self.action_tag)
        if action is None or (status is not None and has_value(status.content, self.p)):
            return False
        label = self._text(action)
        return bool(label) and looks_written_by_the_tool("next_action", [label or ""]) is True

    def _check_spanning_formulas(self, content: bytes) -> None:
        """The row's cells in the tool's columns that start a shared or array formula over
        other cells. The tool's status formula filled down is the tool's (noted, so that its
        other cells go with it); any other would be cut from the cells it spans: refused,
        before anything is written."""
        for cell in cells_of(content, self.cells):
            if cell.column not in self.owned_columns or not cell.content:
                continue
            formula = FORMULA.search(cell.content)
            if formula is None:
                continue
            tag = formula.group(1)
            kind, span = attribute(tag, "t"), attribute(tag, "ref")
            if kind not in ("shared", "array") or span is None:
                continue
            here = f"{column_letter(cell.column)}{self.number}"
            if span.replace("$", "") in (here, f"{here}:{here}"):
                continue  # a formula of one cell
            if kind == "shared" and is_status_formula(unescape(formula.group(2) or b"")):
                self.tool_shared.add(attribute(tag, "si"))
                continue
            raise UnsafeWrite(
                f"cell {here}, in the tool's column, starts a formula that fills {span}; "
                "writing the column would cut it from the other cells. Clear those cells "
                f"(select {span} and press Delete) or move the formula out of the column, "
                "then run again"
            )

    def _header_in_its_looks(self, content: bytes | None, ours: bytes) -> bytes:
        """The tool's header cells with the style their cells already have: a person who
        coloured the Next action header keeps the colour, run after run. Only a header cell
        with a value (a blank cell of a first run's header row is not a look anyone chose),
        not in one of the tool's own header looks (an earlier run's, unwrapped, where the
        headers now wrap), and only the header: the values' cells keep the tool's date and
        wrap styles."""
        tool_looks = {str(xf) for xf in self.owned.header_styles}
        kept = {
            cell.column: look
            for cell in cells_of(content or b"", self.cells)
            if cell.column in self.owned_columns and has_value(cell.content, self.p)
            if (look := attribute(cell.attributes, "s") or "0") not in tool_looks
        }
        if not kept:
            return ours
        pieces = []
        for column, xml in self.owned.split(ours):
            style = kept.get(column)
            if style is not None:  # set in the place the tool's own s="..." has: same bytes
                end = xml.index(b">") + 1
                xml = set_attribute(xml[:end], "s", style) + xml[end:]
            pieces.append(xml)
        return b"".join(pieces)

    def _merge(self, row: RowSpan, ours: bytes, add: Callable[[bytes], None]) -> None:
        attributes = self._refiltered(row, ours)
        if ours and b"spans" in attributes:
            attributes = self._widened(attributes)
        number = self.number
        if ours and number != self.header_row:
            attributes = self._sized(attributes, number)
        add(self.row_open)
        add(attributes)
        add(b">")
        self._merge_cells(row.content or b"", ours, add)
        add(self.row_close)

    def _sized(self, attributes: bytes, number: int) -> bytes:
        """The row's attributes with the height its texts need (``resized``): set again
        when the height on it is the one the tool left there (``ToolHeights.owns``), else
        only raised; the height of the tool's it leaves is noted for the record."""
        owned = self.owned
        needed, last = owned.heights.get(number), owned.last_heights
        if needed is None and number not in last.rows:
            return attributes  # no height asked, none of the tool's here: most rows
        key = owned.applications.get(number, "")
        attributes, left = resized(
            attributes, needed, lambda height: last.owns(number, key, height)
        )
        if left is not None:
            self.heights_left[number] = (key, left)
        return attributes

    def _refiltered(self, row: RowSpan, ours: bytes) -> bytes:
        """The row's attributes, its hidden flag as the person's filter on the tool's columns
        says of the values the run writes (``refilter``); as they were outside the filter."""
        refilter = self.refilter
        number = self.number
        if refilter is None or number <= self.header_row or not refilter.covers(number):
            return row.attributes
        new = {cell.column: self._shown(cell) for cell in cells_of(ours, self.cells)}
        old = {
            f.column: self._shown(
                self._cell(row, f'<{self.p}c r="{column_letter(f.column)}'.encode())
            )
            for f in refilter.filters
        }
        new = {f.column: new.get(f.column, "") for f in refilter.filters}
        if not refilter.applies:
            if old != new:
                refilter.unapplied.append(number)
            return row.attributes
        hidden = attribute(row.attributes, "hidden") in ("1", "true")
        grouped = (attribute(row.attributes, "outlineLevel") or "0") != "0"
        after = hidden_after(
            hidden,
            refilter.shows(old),
            refilter.shows(new),
            lambda: (
                None if grouped else refilter.shows_elsewhere(self._texts(row, refilter.others))
            ),
        )
        if after is None:
            refilter.kept_hidden.append(number)
            return row.attributes
        return with_hidden(row.attributes, after)

    def _texts(self, row: RowSpan, filters: Iterable[ColumnFilter]) -> dict[int, str | None]:
        """The text of the row's cell in each filtered column of the person's ("" blank,
        None a number)."""
        texts: dict[int, str | None] = {}
        for f in filters:
            cell = self._cell(row, f'<{self.p}c r="{column_letter(f.column)}'.encode())
            blank = cell is None or not has_value(cell.content, self.p)
            texts[f.column] = "" if blank else self._text(cell)  # type: ignore[arg-type]
        return texts

    def _shown(self, cell: _Cell | CellSpan | None) -> str:
        """A cell's value as a filter compares it: its text, else its number as stored (the
        tool's dates, which no criterion it applies compares), blank ""."""
        if cell is None or cell.content is None:
            return ""
        text = self._text(_Cell(cell.attributes, cell.content))
        if text is not None:
            return text
        value = re.search(rb"<(?:\w+:)?v>(.*?)</", cell.content, re.S)
        return unescape(value.group(1)) if value else ""

    def _first_owned(self, content: bytes) -> int | None:
        """Where the row's first cell in the owned columns starts (cells are in column order)."""
        number = str(self.number).encode() + b'"'
        for tag in self.owned_tags:
            at = content.find(tag + number)
            if at >= 0:
                return at
        return None

    def _widened(self, attributes: bytes) -> bytes:
        """The row's attributes with its ``spans`` widened over the owned columns (a sheet's
        rows mostly share one ``spans``: each is worked out once)."""
        found = _SPANS.search(attributes)
        if found is None:
            return attributes
        wide = self.wide_spans.get(found.group())
        if wide is None:
            ends = [int(end) for end in re.split(rb"[:\s]+", found.group(2))]
            low, high = min(*ends, self.low), max(*ends, self.high)
            wide = found.group(1) + f"{low}:{high}".encode() + found.group(3)
            self.wide_spans[found.group()] = wide
        return attributes[: found.start()] + wide + attributes[found.end() :]

    def _last_column(self, content: bytes) -> int | None:
        """The column of the row's last cell if it is written ``<c r="...`` and ends the
        content; else None (``LastCell``)."""
        last = self.last_cell_of(content)
        return None if last is None else last.column

    def _merge_cells(self, content: bytes, ours: bytes, add: Callable[[bytes], None]) -> None:
        if not content:
            add(ours)
            return
        column = self._last_column(content)
        if column is not None and column < self.low:
            add(content)  # a first run: ours go after the user's cells
            add(ours)
            return
        if column is not None and self.contiguous and column <= self.high:
            start = self._first_owned(content)
            if start is not None:
                add(content[:start])  # a re-run: ours replace our tail
                add(ours)
                return
        position, waiting, shifted = 0, self.owned.split(ours), False
        for cell in cells_of(content, self.cells):
            gap = content[position : cell.start]
            if cell.column in self.owned_columns and not gap.strip():
                gap = b""  # a pretty-printed sheet's indent goes with the cell it indented
            add(gap)
            while waiting and waiting[0][0] < cell.column:
                add(waiting.pop(0)[1])
                shifted = True
            if cell.column in self.owned_columns:
                shifted = True  # the tool's earlier cell (or an empty one) is replaced
            else:
                data = content[cell.start : cell.end]
                if shifted and not cell.has_ref:
                    tag = f"<{self.p}c".encode()
                    ref = f' r="{column_letter(cell.column)}{self.number}"'.encode()
                    data = tag + ref + data[len(tag) :]
                add(data)
            position = cell.end
        for _, cell_xml in waiting:
            add(cell_xml)
        add(content[position:])
