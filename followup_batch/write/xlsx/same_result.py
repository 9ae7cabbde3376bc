"""Whether a workbook already holds a write's result by its content, not its bytes.

A workbook opened in LibreOffice (or Excel) and saved with no edit holds the tool's result
spelled another way: styles renumbered, strings moved to the shared strings, comments and
their drawing written again, formulas spelled ``Calendars!`` for ``'Calendars'!``. Writing
it again would change nothing a person sees, and rotates a backup each time (``atomic``).

``same_result`` compares the write's output with the file it would replace on what a reader
of the tool's result sees: the cells' values and formulas (formulas compared once spelled
one way, ``normal_formula``; a formula over ``TODAY()`` by its formula alone, as its saved
value is that of the day it was computed on), the conditional formats, drop-downs and
hyperlinks of each sheet the write touched and its rows given a height (a row grown to show
its Why is news to the first run after an upgrade), the header notes and the cells their
drawing shows them on, the sheets' names, order and visibility, and the defined names. Every part
the write did not touch must hold the same bytes. Representation does not count: style
numbers, shared-string order, widths, the shapes of the notes' drawing, relationship ids,
``fullCalcOnLoad`` (LibreOffice drops it; Excel and LibreOffice recalculate ``TODAY()`` on
open without it) and ``xl/calcChain.xml`` (Excel's cache, left out by every write). Nor
does a colour's meaning in the legend as an earlier version wrote it (``EARLIER_MEANINGS``):
the first run after an upgrade writes no file for a reworded legend alone.
"""

from __future__ import annotations

import functools
import itertools
import re
import zipfile
from collections.abc import Collection, Iterator
from pathlib import Path
from urllib.parse import unquote
from xml.etree import ElementTree
from xml.parsers import expat

from followup_batch.progress import CountedReads, step
from followup_batch.read.package import (
    COMMENTS_REL,
    MAIN_NS,
    REL_NS,
    SHARED_STRINGS_REL,
    external_targets,
    find_part,
    open_package,
    read_rels,
    read_sheets,
    rels_path,
)
from followup_batch.write.live import is_status_formula
from followup_batch.write.xlsx.design import EARLIER_MEANINGS
from followup_batch.write.xlsx.row_heights import SAME_HEIGHT
from followup_batch.write.xlsx.xmlbytes import MalformedPart, column_index, parse_range
from followup_batch.write.xlsx.zipcontainer import Archive, Readable

# Parts whose differences are representation: what they say is compared through the sheets.
_NOT_COMPARED = re.compile(
    r"(^|/)(\[Content_Types\]\.xml|styles\.xml|sharedStrings\.xml|app\.xml|calcChain\.xml)$"
    r"|\.rels$",
    re.I,
)
# The legacy drawing of the notes: compared by which cells it shows a note on (``_note_cells``),
# as LibreOffice writes it again with other shapes, ids and sizes.
_VML_PART = re.compile(r"\.vml$", re.I)
_VML_NOTE = re.compile(rb"<x:ClientData\s+ObjectType=\"Note\"[^>]*>(.*?)</x:ClientData>", re.S)
_VML_ROW = re.compile(rb"<x:Row>\s*(\d+)\s*</x:Row>")
_VML_COLUMN = re.compile(rb"<x:Column>\s*(\d+)\s*</x:Column>")
# LibreOffice cuts a hyperlink's address to 255 characters when it saves xlsx (the Compose
# links' mailto: bodies): the rest of the link is the draft, compared in its cell.
LINK_KEPT = 255
_PARTIAL_ESCAPE = re.compile(r"%[0-9A-Fa-f]?$")
_TABLE_PART = re.compile(r"(^|/)tables/[^/]+\.xml$", re.I)
# The progress step the sheets' comparison is, told by the bytes of the file on disk read:
# ~10 CPU seconds for a 20,000-row tracker LibreOffice saved again with no edit.
COMPARING = "comparing with the file as saved"


def same_result(
    new: Path | str,
    old: Path | str,
    touched: Collection[str],
    removed: Collection[str],
    *,
    any_status_formula: bool = False,
) -> int | None:
    """Whether ``old`` holds what ``new`` (a write's output, ``touched``: the parts it
    changed or added, ``removed``: those it left out) holds, as a reader sees it: None when
    it does not, else how many of ``old``'s links are cut at ``LINK_KEPT`` characters where
    the write's go on (left so when ``old`` is kept). Any doubt (a part it cannot read) is a
    difference: the write goes ahead. With ``any_status_formula``, a cell where both hold
    one of the tool's live status formulas (``write.live.is_status_formula``) is the same
    whatever the formula: whether a write is for the formulas alone."""
    try:
        with Archive(new) as left, Archive(old) as right:
            return _same_package(left, right, set(touched), set(removed), any_status_formula)
    except (
        OSError,
        KeyError,
        ValueError,  # MalformedPart, MalformedPackage
        ElementTree.ParseError,
        expat.ExpatError,
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        NotImplementedError,
    ):
        return None


