"""The few styles the package writer needs, added to ``xl/styles.xml`` without renumbering.

Cells refer to styles by position (``s="3"`` is the fourth ``<xf>`` of ``cellXfs``), so the
user's entries never move: ours are appended, and on a re-run found again by content (the same
element, compared as XML) instead of appended twice.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from followup_batch.write.xlsx.xmlbytes import (
    STYLESHEET_ORDER,
    Document,
    Node,
    attribute,
    children,
    declarations,
    element_signature,
    escape_attribute,
    set_attribute,
    split_document,
    unescape,
)

DATE_FORMAT = "yyyy-mm-dd"
FIRST_CUSTOM_FORMAT = 164  # ids below are Excel's built-in number formats
HEADER_FILL_RGB = "FFDCE6F1"  # light grey-blue, as workbook.HEADER_FILL


@dataclass(frozen=True)
class Dxf:
    """A conditional format's look: fill and font colours (RRGGBB); no fill keeps the cell's
    own (a muted row's grey text on the user's banding)."""

    fill: str | None
    font: str


@dataclass(frozen=True)
class OwnStyles:
    header_xf: int  # bold on a light fill: the tool's header cells
    header_wrapped_xf: int  # the same, wrapped: in a header row whose headers wrap
    date_xf: int  # yyyy-mm-dd: the tool's date cells
    wrapped_xf: int  # wrapped text, top-aligned: the drafts
    top_xf: int  # top-aligned, not wrapped: Why and Problems show their first line
    dxfs: tuple[int, ...]  # one per requested conditional format, in order
    link_xf: int = 0  # blue, underlined, top-aligned: cells that hold a link
    date_top_xf: int = 0  # a date, top-aligned: beside wrapped text (the Drafts sheet)
    wrapping_xfs: frozenset[int] = frozenset()  # every cell style that wraps, the user's too
    indented_xf: int = 0  # text set in from the left: beside a right-aligned number
    header_indented_xf: int = 0  # a header cell set in as its column's cells are


def add_own_styles(styles: bytes, dxfs: Sequence[Dxf]) -> tuple[bytes, OwnStyles]:
    """``styles.xml`` with the tool's styles present, and their indexes."""
    return _with_own_styles(styles, tuple(dxfs))


# Trackers made from one template share their styles part, and a re-run's part is the one the
# last run wrote: working the same part out again was 5 ms of each of a coach's 50-row files.
@functools.lru_cache(maxsize=8)
def _with_own_styles(styles: bytes, dxfs: tuple[Dxf, ...]) -> tuple[bytes, OwnStyles]:
    doc = split_document(styles, STYLESHEET_ORDER)
    p = doc.prefix
    names = declarations(doc.root_tag)
    format_id = _date_format(doc)
    fonts = _container(doc, "fonts")
    first_font = next((n for n in children(fonts).nodes if n.name == "font"), None)
    bold = _bold(first_font.data, p) if first_font else f"<{p}font><{p}b/></{p}font>".encode()
    font_id = _find_or_append(doc, "fonts", "font", bold, names)
    fill = (
        f'<{p}fill><{p}patternFill patternType="solid"><{p}fgColor rgb="{HEADER_FILL_RGB}"/>'
        f'<{p}bgColor indexed="64"/></{p}patternFill></{p}fill>'
    ).encode()
    fill_id = _find_or_append(doc, "fills", "fill", fill, names)
    header = (
        f'<{p}xf numFmtId="0" fontId="{font_id}" fillId="{fill_id}" borderId="0" xfId="0" '
        'applyFont="1" applyFill="1"/>'
    ).encode()
    date = (
        f'<{p}xf numFmtId="{format_id}" fontId="0" fillId="0" borderId="0" xfId="0" '
        'applyNumberFormat="1"/>'
    ).encode()
    wrapped = (
        f'<{p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">'
        f'<{p}alignment vertical="top" wrapText="1"/></{p}xf>'
    ).encode()
    top = (
        f'<{p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">'
        f'<{p}alignment vertical="top"/></{p}xf>'
    ).encode()
    link_font = _link_font(first_font.data if first_font else None, p)
    link_font_id = _find_or_append(doc, "fonts", "font", link_font, names)
    link = (
        f'<{p}xf numFmtId="0" fontId="{link_font_id}" fillId="0" borderId="0" xfId="0" '
        f'applyFont="1" applyAlignment="1"><{p}alignment vertical="top"/></{p}xf>'
    ).encode()
    header_xf = _find_or_append(doc, "cellXfs", "xf", header, names)
    date_xf = _find_or_append(doc, "cellXfs", "xf", date, names)
    wrapped_xf = _find_or_append(doc, "cellXfs", "xf", wrapped, names)
    top_xf = _find_or_append(doc, "cellXfs", "xf", top, names)
    link_xf = _find_or_append(doc, "cellXfs", "xf", link, names)
    date_top = (
        f'<{p}xf numFmtId="{format_id}" fontId="0" fillId="0" borderId="0" xfId="0" '
        f'applyNumberFormat="1" applyAlignment="1"><{p}alignment vertical="top"/></{p}xf>'
    ).encode()
    date_top_xf = _find_or_append(doc, "cellXfs", "xf", date_top, names)
    header_wrapped = header[:-2] + (
        f' applyAlignment="1"><{p}alignment wrapText="1"/></{p}xf>'.encode()
    )
    header_wrapped_xf = _find_or_append(doc, "cellXfs", "xf", header_wrapped, names)
    indented = (
        f'<{p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">'
        f'<{p}alignment horizontal="left" indent="1"/></{p}xf>'
    ).encode()
    indented_xf = _find_or_append(doc, "cellXfs", "xf", indented, names)
    header_indented = header[:-2] + (
        f' applyAlignment="1"><{p}alignment horizontal="left" indent="1"/></{p}xf>'.encode()
    )
    header_indented_xf = _find_or_append(doc, "cellXfs", "xf", header_indented, names)
    dxf_ids = tuple(_find_or_append(doc, "dxfs", "dxf", _dxf(d, p), names) for d in dxfs)
    return doc.join(), OwnStyles(
        header_xf,
        header_wrapped_xf,
        date_xf,
        wrapped_xf,
        top_xf,
        dxf_ids,
        link_xf,
        date_top_xf,
        _wrapping(doc),
        indented_xf,
        header_indented_xf,
    )


