"""Whether a workbook already holds a write's result by its content, not its bytes.

A workbook opened in LibreOffice (or Excel) and saved with no edit holds the tool's result
spelled another way: styles renumbered, strings moved to the shared strings, comments and
their drawing written again, formulas spelled ``Calendars!`` for ``'Calendars'!``. Writing
it again would change nothing a person sees, and rotates a backup each time (``atomic``).

``same_result`` compares the write's output with the file it would replace on what a reader
of the tool's result sees: the cells' values and formulas (formulas compared once spelled
one way, ``normal_formula``), the conditional formats, drop-downs and hyperlinks of each sheet
the write touched, the header notes, the sheets' names, order and visibility, and the defined
names. Every part the write did not touch must hold the same bytes. Representation does not
count: style numbers, shared-string order, widths, the comments' drawing, relationship ids,
``fullCalcOnLoad`` (LibreOffice drops it; Excel and LibreOffice recalculate ``TODAY()`` on
open without it) and ``xl/calcChain.xml`` (Excel's cache, left out by every write).
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Collection, Iterator
from pathlib import Path
from urllib.parse import unquote
from xml.etree import ElementTree

from followup_batch.read.package import (
    COMMENTS_REL,
    MAIN_NS,
    REL_NS,
    SHARED_STRINGS_REL,
    WorkbookSheets,
    external_targets,
    open_package,
    read_rels,
    read_sheets,
)
from followup_batch.write.xlsx.rowbytes import RowFinder, cell_pattern, cells_of, row_number
from followup_batch.write.xlsx.scan import (
    SheetText,
    cell_string,
    inline_text,
    stream_sheet,
)
from followup_batch.write.xlsx.xmlbytes import MalformedPart, attribute, parse_range, unescape
from followup_batch.write.xlsx.zipcontainer import Archive

# Parts whose differences are representation: what they say is compared through the sheets.
_NOT_COMPARED = re.compile(
    r"(^|/)(\[Content_Types\]\.xml|styles\.xml|sharedStrings\.xml|app\.xml|calcChain\.xml)$"
    r"|\.rels$|\.vml$",
    re.I,
)
# Compared only up to this much XML in the parts a write touched (about a 15,000-row tracker
# with its Drafts sheet): a 100,000-row output (330 MB of sheet XML) took 340 s to compare on
# a busy 2-core machine, more than writing it; such a file is written as before.
COMPARED_MAX = 64 << 20
# LibreOffice cuts a hyperlink's address to 255 characters when it saves xlsx (the Compose
# links' mailto: bodies): the rest of the link is the draft, compared in its cell.
LINK_KEPT = 255
_PARTIAL_ESCAPE = re.compile(r"%[0-9A-Fa-f]?$")
_TABLE_PART = re.compile(r"(^|/)tables/[^/]+\.xml$", re.I)


def same_result(
    new: Path | str, old: Path | str, touched: Collection[str], removed: Collection[str]
) -> int | None:
    """Whether ``old`` holds what ``new`` (a write's output, ``touched``: the parts it
    changed or added, ``removed``: those it left out) holds, as a reader sees it: None when
    it does not, else how many of ``old``'s links are cut at ``LINK_KEPT`` characters where
    the write's go on (left so when ``old`` is kept). Any doubt (a part it cannot read) is a
    difference: the write goes ahead."""
    try:
        with Archive(new) as left, Archive(old) as right:
            return _same_package(left, right, set(touched), set(removed))
    except (
        OSError,
        KeyError,
        ValueError,  # MalformedPart, MalformedPackage
        ElementTree.ParseError,
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        NotImplementedError,
    ):
        return None


def _same_package(
    left: Archive, right: Archive, touched: set[str], removed: set[str]
) -> int | None:
    if left.names != right.names - removed:
        return None
    for name in left.names - touched:  # copied by the write: the same bytes, by CRC and size
        mine, theirs = left.getinfo(name), right.getinfo(name)
        if (mine.CRC, mine.file_size) != (theirs.CRC, theirs.file_size):
            return None
    if sum(left.getinfo(name).file_size for name in touched & left.names) > COMPARED_MAX:
        return None  # the comparison would cost more than the write (see COMPARED_MAX)
    book, other = open_package(left), open_package(right)
    if book.workbook_part is None or book.workbook_part != other.workbook_part:
        return None
    sheets = read_sheets(left, book.workbook_part)
    their_sheets = read_sheets(right, book.workbook_part)
    if _workbook_view(book.workbook) != _workbook_view(other.workbook):
        return None
    if [(s.name, s.part) for s in sheets.sheets] != [(s.name, s.part) for s in their_sheets.sheets]:
        return None
    worksheets = set(sheets.worksheets.values())
    comments = {
        part
        for sheet in worksheets
        for kind, part in read_rels(left, sheet, left.names).values()
        if kind == COMMENTS_REL
    }
    for part in sorted(touched - {book.workbook_part}):  # the small parts first
        if part in worksheets or _NOT_COMPARED.search(part):
            continue
        if part in comments:
            same = _comments(left.read(part)) == _comments(right.read(part))
        elif _TABLE_PART.search(part):
            same = _table(left.read(part)) == _table(right.read(part))
        else:
            same = left.read(part) == right.read(part)
        if not same:
            return None
    cut = 0
    for part in sorted(worksheets & touched, key=lambda p: left.getinfo(p).file_size):
        sheet_cut = _same_sheet(left, right, sheets, their_sheets, part)
        if sheet_cut is None:
            return None
        cut += sheet_cut
    return cut


# ---------------------------------------------------------------------------------------------
# The workbook part

_NS = {"m": MAIN_NS}


def _workbook_view(workbook: bytes) -> object:
    """The sheets' names, order and visibility and the defined names, as compared."""
    root = ElementTree.fromstring(workbook)
    sheets = [
        (sheet.get("name"), sheet.get("state", "visible"))
        for sheet in root.iter(f"{{{MAIN_NS}}}sheet")
    ]
    names = sorted(
        (
            name.get("name", ""),
            name.get("localSheetId", ""),
            name.get("hidden", "0") in ("1", "true"),
            normal_formula(name.text or ""),
        )
        for name in root.iter(f"{{{MAIN_NS}}}definedName")
    )
    return sheets, names


