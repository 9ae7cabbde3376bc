"""Charts, pictures and shapes floating over the tracker's sheet (its drawing part).

The tool adds its columns as if a person inserted them there, and Excel moves a floating
object right with its cells when columns are inserted before it. So an object whose left
edge is in or right of the first column the tool adds moves right by the columns added,
keeping its size and its place among the other objects; otherwise a chart beside the data
would hide the tool's answers. That holds for every anchor (two-cell, one-cell, absolute)
and also for an object set not to move with cells: that setting keeps it put when the
person edits their columns, and the tool's columns are no such edit. An object that starts
in the person's columns never moves (it belongs to them); when it reaches over the tool's
columns, a note names it and those columns. Later runs add no columns and move nothing.

Only the column numbers (or, for an absolute anchor, its x position) of the moved anchors
change; every other byte of the part is kept.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass

from followup_batch.write.columns import OWNED_COLUMNS
from followup_batch.write.xlsx.scan import Block
from followup_batch.write.xlsx.xmlbytes import (
    Document,
    Node,
    attribute,
    children,
    column_letter,
    compact_ranges,
    parse_range,
    split_document,
    unescape,
)

EMU_PER_PIXEL = 9525
MAX_DIGIT_WIDTH = 7  # pixels of a digit in Calibri 11, the unit of Excel's column widths

# An anchor never holds another, so each is found from its start to its first end tag; an
# object in ``mc:AlternateContent`` has one anchor per choice, each moved the same way.
ANCHOR = re.compile(
    rb"<((?:[\w.-]+:)?)(twoCellAnchor|oneCellAnchor|absoluteAnchor)\b"
    rb"(?:[^>\"']|\"[^\"]*\"|'[^']*')*?(?:/>|>.*?</\1\2\s*>)",
    re.S,
)
NAME = re.compile(rb"<(?:[\w.-]+:)?cNvPr\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*>")
CHART_URI = b"drawingml/2006/chart"
# Sparklines (Excel 2010's x14 extension in the sheet's extLst): each group's cells.
SPARKLINE_GROUP = re.compile(
    rb"<((?:[\w.-]+:)?)sparklineGroup\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*?"
    rb"(?:/>|>.*?</\1sparklineGroup\s*>)",
    re.S,
)
SPARKLINE_CELLS = re.compile(rb"<(?:[\w.-]+:)?sqref\s*>([^<]*)<")
KINDS = {"pic": "picture", "sp": "shape", "cxnSp": "line", "grpSp": "group"}


@dataclass(frozen=True)
class ColumnEdges:
    """Where columns start on screen, in pixels, from the sheet's ``<cols>`` widths and its
    default width (as Excel converts them for Calibri 11); rows at the default height."""

    widths: Mapping[int, float]  # 1-based column -> pixels, where not the default
    default: float
    row_height: float

    @classmethod
    def of(cls, skeleton: Document) -> ColumnEdges:
        widths: dict[int, float] = {}
        cols = skeleton.first("cols")
        for item in children(cols).nodes if cols is not None else []:
            tag = item.start_tag
            if item.name != "col":
                continue
            low = int(attribute(tag, "min") or 0)
            high = min(int(attribute(tag, "max") or low), 16_384)
            hidden = attribute(tag, "hidden") in ("1", "true")
            width = _pixels(float(attribute(tag, "width") or 0))
            for column in range(max(low, 1), high + 1):
                widths[column] = 0.0 if hidden else width
        form = skeleton.first("sheetFormatPr")
        tag = form.start_tag if form is not None else b""
        if (given := attribute(tag, "defaultColWidth")) is not None:
            default = _pixels(float(given))
        else:  # base width and padding, rounded up to 8 pixels: 64 for Excel's 8
            base = float(attribute(tag, "baseColWidth") or 8)
            default = math.ceil((base * MAX_DIGIT_WIDTH + 5) / 8) * 8
        row_height = float(attribute(tag, "defaultRowHeight") or 15) * 96 / 72
        return cls(widths, default, row_height)

    def left(self, column: int) -> float:
        """The left edge of ``column`` (1-based)."""
        extra = sum(w - self.default for c, w in self.widths.items() if c < column)
        return (column - 1) * self.default + extra

    def column_at(self, x: float) -> int:
        """The column (1-based) that holds the point ``x`` pixels from the left."""
        column, edge = 1, 0.0
        while column < 16_384:
            edge += self.widths.get(column, self.default)
            if x < edge:
                break
            column += 1
        return column


def _pixels(width: float) -> float:
    return math.floor((256 * width + 128 // MAX_DIGIT_WIDTH) / 256 * MAX_DIGIT_WIDTH)


@dataclass(frozen=True)
class Moved:
    """An object moved right of the tool's new columns (``columns``, "R:AC"): from its top-left
    cell ``before`` to ``after``. Said by the write that moves it (the run's news, not repeated
    by a re-run that finds the file unchanged) and by its dry run."""

    label: str
    before: str
    after: str
    columns: str

    def note(self, *, planned: bool = False) -> str:
        moved = "would be moved" if planned else "was moved"
        return (
            f"{self.label} {moved} from {self.before} to {self.after}, right of the tool's new "
            f"columns {self.columns}, as Excel moves it when columns are inserted there"
        )


@dataclass(frozen=True)
class Placed:
    """What placing the tool's columns did to the drawing: its new bytes, the objects moved,
    and the notes on those that cover the tool's columns."""

    data: bytes
    moved: list[Moved]
    notes: list[str]


