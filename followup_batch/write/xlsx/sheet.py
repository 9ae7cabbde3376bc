"""The worksheet's elements around its rows, edited for the owned columns: ``<dimension>``,
a frozen header pane, widths, a widened ``<autoFilter>``, the tool's conditional formats and
drop-downs. The rows themselves are merged elsewhere (``cells``); this works on the sheet's
skeleton (``plan`` cuts the sheet around its rows), every other byte left as it was.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from followup_batch.normalise.cells import cell_text
from followup_batch.read.table import RawTable
from followup_batch.write.xlsx.design import (
    CF_RULES,
    COLUMN_WIDTHS,
    DEFAULT_WIDTH,
    EARLIER_DROP_DOWNS,
    EARLIER_WIDTHS,
    LEGACY_CF_FORMULAS,
    MAX_FROZEN_COLUMNS,
    VALIDATED_FIELDS,
    HeaderLook,
    list_formula,
    owned_column_width,
)
from followup_batch.write.xlsx.parts import TableRange
from followup_batch.write.xlsx.scan import Block
from followup_batch.write.xlsx.styles import OwnStyles
from followup_batch.write.xlsx.xmlbytes import (
    Document,
    Node,
    attribute,
    children,
    column_index,
    column_letter,
    escape_text,
    format_range,
    parse_range,
    set_attribute,
    unescape,
)

CF_PATTERNS = tuple(
    re.compile(
        re.escape(formula)
        .replace(re.escape("{due}"), r"\$[A-Z]{1,3}\d+")
        .replace(re.escape("{status}"), r"\$[A-Z]{1,3}\d+")
        .replace(re.escape("{due_soon_bd}"), r"\d+")  # ours whatever horizon it was written with
    )
    for formula in (*(rule[1] for rule in CF_RULES), *LEGACY_CF_FORMULAS)
)


@dataclass
class SheetEdits:
    """What the edit of the worksheet's skeleton learned, for the other parts."""

    legacy_drawing: str | None = None  # rel id of the existing VML drawing
    drawing: str | None = None  # rel id of the drawing of charts, pictures and shapes
    table_rels: list[str] = field(default_factory=list)
    merged_right: int = 0
    filter_range: str | None = None  # the widened sheet autoFilter, for _FilterDatabase
    filter_note: str | None = None  # the tracker's filter left short of the tool's columns


def sheet_facts(skeleton: Document, header_row: int, last_row: int) -> SheetEdits:
    facts = SheetEdits()
    drawing = skeleton.first("legacyDrawing")
    if drawing is not None:
        facts.legacy_drawing = _rel_id(drawing.start_tag)
    floating = skeleton.first("drawing")
    if floating is not None:
        facts.drawing = _rel_id(floating.start_tag)
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


PROTECTED_NOTE = (
    'sheet "{sheet}" is protected (Review > Protect Sheet); the tool writes its columns all '
    "the same and keeps your protection, so its cells are locked as yours are (it rewrites "
    "them on every run: they are not for typing in)"
)


# Said with -v: the drop-down an earlier version put on the person's column (``_validations``),
# taken away, or replaced on the same cells by this version's list.
EARLIER_DROP_DOWN_NOTE = "removed the tool's old drop-down on {ranges}"
EARLIER_DROP_DOWN_PLAN = "a run would remove the tool's old drop-down on {ranges}"
UPDATED_DROP_DOWN_NOTE = 'updated the "{header}" drop-down on {ranges} ({words})'
UPDATED_DROP_DOWN_PLAN = 'a run would update the "{header}" drop-down on {ranges} ({words})'