def _same_package(
    left: Archive,
    right: Archive,
    touched: set[str],
    removed: set[str],
    any_status_formula: bool = False,
) -> int | None:
    if left.names != right.names - removed:
        return None
    for name in left.names - touched:  # copied by the write: the same bytes, by CRC and size
        mine, theirs = left.getinfo(name), right.getinfo(name)
        if (mine.CRC, mine.file_size) != (theirs.CRC, theirs.file_size):
            return None
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
        if _may_have_notes(left, sheet)
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
        elif _VML_PART.search(part):
            same = _note_cells(left.read(part)) == _note_cells(right.read(part))
        else:
            same = left.read(part) == right.read(part)
        if not same:
            return None
    cut = 0
    compared = sorted(worksheets & touched, key=lambda p: left.getinfo(p).file_size)
    total, done = sum(right.getinfo(p).file_size for p in compared), 0
    strings: tuple[dict[int, str], dict[int, str]] = ({}, {})
    if compared:  # the shared strings read once for every sheet (LibreOffice's hold each text)
        step(COMPARING, 0, total)
        strings = (
            _all_strings(left, sheets.part_of(SHARED_STRINGS_REL)),
            _all_strings(right, their_sheets.part_of(SHARED_STRINGS_REL)),
        )
    for part in compared:
        sheet_cut = _same_sheet(left, right, strings, part, any_status_formula, (done, total))
        if sheet_cut is None:
            return None
        cut += sheet_cut
        done += right.getinfo(part).file_size
    return cut


def _may_have_notes(package: Archive, sheet: str) -> bool:
    """Whether the sheet's relationships part names a comments part at all (the word is in
    it): the Drafts sheet's holds a link per draft, 45 MB of XML at 100,000 rows, which took
    1-2 s to parse for no note. A type spelled with character references is not seen: its
    notes are then compared byte for byte, and a difference lets the write go ahead."""
    rels = find_part(package.names, rels_path(sheet))
    return rels is not None and _COMMENTS_WORD in package.read(rels)


_COMMENTS_WORD = COMMENTS_REL.rsplit("/", 1)[-1].encode()


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
# TRUE and FALSE as LibreOffice saves them, functions without arguments: ``$M2=TRUE()``.
_LOGICAL_CALL = re.compile(r"\b(TRUE|FALSE)\(\)")


def normal_formula(text: str) -> str:
    """``text`` spelled one way: function names, references and sheet names in capitals, a
    sheet name's optional quotes and the ``_xlfn.`` style prefixes left out, ``TRUE()`` as
    ``TRUE``, spaces only where they separate two names; string literals as they are."""
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
    code = _LOGICAL_CALL.sub(r"\1", _PREFIXES.sub("", code).upper())
    return _SPACE.sub(lambda m: _space_between(code, m), code)


def _space_between(code: str, match: re.Match[str]) -> str:
    before, after = code[match.start() - 1 : match.start()], code[match.end() : match.end() + 1]
    return " " if (before.isalnum() or before == "_") and (after.isalnum() or after == "_") else ""


# ---------------------------------------------------------------------------------------------
# Worksheets
#
# One expat pass per sheet: its cells as (row, column, kind, value, formula) tuples, compared
# as they come in step with the other sheet's; a formula is spelled one way (normal_formula)
# only where the two raw texts differ. The colour rules, drop-downs and links are taken from
# the same pass.

_M = MAIN_NS + "}"
_ROW, _CELL, _VALUE, _FORMULA, _INLINE, _TEXT, _PHONETIC = (
    _M + name for name in ("row", "c", "v", "f", "is", "t", "rPh")
)
_RULES, _RULE, _RULE_FORMULA = _M + "conditionalFormatting", _M + "cfRule", _M + "formula"
_CHECK, _FORMULA_1, _FORMULA_2 = _M + "dataValidation", _M + "formula1", _M + "formula2"
_LINK, _LINK_ID = _M + "hyperlink", REL_NS + "}id"
_CAPTURED = {_VALUE, _FORMULA, _TEXT, _RULE_FORMULA, _FORMULA_1, _FORMULA_2}
_COLUMN_LETTERS = re.compile(r"[A-Za-z]{1,3}")
CHUNK = 1 << 20

