"""Write-back safety shared by the xlsx and CSV writers: the worst failure is losing user data.

Three guards, each a plain function:

- ``check_not_open`` refuses a file that Excel or LibreOffice has open (their lock files).
- ``replace_atomically`` writes beside the target, verifies, keeps a backup and swaps the new
  file in with one ``os.replace``, so a crash leaves either the old file or the new one.
- ``check_lossless`` refuses a workbook holding content the openpyxl writer would drop, and
  ``package_losses`` compares two packages part by part (used after every xlsx write and by the
  corpus test that proves ``check_lossless`` accepts only what survives a round trip).
"""

from __future__ import annotations

import contextlib
import datetime
import filecmp
import hashlib
import io
import os
import posixpath
import re
import secrets
import shutil
import signal
import stat
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal
from xml.etree import ElementTree

from followup_batch.errors import FileLocked, UnsafeWrite

# ---------------------------------------------------------------------------------------------
# Lock files

EXCEL_LOCK = "~${name}"  # Excel's owner file, beside the workbook, while it is open
LIBREOFFICE_LOCK = ".~lock.{name}#"  # LibreOffice's lock file


def check_not_open(path: Path) -> None:
    """Raise FileLocked when Excel or LibreOffice has ``path`` open (a lock file beside it)."""
    for pattern, program in ((EXCEL_LOCK, "Excel"), (LIBREOFFICE_LOCK, "LibreOffice")):
        lock = path.with_name(pattern.format(name=path.name))
        if lock.exists():
            raise FileLocked(
                f"{path.name} is open in {program} ({lock.name} exists); close it and run again"
            )


# ---------------------------------------------------------------------------------------------
# Test hook: named stages of a write

KILL_AT_ENV = "FOLLOWUP_BATCH_KILL_AT"


def checkpoint(stage: str) -> None:
    """A named stage of a write. The kill test sets ``FOLLOWUP_BATCH_KILL_AT`` to a stage
    name so the process dies there (SIGKILL: no clean-up runs) and checks the original file."""
    wanted = os.environ.get(KILL_AT_ENV)
    if wanted and stage in wanted.split(","):
        os.kill(os.getpid(), signal.SIGKILL)


# ---------------------------------------------------------------------------------------------
# Atomic replace with backup

BACKUP_DIR = ".followup-backups"
BACKUPS_KEPT = 5
TEMP_PREFIX = ".followup-tmp-"
HARD_LINKED = (
    "{name} has {links} hard links (other names for the same file); replacing it would split "
    "them, leaving the other names with the old version. Write to a copy with --output, or "
    "remove the extra links, then run again"
)


@dataclass(frozen=True)
class Fingerprint:
    """What says a file is still the version that was read: identity, size, time, content."""

    inode: int
    size: int
    mtime_ns: int
    sha256: str


def fingerprint(path: Path) -> Fingerprint | None:
    try:
        info = path.stat()
        digest = hashlib.sha256()
        with open(path, "rb") as handle:
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
    except FileNotFoundError:
        return None
    return Fingerprint(info.st_ino, info.st_size, info.st_mtime_ns, digest.hexdigest())


READ_ONLY = (
    "{name} is read-only; nothing was written. Make it writable to let followup-batch update "
    "it, or write the result elsewhere with --output"
)


def resolve_target(path: Path) -> Path:
    """The file to replace for ``path``: a symlink's real file (the link itself stays a link,
    pointing at the updated file). Refuses (UnsafeWrite) a file with other hard links, and a
    read-only file: one this user may not write, or with no write permission for anyone (so
    root, who may write anything, still leaves a file marked read-only alone)."""
    path = Path(path)
    if path.is_symlink():
        path = path.resolve(strict=False)
    try:
        info = path.stat()
    except FileNotFoundError:
        return path
    if info.st_nlink > 1:
        raise UnsafeWrite(HARD_LINKED.format(name=path.name, links=info.st_nlink))
    if not info.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(
        path, os.W_OK
    ):
        raise UnsafeWrite(READ_ONLY.format(name=path.name))
    return path


