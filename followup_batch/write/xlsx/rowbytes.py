"""A worksheet's rows and cells as bytes: ``<row>`` and ``<c>`` elements found with regular
expressions and ``bytes.find``, one row at a time, so a sheet of 100,000 rows is never held
as a tree (``xmlbytes`` edits the elements around them).
"""

from __future__ import annotations

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


def has_value(content: bytes | None, prefix: str) -> bool:
    """A cell holds a value (or formula), not only a style."""
    if not content:
        return False
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
