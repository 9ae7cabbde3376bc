"""A workbook that lists one of the tool's own sheets twice, mended by the run (ot89 F5).

An earlier version added a second "Drafts" (or "Summary", the hidden "Calendars") beside one
whose part a bad copy had lost, one more per run: two sheets of one name, which Excel refuses
to open without a "repair". When every sheet of that name is the tool's (marked as the writer
marks its sheets: ``read.package.own_sheets_twice``), the run keeps the first entry and writes
it again (in its part, or in the part it names when that is missing), drops the others from
the workbook with their relationships and content types, and keeps each dropped part's XML in
``.followup-backups/`` beside the file first (``keep_dropped``): nothing goes without a copy.
``check`` and the run say it in one line (``read.damage.OWN_SHEET_TWICE``). A name listed
twice that is a sheet of the person's is still refused untouched (``verify.TWICE_NAMED``).
"""

from __future__ import annotations

import dataclasses
import datetime
import posixpath
from collections.abc import Collection, Mapping
from pathlib import Path

from followup_batch.errors import UnsafeWrite
from followup_batch.read.package import (
    CONTENT_TYPES,
    SheetEntry,
    WorkbookPackage,
    WorkbookSheets,
    find_part,
    generated_sheet_indexes,
    rels_path,
)
from followup_batch.write.atomic import BACKUP_DIR, NAME_MAX, fitting_name
from followup_batch.write.xlsx.extra_sheet import StreamedPart
from followup_batch.write.xlsx.parts import drop_app_title, remove_elements
from followup_batch.write.xlsx.xmlbytes import (
    WORKBOOK_ORDER,
    Node,
    attribute,
    children,
    set_attribute,
    split_document,
)
from followup_batch.write.xlsx.zipcontainer import Archive, Deflated

APP_PART = "docProps/app.xml"


@dataclasses.dataclass(frozen=True)
class DroppedSheet:
    """A second entry of one of the tool's sheets, dropped: its name, and its part with the
    part's bytes when the package has it (kept in ``.followup-backups/`` before the write)."""

    name: str
    part: str | None
    data: bytes | None


@dataclasses.dataclass(frozen=True)
class Mend:
    """The workbook without the second entries: its XML, its sheets as the plan sees them,
    the entries dropped, and the relationships and parts that go with them."""

    workbook: bytes
    sheets: WorkbookSheets
    dropped: list[DroppedSheet]
    rel_ids: frozenset[str]
    parts: frozenset[str]


def plan_mend(
    package: Archive, book: WorkbookPackage, sheets: WorkbookSheets, dropped: list[SheetEntry]
) -> Mend:
    """The mend of a workbook whose ``dropped`` entries (``own_sheets_twice``) go."""
    gone = {entry.index for entry in dropped}
    kept = [entry for entry in sheets.sheets if entry.index not in gone]
    first: dict[str, int] = {}
    for entry in sheets.sheets:
        first.setdefault(entry.name.casefold(), entry.index)
    new_index = {entry.index: at for at, entry in enumerate(kept)}
    # A view (activeTab) of a dropped sheet shows the one kept of its name.
    moved = {entry.index: new_index[first[entry.name.casefold()]] for entry in dropped}
    workbook = _without_entries(book.workbook, gone, new_index, moved)
    kept_rels = {entry.rel_id for entry in kept}
    rel_ids = frozenset(entry.rel_id for entry in dropped if entry.rel_id not in kept_rels)
    kept_parts = {entry.part for entry in kept}
    names = set(package.names)
    parts: set[str] = set()
    said: list[DroppedSheet] = []
    for entry in dropped:
        part = entry.part if entry.part not in kept_parts else None
        data = package.read(part) if part is not None else None
        said.append(DroppedSheet(entry.name, part, data))
        if part is not None:
            parts.add(part)
            own_rels = find_part(names, rels_path(part))
            if own_rels is not None:
                parts.add(own_rels)
    marked = generated_sheet_indexes(workbook)
    entries = [dataclasses.replace(entry, index=new_index[entry.index]) for entry in kept]
    rels = {rid: target for rid, target in sheets.rels.items() if rid not in rel_ids}
    missing = {
        name: part for name, part in sheets.missing.items() if any(e.name == name for e in kept)
    }
    view = WorkbookSheets(
        rels, entries, frozenset(e.name for e in entries if e.index in marked), missing
    )
    return Mend(workbook, view, said, rel_ids, frozenset(parts))