def replace_atomically(
    target: Path,
    data_writer: Callable[[Path], object],
    *,
    backup: bool,
    verify: Callable[[Path], None] | None = None,
    backups_kept: int = BACKUPS_KEPT,
    expected: Fingerprint | None = None,
    watch: Iterable[Path] = (),
    skip_unchanged: bool = False,
) -> Path | None:
    """Write ``target`` through a temporary file so the original is never half-written.

    ``data_writer`` writes the complete new file at the path it is given: a temporary file in
    the target's folder (same file system, so the final ``os.replace`` is atomic). The temporary
    file is flushed to disk, checked (``verify``, by default ``verify_written``: an xlsx must
    open as a zip whose workbook and sheets parse), given the original's permission bits, and
    only then swapped in; the folder is fsynced so the rename survives a power cut. On any
    failure the temporary file is removed and the original is untouched. A symlinked target is
    followed (the real file is replaced, the link kept); a hard-linked one is refused.

    Backups: with ``backup`` and an existing target, the previous version is copied to
    ``<folder>/.followup-backups/<stem>.<YYYYmmdd-HHMMSS-ffffff><suffix>`` first; the newest
    ``backups_kept`` per file are kept. A hidden folder (not ``x.bak.xlsx`` beside it) so a run
    over the folder never mistakes a backup for a tracker. Returns the backup path, if any.

    Raises UnsafeWrite when the target (or a ``watch`` path: the source of a copy) changed on
    disk — size, time or content — since ``expected`` (the caller's fingerprint from when it
    read the file) or since this call began: someone saved it meanwhile, their save wins.
    With ``skip_unchanged`` an output identical to the target is discarded (no backup).
    """
    target = resolve_target(Path(target))
    before = expected if expected is not None else fingerprint(target)
    watched = {Path(p): fingerprint(Path(p)) for p in watch}
    _remove_stale_temps(target)
    temp = _new_temp_path(target)
    try:
        checkpoint("temp-created")
        data_writer(temp)
        checkpoint("temp-written")
        _fsync_file(temp)
        checkpoint("temp-synced")
        (verify or verify_written)(temp)
        current = _stat(target)
        if current is not None:
            os.chmod(temp, stat.S_IMODE(current.st_mode))
        checkpoint("verified")
        changed = [p for p, f in watched.items() if fingerprint(p) != f]
        if fingerprint(target) != before or changed:
            name = changed[0].name if changed else target.name
            raise UnsafeWrite(
                f"{name} changed on disk while it was being updated; nothing was "
                "written. Run again once nobody is editing it"
            )
        if skip_unchanged and current is not None and filecmp.cmp(temp, target, shallow=False):
            temp.unlink()
            return None
        saved = _keep_backup(target, backups_kept) if backup and current is not None else None
        checkpoint("backup-kept")
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise
    checkpoint("replaced")
    _fsync_dir(target.parent)
    return saved


def _stat(path: Path) -> os.stat_result | None:
    try:
        return path.stat()
    except FileNotFoundError:
        return None


def _new_temp_path(target: Path) -> Path:
    # Created empty with O_EXCL so two runs never share it; mode 0o666 lets the umask apply,
    # as for any new file the user creates. The process id in the name lets a later run tell
    # a temporary file left by a killed run from one being written right now.
    while True:
        token = f"{os.getpid()}-{secrets.token_hex(4)}"
        temp = target.with_name(f"{TEMP_PREFIX}{token}-{target.name}.tmp")
        try:
            os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        except FileExistsError:
            continue
        return temp


def _remove_stale_temps(target: Path) -> None:
    """Temporary files of this target left by a run that was killed (its process is gone)."""
    pattern = re.compile(
        re.escape(TEMP_PREFIX) + r"(\d+)-[0-9a-f]{8}-" + re.escape(target.name) + r"\.tmp$"
    )
    with contextlib.suppress(OSError):
        for path in target.parent.iterdir():
            found = pattern.match(path.name)
            if found and not _process_alive(int(found.group(1))):
                with contextlib.suppress(OSError):
                    path.unlink()


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":  # Windows cannot open a directory for fsync; NTFS journals renames
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _keep_backup(target: Path, kept: int = BACKUPS_KEPT) -> Path:
    folder = target.parent / BACKUP_DIR
    folder.mkdir(exist_ok=True)
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    saved = folder / f"{target.stem}.{stamp}{target.suffix}"
    shutil.copy2(target, saved)
    _prune_backups(folder, target, kept)
    return saved