# ---------------------------------------------------------------------------------------------
# Formulas


# A string literal, or a quoted sheet name before its "!".
_QUOTED = re.compile(r"\"(?:[^\"]|\"\")*\"|'((?:[^']|'')*)'(?=!)")
# Where quoting a sheet name is optional: a plain name that is not a cell reference.
_PLAIN_NAME = re.compile(r"[^\W\d][\w.]*")
_CELL_LIKE = re.compile(r"[A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*")
_PREFIXES = re.compile(r"_xlfn\.|_xlws\.|_xludf\.", re.I)
_SPACE = re.compile(r"\s+")


def normal_formula(text: str) -> str:
    """``text`` spelled one way: function names, references and sheet names in capitals, a
    sheet name's optional quotes and the ``_xlfn.`` style prefixes left out, spaces only where
    they separate two names; string literals as they are."""
    text = text.strip().removeprefix("of:").removeprefix("=")
    spelled, position = [], 0
    for match in _QUOTED.finditer(text):
        spelled.append(_normal_code(text[position : match.start()]))
        sheet = match.group(1)
        if sheet is None:  # a string literal
            spelled.append(match.group(0))
        elif _PLAIN_NAME.fullmatch(sheet) and not _CELL_LIKE.fullmatch(sheet):
            spelled.append(sheet.upper())
        else:
            spelled.append(f"'{sheet.upper()}'")
        position = match.end()
    spelled.append(_normal_code(text[position:]))
    return "".join(spelled)


def _normal_code(code: str) -> str:
    code = _PREFIXES.sub("", code).upper()
    return _SPACE.sub(lambda m: _space_between(code, m), code)


def _space_between(code: str, match: re.Match[str]) -> str:
    before, after = code[match.start() - 1 : match.start()], code[match.end() : match.end() + 1]
    return " " if (before.isalnum() or before == "_") and (after.isalnum() or after == "_") else ""


# ---------------------------------------------------------------------------------------------
# Worksheets


