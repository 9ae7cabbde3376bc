"""Header notes (cell comments) written into the comments part and its VML drawing.

A legacy cell comment lives in two parts: the text in ``xl/commentsN.xml`` and the yellow box
that shows it in a VML drawing (``xl/drawings/vmlDrawingN.vml``). When the sheet already has
them (the user's comments, or form controls in the VML), the tool's notes are added to them;
its earlier notes are found again by author (comments) and by cell (VML shapes) and replaced.

VML written by Excel is not always well-formed XML and its namespace prefixes differ between
programs, so the VML is edited with regular expressions, using the prefixes it declares.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from followup_batch.read.package import MAIN_NS
from followup_batch.write.xlsx.design import GENERATED_NOTE
from followup_batch.write.xlsx.xmlbytes import (
    XML_DECLARATION,
    MalformedPart,
    Node,
    attribute,
    cell_text_xml,
    children,
    column_letter,
    namespaces,
    parse_range,
    split_document,
    unescape,
)

COMMENT_AUTHOR = "followup-batch"
VML_NS = "urn:schemas-microsoft-com:vml"
OFFICE_NS = "urn:schemas-microsoft-com:office:office"
EXCEL_NS = "urn:schemas-microsoft-com:office:excel"
NOTE_SHAPE_TYPE = "_x0000_t202"  # Excel's text-box shape type for notes


@dataclass(frozen=True)
class Note:
    row: int  # 1-based, as in the sheet
    column: int
    text: str

    @property
    def ref(self) -> str:
        return f"{column_letter(self.column)}{self.row}"


@dataclass(frozen=True)
class MergedComments:
    part: bytes
    written: tuple[Note, ...]  # the notes added (cells with a user's comment are skipped)
    removed: frozenset[tuple[int, int]]  # (row, column) of the tool's earlier notes


def merge_comments(existing: bytes | None, notes: Sequence[Note]) -> MergedComments:
    """The comments part with the tool's earlier notes replaced by ``notes``."""
    return _merged_comments(existing, tuple(notes))


# The trackers of a coach share one template: every workbook of a run has the same comments
# part and drawing and gets the same header notes, so each merge is made once a run (0.9 ms
# and 0.3 ms a workbook). Both are pure functions of their inputs, and return bytes or
# frozen values.
@functools.lru_cache(maxsize=8)
def _merged_comments(existing: bytes | None, notes: tuple[Note, ...]) -> MergedComments:
    if existing is None or not existing.strip():  # none, or emptied by another program
        body = "".join(_comment(note, 0, "") for note in notes)
        part = (
            f'<comments xmlns="{MAIN_NS}"><authors><author>{COMMENT_AUTHOR}</author></authors>'
            f"<commentList>{body}</commentList></comments>"
        ).encode()
        return MergedComments(XML_DECLARATION + part, tuple(notes), frozenset())
    doc = split_document(existing)
    p = doc.prefix
    authors_node = doc.first("authors")
    if authors_node is None:
        authors_node = Node("authors", f"<{p}authors></{p}authors>".encode())
        doc.nodes.insert(0, authors_node)
    authors = children(authors_node)
    names = [_inner_text(n.data) for n in authors.nodes if n.name == "author"]
    if COMMENT_AUTHOR in names:
        author_id = names.index(COMMENT_AUTHOR)
    else:
        author_id = len(names)
        authors.append(Node("author", f"<{p}author>{COMMENT_AUTHOR}</{p}author>".encode()))
        authors_node.data = authors.join()
    list_node = doc.first("commentList")
    if list_node is None:
        list_node = Node("commentList", f"<{p}commentList></{p}commentList>".encode())
        doc.nodes.insert(doc.nodes.index(authors_node) + 1, list_node)
    comments = children(list_node)
    removed: set[tuple[int, int]] = set()
    users: set[tuple[int, int]] = set()
    kept: list[Node] = []
    for node in comments.nodes:
        cell = _cell(attribute(node.start_tag, "ref")) if node.name == "comment" else None
        if cell is not None and _tools_note(node, str(author_id)):
            removed.add(cell)
            continue
        if cell is not None:
            users.add(cell)
        kept.append(node)
    written = tuple(note for note in notes if (note.row, note.column) not in users)
    comments.nodes = kept
    for note in written:
        comments.append(Node("comment", _comment(note, author_id, p).encode()))
    list_node.data = comments.join()
    return MergedComments(doc.join(), written, frozenset(removed))


def tool_noted_columns(existing: bytes | None, row: int) -> frozenset[int]:
    """The columns whose cell in ``row`` (the header) holds the tool's note: the tool's own
    columns, told from a user's of the same name. Nothing when the part cannot be read."""
    return frozenset(column for column, _ in _tool_notes_in(existing, row))


# The status header's note says the as-of date of the run that wrote it (``header_note``):
# every version of the tool has written it, and LibreOffice keeps it when it saves.
_AS_OF = re.compile(r"^as of (\d{4}-\d{2}-\d{2})\s*$", re.M)