def earlier_drop_down_notes(drop_downs: DropDowns, *, planned: bool = False) -> list[str]:
    """The notes of the earlier versions' drop-downs a write removes or updates (``planned``:
    would)."""
    note = EARLIER_DROP_DOWN_PLAN if planned else EARLIER_DROP_DOWN_NOTE
    updated = UPDATED_DROP_DOWN_PLAN if planned else UPDATED_DROP_DOWN_NOTE
    return [note.format(ranges=", ".join(sqref.split())) for sqref in drop_downs.removed] + [
        updated.format(header=update.header, ranges=", ".join(update.ranges), words=update.words())
        for update in drop_downs.updated
    ]


def is_protected(skeleton: Document) -> bool:
    """The sheet is protected (``<sheetProtection sheet="1">``): Excel lets nobody edit its
    locked cells by hand. The tool writes its own columns all the same and says so."""
    node = skeleton.first("sheetProtection")
    return node is not None and attribute(node.start_tag, "sheet") in ("1", "true")


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
    has_rows: bool,
    tracker_table: bool,
    others: Collection[TableRange],
    header: HeaderLook,
) -> DropDowns:
    """Edit the sheet's parts around its cells; returns what it did to the drop-downs (a dry
    run says it). ``tracker_table``: the tracker is an Excel Table (its own filter is widened
    with it); ``others``: the person's tables beside or below it."""
    _dimension(skeleton, block)
    _freeze(skeleton, block.header_row, frozen_columns(table))
    _widths(skeleton, block, header)
    if not tracker_table:
        _widen_filter(skeleton, block, facts, others)
    if has_rows:
        _conditional_formats(skeleton, block, styles, _row_name_columns(table))
        return _validations(skeleton, table, block)
    return DropDowns([], [], [])


def _row_name_columns(table: RawTable) -> list[int]:
    """The columns (1-based) that name a row for a person: Company and Position."""
    return sorted({table.mapping[f] + 1 for f in ("company", "position") if f in table.mapping})


def frozen_columns(table: RawTable) -> int:
    """How many columns to freeze: through Company and Position when they come early."""
    columns = _row_name_columns(table)
    return max(columns) if columns and max(columns) <= MAX_FROZEN_COLUMNS else 0


def header_look(
    skeleton: Document, row_attributes: bytes, user_styles: Iterable[int], wrapping: frozenset[int]
) -> HeaderLook:
    """How the tool's headers fit the header row (``<row>``'s attributes) of a sheet whose
    header cells have ``user_styles``: wrapped when one of them wraps (``wrapping``: the
    styles that do) or the row is taller than one line, in as many lines as its height holds.
    A row without a height set shows one line: a wrapped header taller than that would make
    Excel and LibreOffice grow the row."""
    node = skeleton.first("sheetFormatPr")
    line = float(attribute(node.start_tag, "defaultRowHeight") or 15) if node else 15.0
    height = attribute(row_attributes, "ht")
    lines = max(1, math.floor(float(height) / line)) if height else 1
    wraps = any(style in wrapping for style in user_styles)
    return HeaderLook(wrapped=wraps or lines > 1, lines=lines)


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


def _freeze(skeleton: Document, header_row: int, columns: int) -> None:
    """Freeze the header row and the first ``columns`` columns. A user's own panes stay, but
    a frozen header alone (theirs, or an earlier version's) gains the columns."""
    p = skeleton.prefix
    letter = column_letter(columns + 1)
    top = f"{letter}{header_row + 1}"
    active = "bottomRight" if columns else "bottomLeft"
    x_split = f' xSplit="{columns}"' if columns else ""
    pane = (
        f'<{p}pane{x_split} ySplit="{header_row}" topLeftCell="{top}" '
        f'activePane="{active}" state="frozen"/>'
    ).encode()
    selection = f'<{p}selection pane="{active}" activeCell="{top}" sqref="{top}"/>'
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
    existing = view.first("pane")
    if existing is not None:
        tag = existing.start_tag
        header_only = (
            attribute(tag, "state") == "frozen"
            and attribute(tag, "ySplit") == str(header_row)
            and attribute(tag, "xSplit") in (None, "0")
        )
        if not columns or not header_only:
            return  # the user's own frozen or split panes stay
        existing.data = pane
        if not any(attribute(n.start_tag, "pane") == active for n in view.elements("selection")):
            view.nodes.insert(view.nodes.index(existing) + 1, Node("selection", selection.encode()))
        view_node.data = view.join()
        node.data = views.join()
        return
    for item in view.elements("selection"):
        if attribute(item.start_tag, "pane") is None:
            item.data = (
                set_attribute(item.start_tag, "pane", active) + item.data[len(item.start_tag) :]
            )
    view.nodes.insert(0, Node("pane", pane))
    if not view.elements("selection"):
        view.nodes.insert(1, Node("selection", selection.encode()))
    view_node.data = view.join()
    node.data = views.join()


