"""The workbook package: the one model of an xlsx/xlsm zip, used to sniff, read and write it.

An Office Open XML workbook is a zip of parts tied together by relationships:

- ``_rels/.rels``, the package's relationships: the ``officeDocument`` one names the workbook
  part (``xl/workbook.xml`` as a rule; ``xl/workbook.bin`` in a binary .xlsb);
- the workbook part: its ``<sheets>`` in order (name, id, relationship id), ``workbookPr``
  (``date1904``: serial dates counted from 1904), and ``definedNames``, where a hidden
  sheet-level name marks the sheets the tool generated (Drafts);
- the workbook's relationships (``xl/_rels/workbook.xml.rels``): each sheet's part, the styles,
  the shared strings;
- ``[Content_Types].xml``: each part's content type, by extension or by name.

Strict Open XML (the purl.oclc.org namespaces) and encrypted members are detected, not read.

``open_package`` is cheap — the zip directory, the package relationships and the workbook part
only, nothing big decompressed — so sniffing a file costs milliseconds. ``read_sheets`` parses
the workbook and its relationships; ``content_types`` the content types. Any of them raises
``MalformedPackage`` (a ``ValueError``) when a part it needs is not well-formed XML.
"""

from __future__ import annotations

import copy
import posixpath
import re
import zipfile
import zlib
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple, Protocol
from xml.etree import ElementTree
from xml.parsers import expat

from followup_batch.errors import UnsupportedFile
from followup_batch.read.column_letters import range_bounds

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
STRICT_MAIN_NS = "http://purl.oclc.org/ooxml/spreadsheetml/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types"

CONTENT_TYPES = "[Content_Types].xml"
PACKAGE_RELS = "_rels/.rels"
DEFAULT_WORKBOOK_PARTS = ("xl/workbook.xml", "xl/workbook.bin")

OFFICE_DOCUMENT = REL_NS + "/officeDocument"
WORKSHEET_REL = REL_NS + "/worksheet"
STYLES_REL = REL_NS + "/styles"
SHARED_STRINGS_REL = REL_NS + "/sharedStrings"
COMMENTS_REL = REL_NS + "/comments"
DRAWING_REL = REL_NS + "/drawing"
VML_REL = REL_NS + "/vmlDrawing"
TABLE_REL = REL_NS + "/table"

SML = "application/vnd.openxmlformats-officedocument.spreadsheetml."
WORKSHEET_TYPE = SML + "worksheet+xml"
COMMENTS_TYPE = SML + "comments+xml"
STYLES_TYPE = SML + "styles+xml"
VML_TYPE = "application/vnd.openxmlformats-officedocument.vmlDrawing"

# The workbook kinds whose suffix must be kept (the package says which it is).
MACRO_KINDS = {".xlsx": "a workbook without macros", ".xlsm": "a macro-enabled workbook"}

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted workbooks and legacy .xls
ENCRYPTED = 0x1  # a zip member's general purpose flag bit (APPNOTE 4.4.4)
STRICT_WITHIN = 4096  # the Strict namespace is declared on the workbook's root element

# A hidden sheet-level defined name marking a sheet the tool created (Drafts): only such a
# sheet is ever replaced or skipped; a user's sheet of the same name is left alone.
GENERATED_SHEET_NAME = "followup_batch_sheet"
_GENERATED_MARK = re.compile(
    rb"<(?:\w+:)?definedName\b([^>]*\bname=[\"']" + GENERATED_SHEET_NAME.encode() + rb"[\"'][^>]*)>"
)
_LOCAL_SHEET_ID = re.compile(rb"\slocalSheetId\s*=\s*[\"'](\d+)[\"']")
_DATE_1904 = re.compile(rb"<(?:\w+:)?workbookPr\b[^>]*\sdate1904\s*=\s*[\"'](?:1|true)[\"']")


class MalformedPackage(ValueError):
    """A part the package model needs is not well-formed XML (named in the message)."""