def noted_as_of(existing: bytes | None, row: int) -> dt.date | None:
    """The as-of date the tool's note on a header cell in ``row`` states; None when no note
    states one (or the part cannot be read)."""
    for _, text in _tool_notes_in(existing, row):
        found = _AS_OF.search(text)
        if found is not None:
            with contextlib.suppress(ValueError):
                return dt.date.fromisoformat(found.group(1))
    return None


def status_noted_column(existing: bytes | None, row: int) -> int | None:
    """The column of the header cell in ``row`` whose tool's note states the as-of date: the
    tool's status column, whatever its header now says (``retyped``); None when none does."""
    for column, text in _tool_notes_in(existing, row):
        if _AS_OF.search(text) is not None:
            return column
    return None


def noted_without_legend(existing: bytes | None, row: int) -> bool:
    """Whether the tool's note stating the as-of date on a header cell in ``row`` ends with
    that line: the note of a workbook whose statuses are not live, and of the earliest
    versions of the tool, which kept no record of their runs (``rerun.no_record_reason``)."""
    for _, text in _tool_notes_in(existing, row):
        found = _AS_OF.search(text)
        if found is not None:
            return not text[found.end() :].strip()
    return False


def _tool_notes_in(existing: bytes | None, row: int) -> list[tuple[int, str]]:
    """(column, text) of each of the tool's notes on a cell of ``row``."""
    if not existing or not existing.strip():
        return []
    try:
        doc = split_document(existing)
    except MalformedPart:
        return []
    authors_node, list_node = doc.first("authors"), doc.first("commentList")
    if authors_node is None or list_node is None:
        return []
    names = [_inner_text(n.data) for n in children(authors_node).nodes if n.name == "author"]
    author_id = str(names.index(COMMENT_AUTHOR)) if COMMENT_AUTHOR in names else None
    found = []
    for node in children(list_node).nodes:
        if node.name != "comment" or not _tools_note(node, author_id):
            continue
        cell = _cell(attribute(node.start_tag, "ref"))
        if cell is not None and cell[0] == row:
            found.append((cell[1], _inner_text(node.data)))
    return found


def _comment(note: Note, author_id: int, p: str) -> str:
    return (
        f'<{p}comment ref="{note.ref}" authorId="{author_id}"><{p}text>'
        f'<{p}t xml:space="preserve">{cell_text_xml(note.text)}</{p}t></{p}text></{p}comment>'
    )


def _tools_note(node: Node, author_id: str | None) -> bool:
    """A note the tool wrote: by its first words, or by its author (LibreOffice saves every
    note under one blank author, so after a save there the author tells nothing) unless it is
    one of ``init``'s notes on the columns the person fills in (``_init_help``)."""
    text = _inner_text(node.data)
    if text.lstrip().startswith(GENERATED_NOTE):
        return True
    by_tool = author_id is not None and attribute(node.start_tag, "authorId") == author_id
    return by_tool and not _init_help(text)


def _init_help(text: str) -> bool:
    """Whether a note is one ``init`` wrote, under the tool's name, on a column the person
    fills in ("Company (required): employer"): the person's help, kept by every run. Taken
    for the tool's own, the first run took them all off and said 24 times that the columns
    were the tool's and are "yours now" (ot131 F2)."""
    from followup_batch.read.fields import FIELDS

    header, bracket, rest = text.strip().partition(" (")
    return bool(bracket) and "): " in rest and header in {f.header for f in FIELDS}


def _inner_text(element: bytes) -> str:
    """The text of a note's element, its tags taken out. A tag ends at its '>', or at the next
    '<' (which no tag holds): an unclosed '<a ' in a damaged part is then scanned once, not
    from each '<' to the end."""
    start, end = element.find(b">") + 1, element.rfind(b"<")
    return unescape(re.sub(rb"<[^<>]*+>", b"", element[start:end])) if end > start else ""


def _cell(ref: str | None) -> tuple[int, int] | None:
    bounds = parse_range(ref or "")
    return None if bounds is None else (bounds[1], bounds[0])


# ---------------------------------------------------------------------------------------------
# VML

_SHAPE = re.compile(rb"<((?:\w+:)?)shape\b[^>]*>.*?</\1shape>", re.S)
_ROW = re.compile(rb"<(?:\w+:)?Row>\s*(\d+)\s*</")
_COLUMN = re.compile(rb"<(?:\w+:)?Column>\s*(\d+)\s*</")
_SHAPE_ID = re.compile(rb"_x0000_s(\d+)")
_IDMAP = re.compile(rb"<(?:\w+:)?idmap\b[^>]*\bdata=[\"']([\d,\s]*)[\"']")


def used_idmaps(vml_parts: Sequence[bytes]) -> set[int]:
    """The drawing id blocks taken by the package's VML parts (each holds 1024 shape ids)."""
    taken: set[int] = set()
    for data in vml_parts:
        for match in _IDMAP.finditer(data):
            taken.update(int(x) for x in re.findall(rb"\d+", match.group(1)))
    return taken


