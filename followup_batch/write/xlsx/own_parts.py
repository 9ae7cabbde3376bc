"""The tool's own sheets in a package: added to the workbook's sheet list the first time
(the calendars sheet hidden), replaced on every run, each with the relationships of its
links."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence

import pandas as pd

from followup_batch.errors import UnsafeWrite
from followup_batch.read.package import (
    WORKSHEET_REL,
    WORKSHEET_TYPE,
    SheetEntry,
    WorkbookPackage,
    WorkbookSheets,
    find_part,
    rels_path,
)
from followup_batch.write.xlsx.design import extra_sheet_name
from followup_batch.write.xlsx.extra_sheet import (
    OwnSheet,
    StreamedPart,
    as_own_sheet,
    check_well_formed,
    extra_sheet_chunks,
)
from followup_batch.write.xlsx.links import link_relationships
from followup_batch.write.xlsx.parts import (
    add_app_title,
    add_relationship,
    add_sheet_to_workbook,
    own_sheet_names,
    relative_target,
    unused_part,
)
from followup_batch.write.xlsx.styles import OwnStyles
from followup_batch.write.xlsx.xmlbytes import attribute
from followup_batch.write.xlsx.zipcontainer import Archive, Deflated

RENAMED_SHEET_NOTE = (
    'the workbook has a sheet of your own named "{yours}", left as it is; the tool\'s '
    '{wanted} sheet is "{name}"'
)


def plan_own_sheets(
    package: Archive,
    book: WorkbookPackage,
    workbook_sheets: WorkbookSheets,
    changed: dict[str, bytes | StreamedPart | Deflated],
    added: dict[str, bytes | StreamedPart | Deflated],
    removed: set[str],
    workbook_xml: bytes,
    own_sheets: Mapping[str, pd.DataFrame | OwnSheet],
    styles: OwnStyles,
    overrides: dict[str, str],
    notes: list[str],
    placed: dict[str, tuple[str, str]] | None = None,
) -> bytes:
    """Add or replace the tool's own sheets, each with the relationships of its links.

    ``notes``: gets one for each sheet named otherwise than wanted (the user has a sheet of
    that name), so the user knows where to look. ``placed``: gets each sheet's part and name
    in the workbook, by the name wanted."""
    assert book.workbook_part is not None
    workbook_part = book.workbook_part
    names = set(package.names)
    sheets = list(workbook_sheets.sheets)
    ours = own_sheet_names(workbook_xml, sheets)
    # A part name is case-insensitive (OPC): xl/Workbook.xml's are xl/_rels/workbook.xml.rels.
    rels_name = find_part(names, rels_path(workbook_part)) or rels_path(workbook_part)
    earlier = changed.get(rels_name)
    rels_xml = earlier if isinstance(earlier, bytes) else None
    if rels_xml is None and rels_name in names:
        rels_xml = package.read(rels_name)
    app_part = "docProps/app.xml"
    app_xml = package.read(app_part) if app_part in names else None
    for wanted, given in own_sheets.items():
        own = as_own_sheet(given)
        name = extra_sheet_name(wanted, {s.name: s.name in ours for s in sheets})
        if name != wanted:
            yours = next(s.name for s in sheets if s.name.casefold() == wanted.casefold())
            notes.append(RENAMED_SHEET_NOTE.format(yours=yours, wanted=wanted, name=name))
        links = own.external_links()
        content = own_sheet_part(own, styles, book.date1904, name, links)
        existing = next((s for s in sheets if s.name == name), None)
        if existing is not None and existing.part is not None:
            if placed is not None:
                placed[wanted] = (existing.part, name)
            changed[existing.part] = content
            _plan_link_rels(package, changed, added, removed, existing.part, links)
            continue
        if existing is not None:
            # Listed, its part missing (a bad copy or sync): written again in the part its
            # entry names, never a second sheet of the same name beside the broken entry,
            # one more per run, which Excel must repair (ot89 F5). ``check`` and the run say
            # so (``damage.MISSING_OWN_SHEET``).
            part = _dangling_part(names | set(added), workbook_sheets, existing)
            if placed is not None:
                placed[wanted] = (part, name)
            added[part] = content
            _plan_link_rels(package, changed, added, removed, part, links)
            overrides[part] = WORKSHEET_TYPE
            continue
        if _structure_locked(workbook_xml):
            raise UnsafeWrite(
                "the workbook's structure is protected (Review > Protect Workbook), so the "
                f"tool may not add its {name} sheet; unprotect the workbook, run again, and "
                "protect it again afterwards (the tool's sheets are then kept up to date)"
            )
        part = unused_part(names | set(added), "xl/worksheets/sheet{}.xml", with_rels=True)
        rels_xml, rel_id = add_relationship(
            rels_xml, WORKSHEET_REL, relative_target(workbook_part, part)
        )
        sheet_id = max((s.sheet_id for s in sheets), default=0) + 1
        index = len(sheets)
        workbook_xml = add_sheet_to_workbook(
            workbook_xml, name, sheet_id, rel_id, index, hidden=own.hidden
        )
        sheets.append(SheetEntry(name, sheet_id, rel_id, part, index))
        ours.add(name)
        if placed is not None:
            placed[wanted] = (part, name)
        added[part] = content
        _plan_link_rels(package, changed, added, removed, part, links)
        overrides[part] = WORKSHEET_TYPE
        if app_xml is not None:
            app_xml = add_app_title(app_xml, name)
    if rels_xml is not None:
        changed[rels_name] = rels_xml
    if app_xml is not None:
        changed[app_part] = app_xml
    return workbook_xml


def own_sheet_part(
    own: OwnSheet, styles: OwnStyles, date1904: bool, name: str, links: Sequence[str] | None = None
) -> StreamedPart | Deflated:
    """The part of the tool's sheet ``own``, named ``name`` in the workbook: made once a run
    when every workbook has it alike (``_made_once``), else streamed as it is written.
    ``links``: its external links (``OwnSheet.external_links``), when known already."""
    found = own.external_links() if links is None else links
    rel_ids = [f"rId{i + 1}" for i in range(len(found))]
    if own.cache_key is not None:
        return _made_once(own, styles, date1904, rel_ids)
    return StreamedPart(
        functools.partial(
            extra_sheet_chunks,
            own,
            styles,
            date1904,
            rel_ids=rel_ids,
            what=f"writing the {name} sheet",
        ),
        own.rows,
    )


def _dangling_part(names: set[str], workbook_sheets: WorkbookSheets, entry: SheetEntry) -> str:
    """The worksheet part that the tool's listed sheet ``entry`` names and the package lacks;
    ``UnsafeWrite`` when its entry names none (no relationship, or one to another kind of
    part) or a part that differs from one there only in case: the sheet cannot be put back
    where it was, and a second sheet of its name is what Excel repairs."""
    kind, part = workbook_sheets.rels.get(entry.rel_id, ("", ""))
    if kind.endswith("/worksheet") and part and find_part(names, part) is None:
        return part
    raise UnsafeWrite(
        f'the workbook lists the tool\'s sheet "{entry.name}", but its part is missing or '
        "cannot be put back, and a second sheet of that name is what Excel repairs: open the "
        "file in Excel and let it repair it (or restore it from a backup), then run again"
    )


_PROTECTION = re.compile(rb"<(?:\w+:)?workbookProtection\b[^>]*>")


def _structure_locked(workbook_xml: bytes) -> bool:
    """The workbook's structure is protected: Excel lets nobody add, remove or rename sheets."""
    found = _PROTECTION.search(workbook_xml)
    return found is not None and attribute(found.group(), "lockStructure") in ("1", "true")