def _widths(skeleton: Document, block: Block, header: HeaderLook) -> None:
    """Widths for the owned columns, each wide enough for its header (``owned_column_width``);
    a user's ``<col>`` span over them is split around them. A width set on one of the tool's
    columns found again is kept (the user widened its Next action, or narrowed its Why),
    unless it is a width the tool itself gave it, this version or an earlier one, narrower
    than a new column's: an earlier version's Follow-up status of 16 cut "Next step due —
    run again" short.

    A column placed for the first time is also shown: people hide the unused columns right
    of their data, and the tool's columns would land in that hidden range.
    """
    p = skeleton.prefix
    width_of = {
        column: owned_column_width(key, header.lines) for key, column in block.columns.items()
    }
    # The widths the tool itself gave each column, this version's and earlier ones'.
    tools = {
        column: {
            f"{w:g}" for w in (COLUMN_WIDTHS.get(key, DEFAULT_WIDTH), *EARLIER_WIDTHS.get(key, ()))
        }
        for key, column in block.columns.items()
    }
    node = skeleton.first("cols")
    spans: list[tuple[int, int, bytes]] = []  # (min, max, element)
    covered: set[int] = set()
    inner = children(node) if node is not None else None
    for item in inner.nodes if inner is not None else []:
        if item.name != "col":
            continue
        tag = item.start_tag  # a match of the element's bytes: once, not per attribute
        low = int(attribute(tag, "min") or 0)
        high = int(attribute(tag, "max") or low)
        here = sorted(c for c in width_of if low <= c <= high)
        if not here:
            spans.append((low, high, item.data))
            continue
        for first, last in _split_span(low, high, here):
            spans.append((first, last, _col(item.data, first, last)))
        for column in here:
            # The tool's own width, narrower than a new column's (the header needs more, or
            # an earlier version's narrower status): widened. A width the person chose stays.
            outgrown = attribute(tag, "width") in tools[column] and _width(tag) < width_of[column]
            if low == high == column and column not in block.new_columns and not outgrown:
                # The tool's column found again, with its own <col>: the width is the one the
                # tool gave it or the one the user chose since; either way it stays.
                spans.append((column, column, item.data))
                covered.add(column)
                continue
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


def _width(tag: bytes) -> float:
    """A ``<col>``'s width (0 without one, or with one no number: the sheet's default)."""
    try:
        return float(attribute(tag, "width") or 0)
    except ValueError:
        return 0.0


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


FILTER_NOT_WIDENED = (
    "the filter ({ref}) was not widened over the tool's columns {columns}, so sorting from its "
    "arrows moves your rows away from their statuses and drafts: the table{s} {tables} "
    "stand{verb} between them, and a filter cannot reach into a table; move {which} elsewhere "
    "and delete the emptied columns, and the next run widens the filter"
)


