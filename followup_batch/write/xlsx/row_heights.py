"""How tall a row the tool writes is: tall enough to read its Why and Problems, and with a
height of its own, so that no text of the tool's is drawn over the row below.

LibreOffice draws a cell's lines past the bottom of a row without a height (``ht``), wrapped
or not, over the rows below; a row with a height clips them inside it (measured in LibreOffice
7.4, ot144 F2). Rows as tall as all their text made the sample 11 times taller (ot81 F6): the
Why and Problems lines count, wrapped at their column's width, up to a few (``GROWS_ROWS``); the
draft (ten lines and more, read whole in the Drafts sheet, its .eml and the drafts file) never
makes a row taller.

A height cannot say who set it, so the tool keeps the heights it left (``ToolHeights``, in the
last-run record): a row still at the height the tool left on it is the tool's to set again,
shorter too, once a four-line Problems is fixed; any other height is only ever raised, so a
height a person chose is never lowered.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from followup_batch.write.xlsx.design import safe_text
from followup_batch.write.xlsx.drawings import MAX_DIGIT_WIDTH, ColumnEdges
from followup_batch.write.xlsx.xmlbytes import attribute, set_attribute, without_attribute

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
    if b"ht" not in attributes and b"hidden" not in attributes and not attributes.endswith(b"/"):
        # No height and no hidden flag to read (nearly every row, a row a call): both
        # attributes go at the end, as ``set_attribute`` adds them.
        return attributes.rstrip() + _height_attributes(needed)
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


# A height read back as the one the tool left: LibreOffice keeps a row's height in hundredths
# of a millimetre (0.03 points), so a height it saved may read back a little off.
SAME_HEIGHT = 0.06
KEY_BYTES = 6  # a row's application hashed (``row_keys``): 8 base64 characters in the record


@dataclass(frozen=True)
class ToolHeights:
    """The heights the tool left as its own on a sheet's rows, kept in the last-run record
    (``memory.rerun``): Excel row -> (the row's application, ``row_keys``; its height, points).

    A row is placed by both, as the record's other memories follow rows by their content
    (``hand_edits``): sorting or inserting rows moves the texts, and a height with them or
    not, as the program does it. A height is the tool's when the row's application had it
    last time and the row's place held a height of the tool's (``owns``); a height a person
    set, or moved under another application's row, is not, and is only raised."""

    rows: Mapping[int, tuple[str, float]] = field(default_factory=dict)

    def to_json(self) -> dict[str, str]:
        """Per height, its rows as "row:key" one after the other: a 20,000-row tracker's
        two-line rows are one entry."""
        by_height: dict[str, list[str]] = {}
        for row, (key, height) in sorted(self.rows.items()):
            by_height.setdefault(f"{height:g}", []).append(f"{row}:{key}")
        return {height: " ".join(rows) for height, rows in by_height.items()}

    @classmethod
    def from_json(cls, data: object) -> ToolHeights:
        """The heights ``to_json`` kept; ValueError for anything else."""
        if not isinstance(data, dict):
            raise ValueError("not a map of heights")
        rows: dict[int, tuple[str, float]] = {}
        for points, listed in data.items():
            height = float(points)
            if not isinstance(listed, str) or not math.isfinite(height) or height <= 0:
                raise ValueError("not a height")
            for entry in listed.split():
                row, _, key = entry.partition(":")
                rows[int(row)] = (key, height)
        return cls(rows)

    @functools.cached_property
    def _by_key(self) -> dict[str, list[float]]:
        found: dict[str, list[float]] = {}
        for key, height in self.rows.values():
            found.setdefault(key, []).append(height)
        return found

    def owns(self, row: int, key: str, height: float) -> bool:
        """Whether ``height`` on Excel row ``row``, which holds the application ``key``, is
        the one the tool left: that application's row had it, and row ``row`` held a height
        of the tool's (a sort or an insertion moves rows, their heights with them or not)."""
        if row not in self.rows:
            return False
        return any(abs(height - h) <= SAME_HEIGHT for h in self._by_key.get(key, ()))


def row_keys(identity: pd.DataFrame, rows: Sequence[int]) -> dict[int, str]:
    """Excel row -> its application as the record keeps it: a hash of the row's Company and
    Position cells (``identity``, by Excel row) as written, space and case aside. Each pair
    hashed once (a tracker's rows share few), found by codes, not a look-up per row."""
    present = [c for c in ("company", "position") if c in identity]
    if not present:  # no Company or Position column: every row is placed by its row alone
        return dict.fromkeys(rows, "")
    cells = identity.reindex(index=pd.Index(rows), columns=present)
    combined = np.zeros(len(rows), dtype=np.int64)
    texts: list[list[object]] = []
    for column in present:
        codes, distinct = pd.factorize(cells[column], use_na_sentinel=False)
        combined = combined * len(distinct) + codes
        texts.append(list(distinct))
    at, pairs = pd.factorize(combined)
    keys = []
    for pair in pairs.tolist():
        values = []
        for distinct in reversed(texts):  # the last column's code is the remainder
            pair, code = divmod(pair, len(distinct))
            values.append(distinct[code])
        keys.append(_application_key(values[::-1]))
    return dict(zip(rows, [keys[i] for i in at.tolist()], strict=True))


def _application_key(values: Sequence[object]) -> str:
    text = "\x1f".join("" if v is None or v != v else str(v) for v in values)
    digest = hashlib.blake2b(
        " ".join(text.split()).casefold().encode("utf-8", "surrogatepass"),
        digest_size=KEY_BYTES,
    ).digest()
    return base64.b64encode(digest).decode("ascii")


def resized(
    attributes: bytes, needed: float | None, owns: Callable[[float], bool]
) -> tuple[bytes, float | None]:
    """A ``<row>``'s attributes with the height the tool gives it, and the height of the
    tool's it leaves on the row (None: none, or the person's). A row still at a height of the
    tool's (``owns``, a custom height) gets the height its text needs now, shorter or
    taller, and none when each text fits a line; any other is only raised (``grown``). A
    hidden row is left as it is, its height the tool's still when it was."""
    tag = b"<row" + attributes + b">"
    current = _height(tag)
    custom = attribute(tag, "customHeight") in _TRUE
    own = current is not None and custom and owns(current)
    if _HIDDEN.search(attributes) and attribute(tag, "hidden") in _TRUE:
        return attributes, current if own else None
    if own:
        assert current is not None
        if needed is None:
            return without_attribute(without_attribute(tag, "ht"), "customHeight")[4:-1], None
        if abs(current - needed) <= SAME_HEIGHT:
            return attributes, current
        tag = set_attribute(set_attribute(tag, "ht", f"{needed:g}"), "customHeight", "1")
        return tag[len(b"<row") : -1], needed
    if needed is None:
        return attributes, None
    after = grown(attributes, needed)
    return after, needed if after != attributes else None


def _height(tag: bytes) -> float | None:
    height = attribute(tag, "ht")
    try:
        return float(height) if height is not None else None
    except ValueError:
        return None


@functools.lru_cache(maxsize=64)  # a few heights: one per count of lines
def _height_attributes(needed: float) -> bytes:
    """`` ht="…" customHeight="1"``, as ``grown`` sets them on a row that has neither."""
    return set_attribute(set_attribute(b"<row>", "ht", f"{needed:g}"), "customHeight", "1")[4:-1]