def place_floating(drawing: bytes, block: Block, before: ColumnEdges, after: ColumnEdges) -> Placed:
    """Move the objects of ``drawing`` that start in or right of the tool's new columns right
    by as many columns (see above); note every object that then covers a tool's column.
    ``before`` and ``after`` are the sheet's columns before and after the tool's widths."""
    added = sorted(block.new_columns)
    first_new = added[0] if added else 0
    columns = f"{column_letter(first_new)}:{column_letter(added[-1])}" if added else ""
    # In order, once per object (one per choice of mc:).
    moved: dict[Moved, None] = {}
    notes: dict[str, None] = {}
    pieces: list[bytes] = []
    at = 0
    for match in ANCHOR.finditer(drawing):
        anchor = split_document(match.group(0))
        start = _top_left(anchor, before)
        if added and start is not None and start[0] >= first_new:
            _move(anchor, len(added), before, after)
            end = _top_left(anchor, after)
            if end is not None:
                cell = column_letter(start[0]) + str(start[1])
                to = column_letter(end[0]) + str(end[1])
                moved[Moved(_label(anchor), cell, to, columns)] = None
        elif note := _covers_note(anchor, block, after):
            notes[note] = None
        pieces += [drawing[at : match.start()], anchor.join()]
        at = match.end()
    pieces.append(drawing[at:])
    return Placed(b"".join(pieces), list(moved), list(notes))


def sparkline_notes(skeleton: Document, block: Block) -> list[str]:
    """A note for each sparkline group with sparklines in the tool's columns, at or below
    its header: they stay where they are, drawn over the tool's cells. Unlike a floating
    object a sparkline belongs to its cell, and Excel moves it only with the cell, so the
    tool does not move it (and never changes it)."""
    extensions = skeleton.first("extLst")
    if extensions is None or b"sparklineGroup" not in extensions.data:
        return []
    names = {column: key for key, column in block.columns.items()}
    notes = []
    for group in SPARKLINE_GROUP.finditer(extensions.data):
        cells = []
        for sqref in SPARKLINE_CELLS.findall(group.group(0)):
            for ref in unescape(sqref).split():
                found = parse_range(ref)
                if found is None:
                    continue
                left, top, right, bottom = found
                cells += [
                    (column, row)
                    for column in range(left, right + 1)
                    if column in names
                    for row in range(max(top, block.header_row), bottom + 1)
                ]
        if cells:
            covered = sorted({column for column, _ in cells})
            notes.append(
                f"the sparklines at {compact_ranges(cells)} are in the tool's "
                f"{_columns(covered, names)} and draw over its cells; the tool does not "
                "move sparklines: move them (Sparkline > Edit Data > Edit Group Location & "
                "Data) to see its answers"
            )
    return notes