def _widen_filter(
    skeleton: Document, block: Block, facts: SheetEdits, others: Collection[TableRange]
) -> None:
    """The sheet's filter over the tracker's header row widened over the tool's columns and
    any columns of the person's between them (Excel's own way to extend a filter: a column of
    theirs inside it is harmless), its criteria kept (they count from its first column, which
    stays). A filter short of them would sort the person's columns alone, every status and
    draft then beside another company. Left as it is, with a note, when a table of the
    person's stands between: a filter cannot reach into a table."""
    node = skeleton.first("autoFilter")
    if node is None:
        return
    bounds = parse_range(attribute(node.start_tag, "ref") or "")
    low, high = block.span
    if bounds is None or bounds[1] != block.header_row or not bounds[0] < low <= high:
        return
    if bounds[2] > high:
        return  # over columns right of the tool's already: the person's choice
    last = max(bounds[3], block.last_row)
    between = [
        t
        for t in others
        if t.bounds[0] <= high and t.bounds[2] > bounds[2]
        if t.bounds[1] <= last and t.bounds[3] >= bounds[1]
    ]
    if between:
        several = len(between) > 1
        facts.filter_note = FILTER_NOT_WIDENED.format(
            ref=format_range(*bounds),
            columns=f"{column_letter(low)}:{column_letter(high)}",
            s="s" if several else "",
            tables=", ".join(f'"{t.name}" ({t.ref})' for t in between),
            verb="" if several else "s",
            which="them" if several else "it",
        )
        return
    ref = format_range(bounds[0], bounds[1], high, last)
    node.data = set_attribute(node.start_tag, "ref", ref) + node.data[len(node.start_tag) :]
    facts.filter_range = ref


def _conditional_formats(
    skeleton: Document, block: Block, styles: OwnStyles, name_columns: list[int]
) -> None:
    """The status colours over the row's Company and Position cells and the tool's columns,
    replacing the tool's earlier ones (recognised by their formulas), before the person's own
    formats (``_after_the_tools``)."""
    for node in skeleton.elements("conditionalFormatting"):
        formulas = [unescape(f) for f in re.findall(rb"<(?:\w+:)?formula>(.*?)</", node.data, re.S)]
        if formulas and all(any(p.fullmatch(f) for p in CF_PATTERNS) for f in formulas):
            skeleton.remove(node)
    _after_the_tools(skeleton, len(CF_RULES))
    status = f"${block.letter('status')}{block.first_row}"
    p = skeleton.prefix
    rules = ""
    looks = zip(CF_RULES, styles.dxfs, strict=True)
    for priority, ((_name, formula, _fill, _font), dxf) in enumerate(looks, start=1):
        text = escape_text(formula.format(status=status))
        rules += (
            f'<{p}cfRule type="expression" dxfId="{dxf}" priority="{priority}">'
            f"<{p}formula>{text}</{p}formula></{p}cfRule>"
        )
    # Each run of the tool's columns side by side: one range when they stand together (as the
    # tool puts them), several when the user moved one away, so no user column between them
    # takes the colours.
    ranges = [
        format_range(first, block.first_row, last, block.last_row)
        for first, last in column_runs(sorted(block.owned))
    ] + [
        format_range(c, block.first_row, c, block.last_row)
        for c in name_columns
        if c not in block.owned
    ]
    sqref = " ".join(ranges)
    node = skeleton.element("conditionalFormatting", rules, f' sqref="{sqref}"')
    theirs = skeleton.elements("conditionalFormatting")
    if theirs:
        # First among them as well: LibreOffice lets the first format over a cell win,
        # whatever the priorities (Excel goes by the priorities).
        skeleton.nodes.insert(skeleton.nodes.index(theirs[0]), node)
    else:
        skeleton.insert(node)


_PRIORITY = re.compile(rb"(<(?:\w+:)?cfRule\b[^>]*?\spriority=[\"'])(\d+)")


