"""The small edits of a package's parts: relationships, content types, the workbook's sheet
list and filter-database names, ``docProps/app.xml`` titles, and tables widened over the owned
columns. What the package holds is read with the one model of it, ``read.package``.
"""

from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Collection, Mapping
from typing import NamedTuple
from xml.etree import ElementTree

from followup_batch.errors import UnsafeWrite
from followup_batch.read.header_keys import header_key
from followup_batch.read.package import (
    CONTENT_TYPES_NS,
    GENERATED_SHEET_NAME,
    PACKAGE_REL_NS,
    REL_NS,
    SheetEntry,
    generated_sheet_indexes,
    is_tracker_table,
    rels_path,
)
from followup_batch.text import RESIZE_TABLE
from followup_batch.write.columns import OWNED_COLUMNS
from followup_batch.write.xlsx.scan import Block
from followup_batch.write.xlsx.xmlbytes import (
    WORKBOOK_ORDER,
    XML_DECLARATION,
    Document,
    Node,
    attribute,
    cell_text_xml,
    children,
    column_index,
    column_letter,
    escape_attribute,
    escape_text,
    format_range,
    parse_range,
    prefix_for,
    set_attribute,
    split_document,
    unescape,
)

FILTER_DATABASE = "_xlnm._FilterDatabase"


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


def remove_elements(xml: bytes, name: str, key: str, value: str) -> bytes:
    """``xml`` without its empty ``<name>`` elements whose ``key`` attribute is ``value``
    (a relationship by type, a content type's override by part name)."""
    element = re.compile(rb"<(?:\w+:)?" + name.encode() + rb"\b[^>]*?/>")
    return element.sub(
        lambda m: b"" if attribute(m.group(), key) == escape_attribute(value) else m.group(), xml
    )


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


def unused_part(names: Collection[str], pattern: str, *, with_rels: bool = False) -> str:
    """The first ``pattern.format(n)`` no part is named, ignoring case: part names are
    compared that way (ECMA-376 part 2), and Excel "repairs" a package holding
    ``xl/worksheets/Sheet2.xml`` and ``sheet2.xml`` by keeping one of them. ``with_rels``:
    its relationships part must be free too (a leftover ``_rels/Sheet2.xml.rels``)."""
    taken = {name.casefold() for name in names}

    def free(part: str) -> bool:
        return part.casefold() not in taken and not (
            with_rels and rels_path(part).casefold() in taken
        )

    number = 1
    while not free(pattern.format(number)):
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


PRINT_AREA = "_xlnm.Print_Area"
# One area of a print area: its sheet (kept as written), then B2:D9 or whole columns B:D.
_AREA = re.compile(
    r"(?P<sheet>.*!)(?P<a>\$?[A-Z]{1,3})(?P<r1>\$?\d+)?:(?P<b>\$?[A-Z]{1,3})(?P<r2>\$?\d+)?"
)
PRINT_AREA_NOT_WIDENED = (
    "the print area ({area}) was not widened over the tool's columns {columns}, so a printout "
    "leaves them out: it is several ranges, printed on pages of their own; set it again over "
    "the tracker and the tool's columns (in Excel Page Layout > Print Area > Set Print Area, "
    "in LibreOffice Format > Print Ranges > Define)"
)