# row, column, kind, value, formula (its text, or for a shared formula's other cells its
# master's text and their distance from it)
Cell = tuple[int, int, str, object, object]
Link = tuple[str, str, str]  # the cell, the address, the place in the workbook


def _same_sheet(
    left: Archive,
    right: Archive,
    strings: tuple[dict[int, str], dict[int, str]],
    part: str,
    any_status_formula: bool = False,
    told: tuple[int, int] | None = None,
) -> int | None:
    """None when the sheet differs, else how many of its links ``right`` holds cut.
    ``strings``: each package's shared strings (``_all_strings``). ``told``: how many of the
    bytes the comparison reads from ``right`` are read before this sheet's, and of how many
    (``COMPARING``)."""
    mine = _SheetReader(left, strings[0], part)
    theirs = _SheetReader(right, strings[1], part, told)
    done = object()
    same = _both_status_formulas if any_status_formula else _same_cell
    # In step: the first cell that differs ends it, the rest is not read.
    for a, b in itertools.zip_longest(mine.cells(), theirs.cells(), fillvalue=done):
        if a != b and (a is done or b is done or not same(a, b)):  # type: ignore[arg-type]
            return None
    if mine.view() != theirs.view() or not _same_heights(mine.sized, theirs.sized):
        return None
    return _cut_links(mine.links(), theirs.links())


def _same_heights(
    mine: dict[int, tuple[float, bool]], theirs: dict[int, tuple[float, bool]]
) -> bool:
    """Whether the rows of the write's sheet (``mine``) are as tall as the file's: each row
    given a height has it there, and each custom height there is still one (the tool takes a
    height of its own away from a row whose texts fit a line again: ``row_heights``)."""
    for row, (height, custom) in mine.items():
        found = theirs.get(row)
        if found is None or abs(found[0] - height) > SAME_HEIGHT or found[1] != custom:
            return False
    return all(row in mine for row, (_, custom) in theirs.items() if custom)


def _row_height(attributes: dict[str, str]) -> tuple[float, bool]:
    try:
        height = float(attributes["ht"])
    except ValueError:
        height = -1.0
    return height, attributes.get("customHeight", "").strip().lower() in ("1", "true")


_DIGITS = "0123456789"


@functools.lru_cache(maxsize=1024)
def _column(letters: str) -> int:
    """A cell reference's column number (its letters: ``AH`` of ``AH12``)."""
    if not _COLUMN_LETTERS.fullmatch(letters):
        raise MalformedPart(f"a cell reference the comparison cannot read: {letters}")
    return column_index(letters)


def _same_cell(mine: Cell, theirs: Cell) -> bool:
    """Whether two cells hold the same: value and formula (spelled one way), but for a formula
    over ``TODAY()`` (the tool's live statuses, urgencies and counts) the formula alone. Its
    saved value is the answer of the day it was computed on: the run's as-of date in the
    tool's write, the day of the save in LibreOffice's, which computes it again as it opens
    the file. The run's own answers (its date, due dates, Next action, Why) are plain cells."""
    mine, theirs = _spelled(mine), _spelled(theirs)
    if mine == theirs:
        return True
    row, column, _kind, _value, formula = mine
    return (row, column, formula) == (theirs[0], theirs[1], theirs[4]) and _follows_today(formula)


def _both_status_formulas(mine: Cell, theirs: Cell) -> bool:
    """``_same_cell``, or both cells, in one place, hold one of the tool's live status
    formulas (a shared one's by its master), however each is written and whatever it gives."""
    if _same_cell(mine, theirs):
        return True
    return mine[:2] == theirs[:2] and all(
        is_status_formula(str(f[0] if isinstance(f, tuple) else f)) for f in (mine[4], theirs[4])
    )


_TODAY = re.compile(r"(?<![\w.])TODAY\(")


def _follows_today(formula: object) -> bool:
    """Whether a formula (``_spelled``; a shared one's by its master) calls ``TODAY()``."""
    text = formula[0] if isinstance(formula, tuple) else formula
    return bool(_TODAY.search(_QUOTED.sub("", str(text))))


def _spelled(cell: Cell) -> Cell:
    """``cell`` with its formula spelled one way."""
    row, column, kind, value, formula = cell
    if isinstance(formula, tuple):
        master, rows, columns = formula
        return row, column, kind, value, (normal_formula(master), rows, columns)
    return row, column, kind, value, normal_formula(str(formula))