def _same_sheet(
    left: Archive,
    right: Archive,
    sheets: WorkbookSheets,
    their_sheets: WorkbookSheets,
    part: str,
) -> int | None:
    """None when the sheet differs, else how many of its links ``right`` holds cut."""
    mine_text, theirs_text = SheetText(), SheetText()
    mine = _cells(left, sheets, part, mine_text)
    theirs = _cells(right, their_sheets, part, theirs_text)
    done = object()
    while True:  # in step: the first cell that differs ends it, the rest is not read
        a, b = next(mine, done), next(theirs, done)
        if a != b:
            return None
        if a is done:
            break
    *mine_view, mine_links = _sheet_view(left, part, mine_text)
    *their_view, their_links = _sheet_view(right, part, theirs_text)
    return _cut_links(mine_links, their_links) if mine_view == their_view else None


Cell = tuple[int, int, str, object, str]  # row, column, kind, value, normal formula


def _cells(archive: Archive, sheets: WorkbookSheets, part: str, text: SheetText) -> Iterator[Cell]:
    """The sheet's cells that hold a value or a formula, in order; ``text`` is filled with the
    rest of the sheet as it is streamed."""
    everything = _all_strings(archive, sheets.part_of(SHARED_STRINGS_REL))

    def strings(_indexes: set[int]) -> dict[int, str]:
        return everything

    shared_masters: dict[str, tuple[int, int, str]] = {}
    with archive.stream(part) as stream:
        blocks = stream_sheet(stream, text)
        first = next(blocks, b"")
        rows, cells = RowFinder(text.prefix), cell_pattern(text.prefix)
        formula = _formula_pattern(text.prefix)
        row_at = 0
        for block in (first, *blocks) if first else ():
            for row in rows.rows(block):
                number = row_number(row.attributes)
                row_at = number if number is not None else row_at + 1
                for cell in cells_of(row.content or b"", cells):
                    found = _cell(row_at, cell.column, cell.attributes, cell.content, strings)
                    if found is not None:
                        yield _with_formula(found, cell.content, formula, shared_masters)


def _all_strings(archive: Archive, part: str | None) -> dict[int, str]:
    """Every shared string by its index (a sheet's cells ask for them one at a time)."""
    if part is None or part not in archive.names:
        return {}
    item = re.compile(rb"<((?:\w+:)?)si\b[^>]*?(?:/>|>(.*?)</\1si>)", re.S)
    return {
        number: inline_text(match.group(2) or b"")
        for number, match in enumerate(item.finditer(archive.read(part)))
    }


def _formula_pattern(prefix: str) -> re.Pattern[bytes]:
    tag = re.escape(f"{prefix}f".encode())
    return re.compile(rb"<" + tag + rb"\b([^>]*?)(?:/>|>(.*?)</" + tag + rb">)", re.S)


def _cell(
    row: int,
    column: int,
    attributes: bytes,
    content: bytes | None,
    strings: Callable[[set[int]], dict[int, str]],
) -> tuple[int, int, str, object] | None:
    if not content:
        return None
    kind = attribute(attributes, "t") or "n"
    if kind in ("s", "inlineStr", "str"):
        found = cell_string(attributes, content, strings)
        text = found if found is not None else ""
        if not text and b"f" not in content:
            return None
        return row, column, "text", text.replace("\r\n", "\n")
    value = re.search(rb"<(?:\w+:)?v\s*>(.*?)</", content, re.S)
    raw = unescape(value.group(1)).strip() if value else ""
    if kind == "n":
        if not raw:
            return (row, column, "n", None) if b"f" in content else None
        return row, column, "n", float(raw)
    if kind == "b":
        return row, column, "b", raw in ("1", "true")
    return row, column, kind, raw


def _with_formula(
    cell: tuple[int, int, str, object],
    content: bytes | None,
    pattern: re.Pattern[bytes],
    masters: dict[str, tuple[int, int, str]],
) -> Cell:
    found = pattern.search(content or b"")
    if found is None:
        return (*cell, "")
    kind, index = attribute(found.group(1), "t"), attribute(found.group(1), "si")
    text = normal_formula(unescape(found.group(2) or b""))
    if kind == "shared" and index is not None:
        if text:
            masters[index] = (cell[0], cell[1], text)
        elif index in masters:  # a filled-down member: its master's formula and where it is
            row, column, master = masters[index]
            text = f"{master}@{cell[0] - row},{cell[1] - column}"
    return (*cell, text)