def _after_the_tools(skeleton: Document, count: int) -> None:
    """The person's conditional formats (their x14 ones too) moved after the tool's ``count``
    rules, their order among themselves kept: a rule of theirs over whole rows (a zebra
    ``MOD(ROW(),2)=0`` fill) came first and hid the status colours on every other row, the
    colour then saying nothing of the word beside it. Their priorities start right after the
    tool's, so a second run moves nothing."""
    formats = [n for n in skeleton.nodes if n.name in ("conditionalFormatting", "extLst")]
    priorities = [int(m.group(2)) for n in formats for m in _PRIORITY.finditer(n.data)]
    if not priorities or min(priorities) == count + 1:
        return
    by = count + 1 - min(priorities)
    for node in formats:
        if _PRIORITY.search(node.data):
            node.data = _PRIORITY.sub(
                lambda m: m.group(1) + str(int(m.group(2)) + by).encode(), node.data
            )


class UpdatedDropDown(NamedTuple):
    """An earlier version's list on a column replaced by this version's on the same cells."""

    header: str  # the column's header, as the person wrote it
    ranges: list[str]  # the cells the earlier list covered, each covered by the new one
    new: list[str]  # the words the new list adds
    gone: list[str]  # the words the earlier list had and the new one has not

    def words(self) -> str:
        """What changed in the list, as a note says it: "new choice: chat"."""
        said = []
        if self.new:
            said.append(
                ("new choices: " if len(self.new) > 1 else "new choice: ") + ", ".join(self.new)
            )
        if self.gone:
            said.append("no longer: " + ", ".join(self.gone))
        return "; ".join(said) or "the same choices in another order"


class DropDowns(NamedTuple):
    """What a write does to the drop-downs of the enumerated columns."""

    columns: list[int]  # those (1-based) whose drop-down the tool adds or widens
    removed: list[str]  # the ranges of the drop-downs of earlier versions it takes away
    # Earlier versions' drop-downs it replaces with its own list on the same cells.
    updated: list[UpdatedDropDown]