class Members(Protocol):
    """What the model needs of an open zip: ``zipfile.ZipFile`` has it."""

    def namelist(self) -> list[str]: ...

    def infolist(self) -> list[zipfile.ZipInfo]: ...

    def read(self, name: str) -> bytes: ...


@dataclass(frozen=True)
class WorkbookPackage:
    """What a zip says about itself as a workbook, learned cheaply (``open_package``)."""

    names: frozenset[str]
    encrypted: bool  # some member is encrypted (zip encryption, not Office's)
    workbook_part: str | None  # None: no workbook part
    workbook: bytes  # the workbook part's bytes (b"" for none or a binary one)

    @property
    def binary(self) -> bool:
        """An Excel binary workbook (.xlsb): not XML."""
        return self.workbook_part is not None and self.workbook_part.endswith(".bin")

    @property
    def strict(self) -> bool:
        """Saved as Strict Open XML."""
        return STRICT_MAIN_NS.encode() in self.workbook[:STRICT_WITHIN]

    @property
    def date1904(self) -> bool:
        """Serial dates count from 1904 (old Mac Excel)."""
        return _DATE_1904.search(self.workbook) is not None


@dataclass(frozen=True)
class SheetEntry:
    """A sheet of the workbook, in the order of ``<sheets>``."""

    name: str
    sheet_id: int
    rel_id: str
    part: str | None  # its worksheet part; None for chart sheets and dangling entries
    index: int  # position among the workbook's sheets (a defined name's localSheetId)


@dataclass(frozen=True)
class WorkbookSheets:
    """The workbook's relationships and sheets (``read_sheets``)."""

    rels: dict[str, tuple[str, str]]  # relationship id -> (type, part)
    sheets: list[SheetEntry]
    generated: frozenset[str]  # names of the sheets the tool created (Drafts)
    # Sheet name -> the worksheet part its relationship names, for each sheet whose part is
    # not in the package (lost or renamed in a damaged copy); "" when no relationship says.
    missing: dict[str, str] = field(default_factory=dict)

    def part_of(self, rel_type: str) -> str | None:
        """The workbook's part of a relationship type (the styles, the shared strings)."""
        return next((part for kind, part in self.rels.values() if kind == rel_type), None)

    @property
    def worksheets(self) -> dict[str, str]:
        """Sheet name -> worksheet part."""
        return {s.name: s.part for s in self.sheets if s.part is not None}


NAMESPACE_SEPARATOR = "}"  # between a name's namespace and its local name, as ElementTree has it


def xml_parser() -> expat.XMLParserType:
    """A parser of a part's XML (no handlers: well-formedness only) that also checks its
    namespaces: a prefix used but never declared (``r:id`` with no ``xmlns:r``) is an error,
    as it is to Excel and openpyxl; expat without namespace processing lets it pass. It costs
    little: the check of a 100,000-row run's written file takes 2.06 CPU s instead of 2.00."""
    return expat.ParserCreate(namespace_separator=NAMESPACE_SEPARATOR)


def open_package(archive: Members) -> WorkbookPackage:
    """The package's workbook part (from the package relationships, else where Excel puts
    it), its bytes and whether any member is encrypted. Reads nothing else."""
    infos = archive.infolist()
    names = frozenset(info.filename for info in infos)
    encrypted = any(info.flag_bits & ENCRYPTED for info in infos)
    package_rels = read_rels(archive, "", names).values()
    workbook_part = next((p for kind, p in package_rels if _is(kind, "officeDocument")), None)
    if workbook_part not in names:
        workbook_part = next((p for p in DEFAULT_WORKBOOK_PARTS if p in names), None)
    workbook = b""
    if workbook_part is not None and not workbook_part.endswith(".bin"):
        workbook = read_member(archive, workbook_part)
    return WorkbookPackage(names, encrypted, workbook_part, workbook)


LOCAL_HEADER = b"PK\x03\x04"  # a member's local header (APPNOTE 4.3.7): 30 bytes, then its name
UTF8_NAME = 0x800  # general purpose flag bit 11: the name is UTF-8 (else code page 437)
PASSWORD_PROTECTED = "password-protected workbooks cannot be read: save a copy without a password"


