"""Byte-level editing of SpreadsheetML parts: change a few elements, keep every other byte.

The package writer never parses a part into a tree and serialises it back (that reorders
attributes, drops namespace prefixes and unknown markup). It splits a part into its root's
child elements as byte ranges (``split_document``), replaces or inserts a few of them in the
order the schema requires, and joins the bytes again. Worksheet rows are handled one at a
time by regular expressions over ``<row>`` and ``<c>`` elements (``ROW``/``cell_pattern``):
a sheet of 100,000 rows is never held as a tree.

Everything here works on ``bytes`` (UTF-8, as every OOXML part the tool edits is written).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from xml.etree import ElementTree

from followup_batch.read.column_letters import column_letter

XML_DECLARATION = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'

# A tag, comment, processing instruction or CDATA section. Attribute values are matched as
# quoted strings so a ">" inside one does not end the tag. A tag holds no "<" (XML escapes it
# in a value), so an unclosed one ends at the next "<", not the part's end: one is not read
# again to the end from each tag's start. Runs of its characters are taken whole (they stop at
# the first ">" or "/>" outside quotes, as reading them one at a time did), which is also
# faster on a sheet's tags.
TAG = re.compile(
    rb"<!--.*?-->|<\?.*?\?>|<!\[CDATA\[.*?\]\]>|<!DOCTYPE[^>]*>"
    rb"|<(/?)([A-Za-z_][\w.:-]*+)((?:[^<>\"'/]++|/(?!>)|\"[^<\"]*+\"|'[^<']*+')*+)(/?)>",
    re.S,
)
ATTRIBUTES = rb"((?:[^>\"']|\"[^\"]*\"|'[^']*')*?)"
NAMESPACE_DECLARATION = re.compile(rb"\sxmlns(?::([\w.-]+))?\s*=\s*([\"'])(.*?)\2", re.S)

# CT_Worksheet's child elements in schema order (ECMA-376 Part 1, 18.3.1.99).
WORKSHEET_ORDER: tuple[str, ...] = (
    "sheetPr",
    "dimension",
    "sheetViews",
    "sheetFormatPr",
    "cols",
    "sheetData",
    "sheetCalcPr",
    "sheetProtection",
    "protectedRanges",
    "scenarios",
    "autoFilter",
    "sortState",
    "dataConsolidate",
    "customSheetViews",
    "mergeCells",
    "phoneticPr",
    "conditionalFormatting",
    "dataValidations",
    "hyperlinks",
    "printOptions",
    "pageMargins",
    "pageSetup",
    "headerFooter",
    "rowBreaks",
    "colBreaks",
    "customProperties",
    "cellWatches",
    "ignoredErrors",
    "smartTags",
    "drawing",
    "legacyDrawing",
    "legacyDrawingHF",
    "drawingHF",
    "picture",
    "oleObjects",
    "controls",
    "webPublishItems",
    "tableParts",
    "extLst",
)
# CT_Stylesheet (18.8.39) and CT_Workbook (18.2.28).
STYLESHEET_ORDER: tuple[str, ...] = (
    "numFmts",
    "fonts",
    "fills",
    "borders",
    "cellStyleXfs",
    "cellXfs",
    "cellStyles",
    "dxfs",
    "tableStyles",
    "colors",
    "extLst",
)
WORKBOOK_ORDER: tuple[str, ...] = (
    "fileVersion",
    "fileSharing",
    "workbookPr",
    "workbookProtection",
    "bookViews",
    "sheets",
    "functionGroups",
    "externalReferences",
    "definedNames",
    "calcPr",
    "oleSize",
    "customWorkbookViews",
    "pivotCaches",
    "smartTagPr",
    "smartTagTypes",
    "webPublishing",
    "fileRecoveryPr",
    "webPublishObjects",
    "extLst",
)


class MalformedPart(ValueError):
    """A part is not the XML the writer expects (named in the message)."""


def local_name(name: bytes | str) -> str:
    text = name.decode() if isinstance(name, bytes) else name
    return text.rsplit(":", 1)[-1]


# ---------------------------------------------------------------------------------------------
# Attributes of one start tag


@functools.lru_cache(maxsize=64)  # a few dozen attribute names; 8,000 look-ups a workbook
def _attribute_pattern(name: str) -> re.Pattern[bytes]:
    """``name="value"``: group 1 up to the quote, group 2 the quote, group 3 the value."""
    return re.compile(rb"(\s" + re.escape(name.encode()) + rb"\s*=\s*)([\"'])(.*?)\2", re.S)


def attribute(tag: bytes, name: str) -> str | None:
    """The (still escaped) value of attribute ``name`` in a start tag, or None."""
    found = _attribute_pattern(name).search(tag)
    return None if found is None else found.group(3).decode()


def set_attribute(tag: bytes, name: str, value: str) -> bytes:
    """The start tag with ``name="value"`` set (replaced in place, or added at the end)."""
    encoded = escape_attribute(value).encode()
    found = _attribute_pattern(name).search(tag)
    if found is not None:
        return tag[: found.start()] + found.group(1) + b'"' + encoded + b'"' + tag[found.end() :]
    end = len(tag) - (2 if tag.endswith(b"/>") else 1)
    return tag[:end].rstrip() + b" " + name.encode() + b'="' + encoded + b'"' + tag[end:]


def without_attribute(tag: bytes, name: str) -> bytes:
    """The start tag without attribute ``name`` (as it is when it has none)."""
    found = _attribute_pattern(name).search(tag)
    return tag if found is None else tag[: found.start()] + tag[found.end() :]


def namespaces(tag: bytes) -> dict[str, str]:
    """Prefix ('' for the default namespace) -> URI, as declared in a start tag."""
    return {
        (m.group(1) or b"").decode(): m.group(3).decode()
        for m in NAMESPACE_DECLARATION.finditer(tag)
    }


def prefix_for(tag: bytes, uri: str) -> str | None:
    """'' or 'x:' when ``uri`` is bound in the tag, else None."""
    for prefix, bound in namespaces(tag).items():
        if bound == uri:
            return f"{prefix}:" if prefix else ""
    return None


# ---------------------------------------------------------------------------------------------
# Text


_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_VALID_ASCII = bytes(b for b in range(128) if b >= 0x20 or b in b"\t\n\r")
# ASCII that goes into XML text as it is: valid, and not one of the four it escapes.
_PLAIN_ASCII = bytes(b for b in _VALID_ASCII if b not in b"&<>\r")
# Excel reads "_x000D_" in cell text as an escaped character; a literal one is escaped itself.
_EXCEL_ESCAPE = re.compile("_(x[0-9A-Fa-f]{4}_)")


def escape_text(text: str) -> str:
    """``text`` for XML, in an element or an attribute value. A carriage return is written
    ``&#13;``: a parser reads a raw one as a line feed (XML's line-end rule), so a formula's
    text "Nordwind<CR>Logistik" never matched its cell again (ot99 F1)."""
    if text.isascii() and not text.encode().translate(None, _PLAIN_ASCII):
        return text  # nothing to drop or escape: one pass at memory speed, not four
    text = without_invalid_xml(text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("\r", "&#13;") if "\r" in text else text


def without_invalid_xml(text: str) -> str:
    """The text without the characters XML cannot hold. An ASCII text (nearly all) is checked
    by deleting its valid bytes, at memory speed; the regular expression takes 6 µs for a
    700-character ``mailto:`` link, and a big run escapes 150,000 of them."""
    if text.isascii():
        if not text.encode().translate(None, _VALID_ASCII):
            return text
    elif text.replace("\n", " ").replace("\t", " ").replace("\r", " ").isprintable():
        # ``isprintable`` is False for every character XML cannot hold (controls, surrogates,
        # non-characters), at memory speed: a formula or draft with an em dash is not run
        # through the regular expression (6 µs for a 700-character formula, 100,000 a run).
        return text
    return _INVALID_XML.sub("", text)


def escape_attribute(text: str) -> str:
    return escape_text(text).replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;")


def cell_text_xml(text: str) -> str:
    """Text for a ``<t>`` element of a cell or comment, Excel's ``_xHHHH_`` escape included."""
    return escape_text(_EXCEL_ESCAPE.sub(r"_x005F_\1", text))