class _SheetReader:
    """A worksheet read with expat: ``cells`` streams its cells that hold a value or a
    formula, in order; once they are all read, ``view`` and ``links`` give the elements
    compared beside them. With ``told`` (``_same_sheet``), its reads are told as the
    comparison's progress."""

    def __init__(
        self,
        archive: Archive,
        strings: dict[int, str],
        part: str,
        told: tuple[int, int] | None = None,
    ) -> None:
        self.archive, self.part, self.told = archive, part, told
        self.strings = strings
        self.found: list[Cell] = []
        self.row = self.column = 0
        self.kind = ""
        self.value: str | None = None
        self.formula: dict[str, str] | None = None
        self.formula_text = ""
        self.inline: list[str] | None = None
        self.phonetic = False
        self.text: list[str] | None = None
        self.masters: dict[str, tuple[int, int, str]] = {}
        # A colour rule: its priority and key (cells, type, operator), then its formulas.
        self.rules: list[tuple[int, tuple[object, ...]]] = []
        self.rule_cells: tuple[tuple[int, int, int], ...] = ()
        self.rule: tuple[int, tuple[object, ...]] | None = None
        self.rule_formulas: list[str] = []
        # A drop-down: its cells and type, then its formula1 and formula2.
        self.checks: list[tuple[object, ...]] = []
        self.check: tuple[object, ...] | None = None
        self.check_formulas: tuple[list[str], list[str]] = ([], [])
        self.link_list: list[Link] = []
        # The rows with a height: one the write gives a height to, or sets again (``row_heights``:
        # a row grown to show its Why, the first run after an upgrade; a row of the tool's made
        # shorter once its Problems are fixed) is news. Row -> (points, a custom height).
        self.sized: dict[int, tuple[float, bool]] = {}

    def cells(self) -> Iterator[Cell]:
        parser = expat.ParserCreate(namespace_separator="}")
        parser.buffer_text = True
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        parser.CharacterDataHandler = self._characters
        with self.archive.stream(self.part) as stream:
            reads: Readable = stream
            if self.told is not None:
                done, total = self.told
                reads = CountedReads(stream, COMPARING, total, done)
            while chunk := reads.read(CHUNK):
                parser.Parse(chunk, False)
                yield from self.found
                self.found = []
        parser.Parse(b"", True)
        yield from self.found

    def view(self) -> object:
        rules = [key for _priority, key in sorted(self.rules, key=lambda r: r[0])]
        return rules, sorted(self.checks, key=repr)

    def links(self) -> list[Link]:
        targets = external_targets(self.archive, self.part, self.archive.names)
        return sorted((ref, targets.get(rel, ""), place) for ref, rel, place in self.link_list)

    def _start(self, name: str, attributes: dict[str, str]) -> None:
        if name == _CELL:
            ref = attributes.get("r")
            self.column = _column(ref.rstrip(_DIGITS)) if ref else self.column + 1
            self.kind = attributes.get("t", "n")
            self.value = self.formula = self.inline = None
            self.formula_text = ""
        elif name in _CAPTURED:
            self.text = []
            if name == _FORMULA:
                self.formula = attributes
        elif name == _ROW:
            number = attributes.get("r")
            self.row = int(number) if number and number.isdigit() else self.row + 1
            self.column = 0
            if "ht" in attributes:
                self.sized[self.row] = _row_height(attributes)
        elif name == _INLINE:
            self.inline = []
        elif name == _PHONETIC:
            self.phonetic = True
        elif name == _RULES:
            self.rule_cells = _cells_of(attributes.get("sqref", ""))
        elif name == _RULE:
            priority = int(attributes.get("priority", "0") or 0)
            key = (self.rule_cells, attributes.get("type"), attributes.get("operator"))
            self.rule, self.rule_formulas = (priority, key), []
        elif name == _CHECK:
            sqref = attributes.get("sqref", "")
            self.check = (_cells_of(sqref), attributes.get("type", "none"))
            self.check_formulas = ([], [])
        elif name == _LINK:
            ref, place = attributes.get("ref", ""), attributes.get("location", "")
            self.link_list.append((ref, attributes.get(_LINK_ID, ""), place))

    def _characters(self, data: str) -> None:
        if self.text is not None:
            self.text.append(data)

    def _end(self, name: str) -> None:
        if name == _CELL:
            cell = self._cell()
            if cell is not None:
                self.found.append(cell)
        elif name in _CAPTURED:
            text, self.text = "".join(self.text or ()), None
            if name == _VALUE:
                self.value = text
            elif name == _FORMULA:
                self.formula_text = text
            elif name == _TEXT:
                if self.inline is not None and not self.phonetic:
                    self.inline.append(text)
            elif name == _RULE_FORMULA:
                self.rule_formulas.append(normal_formula(text))
            else:
                self.check_formulas[name == _FORMULA_2].append(normal_formula(text))
        elif name == _PHONETIC:
            self.phonetic = False
        elif name == _RULE and self.rule is not None:
            priority, key = self.rule
            self.rules.append((priority, (*key, tuple(self.rule_formulas))))
            self.rule = None
        elif name == _CHECK and self.check is not None:
            first, second = self.check_formulas
            self.checks.append((*self.check, tuple(first), tuple(second)))
            self.check = None

    def _cell(self) -> Cell | None:
        """The cell just read, as compared; None when it holds neither value nor formula."""
        kind, value, formula = self.kind, self.value, self.formula
        if kind in ("s", "inlineStr", "str"):
            if kind == "s":
                text = self.strings.get(int(value), "") if value and value.strip().isdigit() else ""
            elif kind == "inlineStr":
                text = "".join(self.inline) if self.inline is not None else ""
            else:
                text = value or ""
            if not text and formula is None:
                return None
            text = text.replace("\r\n", "\n")
            # The Summary sheet's legend as an earlier version wrote it.
            found: tuple[int, int, str, object] = (
                self.row,
                self.column,
                "text",
                EARLIER_MEANINGS.get(text, text),
            )
        else:
            raw = value.strip() if value else ""
            if kind == "n":
                if not raw:
                    if formula is None:
                        return None
                    found = self.row, self.column, "n", None
                else:
                    found = self.row, self.column, "n", float(raw)
            elif kind == "b":
                found = self.row, self.column, "b", raw in ("1", "true")
            elif not raw and formula is None:
                return None
            else:
                found = self.row, self.column, kind, raw
        if formula is None:
            return (*found, "")
        text, index = self.formula_text, formula.get("si")
        if formula.get("t") == "shared" and index is not None:
            if text:
                self.masters[index] = (self.row, self.column, text)
            elif index in self.masters:  # a filled-down member: its master's formula and where
                row, column, master = self.masters[index]
                return (*found, (master, self.row - row, self.column - column))
        return (*found, text)