def _validations(skeleton: Document, table: RawTable, block: Block) -> DropDowns:
    """The tool's drop-downs over the rows of the enumerated columns it reads; returns the
    columns whose drop-down was added or widened, and the earlier versions' ones removed.

    Every validation already in the sheet stays, whoever made it: its range is never narrowed
    to the rows there are now (rows typed later keep their drop-down), and its prompt, error
    texts and other settings stay. A column with a validation of any other kind is the user's
    choice and gets nothing, and so is one whose filled cells use words not on the tool's list
    (``_other_words``: "Phone screen", "Lead"). Otherwise the tool's list reaches the
    column's rows that no validation with that list covers yet: a plain one (``_plain_list``:
    the tool's own from an earlier run, or one just like it) has its range widened, else a
    new one is added.

    The one exception: a plain list an earlier version put on the column, word for word
    (``EARLIER_DROP_DOWNS``, whatever the column held), where this version puts none (other
    words, another list) is taken away; a run on a new file would not have added it. Where
    this version puts its own list (a list that gained a word), that list takes over every
    cell the earlier one covered, rows below the tracker's too, and the run says the
    drop-down was updated, not removed.
    """
    p = skeleton.prefix
    node = skeleton.first("dataValidations")
    inner = children(node) if node is not None else None
    existing = [
        (item, _formula1(item.data), (attribute(item.start_tag, "sqref") or "").split())
        for item in (inner.elements("dataValidation") if inner is not None else [])
    ]
    extensions = skeleton.first("extLst")
    other_ranges = (
        [  # the x14 validations (lists on another sheet): always the user's
            part.decode()
            for found in re.findall(rb"<(?:\w+:)?sqref>(.*?)</", extensions.data, re.S)
            for part in found.split()
        ]
        if extensions is not None
        else []
    )
    added: list[Node] = []
    changed = False
    columns: list[int] = []
    dropped: list[Node] = []
    removed: list[str] = []
    updated: list[UpdatedDropDown] = []
    for field_name, values in VALIDATED_FIELDS.items():
        if field_name not in table.mapping:
            continue
        column = table.mapping[field_name] + 1
        drop_down = list_formula(values)
        other_words = _other_words(table, field_name, values)
        earlier = [
            entry
            for entry in existing
            if entry[1] in EARLIER_DROP_DOWNS[field_name]
            and (other_words or entry[1] != drop_down)
            and _plain_list(entry[0].start_tag, entry[2], column)
        ]
        dropped += [item for item, _formula, _ranges in earlier]
        existing = [entry for entry in existing if all(entry[0] is not e[0] for e in earlier)]
        foreign = other_ranges + [
            r for _item, formula, ranges in existing if formula != drop_down for r in ranges
        ]
        if any(_touches(r, column) for r in foreign) or other_words:
            removed += [" ".join(ranges) for _item, _formula, ranges in earlier]
            continue
        covered = [
            (b[1], b[3])
            for _item, _formula, ranges in existing
            for r in ranges
            if (b := _validation_bounds(r)) and b[0] <= column <= b[2]
        ]
        replaced = [
            (b[1], b[3])
            for _item, _formula, ranges in earlier
            for r in ranges
            if (b := _validation_bounds(r))
        ]
        gaps = _merged(
            [
                *_gaps(block.first_row, block.last_row, covered),
                *(gap for low, high in replaced for gap in _gaps(low, high, covered)),
            ]
        )
        if earlier:
            updated.append(_updated(table.headers[column - 1], earlier, values))
        if not gaps:
            continue
        columns.append(column)
        plain = next(
            (
                item
                for item, formula, ranges in existing
                if formula == drop_down and _plain_list(item.start_tag, ranges, column)
            ),
            None,
        )
        if plain is not None:
            tag = plain.start_tag
            mine = [
                (b[1], b[3])
                for r in (attribute(tag, "sqref") or "").split()
                if (b := _validation_bounds(r))
            ]
            sqref = _column_sqref(column, _merged(mine + gaps))
            plain.data = set_attribute(tag, "sqref", sqref) + plain.data[len(tag) :]
            changed = True
        else:
            sqref = _column_sqref(column, gaps)
            added.append(Node("dataValidation", _own_validation(p, sqref, drop_down)))
    if not added and not changed and not dropped:  # the validations are left byte for byte
        return DropDowns(columns, removed, updated)
    count = len(existing) + len(added)
    if inner is None or node is None:
        body = b"".join(n.data for n in added).decode()
        skeleton.insert(skeleton.element("dataValidations", body, f' count="{count}"'))
        return DropDowns(columns, removed, updated)
    for item in dropped:
        inner.remove(item)
    if not count:
        skeleton.remove(node)  # an empty <dataValidations> is invalid
        return DropDowns(columns, removed, updated)
    for item in added:
        inner.append(item)
    inner.head = set_attribute(inner.head, "count", str(count))
    node.data = inner.join()
    return DropDowns(columns, removed, updated)


def _updated(
    header: str, earlier: list[tuple[Node, str | None, list[str]]], values: tuple[str, ...]
) -> UpdatedDropDown:
    """The note's facts of the earlier lists ``earlier`` on a column replaced by ``values``."""
    words = [
        word
        for _item, formula, _ranges in earlier
        for word in (formula or "").strip('"').split(",")
    ]
    return UpdatedDropDown(
        header,
        [r for _item, _formula, ranges in earlier for r in ranges],
        [value for value in values if value not in words],
        [word for word in dict.fromkeys(words) if word not in values],
    )


def _other_words(table: RawTable, field_name: str, values: tuple[str, ...]) -> bool:
    """Whether a filled cell of the column is not one of the list's ``values`` (case aside): a
    drop-down of the tool's words there would mark the user's own words invalid and mix two
    spellings in one column."""
    words = {value.casefold() for value in values}
    return any(
        text.casefold() not in words
        for text in map(cell_text, table.cells[field_name].tolist())
        if text
    )