def _prune_backups(folder: Path, target: Path, kept: int = BACKUPS_KEPT) -> None:
    pattern = re.compile(
        re.escape(target.stem) + r"\.\d{8}-\d{6}-\d{6}" + re.escape(target.suffix) + "$"
    )
    mine = sorted(p for p in folder.iterdir() if pattern.match(p.name))
    for old in mine[: max(len(mine) - max(kept, 1), 0)]:
        old.unlink()


def verify_written(path: Path) -> None:
    """A cheap check that the new file is whole: for xlsx, the zip and its XML parts parse."""
    if path.stat().st_size == 0:
        raise UnsafeWrite(f"writing {path.name} produced an empty file; the original is kept")
    if _is_workbook(path):
        try:
            with zipfile.ZipFile(path) as package:
                names = set(package.namelist())
                for required in ("[Content_Types].xml", "xl/workbook.xml"):
                    if required not in names:
                        raise UnsafeWrite(f"the new workbook lacks {required}; original kept")
                for name in names:
                    if name.endswith((".xml", ".rels")):
                        ElementTree.fromstring(package.read(name))
        except (zipfile.BadZipFile, ElementTree.ParseError) as exc:
            raise UnsafeWrite(
                f"the new workbook does not read back ({exc}); original kept"
            ) from None


def _is_workbook(path: Path) -> bool:
    with open(path, "rb") as handle:
        return handle.read(4) == b"PK\x03\x04"


# ---------------------------------------------------------------------------------------------
# Package inspection: what is in the workbook, and what openpyxl would carry over

CT_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
SHEET_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
OOXML = "application/vnd.openxmlformats-officedocument."
SML = OOXML + "spreadsheetml."

WORKBOOK_TYPES = frozenset(
    {
        SML + "sheet.main+xml",
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
        SML + "template.main+xml",
        "application/vnd.ms-excel.template.macroEnabled.main+xml",
    }
)
WORKSHEET_TYPE = SML + "worksheet+xml"
STYLES_TYPE = SML + "styles+xml"
VML_TYPE = OOXML + "vmlDrawing"
VBA_TYPE = "application/vnd.ms-office.vbaProject"

# Part types openpyxl reads and writes back whole. Anything else is refused by name below, or
# as "content of type ..." when it is unknown: unknown content is never assumed safe.
CARRIED_TYPES = frozenset(
    {
        *WORKBOOK_TYPES,
        WORKSHEET_TYPE,
        STYLES_TYPE,
        SML + "sharedStrings+xml",
        SML + "comments+xml",
        SML + "table+xml",
        SML + "externalLink+xml",
        SML + "calcChain+xml",
        OOXML + "theme+xml",
        OOXML + "extended-properties+xml",
        OOXML + "custom-properties+xml",
        "application/vnd.openxmlformats-package.core-properties+xml",
        "application/vnd.openxmlformats-package.relationships+xml",
    }
)

# Parts openpyxl rewrites differently without losing anything a user sees: Excel rebuilds the
# calculation chain, strings are written inline instead of shared, app.xml is regenerated,
# relationships follow the parts they point to.
REGENERATED_TYPES = frozenset(
    {
        SML + "calcChain+xml",
        SML + "sharedStrings+xml",
        OOXML + "extended-properties+xml",
        "application/vnd.openxmlformats-package.relationships+xml",
    }
)