_MADE: dict[tuple[object, ...], Deflated] = {}


def _made_once(
    own: OwnSheet, styles: OwnStyles, date1904: bool, rel_ids: Sequence[str]
) -> Deflated:
    """The XML of a sheet every workbook of a run has alike (``OwnSheet.cache_key``: the
    calendars sheet, 150 KB and 15 ms a workbook), made once for the run, parsed as XML once,
    when made (parsing it again took 1.6 ms a workbook), and deflated once (0.8 ms). Room for
    32: a coach's 30 trackers had 12 (their clients' countries, two style sets), and with room
    for 8 the sheet was made again for 21 of them."""
    key = (own.cache_key, styles, date1904, tuple(rel_ids))
    if key not in _MADE:
        if len(_MADE) >= 32:
            _MADE.clear()
        made = b"".join(extra_sheet_chunks(own, styles, date1904, rel_ids=rel_ids))
        check_well_formed(made)
        _MADE[key] = Deflated.of(made)
    return _MADE[key]


def _plan_link_rels(
    package: Archive,
    changed: dict[str, bytes | StreamedPart | Deflated],
    added: dict[str, bytes | StreamedPart | Deflated],
    removed: set[str],
    part: str,
    links: list[str],
) -> None:
    """The relationships of an own sheet's external links (replaced whole on a re-run). A
    sheet without such links has no relationships part, also when an earlier run's sheet had
    some: the file of a run, run again, is the file of one run (the sheet names no other
    relationship, written whole by the tool)."""
    name = find_part(package.names, rels_path(part)) or rels_path(part)
    exists = name in package.names
    if not links:
        if exists:
            removed.add(name)
        return
    data = link_relationships(links)
    (changed if exists else added)[name] = data
