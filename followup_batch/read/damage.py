"""What is damaged in a workbook's sheets, named as the user sees it: the sheet by its tab, the
part, the cell.

calamine reads a sheet leniently (a mismatched end tag passes), while the writer parses every part
it writes strictly. ``check``, ``--dry-run`` and ``digest`` therefore parse the tracker's sheets as
strictly (``read.xlsx_cells.refuse_damaged_workbook``), so that none lists a file the run refuses,
and a run whose own output does not read back looks at its source the same way before it says so:
both then name the damaged sheet, instead of the run blaming its own output. A run does not parse
its sheets twice up front: on a 100,000-row tracker that is a second or more, for a file no
spreadsheet program writes. It does check up front, as ``check`` does, the parts it edits beside
them (the styles, the sheet's comments, drawing and VML comment boxes), which are small. A sheet
stored as UTF-16 XML (legal, but rare: no spreadsheet program writes one) is refused by name:
calamine reads it as an empty sheet and the writer edits sheet bytes as UTF-8.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from xml.parsers import expat

from followup_batch.errors import UnsupportedFile
from followup_batch.read.package import (
    SHARED_STRINGS_REL,
    STYLES_REL,
    VML_REL,
    MalformedPackage,
    read_part,
    read_sheets,
    rels_path,
    xml_parser,
)

RESAVE = "nothing was written. Restore it from a backup or re-save it from Excel."
COPIED_DAMAGED = (
    'its sheet "{sheet}" ({part}) is damaged: it is not {wrong}, and Excel will say the file '
    "needs repair. A run copies that sheet as it is, without reading or changing it; restore it "
    "from a backup or re-save the file from Excel"
)
MISSING_SHEET = (
    'its sheet "{sheet}"{where} is missing from the file, and Excel will say the file needs '
    "repair. A run leaves that sheet as it is, without reading it; restore it from a backup or "
    "re-save the file from Excel"
)
# The tool's own sheet (Drafts, Summary, Calendars) whose part is missing: a run writes it
# again under the entry the workbook lists, never a second sheet of its name (ot89 F5).
MISSING_OWN_SHEET = (
    'the tool\'s sheet "{sheet}"{where} is missing from the file, and Excel will say the file '
    "needs repair. A run writes that sheet again in its place"
)
# The tool's own sheet listed more than once (an earlier version added a second "Drafts"
# beside one whose part was missing, ot89 F5): the run keeps the first and drops the others,
# each part it has kept in .followup-backups/ first (``write.xlsx.twice_listed``).
OWN_SHEET_TWICE = (
    'the workbook lists the tool\'s sheet "{sheet}" {times}, which Excel must repair (an earlier '
    "version of the tool added the {later}): a run keeps the first, writes it again and "
    "removes the {later}{kept}"
)
# A sheet whose part is missing when no other sheet holds a tracker: it may be the tracker.
MISSING_TRACKER = (
    '{file} is damaged: its sheet "{sheet}"{where} is missing from the file, so its rows '
    "cannot be read; " + RESAVE
)
_UTF16_STARTS = (b"\xff\xfe", b"\xfe\xff", b"<\x00", b"\x00<")
# A cell that holds a shared string, and its index: <c r="B2" s="1" t="s"><v>7</v></c>.
_SHARED_CELL = re.compile(
    rb'<(?:\w+:)?c\b(?=[^>]*\br="([A-Z]{1,3}[0-9]{1,7})")[^>]*\bt="s"[^>]*>\s*<(?:\w+:)?v>([0-9]+)<'
)
_STRING_ITEM = re.compile(rb"<(?:\w+:)?si[\s>/]")
# A VML drawing's root (<xml xmlns:v=...>, as the writer finds it) and its shapes.
_VML_ROOT = re.compile(rb"<((?:\w+:)?)xml\b[^>]*>")
_VML_SHAPE_OPEN = re.compile(rb"<(?:\w+:)?shape\b[^>]*?(/?)>")
_VML_SHAPE_CLOSE = re.compile(rb"</(?:\w+:)?shape\s*>")


def refuse_damaged_sheets(
    path: Path,
    parts: Mapping[str, str],
    xml: Mapping[str, bytes | None],
    sheets: Iterable[str],
    *,
    parse: bool = True,
) -> None:
    """Raise ``UnsupportedFile`` naming the first of ``sheets`` (by name; ``parts`` and ``xml``
    give each one's part and bytes) that is stored as UTF-16 or (with ``parse``) is not
    well-formed XML."""
    for name in sheets:
        data = xml.get(name)
        if not data:
            continue
        where = f'its sheet "{name}" ({parts[name]})'
        if data.startswith(_UTF16_STARTS):
            raise UnsupportedFile(
                f"{path.name}: {where} is stored as UTF-16 XML, which this tool does not read; "
                "nothing was written. Open it in Excel and save it again (Excel writes UTF-8)."
            )
        if parse and (damage := sheet_damage(name, parts[name], data)) is not None:
            raise UnsupportedFile(damaged_message(path, damage))


def sheet_damage(name: str, part: str, data: bytes | None) -> str | None:
    """``its sheet "Lists" (xl/worksheets/sheet2.xml) is not well-formed XML (why)`` when the
    sheet's bytes ``data`` are not; None when they are (or are missing)."""
    wrong = _not_well_formed(data) if data else None
    return None if wrong is None else f'its sheet "{name}" ({part}) is not {wrong}'


def malformed_part_message(path: Path, exc: MalformedPackage) -> str:
    """The refusal of a file for a part the package model needs (the workbook part, its
    relationships, the content types) that is not well-formed XML or cannot be unpacked:
    ``its part xl/workbook.xml is not well-formed XML (duplicate attribute: ...)``, in the
    words of a damaged sheet, never the reader's exception (ot148 F2)."""
    return damaged_message(path, f"its part {exc}")


def damaged_message(path: Path, damage: str) -> str:
    """The refusal of a file for a damaged sheet (``sheet_damage`` says which and why)."""
    return f"{path.name} is damaged: {damage}; {RESAVE}"


def refuse_damaged_edited_parts(path: Path, parts: Iterable[tuple[str, str, bytes]]) -> None:
    """Raise ``UnsupportedFile`` naming the first of ``parts`` (how it is named, with its
    verb: ``its styles (xl/styles.xml) are``; its relationship type; its bytes) that a write
    cannot edit safely: the parts a run edits beside the tracker sheet (the styles, the
    sheet's comments, drawing and VML comment boxes). The run said "the new workbook does not
    read back (unbound prefix ...)", blaming its own output and naming no part, while check
    and digest passed it (ot43 F6). The VML is held to what its text edit needs
    (``_vml_not_whole``), not to XML."""
    for said, kind, data in parts:
        wrong = _vml_not_whole(data) if kind == VML_REL else _not_well_formed(data)
        if wrong is not None:
            raise UnsupportedFile(f"{path.name} is damaged: {said} not {wrong}; {RESAVE}")


def _vml_not_whole(data: bytes) -> str | None:
    """``whole (why)`` when the text edit of a VML drawing (``write.xlsx.notes.merge_vml``)
    would break it: the notes go in before its last end tag, and shapes are found by their
    ``<v:shape>`` and ``</v:shape>``. VML is not held to XML: Excel writes ``<br>`` unclosed
    in comment text, which Excel and the edit both take."""
    root = _VML_ROOT.search(data)
    if root is None:
        return "whole (they have no <xml> root)"
    end = b"</" + root[1] + b"xml>"
    if not data.rstrip().endswith(end):
        return f"whole (cut short: they do not end with {end.decode(errors='replace')})"
    opened = sum(1 for shape in _VML_SHAPE_OPEN.finditer(data) if not shape[1])
    if opened != len(_VML_SHAPE_CLOSE.findall(data)):
        return "whole (a <v:shape> in them is not closed)"
    return None


def copied_damage_notes(parts: Mapping[str, str], xml: Mapping[str, bytes | None]) -> list[str]:
    """A note for each sheet (name -> its part in ``parts``, its bytes in ``xml``) that is not
    well-formed XML, of those a write copies byte for byte: it cannot make them worse, and a
    tracker is not refused for a sheet the tool never reads, but the person is told that Excel
    will call the file damaged (the tracker's own sheets are refused: ``refuse_damaged_sheets``)."""
    return [
        COPIED_DAMAGED.format(sheet=name, part=parts[name], wrong=wrong)
        for name, data in xml.items()
        if data and (wrong := _not_well_formed(data)) is not None
    ]


def missing_sheet_notes(missing: Mapping[str, str], own: frozenset[str] = frozenset()) -> list[str]:
    """A note for each sheet (name -> the part named for it in ``missing``) listed in the
    workbook whose part is not in the package: a sheet the tool does not read, left as it is,
    and the person told why Excel calls the file damaged (ot84 F8); of the tool's ``own``
    sheets, that the run writes it again in its place (ot89 F5)."""
    return [
        (MISSING_OWN_SHEET if name in own else MISSING_SHEET).format(
            sheet=name, where=part_said(part)
        )
        for name, part in missing.items()
    ]


def own_twice_notes(twice: Mapping[str, list[str | None]]) -> list[str]:
    """A note for each of the tool's sheets listed more than once (name -> the parts of the
    entries after the first, None for one whose part is missing too): what a run mends."""
    notes = []
    for name, parts in twice.items():
        times = "twice" if len(parts) == 1 else f"{len(parts) + 1} times"
        later = "second" if len(parts) == 1 else "others"
        kept = [part for part in parts if part]
        said = ", ".join(kept)
        copy = "a copy" if len(kept) == 1 else "copies"
        notes.append(
            OWN_SHEET_TWICE.format(
                sheet=name,
                times=times,
                later=later,
                kept=f", keeping {copy} of {said} in .followup-backups/" if kept else "",
            )
        )
    return notes


def rewritten_missing(note: str) -> bool:
    """Whether ``note`` says the tool's own sheet was missing (``MISSING_OWN_SHEET``) or
    listed twice (``OWN_SHEET_TWICE``): news of the write that put it right, never repeated by
    a later run that finds the file as the tool left it (``rerun``)."""
    return note.startswith(MISSING_OWN_SHEET.split('"', 1)[0]) or note.startswith(
        OWN_SHEET_TWICE.split('"', 1)[0]
    )


def part_said(part: str) -> str:
    """`` (xl/worksheets/sheet1.xml)``, the part named after a sheet's name; "" for none."""
    return f" ({part})" if part else ""


def _not_well_formed(data: bytes) -> str | None:
    """``well-formed XML (why)`` when ``data`` is not (its prefixes declared too): a strict
    parser's reason. None when it is."""
    try:
        xml_parser().Parse(data, True)
    except expat.ExpatError as exc:
        return f"well-formed XML ({exc})"
    return None


def refuse_missing_strings(
    path: Path, workbook_part: str, parts: Mapping[str, str], xml: Mapping[str, bytes | None]
) -> None:
    """Raise ``UnsupportedFile`` when a sheet's text cells point into shared strings that are
    not there: the part is missing, or a cell's index is past its end (the cell named). Asked
    only once a reader failed, so a sound workbook pays nothing for it."""
    try:
        with zipfile.ZipFile(path) as archive:
            strings_part = read_sheets(archive, workbook_part).part_of(SHARED_STRINGS_REL)
            present = strings_part is not None and strings_part in archive.namelist()
            strings = read_part(archive, strings_part) if present and strings_part else b""
    except (zipfile.BadZipFile, MalformedPackage, OSError, KeyError, ValueError, EOFError):
        return  # the reader's own message says what it could not read
    count = len(_STRING_ITEM.findall(strings))
    for name, data in xml.items():
        if not data or b't="s"' not in data:
            continue
        if not present:
            shown = strings_part or "xl/sharedStrings.xml"
            raise UnsupportedFile(
                f'{path.name} is damaged: the text of its sheet "{name}" ({parts[name]}) is kept '
                f"in {shown}, which is missing; {RESAVE}"
            )
        for cell in _SHARED_CELL.finditer(data):
            if int(cell[2]) >= count:
                raise UnsupportedFile(
                    f"{path.name} is damaged: cell '{name}'!{cell[1].decode()} refers to shared "
                    f"string {int(cell[2])}, which does not exist ({strings_part} holds "
                    f"{count}); {RESAVE}"
                )


# The workbook's parts a reader needs beside the sheets, named as the styles are
# (``xlsx_cells._edited_parts``): "its shared strings (xl/sharedStrings.xml) are".
_READ_PARTS = {STYLES_REL: "its styles", SHARED_STRINGS_REL: "its shared strings"}


def refuse_damaged_read_parts(path: Path, workbook_part: str) -> None:
    """Raise ``UnsupportedFile`` naming what a reader tripped on beside the sheets: a sheet the
    workbook lists under a relationship that ``xl/_rels/workbook.xml.rels`` does not hold (its
    part cannot be found at all), or its styles or shared strings that are not well-formed XML.
    Outside test ot105 F3: each was "cannot read the workbook (KeyError: 'rId99')" or
    "(ParseError: undefined entity ...)", naming no part. Asked only once a reader failed, so
    a sound workbook pays nothing for it; nothing when the package cannot be opened (the
    reader's own message says why)."""
    try:
        with zipfile.ZipFile(path) as archive:
            book = read_sheets(archive, workbook_part)
            names = frozenset(archive.namelist())
            parts = [
                (f"{_READ_PARTS[kind]} ({part}) are", kind, read_part(archive, part))
                for kind, part in book.rels.values()
                if kind in _READ_PARTS and part in names
            ]
    except (zipfile.BadZipFile, MalformedPackage, OSError, KeyError, ValueError, EOFError):
        return
    rels = rels_path(workbook_part)
    for entry in book.sheets:
        if entry.rel_id not in book.rels:
            listed = f"as {entry.rel_id}" if entry.rel_id else "with no relationship id"
            raise UnsupportedFile(
                f'{path.name} is damaged: its sheet "{entry.name}" has no part: {workbook_part} '
                f"lists it {listed}, which {rels} does not name; {RESAVE}"
            )
    refuse_damaged_edited_parts(path, parts)