def garbled_zip(archive: zipfile.ZipFile) -> str | None:
    """What is wrong with a zip's members, in the owner's words, or None: a password on them
    (``PASSWORD_PROTECTED``), or a member whose local header disagrees with the zip's
    directory (another name, or no header where the directory says), as a garbled disk or
    transfer leaves it: zipfile opens a member by the directory's name and refuses it only
    when it is read, so a write carried the part under a garbled name and made the damage
    permanent (ot84 F4). One seek and a read of some 60 bytes per member: nothing is
    inflated."""
    infos = archive.infolist()
    if any(info.flag_bits & ENCRYPTED for info in infos):
        return PASSWORD_PROTECTED
    handle = archive.fp
    assert handle is not None
    for info in infos:
        handle.seek(info.header_offset)
        header = handle.read(30)
        if len(header) < 30 or header[:4] != LOCAL_HEADER:
            return (
                f"it is damaged: its part {info.orig_filename} is not where the list of its "
                "parts says (as when a disk or a transfer garbles it)"
            )
        raw = handle.read(int.from_bytes(header[26:28], "little"))
        local = raw.decode("utf-8" if info.flag_bits & UTF8_NAME else "cp437", "replace")
        if local != info.orig_filename:
            return (
                f"it is damaged: the list of its parts names {info.orig_filename} where the "
                f"part itself says {local} (as when a disk or a transfer garbles it)"
            )
    return None


def missing_package_parts(names: Collection[str], workbook_part: str) -> str | None:
    """What is missing of the parts every workbook has beside its workbook part, in the
    owner's words, or None: ``[Content_Types].xml`` and the workbook's relationships (which
    said only "There is no item named ..."; ot84 F6)."""
    if find_part(names, CONTENT_TYPES) is None:
        return (
            f"it is damaged: its part {CONTENT_TYPES}, which says what each part holds, is missing"
        )
    if find_part(names, rels_path(workbook_part)) is None:
        return (
            f"it is damaged: its part {rels_path(workbook_part)}, which says where its sheets "
            "are, is missing"
        )
    return None


def rels_path(part: str) -> str:
    """The relationships part of ``part`` ('' for the package itself)."""
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", name + ".rels")


def find_part(names: Collection[str], wanted: str) -> str | None:
    """The name ``wanted`` has in the package, or None: part names compare ignoring case
    (ECMA-376 part 2), so ``_rels/Sheet1.xml.rels`` is the relationships of ``sheet1.xml``."""
    if wanted in names:
        return wanted
    folded = wanted.casefold()
    return next((name for name in names if name.casefold() == folded), None)


class Relationships(NamedTuple):
    """A part's relationships from one parse of its ``.rels`` part: id -> (type, target part)
    of those inside the package, and id -> target of the external ones (a hyperlink's URL)."""

    internal: dict[str, tuple[str, str]]
    external: dict[str, str]


NO_RELATIONSHIPS = Relationships({}, {})


def relationships(
    archive: Members, part: str, names: frozenset[str] | None = None
) -> Relationships:
    """``part``'s relationships (``Relationships``): a written tracker's sheet has one per
    row's mailto: link, 23 MB of XML at 100,000 rows, so it is parsed once for all who ask."""
    found_at = find_part(names if names is not None else archive.namelist(), rels_path(part))
    if found_at is None:
        return NO_RELATIONSHIPS
    members = names if names is not None else frozenset(archive.namelist())
    folder = posixpath.dirname(part)
    internal, external = {}, {}
    for rel in _parse(read_member(archive, found_at), found_at):
        target = rel.get("Target", "")
        if rel.get("TargetMode") == "External":
            external[rel.get("Id", "")] = target
            continue
        resolved = (
            target.lstrip("/")
            if target.startswith("/")
            else posixpath.normpath(posixpath.join(folder, target))
        )
        # A target spelled in another case names the same part, as Excel reads it.
        internal[rel.get("Id", "")] = (
            rel.get("Type", ""),
            find_part(members, resolved) or resolved,
        )
    return Relationships(internal, external)