def _own_validation(p: str, sqref: str, drop_down: str) -> bytes:
    """The tool's drop-down element, as it writes it (no prompt: any word may be typed)."""
    return (
        f'<{p}dataValidation type="list" allowBlank="1" sqref="{sqref}">'
        f"<{p}formula1>{escape_text(drop_down)}</{p}formula1></{p}dataValidation>"
    ).encode()


def _plain_list(tag: bytes, ranges: list[str], column: int) -> bool:
    """A list on ``column`` alone with nothing but its words: no prompt, no error message, the
    arrow shown. Widening it over more rows shows the same drop-down there and loses nothing;
    one with texts or other settings is the user's own work and is left as it is."""
    texts = ("prompt", "promptTitle", "error", "errorTitle")
    switches = ("showErrorMessage", "showDropDown")
    return (
        attribute(tag, "type") == "list"
        and bool(ranges)
        and all(_only_column(r, column) for r in ranges)
        and not any(attribute(tag, name) for name in texts)
        and all(attribute(tag, name) in (None, "0", "false") for name in switches)
    )


def _formula1(element: bytes) -> str | None:
    found = re.search(rb"<(?:\w+:)?formula1>(.*?)</", element, re.S)
    return unescape(found.group(1)) if found else None


def _touches(ref: str, column: int) -> bool:
    """Whether a validation range reaches ``column``; one that cannot be read is taken to."""
    bounds = _validation_bounds(ref)
    return bounds is None or bounds[0] <= column <= bounds[2]


def _only_column(ref: str, column: int) -> bool:
    bounds = _validation_bounds(ref)
    return bounds is not None and bounds[0] == bounds[2] == column


MAX_ROW, MAX_COLUMN = 1_048_576, 16_384  # an Excel sheet's last row and column (XFD)
_WHOLE_COLUMNS = re.compile(r"\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})")
_WHOLE_ROWS = re.compile(r"\$?(\d+):\$?(\d+)")


def _validation_bounds(ref: str) -> tuple[int, int, int, int] | None:
    """A validation's range as (min_col, min_row, max_col, max_row): a cell or block, or the
    whole columns (``D:D``, as Excel saves a validation set on a selected column) or rows
    (``2:5``) it spans. Read as unknown, ``D:D`` kept the tool's drop-downs off every column
    and ``E:E`` of the tool's words got an overlapping ``E2:E6`` beside it."""
    if (bounds := parse_range(ref)) is not None:
        return bounds
    text = ref.split("!")[-1].strip()
    if found := _WHOLE_COLUMNS.fullmatch(text):
        first, last = sorted(column_index(letters) for letters in found.groups())
        return first, 1, last, MAX_ROW
    if found := _WHOLE_ROWS.fullmatch(text):
        first, last = sorted(int(number) for number in found.groups())
        return 1, first, MAX_COLUMN, last
    return None


def _gaps(first: int, last: int, covered: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The runs of rows first..last outside every (low, high) in ``covered``."""
    gaps: list[tuple[int, int]] = []
    row = first
    for low, high in sorted(covered):
        if high < row:
            continue
        if low > last:
            break
        if low > row:
            gaps.append((row, low - 1))
        row = high + 1
    if row <= last:
        gaps.append((row, last))
    return gaps


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Row spans joined where they overlap or touch."""
    joined: list[tuple[int, int]] = []
    for low, high in sorted(spans):
        if joined and low <= joined[-1][1] + 1:
            joined[-1] = (joined[-1][0], max(joined[-1][1], high))
        else:
            joined.append((low, high))
    return joined


def _column_sqref(column: int, spans: list[tuple[int, int]]) -> str:
    return " ".join(format_range(column, low, column, high) for low, high in spans)


def column_runs(columns: list[int]) -> list[tuple[int, int]]:
    """(first, last) of each run of consecutive numbers in ``columns`` (sorted)."""
    runs: list[tuple[int, int]] = []
    for column in columns:
        if runs and column == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], column)
        else:
            runs.append((column, column))
    return runs
