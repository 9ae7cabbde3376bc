"""A worksheet's rows and cells as bytes: ``<row>`` and ``<c>`` elements found with regular
expressions and ``bytes.find``, one row at a time, so a sheet of 100,000 rows is never held
as a tree (``xmlbytes`` edits the elements around them).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import NamedTuple

from followup_batch.write.xlsx.xmlbytes import ATTRIBUTES, MalformedPart, column_index


def row_pattern(prefix: str) -> re.Pattern[bytes]:
    """A ``<row>`` element: group 1 its attributes, group 3 its content (None when empty)."""
    tag = re.escape(f"{prefix}row".encode())
    return re.compile(rb"<" + tag + rb"\b" + ATTRIBUTES + rb"(/>|>(.*?)</" + tag + rb">)", re.S)


class RowSpan(NamedTuple):  # a tuple: one is made per row, twice per run
    start: int
    end: int
    attributes: bytes
    content: bytes | None  # None for an empty <row .../>


class RowFinder:
    """The ``<row>`` elements of a block of sheetData, found with ``bytes.find``.

    Same result as ``row_pattern`` but far faster on long rows: a lazy ``.*?</row>`` in a
    regular expression steps through every byte of a row's content in Python's engine.
    """

    def __init__(self, prefix: str) -> None:
        tag = re.escape(f"{prefix}row".encode())
        self.open = f"<{prefix}row".encode()
        self.start_tag = re.compile(rb"<" + tag + rb"\b" + ATTRIBUTES + rb"(/?)>", re.S)
        self.close = f"</{prefix}row>".encode()

    def rows(self, data: bytes) -> Iterator[RowSpan]:
        position = 0
        while True:
            at = data.find(self.open, position)
            if at < 0:
                return
            start = self.start_tag.match(data, at)
            if start is None:  # <rowBreaks ...> or similar: not a row
                position = at + len(self.open)
                continue
            if start.group(2):
                yield RowSpan(at, start.end(), start.group(1), None)
                position = start.end()
                continue
            end = data.find(self.close, start.end())
            if end < 0:
                raise MalformedPart("a <row> is not closed")
            yield RowSpan(at, end + len(self.close), start.group(1), data[start.end() : end])
            position = end + len(self.close)


def cell_pattern(prefix: str) -> re.Pattern[bytes]:
    """A ``<c>`` element: group 1 its attributes, group 2 its content (None when empty)."""
    tag = re.escape(f"{prefix}c".encode())
    return re.compile(_cell_open(tag) + rb"(?:/>|>(.*?)</" + tag + rb">)", re.S)


def cell_start_pattern(prefix: str) -> re.Pattern[bytes]:
    """A ``<c>`` start tag: group 1 its attributes, group 2 "/" when the cell is empty. Its end
    is then found with ``bytes.find``: a lazy ``.*?</c>`` steps through a long cell a byte at
    a time."""
    return re.compile(_cell_open(re.escape(f"{prefix}c".encode())) + rb"(/?)>")


def _cell_open(tag: bytes) -> bytes:
    """A ``<c>`` start tag's name (``tag``, escaped) and attributes (group 1), to its ">"."""
    return rb"<" + tag + rb"(?=[\s/>])" + ATTRIBUTES


_ROW_NUMBER = re.compile(rb"\sr\s*=\s*[\"'](\d+)[\"']")
_CELL_REF = re.compile(rb"\sr\s*=\s*[\"']\$?([A-Za-z]{1,3})\$?(\d+)[\"']")


def row_number(attributes: bytes) -> int | None:
    found = _ROW_NUMBER.search(attributes)
    return int(found.group(1)) if found else None


def cell_column(attributes: bytes) -> int | None:
    found = _CELL_REF.search(attributes)
    return column_index(found.group(1)) if found else None


class CellSpan(NamedTuple):
    column: int
    start: int
    end: int
    has_ref: bool
    attributes: bytes
    content: bytes | None


def cells_of(content: bytes, pattern: re.Pattern[bytes]) -> Iterator[CellSpan]:
    """The cells of a row's content with their columns (a cell without ``r`` follows the last)."""
    column = 0
    for match in pattern.finditer(content):
        found = cell_column(match.group(1))
        column = found if found is not None else column + 1
        yield CellSpan(
            column, match.start(), match.end(), found is not None, match.group(1), match.group(2)
        )


class LastCell:
    """A row's last cell, when it is written ``<c r="...`` and ends the row's content: what
    ``cell_pattern`` matches there, its end found with ``bytes.find`` (a lazy ``.*?</c>``
    steps through a long text cell a byte at a time, every row). None otherwise: a row
    written another way is read cell by cell (``cells_of``)."""

    def __init__(self, prefix: str) -> None:
        tag = re.escape(f"{prefix}c".encode())
        self.start = f'<{prefix}c r="'.encode()
        self.open = len(f"<{prefix}c")
        self.close = f"</{prefix}c>".encode()
        # The start tag as written nearly always, ``<c r="N12" s="8" t="inlineStr">``: the
        # column's letters read from it directly, no search of the attributes.
        self.usual = re.compile(
            rb"<" + tag + rb' r="\$?([A-Za-z]{1,3})\$?\d+"[^/>"\']*(?:"[^"]*"[^/>"\']*)*(/?)>'
        )
        self.any = re.compile(rb"<" + tag + rb"(?=[\s/>])" + ATTRIBUTES + rb"(/?)>", re.S)

    def __call__(self, content: bytes) -> CellSpan | None:
        last = content.rfind(self.start)
        if last < 0:
            return None
        tag = self.usual.match(content, last)
        if tag is not None:
            column: int | None = column_index(tag.group(1))
        else:
            tag = self.any.match(content, last)
            if tag is None:
                return None
            column = cell_column(tag.group(1))
        attributes = content[last + self.open : tag.end() - len(tag.group(2)) - 1]
        if tag.group(2):  # <c .../>
            end, inner = tag.end(), None
        else:
            close = content.find(self.close, tag.end())
            end = close + len(self.close) if close >= 0 else -1
            inner = content[tag.end() : close]
        if column is None or end != len(content):
            return None
        return CellSpan(column, last, end, True, attributes, inner)


def has_value(content: bytes | None, prefix: str) -> bool:
    """A cell holds a value (or formula), not only a style. Its first element nearly always
    says so (``<v>``, ``<is>``, ``<f>``): then the rest, a long text perhaps, is not searched."""
    if not content:
        return False
    if _first_says_value(prefix).match(content):
        return True
    for name in ("v", "f", "is"):
        tag = f"<{prefix}{name}".encode()
        at = content.find(tag)
        while at >= 0:
            after = content[at + len(tag) : at + len(tag) + 1]
            if after in (b">", b" ", b"\t", b"\n", b"\r"):
                if name != "v" or not content.startswith(f"<{prefix}v></".encode(), at):
                    return True
            elif after == b"/" and name == "f":
                return True  # a shared formula's member cell
            at = content.find(tag, at + 1)
    return False


@functools.lru_cache(maxsize=16)
def _first_says_value(prefix: str) -> re.Pattern[bytes]:
    """A cell's content whose first element is one ``has_value`` takes for a value: a
    ``<v>`` not empty, an ``<is>``, an ``<f>`` (a shared formula's member's ``<f .../>``)."""
    p = re.escape(prefix.encode())
    return re.compile(rb"[^<]*<" + p + rb"(?:v(?:[ \t\n\r]|>(?!</))|is[ \t\n\r>]|f[ \t\n\r>/])")