def read_rels(
    archive: Members, part: str, names: frozenset[str] | None = None
) -> dict[str, tuple[str, str]]:
    """Relationship id -> (type, target part) of ``part`` (external targets left out)."""
    return relationships(archive, part, names).internal


def external_targets(archive: Members, part: str, names: frozenset[str]) -> dict[str, str]:
    """Relationship id -> target of ``part``'s external relationships (a hyperlink's URL)."""
    return relationships(archive, part, names).external


class SheetTable(NamedTuple):
    """An Excel Table (ListObject) on a sheet: its name, its range's bounds (min column, min
    row, max column, max row; 1-based), and how many header and totals rows the range holds
    (``headerRowCount``, default 1; ``totalsRowCount``, default 0: ``totalsRowShown`` only
    says whether a totals row was ever shown)."""

    name: str
    bounds: tuple[int, int, int, int]
    header_rows: int = 1
    totals_rows: int = 0
    query: bool = False  # the result of a query (``tableType="queryTable"``): a refresh rewrites it

    @property
    def last_data_row(self) -> int:
        """The last row of the Table's data body (its totals row left out)."""
        return self.bounds[3] - self.totals_rows


def is_tracker_table(
    bounds: tuple[int, int, int, int], header_row: int, company: int | None
) -> bool:
    """The table holds the tracker: its header is the tracker's header row and its range
    holds the Company column (1-based) when that is known."""
    min_col, min_row, max_col, _max_row = bounds
    return min_row == header_row and (company is None or min_col <= company <= max_col)


def table_ranges(
    archive: Members, rels: Mapping[str, tuple[str, str]], names: frozenset[str]
) -> list[SheetTable]:
    """The Excel Tables on a sheet of relationships ``rels`` (``Relationships.internal``)
    (``SheetTable``); a table part that cannot be read is left out."""
    found = []
    for kind, part in rels.values():
        if not _is(kind, "table") or part not in names:
            continue
        try:
            root = _parse(read_member(archive, part), part)
            bounds = range_bounds(root.get("ref", ""))
            header_rows = int(root.get("headerRowCount") or 1)
            totals_rows = int(root.get("totalsRowCount") or 0)
            query = root.get("tableType") == "queryTable"
        except (MalformedPackage, ValueError, TypeError):
            continue
        low_col, low_row, high_col, high_row = bounds
        if low_col and low_row and high_col and high_row:
            name = root.get("displayName") or root.get("name") or ""
            found.append(
                SheetTable(
                    name, (low_col, low_row, high_col, high_row), header_rows, totals_rows, query
                )
            )
    return found


def read_sheets(archive: Members, workbook_part: str) -> WorkbookSheets:
    """The workbook's relationships, its sheets and which of them the tool generated."""
    names = frozenset(archive.namelist())
    rels = read_rels(archive, workbook_part, names)
    workbook = read_member(archive, workbook_part)
    sheets = []
    missing = {}
    for index, sheet in enumerate(_parse(workbook, workbook_part).iter(f"{{{MAIN_NS}}}sheet")):
        rel_id = sheet.get(f"{{{REL_NS}}}id", "")
        kind, part = rels.get(rel_id, ("", ""))
        if (not kind or _is(kind, "worksheet")) and part not in names:
            missing[sheet.get("name", "")] = part
        sheets.append(
            SheetEntry(
                sheet.get("name", ""),
                int(sheet.get("sheetId", "0") or 0),
                rel_id,
                part if _is(kind, "worksheet") and part in names else None,
                index,
            )
        )
    marked = generated_sheet_indexes(workbook)
    generated = frozenset(s.name for s in sheets if s.index in marked)
    return WorkbookSheets(rels, sheets, generated, missing)