def _all_strings(archive: Archive, part: str | None) -> dict[int, str]:
    """Every shared string by its index (phonetic runs left out)."""
    if part is None or part not in archive.names:
        return {}
    strings: list[str] = []
    item: list[str] = []
    texts: list[str] | None = None
    phonetic = False

    def start(name: str, _attributes: dict[str, str]) -> None:
        nonlocal texts, phonetic
        if name == _TEXT and not phonetic:
            texts = []
        elif name == _PHONETIC:
            phonetic = True

    def characters(data: str) -> None:
        if texts is not None:
            texts.append(data)

    def end(name: str) -> None:
        nonlocal texts, phonetic
        if name == _TEXT and texts is not None:
            item.append("".join(texts))
            texts = None
        elif name == _PHONETIC:
            phonetic = False
        elif name == _M + "si":
            strings.append("".join(item))
            item.clear()

    parser = expat.ParserCreate(namespace_separator="}")
    parser.buffer_text = True
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = characters
    parser.Parse(archive.read(part), True)
    return dict(enumerate(strings))


def _cut_links(mine: list[Link], theirs: list[Link]) -> int | None:
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
    """Each note's cell and text (its author and look do not count; the status header's
    legend as an earlier version wrote it is this version's, ``EARLIER_MEANINGS``)."""
    root = ElementTree.fromstring(data)
    return sorted(
        (
            comment.get("ref", ""),
            _this_versions_legend(
                "".join(t.text or "" for t in comment.iter(f"{{{MAIN_NS}}}t")).replace("\r\n", "\n")
            ),
        )
        for comment in root.iter(f"{{{MAIN_NS}}}comment")
    )


def _this_versions_legend(note: str) -> str:
    """``note`` with each meaning of a colour an earlier version wrote as this version says it."""
    for earlier, meaning in EARLIER_MEANINGS.items():
        note = note.replace(earlier, meaning)
    return note


def _note_cells(vml: bytes) -> list[tuple[int, int]]:
    """The cells (row, column, from 0) a notes drawing shows a note on: an emptied or damaged
    drawing shows none, and is written again."""
    cells = []
    for note in _VML_NOTE.finditer(vml):
        row, column = _VML_ROW.search(note[1]), _VML_COLUMN.search(note[1])
        if row is None or column is None:
            return []
        cells.append((int(row[1]), int(column[1])))
    return sorted(cells)


def _table(data: bytes) -> object:
    """A table's name, range and column names."""
    root = ElementTree.fromstring(data)
    columns = [c.get("name") for c in root.iter(f"{{{MAIN_NS}}}tableColumn")]
    return root.get("name"), root.get("ref"), columns