DRAWINGS = "drawings (shapes or text boxes)"
# What a person calls each kind of part, for the refusal message (first match wins).
FEATURE_NAMES: tuple[tuple[str, str], ...] = (
    ("drawingml.chart", "charts"),
    ("chartstyle", "charts"),
    ("chartcolorstyle", "charts"),
    ("chartsheet", "chart sheets"),
    ("image/", "pictures"),
    ("drawing+xml", DRAWINGS),
    ("pivotTable", "pivot tables"),
    ("pivotCache", "pivot tables"),
    ("slicer", "slicers"),
    ("timeline", "timelines"),
    ("threadedcomments", "threaded comments"),
    ("person", "threaded comments"),
    ("vbaProjectSignature", "signed macros"),
    ("vbaProject", "macros"),
    ("activeX", "ActiveX controls"),
    ("ctrlProps", "form controls"),
    ("oleObject", "embedded objects"),
    ("package", "embedded objects"),
    ("sheetMetadata", "dynamic array formulas or pictures in cells"),
    ("rdrichvalue", "pictures in cells"),
    ("richvalue", "pictures in cells"),
    ("featurepropertybag", "check boxes in cells"),
    ("printerSettings", "printer settings"),
    ("customXml", "custom XML data"),
    ("xmlMaps", "XML maps"),
    ("tableSingleCells", "XML maps"),
    ("revision", "tracked changes"),
    ("usernames", "tracked changes"),
    ("connections", "data connections"),
    ("queryTable", "query tables"),
    ("webextension", "Office add-ins"),
    ("customUI", "a custom ribbon"),
    ("ribbon", "a custom ribbon"),
    ("vmlDrawing", "form controls or header/footer pictures"),
)

# Worksheet elements openpyxl reads and writes back (``drawing`` and ``legacyDrawing`` only
# for what it regenerates: refused parts above stop the others).
CARRIED_SHEET_ELEMENTS = frozenset(
    {
        "sheetPr",
        "dimension",
        "sheetViews",
        "sheetFormatPr",
        "cols",
        "sheetData",
        "sheetProtection",
        "autoFilter",
        "mergeCells",
        "conditionalFormatting",
        "dataValidations",
        "hyperlinks",
        "printOptions",
        "pageMargins",
        "pageSetup",
        "headerFooter",
        "rowBreaks",
        "colBreaks",
        "legacyDrawing",
        "drawing",
        "tableParts",
        "scenarios",
    }
)
# Dropped but harmless: phonetic-guide font settings (Excel re-adds them on save).
IGNORED_SHEET_ELEMENTS = frozenset({"phoneticPr"})
SHEET_ELEMENT_NAMES: dict[str, str] = {
    "extLst": "Excel 2010+ extensions",
    "picture": "a sheet background picture",
    "legacyDrawingHF": "header/footer pictures",
    "oleObjects": "embedded objects",
    "controls": "form controls",
    "customSheetViews": "custom views",
    "protectedRanges": "ranges unlocked for editing",
    "ignoredErrors": "ignored-error marks",
    "sortState": "a saved sort",
    "dataConsolidate": "a data consolidation",
    "sheetCalcPr": "sheet calculation settings",
    "smartTags": "smart tags",
    "cellWatches": "watched cells",
    "webPublishItems": "web publishing settings",
}
# Workbook elements carried (fileVersion/revisionPtr/AlternateContent hold Excel's own
# bookkeeping — build numbers, OneDrive revision, the last saved path — rewritten on save).
CARRIED_WORKBOOK_ELEMENTS = frozenset(
    {
        "fileVersion",
        "workbookPr",
        "workbookProtection",
        "bookViews",
        "sheets",
        "definedNames",
        "calcPr",
        "externalReferences",
        "revisionPtr",
        "AlternateContent",
    }
)
# extLst entries that only record defaults Excel re-creates on the next save.
HARMLESS_EXTENSIONS = frozenset(
    {
        "{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}",  # x14:slicerStyles default style name
        "{9260A510-F301-46a8-8635-F512D64BE5F5}",  # x15:timelineStyles default style name
        "{140A7094-0E35-4892-8432-C4D2E57EDEB5}",  # x15:workbookPr chartTrackingRefBase
    }
)
EXTENSION_NAMES: dict[str, str] = {
    "{78C0D931-6437-407d-A8EE-F0AAD7539E65}": "data bars or icon sets (Excel 2010 rules)",
    "{05C60535-1F16-4fd2-B633-F4F36F0B64E0}": "sparklines",
    "{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}": "Excel 2010 data validations",
    "{A8765BA9-456A-4dab-B4F3-ACF838C121DE}": "slicers",
    "{3A4CF648-6AED-40f4-86FF-DC5316D8AED3}": "slicers",
    "{7E03D99C-DC04-49d9-9315-930204A7B6E9}": "timelines",
    "{BBE1A952-AA13-448e-AADC-164F8A28A991}": "slicers",
    "{46BE6895-7355-4a93-B00E-2C351335B9C9}": "slicers",
    "{D0CA8CA8-9F24-4464-BF8E-62219DCF47F9}": "timelines",
    "{876F7934-8845-4945-9796-88D515C7AA90}": "pivot tables",
    "{B58B0392-4F1F-4190-BB64-5DF3571DCE5F}": "data model settings",
}