def content_types(archive: Members) -> dict[str, str]:
    """Part name -> content type, for every member (``unknown`` when nothing says)."""
    root = _parse(read_member(archive, CONTENT_TYPES), CONTENT_TYPES)
    defaults = {
        e.get("Extension", "").lower(): e.get("ContentType", "")
        for e in root.iter(f"{{{CONTENT_TYPES_NS}}}Default")
    }
    overrides = {
        e.get("PartName", "").lstrip("/"): e.get("ContentType", "")
        for e in root.iter(f"{{{CONTENT_TYPES_NS}}}Override")
    }
    return {
        name: overrides.get(name) or defaults.get(name.rsplit(".", 1)[-1].lower(), "unknown")
        for name in archive.namelist()
        if not name.endswith("/") and name != CONTENT_TYPES
    }


def generated_sheet_indexes(workbook: bytes) -> set[int]:
    """0-based positions (in ``<sheets>``) of the sheets the tool created, such as Drafts: each
    is marked by a hidden sheet-level defined name ``followup_batch_sheet``."""
    found = set()
    for match in _GENERATED_MARK.finditer(workbook):
        local = _LOCAL_SHEET_ID.search(b" " + match.group(1))
        if local is not None:
            found.add(int(local.group(1)))
    return found


def own_sheets_twice(workbook: bytes, sheets: Collection[SheetEntry]) -> list[SheetEntry] | None:
    """The entries a run drops from a workbook that lists one of the tool's own sheets more
    than once (Excel's names ignore case): every one after the first of its name. An earlier
    version added a second "Drafts" (or "Summary", "Calendars") beside one whose part was
    missing, one more per run (ot89 F5); each is the tool's, marked as the writer marks its
    sheets (``generated_sheet_indexes``). ``[]`` when no name is listed twice; None when a name
    listed twice is not the tool's every time (a sheet of the person's): that is refused."""
    marked = generated_sheet_indexes(workbook)
    by_name: dict[str, list[SheetEntry]] = {}
    for entry in sheets:
        by_name.setdefault(entry.name.casefold(), []).append(entry)
    dropped: list[SheetEntry] = []
    for entries in by_name.values():
        if len(entries) < 2:
            continue
        if any(entry.index not in marked for entry in entries):
            return None
        dropped += entries[1:]
    return sorted(dropped, key=lambda entry: entry.index)


def _is(rel_type: str, kind: str) -> bool:
    """A relationship type of this kind, in the transitional or the Strict namespace."""
    return rel_type.endswith("/" + kind)


def macro_suffix(path: Path) -> str | None:
    """The suffix a workbook's package asks for: .xlsm when it holds macros (a vbaProject
    part, or a macro-enabled main content type), else .xlsx; None when it is no readable
    package (the read says why). Only the list of parts and [Content_Types].xml are read."""
    try:
        with zipfile.ZipFile(path) as package:
            if any(name.lower().endswith("vbaproject.bin") for name in package.namelist()):
                return ".xlsm"
            types = read_part(package, CONTENT_TYPES)
    except (OSError, KeyError, zipfile.BadZipFile, zlib.error, EOFError, LyingPart):
        return None
    return ".xlsm" if b"macroEnabled" in types else ".xlsx"


def misnamed_note(path: Path) -> str | None:
    """What to tell of a workbook updated in place whose name disagrees with its package
    (``macro_suffix``): Excel refuses to open a macro workbook named .xlsx, and a plain one
    named .xlsm. The run keeps the person's name; renaming is theirs to do. None when the
    name is right."""
    named = path.suffix.lower()
    kind = macro_suffix(path) if named in MACRO_KINDS else None
    if kind is None or kind == named:
        return None
    return (
        f"it is {MACRO_KINDS[kind]}, which Excel opens only under a {kind} name, so Excel "
        f"will not open it as {path.name}; the run kept its name. Rename it "
        f"{path.with_suffix(kind).name} to open it in Excel"
    )


PART_CHUNK = 1 << 20  # bytes inflated at a time (``BoundedPart``)
# A declared size no member reaches, so that zipfile's reader inflates until the stream ends
# and its CRC is checked on all of it (``BoundedPart`` counts the bytes against the true one).
_BEYOND_ANY_PART = 1 << 62