def apply_mend(
    package: Archive,
    workbook_part: str,
    mend: Mend,
    changed: dict[str, bytes | StreamedPart | Deflated],
    removed: set[str],
) -> None:
    """Put the mend into a write's plan, after the rest is planned on the mended view: the
    workbook part (unless the plan changed it further), its relationships and content types
    without the dropped entries', docProps/app.xml without their titles, the dropped parts
    left out."""
    changed.setdefault(workbook_part, mend.workbook)
    names = package.names
    rels_name = find_part(names, rels_path(workbook_part))
    if rels_name is not None and mend.rel_ids:
        rels = changed.get(rels_name)
        xml = rels if isinstance(rels, bytes) else package.read(rels_name)
        for rel_id in sorted(mend.rel_ids):
            xml = remove_elements(xml, "Relationship", "Id", rel_id)
        changed[rels_name] = xml
    app = changed.get(APP_PART)
    app_xml = app if isinstance(app, bytes) else None
    if app_xml is None and APP_PART in names:
        app_xml = package.read(APP_PART)
    if app_xml is not None:  # its titles name each sheet once, as the workbook now lists it
        for sheet in mend.dropped:
            app_xml = drop_app_title(app_xml, sheet.name)
        changed[APP_PART] = app_xml
    if mend.parts:
        types = changed.get(CONTENT_TYPES)
        xml = types if isinstance(types, bytes) else package.read(CONTENT_TYPES)
        for part in sorted(mend.parts):
            xml = remove_elements(xml, "Override", "PartName", "/" + part)
        changed[CONTENT_TYPES] = xml
        removed.update(mend.parts)


def _without_entries(
    workbook: bytes, gone: Collection[int], new_index: Mapping[int, int], moved: Mapping[int, int]
) -> bytes:
    """``workbook`` without the ``<sheet>`` entries at the positions ``gone``, and every
    position it names elsewhere (a defined name's ``localSheetId``, the views' ``activeTab``
    and ``firstSheet``) renumbered; a defined name of a dropped sheet goes with it."""
    doc = split_document(workbook, WORKBOOK_ORDER)
    node = doc.first("sheets")
    if node is None:
        raise UnsafeWrite("the workbook part has no <sheets>")
    listed = children(node)
    at = -1
    kept_nodes = []
    for child in listed.nodes:
        if child.name == "sheet":
            at += 1
            if at in gone:
                continue
        kept_nodes.append(child)
    listed.nodes = kept_nodes
    node.data = listed.join()

    def renumbered(value: str | None) -> str | None:
        if value is None or not value.isdigit():
            return None
        index = int(value)
        return str(moved[index] if index in moved else new_index.get(index, index))

    names = doc.first("definedNames")
    if names is not None:
        defined = children(names)
        kept_names = []
        for child in defined.nodes:
            local = attribute(child.start_tag, "localSheetId") if child.name else None
            if local is not None and local.isdigit() and int(local) in gone:
                continue
            new = renumbered(local)
            if new is not None and new != local:
                tag = child.start_tag
                child = Node(
                    child.name, set_attribute(tag, "localSheetId", new) + child.data[len(tag) :]
                )
            kept_names.append(child)
        defined.nodes = kept_names
        if any(child.name for child in defined.nodes):
            names.data = defined.join()
        else:
            doc.remove(names)
    views = doc.first("bookViews")
    if views is not None:
        inner = children(views)
        for child in inner.nodes:
            if child.name != "workbookView":
                continue
            tag = child.start_tag
            new_tag = tag
            for key in ("activeTab", "firstSheet"):
                new = renumbered(attribute(new_tag, key))
                if new is not None:
                    new_tag = set_attribute(new_tag, key, new)
            if new_tag != tag:
                child.data = new_tag + child.data[len(tag) :]
        views.data = inner.join()
    return doc.join()


KEPT_NAME = "{file}.{sheet} ({part}).{stamp}.xml"


def keep_dropped(target: Path, dropped: list[DroppedSheet]) -> list[Path]:
    """Copy each dropped part's XML into ``.followup-backups/`` beside ``target`` before the
    write lands (never content dropped without a copy); ``UnsafeWrite`` when it cannot be, the
    file then left as it was."""
    folder = target.parent / BACKUP_DIR
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%d-%H%M%S")
    kept = []
    try:
        for sheet in dropped:
            if sheet.part is None or sheet.data is None:
                continue
            folder.mkdir(exist_ok=True)
            name = KEPT_NAME.format(
                file=fitting_name(target.name, NAME_MAX // 2),
                sheet=fitting_name(sheet.name, 40),
                part=posixpath.basename(sheet.part),
                stamp=stamp,
            )
            path = folder / name
            path.write_bytes(sheet.data)
            kept.append(path)
    except OSError as exc:
        raise UnsafeWrite(
            f"{target.name}: the second copy of the tool's sheet could not be kept in "
            f"{folder} ({exc.strerror or exc}), so it was not removed; nothing was written"
        ) from None
    return kept