def _wrapping(doc: Document) -> frozenset[int]:
    """The cell styles (indexes in ``cellXfs``) whose text wraps."""
    node = doc.first("cellXfs")
    items = [n for n in children(node).nodes if n.name == "xf"] if node is not None else []
    return frozenset(
        index
        for index, item in enumerate(items)
        if (found := _ALIGNMENT.search(item.data))
        and attribute(found.group(0), "wrapText") in ("1", "true")
    )


_ALIGNMENT = re.compile(rb"<(?:\w+:)?alignment\b[^>]*>")


def _link_font(font: bytes | None, p: str) -> bytes:
    """The workbook's default font, blue and underlined (how a link looks in a cell)."""
    size = re.search(rb"<(?:\w+:)?sz\b[^>]*/>", font or b"")
    name = re.search(rb"<(?:\w+:)?name\b[^>]*/>", font or b"")
    return (
        f"<{p}font><{p}u/>".encode()
        + (size.group(0) if size else f'<{p}sz val="11"/>'.encode())
        + f'<{p}color rgb="FF0563C1"/>'.encode()
        + (name.group(0) if name else f'<{p}name val="Calibri"/>'.encode())
        + f"</{p}font>".encode()
    )


def _dxf(dxf: Dxf, p: str) -> bytes:
    fill = (
        f'<{p}fill><{p}patternFill patternType="solid"><{p}fgColor rgb="FF{dxf.fill}"/>'
        f'<{p}bgColor rgb="FF{dxf.fill}"/></{p}patternFill></{p}fill>'
        if dxf.fill
        else ""
    )
    return f'<{p}dxf><{p}font><{p}color rgb="FF{dxf.font}"/></{p}font>{fill}</{p}dxf>'.encode()


def _bold(font: bytes, p: str) -> bytes:
    """The workbook's default font made bold (same face and size as the user's cells)."""
    if re.search(rb"<" + re.escape(p.encode()) + rb"b\s*/?>", font):
        return font
    if font.endswith(b"/>"):
        return font[:-2].rstrip() + f"><{p}b/></{p}font>".encode()
    end = font.index(b">") + 1
    return font[:end] + f"<{p}b/>".encode() + font[end:]


def _date_format(doc: Document) -> int:
    node = doc.first("numFmts")
    formats = children(node).nodes if node else []
    ids = []
    for item in formats:
        if item.name != "numFmt":
            continue
        number = attribute(item.start_tag, "numFmtId")
        code = attribute(item.start_tag, "formatCode")
        if number is None or not number.isdigit():
            continue
        if code is not None and unescape(code) == DATE_FORMAT:
            return int(number)
        ids.append(int(number))
    new_id = max([FIRST_CUSTOM_FORMAT - 1, *ids]) + 1
    element = (
        f'<{doc.prefix}numFmt numFmtId="{new_id}" formatCode="{escape_attribute(DATE_FORMAT)}"/>'
    )
    _append_child(doc, "numFmts", element.encode(), "numFmt")
    return new_id


def _container(doc: Document, name: str) -> Node:
    node = doc.first(name)
    if node is None:
        node = doc.element(name, attributes=' count="0"')
        doc.insert(node)
    return node


def _find_or_append(doc: Document, container: str, child: str, element: bytes, names: bytes) -> int:
    """The index of ``element`` among the container's children, appending it when absent."""
    node = _container(doc, container)
    wanted = element_signature(element, names)
    items = [n for n in children(node).nodes if n.name == child]
    for index, item in enumerate(items):
        if element_signature(item.data, names) == wanted:
            return index
    _append_child(doc, container, element, child)
    return len(items)


def _append_child(doc: Document, container: str, element: bytes, child: str) -> None:
    node = _container(doc, container)
    inner = children(node)
    inner.append(Node(child, element))
    count = sum(1 for n in inner.nodes if n.name)
    inner.head = set_attribute(inner.head, "count", str(count))
    node.data = inner.join()