def widen_print_area(
    workbook: bytes,
    sheet: SheetEntry,
    span: tuple[int, int],
    tracker: Collection[int],
    header_row: int,
) -> tuple[bytes, str | None]:
    """The sheet's print area widened over the tool's columns (``span``, 1-based) when it
    held the whole tracker (from its ``header_row`` or the row under it, the columns ``tracker``
    read, 1-based) and
    stops short of them, as Excel widens one over columns inserted inside it; the person's
    columns between are printed too. A print area of several ranges is left, with the note
    why (none of its ranges reaches the tool's columns); any other (a part of the tracker,
    a range elsewhere) is the person's choice, left as it is."""
    low, high = span
    if not tracker:
        return workbook, None
    pattern = re.compile(
        rb"(<(?:\w+:)?definedName\b[^>]*\bname=[\"']"
        + re.escape(PRINT_AREA.encode())
        + rb"[\"'][^>]*>)(.*?)(</)",
        re.S,
    )
    notes: list[str] = []

    def replace(match: re.Match[bytes]) -> bytes:
        if attribute(match.group(1), "localSheetId") != str(sheet.index):
            return match.group(0)
        text = unescape(match.group(2))
        areas = [_AREA.fullmatch(area.strip()) for area in text.split(",")]
        if not areas or any(area is None for area in areas):
            return match.group(0)  # a shape of its own (a formula, a name): left as it is
        bounds = [
            (column_index(a["a"].lstrip("$")), column_index(a["b"].lstrip("$")))
            for a in areas
            if a is not None
        ]
        rows = [
            (int(a["r1"].lstrip("$")), int(a["r2"].lstrip("$"))) if a["r1"] and a["r2"] else None
            for a in areas
            if a is not None
        ]
        holding = [
            (first, last)
            for (first, last), held in zip(bounds, rows, strict=True)
            if first <= min(tracker) and max(tracker) <= last < high
            # From the header row or the first row under it (print titles repeat the header)
            if held is None or min(held) <= header_row + 1 and max(held) > header_row
        ]
        if not holding or any(last >= high for _, last in bounds):
            return match.group(0)
        if len(areas) > 1:
            notes.append(
                PRINT_AREA_NOT_WIDENED.format(
                    area=text, columns=f"{column_letter(low)}:{column_letter(high)}"
                )
            )
            return match.group(0)
        (area,) = [a for a in areas if a is not None]
        dollar = "$" if area["b"].startswith("$") else ""
        wide = f"{area.group('sheet')}{area['a']}{area['r1'] or ''}:{dollar}{column_letter(high)}"
        wide += area["r2"] or ""
        return match.group(1) + escape_text(wide).encode() + match.group(3)

    return pattern.sub(replace, workbook), (notes[0] if notes else None)


PRINT_TITLES = "_xlnm.Print_Titles"
_PRINT_TITLES_NAME = re.compile(
    rb"<(?:\w+:)?definedName\b[^>]*\bname=[\"']"
    + re.escape(PRINT_TITLES.encode())
    + rb"[\"'][^>]*>"
)


def add_print_titles(workbook: bytes, sheet: SheetEntry, header_row: int) -> bytes:
    """The sheet's print titles when it has none: its header row printed on every page (ot150
    F8: a page of the tool's columns came out under no header). Not the columns frozen on
    screen: at the tool's widths Client, Company and Position fill most of an A4 page, and
    repeated they left one other column a page (the sample's tracker 13 -> 33 pages). Print
    titles of the person's own, or an earlier run's, stay as they are."""
    for found in _PRINT_TITLES_NAME.finditer(workbook):
        if attribute(found.group(), "localSheetId") == str(sheet.index):
            return workbook
    doc = split_document(workbook, WORKBOOK_ORDER)
    p = doc.prefix
    quoted = "'" + sheet.name.replace("'", "''") + "'"
    titles = f"{quoted}!${header_row}:${header_row}"
    name = Node(
        "definedName",
        (
            f'<{p}definedName name="{PRINT_TITLES}" localSheetId="{sheet.index}">'
            f"{escape_text(titles)}</{p}definedName>"
        ).encode(),
    )
    _add_defined_name(doc, name)
    return doc.join()


# ---------------------------------------------------------------------------------------------
# The workbook's sheet list


def own_sheet_names(workbook: bytes, sheets: list[SheetEntry]) -> set[str]:
    """Names of the sheets marked as the tool's (a hidden sheet-level defined name)."""
    by_index = {s.index: s.name for s in sheets}
    return {by_index[i] for i in generated_sheet_indexes(workbook) if i in by_index}