class LyingPart(UnsupportedFile):
    """A member inflates past the size the zip's directory declares for it (a forged header):
    refused as a zip bomb, once a chunk past that size is inflated."""


class BoundedPart:
    """A member's content, inflated a chunk at a time and never past the size the zip's
    directory declares: the zip-bomb check (``sniff``) trusts those sizes, and zipfile's own
    ``read`` inflates a member whole before it compares its size or CRC (2.2 GB of memory for
    a 1 MB file whose sheet declares 2 MB and inflates to 1 GiB). A part that goes on past its
    declared size raises ``LyingPart``; a damaged one zipfile's ``BadZipFile``, ``zlib.error``
    or ``EOFError``, as before."""

    def __init__(self, archive: zipfile.ZipFile, name: str | zipfile.ZipInfo) -> None:
        info = name if isinstance(name, zipfile.ZipInfo) else archive.getinfo(name)
        self.info = info
        self._archive = Path(archive.filename or "the workbook").name
        unbounded = copy.copy(info)
        unbounded.file_size = _BEYOND_ANY_PART
        self._stream = archive.open(unbounded)
        self._got = 0

    def read(self, size: int = -1) -> bytes:
        """Up to ``size`` bytes (all that is left when ``size`` < 0); b"" at the end."""
        chunks, left = [], size
        while left != 0:
            chunk = self._stream.read(PART_CHUNK if left < 0 else min(PART_CHUNK, left))
            if not chunk:
                break
            chunks.append(self._counted(chunk))
            left -= len(chunk) if left > 0 else 0
        return b"".join(chunks)

    def _counted(self, chunk: bytes) -> bytes:
        self._got += len(chunk)
        if self._got > self.info.file_size:
            raise LyingPart(
                f"{self._archive}: the part {self.info.filename} unpacks to more than the "
                f"{self.info.file_size:,} bytes its zip directory declares; refused as a "
                "possible zip bomb. Re-save it from Excel if it is a real tracker."
            )
        return chunk

    def close(self) -> None:
        self._stream.close()

    def __enter__(self) -> BoundedPart:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def read_part(archive: zipfile.ZipFile, name: str | zipfile.ZipInfo) -> bytes:
    """A member's bytes, inflated no further than its declared size (``BoundedPart``)."""
    with BoundedPart(archive, name) as part:
        return part.read()


def refuse_lying_parts(archive: zipfile.ZipFile) -> None:
    """Raise ``LyingPart`` for the first member that unpacks past its declared size, each
    inflated a chunk at a time and let go. For a reader that reads every part with zipfile's
    own ``read`` (openpyxl); a damaged part is left for that reader to name."""
    for info in archive.infolist():
        try:
            with BoundedPart(archive, info) as part:
                while part.read(PART_CHUNK):
                    pass
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError):
            continue


def read_member(archive: Members, name: str) -> bytes:
    """A member's bytes; a damaged deflate stream or a bad CRC is a ``MalformedPackage``."""
    try:
        # The writer's ``Archive`` bounds its reads itself; a zipfile is read through ours.
        if isinstance(archive, zipfile.ZipFile):
            return read_part(archive, name)
        return archive.read(name)
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise MalformedPackage(f"{name} cannot be unpacked ({unpack_failure(exc)})") from None


def unpack_failure(exc: Exception) -> str:
    """Why a part cannot be unpacked, in a person's words rather than zlib's ("Error -3 while
    decompressing data: invalid distance too far back", ot148 F5)."""
    if isinstance(exc, zlib.error):
        return "its compressed data is corrupt"
    if isinstance(exc, EOFError):
        return "it is cut short"
    if "CRC" in str(exc):
        return "its data does not match its checksum"
    return str(exc)


def _parse(data: bytes, part: str) -> ElementTree.Element:
    try:
        return ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        raise MalformedPackage(f"{part} is not well-formed XML ({exc})") from None