def _top_left(anchor: Document, edges: ColumnEdges) -> tuple[int, int] | None:
    """The anchor's top-left cell (1-based column and row)."""
    if anchor.root == "absoluteAnchor":
        x, y = _point(anchor, "pos", "x", "y")
        return edges.column_at(x), int(y // edges.row_height) + 1
    found = _marker(anchor, "from")
    return None if found is None else (found[0] + 1, found[2] + 1)


def _marker(anchor: Document, name: str) -> tuple[int, int, int, int] | None:
    """A cell marker (``from``, ``to``) as 0-based column, column offset (EMU), row, row
    offset."""
    node = anchor.first(name)
    if node is None:
        return None
    values = {n.name: n for n in children(node).nodes if n.name}
    try:
        return tuple(  # type: ignore[return-value]
            int(unescape(_text(values[key])).strip()) for key in ("col", "colOff", "row", "rowOff")
        )
    except (KeyError, ValueError):
        return None


def _text(node: Node) -> bytes:
    start = node.start_tag
    if start.endswith(b"/>"):
        return b""
    return node.data[len(start) : node.data.rindex(b"</")]


def _point(anchor: Document, name: str, x: str, y: str) -> tuple[float, float]:
    """An anchor's ``pos`` or ``ext`` in pixels."""
    node = anchor.first(name)
    tag = node.start_tag if node is not None else b""
    try:
        return (
            int(attribute(tag, x) or 0) / EMU_PER_PIXEL,
            int(attribute(tag, y) or 0) / EMU_PER_PIXEL,
        )
    except ValueError:
        return 0.0, 0.0


def _move(anchor: Document, count: int, before: ColumnEdges, after: ColumnEdges) -> None:
    """Move the anchor ``count`` columns right: its cell markers' columns, or an absolute
    position by the same columns' pixels (keeping its offset within its column)."""
    if anchor.root == "absoluteAnchor":
        node = anchor.first("pos")
        if node is None:
            return
        x, _y = _point(anchor, "pos", "x", "y")
        column = before.column_at(x)
        new_x = after.left(column + count) + (x - before.left(column))
        node.data = re.sub(
            rb"(\sx\s*=\s*[\"'])[^\"']*", rb"\g<1>%d" % round(new_x * EMU_PER_PIXEL), node.data
        )
        return
    for name in ("from", "to"):
        node = anchor.first(name)
        found = _marker(anchor, name)
        if node is None or found is None:
            continue
        marker = children(node)
        cell = next(n for n in marker.nodes if n.name == "col")
        start = cell.start_tag
        moved = str(found[0] + count).encode()
        cell.data = start + moved + cell.data[len(start) + len(_text(cell)) :]
        node.data = marker.join()


def _covers_note(anchor: Document, block: Block, edges: ColumnEdges) -> str:
    """Which of the tool's columns an object left in place covers (none: no note)."""
    span = _span(anchor, edges)
    if span is None:
        return ""
    first, top, last, bottom = span
    label = _label(anchor)
    names = {column: key for key, column in block.columns.items()}
    covered = [c for c in sorted(names) if first <= c <= last]
    if not covered or bottom < block.header_row:
        return ""
    return (
        f"{label} at {column_letter(first)}{top} covers the tool's "
        f"{_columns(covered, names)} down to row {bottom}; the tool moves only what "
        "starts right of your columns, and only when it adds columns: move it (or make "
        "it narrower) to see them"
    )


def _columns(covered: list[int], names: Mapping[int, str]) -> str:
    """``column W (Next action)`` or ``columns W:AB (Next action to 2nd check-in due)``;
    columns apart listed one by one."""
    if len(covered) == 1:
        column = covered[0]
        return f"column {column_letter(column)} ({OWNED_COLUMNS[names[column]]})"
    if covered[-1] - covered[0] == len(covered) - 1:
        return (
            f"columns {column_letter(covered[0])}:{column_letter(covered[-1])} "
            f"({OWNED_COLUMNS[names[covered[0]]]} to {OWNED_COLUMNS[names[covered[-1]]]})"
        )
    listed = ", ".join(f"{column_letter(c)} ({OWNED_COLUMNS[names[c]]})" for c in covered)
    return f"columns {listed}"


def _span(anchor: Document, edges: ColumnEdges) -> tuple[int, int, int, int] | None:
    """The cells the object covers: first column, first row, last column, last row (1-based;
    a one-cell or absolute anchor's rows counted at the default row height)."""
    if anchor.root == "twoCellAnchor":
        start, end = _marker(anchor, "from"), _marker(anchor, "to")
        if start is None or end is None:
            return None
        last = max(end[0] + (1 if end[1] > 0 else 0), start[0] + 1)
        bottom = max(end[2] + (1 if end[3] > 0 else 0), start[2] + 1)
        return start[0] + 1, start[2] + 1, last, bottom
    width, height = _point(anchor, "ext", "cx", "cy")
    if anchor.root == "absoluteAnchor":
        x, y = _point(anchor, "pos", "x", "y")
        top = int(y // edges.row_height) + 1
        y -= (top - 1) * edges.row_height  # from the top of its first row
        first = edges.column_at(x)
    else:
        start = _marker(anchor, "from")
        if start is None:
            return None
        x = edges.left(start[0] + 1) + start[1] / EMU_PER_PIXEL
        top, y = start[2] + 1, start[3] / EMU_PER_PIXEL
        # Its own cell, also a hidden one (``column_at`` passes over a hidden run to the
        # next column shown: XFD when all the rest are hidden).
        first = start[0] + 1
    last = max(edges.column_at(x + width - 0.5), first)
    bottom = top + max(int((y + height - 0.5) // edges.row_height), 0)
    return first, top, last, bottom


def _label(anchor: Document) -> str:
    """``the chart "Chart 1"``: the object's kind and its name as Excel shows it."""
    objects = [n for n in anchor.nodes if n.name and n.name not in ("from", "to", "pos", "ext")]
    body = objects[0] if objects else Node("", b"")
    kind = KINDS.get(body.name, "object")
    if body.name == "graphicFrame" and CHART_URI in body.data:
        kind = "chart"
    found = NAME.search(body.data)
    name = attribute(found.group(0), "name") if found else None
    return f'the {kind} "{unescape(name)}"' if name else f"a {kind}"