def merge_vml(
    existing: bytes | None,
    notes: Sequence[Note],
    remove: Collection[tuple[int, int]],
    idmap: int,
) -> bytes:
    """The VML drawing with the shapes at ``remove`` (row, column) dropped and ``notes`` added.

    A note shape already at a note's cell goes too: a cell shows one note, and a drawing whose
    comments part was lost still holds the tool's earlier shapes (they would pile up)."""
    return _merged_vml(existing, tuple(notes), frozenset(remove), idmap)


@functools.lru_cache(maxsize=8)
def _merged_vml(
    existing: bytes | None,
    notes: tuple[Note, ...],
    remove: frozenset[tuple[int, int]],
    idmap: int,
) -> bytes:
    if existing is None or not existing.strip():  # none, or emptied by another program
        return (
            f'<xml xmlns:v="{VML_NS}" xmlns:o="{OFFICE_NS}" xmlns:x="{EXCEL_NS}">'
            f'<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="{idmap}"/></o:shapelayout>'
            f"{_shape_type('v:', 'o:')}"
            + "".join(
                _shape(note, idmap * 1024 + 1 + i, "v:", "o:", "x:") for i, note in enumerate(notes)
            )
            + "</xml>"
        ).encode()
    data = existing
    root = re.search(rb"<(?:\w+:)?xml\b[^>]*>", data)
    if root is None:
        raise MalformedPart("the VML drawing has no <xml> root")
    root_tag = root.group(0)
    bound = {uri: prefix for prefix, uri in namespaces(root_tag).items() if prefix}
    added = b""
    prefixes = {}
    for uri, wanted in ((VML_NS, "v"), (OFFICE_NS, "o"), (EXCEL_NS, "x")):
        if uri in bound:
            prefixes[uri] = bound[uri] + ":"
            continue
        name = wanted if wanted not in bound.values() else f"fb{wanted}"
        added += f' xmlns:{name}="{uri}"'.encode()
        prefixes[uri] = name + ":"
    if added:
        new_root = (
            root_tag[:-1].rstrip(b"/") + added + (b"/>" if root_tag.endswith(b"/>") else b">")
        )
        data = data[: root.start()] + new_root + data[root.end() :]
    dropped = set(remove) | {(note.row, note.column) for note in notes}

    def keep(match: re.Match[bytes]) -> bytes:
        shape = match.group(0)
        row, column = _ROW.search(shape), _COLUMN.search(shape)
        if b"Note" in shape and row and column:
            cell = (int(row.group(1)) + 1, int(column.group(1)) + 1)
            if cell in dropped:
                return b""
        return shape

    data = _SHAPE.sub(keep, data)
    v, o, x = prefixes[VML_NS], prefixes[OFFICE_NS], prefixes[EXCEL_NS]
    extra = "" if NOTE_SHAPE_TYPE.encode() in data else _shape_type(v, o)
    own_block = used_idmaps([data])
    base = min(own_block) if own_block else idmap
    first_id = max((int(n) for n in _SHAPE_ID.findall(data)), default=base * 1024) + 1
    extra += "".join(_shape(note, first_id + i, v, o, x) for i, note in enumerate(notes))
    end = data.rfind(b"</")
    if end < 0:
        raise MalformedPart("the VML drawing is not closed")
    return data[:end] + extra.encode() + data[end:]


def _shape_type(v: str, o: str) -> str:
    return (
        f'<{v}shapetype id="{NOTE_SHAPE_TYPE}" coordsize="21600,21600" {o}spt="202" '
        f'path="m,l,21600r21600,l21600,xe"><{v}stroke joinstyle="miter"/>'
        f'<{v}path gradientshapeok="t" {o}connecttype="rect"/></{v}shapetype>'
    )


def _shape(note: Note, shape_id: int, v: str, o: str, x: str) -> str:
    row, column = note.row - 1, note.column - 1  # VML counts from 0
    anchor = f"{column + 1}, 15, {max(row - 1, 0)}, 10, {column + 4}, 15, {row + 3}, 4"
    return (
        f'<{v}shape id="_x0000_s{shape_id}" type="#{NOTE_SHAPE_TYPE}" '
        'style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:180pt;'
        'height:45pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" '
        f'{o}insetmode="auto"><{v}fill color2="#ffffe1"/>'
        f'<{v}shadow on="t" color="black" obscured="t"/><{v}path {o}connecttype="none"/>'
        f'<{v}textbox style="mso-direction-alt:auto"><div style="text-align:left"></div>'
        f'</{v}textbox><{x}ClientData ObjectType="Note"><{x}MoveWithCells/><{x}SizeWithCells/>'
        f"<{x}Anchor>{anchor}</{x}Anchor><{x}AutoFill>False</{x}AutoFill>"
        f"<{x}Row>{row}</{x}Row><{x}Column>{column}</{x}Column></{x}ClientData></{v}shape>"
    )
