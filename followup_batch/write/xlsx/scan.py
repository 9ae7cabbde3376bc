"""Read the tracker's worksheet as a stream: its rows a block at a time, its header row, how
far the user's cells reach, the shared strings asked for, and where the owned columns go.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from followup_batch.errors import UnsafeWrite
from followup_batch.progress import CountedReads
from followup_batch.text import first_and_more
from followup_batch.write.columns import OWNED_COLUMNS, find_owned_columns
from followup_batch.write.xlsx.design import place_owned_columns
from followup_batch.write.xlsx.rowbytes import (
    LastCell,
    RowFinder,
    cell_pattern,
    cells_of,
    has_value,
    row_number,
)
from followup_batch.write.xlsx.xmlbytes import (
    ATTRIBUTES,
    MalformedPart,
    attribute,
    column_letter,
    unescape,
)
from followup_batch.write.xlsx.zipcontainer import Archive, Readable

CHUNK = 1 << 20


# ---------------------------------------------------------------------------------------------
# Streaming a worksheet


@dataclass
class SheetText:
    """A worksheet cut around its rows: ``head`` + ``open`` + rows + ``close`` + ``tail``;
    ``hidden``: the comments and CDATA sections among the rows, as they were (``restore``)."""

    head: bytes = b""
    open: bytes = b""
    close: bytes = b""
    tail: bytes = b""
    prefix: str = ""
    hidden: list[bytes] = field(default_factory=list)

    def hide(self, opaque: bytes) -> bytes:
        """The stand-in for a comment or CDATA section among the rows: a comment that holds
        nothing that reads as a row or a cell."""
        self.hidden.append(opaque)
        return b"<!--hidden %d-->" % (len(self.hidden) - 1)

    def restore(self, data: bytes) -> bytes:
        """``data`` with each stand-in (``hide``) put back as the bytes it stood for."""
        if not self.hidden or b"<!--hidden " not in data:
            return data
        return _STAND_IN.sub(lambda m: self.hidden[int(m.group(1))], data)


# A comment among the rows (a note kept by hand, an old row commented out: "<!-- <row r="5">…
# </row> -->") or a CDATA section in a cell's text holds what reads as markup to the scans of
# rows and cells, which find tags by their bytes: each goes through them as a stand-in that
# holds none, and out as it was.
_OPAQUE = {b"<!--": b"-->", b"<![CDATA[": b"]]>"}
_OPAQUE_START = re.compile(rb"<!--|<!\[CDATA\[")
_STAND_IN = re.compile(rb"<!--hidden (\d+)-->")


_SHEET_DATA = re.compile(rb"<((?:[A-Za-z_][\w.-]*:)?)sheetData\b" + ATTRIBUTES + rb"(/?)>")


def stream_sheet(stream: Readable, text: SheetText) -> Iterator[bytes]:
    """Yield blocks of whole ``<row>`` elements (with the text between them), filling ``text``.

    ``text.head``/``open``/``prefix`` are set before the first block, ``close``/``tail`` after
    the last; only one block (about 1 MB) is held at a time. The comments and CDATA sections
    among the rows come as stand-ins (``SheetText.hide``), which ``text.restore`` puts back.
    """
    buffer, eof = b"", False
    while (found := _sheet_data_start(buffer)) is None:
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
    buffer, raw = b"", buffer[found.end() :]  # raw: not yet looked through for comments
    while True:
        seen, raw = _hide_opaque(raw, text, eof)
        buffer += seen
        at = buffer.find(close)
        if at >= 0:
            if at:
                yield buffer[:at]
            text.close = close
            text.tail = text.restore(buffer[at + len(close) :]) + raw + stream.read()
            return
        cut = buffer.rfind(row_end)
        if cut >= 0:
            yield buffer[: cut + len(row_end)]
            buffer = buffer[cut + len(row_end) :]
        if eof:
            raise MalformedPart("the worksheet's <sheetData> is not closed")
        more = stream.read(CHUNK)
        eof = not more
        raw += more


def _sheet_data_start(buffer: bytes) -> re.Match[bytes] | None:
    """The ``<sheetData>`` start tag in ``buffer``, not one in a comment before it."""
    position = 0
    while (found := _SHEET_DATA.search(buffer, position)) is not None:
        opened = buffer.rfind(b"<!--", 0, found.start())
        shut = buffer.find(b"-->", opened) if opened >= 0 else -1
        if opened < 0 or 0 <= shut < found.start():
            return found
        if shut < 0:
            return None  # in a comment not yet closed: more to read
        position = shut + 3
    return None


def _hide_opaque(raw: bytes, text: SheetText, eof: bool) -> tuple[bytes, bytes]:
    """``raw`` looked through: the part with its comments and CDATA sections hidden
    (``SheetText.hide``), and the rest, which waits for more bytes (one not closed yet, or the
    first bytes of one's start)."""
    if b"<!" not in raw and not raw.endswith(b"<"):
        return raw, b""
    pieces = []
    position = 0
    while (start := _OPAQUE_START.search(raw, position)) is not None:
        end = raw.find(_OPAQUE[start.group(0)], start.end())
        if end < 0:
            if eof:
                raise MalformedPart("a comment or CDATA section in <sheetData> is not closed")
            pieces.append(raw[position : start.start()])
            return b"".join(pieces), raw[start.start() :]
        end += len(_OPAQUE[start.group(0)])
        pieces += [raw[position : start.start()], text.hide(raw[start.start() : end])]
        position = end
    rest = raw[position:]
    # A start cut off at the chunk's end ("<!-" then "- old row -->") waits for the next.
    longest = 0 if eof else min(len(rest), max(map(len, _OPAQUE)) - 1)
    keep = next((n for n in range(longest, 0, -1) if _starts_opaque(rest[-n:])), 0)
    pieces.append(rest[: len(rest) - keep])
    return b"".join(pieces), rest[len(rest) - keep :]


def _starts_opaque(tail: bytes) -> bool:
    return any(start.startswith(tail) for start in _OPAQUE)


@dataclass
class HeaderCell:
    text: str | None  # None when the cell is not text (a number, an error, a formula result)
    valued: bool
    style: int = 0  # its index in the workbook's cell styles


@dataclass
class Scan:
    text: SheetText
    header: dict[int, HeaderCell] = field(default_factory=dict)
    header_row: bytes = b""  # the header ``<row>``'s attributes (its height)
    used: int = 0  # the rightmost column with a value in the rows written (owned ones aside)
    used_rows: list[int] = field(default_factory=list)  # the rows with a value in ``used``
    owned: dict[str, int] = field(default_factory=dict)  # the tool's columns found, by key


def scan_sheet(
    package: Archive,
    part: str,
    header_row: int,
    last_row: int,
    shared: Callable[[set[int]], dict[int, str]],
    marked: frozenset[int] = frozenset(),
) -> Scan:
    """Read the header row and how far the user's cells reach in the rows to be written.

    ``marked``: the header's columns that carry the tool's note (``find_owned_columns``)."""
    text = SheetText()
    scan = Scan(text)
    raw_header: list[tuple[int, bytes, bytes | None]] = []
    owned_found: set[int] | None = None
    with package.stream(part) as stream:
        size = package.getinfo(part).file_size
        blocks = stream_sheet(CountedReads(stream, "looking through the tracker sheet", size), text)
        rows = cells = last_cell = None
        number = 0
        for block in blocks:
            if rows is None:
                rows, cells = RowFinder(text.prefix), cell_pattern(text.prefix)
                last_cell = LastCell(text.prefix)
            assert cells is not None and last_cell is not None
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
                    scan.header_row = row.attributes
                    raw_header = [
                        (c.column, c.attributes, c.content) for c in cells_of(content, cells)
                    ]
                    scan.header = _header_cells(raw_header, text.prefix, shared)
                    scan.owned = find_owned_columns(
                        ((c, cell.text) for c, cell in scan.header.items()),
                        marked=marked,
                        letter=column_letter,
                        # Every header the tool writes carries its note: without one, only
                        # the whole set (a copy of the tool's sheet) is the tool's.
                        unmarked_at_least=len(OWNED_COLUMNS),
                    )
                    owned_found = set(scan.owned.values())
                    complete = len(scan.owned) == len(OWNED_COLUMNS)
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
                    scan.used_rows = [number] if scan.used else []
                    continue
                rightmost = _rightmost_value(
                    content, cells, last_cell, text.prefix, owned_found or set()
                )
                if rightmost > scan.used:
                    scan.used, scan.used_rows = rightmost, [number]
                elif rightmost and rightmost == scan.used:
                    scan.used_rows.append(number)
            if number > last_row:
                break
        for _ in blocks:  # the tail comes after the last row
            pass
    return scan


def _rightmost_value(
    content: bytes, cells: re.Pattern[bytes], last_cell: LastCell, p: str, skip: set[int]
) -> int:
    """The column of the row's rightmost cell that holds a value, the tool's columns
    (``skip``) aside: nearly always its last cell, told by its start tag and first element
    (``LastCell``, ``has_value``), so a long Notes cell at the end of each row is not
    searched; else each cell of the row is looked at."""
    last = last_cell(content)
    if last is not None and last.column not in skip and has_value(last.content, p):
        return last.column
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
    return cell_string(attributes, content, lambda indexes: shared)


def cell_string(
    attributes: bytes, content: bytes | None, shared: Callable[[set[int]], dict[int, str]]
) -> str | None:
    """A cell's text: inline, a formula's text result, or a shared string (read on demand)."""
    kind = attribute(attributes, "t")
    if content is None:
        return None
    if kind == "s":
        index = _SHARED_INDEX.search(content)
        if index is None:
            return None
        number = int(index.group(1))
        return shared({number}).get(number)
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


def _header_cells(
    raw: list[tuple[int, bytes, bytes | None]], p: str, shared: Callable[[set[int]], dict[int, str]]
) -> dict[int, HeaderCell]:
    strings = shared(_shared_indexes(raw))
    return {
        column: HeaderCell(
            _cell_string(attributes, content, strings),
            has_value(content, p),
            int(style) if (style := attribute(attributes, "s")) and style.isdigit() else 0,
        )
        for column, attributes, content in raw
    }


def shared_strings_reader(
    package: Archive, part: str | None
) -> Callable[[set[int]], dict[int, str]]:
    """A function reading only the shared strings asked for (the part can be large)."""

    def read(indexes: set[int]) -> dict[int, str]:
        if not indexes or part is None or part not in package.names:
            return {}
        wanted, found, number = max(indexes), {}, -1
        item = re.compile(rb"<((?:\w+:)?)si\b[^>]*?(?:/>|>(.*?)</\1si>)", re.S)
        buffer = b""
        with package.stream(part) as stream:
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


LAST_COLUMN = 16_384  # XFD
MOST_CELLS_SHOWN = 3  # of the cells in the last column used, when the tool's do not fit


def plan_block(scan: Scan, header_row: int, last_row: int, taken_right: int) -> Block:
    """Found by header, else right of the columns in use (``sheet_design.place_owned_columns``)
    and of ``taken_right``, the last column of a merged range or another table in its rows."""
    columns, found = place_owned_columns(scan.owned, lambda _found: max(scan.used, taken_right))
    new = frozenset(c for k, c in columns.items() if k not in found)
    if new and max(new) > LAST_COLUMN:
        reach = column_letter(min(new) - 1)
        if scan.used == min(new) - 1 and scan.used_rows:  # the cells, not a table or merge
            cells = [f"{reach}{row}" for row in scan.used_rows]
            reach += f" ({first_and_more(cells, MOST_CELLS_SHOWN)})"
        raise UnsafeWrite(
            f"the sheet's cells reach column {reach}, so the tool's {len(new)} new columns "
            f"would go past column XFD, the last one a sheet has; move those cells left (or "
            f"delete empty columns before them) so that {len(new)} columns are free after "
            "your last one, and run again"
        )
    return Block(columns, header_row, header_row + 1, max(last_row, header_row + 1), new)