LOSSLESS_HELP = (
    "nothing was written. Writing to another file with --output would drop it too: save the "
    "sheet as CSV and run on that, or remove it from the workbook"
)


@dataclass(frozen=True)
class Package:
    """The parts of an xlsx package that decide what a round trip keeps."""

    content_types: dict[str, str]  # part name -> content type
    sheets: dict[str, str]  # worksheet part name -> sheet name
    workbook: str | None  # workbook part name


def read_package(package: zipfile.ZipFile) -> Package:
    root = ElementTree.fromstring(package.read("[Content_Types].xml"))
    defaults = {
        e.get("Extension", "").lower(): e.get("ContentType", "")
        for e in root.iter(CT_NS + "Default")
    }
    overrides = {
        e.get("PartName", "").lstrip("/"): e.get("ContentType", "")
        for e in root.iter(CT_NS + "Override")
    }
    types = {}
    for name in package.namelist():
        if name.endswith("/") or name == "[Content_Types].xml":
            continue
        types[name] = overrides.get(name) or defaults.get(
            name.rsplit(".", 1)[-1].lower(), "unknown"
        )
    workbook = next((n for n, t in types.items() if t in WORKBOOK_TYPES), None)
    return Package(types, _sheet_names(package, workbook) if workbook else {}, workbook)


def _relationships(package: zipfile.ZipFile, part: str) -> dict[str, str]:
    folder, name = posixpath.split(part)
    rels = posixpath.join(folder, "_rels", name + ".rels")
    if rels not in package.namelist():
        return {}
    targets = {}
    for rel in ElementTree.fromstring(package.read(rels)).iter(REL_NS + "Relationship"):
        target = rel.get("Target", "")
        targets[rel.get("Id", "")] = (
            target.lstrip("/")
            if target.startswith("/")
            else posixpath.normpath(posixpath.join(folder, target))
        )
    return targets


def _sheet_names(package: zipfile.ZipFile, workbook: str) -> dict[str, str]:
    targets = _relationships(package, workbook)
    root = ElementTree.fromstring(package.read(workbook))
    return {
        targets[s.get(R_ID, "")]: s.get("name", "")
        for s in root.iter(SHEET_NS + "sheet")
        if s.get(R_ID, "") in targets
    }


# Elements openpyxl leaves out when they are empty; empty, they hold nothing to lose.
OMITTED_WHEN_EMPTY = frozenset({"headerFooter", "dxfs"})


def _children(data: bytes) -> tuple[set[str], set[str]]:
    """Local names of the root's children, and the URIs of its extLst entries."""
    names: set[str] = set()
    uris: set[str] = set()
    for child in ElementTree.fromstring(data):
        local = child.tag.rsplit("}", 1)[-1]
        if local == "extLst":
            uris.update(ext.get("uri", "") for ext in child)
        elif not (local in OMITTED_WHEN_EMPTY and len(child) == 0):
            names.add(local)
    return names, uris


def _feature(content_type: str, part: str) -> str:
    for key, name in FEATURE_NAMES:
        if key.lower() in content_type.lower() or key.lower() in part.lower():
            return name
    return f"content of type {content_type}"


