"""How tall a row the tool writes is: tall enough to read its Why and Problems, and with a
height of its own, so that no text of the tool's is drawn over the row below.

LibreOffice draws a cell's lines past the bottom of a row without a height (``ht``), wrapped
or not, over the rows below; a row with a height clips them inside it (measured in LibreOffice
7.4, ot144 F2). Rows as tall as all their text made the sample 11 times taller (ot81 F6): the
Why and Problems lines count, wrapped at their column's width, up to a few (``GROWS_ROWS``); the
draft (ten lines and more, read whole in the Drafts sheet, its .eml and the drafts file) never
makes a row taller.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from followup_batch.write.xlsx.design import safe_text
from followup_batch.write.xlsx.drawings import MAX_DIGIT_WIDTH, ColumnEdges
from followup_batch.write.xlsx.xmlbytes import attribute, set_attribute

MAX_LINES = 4  # the most lines any text of the tool's makes a row tall enough for
# The columns whose lines a row is made tall enough for, and how many at most: a longer text
# is clipped inside its row, read whole in the cell. The problems say what to fix, and are
# short: shown to the end. The Why's first line is the next action's (its date is also the
# Next due); the sample's median Why is 12 lines, so four made 41 of its 43 rows four lines
# high (51 printed pages, not 16; its overview of statuses a quarter of a screen), and two
# make them two (26 pages).
GROWS_ROWS: dict[str, int] = {"why": 2, "problems": MAX_LINES}
CLIPPED = ("draft",)  # a column whose lines only need the row to have a height, to clip them
_TRUE = ("1", "true")


@dataclass(frozen=True)
class RowSizes:
    """What a row's height is worked out from: the height of one line (points: the sheet's
    default row height) and each text column's width (characters, as ``<col>`` gives it)."""

    line: float
    widths: Mapping[str, float]

    @classmethod
    def of(cls, edges: ColumnEdges, columns: Mapping[str, int]) -> RowSizes:
        """The sizes of a sheet whose columns are ``edges`` (its widths as the write leaves
        them), the tool's at ``columns`` (key -> 1-based column)."""
        return cls(
            line=edges.row_height * 72 / 96,
            widths={
                key: edges.widths.get(columns[key], edges.default) / MAX_DIGIT_WIDTH
                for key in (*GROWS_ROWS, *CLIPPED)
                if key in columns
            },
        )


def shown_lines(text: str, width: float, most: int = MAX_LINES) -> int:
    """The lines ``text`` takes in a wrapped cell ``width`` characters wide, broken at spaces
    as Excel and LibreOffice break them; a word longer than a line takes the lines it fills.
    Counted as if every letter were as wide as a digit, the width's unit: most are narrower,
    so the count is never short."""
    room = max(1, math.floor(width))
    count = 0
    for line in text.split("\n"):
        count += _wrapped_count(line, room)
        if count >= most:
            return most
    return max(count, 1)


def _wrapped_count(line: str, room: int) -> int:
    if len(line) <= room:
        return 1
    count, used = 1, 0  # the lines so far, the characters on the last
    for word in line.split(" "):
        size = len(word)
        if used and used + 1 + size <= room:
            used += 1 + size
            continue
        if used:
            count += 1  # the word starts a line
        more = max(size - 1, 0) // room  # a word longer than a line fills more
        count += more
        used = size - more * room
    return count


def row_heights(columns: Mapping[str, Sequence[object]], sizes: RowSizes) -> list[float | None]:
    """Per row, the height it needs (points), or None when each text fits one line (a row
    without a height of its own then shows it whole)."""
    grows = [
        _column_lines(columns[key], sizes.widths.get(key, 0), most)
        for key, most in GROWS_ROWS.items()
        if key in columns
    ]
    # A clipped column's text needs the row to have a height when it takes two lines.
    clips = [
        _column_lines(columns[key], sizes.widths.get(key, 0), 2)
        for key in CLIPPED
        if key in columns
    ]
    if not grows and not clips:
        return [None] * len(next(iter(columns.values()), []))
    shown = len(grows)
    line = sizes.line
    return [
        line * most
        if (most := max(row[:shown], default=1)) > 1 or max(row[shown:], default=1) > 1
        else None
        for row in zip(*grows, *clips, strict=True)
    ]


def _column_lines(values: Sequence[object], width: float, most: int) -> list[int]:
    """``shown_lines`` of each value, worked out once per distinct text."""
    counted: dict[object, int] = {}
    found: list[int] = []
    for value in values:
        lines = counted.get(value)
        if lines is None:
            lines = counted[value] = _lines(value, width, most)
        found.append(lines)
    return found


def _lines(value: object, width: float, most: int) -> int:
    text = value if type(value) is str else safe_text(value)
    if width <= 0:
        return 1  # a hidden column shows no line
    breaks = text.count("\n")
    if breaks + 1 >= most:
        return most
    if not breaks and len(text) <= width:
        return 1
    if not breaks and math.ceil(len(text) / width) >= most:
        return most  # a line wraps to at least as many lines as its width fills
    return shown_lines(text, width, most)


_HIDDEN = re.compile(rb"\shidden\s*=")


def grown(attributes: bytes, needed: float) -> bytes:
    """A ``<row>``'s attributes with its height raised to ``needed`` points; a row already as
    tall is left as it is, as is a hidden row (and one of no height: hidden too)."""
    tag = b"<row" + attributes + b">"
    if _HIDDEN.search(attributes) and attribute(tag, "hidden") in _TRUE:
        return attributes
    height = attribute(tag, "ht")
    try:
        current = float(height) if height is not None else None
    except ValueError:
        current = None
    # Within a point is as tall: LibreOffice saves 30 points as 29.95 (hundredths of a mm).
    if current is not None and (current > needed - 1 or current == 0):
        return attributes
    tag = set_attribute(set_attribute(tag, "ht", f"{needed:g}"), "customHeight", "1")
    return tag[len(b"<row") : -1]