def unescape(raw: bytes | str) -> str:
    text = raw.decode() if isinstance(raw, bytes) else raw
    if "&" not in text:
        return text
    plain = _predefined_only(text)
    if plain is not None:
        return plain
    return ElementTree.fromstring(f"<t>{text}</t>").text or ""


_PREDEFINED = (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'"))


def _predefined_only(text: str) -> str | None:
    """``text`` unescaped when its only references are XML's five predefined entities and the
    parser would change nothing else in it (no line end to normalise, nothing it refuses):
    the status formulas of a re-run hold ``&amp;`` in every row, and parsing each as a
    document took 20 µs (100,000 rows: 2 s). None: left to the parser."""
    if "<" in text or "\r" in text or "]]>" in text or not _valid_xml(text):
        return None
    for entity, char in _PREDEFINED:
        text = text.replace(entity, char)  # a char put in starts no entity: no & among them
    if "&" in text.replace("&amp;", ""):
        return None  # a character reference (&#10;) or an unknown entity: the parser's
    return text.replace("&amp;", "&")


def _valid_xml(text: str) -> bool:
    if text.isascii():
        return not text.encode().translate(None, _VALID_ASCII)
    return _INVALID_XML.search(text) is None


# ---------------------------------------------------------------------------------------------
# Cell references


@functools.lru_cache(maxsize=4096)  # a sheet has few columns, and two look-ups per row
def column_index(letters: str | bytes) -> int:
    text = letters.decode() if isinstance(letters, bytes) else letters
    index = 0
    for char in text.upper():
        index = index * 26 + ord(char) - 64
    return index


_REF = re.compile(r"\$?([A-Za-z]{1,3})\$?(\d+)")


def parse_range(text: str) -> tuple[int, int, int, int] | None:
    """'B2:D9' -> (min_col, min_row, max_col, max_row); 'C3' -> (3, 3, 3, 3); else None."""
    one = _REF.fullmatch(text)
    if one is not None:  # a cell's reference, as a link's or a note's nearly always is
        column, row = column_index(one.group(1)), int(one.group(2))
        return column, row, column, row
    parts = text.split("!")[-1].strip().split(":")
    refs = [_REF.fullmatch(part) for part in parts]
    if not 1 <= len(refs) <= 2 or any(ref is None for ref in refs):
        return None
    cols = [column_index(ref.group(1)) for ref in refs if ref]
    rows = [int(ref.group(2)) for ref in refs if ref]
    return min(cols), min(rows), max(cols), max(rows)


def format_range(min_col: int, min_row: int, max_col: int, max_row: int) -> str:
    first = f"{column_letter(min_col)}{min_row}"
    last = f"{column_letter(max_col)}{max_row}"
    return first if first == last else f"{first}:{last}"


def compact_ranges(cells: Iterable[tuple[int, int]], shown: int = 10) -> str:
    """Cells ((column, row), 1-based) as the fewest ranges a person reads at a glance, top to
    bottom: a run of rows in a column is one range, and runs of the same rows in neighbouring
    columns are one block ("H6:I40, K12"); past ``shown`` ranges, how many more there are
    and how many cells in all."""
    rows_of: dict[int, list[int]] = {}
    distinct = sorted(set(cells))
    for column, row in distinct:
        rows_of.setdefault(column, []).append(row)
    runs: list[tuple[int, int, int]] = []  # (first row, last row, column)
    for column, rows in rows_of.items():
        first = last = rows[0]
        for row in rows[1:]:
            if row != last + 1:
                runs.append((first, last, column))
                first = row
            last = row
        runs.append((first, last, column))
    blocks: list[list[int]] = []  # [min_col, min_row, max_col, max_row]
    for first, last, column in sorted(runs):
        block = blocks[-1] if blocks else None
        if block is not None and (block[1], block[3], block[2] + 1) == (first, last, column):
            block[2] = column
        else:
            blocks.append([column, first, column, last])
    blocks.sort(key=lambda b: (b[1], b[0]))
    text = ", ".join(format_range(*block) for block in blocks[:shown])
    more = len(blocks) - shown
    if more <= 0:
        return text
    ranges = f"{more:,} more range{'s' if more != 1 else ''}"
    return f"{text} and {ranges} ({len(distinct):,} cells in all)"


# ---------------------------------------------------------------------------------------------
# A part as its root's child elements


@dataclass
class Node:
    """One child of the root: an element (``name`` its local name) or the text between."""

    name: str  # '' for whitespace, comments and processing instructions between elements
    data: bytes

    @property
    def start_tag(self) -> bytes:
        match = TAG.match(self.data)
        return match.group(0) if match else b""


@dataclass
class Document:
    """A part split at its root's children: ``head`` ends with the root's start tag."""

    head: bytes
    nodes: list[Node]
    tail: bytes  # the root's end tag and what follows it
    root: str  # local name of the root element
    prefix: str  # the root's namespace prefix with its colon ('' or 'x:')
    self_closing: bool = False
    order: Sequence[str] = field(default=())

    @property
    def root_tag(self) -> bytes:
        return self.head[self.head.rfind(b"<") :]

    def join(self) -> bytes:
        body = b"".join(node.data for node in self.nodes)
        if self.self_closing:
            if not self.nodes:
                return self.head + self.tail
            open_tag = self.head[:-2].rstrip() + b">"
            return open_tag + body + f"</{self.prefix}{self.root}>".encode() + self.tail
        return self.head + body + self.tail

    def elements(self, name: str) -> list[Node]:
        return [node for node in self.nodes if node.name == name]

    def first(self, name: str) -> Node | None:
        return next((node for node in self.nodes if node.name == name), None)

    def remove(self, node: Node) -> None:
        self.nodes = [n for n in self.nodes if n is not node]

    def insert(self, node: Node) -> None:
        """Insert after the last child that comes no later in the schema order."""
        rank = self.order.index(node.name)
        position = 0
        for index, existing in enumerate(self.nodes):
            if existing.name in self.order and self.order.index(existing.name) <= rank:
                position = index + 1
        self.nodes.insert(position, node)

    def append(self, node: Node) -> None:
        """Append after the last element child (before trailing whitespace)."""
        position = max((i + 1 for i, n in enumerate(self.nodes) if n.name), default=0)
        self.nodes.insert(position, node)

    def element(self, name: str, body: str = "", attributes: str = "") -> Node:
        """A new child element in the document's namespace prefix."""
        tag = f"{self.prefix}{name}"
        text = f"<{tag}{attributes}>{body}</{tag}>" if body else f"<{tag}{attributes}/>"
        return Node(name, text.encode())


def split_document(data: bytes, order: Sequence[str] = ()) -> Document:
    """Split ``data`` (a whole part, or one element) at its root's child elements."""
    matches = TAG.finditer(data)
    for start in matches:
        if start.group(2) is not None:
            break
    else:
        raise MalformedPart("no root element")
    if start.group(1):
        raise MalformedPart("an end tag before the root element")
    root_name = start.group(2).decode()
    prefix = root_name[: root_name.index(":") + 1] if ":" in root_name else ""
    root = local_name(root_name)
    if start.group(4):
        return Document(data[: start.end()], [], data[start.end() :], root, prefix, True, order)
    nodes: list[Node] = []
    depth = 0
    text_start = start.end()
    child_start, child_name = 0, ""
    for match in matches:
        name = match.group(2)
        if name is None:
            continue
        if depth == 0 and match.start() > text_start:  # whitespace or comments between
            nodes.append(Node("", data[text_start : match.start()]))
            text_start = match.start()
        if match.group(1):  # end tag
            if depth == 0:
                return Document(
                    data[: start.end()], nodes, data[match.start() :], root, prefix, order=order
                )
            depth -= 1
            if depth == 0:
                nodes.append(Node(child_name, data[child_start : match.end()]))
                text_start = match.end()
        elif match.group(4):  # empty element
            if depth == 0:
                nodes.append(Node(local_name(name), match.group(0)))
                text_start = match.end()
        else:
            if depth == 0:
                child_start, child_name = match.start(), local_name(name)
            depth += 1
    raise MalformedPart(f"<{root_name}> is not closed")


def children(node: Node) -> Document:
    """The element ``node`` split at its own children (an empty element gives none)."""
    return split_document(node.data)


def element_signature(data: bytes, declarations: bytes) -> object:
    """A comparable form of an element: name, attributes, stripped text, children.

    ``declarations`` are the namespace declarations of the part's root (``xmlns...`` bytes),
    so an element cut out of the part parses on its own. Unparseable elements compare unequal
    to everything.
    """
    try:
        element = ElementTree.fromstring(b"<w " + declarations + b">" + data + b"</w>")[0]
    except (ElementTree.ParseError, IndexError):
        return object()

    def signature(e: ElementTree.Element) -> object:
        return (
            e.tag,
            tuple(sorted(e.attrib.items())),
            (e.text or "").strip(),
            tuple(signature(child) for child in e),
        )

    return signature(element)


def declarations(root_tag: bytes) -> bytes:
    return b" ".join(m.group(0).strip() for m in NAMESPACE_DECLARATION.finditer(root_tag))