def workbook_hazards(path: Path, *, keep_vba: bool) -> list[str]:
    """What the openpyxl writer would drop from ``path``, as phrases naming where it is."""
    with zipfile.ZipFile(path) as package:
        parts = read_package(package)
        found = _hazardous_parts(package, parts, keep_vba=keep_vba)
        for part, sheet in parts.sheets.items():
            found += _sheet_hazards(package.read(part), f"sheet '{sheet}'")
        if parts.workbook:
            names, uris = _children(package.read(parts.workbook))
            found += [f"workbook settings <{n}>" for n in sorted(names - CARRIED_WORKBOOK_ELEMENTS)]
            found += _extension_hazards(uris, "the workbook")
        styles = [p for p, t in parts.content_types.items() if t == STYLES_TYPE]
        for part in styles:
            found += _extension_hazards(_children(package.read(part))[1], "the styles")
    return list(dict.fromkeys(found))


def _hazardous_parts(package: zipfile.ZipFile, parts: Package, *, keep_vba: bool) -> list[str]:
    """One phrase per feature, most specific first: "charts (xl/charts/chart1.xml and 1 more)"."""
    by_feature: dict[str, list[str]] = {}
    for part, content_type in parts.content_types.items():
        if content_type in CARRIED_TYPES:
            continue
        if content_type == VBA_TYPE and keep_vba:
            continue
        if content_type == VML_TYPE and _only_comment_shapes(package.read(part)):
            continue  # comment boxes: openpyxl regenerates them from the comments part
        by_feature.setdefault(_feature(content_type, part), []).append(part)
    if by_feature.keys() & {"charts", "pictures"}:
        by_feature.pop(DRAWINGS, None)  # the drawing is only the container of those
    order = [name for _key, name in FEATURE_NAMES]
    ranked = sorted(by_feature, key=lambda f: order.index(f) if f in order else len(order))
    return [_feature_phrase(feature, sorted(by_feature[feature])) for feature in ranked]


def _feature_phrase(feature: str, parts: list[str]) -> str:
    more = f" and {len(parts) - 1} more" if len(parts) > 1 else ""
    return f"{feature} ({parts[0]}{more})"


def _only_comment_shapes(vml: bytes) -> bool:
    # Regular expressions, not an XML parser: Excel's VML is not always well-formed XML, and
    # the namespace prefix differs between writers (v: from Excel, ns1: from openpyxl).
    shapes = len(re.findall(rb"<(?:\w+:)?shape[\s>]", vml))
    notes = len(re.findall(rb"ObjectType=[\"']Note[\"']", vml))
    return shapes == notes


def _sheet_hazards(data: bytes, where: str) -> list[str]:
    names, uris = _children(data)
    lost = names - CARRIED_SHEET_ELEMENTS - IGNORED_SHEET_ELEMENTS
    found = [f"{SHEET_ELEMENT_NAMES.get(n, f'<{n}>')} on {where}" for n in sorted(lost)]
    return found + _extension_hazards(uris, where)


def _extension_hazards(uris: Iterable[str], where: str) -> list[str]:
    return [
        f"{EXTENSION_NAMES.get(uri, f'Excel extension {uri}')} in {where}"
        for uri in sorted(set(uris) - HARMLESS_EXTENSIONS)
    ]


STRICT_NAMESPACE = b"http://purl.oclc.org/ooxml/spreadsheetml/main"
Writer = Literal["package", "openpyxl"]


def check_lossless(
    path: Path, *, keep_vba: bool | None = None, writer: Writer = "openpyxl"
) -> None:
    """Raise UnsafeWrite when writing ``path`` with ``writer`` would drop any of its content.

    ``"package"`` (the default writer for existing workbooks) copies every part it does not
    change byte for byte, so it refuses only packages it cannot edit: not a zip, encrypted
    parts, no workbook part, Strict Open XML.

    ``"openpyxl"``: a whitelist, not a blacklist: every part type, worksheet element and Excel
    extension that openpyxl does not carry is refused, naming it, so new Excel features fail
    safe. ``keep_vba`` defaults to "the file is .xlsm" (macros are then kept, see workbook.py).
    """
    if writer == "package":
        _check_package_readable(path)
        return
    if keep_vba is None:
        keep_vba = path.suffix.lower() == ".xlsm"
    try:
        hazards = workbook_hazards(path, keep_vba=keep_vba)
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError) as exc:
        raise UnsafeWrite(
            f"{path.name} is not a readable xlsx package ({exc}); nothing was "
            "written. Open and re-save it in Excel, then run again"
        ) from None
    if hazards:
        shown = "; ".join(hazards[:4]) + (
            f"; and {len(hazards) - 4} more" if len(hazards) > 4 else ""
        )
        raise UnsafeWrite(
            f"{path.name} holds {shown}, which the xlsx writer would drop; {LOSSLESS_HELP}"
        )


OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted workbooks and legacy .xls


def _check_package_readable(path: Path) -> None:
    reason = None
    with open(path, "rb") as handle:
        if handle.read(8) == OLE2_MAGIC:
            raise UnsafeWrite(
                f"{path.name} is password-protected (encrypted) or a legacy .xls workbook; "
                "nothing was written. Remove the password in Excel and save it as Excel "
                "Workbook (.xlsx), then run again"
            )
    try:
        with zipfile.ZipFile(path) as package:
            parts = read_package(package)
            if any(info.flag_bits & 0x1 for info in package.infolist()):
                reason = "it has encrypted parts"
            elif parts.workbook is None:
                reason = "it has no workbook part"
            elif STRICT_NAMESPACE in package.read(parts.workbook)[:4000]:
                reason = "it is saved as Strict Open XML"
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, OSError) as exc:
        reason = f"it is not a readable xlsx package ({exc})"
    if reason is not None:
        raise UnsafeWrite(
            f"{path.name}: {reason}; nothing was written. Open it in Excel and save it as "
            "Excel Workbook (.xlsx), then run again"
        )


# ---------------------------------------------------------------------------------------------
# Before/after comparison


def package_losses(before: Path | bytes, after: Path | bytes) -> list[str]:
    """What ``before`` has that ``after`` lacks: parts (counted per content type), and per
    worksheet (matched by sheet name), workbook and styles the child elements and extensions.

    Parts and elements that openpyxl regenerates by design (``REGENERATED_TYPES``,
    ``IGNORED_SHEET_ELEMENTS``, Excel's own bookkeeping) are not counted as losses.
    """
    with _open(before) as old, _open(after) as new:
        old_parts, new_parts = read_package(old), read_package(new)
        lost = _lost_parts(old_parts, new_parts)
        new_sheets = {name: part for part, name in new_parts.sheets.items()}
        for part, name in old_parts.sheets.items():
            if name not in new_sheets:
                lost.append(f"sheet '{name}'")
                continue
            lost += _lost_children(
                old.read(part),
                new.read(new_sheets[name]),
                f"sheet '{name}'",
                IGNORED_SHEET_ELEMENTS,
            )
        if old_parts.workbook and new_parts.workbook:
            lost += _lost_children(
                old.read(old_parts.workbook),
                new.read(new_parts.workbook),
                "workbook",
                {"fileVersion", "revisionPtr", "AlternateContent"},
            )
        for old_styles, new_styles in zip(
            _parts_of(old_parts, STYLES_TYPE), _parts_of(new_parts, STYLES_TYPE), strict=False
        ):
            lost += _lost_children(old.read(old_styles), new.read(new_styles), "styles", ())
    return lost


def _open(source: Path | bytes) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source)


def _parts_of(parts: Package, content_type: str) -> list[str]:
    return sorted(p for p, t in parts.content_types.items() if t == content_type)


def _lost_parts(old: Package, new: Package) -> list[str]:
    old_counts = Counter(old.content_types.values())
    new_counts = Counter(new.content_types.values())
    return [
        f"{old_counts[t] - new_counts[t]} part(s) of type {t}"
        for t in sorted(old_counts)
        if t not in REGENERATED_TYPES and old_counts[t] > new_counts[t]
    ]


def _lost_children(old: bytes, new: bytes, where: str, ignored: Iterable[str]) -> list[str]:
    old_names, old_uris = _children(old)
    new_names, new_uris = _children(new)
    lost = [f"<{n}> in {where}" for n in sorted(old_names - new_names - set(ignored))]
    return lost + [
        f"extension {u} in {where}" for u in sorted(old_uris - new_uris - HARMLESS_EXTENSIONS)
    ]