# Elements compared beside the cells, with what of them counts.
def _sheet_view(
    archive: Archive, part: str, text: SheetText
) -> tuple[object, object, list[tuple[str, str, str]]]:
    root = ElementTree.fromstring(text.head + text.open + text.close + text.tail)
    rules = []
    for formatting in root.iter(f"{{{MAIN_NS}}}conditionalFormatting"):
        cells = _cells_of(formatting.get("sqref", ""))
        for rule in formatting.iter(f"{{{MAIN_NS}}}cfRule"):
            formulas = [normal_formula(f.text or "") for f in rule.iter(f"{{{MAIN_NS}}}formula")]
            key = (cells, rule.get("type"), rule.get("operator"), tuple(formulas))
            rules.append((int(rule.get("priority", "0") or 0), key))
    validations = sorted(
        (
            _cells_of(check.get("sqref", "")),
            check.get("type", "none"),
            tuple(normal_formula(f.text or "") for f in check if f.tag.endswith("formula1")),
            tuple(normal_formula(f.text or "") for f in check if f.tag.endswith("formula2")),
        )
        for check in root.iter(f"{{{MAIN_NS}}}dataValidation")
    )
    targets = external_targets(archive, part, archive.names)
    links = sorted(
        (
            link.get("ref", ""),
            targets.get(link.get(f"{{{REL_NS}}}id", ""), ""),
            link.get("location", ""),
        )
        for link in root.iter(f"{{{MAIN_NS}}}hyperlink")
    )
    return [key for _priority, key in sorted(rules, key=lambda r: r[0])], validations, links


def _cut_links(mine: list[tuple[str, str, str]], theirs: list[tuple[str, str, str]]) -> int | None:
    """None when the links differ, else how many of ``theirs`` are ``mine`` cut short."""
    if len(mine) != len(theirs):
        return None
    cut = 0
    for (ref, target, location), (other_ref, other, other_location) in zip(
        mine, theirs, strict=True
    ):
        if (ref, location) != (other_ref, other_location):
            return None
        if target != other:
            if not _cut_target(target, other):
                return None
            cut += 1
    return cut


def _cut_target(mine: str, theirs: str) -> bool:
    """Whether ``theirs`` is ``mine`` cut at ``LINK_KEPT`` characters (its escapes of
    non-ASCII letters decoded, as LibreOffice saves it)."""
    return len(theirs) == LINK_KEPT < len(mine) and unquote(mine).startswith(
        unquote(_PARTIAL_ESCAPE.sub("", theirs))
    )


def _cells_of(sqref: str) -> tuple[tuple[int, int, int], ...]:
    """A range list as each column's merged runs of rows: ``A2:A10 A11:A20`` is ``A2:A20``."""
    runs: dict[int, list[tuple[int, int]]] = {}
    for piece in sqref.split():
        bounds = parse_range(piece)
        if bounds is None:
            raise MalformedPart(f"a range the comparison cannot read: {piece}")
        min_col, min_row, max_col, max_row = bounds
        for column in range(min_col, max_col + 1):
            runs.setdefault(column, []).append((min_row, max_row))
    merged = []
    for column, spans in sorted(runs.items()):
        start, end = None, None
        for low, high in sorted(spans):
            if start is not None and end is not None and low <= end + 1:
                end = max(end, high)
                continue
            if start is not None and end is not None:
                merged.append((column, start, end))
            start, end = low, high
        if start is not None and end is not None:
            merged.append((column, start, end))
    return tuple(merged)


# ---------------------------------------------------------------------------------------------
# Other parts


def _comments(data: bytes) -> list[tuple[str, str]]:
    """Each note's cell and text (its author and look do not count)."""
    root = ElementTree.fromstring(data)
    return sorted(
        (
            comment.get("ref", ""),
            "".join(t.text or "" for t in comment.iter(f"{{{MAIN_NS}}}t")).replace("\r\n", "\n"),
        )
        for comment in root.iter(f"{{{MAIN_NS}}}comment")
    )


def _table(data: bytes) -> object:
    """A table's name, range and column names."""
    root = ElementTree.fromstring(data)
    columns = [c.get("name") for c in root.iter(f"{{{MAIN_NS}}}tableColumn")]
    return root.get("name"), root.get("ref"), columns