def add_sheet_to_workbook(
    workbook: bytes, name: str, sheet_id: int, rel_id: str, index: int, *, hidden: bool = False
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
            (
                f'<{p}sheet name="{escape_attribute(name)}" sheetId="{sheet_id}"'
                + (' state="hidden"' if hidden else "")
                + f" {rel_attr}/>"
            ).encode(),
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
    _add_defined_name(doc, marker)
    return doc.join()


def _add_defined_name(doc: Document, name: Node) -> None:
    """``name`` (a ``<definedName>``) added last to the workbook's ``<definedNames>``, which
    is made where the part's order puts it when there is none."""
    p = doc.prefix
    names = doc.first("definedNames")
    if names is None:
        doc.insert(
            Node(
                "definedNames",
                f"<{p}definedNames>".encode() + name.data + f"</{p}definedNames>".encode(),
            )
        )
    else:
        names_doc = children(names)
        names_doc.append(name)
        names.data = names_doc.join()


def calculate_on_load(workbook: bytes) -> bytes:
    """The workbook part asking for a full recalculation when the file is opened
    (``fullCalcOnLoad``): the live statuses are right on the day the file is opened."""
    doc = split_document(workbook, WORKBOOK_ORDER)
    node = doc.first("calcPr")
    if node is None:
        doc.insert(doc.element("calcPr", attributes=' fullCalcOnLoad="1"'))
        return doc.join()
    if attribute(node.start_tag, "fullCalcOnLoad") in ("1", "true"):
        return workbook
    node.data = (
        set_attribute(node.start_tag, "fullCalcOnLoad", "1") + node.data[len(node.start_tag) :]
    )
    return doc.join()


_TITLES = re.compile(
    rb"<((?:\w+:)?)TitlesOfParts>\s*(<((?:\w+:)?)vector\b[^>]*>)(.*?)</\3vector>", re.S
)
_TITLE = re.compile(rb"<((?:\w+:)?)lpstr>(.*?)</\1lpstr>", re.S)
_WORKSHEETS_COUNT = re.compile(
    rb"(<((?:\w+:)?)lpstr>Worksheets</\2lpstr>\s*</\2variant>\s*<\2variant>\s*<\2i4>)(\d+)(</)"
)


class _Titles(NamedTuple):
    """docProps/app.xml's TitlesOfParts: the match, and where its worksheets' names are."""

    found: re.Match[bytes]
    offset: int  # titles before the worksheets' (none in Excel's files: they come first)
    sheets: int  # the worksheets' titles
    items: list[re.Match[bytes]]


def _worksheet_titles(app: bytes) -> _Titles | None:
    """The worksheets' names in docProps/app.xml (HeadingPairs says how many, and after how
    many others); None when its shape is unusual."""
    pairs = re.search(rb"<((?:\w+:)?)HeadingPairs>(.*?)</\1HeadingPairs>", app, re.S)
    titles = _TITLES.search(app)
    if pairs is None or titles is None:
        return None
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
        return None
    items = list(_TITLE.finditer(titles.group(4)))
    if len(items) < offset + count or not items:
        return None
    return _Titles(titles, offset, count, items)


def _counted(app: bytes, titles: re.Match[bytes], by: int) -> bytes:
    """``app`` with TitlesOfParts' vector size and the Worksheets count moved ``by``; the
    vector's start tag (``titles``' group 2) must stand where ``titles`` found it."""
    vector = titles.group(2)
    size = attribute(vector, "size")
    if size and size.isdigit():
        app = (
            app[: titles.start(2)]
            + set_attribute(vector, "size", str(int(size) + by))
            + app[titles.end(2) :]
        )
    return _WORKSHEETS_COUNT.sub(
        lambda m: m.group(1) + str(int(m.group(3)) + by).encode() + m.group(4), app, count=1
    )


def add_app_title(app: bytes, name: str) -> bytes:
    """docProps/app.xml lists the sheet names; add one after the other worksheets' names.

    Informational only (Excel rewrites it on save): left as it is when its shape is unusual.
    """
    found = _worksheet_titles(app)
    if found is None:
        return app
    titles, offset, count, items = found
    vt = (items[0].group(1) or b"").decode()
    at = (
        titles.start(4) + items[offset + count - 1].end()
        if count
        else titles.start(4) + items[offset].start()
        if len(items) > offset
        else titles.end(4)
    )
    app = app[:at] + f"<{vt}lpstr>{escape_text(name)}</{vt}lpstr>".encode() + app[at:]
    return _counted(app, titles, +1)


def drop_app_title(app: bytes, name: str) -> bytes:
    """docProps/app.xml without the last of the worksheets' names ``name`` when it lists that
    name more than once: the title of a second entry of a sheet listed twice, which the run
    drops (``twice_listed``). Defined names listed after the worksheets' (Excel's "Named
    Ranges", a print area's ``Jobs!Print_Area``) stay. Left as it is when its shape is unusual."""
    found = _worksheet_titles(app)
    if found is None:
        return app
    titles, offset, count, items = found
    same = [
        item
        for item in items[offset : offset + count]
        if html.unescape(item.group(2).decode("utf-8", "replace")) == name
    ]
    if len(same) < 2:
        return app
    start, end = titles.start(4) + same[-1].start(), titles.start(4) + same[-1].end()
    return _counted(app[:start] + app[end:], titles, -1)


# ---------------------------------------------------------------------------------------------
# Tables


def name_owned_columns(data: bytes, block: Block) -> bytes | None:
    """The table part with the tool's columns named as the tool writes their header cells
    ("WHY" -> "Why": a table's column names must be its header cells' texts), or None when
    they already are (or the table is not over the tool's header row)."""
    doc = split_document(data)
    bounds = parse_range(attribute(doc.root_tag, "ref") or "")
    columns_node = doc.first("tableColumns")
    if bounds is None or columns_node is None or bounds[1] != block.header_row:
        return None
    wanted = {column: OWNED_COLUMNS[key] for key, column in block.columns.items()}
    columns = children(columns_node)
    changed = False
    position = bounds[0]
    for node in columns.nodes:
        if node.name != "tableColumn":
            continue
        name = unescape(attribute(node.start_tag, "name") or "")
        title = wanted.get(position)
        if title is not None and name != title and header_key(name) == header_key(title):
            start = set_attribute(node.start_tag, "name", escape_attribute(title))
            node.data = start + node.data[len(node.start_tag) :]
            changed = True
        position += 1
    if not changed:
        return None
    columns_node.data = columns.join()
    return doc.join()


class TableRange(NamedTuple):
    """A table (ListObject) of the sheet: the name Excel shows and its range's bounds
    (min_col, min_row, max_col, max_row), 1-based."""

    name: str
    bounds: tuple[int, int, int, int]

    @property
    def ref(self) -> str:
        return format_range(*self.bounds)


def table_range(data: bytes) -> TableRange | None:
    """The table part's name and range, or None when its range cannot be read."""
    tag = split_document(data).root_tag
    bounds = parse_range(attribute(tag, "ref") or "")
    if bounds is None:
        return None
    name = attribute(tag, "displayName") or attribute(tag, "name") or "?"
    return TableRange(unescape(name), bounds)


class Widening(NamedTuple):
    """The table part widened over the owned columns (None: left as it is) and, for the
    tracker's table left narrower than them, why, for the person."""

    data: bytes | None
    reason: str | None = None


QUERY_TABLE_REASON = (
    "it is filled by a query (a refresh puts its rows back in the source's order, away from "
    "the tool's cells)"
)


def widen_table(
    data: bytes,
    block: Block,
    header_text: Mapping[int, str | None],
    company_column: int | None = None,
    others: Collection[TableRange] = (),
) -> Widening:
    """The table part widened over the owned columns; not when it is not the tracker's (it
    must hold the header row and ``company_column``, 1-based, when given), a user's column or
    one of the ``others`` tables stands between it and them, a name would be taken twice, or it
    is the result of a query (a refresh would bring its rows back in the source's order, the
    tool's cells no longer beside their rows, and Excel expects one query field per column).
    The tracker's table left as it is comes with the reason why."""
    doc = split_document(data)
    tag = doc.root_tag
    bounds = parse_range(attribute(tag, "ref") or "")
    low, high = block.span
    if bounds is None or attribute(tag, "headerRowCount") == "0":
        return Widening(None)
    min_col, min_row, max_col, max_row = bounds
    if not is_tracker_table(bounds, block.header_row, company_column):
        return Widening(None)  # a table of the person's beside the tracker, or elsewhere
    if max_col >= high or min_col > low:
        return Widening(None)  # widened already, or the tool's columns moved into it
    if attribute(tag, "tableType") == "queryTable":
        return Widening(None, QUERY_TABLE_REASON)
    if max_col + 1 < low:
        return Widening(None, _between_reason(max_col + 1, low - 1, header_text, others))
    names = [header_text.get(column) for column in range(max_col + 1, high + 1)]
    for column, name in zip(range(max_col + 1, high + 1), names, strict=True):
        if name is None or not name.strip():
            # A column without a header cannot join a table.
            return Widening(
                None,
                f"column {column_letter(column)}, among the tool's columns, has no header, "
                "and a table's columns need one",
            )
    columns_node = doc.first("tableColumns")
    if columns_node is None:
        return Widening(None)
    columns = children(columns_node)
    existing = [n for n in columns.nodes if n.name == "tableColumn"]
    ids = [int(attribute(n.start_tag, "id") or 0) for n in existing]
    taken = {unescape(attribute(n.start_tag, "name") or "").casefold() for n in existing}
    twice = [name for name in names if name is not None and name.casefold() in taken]
    if twice:
        # A table's column names are its header cells, each once: beside the user's own
        # "Why", the tool's "Why" cannot join the table, so the table stays as it is.
        return Widening(
            None,
            f'the table has a column "{twice[0]}" of its own, and a table cannot have two '
            "columns of one name; rename yours and the next run widens the table",
        )
    next_id = max(ids, default=0) + 1
    p = doc.prefix
    for name in names:
        assert name is not None
        columns.append(
            Node(
                "tableColumn",
                f'<{p}tableColumn id="{next_id}" name="{escape_attribute(name)}"/>'.encode(),
            )
        )
        next_id += 1
    columns.head = set_attribute(columns.head, "count", str(len(existing) + len(names)))
    columns_node.data = columns.join()
    ref = format_range(min_col, min_row, high, max_row)
    doc.head = doc.head[: -len(tag)] + set_attribute(tag, "ref", ref)
    auto = doc.first("autoFilter")
    if auto is not None:
        # The filter's own rows (a totals row is never in it), one edge further right.
        totals = int(attribute(tag, "totalsRowCount") or 0)
        rows = parse_range(attribute(auto.start_tag, "ref") or "")
        last = rows[3] if rows is not None else max_row - totals
        wide = format_range(min_col, min_row, high, last)
        auto.data = set_attribute(auto.start_tag, "ref", wide) + auto.data[len(auto.start_tag) :]
    return Widening(doc.join())


def _between_reason(
    first: int, last: int, header_text: Mapping[int, str | None], others: Collection[TableRange]
) -> str:
    """Why the columns ``first``..``last`` (1-based) keep the table from the tool's columns."""
    between = [t for t in others if t.bounds[0] <= last and t.bounds[2] >= first]
    if between:
        named = ", ".join(f'"{t.name}" ({t.ref})' for t in between)
        return (
            f"the table{'s' if len(between) > 1 else ''} {named} stand"
            f"{'' if len(between) > 1 else 's'} between them, and the tool never writes into "
            "another table; move it elsewhere and delete the emptied columns, and the next run "
            "widens the table"
        )
    span = (
        column_letter(first) if first == last else f"{column_letter(first)}:{column_letter(last)}"
    )
    headers = [t for c in range(first, last + 1) if (t := header_text.get(c))]
    named = f" ({', '.join(headers)})" if headers else ""
    return (
        f"your column{'s' if last > first else ''} {span}{named} outside the table stand"
        f"{'' if last > first else 's'} between them; widen the table over "
        f"{'them' if last > first else 'it'} ({RESIZE_TABLE}), and the next run "
        "widens it over the tool's columns"
    )


def not_widened_note(table: TableRange, block: Block, reason: str) -> str:
    """The note for the tracker's table left narrower than the tool's columns."""
    low, high = block.span
    return (
        f'the Excel Table "{table.name}" ({table.ref}) was not widened over the tool\'s '
        f"columns {column_letter(low)}:{column_letter(high)}, so sorting or filtering it "
        f"leaves their cells where they are, not beside their rows: {reason}"
    )


class Lengthening(NamedTuple):
    """The tracker's table part taken down over the rows the run writes below it (None when
    it is left as it is), the table's name, its first row taken in and its new range."""

    data: bytes | None
    name: str = ""
    first: int = 0
    last: int = 0
    ref: str = ""
    # The Table ``init`` made (``made_by_init``): taking in the rows typed under its example
    # rows is what a person filling the template expects, said only with -v.
    quiet: bool = False

    def note(self, *, planned: bool = False) -> str:
        """The notice that says so; ``planned``: as a dry run says it."""
        rows = (
            f"row {self.last}" if self.first == self.last else f"rows {self.first} to {self.last}"
        )
        takes, held = ("would take in", "would hold") if planned else ("now takes in", "hold")
        return (
            f'the Excel Table "{self.name}" {takes} {rows} (it {"would be" if planned else "is"} '
            f"{self.ref}), the tracker rows below it, as Excel does with a row typed under a "
            f"Table: its filter, banding and sorting {held} them."
        )


def lengthen_table(
    data: bytes,
    last_row: int,
    header_row: int,
    company_column: int | None = None,
    others: Collection[TableRange] = (),
) -> Lengthening:
    """The tracker's table part (``is_tracker_table``) with its range, and its filter's, down
    to ``last_row``, the tracker's last row, as Excel takes in a row typed right under a table:
    its filter, banding, sorting and structured references then hold the rows the run reads
    and writes below it (typed there in LibreOffice or by a script, or after an empty row).
    Left as it is: a table with a totals row (the rows below it are the person's), the result
    of a query (a refresh would drop the rows), one already that long, or one whose way down is
    taken by another of the ``others`` tables."""
    doc = split_document(data)
    tag = doc.root_tag
    bounds = parse_range(attribute(tag, "ref") or "")
    if bounds is None or attribute(tag, "headerRowCount") == "0":
        return Lengthening(None)
    min_col, min_row, max_col, max_row = bounds
    if not is_tracker_table(bounds, header_row, company_column) or max_row >= last_row:
        return Lengthening(None)
    if int(attribute(tag, "totalsRowCount") or 0) or attribute(tag, "tableType") == "queryTable":
        return Lengthening(None)
    if any(
        o.bounds[0] <= max_col and o.bounds[2] >= min_col and max_row < o.bounds[1] <= last_row
        for o in others
    ):
        return Lengthening(None)
    doc.head = doc.head[: -len(tag)] + set_attribute(
        tag, "ref", format_range(*bounds[:3], last_row)
    )
    auto = doc.first("autoFilter")
    if auto is not None:
        rows = parse_range(attribute(auto.start_tag, "ref") or "")
        if rows is not None:
            ref = format_range(rows[0], rows[1], rows[2], last_row)
            auto.data = set_attribute(auto.start_tag, "ref", ref) + auto.data[len(auto.start_tag) :]
    name = unescape(attribute(tag, "displayName") or attribute(tag, "name") or "?")
    ref = format_range(min_col, min_row, max_col, last_row)
    return Lengthening(doc.join(), name, max_row + 1, last_row, ref, made_by_init(doc, name))


# The name of the Table ``followup-batch init`` puts its template in (``init.TABLE_NAME``).
INIT_TABLE = "Interviews"


def made_by_init(table: Document, name: str) -> bool:
    """Whether a table part is the one ``init`` made: named as it names it, its columns the
    template's headers in their order (the tool's own after them). Its Table covers the two
    example rows only, and a first run after the person typed theirs under them took them in
    saying 'the Excel Table "Interviews" now takes in rows 4 to 11', jargon of a Table the
    person never made (ot150)."""
    from followup_batch.read.fields import TEMPLATE_FIELDS

    if name != INIT_TABLE:
        return False
    node = table.first("tableColumns")
    if node is None:
        return False
    names = [
        unescape(attribute(column.start_tag, "name") or "")
        for column in children(node).nodes
        if column.name == "tableColumn"
    ]
    return names[: len(TEMPLATE_FIELDS)] == [field.header for field in TEMPLATE_FIELDS]
